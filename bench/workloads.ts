/** The measured workloads. `prepare` builds fresh inputs (untimed) and returns the timed call. */
import { DEFAULT_CADENCE } from "../src/core/rotation/cadence";
import type { Cell } from "../src/core/cells/cells";
import { buildCallLists, type RotationClient } from "../src/core/today/callList";
import { STANDARD_CALENDAR } from "../src/core/dates/workdays";
import { nextcontact, tier, tierscore } from "../src/functions/functions";
import { AS_OF, column, copyMatrix, type SyntheticBook } from "./syntheticBook";

/** Excel passes null for an omitted optional argument; the TypeScript signatures say undefined. */
export const OMITTED = null as never;

export interface Workload {
  readonly key: string;
  readonly label: string;
  prepare(): () => unknown;
}

export function rotationClients(
  book: SyntheticBook,
  scores: readonly (number | null)[]
): RotationClient[] {
  return book.ids.map((id, i) => {
    const last = book.lastContact[i];
    return {
      id,
      name: book.names[i],
      owner: book.owners[i],
      tier: book.tiers[i] === "" ? null : book.tiers[i],
      score: scores[i],
      lastContact: typeof last === "number" ? last : null,
      birthday: book.birthdays[i],
      clientSince: book.clientSince[i],
      snoozedUntil: book.snoozedUntil[i],
    };
  });
}

/** Scores as TIERSCORE spills them, for the call list's tie-break. */
export function scoresOf(book: SyntheticBook): (number | null)[] {
  return tierscore(book.criteria, OMITTED, OMITTED).map(([cell]) =>
    typeof cell === "number" ? cell : null
  );
}

export function makeWorkloads(book: SyntheticBook, scores: readonly (number | null)[]): Workload[] {
  const middle = Math.floor(book.size / 2);
  let edits = 0;
  const clients = rotationClients(book, scores);
  const baseline: Workload = {
    key: "baseline",
    label: "baseline: one plain loop",
    prepare() {
      const block = copyMatrix(book.criteria);
      const last = column(book.lastContact);
      const tiers = column(book.tiers);
      return () => {
        const sums = new Array<number>(block.length);
        for (let i = 0; i < block.length; i++) {
          const row = block[i];
          let sum = 0;
          for (let j = 0; j < row.length; j++) {
            const v: Cell = row[j];
            if (typeof v === "number") sum += v;
          }
          if (typeof last[i][0] === "number") sum += 1;
          if (tiers[i][0] === "A") sum += 1;
          sums[i] = sum;
        }
        return sums;
      };
    },
  };
  return [
    baseline,
    {
      key: "tierscore",
      label: `TIERSCORE spill ${book.size}x5`,
      prepare() {
        // One edited cell per run, so the content cache misses as it does after a change to the book.
        const block = copyMatrix(book.criteria);
        block[middle][1] = (book.criteria[middle][1] as number) + ++edits + 0.5;
        return () => tierscore(block, OMITTED, OMITTED);
      },
    },
    {
      key: "tier",
      label: `TIER spill ${book.size}x1`,
      prepare() {
        const values = column(book.revenue);
        return () => tier(values, OMITTED, OMITTED, OMITTED);
      },
    },
    {
      key: "nextcontact",
      label: `NEXTCONTACT ${book.size} rows`,
      prepare() {
        const last = column(book.lastContact);
        const tiers = column(book.tiers);
        return () => nextcontact(last, tiers, OMITTED, OMITTED, OMITTED);
      },
    },
    {
      key: "calllist",
      label: "buildCallLists (core)",
      prepare() {
        const options = {
          asOf: AS_OF,
          cadence: DEFAULT_CADENCE,
          calendar: STANDARD_CALENDAR,
          capacityMinutes: 60,
          minutesPerCall: 10,
        };
        return () => buildCallLists(clients, options);
      },
    },
  ];
}
