/**
 * Command-line benchmark (npm run bench:cli): `today` and `log --in-place` on the project's own
 * sample at 20,000 and 100,000 clients, through the package layer and, for comparison, through
 * exceljs (RELATIONSHIP_HOUR_ENGINE=exceljs), each in a fresh process timed by /usr/bin/time -v for
 * wall time, CPU seconds and peak resident memory, beside the targets of issue 11. The sample books
 * are made once and kept in the system's temporary folder (writing 100,000 clients through exceljs
 * takes a minute or two). Not a test: it prints a table and exits 0. `--sizes 20000` and
 * `--engines package` narrow the run; `--million` adds `today` on a 1,048,576-row book (package
 * layer only: exceljs runs out of memory on it).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { millionBook, MILLION_ROWS } from "./millionBook";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin/relationship-hour.js");

const DIR = path.join(os.tmpdir(), "relationship-hour-bench");
const DATE = "2026-03-02";

function option(name: string, fallback: string): string[] {
  const at = process.argv.indexOf(`--${name}`);
  return (at < 0 ? fallback : process.argv[at + 1]).split(",");
}

interface Run {
  readonly seconds: number;
  /** User + system CPU seconds: on a shared machine, steadier than the wall time. */
  readonly cpu: number;
  readonly megabytes: number;
  readonly ok: boolean;
}

function timed(args: readonly string[], engine: string): Run {
  const child = spawnSync("/usr/bin/time", ["-v", process.execPath, BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, RELATIONSHIP_HOUR_ENGINE: engine },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall =
    /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(
      child.stderr
    );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
  const seconds =
    wall === null ? NaN : Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const user = /User time \(seconds\): ([\d.]+)/.exec(child.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(child.stderr);
  const cpu = Number(user?.[1] ?? NaN) + Number(system?.[1] ?? NaN);
  return {
    seconds,
    cpu,
    megabytes: rss === null ? NaN : Number(rss[1]) / 1024,
    ok: child.status === 0,
  };
}

function sampleBook(size: number): string {
  mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `sample-${size}.xlsx`);
  if (!existsSync(file)) {
    const made = spawnSync(
      process.execPath,
      [BIN, "sample", file, "--clients", String(size), "--date", DATE],
      {
        encoding: "utf8",
      }
    );
    if (made.status !== 0) throw new Error(made.stderr);
  }
  return file;
}

function row(cells: readonly string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(28) : c.padStart(14))).join("");
}

/** Issue 11's targets: wall seconds and peak MB, by command and size. */
function target(command: "today" | "log", size: number): string {
  if (size >= 1_000_000) return "< 1 GB";
  if (size <= 20_000) return command === "today" ? "< 3 s, 400 MB" : "< 4 s, 400 MB";
  return command === "today" ? "< 10 s, 1 GB" : "< 15 s, 1 GB";
}

function cells(runs: readonly Run[]): string[] {
  return runs.flatMap((r) => [
    r.ok ? r.seconds.toFixed(1) : "failed",
    r.cpu.toFixed(1),
    r.megabytes.toFixed(0),
  ]);
}

function main(): void {
  const sizes = option("sizes", "20000,100000").map(Number);
  const engines = option("engines", "exceljs,package");
  console.log(`CLI benchmark, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`);
  console.log(
    row(["command", ...engines.flatMap((e) => [`${e} s`, `${e} cpu s`, `${e} MB`]), "target"])
  );
  for (const size of sizes) {
    const book = sampleBook(size);
    const today = engines.map((e) => timed(["today", book, "--date", DATE], e));
    const logs = engines.map((engine) => {
      const copy = path.join(DIR, `log-${size}-${engine}.xlsx`);
      copyFileSync(book, copy);
      return timed(
        ["log", copy, "--client", "C-0007", "--date", DATE, "--notes", "bench", "--in-place"],
        engine
      );
    });
    console.log(row([`today, ${size} clients`, ...cells(today), target("today", size)]));
    console.log(row([`log --in-place, ${size}`, ...cells(logs), target("log", size)]));
  }
  if (process.argv.includes("--million")) {
    const run = timed(["today", millionBook(DIR), "--date", DATE], "package");
    const columns = engines.flatMap((e) => (e === "package" ? cells([run]) : ["-", "-", "-"]));
    console.log(row([`today, ${MILLION_ROWS} rows`, ...columns, target("today", MILLION_ROWS)]));
  }
}

main();
