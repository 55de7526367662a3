/**
 * The byte scanner (sheetScanner.ts) against the text reader it replaces on the hot path
 * (sheetCells' scanRows), on generated worksheets: shared, inline, rich and phonetic strings,
 * numbers written every way, booleans, errors, ISO dates, formulas, blank and self-closing cells,
 * rows and cells without a reference, a namespace prefix, tags broken over lines or quoted with
 * apostrophes. Over the whole part and over the part cut into random chunks, both give the same
 * rows and values for any area.
 */
import fc from "fast-check";
import type { Cell } from "../../../src/core/cells/cells";
import {
  scanRows,
  type Area,
  type CellContext,
} from "../../../src/workbook/xlsx/package/sheetCells";
import { scanSheetRows, streamSheetRows } from "../../../src/workbook/xlsx/package/sheetScanner";

const STRINGS = ["Ann", "Bö & Co", "", "ünïcödé ✓", "x".repeat(40)];
const CONTEXT: CellContext = { strings: STRINGS, date1904: false };

function columnName(n: number): string {
  let s = "";
  for (let c = n + 1; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const text = fc.constantFrom(
  "plain",
  "a &amp; b &lt;c&gt;",
  "Zoë ✓ 北京",
  "line_x000D_break",
  "_x005F_x0041_",
  " spaced ",
  "=SUM(A1)",
  "&#233;t&#xE9;"
);

/** The inside of a cell and its type attribute. */
const content = (p: string) =>
  fc.oneof(
    fc.integer({ min: -2, max: 6 }).map((i) => ({ t: ' t="s"', inner: `<${p}v>${i}</${p}v>` })),
    fc
      .constantFrom(
        "0",
        "42",
        "-7",
        "3.25",
        "1e3",
        "-0.5E-2",
        " 5 ",
        "",
        "abc",
        "007",
        "1.0",
        "12345678901234567"
      )
      .chain((v) =>
        fc.constantFrom("", ' t="n"').map((t) => ({ t, inner: `<${p}v>${v}</${p}v>` }))
      ),
    fc
      .constantFrom(" 1", "1.0", "", "x")
      .map((v) => ({ t: ' t="s"', inner: `<${p}v>${v}</${p}v>` })),
    text.map((v) => ({ t: ' t="inlineStr"', inner: `<${p}is><${p}t>${v}</${p}t></${p}is>` })),
    fc.tuple(text, text).map(([a, b]) => ({
      t: ' t="inlineStr"',
      inner: `<${p}is><${p}r><${p}t xml:space="preserve">${a}</${p}t></${p}r><${p}r><${p}rPr/><${p}t>${b}</${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>ヨミ</${p}t></${p}rPh></${p}is>`,
    })),
    fc.constantFrom("0", "1", "true").map((v) => ({ t: ' t="b"', inner: `<${p}v>${v}</${p}v>` })),
    fc.constantFrom("#N/A", "#DIV/0!").map((v) => ({ t: ' t="e"', inner: `<${p}v>${v}</${p}v>` })),
    text.map((v) => ({ t: ' t="str"', inner: `<${p}f>A1&amp;"x"</${p}f><${p}v>${v}</${p}v>` })),
    fc.constantFrom("2026-03-02", "2024-02-29T12:30:00", "bad").map((v) => ({
      t: ' t="d"',
      inner: `<${p}v>${v}</${p}v>`,
    })),
    fc.constant({ t: "", inner: `<${p}f>SUM(A1:A2)</${p}f><${p}v>3</${p}v>` }),
    fc.constant({ t: "", inner: "" }),
    fc.constant({ t: ' t="s"', inner: "" }),
    fc.constant({ t: "", inner: null })
  );

interface CellSpec {
  readonly skip: number;
  readonly withRef: boolean;
  readonly odd: boolean;
  readonly content: { t: string; inner: string | null };
}

const cellSpec = (p: string) =>
  fc.record({
    skip: fc.nat(2),
    withRef: fc.boolean(),
    odd: fc.boolean(),
    content: content(p),
  });

const rowSpec = (p: string) =>
  fc.record({
    skip: fc.nat(2),
    withRef: fc.boolean(),
    odd: fc.boolean(),
    selfClosing: fc.boolean(),
    cells: fc.array(cellSpec(p), { maxLength: 6 }),
  });

function cellXml(p: string, cell: CellSpec, column: number, row: number): string {
  const ref = cell.withRef ? ` r="${columnName(column)}${row + 1}"` : "";
  const { t, inner } = cell.content;
  const attrs = cell.odd
    ? `\n\ts='1'${ref.replace(" ", "\n ")}${t.replace(" ", "\t")}`
    : ` s="1"${ref}${t}`;
  return inner === null ? `<${p}c${attrs}/>` : `<${p}c${attrs}>${inner}</${p}c>`;
}

const sheet = fc
  .constantFrom("", "x:")
  .chain((p) => fc.tuple(fc.constant(p), fc.array(rowSpec(p), { maxLength: 12 }), fc.boolean()))
  .map(([p, rows, empty]) => {
    let body = "";
    let row = -1;
    for (const spec of rows) {
      // A row without a reference is the one after the last: only a reference can skip rows.
      row = spec.withRef ? row + 1 + spec.skip : row + 1;
      const ref = spec.withRef ? (spec.odd ? `\n r='${row + 1}'` : ` r="${row + 1}"`) : "";
      const head = `<${p}row spans="1:9"${ref} x14ac:dyDescent="0.25"`;
      if (spec.selfClosing) {
        body += `${head}/>`;
        continue;
      }
      let column = -1;
      let cells = "";
      for (const cell of spec.cells) {
        column = cell.withRef ? column + 1 + cell.skip : column + 1;
        cells += cellXml(p, cell, column, row);
      }
      body += `${head}>${cells}</${p}row>`;
    }
    const data =
      empty && rows.length === 0 ? `<${p}sheetData/>` : `<${p}sheetData>${body}</${p}sheetData>`;
    return Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet xmlns${p === "" ? "" : ":x"}="m"><${p}dimension ref="A1"/><${p}cols><${p}col min="1" max="3"/></${p}cols>${data}<${p}mergeCells count="0"/></${p}worksheet>`
    );
  });

const area = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(8), fc.nat(8)).map(([a, b, c, d]): Area => ({
  fromRow: Math.min(a, b),
  toRow: Math.max(a, b),
  fromColumn: Math.min(c, d),
  toColumn: Math.max(c, d),
}));

type Rows = [number, Cell[]][];

function oldRows(xml: Buffer, where: Area): Rows {
  const out: Rows = [];
  scanRows(xml, where, CONTEXT, (row, cells) => out.push([row, cells]));
  return out;
}

async function* pieces(xml: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let from = 0;
  for (const cut of [...cuts.map((c) => c % (xml.length + 1))].sort((a, b) => a - b)) {
    yield xml.subarray(from, Math.max(from, cut));
    from = Math.max(from, cut);
  }
  yield xml.subarray(from);
}

test("the byte scanner reads what the text reader reads, whole or in chunks", async () => {
  await fc.assert(
    fc.asyncProperty(
      sheet,
      area,
      fc.array(fc.nat(), { maxLength: 8 }),
      async (xml, where, cuts) => {
        const expected = oldRows(xml, where);
        const whole: Rows = [];
        scanSheetRows(xml, where, CONTEXT, (row, cells) => whole.push([row, cells]));
        expect(whole).toEqual(expected);
        const streamed: Rows = [];
        await streamSheetRows(pieces(xml, cuts), where, CONTEXT, (row, cells) =>
          streamed.push([row, cells])
        );
        expect(streamed).toEqual(expected);
      }
    ),
    { numRuns: 400 }
  );
});

test("a chunk boundary inside a multi-byte character or a tag changes nothing", async () => {
  const xml = Buffer.from(
    `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>北京 ✓</t></is></c><c r="B1"><v>12</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c></row></sheetData></worksheet>`
  );
  const where = { fromRow: 0, toRow: 5, fromColumn: 0, toColumn: 3 };
  for (let cut = 0; cut <= xml.length; cut++) {
    const rows: Rows = [];
    await streamSheetRows(pieces(xml, [cut, cut + 7]), where, CONTEXT, (r, c) => rows.push([r, c]));
    expect(rows).toEqual([
      [0, ["北京 ✓", 12, "", ""]],
      [1, ["ünïcödé ✓", "", "", ""]],
    ]);
  }
});
