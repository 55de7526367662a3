/**
 * Replacing the user's files safely, on real files: the lock for a whole read–modify–write (two
 * processes), Excel's and LibreOffice's lock files, modes, read-only files, symlinks, hard links,
 * temporary files left by a killed run, and new files that appear whole or not at all.
 */
import { spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { withLockedBook, writeNewFileAtomically } from "../../src/cli/files/lockedBook";
import { expectOneClearLine, readWithExcelJs, runCli, tempFolder } from "./cliHarness";

const BIN = path.join(__dirname, "../../bin/relationship-hour.js");

let folder: ReturnType<typeof tempFolder>;
beforeEach(async () => {
  folder = tempFolder();
  const made = await runCli(
    ["sample", "book.xlsx", "--date", "2026-03-02", "--clients", "20"],
    folder.dir
  );
  expect(made.code).toBe(0);
});
afterEach(() => folder.remove());

async function notes(file: string): Promise<string[]> {
  const sheet = (await readWithExcelJs(file)).getWorksheet("Contact Log")!;
  const found: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.startsWith("note ")) found.push(cell.value);
    })
  );
  return found.sort();
}

function logInPlace(file: string, client: string, note: string) {
  return runCli(["log", file, "--client", client, "--notes", note, "--in-place"], folder.dir);
}

/** Only the book and what the test put there: no lock, no temporary file left behind. */
function leftovers(): string[] {
  return readdirSync(folder.dir).filter((n) => /rh-lock|rh-tmp|\.tmp$/.test(n));
}

function runProcess(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: folder.dir });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("two writers on one book", () => {
  test("two processes logging in place at once: both contacts are in the book", async () => {
    const runs = await Promise.all([
      runProcess([
        "log",
        "book.xlsx",
        "--client",
        "C-0001",
        "--notes",
        "note one",
        "--in-place",
        "--date",
        "2026-03-02",
      ]),
      runProcess([
        "log",
        "book.xlsx",
        "--client",
        "C-0002",
        "--notes",
        "note two",
        "--in-place",
        "--date",
        "2026-03-02",
      ]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(await notes(folder.file("book.xlsx"))).toEqual(["note one", "note two"]);
    expect(leftovers()).toEqual([]);
  }, 60_000);

  test("a writer still holding the lock makes the second wait, then refuses it with a message", async () => {
    const book = folder.file("book.xlsx");
    const before = readFileSync(book);
    let release: () => void = () => undefined;
    const held = withLockedBook<undefined>(
      book,
      () =>
        new Promise((resolve) => {
          release = () => resolve({ bytes: null, result: undefined });
        })
    );
    await new Promise((r) => setTimeout(r, 50));
    await expect(
      withLockedBook(book, async () => ({ bytes: Buffer.from("x"), result: 0 }), { waitMs: 300 })
    ).rejects.toThrow(/being changed by another relationship-hour \(process \d+/);
    release();
    await held;
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  test("a lock and a temporary file left by a killed run are cleared by the next write", async () => {
    const dead = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ["-e", "0"]);
      child.on("close", () => resolve(child.pid!));
    });
    writeFileSync(
      folder.file(".book.xlsx.rh-lock"),
      JSON.stringify({ pid: dead, host: os.hostname(), since: "" })
    );
    writeFileSync(folder.file(`.book.xlsx.${dead}.0badf00d.rh-tmp`), "half a workbook");
    writeFileSync(folder.file(`.book.xlsx.${dead}.tmp`), "the old versions' temporary file");
    const run = await logInPlace("book.xlsx", "C-0003", "note three");
    expect(run.code).toBe(0);
    expect(await notes(folder.file("book.xlsx"))).toEqual(["note three"]);
    expect(leftovers()).toEqual([]);
  });
});

describe("other programs' lock files", () => {
  test("Excel's owner file: refused, naming who has it open; --force writes anyway", async () => {
    const owner = Buffer.alloc(165, 0x20);
    owner[0] = "Dana Whitfield".length;
    owner.write("Dana Whitfield", 1, "latin1");
    writeFileSync(folder.file("~$book.xlsx"), owner);
    const refused = await logInPlace("book.xlsx", "C-0001", "note one");
    expect(refused.code).not.toBe(0);
    expectOneClearLine(refused, /book\.xlsx is open in Excel by Dana Whitfield/);
    const forced = await runCli(
      ["log", "book.xlsx", "--client", "C-0001", "--notes", "note one", "--in-place", "--force"],
      folder.dir
    );
    expect(forced.code).toBe(0);
  });

  test("LibreOffice's lock: refused, naming the person and the machine", async () => {
    writeFileSync(
      folder.file(".~lock.book.xlsx#"),
      "Ana Ortiz,desk-12,ana,04.12.2026 10:00,file:///home/ana/.config;"
    );
    const refused = await logInPlace("book.xlsx", "C-0001", "note one");
    expectOneClearLine(refused, /open in LibreOffice by Ana Ortiz on desk-12/);
  });

  test("a name with a newline in the lock file stays on one line", async () => {
    writeFileSync(
      folder.file(".~lock.book.xlsx#"),
      "Eve\nrelationship-hour: all fine,host,eve,x,y;"
    );
    expectOneClearLine(
      await logInPlace("book.xlsx", "C-0001", "n"),
      /by Eve\\nrelationship-hour: all fine on host/
    );
  });
});

describe("what the file is stays what it was", () => {
  test("a chmod 600 book stays 600", async () => {
    chmodSync(folder.file("book.xlsx"), 0o600);
    expect((await logInPlace("book.xlsx", "C-0001", "note one")).code).toBe(0);
    expect(statSync(folder.file("book.xlsx")).mode & 0o777).toBe(0o600);
    chmodSync(folder.file("book.xlsx"), 0o640);
    expect((await logInPlace("book.xlsx", "C-0002", "note two")).code).toBe(0);
    expect(statSync(folder.file("book.xlsx")).mode & 0o777).toBe(0o640);
  });

  test("a read-only book is refused and left as it was (even for root)", async () => {
    chmodSync(folder.file("book.xlsx"), 0o444);
    const before = readFileSync(folder.file("book.xlsx"));
    const run = await logInPlace("book.xlsx", "C-0001", "note one");
    expectOneClearLine(run, /book\.xlsx is read-only; nothing was written/);
    expect(readFileSync(folder.file("book.xlsx")).equals(before)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  test("through a symlink: the target is written, the link stays a link", async () => {
    symlinkSync("book.xlsx", folder.file("link.xlsx"));
    expect((await logInPlace("link.xlsx", "C-0001", "note one")).code).toBe(0);
    expect(lstatSync(folder.file("link.xlsx")).isSymbolicLink()).toBe(true);
    expect(await notes(folder.file("book.xlsx"))).toEqual(["note one"]);
  });

  test("a hard-linked book is written through its inode: both names see the contact", async () => {
    linkSync(folder.file("book.xlsx"), folder.file("twin.xlsx"));
    const inode = statSync(folder.file("book.xlsx")).ino;
    expect((await logInPlace("book.xlsx", "C-0001", "note one")).code).toBe(0);
    expect(statSync(folder.file("book.xlsx")).ino).toBe(inode);
    expect(statSync(folder.file("twin.xlsx")).nlink).toBe(2);
    expect(await notes(folder.file("twin.xlsx"))).toEqual(["note one"]);
    expect(leftovers()).toEqual([]);
  });

  test("a failing change writes nothing and leaves no lock or temporary file", async () => {
    const book = folder.file("book.xlsx");
    const before = readFileSync(book);
    await expect(
      withLockedBook(book, async () => {
        throw new Error("boom");
      })
    ).rejects.toThrow("boom");
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});

describe("new files", () => {
  test("an existing name is refused without a trace; with replace it keeps its mode", async () => {
    const file = folder.file("out.xlsx");
    await writeNewFileAtomically(file, Buffer.from("first"));
    await expect(writeNewFileAtomically(file, Buffer.from("second"))).rejects.toThrow(
      /already exists/
    );
    expect(readFileSync(file, "utf8")).toBe("first");
    chmodSync(file, 0o600);
    await writeNewFileAtomically(file, Buffer.from("third"), { replace: true });
    expect(readFileSync(file, "utf8")).toBe("third");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(leftovers()).toEqual([]);
  });

  test("kill -9 while writing a sample never leaves a truncated file under its name", async () => {
    for (const delay of [400, 1200, 2500]) {
      const name = `big${delay}.xlsx`;
      const child = spawn(process.execPath, [BIN, "sample", name, "--clients", "3000"], {
        cwd: folder.dir,
      });
      // Listened for at once: a run that ends before the kill has closed already.
      const closed = new Promise((r) => child.on("close", r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGKILL");
      await closed;
      if (existsSync(folder.file(name))) {
        const book = await readWithExcelJs(folder.file(name));
        expect(book.getWorksheet("Clients")).toBeDefined();
      }
    }
    // The next write beside them sweeps the killed runs' temporary files away.
    expect((await runCli(["sample", "again.xlsx", "--clients", "3"], folder.dir)).code).toBe(0);
    expect(readdirSync(folder.dir).filter((n) => /^\.again/.test(n))).toEqual([]);
  }, 60_000);
});
