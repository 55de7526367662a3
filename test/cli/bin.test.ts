/** The installed command itself: node runs bin/relationship-hour.js, which runs the TypeScript through tsx. */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadBook } from "../../src/app/loadBook";
import { todayJson } from "../../src/cli/todayReport";
import { serialFromDate } from "../../src/core/dates/serial";
import { buildToday } from "../../src/core/today/today";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { runCli, tempFolder } from "./cliHarness";

const BIN = path.join(__dirname, "..", "..", "bin", "relationship-hour.js");

test("the bin prints the same call list as main(), in a time zone far from UTC, and exits 1 with one line on a bad file", async () => {
  const folder = tempFolder();
  try {
    await runCli(["sample", "s.xlsx", "--date", "2026-03-02", "--clients", "50"], folder.dir);
    const expected = await runCli(
      ["today", "s.xlsx", "--date", "2026-03-02", "--json"],
      folder.dir
    );
    const env = { ...process.env, TZ: "Pacific/Kiritimati", RH_DEBUG: "" };

    const run = spawnSync(
      process.execPath,
      [BIN, "today", "s.xlsx", "--date", "2026-03-02", "--json"],
      { cwd: folder.dir, env, encoding: "utf8", timeout: 60_000 }
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(expected.stdout));

    writeFileSync(folder.file("empty.xlsx"), "");
    const bad = spawnSync(process.execPath, [BIN, "today", "empty.xlsx"], {
      cwd: folder.dir,
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([
      1,
      "",
      "relationship-hour: empty.xlsx is empty (0 bytes), not an .xlsx workbook\n",
    ]);
  } finally {
    folder.remove();
  }
}, 90_000);

test("npx relationship-hour sample s.xlsx && npx relationship-hour today s.xlsx --date 2026-03-02 --json: the core's call list for that book", async () => {
  const folder = tempFolder();
  // Run from the repository, where npx finds the package's own bin, as in a project that installed it.
  const npx = (...args: string[]) =>
    spawnSync("npx", ["--no-install", "relationship-hour", ...args], {
      cwd: path.join(__dirname, "..", ".."),
      env: { ...process.env, RH_DEBUG: "" },
      encoding: "utf8",
      timeout: 120_000,
    });
  try {
    const made = npx("sample", folder.file("s.xlsx"));
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/: 500 sample clients as of .*, \d+ entries in the Contact Log/);
    const run = npx("today", folder.file("s.xlsx"), "--date", "2026-03-02", "--json");
    expect(run.status).toBe(0);

    const port = await XlsxWorkbook.fromBytes(readFileSync(folder.file("s.xlsx")));
    const book = await loadBook(port);
    if (book.state !== "loaded") throw new Error("the sample did not load");
    const march2 = serialFromDate({ year: 2026, month: 3, day: 2 });
    const core = todayJson(buildToday(book.clients, book.settings, march2), book.problems);
    const printed = JSON.parse(run.stdout);
    expect(printed).toEqual(JSON.parse(JSON.stringify(core)));
    expect(printed.mine.calls.length).toBeGreaterThan(0);
  } finally {
    folder.remove();
  }
}, 240_000);
