/**
 * Reading and writing the user's .xlsx files. A file that is not a workbook is named for what it
 * is (empty, a PDF, an old .xls or encrypted file, text) before exceljs is asked to read it. A
 * write never replaces a file unless asked: without `force` the new file is created only if no
 * file of that name exists (checked and created in one step); a replacement is written beside
 * the file first and renamed over it, so an interrupted write leaves the old file whole.
 */
import { constants, promises as fs } from "node:fs";
import path from "node:path";
import { NoWorksheets, readWorkbook, type BookEngine, type CliWorkbook } from "./bookEngine";
import { CliError, type Io } from "./command";
import type { UnkeptParts } from "./unkeptParts";

export interface BookFile {
  /** As the user typed it, for messages. */
  readonly shown: string;
  readonly path: string;
  readonly port: CliWorkbook;
  /** When the file was read, to notice a change made meanwhile before writing it in place. */
  readonly modified: number;
  /** What the file holds that a rewrite would not keep (nothing, through the package layer). */
  readonly unkept: UnkeptParts;
}

export function resolvePath(io: Io, file: string): string {
  return path.resolve(io.cwd, file);
}

function whatItIs(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1");
  if (bytes.length === 0) return "is empty (0 bytes), not an .xlsx workbook";
  if (starts(0x50, 0x4b, 0x03, 0x04)) return null;
  if (head.startsWith("%PDF")) return "is a PDF document, not an .xlsx workbook";
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    return "is an old-format .xls workbook or a password-protected file; save it from Excel as an .xlsx workbook without a password";
  if (/^\s*</.test(head)) return "is an HTML or XML file, not an .xlsx workbook";
  const control = [...bytes.subarray(0, 512)].some((b) => b < 9 || (b > 13 && b < 32));
  if (!control)
    return "is a text file (CSV?), not an .xlsx workbook; open it in a spreadsheet and save it as .xlsx";
  return "is not an .xlsx workbook (it is not a zip package)";
}

export async function readBook(io: Io, file: string, engine?: BookEngine): Promise<BookFile> {
  // RELATIONSHIP_HOUR_ENGINE=exceljs reads through the old whole-file path: the CLI benchmark's "before".
  const chosen = engine ?? (io.env.RELATIONSHIP_HOUR_ENGINE === "exceljs" ? "exceljs" : "package");
  const full = resolvePath(io, file);
  let bytes: Buffer;
  let modified: number;
  try {
    const stat = await fs.stat(full);
    if (stat.isDirectory()) throw new CliError(`${file} is a folder, not an .xlsx workbook`);
    bytes = await fs.readFile(full);
    modified = stat.mtimeMs;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${file}: no such file`);
    if (code === "EACCES" || code === "EPERM")
      throw new CliError(`${file}: not allowed to read it`);
    throw new CliError(`${file}: cannot be read (${(error as Error).message})`);
  }
  const problem = whatItIs(bytes);
  if (problem !== null) throw new CliError(`${file} ${problem}`);
  try {
    const { port, unkept } = await readWorkbook(bytes, chosen);
    return { shown: file, path: full, port, modified, unkept };
  } catch (error) {
    if (error instanceof NoWorksheets)
      throw new CliError(`${file} has no worksheets: is it an .xlsx workbook?`);
    const reason = String((error as Error)?.message ?? error).split("\n")[0];
    throw new CliError(`${file} is a zip file but not a readable .xlsx workbook (${reason})`);
  }
}

export interface WriteOptions {
  /** Replace a file that exists. */
  readonly force: boolean;
  /** For a rewrite in place: the file as it was read, which must not have changed since. */
  readonly original?: BookFile;
}

/** Another program's lock beside the file: Excel's "~$name", LibreOffice's ".~lock.name#". */
async function lockedBy(file: string): Promise<string | null> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  for (const [lock, app] of [
    [`~$${base.slice(2)}`, "Excel"],
    [`~$${base}`, "Excel"],
    [`.~lock.${base}#`, "LibreOffice"],
  ]) {
    if (
      await fs.access(path.join(dir, lock), constants.F_OK).then(
        () => true,
        () => false
      )
    )
      return app;
  }
  return null;
}

export async function writeBook(
  io: Io,
  port: Pick<CliWorkbook, "toBytes">,
  file: string,
  options: WriteOptions
): Promise<string> {
  const full = resolvePath(io, file);
  const bytes = await port.toBytes();
  const exists = await fs.stat(full).then(
    (s) => s,
    () => null
  );
  if (exists?.isDirectory())
    throw new CliError(`${file} is a folder; give a file name for the new workbook`);
  if (exists !== null && !options.force && options.original === undefined) {
    throw new CliError(
      `${file} already exists; not overwritten (add --force to replace it, or give another name)`
    );
  }
  if (exists === null && options.original === undefined) {
    await fs.writeFile(full, bytes, { flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST")
        throw new CliError(`${file} already exists; not overwritten (add --force to replace it)`);
      if (error.code === "ENOENT")
        throw new CliError(`${file}: the folder ${path.dirname(file)} does not exist`);
      throw new CliError(`${file}: cannot be written (${error.message})`);
    });
    return full;
  }
  if (
    options.original !== undefined &&
    exists !== null &&
    exists.mtimeMs !== options.original.modified
  ) {
    throw new CliError(
      `${file} changed since it was read; nothing was written (run the command again)`
    );
  }
  const app = await lockedBy(full);
  if (app !== null && !options.force)
    throw new CliError(
      `${file} looks open in ${app} (its lock file is there); close it first, or add --force`
    );
  const temporary = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { flag: "wx" });
    await fs.rename(temporary, full);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new CliError(`${file}: cannot be written (${(error as Error).message})`);
  }
  return full;
}
