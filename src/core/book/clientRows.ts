/**
 * Reading the client table: each row becomes a client record, or a problem that names the row,
 * the column, the value and why. A row with an unusable value is skipped; the rest keep working.
 */
import { isBlank, readDate, readNumber, type Cell } from "../cells/cells";
import { CRITERIA, FIELD_BY_KEY, type ClientField, type ColumnMapping } from "./clientFields";
import { normaliseTier } from "../rotation/cadence";
import type { DaySerial } from "../dates/serial";

export interface ClientRecord {
  /** The worksheet row the client was read from (for messages; never used to find the client again). */
  readonly rowNumber: number;
  readonly id: string;
  readonly name: string;
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

export interface ClientRowsReading {
  readonly clients: readonly ClientRecord[];
  readonly problems: readonly RowProblem[];
}

function text(cell: Cell): string {
  return isBlank(cell) ? "" : String(cell).trim();
}

function shown(cell: Cell): string {
  return cell === null || cell === undefined ? "" : String(cell);
}

export function readClientRows(
  table: TableRows,
  mapping: ColumnMapping,
  knownTiers: ReadonlySet<string>
): ClientRowsReading {
  const column = (field: ClientField): number =>
    mapping[field] === undefined ? -1 : table.headers.indexOf(mapping[field] as string);
  const index = Object.fromEntries([...FIELD_BY_KEY.keys()].map((f) => [f, column(f)])) as Record<
    ClientField,
    number
  >;
  const clients: ClientRecord[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();

  table.rows.forEach((row, i) => {
    const rowNumber = table.firstRowNumber + i;
    if (row.every(isBlank)) return;
    const rowProblems: RowProblem[] = [];
    const cell = (field: ClientField): Cell => (index[field] >= 0 ? row[index[field]] : null);
    const problem = (field: ClientField, why: string) =>
      rowProblems.push({
        rowNumber,
        column: mapping[field] ?? FIELD_BY_KEY.get(field)!.label,
        value: shown(cell(field)),
        why,
      });
    const date = (field: ClientField): DaySerial | null => {
      const read = readDate(cell(field), mapping[field] ?? field);
      if (read.ok) return read.value;
      problem(field, read.problem.message.replace(/^[^:]*: /, ""));
      return null;
    };

    // Without an ID column the client is shown under a provisional ID, and nothing is written to
    // it until real IDs are added: a row number cannot identify a client once the table is sorted.
    const id = index.id < 0 ? `row ${rowNumber}` : text(cell("id"));
    if (id === "") problem("id", "no client ID");
    else if (seen.has(id)) problem("id", `the same ID as row ${seen.get(id)}`);
    else seen.set(id, rowNumber);
    const tierTyped = text(cell("tier"));
    if (tierTyped !== "" && !knownTiers.has(normaliseTier(tierTyped))) {
      problem("tier", `not a tier of the cadence (${[...knownTiers].join(", ")})`);
    }
    const criteria = CRITERIA.map((field) => {
      const read = readNumber(cell(field), field);
      if (read.ok) return read.value;
      problem(field, "not a number");
      return null;
    });
    const record: ClientRecord = {
      rowNumber,
      id,
      name: text(cell("name")) || id,
      owner: text(cell("owner")),
      tierTyped: tierTyped === "" ? null : normaliseTier(tierTyped),
      criteria,
      lastContact: date("lastContact"),
      birthday: date("birthday"),
      clientSince: date("clientSince"),
      phone: text(cell("phone")),
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
    };
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else clients.push(record);
  });
  return { clients, problems };
}
