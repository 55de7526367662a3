/**
 * The book by household: when the rotation runs by household, the family is what is scored and
 * tiered — its combined criteria ranked among the other households — and every member takes the
 * household's score and tier. A member's own figures stay on its record.
 */
import { CRITERIA } from "../book/clientFields";
import type { ClientRecord } from "../book/clientRows";
import type { HouseholdMode } from "../book/settings";
import { combinedCriteria } from "./householdCriteria";
import { groupHouseholds, hasHouseholds, type HouseholdGrouping } from "./householdGroups";

/** What a member knows of its household. */
export interface HouseholdOf {
  /** The key members share (householdKey of the label). */
  readonly key: string;
  /** The label as typed ("Lopez"). */
  readonly label: string;
  /** Every member's client ID, in table order, this client's included. */
  readonly memberIds: readonly string[];
  /** The household's criteria, in CRITERIA order: what scored and tiered it. */
  readonly combined: readonly (number | null)[];
}

/** Whether the book rotates by household: as set, or (auto) when any client has a label. */
export function rotatesByHousehold(
  mode: HouseholdMode,
  records: readonly Pick<ClientRecord, "household">[]
): boolean {
  return mode === "on" || (mode === "auto" && hasHouseholds(records.map((r) => r.household)));
}

/** The units the book is scored in: one row of criteria per household, and each client's unit. */
export interface ScoringUnits {
  readonly rows: readonly (readonly (number | null)[])[];
  /** For client i, its row in `rows`. */
  readonly unitOf: (i: number) => number;
  /** For client i, its household (null for a client without a label, or when not by household). */
  readonly householdOf: (i: number) => HouseholdOf | null;
}

/** Each client its own unit: the book as before households. */
export function clientUnits(records: readonly ClientRecord[]): ScoringUnits {
  return { rows: records.map((r) => r.criteria), unitOf: (i) => i, householdOf: () => null };
}

export function householdUnits(records: readonly ClientRecord[]): ScoringUnits {
  const grouping: HouseholdGrouping = groupHouseholds(records.map((r) => r.household));
  const rows = grouping.households.map((h) =>
    h.members.length === 1
      ? records[h.members[0]].criteria
      : combinedCriteria(
          h.members.map((m) => records[m].criteria),
          CRITERIA
        )
  );
  const of = grouping.households.map((h, u): HouseholdOf | null =>
    h.key === ""
      ? null
      : {
          key: h.key,
          label: h.label,
          memberIds: h.members.map((m) => records[m].id),
          combined: rows[u],
        }
  );
  return {
    rows,
    unitOf: (i) => grouping.householdOf[i],
    householdOf: (i) => of[grouping.householdOf[i]],
  };
}
