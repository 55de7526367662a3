/**
 * Where a command that changes a book writes it. By default a new file beside the book
 * (BOOK.logged.xlsx); --out names another; --in-place rewrites the book itself. An existing file
 * is replaced only with --force; the book itself only with --in-place.
 */
import path from "node:path";
import { flag, text } from "./args";
import { resolvePath, writeNewBook } from "./bookFile";
import { CliError, usageError, type Io, type Options, type Parsed } from "./command";
import { withLockedBook } from "./files/lockedBook";
import { openClientBook, printWarnings, type OpenedBook } from "./openBook";
import type { ReadChoices } from "./readChoices";
import type { BookEngine } from "./bookEngine";

export const OUTPUT_OPTIONS: Options = {
  out: { type: "string", short: "o" },
  "in-place": { type: "boolean" },
  force: { type: "boolean", short: "f" },
};

export const OUTPUT_USAGE = `  --out NEW.xlsx     write the result to this file (default: BOOK.<what>.xlsx beside the book)
  --in-place         rewrite BOOK.xlsx itself instead
  --force            replace the output file if it exists`;

export interface OutputTarget {
  /** As the user would type it. */
  readonly shown: string;
  readonly inPlace: boolean;
}

/** "book.xlsx" → "book.logged.xlsx". */
export function besideBook(book: string, what: string): string {
  const ext = path.extname(book);
  return `${ext === "" ? book : book.slice(0, -ext.length)}.${what}${ext === "" ? ".xlsx" : ext}`;
}

export function outputTarget(args: Parsed, io: Io, book: string, what: string): OutputTarget {
  const out = text(args, "out");
  const inPlace = flag(args, "in-place");
  if (out !== undefined && inPlace) throw usageError("give --out or --in-place, not both");
  if (inPlace) return { shown: book, inPlace: true };
  const shown = out ?? besideBook(book, what);
  if (resolvePath(io, shown) === resolvePath(io, book))
    throw usageError(`--out names the book itself (${book}); use --in-place to rewrite it`);
  return { shown, inPlace: false };
}

/** What the changed book lacks, refused before anything is written when it would be in place. */
function refuseLosses(opened: OpenedBook, target: OutputTarget, force: boolean): void {
  const lost = opened.file.unkept.work.join(", ");
  if (target.inPlace && lost !== "" && !force)
    throw new CliError(
      `${opened.file.shown} holds ${lost} that this tool cannot keep when it rewrites a file; nothing was written ` +
        `(leave out --in-place to write a new file and keep the book as it is, or add --force to rewrite it without them)`
    );
}

/** The lines saying where the book went and what it lacks. */
function writtenText(opened: OpenedBook, target: OutputTarget): string {
  const { shown, unkept } = opened.file;
  const lost = unkept.work.join(", ");
  const lines = [
    target.inPlace
      ? `Rewrote ${target.shown} in place.`
      : `Wrote ${target.shown} (${shown} is unchanged).`,
  ];
  if (lost !== "")
    lines.push(
      `Note: ${target.shown} has none of the ${lost} of ${target.inPlace ? "the book as it was" : shown}: this tool cannot write them.`
    );
  if (unkept.addInSettings)
    lines.push(
      `Note: the add-in's own settings part is not kept; the column mapping travels on the hidden sheet "_RelationshipHour".`
    );
  return lines.join("\n");
}

/**
 * Opens the book, lets `change` change it, and writes it where the target says; returns what
 * `change` returned and the lines saying where the book went. In place, the book is locked from
 * before it is read until it is replaced, so a second writer waits (or is refused) and sees this
 * one's change: no lost update. The book's charts, pivot tables and the like do not survive a
 * rewrite (the .xlsx library cannot write them): in place that is refused unless forced.
 */
export async function changeBook<T>(
  io: Io,
  args: Parsed,
  file: string,
  target: OutputTarget,
  choices: ReadChoices,
  change: (opened: OpenedBook) => Promise<T>,
  engine?: BookEngine
): Promise<{ readonly result: T; readonly written: string }> {
  const force = flag(args, "force");
  const openAndChange = async (bytes?: Buffer) => {
    const opened = await openClientBook(io, file, choices, bytes, engine);
    printWarnings(io, opened.warnings);
    const result = await change(opened);
    refuseLosses(opened, target, force);
    return { opened, result };
  };
  if (target.inPlace) {
    return withLockedBook(
      resolvePath(io, file),
      async (bytes) => {
        const { opened, result } = await openAndChange(bytes);
        const written = writtenText(opened, target);
        return { bytes: await opened.file.port.toBytes(), result: { result, written } };
      },
      { shown: file, ignoreAppLocks: force }
    );
  }
  const { opened, result } = await openAndChange();
  await writeNewBook(io, opened.file.port, target.shown, force);
  return { result, written: writtenText(opened, target) };
}
