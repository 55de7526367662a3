/**
 * Formulas read from a worksheet part: a shared formula's other cells filled in from the master,
 * references moved as Excel fills them, and plainSheets carrying them to the client list finder,
 * which then tells a totals row with no label by its SUM.
 */
import { findClientListArea } from "../../../../src/core/book/clientListArea";
import { referencedAreas, shiftFormula } from "../../../../src/workbook/xlsx/package/formulaText";
import { formulasIn } from "../../../../src/workbook/xlsx/package/sheetBlocks";
import { handBuiltBook as book, MAIN } from "./handBuilt";

describe("shiftFormula", () => {
  test.each([
    ["SUM(D4:D8)", 0, 1, "SUM(E4:E8)"],
    ["$D$4+D4+$D4+D$4", 1, 1, "$D$4+E5+$D5+E$4"],
    ['"A1"&A1', 2, 0, '"A1"&A3'],
    ["'Q1 A1'!B2*2", 1, 0, "'Q1 A1'!B3*2"],
    ["LOG10(A1)+RH_Cadence+Table1[@Col2]", 1, 0, "LOG10(A2)+RH_Cadence+Table1[@Col2]"],
    ["SUBTOTAL(109,Z1:AB10)", 0, 2, "SUBTOTAL(109,AB1:AD10)"],
  ])("%s moved %i rows, %i columns is %s", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});

test("referencedAreas lists the blocks a formula names by address, and nothing else", () => {
  expect(
    referencedAreas(`SUM('Q1 ''plan'''!$C$5:C9)+A1+"B2"+T[@Col1]+LOG10(B3)+C:C+Sheet1!D4`)
  ).toEqual([
    { sheet: "Q1 'plan'", fromRow: 4, toRow: 8, fromColumn: 2, toColumn: 2 },
    { sheet: null, fromRow: 0, toRow: 0, fromColumn: 0, toColumn: 0 },
    { sheet: null, fromRow: 2, toRow: 2, fromColumn: 1, toColumn: 1 },
    { sheet: "Sheet1", fromRow: 3, toRow: 3, fromColumn: 3, toColumn: 3 },
  ]);
});

const text = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const number = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;

/** Banner, blank row, header in row 3, four clients (a blank row among them), sums in row 9. */
function handKept(totals: string): string {
  const header = ["Client ID", "Client", "Tier", "Revenue", "Fees"];
  const clients: [number, string, string, string, number, number][] = [
    [4, "C-1", "Ames", "A", 90000, 900],
    [5, "C-2", "Baker", "B", 30000, 300],
    [7, "C-3", "Chen", "C", 5000, 50],
    [8, "C-4", "Dutta", "A", 70000, 700],
  ];
  return (
    `<row r="1">${text("A1", "Whitfield Advisory client list")}</row>` +
    `<row r="3">${header.map((h, i) => text(`${"ABCDE"[i]}3`, h)).join("")}</row>` +
    clients
      .map(
        ([r, id, name, tier, revenue, fees]) =>
          `<row r="${r}">${text(`A${r}`, id)}${text(`B${r}`, name)}${text(`C${r}`, tier)}${number(`D${r}`, revenue)}${number(`E${r}`, fees)}</row>`
      )
      .join("") +
    `<row r="9">${totals}</row>`
  );
}

describe("formulas read from the sheet", () => {
  test("a shared formula's other cells get the master's formula moved to them", () => {
    const xml = Buffer.from(
      `<worksheet xmlns="${MAIN}"><sheetData>` +
        `<row r="9"><c r="D9"><f t="shared" ref="D9:F9" si="0">SUM(D4:D8)</f><v>1</v></c>` +
        `<c r="E9"><f t="shared" si="0"/><v>2</v></c><c r="F9"><f t="shared" si="0"/></c></row>` +
        `<row r="10"><c r="D10"><f>D9&amp;"x"</f></c></row></sheetData></worksheet>`
    );

    const found = formulasIn(xml, { fromRow: 8, toRow: 9, fromColumn: 4, toColumn: 5 });

    expect([...found.entries()].map(([r, m]) => [r, [...m.entries()]])).toEqual([
      [
        8,
        [
          [4, "=SUM(E4:E8)"],
          [5, "=SUM(F4:F8)"],
        ],
      ],
    ]);
  });

  test("plainSheets carries formulas, also those without a cached result", () => {
    const port = book(
      handKept(`<c r="D9"><f>SUM(D4:D8)</f></c><c r="E9"><f>SUM(E4:E8)</f><v></v></c>`)
    );

    const [sheet] = port.plainSheets();

    expect(sheet.address).toBe("A1:E9");
    expect(sheet.formulas?.[8]).toEqual(["", "", "", "=SUM(D4:D8)", "=SUM(E4:E8)"]);
    expect(sheet.formulas?.[3]).toEqual(["", "", "", "", ""]);
  });

  test.each([
    ["plain SUMs", `<c r="D9"><f>SUM(D4:D8)</f><v>195000</v></c>`],
    ["a SUBTOTAL", `<c r="E9"><f>SUBTOTAL(109,E4:E8)</f></c>`],
    [
      "a shared SUM",
      `<c r="D9"><f t="shared" ref="D9:E9" si="0">SUM(D4:D8)</f></c><c r="E9"><f t="shared" si="0"/></c>`,
    ],
  ])("a totals row with no label, only %s, ends the client list", async (_, totals) => {
    const port = book(handKept(totals));

    const sheet = await port.describeActiveSheet();
    const area = findClientListArea(sheet!);

    expect(area).toMatchObject({ headerRow: 2, lastRow: 7, endedBy: "totals", totalsRow: 8 });
  });
});
