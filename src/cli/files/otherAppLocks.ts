/**
 * Another program's sign that it has the book open: Excel's owner file "~$name.xlsx" (for long
 * names Excel drops the name's first two characters) and LibreOffice's ".~lock.name.xlsx#". A book
 * rewritten under an open Excel is overwritten again when Excel saves, so the write is refused and
 * the message names who has it open when the lock file says so.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { hasControl, oneLine } from "../../core/cells/oneLine";

export interface OpenElsewhere {
  readonly app: "Excel" | "LibreOffice";
  /** "Dana Whitfield on laptop-7", when the lock file says; else null. */
  readonly who: string | null;
}

/**
 * Excel's owner file: a length byte and the user name in one byte per character (non-Latin
 * letters become "?"), then, further on, the name again in UTF-16; the wide copy is used only
 * when the narrow one lost letters.
 */
function excelOwner(bytes: Buffer): string | null {
  if (bytes.length < 2) return null;
  const length = bytes[0];
  const printable = (text: string) => text !== "" && !hasControl(text);
  const narrow = bytes.subarray(1, 1 + length).toString("latin1");
  if (printable(narrow) && !narrow.includes("?")) return narrow;
  const wide = bytes.subarray(55, 55 + 2 * length).toString("utf16le");
  if (wide.length === length && printable(wide)) return wide;
  return printable(narrow) ? narrow : null;
}

/** LibreOffice's lock: "Full Name,host,user,date time,profile url;". */
function libreOfficeOwner(bytes: Buffer): string | null {
  const [name, host, user] = bytes.toString("utf8").split(",");
  const who = (name ?? "").trim() || (user ?? "").trim();
  if (who === "") return null;
  return host !== undefined && host.trim() !== "" ? `${who} on ${host.trim()}` : who;
}

export async function openElsewhere(file: string): Promise<OpenElsewhere | null> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const candidates: [string, OpenElsewhere["app"]][] = [
    [`~$${base}`, "Excel"],
    [`~$${base.slice(2)}`, "Excel"],
    [`.~lock.${base}#`, "LibreOffice"],
  ];
  for (const [name, app] of candidates) {
    const bytes = await fs.readFile(path.join(dir, name)).catch(() => null);
    if (bytes === null) continue;
    const who = app === "Excel" ? excelOwner(bytes) : libreOfficeOwner(bytes);
    return { app, who: who === null ? null : oneLine(who) };
  }
  return null;
}

export function openElsewhereText(shown: string, open: OpenElsewhere): string {
  return `${shown} is open in ${open.app}${open.who !== null ? ` by ${open.who}` : ""} (its lock file is beside it); close it there first, or add --force`;
}
