/**
 * Time and memory probes. Memory is read from Linux's own accounting: /proc/self/clear_refs ("5")
 * resets the resident-set high-water mark, so VmHWM after a run is that run's true peak RSS,
 * however briefly it was reached (no sampler can run while synchronous code holds the thread).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Workload } from "./workloads";

const MB = 1024 * 1024;

export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("run with --expose-gc (npm run bench does)");
  gc();
  gc();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Median wall time of `runs` runs after `warmups`; GC and building the inputs are untimed. */
export function timeWorkload(workload: Workload, warmups = 2, runs = 7): Timing {
  const times: number[] = [];
  for (let r = 0; r < warmups + runs; r++) {
    // Garbage first, then fresh inputs: newly built arrays, like those Excel has just marshalled.
    collect();
    const run = workload.prepare();
    const start = performance.now();
    const result = run();
    const elapsed = performance.now() - start;
    if (result === undefined) throw new Error(`${workload.key} returned nothing`);
    if (r >= warmups) times.push(elapsed);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

function statusKb(field: "VmRSS" | "VmHWM"): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(
    readFileSync("/proc/self/status", "utf8")
  );
  if (match === null) throw new Error(`no ${field} in /proc/self/status`);
  return Number(match[1]);
}

export interface MemorySample {
  /** Peak RSS during the run minus RSS just before it, MB. */
  readonly peakRssDelta: number;
  /** The process's peak RSS during the run, book and runtime included, MB. */
  readonly peakRss: number;
  /** heapUsed right after the run minus before, no GC in between, MB. */
  readonly heapDelta: number;
  /** heapUsed after a full GC with the result still referenced, minus before, MB. */
  readonly retained: number;
}

/** One warm run of the workload (after two warm-ups), measured on its own. */
export function measureMemory(workload: Workload): MemorySample {
  for (let r = 0; r < 2; r++) workload.prepare()();
  collect();
  const run = workload.prepare();
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = statusKb("VmRSS");
  writeFileSync("/proc/self/clear_refs", "5");
  const result = run();
  const peakKb = statusKb("VmHWM");
  const heapAfter = process.memoryUsage().heapUsed;
  collect();
  const heapRetained = process.memoryUsage().heapUsed;
  if (result === undefined) throw new Error(`${workload.key} returned nothing`);
  return {
    peakRssDelta: (peakKb - rssBefore) / 1024,
    peakRss: peakKb / 1024,
    heapDelta: (heapAfter - heapBefore) / MB,
    retained: (heapRetained - heapBefore) / MB,
  };
}
