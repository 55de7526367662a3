/**
 * The one way the command line changes a file that exists: lock it, read it, let the caller make
 * the new bytes, put them in place, unlock. For the package layer: it gets the bytes as read under
 * the lock and returns the bytes to write (or null to write nothing).
 *
 * What the person whose only copy this is would expect: a symlink is written through to its
 * target (the link stays a link); the file keeps its mode and owner; a read-only file is refused,
 * not replaced; a book open in Excel or LibreOffice is refused, naming who has it open, unless
 * forced; hard links stay linked (see replaceFile); new files appear whole or not at all.
 */
import { promises as fs } from "node:fs";
import { CliError } from "../command";
import { createFile, removeStaleTemps, replaceFile } from "./atomicWrite";
import { lockBook } from "./bookLock";
import { openElsewhere, openElsewhereText } from "./otherAppLocks";

export interface SafeWriteOptions {
  /** The name as the user gave it, for messages (default: the path). */
  readonly shown?: string;
  /** Write even if Excel's or LibreOffice's lock file is there. */
  readonly ignoreAppLocks?: boolean;
  /** How long to wait for another relationship-hour writing the same file. */
  readonly waitMs?: number;
}

async function refuseIfOpen(paths: readonly string[], shown: string): Promise<void> {
  for (const p of paths) {
    const open = await openElsewhere(p);
    if (open !== null) throw new CliError(openElsewhereText(shown, open));
  }
}

async function realTarget(file: string, shown: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${shown}: no such file`);
    throw new CliError(`${shown}: cannot be read (${(error as Error).message})`);
  }
}

async function refuseIfReadOnly(file: string, shown: string): Promise<void> {
  const stat = await fs.stat(file);
  if (stat.isDirectory()) throw new CliError(`${shown} is a folder, not a file`);
  // Mode bits, not access(): root may write anything, but a file made read-only means "keep".
  const writable =
    (stat.mode & 0o222) !== 0 &&
    (await fs.access(file, fs.constants.W_OK).then(
      () => true,
      () => false
    ));
  if (!writable)
    throw new CliError(
      `${shown} is read-only; nothing was written (make it writable, or write a new file without --in-place)`
    );
}

export async function withLockedBook<T>(
  file: string,
  edit: (bytes: Buffer) => Promise<{ readonly bytes: Uint8Array | null; readonly result: T }>,
  options: SafeWriteOptions = {}
): Promise<T> {
  const shown = options.shown ?? file;
  const target = await realTarget(file, shown);
  if (!options.ignoreAppLocks) await refuseIfOpen([...new Set([file, target])], shown);
  await refuseIfReadOnly(target, shown);
  const unlock = await lockBook(target, { shown, waitMs: options.waitMs });
  try {
    await removeStaleTemps(target);
    const bytes = await fs.readFile(target);
    const { bytes: next, result } = await edit(bytes);
    if (next !== null) await replaceFile(target, next, shown);
    return result;
  } finally {
    await unlock();
  }
}

/**
 * A file that is new, or replaced as a whole when `replace` is set (then as withLockedBook
 * replaces: through a symlink, keeping the mode, refusing a read-only file).
 */
export async function writeNewFileAtomically(
  file: string,
  bytes: Uint8Array,
  options: SafeWriteOptions & { readonly replace?: boolean } = {}
): Promise<void> {
  const shown = options.shown ?? file;
  const exists = await fs.lstat(file).then(
    () => true,
    () => false
  );
  if (exists && options.replace)
    return withLockedBook(file, async () => ({ bytes, result: undefined }), options);
  if (exists)
    throw new CliError(
      `${shown} already exists; not overwritten (add --force to replace it, or give another name)`
    );
  await removeStaleTemps(file);
  await createFile(file, bytes, shown);
}
