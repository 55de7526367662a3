/**
 * Engine benchmark (npm run bench). Not a test: it prints a table and always exits 0.
 * Times are measured in this process; each workload's memory in a fresh child process
 * (this script with --memory <key>), so one workload's heap cannot hide another's.
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fillDown } from "./fillDown";
import { measureMemory, timeWorkload, type MemorySample, type Timing } from "./measure";
import { AS_OF, generateBook, topShare } from "./syntheticBook";
import { makeWorkloads, scoresOf, type Workload } from "./workloads";
import { BUDGET_MS, CALC_MS, callListByHousehold, spilledThree } from "./householdBudget";

const SIZE = 100_000;
const SEED = 20261123;
const FILL_SIZE = 10_000;
const FILL_SEED = 7;
const TARGET_MS = 250;
const TARGET_MB = 200;
const FILL_TARGET_MS = 2000;
const BUDGET_SIZE = 10_000;

function setup(): { workloads: Workload[]; share: number } {
  const book = generateBook(SIZE, SEED);
  return { workloads: makeWorkloads(book, scoresOf(book)), share: topShare(book.revenue, 0.2) };
}

function memoryInChild(key: string): MemorySample {
  const script = process.argv[1];
  const child = spawnSync(process.execPath, [...process.execArgv, script, "--memory", key], {
    encoding: "utf8",
  });
  const line = child.stdout.trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !line.startsWith("{"))
    throw new Error(`memory probe ${key} failed: ${child.stderr}`);
  return JSON.parse(line) as MemorySample;
}

const fixed = (x: number, digits = 1) => x.toFixed(digits);
const pass = (ok: boolean) => (ok ? "PASS" : "MISS");

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
}

function main(): void {
  const { workloads, share } = setup();
  console.log(
    `Relationship Hour engine benchmark: ${SIZE.toLocaleString("en")} clients x 5 criteria, seed ${SEED}, as of 2026-11-23 (${AS_OF})`
  );
  console.log(`Revenue spread: the top 20% of clients hold ${fixed(share * 100)}% of revenue`);
  console.log(
    `Node ${process.version}, ${cpus().length} CPU(s), load average ${loadavg()[0].toFixed(1)} at start. Time: median of 7 runs after 2 warm-ups; before each, gc() then fresh inputs (untimed).`
  );
  console.log(
    "Memory: one warm run per workload in a fresh child process; peak RSS = Linux VmHWM after resetting it"
  );
  console.log(
    "(/proc/self/clear_refs) just before the run, minus RSS at that moment; heap from process.memoryUsage().\n"
  );

  const results: { w: Workload; t: Timing; m: MemorySample }[] = [];
  for (const w of workloads) results.push({ w, t: timeWorkload(w), m: memoryInChild(w.key) });
  const base = results[0];
  const baseMem = Math.max(base.m.peakRssDelta, 0.1);
  const widths = [26, 9, 15, 8, 12, 10, 11, 8];
  console.log(
    row(
      [
        "workload",
        "median ms",
        "min-max ms",
        "x time",
        "peak RSS dMB",
        "heap dMB",
        "retained MB",
        "x mem",
      ],
      widths
    )
  );
  for (const { w, t, m } of results) {
    console.log(
      row(
        [
          w.label,
          fixed(t.median),
          `${fixed(t.min)}-${fixed(t.max)}`,
          fixed(t.median / base.t.median),
          fixed(m.peakRssDelta),
          fixed(m.heapDelta),
          fixed(m.retained),
          fixed(m.peakRssDelta / baseMem),
        ],
        widths
      )
    );
  }
  const four = results.slice(1);
  const totalMs = four.reduce((sum, r) => sum + r.t.median, 0);
  const peakMb = Math.max(...four.map((r) => r.m.peakRssDelta));
  const peakAbs = Math.max(...four.map((r) => r.m.peakRss));
  console.log(
    `\n"x mem" = peak RSS delta / the baseline's (${fixed(baseMem)} MB; floored at 0.1 MB).`
  );
  console.log(
    `All four together: ${fixed(totalMs)} ms (target < ${TARGET_MS} ms) ${pass(totalMs < TARGET_MS)}; ` +
      `max peak RSS delta ${fixed(peakMb)} MB (target < ${TARGET_MB} MB) ${pass(peakMb < TARGET_MB)} ` +
      `[whole process peak incl. book and runtime: ${fixed(peakAbs)} MB]`
  );

  const fill = fillDown(generateBook(FILL_SIZE, FILL_SEED));
  console.log(
    `\nFill-down: ${fill.calls.toLocaleString("en")} calls TIERSCORE([row], , book ${FILL_SIZE.toLocaleString("en")}x5), ` +
      `2 alternating fresh copies of the book: ${fixed(fill.cachedMs)} ms (median of 3; target < ${FILL_TARGET_MS} ms) ` +
      `${pass(fill.cachedMs < FILL_TARGET_MS)}`
  );
  console.log(
    `Naive (re-rank the book every call): ${fill.naiveCalls} calls took ${fixed(fill.naiveMs)} ms, extrapolated x${fill.calls / fill.naiveCalls} ` +
      `to ${fixed(fill.naiveExtrapolatedMs / 1000, 2)} s = ${fixed(fill.naiveExtrapolatedMs / fill.cachedMs)}x the cached version`
  );
}

/** Issue #13: the 10,000-client budget, and households against the plain runs, as ratios. */
function households(): void {
  const book = generateBook(BUDGET_SIZE, FILL_SEED);
  const three = spilledThree(book);
  const list = callListByHousehold(generateBook(SIZE, SEED), scoresOf(generateBook(SIZE, SEED)));
  const shared = book.households.filter((h) => h !== "").length / book.size;
  console.log(
    `\nHouseholds: ${fixed(shared * 100)}% of the ${BUDGET_SIZE.toLocaleString("en")} clients share one. Median of 31 runs after 5 warm-ups (min in brackets).`
  );
  const line = (label: string, ms: number, min: number, extra: string) =>
    console.log(`${label.padEnd(48)} ${fixed(ms).padStart(8)} ms (${fixed(min)})  ${extra}`);
  line(
    three.plain.label,
    three.plain.median,
    three.plain.min,
    `budget < ${BUDGET_MS} ms ${pass(three.plain.median < BUDGET_MS)}; LibreOffice ${fixed(CALC_MS / 1000)} s = ${fixed(CALC_MS / three.plain.median, 0)}x`
  );
  line(
    three.households.label,
    three.households.median,
    three.households.min,
    `x${fixed(three.households.median / three.plain.median, 2)} the plain three`
  );
  line(list.plain.label, list.plain.median, list.plain.min, "");
  line(
    list.households.label,
    list.households.median,
    list.households.min,
    `x${fixed(list.households.median / list.plain.median, 2)} the plain list`
  );
}

if (process.argv[2] === "--memory") {
  const key = process.argv[3];
  const workload = setup().workloads.find((w) => w.key === key);
  if (workload === undefined) throw new Error(`no workload ${key}`);
  console.log(JSON.stringify(measureMemory(workload)));
} else if (process.argv[2] === "--households") {
  households();
} else {
  main();
  households();
}
