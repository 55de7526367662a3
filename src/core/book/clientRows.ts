/**
 * Reading the client table: each row becomes a client record, and each unusable value a problem
 * that names the row, the column, the value and why. A bad cell never drops the client: it stays
 * in the rotation with that field blank, since a client left out is a client never called.
 */
import { isBlank, readDate, readNumber, type Cell } from "../cells/cells";
import {
  CRITERIA,
  FIELD_BY_KEY,
  NAME_PARTS,
  type ClientField,
  type ColumnMapping,
} from "./clientFields";
import { normaliseTier } from "../scoring/tierName";
import type { DaySerial } from "../dates/serial";
import { dateOrderOfValues, isAmbiguousDate, type DateOrder } from "../dates/dateOrder";

export interface ClientRecord {
  /** The worksheet row the client was read from (for messages; never used to find the client again). */
  readonly rowNumber: number;
  readonly id: string;
  /** The person's name: the name column, else first, middle and last name, else the household. */
  readonly name: string;
  /** The household label where the table has one ("" otherwise), kept for household work. */
  readonly household: string;
  readonly owner: string;
  /** The tier typed in the table, which overrides the computed one; null when blank or no column. */
  readonly tierTyped: string | null;
  /** One value per criterion, in CRITERIA order; null where blank or the column is not mapped. */
  readonly criteria: readonly (number | null)[];
  readonly lastContact: DaySerial | null;
  readonly birthday: DaySerial | null;
  readonly clientSince: DaySerial | null;
  readonly phone: string;
  readonly email: string;
  readonly followUp: string;
  /** What was learned about the client (FORM), from profile columns where the table has them. */
  readonly profile: ClientProfile;
  /** The postal address in one line ("12 Elm St, Springfield 12345"); "" when the book has none. */
  readonly address: string;
}

export interface ClientProfile {
  readonly family: string;
  readonly occupation: string;
  readonly interests: string;
}

export interface RowProblem {
  readonly rowNumber: number;
  readonly column: string;
  readonly value: string;
  readonly why: string;
}

export interface TableRows {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly firstRowNumber: number;
}

/** How a column's text dates like 3/4/2025 were read, so the order is never a silent guess. */
export interface DateOrderUsed {
  readonly column: string;
  readonly order: DateOrder;
  /** "data": a value in the column has a part over 12; "setting": the order the reader was given. */
  readonly decidedBy: "data" | "setting";
  /** How many of the column's values could have been read the other way. */
  readonly ambiguous: number;
}

export interface ClientRowsReading {
  readonly clients: readonly ClientRecord[];
  /** Unusable values: each client is kept, with that field blank. */
  readonly problems: readonly RowProblem[];
  /** Worksheet rows left blank inside the table. */
  readonly blankRows: readonly number[];
  /** For each date column with text dates like 3/4/2025, the order they were read in. */
  readonly dateOrders: readonly DateOrderUsed[];
}

const DATE_FIELDS: readonly ClientField[] = ["lastContact", "birthday", "clientSince"];
const PHONE_FIELDS: readonly ClientField[] = ["phone", "mobilePhone", "workPhone"];

function text(cell: Cell): string {
  return isBlank(cell) ? "" : String(cell).trim();
}

function shown(cell: Cell): string {
  return cell === null || cell === undefined ? "" : String(cell);
}

/** Per date column, the order its text dates are read in: its own data's, else the one given. */
function dateOrders(
  table: TableRows,
  mapping: ColumnMapping,
  index: Record<ClientField, number>,
  fallback: DateOrder
): Map<ClientField, DateOrderUsed> {
  const orders = new Map<ClientField, DateOrderUsed>();
  for (const field of DATE_FIELDS) {
    if (index[field] < 0) continue;
    const values = table.rows.map((row) => row[index[field]]);
    const ambiguous = values.filter(isAmbiguousDate).length;
    const byData = dateOrderOfValues(values);
    if (byData === null && ambiguous === 0) continue;
    orders.set(field, {
      column: mapping[field] as string,
      order: byData ?? fallback,
      decidedBy: byData === null ? "setting" : "data",
      ambiguous,
    });
  }
  return orders;
}

/** The first filled-in phone, in the order of the table's columns. */
function firstPhone(row: readonly Cell[], index: Record<ClientField, number>): string {
  const columns = PHONE_FIELDS.map((f) => index[f])
    .filter((c) => c >= 0)
    .sort((a, b) => a - b);
  for (const c of columns) if (!isBlank(row[c])) return String(row[c]).trim();
  return "";
}

/**
 * Reads the rows. `dateOrder` is the order for text dates like 3/4/2025 where a column's own
 * values do not decide it (the book's setting, else the locale's).
 */
export function readClientRows(
  table: TableRows,
  mapping: ColumnMapping,
  knownTiers: ReadonlySet<string>,
  dateOrder: DateOrder = "mdy"
): ClientRowsReading {
  const column = (field: ClientField): number =>
    mapping[field] === undefined ? -1 : table.headers.indexOf(mapping[field] as string);
  const index = Object.fromEntries([...FIELD_BY_KEY.keys()].map((f) => [f, column(f)])) as Record<
    ClientField,
    number
  >;
  const clients: ClientRecord[] = [];
  const problems: RowProblem[] = [];
  const blankRows: number[] = [];
  const seen = new Map<string, number>();
  const orders = dateOrders(table, mapping, index, dateOrder);

  table.rows.forEach((row, i) => {
    const rowNumber = table.firstRowNumber + i;
    if (row.every(isBlank)) {
      blankRows.push(rowNumber);
      return;
    }
    const cell = (field: ClientField): Cell => (index[field] >= 0 ? row[index[field]] : null);
    const problem = (field: ClientField, why: string) =>
      problems.push({
        rowNumber,
        column: mapping[field] ?? FIELD_BY_KEY.get(field)!.label,
        value: shown(cell(field)),
        why,
      });
    const date = (field: ClientField): DaySerial | null => {
      const read = readDate(cell(field), mapping[field] ?? field, true, orders.get(field)?.order);
      if (read.ok) return read.value;
      problem(field, read.problem.message.replace(/^[^:]*: /, ""));
      return null;
    };

    // Without an ID column the client is shown under a provisional ID, and nothing is written to
    // it until real IDs are added: a row number cannot identify a client once the table is sorted.
    // A blank or repeated ID gets one too, which no row of the table holds, so a write to that
    // client is refused (the row is found by ID) rather than landing on someone else's row.
    let id = index.id < 0 ? `row ${rowNumber}` : text(cell("id"));
    if (id === "") {
      id = `row ${rowNumber}`;
      problem(
        "id",
        `no client ID; shown as "${id}", and nothing is written to it until it has one`
      );
    } else if (seen.has(id)) {
      const first = seen.get(id);
      id = `${id} (row ${rowNumber})`;
      problem("id", `the same ID as row ${first}; shown as "${id}" until it has its own`);
    } else seen.set(id, rowNumber);
    const tierTyped = text(cell("tier"));
    const tierKnown = tierTyped === "" || knownTiers.has(normaliseTier(tierTyped));
    if (!tierKnown)
      problem("tier", `not a tier of the cadence (${[...knownTiers].join(", ")}); tier computed`);
    const criteria = CRITERIA.map((field) => {
      const read = readNumber(cell(field), field);
      if (read.ok) return read.value;
      problem(field, "not a number");
      return null;
    });
    const household = text(cell("household"));
    const parts = NAME_PARTS.map((f) => text(cell(f))).filter((p) => p !== "");
    clients.push({
      rowNumber,
      id,
      name: text(cell("name")) || parts.join(" ") || household || id,
      household,
      owner: text(cell("owner")),
      tierTyped: tierTyped === "" || !tierKnown ? null : normaliseTier(tierTyped),
      criteria,
      lastContact: date("lastContact"),
      birthday: date("birthday"),
      clientSince: date("clientSince"),
      phone: firstPhone(row, index),
      email: text(cell("email")),
      followUp: text(cell("followUp")),
      profile: {
        family: text(cell("family")),
        occupation: text(cell("occupation")),
        interests: text(cell("interests")),
      },
      address: [
        text(cell("address")),
        [text(cell("city")), text(cell("postalCode"))].filter((p) => p !== "").join(" "),
      ]
        .filter((p) => p !== "")
        .join(", "),
    });
  });
  return { clients, problems, blankRows, dateOrders: [...orders.values()] };
}
