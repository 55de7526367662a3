/**
 * Opening a client book for a command: the file, then the add-in's own refresh (loadBook) over
 * it, so the table, the mapping, the settings and the log are found exactly as the pane finds
 * them. A sheet whose first row looks like a client list but is not an Excel table is made one,
 * as the pane's "make a table" does. Rows that cannot be read are warnings; a book where no row
 * can be read, or with no client list at all, is an error naming the file and the place.
 */
import { loadBook, saveMapping, type LoadedBook } from "../app/loadBook";
import {
  guessMapping,
  looksLikeClientTable,
  type ClientField,
  type ColumnMapping,
} from "../core/book/clientFields";
import { describeMapping, missingKeyFields } from "../core/book/mappingReport";
import { describeDateOrder } from "../core/dates/dateOrder";
import type { ReadChoices } from "./readChoices";
import { oneLine } from "../core/cells/oneLine";
import type { RowProblem } from "../core/book/clientRows";
import { SETTINGS_SHEET } from "../core/book/settings";
import { offerTable, type TableOffer } from "../app/tableOffer";
import { readBook, type BookFile } from "./bookFile";
import type { BookEngine } from "./bookEngine";
import { PackageWorkbook } from "../workbook/xlsx/package/packageWorkbook";
import { CliError, EXIT_USAGE, type Io } from "./command";

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

/** What was left out of a plain range, so that nobody wonders where a row went. */
function offerNotes(file: string, offer: TableOffer): string[] {
  const notes: string[] = [];
  if (offer.rowsAbove > 0)
    notes.push(
      `note: ${file}: ${offer.rowsAbove} row(s) above the header (a title or notes) left out`
    );
  // Blank rows inside are reported once the table is read, with the table's own.
  if (offer.totalsRow !== null)
    notes.push(`note: ${file}: row ${offer.totalsRow} is a totals row: the list ends above it`);
  return notes;
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
    ...opened.port.plainSheets().flatMap((s) => {
      const offer = offerTable(s);
      return offer === null
        ? []
        : [`sheet "${s.sheet}" ${offer.address}: ${offer.headers.slice(0, 6).join(", ")}`];
    }),
  ];
  return new CliError(
    `${opened.shown}: no client list found: no table or sheet has a name column (Name, Client, Account…) ` +
      `with a Last contact, Tier or Revenue column (${seen.length === 0 ? "every sheet is empty" : `found ${seen.slice(0, 3).join("; ")}`})`
  );
}

/** The headers --map names, as the table spells them; a header it does not have is an error. */
function mapOverrides(
  where: string,
  map: ReadChoices["map"],
  headers: readonly string[]
): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [field, wanted] of Object.entries(map) as [ClientField, string][]) {
    if (wanted === "") continue;
    const header = headers.find((h) => h.trim().toLowerCase() === wanted.toLowerCase());
    if (header === undefined)
      throw new CliError(
        `${where}: --map ${field}=${wanted}: no such column (columns: ${headers.map((h) => `"${h}"`).join(", ")})`,
        EXIT_USAGE
      );
    mapping[field] = header;
  }
  return mapping;
}

/** How the text dates of each column were read, when any could be read two ways. */
function dateOrderNotes(where: string, book: LoadedBook, choices: ReadChoices): string[] {
  const from = {
    option: "--date-order",
    settings: `the "${SETTINGS_SHEET}" sheet`,
    locale: `the computer's language (${choices.locale}); set --date-order or the "${SETTINGS_SHEET}" sheet if that is wrong`,
  }[book.dateOrder.from];
  return book.dateOrders.map((d) =>
    d.decidedBy === "data"
      ? `note: ${where}: text dates in "${d.column}" read ${describeDateOrder(d.order)}, as the column's own dates show`
      : `note: ${where}: ${d.ambiguous} text date(s) in "${d.column}" could be read either way: read ${describeDateOrder(d.order)}, from ${from}`
  );
}

export async function openClientBook(
  io: Io,
  file: string,
  choices: ReadChoices,
  bytes?: Buffer,
  engine?: BookEngine
): Promise<OpenedBook> {
  const opened = await readBook(io, file, bytes, engine);
  const { port } = opened;
  const warnings: string[] = [];
  const tableName = choices.table;
  const options = { dateOrder: choices.dateOrder, localeDateOrder: choices.localeDateOrder };
  let loaded = await loadBook(port, tableName, options);
  if (loaded.state === "no-table" && tableName === undefined) {
    const offer = port
      .plainSheets()
      .map(offerTable)
      .find((o) => o !== null && looksLikeClientTable(guessMapping(o.headers)));
    if (offer !== undefined && offer !== null) {
      const name = freeTableName((await port.listTables()).map((t) => t.name));
      await port.convertToTable(offer.sheet, offer.address, name);
      warnings.push(
        port instanceof PackageWorkbook
          ? `note: ${file}: read ${offer.sheet}!${offer.address} as the client list (a plain range: no table is added to the file)`
          : `note: ${file}: read ${offer.sheet}!${offer.address} as the client list (made it the table "${name}" in any file written)`,
        ...offerNotes(file, offer)
      );
      loaded = await loadBook(port, name, options);
    }
  }
  if (loaded.state === "no-table") throw await noTable(opened, tableName);

  const where = `${file}, table "${loaded.table.name}" on sheet "${loaded.table.sheet}"`;
  if (Object.keys(choices.map).length > 0) {
    const overrides = mapOverrides(where, choices.map, loaded.table.headers);
    const cleared = Object.keys(choices.map).filter((f) => !(f in overrides));
    const reloaded = await loadBook(port, loaded.table.name, { ...options, mapping: overrides });
    if (reloaded.state !== "loaded") throw await noTable(opened, tableName);
    const mapping = Object.fromEntries(
      Object.entries(reloaded.mapping).filter(([f]) => !cleared.includes(f))
    );
    // Kept as the pane keeps a confirmed mapping, so the book opens the same way next time.
    await saveMapping(port, reloaded.table.name, mapping);
    loaded = await loadBook(port, reloaded.table.name, options);
    if (loaded.state !== "loaded") throw await noTable(opened, tableName);
  }

  const { problems } = loaded;
  // A confirmed mapping was seen by someone already; a guess is said, so a wrong one can be fixed.
  if (!loaded.mappingConfirmed || Object.keys(choices.map).length > 0)
    warnings.push(
      `note: ${where}: columns${loaded.mappingConfirmed ? "" : " (guessed; --map FIELD=HEADER to change)"}: ${describeMapping(loaded.mapping, loaded.table.headers)}`
    );
  for (const w of missingKeyFields(loaded.mapping)) warnings.push(`warning: ${where}: ${w}`);
  // A column none of whose values reads is more likely the wrong column than a bad book.
  for (const column of new Set(problems.map((p) => p.column))) {
    const count = problems.filter((p) => p.column === column).length;
    if (count > 1 && count === loaded.clients.length) {
      const field = Object.entries(loaded.mapping).find(([, h]) => h === column)?.[0] ?? "FIELD";
      warnings.push(
        `warning: ${where}: no value of column "${column}" could be read: is it the right column? (--map ${field}=HEADER)`
      );
    }
  }
  for (const p of problems.slice(0, SHOWN_PROBLEMS))
    warnings.push(`warning: ${where}: ${describeProblem(p)}; client kept, that field left blank`);
  if (problems.length > SHOWN_PROBLEMS)
    warnings.push(
      `warning: ${where}: ${problems.length - SHOWN_PROBLEMS} more problems; those clients kept, those fields left blank`
    );
  if (loaded.blankRows.length > 0)
    warnings.push(`note: ${where}: blank row(s) ${loaded.blankRows.join(", ")} skipped`);
  warnings.push(...dateOrderNotes(where, loaded, choices));
  for (const p of loaded.settingsProblems)
    warnings.push(`warning: ${file}, sheet "${SETTINGS_SHEET}": ${p}`);
  return { file: opened, book: loaded, warnings };
}

/** Each warning on one line: a cell value's newline is shown as "\n", not as a fake next line. */
export function printWarnings(io: Io, warnings: readonly string[]): void {
  for (const line of warnings) io.stderr(`relationship-hour: ${oneLine(line)}\n`);
}
