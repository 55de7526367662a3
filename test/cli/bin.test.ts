/** The installed command itself: node runs bin/relationship-hour.js, which runs the TypeScript through tsx. */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
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
