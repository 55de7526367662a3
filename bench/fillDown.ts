/**
 * A filled-down TIERSCORE: one call per row, each with a fresh copy of the whole book, as Excel
 * marshals the range anew for every call. Two distinct copies alternate, so the content cache has
 * to compare values (reference equality never hits). The naive version re-ranks the book per call.
 */
import type { Cell } from "../src/core/cells/cells";
import { RankedBook, scoreRow } from "../src/core/scoring/score";
import { tierscore } from "../src/functions/functions";
import { collect, median } from "./measure";
import { copyMatrix, type SyntheticBook } from "./syntheticBook";
import { OMITTED } from "./workloads";
import { performance } from "node:perf_hooks";

export interface FillDownResult {
  readonly calls: number;
  readonly cachedMs: number;
  readonly naiveCalls: number;
  readonly naiveMs: number;
  readonly naiveExtrapolatedMs: number;
}

function bookValue(cell: Cell): number | null {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : null;
}

function naiveScore(row: readonly Cell[], book: readonly (readonly Cell[])[]): number | null {
  const ranked = RankedBook.of(
    book.map((r) => r.map(bookValue)),
    row.length
  );
  return scoreRow(ranked, row.map(bookValue), new Array<number>(row.length).fill(1));
}

/** Two fresh, equal copies; `edit` makes them differ from earlier pairs so the first call misses. */
function pool(book: SyntheticBook, edit: number): Cell[][][] {
  const pair = [copyMatrix(book.criteria), copyMatrix(book.criteria)];
  for (const copy of pair) copy[0][2] = edit;
  return pair;
}

export function fillDown(book: SyntheticBook, runs = 3, naiveCalls = 200): FillDownResult {
  const times: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    collect();
    const copies = pool(book, 100 + r);
    const start = performance.now();
    for (let i = 0; i < book.size; i++) tierscore([copies[i % 2][i]], OMITTED, copies[i % 2]);
    const elapsed = performance.now() - start;
    if (r > 0) times.push(elapsed);
  }
  collect();
  const copies = pool(book, 1);
  for (let i = 0; i < 20; i++) naiveScore(copies[i % 2][i], copies[i % 2]);
  const start = performance.now();
  for (let i = 0; i < naiveCalls; i++) naiveScore(copies[i % 2][i], copies[i % 2]);
  const naiveMs = performance.now() - start;
  return {
    calls: book.size,
    cachedMs: median(times),
    naiveCalls,
    naiveMs,
    naiveExtrapolatedMs: (naiveMs * book.size) / naiveCalls,
  };
}
