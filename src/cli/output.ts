/**
 * Where a command that changes a book writes it. By default a new file beside the book
 * (BOOK.logged.xlsx); --out names another; --in-place rewrites the book itself. An existing file
 * is replaced only with --force; the book itself only with --in-place.
 */
import path from "node:path";
import { flag, text } from "./args";
import { resolvePath, writeBook } from "./bookFile";
import { CliError, usageError, type Io, type Options, type Parsed } from "./command";
import type { OpenedBook } from "./openBook";

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

/**
 * Writes the changed book; returns the line saying where it went. The book's charts, pivot tables
 * and the like do not survive a rewrite (the .xlsx library cannot write them): rewriting it in
 * place is refused unless forced, and a new file says what it lacks.
 */
export async function saveOutput(
  io: Io,
  opened: OpenedBook,
  target: OutputTarget,
  args: Parsed
): Promise<string> {
  const { shown, unkept } = opened.file;
  const lost = unkept.work.join(", ");
  if (target.inPlace && lost !== "" && !flag(args, "force"))
    throw new CliError(
      `${shown} holds ${lost} that this tool cannot keep when it rewrites a file; nothing was written ` +
        `(leave out --in-place to write a new file and keep the book as it is, or add --force to rewrite it without them)`
    );
  await writeBook(io, opened.file.port, target.shown, {
    force: flag(args, "force"),
    original: target.inPlace ? opened.file : undefined,
  });
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
