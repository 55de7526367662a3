/**
 * Reading and writing the user's .xlsx files. A file that is not a workbook is named for what it
 * is (empty, a PDF, an old .xls or encrypted file, text) before exceljs is asked to read it. Writing
 * goes through files/: a new file appears whole or not at all, and a book changed in place is
 * locked from its read to its write (output.ts).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { NoWorksheets, readWorkbook, type BookEngine, type CliWorkbook } from "./bookEngine";
import { CliError, type Io } from "./command";
import { writeNewFileAtomically } from "./files/lockedBook";
import type { UnkeptParts } from "./unkeptParts";

export interface BookFile {
  /** As the user typed it, for messages. */
  readonly shown: string;
  readonly path: string;
  readonly port: CliWorkbook;
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

/** Reads a book from disk, or parses the bytes already read (under a lock) when given. */
export async function readBook(
  io: Io,
  file: string,
  given?: Buffer,
  engine?: BookEngine
): Promise<BookFile> {
  // RELATIONSHIP_HOUR_ENGINE=exceljs reads through the old whole-file path: the CLI benchmark's "before".
  const chosen = engine ?? (io.env.RELATIONSHIP_HOUR_ENGINE === "exceljs" ? "exceljs" : "package");
  const full = resolvePath(io, file);
  let bytes: Buffer;
  if (given !== undefined) bytes = given;
  else {
    try {
      const stat = await fs.stat(full);
      if (stat.isDirectory()) throw new CliError(`${file} is a folder, not an .xlsx workbook`);
      bytes = await fs.readFile(full);
    } catch (error) {
      if (error instanceof CliError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new CliError(`${file}: no such file`);
      if (code === "EACCES" || code === "EPERM")
        throw new CliError(`${file}: not allowed to read it`);
      throw new CliError(`${file}: cannot be read (${(error as Error).message})`);
    }
  }
  const problem = whatItIs(bytes);
  if (problem !== null) throw new CliError(`${file} ${problem}`);
  try {
    const { port, unkept } = await readWorkbook(bytes, chosen);
    return { shown: file, path: full, port, unkept };
  } catch (error) {
    if (error instanceof NoWorksheets)
      throw new CliError(`${file} has no worksheets: is it an .xlsx workbook?`);
    const reason = String((error as Error)?.message ?? error).split("\n")[0];
    throw new CliError(`${file} is a zip file but not a readable .xlsx workbook (${reason})`);
  }
}

/**
 * Writes a workbook to a new file (or, with `force`, replaces one: through a symlink, keeping its
 * mode) without ever leaving a half-written file under its name. See files/lockedBook.ts.
 */
export async function writeNewBook(
  io: Io,
  port: Pick<CliWorkbook, "toBytes">,
  file: string,
  force: boolean
): Promise<string> {
  const full = resolvePath(io, file);
  const stat = await fs.stat(full).catch(() => null);
  if (stat?.isDirectory())
    throw new CliError(`${file} is a folder; give a file name for the new workbook`);
  const bytes = await port.toBytes();
  await writeNewFileAtomically(full, bytes, { shown: file, replace: force, ignoreAppLocks: force });
  return full;
}
