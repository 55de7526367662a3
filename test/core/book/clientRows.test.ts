import { guessMapping } from "../../../src/core/book/clientFields";
import { readClientRows } from "../../../src/core/book/clientRows";
import { serialFromDate } from "../../../src/core/dates/serial";

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

  test("unusable values are listed with row, column, value and why; every client is kept, that field blank", () => {
    const { clients, problems, blankRows } = read([
      ["C-1", "Ames", "A", 48000, 4, "last spring", "Dana", "", ""],
      ["C-2", "Baker", "Z", "lots", 2, 46237, "Dana", "", ""],
      ["", "Chen", "B", 9000, 2, 46237, "Lee", "", ""],
      ["C-4", "Dutta", "C", 4000, 1, "", "Lee", "", ""],
      ["C-4", "Evans", "C", 3000, 2, "", "Lee", "", ""],
      ["", "", "", "", "", "", "", "", ""],
    ]);
    expect(clients.map((c) => c.id)).toEqual(["C-1", "C-2", "row 4", "C-4", "C-4 (row 6)"]);
    expect(clients[0].lastContact).toBeNull();
    expect(clients[1]).toMatchObject({ tierTyped: null, criteria: [null, null, 2, null, null] });
    expect(blankRows).toEqual([7]);
    expect(problems).toEqual([
      {
        rowNumber: 2,
        column: "Last contact",
        value: "last spring",
        why: '"last spring" is not a date; type it as yyyy-mm-dd',
      },
      {
        rowNumber: 3,
        column: "Tier",
        value: "Z",
        why: "not a tier of the cadence (A, B, C); tier computed",
      },
      { rowNumber: 3, column: "Revenue", value: "lots", why: "not a number" },
      {
        rowNumber: 4,
        column: "Client ID",
        value: "",
        why: 'no client ID; shown as "row 4", and nothing is written to it until it has one',
      },
      {
        rowNumber: 6,
        column: "Client ID",
        value: "C-4",
        why: 'the same ID as row 5; shown as "C-4 (row 6)" until it has its own',
      },
    ]);
  });

  test("text dates like 3/4/2025: the column's own data decides the order, else the order given", () => {
    const row = (id: string, birthday: string, last: string) =>
      [id, "N", "", "", "", last, "", birthday, ""] as unknown[];
    const rows = [row("C-1", "12/06/1975", "3/4/2025"), row("C-2", "25/12/1980", "")];
    const mdy = read(rows);
    expect(mdy.problems).toEqual([]);
    // The birthday column has 25/12/1980: day first, so 12/06/1975 is 12 June.
    expect(mdy.clients[0].birthday).toBe(serialFromDate({ year: 1975, month: 6, day: 12 }));
    expect(mdy.clients[0].lastContact).toBe(serialFromDate({ year: 2025, month: 3, day: 4 }));
    expect(mdy.dateOrders).toEqual([
      { column: "Last contact", order: "mdy", decidedBy: "setting", ambiguous: 1 },
      { column: "Birthday", order: "dmy", decidedBy: "data", ambiguous: 1 },
    ]);
    const dmy = readClientRows(
      { headers, rows: rows as never, firstRowNumber: 2 },
      guessMapping(headers),
      tiers,
      "dmy"
    );
    expect(dmy.clients[0].lastContact).toBe(serialFromDate({ year: 2025, month: 4, day: 3 }));
    expect(dmy.clients[0].birthday).toBe(serialFromDate({ year: 1975, month: 6, day: 12 }));
  });

  test("a CRM export: ID, owner, last activity and name parts are read; the household is kept, not the name", () => {
    const crm = [
      "Contact ID",
      "First Name",
      "Last Name",
      "Household",
      "Assigned Advisor",
      "Last Activity Date",
      "Date of Birth",
      "AUM",
      "Annual Revenue",
      "Home Phone",
      "Mobile Phone",
      "Email Address",
      "Next Step",
    ];
    const mapping = guessMapping(crm);
    expect(mapping).toMatchObject({
      id: "Contact ID",
      firstName: "First Name",
      lastName: "Last Name",
      household: "Household",
      owner: "Assigned Advisor",
      lastContact: "Last Activity Date",
      birthday: "Date of Birth",
      revenue: "Annual Revenue",
      phone: "Home Phone",
      mobilePhone: "Mobile Phone",
      email: "Email Address",
      followUp: "Next Step",
    });
    expect(mapping.name).toBeUndefined();
    const { clients, problems } = readClientRows(
      {
        headers: crm,
        rows: [
          [
            "0031",
            "Ann",
            "Ames",
            "Ames Household",
            "Dana",
            46000,
            "1961-11-26",
            2e6,
            12000,
            "",
            "+1 555 0100",
            "ann@example.com",
            "ask about the move",
          ],
          ["0032", "", "", "Baker Family", "Lee", "", "", 1e5, 900, "555 0200", "555 0201", "", ""],
        ],
        firstRowNumber: 2,
      },
      mapping,
      tiers
    );
    expect(problems).toEqual([]);
    expect(clients[0]).toMatchObject({
      id: "0031",
      name: "Ann Ames",
      household: "Ames Household",
      owner: "Dana",
      lastContact: 46000,
      phone: "+1 555 0100",
      email: "ann@example.com",
      followUp: "ask about the move",
    });
    expect(clients[0].criteria[0]).toBe(12000);
    // No person's name: the household is the best name there is.
    expect(clients[1]).toMatchObject({ name: "Baker Family", phone: "555 0200" });
  });

  test("a CRM's household number is recognised as the household", () => {
    for (const header of ["Household ID", "Household #", "HH ID", "Family ID", "Primary Household"])
      expect(guessMapping(["Contact ID", "Full Name", header, "AUM"]).household).toBe(header);
  });

  test("a blank name falls back to the ID", () => {
    expect(read([["C-9", "", "", "", "", "", "", "", ""]]).clients[0].name).toBe("C-9");
  });
});
