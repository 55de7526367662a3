/**
 * The household functions: each row's result is its household's. A household is the rows that
 * share a label in the households column (as people type it: "Lopez" and " lopez" are one); a
 * blank label is a household of one. The household's figures are its members' added up (or the
 * highest, where `combine` says "max") — what SUMIF (MAXIFS) over the label gives in a sheet — and
 * it is ranked and tiered among the households, each counted once.
 */
import { isBlank, readNumber, type Cell } from "../core/cells/cells";
import { invalid, ok, type Outcome } from "../core/cells/outcome";
import { fromSerial1900 } from "../core/dates/serial";
import { groupHouseholds, type HouseholdGrouping } from "../core/households/householdGroups";
import { RankedBook, scoreOwnRow } from "../core/scoring/score";
import { asMatrix, flatten, isLine, rectangular, type Matrix } from "./argumentShapes";
import { ContentCache } from "./contentCache";
import { workbookDateSystem } from "./dateSystem";
import { excelError, type ErrorCell } from "./excelError";
import { abcTierColumn } from "./tierArguments";
import { readScoreWeights } from "./scoreArguments";
import { plainDateTo1900, readWorkbookDate } from "./workbookDates";

type Combine = "sum" | "max";

/**
 * A sheet's three household columns (score, tier, next contact) each get their own copy of the same
 * households range on every recalculation: the grouping is made once and found again by content.
 */
const groupings = new ContentCache<HouseholdGrouping>();

/** The households column, one label per row of `rows`; a number (a household ID) is its digits. */
function readHouseholds(arg: unknown, rows: number): Outcome<HouseholdGrouping> {
  const matrix = asMatrix(arg);
  if (matrix === null) return invalid("households: give the household of each row, a column");
  if (!isLine(matrix) || flatten(matrix).length !== rows)
    return invalid(
      `households: give one household per row: a column of ${rows} cells, as tall as the first argument`
    );
  return ok(
    groupings.get(matrix, () =>
      groupHouseholds(flatten(matrix).map((c) => (isBlank(c) ? "" : String(c))))
    )
  );
}

function readCombine(arg: unknown, width: number): Outcome<Combine[]> {
  const matrix = asMatrix(arg);
  if (matrix === null) return ok(new Array<Combine>(width).fill("sum"));
  const given = flatten(matrix);
  if (!isLine(matrix) || given.length !== width)
    return invalid(`combine: give one "sum" or "max" per criterion (${width})`);
  const combine: Combine[] = [];
  for (const [j, cell] of given.entries()) {
    const how = isBlank(cell) ? "sum" : String(cell).trim().toLowerCase();
    if (how !== "sum" && how !== "max")
      return invalid(`combine: "${String(cell)}" (criterion ${j + 1}) is not sum or max`);
    combine.push(how);
  }
  return ok(combine);
}

/** Each household's row of criteria: its members' numbers combined; blank where none has one. */
function householdRows(
  criteria: Matrix,
  grouping: HouseholdGrouping,
  combine: readonly Combine[]
): Outcome<(number | null)[][]> {
  const rows = grouping.households.map(() => new Array<number | null>(combine.length).fill(null));
  for (let i = 0; i < criteria.length; i++) {
    const row = rows[grouping.householdOf[i]];
    for (let j = 0; j < combine.length; j++) {
      const cell = criteria[i][j];
      let v: number | null;
      // Most cells are plain numbers or blanks: only the rest are read (and may be refused).
      if (typeof cell === "number" && Number.isFinite(cell)) v = cell;
      else if (isBlank(cell)) v = null;
      else {
        const value = readNumber(cell, `criteria row ${i + 1}, column ${j + 1}`);
        if (!value.ok) return value;
        v = value.value;
      }
      if (v === null) continue;
      const had = row[j];
      row[j] = had === null ? v : combine[j] === "sum" ? had + v : Math.max(had, v);
    }
  }
  return ok(rows);
}

/** HOUSEHOLDTIERSCORE: every row gets its household's score among the households. */
export function householdScoreColumn(
  criteriaArg: unknown,
  householdsArg: unknown,
  weightsArg: unknown,
  combineArg: unknown
): (number | string | ErrorCell)[][] {
  const criteria = asMatrix(criteriaArg);
  if (criteria === null)
    return [[excelError({ kind: "value", message: "criteria: give the clients' criteria" })]];
  const shape = rectangular(criteria, "criteria");
  if (!shape.ok) return [[excelError(shape.problem)]];
  const width = criteria[0].length;
  const grouping = readHouseholds(householdsArg, criteria.length);
  if (!grouping.ok) return [[excelError(grouping.problem)]];
  const weights = readScoreWeights(weightsArg, width);
  if (!weights.ok) return [[excelError(weights.problem)]];
  const combine = readCombine(combineArg, width);
  if (!combine.ok) return [[excelError(combine.problem)]];
  const rows = householdRows(criteria, grouping.value, combine.value);
  if (!rows.ok) return [[excelError(rows.problem)]];
  const ranked = RankedBook.ofOwnRows(rows.value, width);
  const scores = rows.value.map((_, h) => scoreOwnRow(ranked, h, weights.value));
  return criteria.map((_, i) => {
    const score = scores[grouping.value.householdOf[i]];
    return [score === null ? "" : score];
  });
}

/** HOUSEHOLDTIER: every row gets its household's ABC tier by the household's combined value. */
export function householdTierColumn(
  valuesArg: unknown,
  householdsArg: unknown,
  aArg: unknown,
  bArg: unknown
): (string | ErrorCell)[][] {
  const values = asMatrix(valuesArg);
  if (values === null) return [[""]];
  if (!isLine(values) || values[0].length !== 1)
    return [[excelError({ kind: "value", message: "values: give one column of values" })]];
  const grouping = readHouseholds(householdsArg, values.length);
  if (!grouping.ok) return [[excelError(grouping.problem)]];
  const rows = householdRows(values, grouping.value, ["sum"]);
  if (!rows.ok) return [[excelError(rows.problem)]];
  // Tiered as TIER tiers a column: the households' combined values are the book.
  const tiers = abcTierColumn(
    rows.value.map(([v]) => [v]),
    aArg,
    bArg
  );
  // A problem with the shares is one cell for the whole call.
  if (tiers.length !== rows.value.length) return tiers;
  return values.map((_, i) => tiers[grouping.value.householdOf[i]]);
}

/**
 * HOUSEHOLDNEXTCONTACT's last contacts: each row's household's latest (a contact with any member
 * is a contact with the family); a row whose own cell cannot be read keeps it, to show its error.
 */
export function householdLastContacts(lastArg: unknown, householdsArg: unknown): Outcome<Matrix> {
  const last = asMatrix(lastArg);
  if (last === null) return ok([[null]]);
  if (!isLine(last) || last[0].length !== 1)
    return invalid("last_contact: give one column of dates");
  const grouping = readHouseholds(householdsArg, last.length);
  if (!grouping.ok) return grouping;
  const system = workbookDateSystem();
  const latest = new Array<number | null>(grouping.value.households.length).fill(null);
  const own = last.map(([cell]) => {
    const plain = plainDateTo1900(cell, system);
    if (plain !== null) return plain;
    const read = readWorkbookDate(cell, "last_contact", system);
    return read.ok ? read.value : null;
  });
  own.forEach((serial, i) => {
    const h = grouping.value.householdOf[i];
    if (serial !== null && (latest[h] === null || serial > (latest[h] as number)))
      latest[h] = serial;
  });
  return ok(
    last.map(([cell], i): Cell[] => {
      const serial = latest[grouping.value.householdOf[i]];
      const unreadable = own[i] === null && !isBlank(cell);
      return [serial === null || unreadable ? cell : fromSerial1900(serial, system)];
    })
  );
}
