/**
 * Properties of finding and reading a client list on a sheet kept by hand: whatever the banners,
 * notes, blank rows, totals row and mix of text and serial dates, nothing throws, every client row
 * is kept (its bad cells reported), and the clients are those of the same list laid out cleanly.
 */
import fc from "fast-check";
import type { Cell } from "../../../src/core/cells/cells";
import { CLIENT_FIELDS, guessMapping } from "../../../src/core/book/clientFields";
import { findClientListArea, type SheetGrid } from "../../../src/core/book/clientListArea";
import { readClientRows } from "../../../src/core/book/clientRows";
import { dateFromSerial } from "../../../src/core/dates/serial";

const TIERS = new Set(["A", "B", "C"]);
const synonymOf = (field: string) =>
  fc.constantFrom(...CLIENT_FIELDS.find((f) => f.field === field)!.synonyms);

/** A header row: ID, name and last contact always, in random words, with optional extra columns. */
const headerArb = fc
  .tuple(
    synonymOf("id"),
    fc.constantFrom("Name", "Client", "Client name", "Customer"),
    synonymOf("lastContact"),
    fc.subarray(["Tier", "Revenue", "Owner", "Birthday", "Phone", "Notes"])
  )
  .map(([id, name, last, extra]) => [id, name, last, ...extra]);

/** A date as a serial, as ISO text, or as unambiguous slashed text (day over 12). */
const dateArb = fc.integer({ min: 40000, max: 46500 }).chain((serial) =>
  fc.constantFrom<Cell>(
    serial,
    (() => {
      const { year, month, day } = dateFromSerial(serial);
      return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    })(),
    (() => {
      const { year, month, day } = dateFromSerial(serial);
      return day > 12 ? `${day}/${month}/${year}` : serial;
    })()
  )
);

function clientRow(headers: readonly string[], i: number, date: Cell): Cell[] {
  return headers.map((h, c): Cell => {
    if (c === 0) return `C-${i + 1}`;
    if (c === 1) return `Name ${i + 1}`;
    if (c === 2) return date;
    if (h === "Tier") return ["A", "B", "C"][i % 3];
    if (h === "Revenue") return 1000 * (i + 1);
    if (h === "Owner") return i % 2 === 0 ? "Dana" : "Lee";
    if (h === "Birthday") return i % 4 === 0 ? "" : 20000 + i;
    if (h === "Notes") return i % 3 === 0 ? "likes golf" : "";
    return "";
  });
}

const bookArb = fc.record({
  headers: headerArb,
  dates: fc.array(fc.oneof(dateArb, fc.constant<Cell>("")), { minLength: 1, maxLength: 12 }),
  above: fc.array(fc.constantFrom("banner", "merged", "blank", "note"), { maxLength: 4 }),
  blanksInside: fc.array(fc.nat(), { maxLength: 3 }),
  totals: fc.constantFrom("none", "label", "formula"),
  notesBelow: fc.boolean(),
});

type Book = typeof bookArb extends fc.Arbitrary<infer T> ? T : never;

/** The same list, with everything a hand-kept sheet puts around it. */
function dirtyGrid(book: Book, clean: Cell[][]): { grid: SheetGrid; insertedBlanks: number } {
  const width = book.headers.length;
  const blank = () => new Array<Cell>(width).fill("");
  const values: Cell[][] = [];
  const formulas: Cell[][] = [];
  for (const kind of book.above) {
    const row = blank();
    if (kind === "banner") row[0] = "Whitfield Advisory — clients";
    if (kind === "merged") row.fill("Whitfield Advisory — clients");
    if (kind === "note") row[0] = "Prepared by Dana";
    values.push(row);
  }
  values.push(clean[0]);
  const body = clean.slice(1);
  const at = new Set(book.blanksInside.map((n) => 1 + (n % Math.max(1, body.length - 1))));
  let insertedBlanks = 0;
  body.forEach((row, i) => {
    if (at.has(i) && i > 0) {
      values.push(blank());
      insertedBlanks++;
    }
    values.push(row);
  });
  if (book.totals !== "none") {
    const row = blank();
    if (book.totals === "label") row[0] = "Total";
    else row[1] = ""; // a formula only, no label
    values.push(row);
    const f = blank();
    // A SUM over one row cannot be told from a sum across a client's row: a column total of a
    // one-client list is labelled, or spans the header too, as here.
    if (book.totals === "formula")
      f[width - 1] = `=SUM(A${book.above.length + 1}:A${values.length - 1})`;
    formulas[values.length - 1] = f;
  }
  if (book.notesBelow) {
    values.push(blank());
    const note = blank();
    note[0] = "Source: exported from the CRM, revenue is last year's";
    values.push(note);
  }
  return { grid: { values, formulas }, insertedBlanks };
}

function readArea(grid: SheetGrid, mapping: ReturnType<typeof guessMapping>) {
  const area = findClientListArea(grid);
  if (area === null) throw new Error("no list found");
  const rows = grid.values
    .slice(area.headerRow + 1, area.lastRow + 1)
    .map((r) => r.slice(area.firstColumn, area.lastColumn + 1));
  return {
    area,
    reading: readClientRows(
      { headers: area.headers, rows, firstRowNumber: area.headerRow + 2 },
      mapping,
      TIERS
    ),
  };
}

const withoutRow = <T extends { rowNumber: number }>({ rowNumber: _, ...rest }: T) => rest;

describe("finding and reading a client list: properties", () => {
  test("the same clients as the clean list, every row kept, blank rows inside reported", () => {
    fc.assert(
      fc.property(bookArb, (book) => {
        const clean: Cell[][] = [
          book.headers,
          ...book.dates.map((d, i) => clientRow(book.headers, i, d)),
        ];
        const mapping = guessMapping(book.headers);
        const expected = readArea({ values: clean }, mapping).reading;
        const { grid, insertedBlanks } = dirtyGrid(book, clean);
        const { area, reading } = readArea(grid, mapping);

        expect(area.headers).toEqual(book.headers);
        expect(area.headerRow).toBe(book.above.length);
        expect(reading.clients.length).toBe(book.dates.length);
        expect(reading.clients.map(withoutRow)).toEqual(expected.clients.map(withoutRow));
        expect(reading.problems.map(withoutRow)).toEqual(expected.problems.map(withoutRow));
        expect(area.blankRows.length).toBe(insertedBlanks);
        expect(reading.blankRows.length).toBe(insertedBlanks);
        expect(area.totalsRow !== null).toBe(book.totals !== "none");
      }),
      { numRuns: 300 }
    );
  });

  test("any grid at all: no throw, the area inside the grid, and every non-blank row kept or reported", () => {
    const cell = fc.oneof(
      fc.constant<Cell>(""),
      fc.constant<Cell>(null),
      fc.string({ maxLength: 12 }),
      fc.constantFrom<Cell>(
        "Client ID",
        "Name",
        "Last contact",
        "Owner",
        "Total",
        "Sum",
        "3/4/2025"
      ),
      fc.double({ noNaN: false }),
      fc.integer({ min: -5, max: 50000 }),
      fc.boolean()
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 25 }),
        fc.constantFrom<"mdy" | "dmy">("mdy", "dmy"),
        (values, order) => {
          const area = findClientListArea({ values });
          if (area === null) return;
          expect(area.headerRow).toBeLessThanOrEqual(area.lastRow);
          expect(area.lastRow).toBeLessThan(values.length);
          expect(area.firstColumn).toBeGreaterThanOrEqual(0);
          expect(area.lastColumn).toBeGreaterThanOrEqual(area.firstColumn);
          const rows = values
            .slice(area.headerRow + 1, area.lastRow + 1)
            .map((r) => r.slice(area.firstColumn, area.lastColumn + 1));
          const reading = readClientRows(
            { headers: area.headers, rows, firstRowNumber: 2 },
            guessMapping(area.headers),
            TIERS,
            order
          );
          const nonBlank = rows.filter((r) =>
            r.some(
              (c) => !(c === null || c === undefined || (typeof c === "string" && c.trim() === ""))
            )
          ).length;
          expect(reading.clients.length).toBe(nonBlank);
          expect(reading.clients.length + reading.blankRows.length).toBe(rows.length);
        }
      ),
      { numRuns: 500 }
    );
  });
});
