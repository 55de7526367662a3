import { guessMapping } from "../../../src/core/book/clientFields";
import { readClientRows } from "../../../src/core/book/clientRows";

const headers = [
  "Client ID",
  "Client",
  "Tier",
  "Revenue",
  "Products",
  "Last contact",
  "Advisor",
  "Birthday",
  "Follow-up",
];
const tiers = new Set(["A", "B", "C"]);

function read(rows: unknown[][]) {
  return readClientRows(
    { headers, rows: rows as never, firstRowNumber: 2 },
    guessMapping(headers),
    tiers
  );
}

describe("reading client rows", () => {
  test("a good row becomes a client, with dates from serials or strict text", () => {
    const { clients, problems } = read([
      ["C-1", "Ames", " a ", 48000, "4", 46237, " Dana ", "1961-11-26", "ask about the recital"],
    ]);
    expect(problems).toEqual([]);
    expect(clients[0]).toMatchObject({
      rowNumber: 2,
      id: "C-1",
      name: "Ames",
      tierTyped: "A",
      owner: "Dana",
      lastContact: 46237,
      birthday: 22611,
      followUp: "ask about the recital",
    });
    expect(clients[0].criteria.slice(0, 3)).toEqual([48000, null, 4]);
  });

  test("unusable values are listed with row, column, value and why, and the row is skipped", () => {
    const { clients, problems } = read([
      ["C-1", "Ames", "A", 48000, 4, "03/04/2026", "Dana", "", ""],
      ["C-2", "Baker", "Z", "lots", 2, 46237, "Dana", "", ""],
      ["", "Chen", "B", 9000, 2, 46237, "Lee", "", ""],
      ["C-4", "Dutta", "C", 4000, 1, "", "Lee", "", ""],
      ["C-4", "Evans", "C", 3000, 2, "", "Lee", "", ""],
      ["", "", "", "", "", "", "", "", ""],
    ]);
    expect(clients.map((c) => c.id)).toEqual(["C-4"]);
    expect(problems).toEqual([
      {
        rowNumber: 2,
        column: "Last contact",
        value: "03/04/2026",
        why: '"03/04/2026" could be day/month or month/day; type it as yyyy-mm-dd',
      },
      { rowNumber: 3, column: "Tier", value: "Z", why: "not a tier of the cadence (A, B, C)" },
      { rowNumber: 3, column: "Revenue", value: "lots", why: "not a number" },
      { rowNumber: 4, column: "Client ID", value: "", why: "no client ID" },
      { rowNumber: 6, column: "Client ID", value: "C-4", why: "the same ID as row 5" },
    ]);
  });

  test("a blank name falls back to the ID", () => {
    expect(read([["C-9", "", "", "", "", "", "", "", ""]]).clients[0].name).toBe("C-9");
  });
});
