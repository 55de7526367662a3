/**
 * Our own exclusive lock on a book for a whole read–modify–write: a file ".NAME.rh-lock" beside it,
 * created only if absent (O_EXCL, one atomic step on a local disk), holding our process id and
 * host. A second writer waits for it briefly, then gives up with a message; it never reads the
 * book while the first is between reading and renaming, so no update is lost. A lock left by a
 * killed process (same host, process gone) is taken over.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CliError } from "../command";

export interface LockOptions {
  /** How long to wait for another writer (default 15 s: a big book takes seconds to write). */
  readonly waitMs?: number;
  /** The name to show in messages. */
  readonly shown: string;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

export function lockPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.rh-lock`);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function holder(lock: string): Promise<Holder | null> {
  const text = await fs.readFile(lock, "utf8").catch(() => null);
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    if (typeof parsed.pid === "number" && typeof parsed.host === "string")
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? "") };
  } catch {
    // Half-written by a process killed between create and write: treated as stale below.
  }
  return { pid: 0, host: os.hostname(), since: "" };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock or throws a CliError; the returned function releases it. */
export async function lockBook(file: string, options: LockOptions): Promise<() => Promise<void>> {
  const lock = lockPath(file);
  const mine = JSON.stringify({
    pid: process.pid,
    host: os.hostname(),
    since: new Date().toISOString(),
  });
  const deadline = Date.now() + (options.waitMs ?? 15_000);
  for (;;) {
    try {
      await fs.writeFile(lock, mine, { flag: "wx" });
      return async () => {
        // Only our own lock: never remove one another process took over.
        if ((await fs.readFile(lock, "utf8").catch(() => null)) === mine) await fs.rm(lock);
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EACCES" || code === "EPERM" || code === "EROFS")
        throw new CliError(`${options.shown}: not allowed to write in its folder`);
      if (code !== "EEXIST") throw error;
    }
    const other = await holder(lock);
    if (other === null) continue; // released between our two looks
    if (other.host === os.hostname() && (other.pid === 0 || !isAlive(other.pid))) {
      // Left by a killed run. (Two waiters may both see it stale; the second's rm removes the
      // first's fresh lock only if it lands between the first's create and the second's read.)
      await fs.rm(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline)
      throw new CliError(
        `${options.shown} is being changed by another relationship-hour (process ${other.pid} on ${other.host}` +
          `${other.since !== "" ? ` since ${other.since}` : ""}); nothing was written, run the command again when it has finished` +
          ` (if no such process runs, delete ${path.basename(lock)})`
      );
    await sleep(100);
  }
}
