/**
 * Putting new bytes where a file is (or will be) without a moment in which it is empty or half
 * written: the bytes go to a temporary file beside it (same folder, so same disk), are flushed to
 * the disk (fsync) and only then renamed over the name; a failure removes the temporary file.
 * A replaced file keeps its mode and, where allowed, its owner: a chmod 600 client list stays 600.
 */
import { promises as fs, type Stats } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { CliError } from "../command";
import { isAlive } from "./bookLock";

const TEMP_SUFFIX = ".rh-tmp";

function tempPath(file: string): string {
  const tag = `${process.pid}.${randomBytes(4).toString("hex")}`;
  return path.join(path.dirname(file), `.${path.basename(file)}.${tag}${TEMP_SUFFIX}`);
}

/** The folder's entry for a rename is on disk too, where the system allows opening a folder. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r").catch(() => null);
  if (handle === null) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

export function writeFailure(shown: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOSPC") return new CliError(`${shown}: the disk is full; nothing was written`);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return new CliError(`${shown}: not allowed to write it or its folder; nothing was written`);
  if (code === "ENOENT")
    return new CliError(`${shown}: the folder ${path.dirname(shown)} does not exist`);
  return new CliError(`${shown}: cannot be written (${(error as Error).message})`);
}

/** Writes and flushes a temporary file beside `file`; returns its path. Removed on failure. */
async function writeTemp(file: string, bytes: Uint8Array, like: Stats | null): Promise<string> {
  const temp = tempPath(file);
  const handle = await fs.open(temp, "wx", like === null ? 0o666 : like.mode & 0o7777);
  try {
    await handle.writeFile(bytes);
    if (like !== null) {
      // open's mode is cut by the umask; the old file's mode is restored exactly.
      await handle.chmod(like.mode & 0o7777);
      await handle.chown(like.uid, like.gid).catch(() => undefined); // only root may give away
    }
    await handle.sync();
    await handle.close();
    return temp;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/**
 * Replaces an existing file (not a link: give the link's target). A file with other hard links
 * is overwritten through its own inode so every name sees the new content; the complete new
 * content is first flushed to a temporary file beside it, which is removed once the overwrite
 * is flushed too, so even then a failure leaves either the old bytes or a full copy of the new.
 */
export async function replaceFile(file: string, bytes: Uint8Array, shown: string): Promise<void> {
  const before = await fs.stat(file);
  let temp: string | null = null;
  try {
    temp = await writeTemp(file, bytes, before);
    if (before.nlink > 1) {
      const handle = await fs.open(file, "r+");
      try {
        await handle.write(bytes, 0, bytes.length, 0);
        await handle.truncate(bytes.length);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rm(temp, { force: true });
    } else {
      await fs.rename(temp, file);
    }
    temp = null;
    await syncFolder(path.dirname(file));
  } catch (error) {
    if (temp !== null) await fs.rm(temp, { force: true });
    throw writeFailure(shown, error);
  }
}

/**
 * Creates a file that must not exist yet: written and flushed beside it, then linked into place
 * (link fails if the name was taken meanwhile, atomically), so a killed run leaves no 0-byte or
 * truncated file under the name, only a temporary file that the next write beside it removes.
 */
export async function createFile(file: string, bytes: Uint8Array, shown: string): Promise<void> {
  let temp: string | null = null;
  try {
    temp = await writeTemp(file, bytes, null);
    try {
      await fs.link(temp, file);
      await fs.rm(temp);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST")
        throw new CliError(`${shown} already exists; not overwritten (add --force to replace it)`);
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
      // A disk without hard links (some network shares): check, then rename.
      if (
        await fs.lstat(file).then(
          () => true,
          () => false
        )
      )
        throw new CliError(`${shown} already exists; not overwritten (add --force to replace it)`);
      await fs.rename(temp, file);
    }
    temp = null;
    await syncFolder(path.dirname(file));
  } catch (error) {
    if (temp !== null) await fs.rm(temp, { force: true });
    throw writeFailure(shown, error);
  }
}

/** Removes temporary files beside `file` left by runs that were killed (their process is gone). */
export async function removeStaleTemps(file: string): Promise<void> {
  const base = `.${path.basename(file)}.`;
  const names = await fs.readdir(path.dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(base)) continue;
    const rest = name.slice(base.length);
    // Ours ("1234.ab12cd34.rh-tmp") and the earlier versions' ("1234.tmp").
    const match = /^(\d+)\.(?:[0-9a-f]{8}\.rh-tmp|tmp)$/.exec(rest);
    if (match !== null && !isAlive(Number(match[1])))
      await fs.rm(path.join(path.dirname(file), name), { force: true });
  }
}
