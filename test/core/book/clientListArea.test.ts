import { findClientListArea } from "../../../src/core/book/clientListArea";

const HEADER = ["Client ID", "Name", "Tier", "Revenue", "Last contact"];
const BANNER = "Smith Wealth — client list 2026";

describe("finding the client list on a sheet", () => {
  test("a clean sheet: the first row is the header and the list runs to the end", () => {
    const area = findClientListArea({
      values: [HEADER, ["C-1", "Ames", "A", 100, 46000], ["C-2", "Baker", "B", 50, 46001]],
    });
    expect(area).toMatchObject({
      headerRow: 0,
      lastRow: 2,
      firstColumn: 0,
      lastColumn: 4,
      headers: HEADER,
      knownHeaders: 5,
      blankRows: [],
      endedBy: "end",
    });
  });

  test("a merged banner, a blank row and a note above are not the header; a TOTAL row ends the list", () => {
    const area = findClientListArea({
      values: [
        [BANNER, BANNER, BANNER, BANNER, BANNER],
        ["Prepared 2026-03-01", "", "", "", ""],
        ["", "", "", "", ""],
        HEADER,
        ["C-1", "Ames", "A", 100, 46000],
        ["", "", "", "", ""],
        ["C-2", "Baker", "B", 50, 46001],
        ["TOTAL", "", "", 150, ""],
        ["Notes: figures from the CRM", "", "", "", ""],
      ],
      formulas: [[], [], [], [], [], [], [], ["", "", "", "=SUM(D5:D7)", ""]],
    });
    expect(area).toMatchObject({
      headerRow: 3,
      lastRow: 6,
      blankRows: [5],
      endedBy: "totals",
      totalsRow: 7,
    });
  });

  test("a SUM formula over the rows above ends the list without a label; a SUM across one row does not", () => {
    const values = [
      ["Name", "Fees", "Tier", "Total"],
      ["Ames", 1, "A", 3],
      ["Baker", 2, "B", 4],
      ["", 3, "", 7],
    ];
    const area = findClientListArea({
      values,
      formulas: [[], ["", "", "", "=SUM(B2:C2)"], ["", "", "", "=SUM(B3:C3)"], ["", "=SUM(B2:B3)"]],
    });
    expect(area).toMatchObject({ lastRow: 2, endedBy: "totals", totalsRow: 3 });
    expect(
      findClientListArea({ values, formulas: [[], [], [], ["", "=SUBTOTAL(9,B:B)"]] })
    ).toMatchObject({ totalsRow: 3 });
  });

  test("trailing notes after a gap end the list; a client with only a name is still a client", () => {
    const area = findClientListArea({
      values: [
        ["Name", "Tier"],
        ["Ames", "A"],
        ["Baker", ""],
        ["", ""],
        ["Source: exported from the CRM on 1 March", ""],
        ["* revenue is last year's", ""],
      ],
    });
    expect(area).toMatchObject({ lastRow: 2, endedBy: "notes", blankRows: [] });
  });

  test("a note-like row followed by clients is inside the list", () => {
    const area = findClientListArea({
      values: [
        ["Name", "Tier"],
        ["Ames", "A"],
        ["", ""],
        ["(new clients below)", ""],
        ["Chen", "B"],
      ],
    });
    expect(area).toMatchObject({ lastRow: 4, blankRows: [2], endedBy: "end" });
  });

  test("the row with the most known headers wins; the columns are those the header spans", () => {
    const area = findClientListArea({
      values: [
        ["", "Region", "Year"],
        ["", "", "", ""],
        ["", "Client", "Owner", "Last contact", ""],
        ["", "Ames", "Dana", 46000, "stray"],
      ],
    });
    expect(area).toMatchObject({ headerRow: 2, firstColumn: 1, lastColumn: 3 });
    expect(area?.headers).toEqual(["Client", "Owner", "Last contact"]);
  });

  test("a sheet without a row of two texts has no list", () => {
    expect(
      findClientListArea({
        values: [
          [BANNER, BANNER],
          [1, 2],
        ],
      })
    ).toBeNull();
    expect(findClientListArea({ values: [] })).toBeNull();
  });

  test("a header of unknown words is still offered, with no known headers", () => {
    expect(
      findClientListArea({
        values: [
          ["Foo", "Bar"],
          ["a", "b"],
        ],
      })
    ).toMatchObject({
      headerRow: 0,
      knownHeaders: 0,
    });
  });
});
