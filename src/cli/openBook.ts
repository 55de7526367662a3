/**
 * Opening a client book for a command: the file, then the add-in's own refresh (loadBook) over
 * it, so the table, the mapping, the settings and the log are found exactly as the pane finds
 * them. A sheet whose first row looks like a client list but is not an Excel table is made one,
 * as the pane's "make a table" does. Rows that cannot be read are warnings; a book where no row
 * can be read, or with no client list at all, is an error naming the file and the place.
 */
import { loadBook, type LoadedBook } from "../app/loadBook";
import { guessMapping, looksLikeClientTable } from "../core/book/clientFields";
import type { RowProblem } from "../core/book/clientRows";
import { SETTINGS_SHEET } from "../core/book/settings";
import { readBook, type BookFile } from "./bookFile";
import type { BookEngine } from "./bookEngine";
import { PackageWorkbook } from "../workbook/xlsx/package/packageWorkbook";
import { CliError, type Io } from "./command";

export interface OpenedBook {
  readonly file: BookFile;
  readonly book: LoadedBook;
  /** Lines for standard error: rows skipped, settings not used, a range made into a table. */
  readonly warnings: readonly string[];
}

const SHOWN_PROBLEMS = 5;

export function describeProblem(p: RowProblem): string {
  return `row ${p.rowNumber}, column "${p.column}"${p.value === "" ? "" : `, value "${p.value}"`}: ${p.why}`;
}

function freeTableName(taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  let name = "Clients";
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `Clients${n}`;
  return name;
}

async function noTable(opened: BookFile, tableName: string | undefined): Promise<CliError> {
  const tables = await opened.port.listTables();
  if (tableName !== undefined) {
    const names = tables.map((t) => `"${t.name}"`).join(", ") || "none";
    return new CliError(`${opened.shown}: no table named "${tableName}" (tables: ${names})`);
  }
  const seen = [
    ...tables.map(
      (t) => `table "${t.name}" on sheet "${t.sheet}": ${t.headers.slice(0, 6).join(", ")}`
    ),
    ...opened.port
      .plainSheets()
      .map((s) => `sheet "${s.sheet}" ${s.address}: ${s.headers.slice(0, 6).join(", ")}`),
  ];
  return new CliError(
    `${opened.shown}: no client list found: no table or sheet has a name column (Name, Client, Account…) ` +
      `with a Last contact, Tier or Revenue column (${seen.length === 0 ? "every sheet is empty" : `found ${seen.slice(0, 3).join("; ")}`})`
  );
}

export async function openClientBook(
  io: Io,
  file: string,
  tableName?: string,
  engine?: BookEngine
): Promise<OpenedBook> {
  const opened = await readBook(io, file, engine);
  const { port } = opened;
  const warnings: string[] = [];
  let loaded = await loadBook(port, tableName);
  if (loaded.state === "no-table" && tableName === undefined) {
    const plain = port.plainSheets().find((s) => looksLikeClientTable(guessMapping(s.headers)));
    if (plain !== undefined) {
      const name = freeTableName((await port.listTables()).map((t) => t.name));
      await port.convertToTable(plain.sheet, plain.address, name);
      warnings.push(
        port instanceof PackageWorkbook
          ? `note: ${file}: read ${plain.sheet}!${plain.address} as the client list (a plain range: no table is added to the file)`
          : `note: ${file}: read ${plain.sheet}!${plain.address} as the client list (made it the table "${name}" in any file written)`
      );
      loaded = await loadBook(port, name);
    }
  }
  if (loaded.state === "no-table") throw await noTable(opened, tableName);

  const where = `${file}, table "${loaded.table.name}" on sheet "${loaded.table.sheet}"`;
  const { problems } = loaded;
  if (loaded.clients.length === 0 && problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : "";
    throw new CliError(
      `${where}: no client row could be read; ${describeProblem(problems[0])}${more}`
    );
  }
  for (const p of problems.slice(0, SHOWN_PROBLEMS))
    warnings.push(`warning: ${where}: ${describeProblem(p)}; row skipped`);
  if (problems.length > SHOWN_PROBLEMS)
    warnings.push(
      `warning: ${where}: ${problems.length - SHOWN_PROBLEMS} more problems; those rows skipped`
    );
  for (const p of loaded.settingsProblems)
    warnings.push(`warning: ${file}, sheet "${SETTINGS_SHEET}": ${p}`);
  return { file: opened, book: loaded, warnings };
}

export function printWarnings(io: Io, warnings: readonly string[]): void {
  for (const line of warnings) io.stderr(`relationship-hour: ${line}\n`);
}
