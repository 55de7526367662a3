import { logContact } from "../../src/app/contactActions";
import { generatePlan } from "../../src/app/planActions";
import { confirmMapping, createSettingsSheet } from "../../src/app/setupActions";
import { guessMapping } from "../../src/core/book/clientFields";
import { DEFAULT_SETTINGS } from "../../src/core/book/settings";
import { PLAN_ROWS } from "../../src/core/sheets/planSheet";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { AS_OF, DATE_COLUMNS, HEADERS, ROWS } from "../fixtures/smallBook";
import { loaded, smallWorkbook } from "./bookSession";

const draft = {
  date: AS_OF,
  who: "Dana",
  channel: "call" as const,
  direction: "outbound" as const,
  minutes: 10,
  notes: "talked about the summer",
  followUp: "",
};

const PROFILE_HEADERS = [...HEADERS, "Family", "Occupation", "Interests"];

async function bookWithProfileColumns(): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook();
  const rows = ROWS.map((row, i) =>
    i === 0 ? [...row, "married, two children", "surgeon", "golf"] : [...row, "", "", ""]
  );
  await port.createTable("Book", "Clients", PROFILE_HEADERS, rows, DATE_COLUMNS);
  await createSettingsSheet(port, { ...DEFAULT_SETTINGS, me: "Dana" });
  await confirmMapping(port, "Clients", guessMapping(PROFILE_HEADERS));
  return port;
}

function row(port: MemoryWorkbook, id: string): Record<string, unknown> {
  const table = port.tables.get("Clients")!;
  const found = table.rows.find((r) => r[0] === id)!;
  return Object.fromEntries(table.headers.map((h, j) => [h, found[j]]));
}

/** The "What we know" values on a plan sheet: G17:G19 beside the cadence. */
function block(port: MemoryWorkbook, sheet: string): unknown[] {
  const cells = port.sheets.get(sheet)!;
  return [1, 2, 3].map((i) => cells.get(`${PLAN_ROWS.cadence - 1 + i},6`));
}

describe("what was learned, from the log dialog", () => {
  test("a changed field goes to the client's row in the contact's batch; unchanged ones are not written", async () => {
    const port = await bookWithProfileColumns();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const { result, book: after } = await logContact(port, book, ames, draft, {
      profile: { family: "married, two children; first grandchild in May", occupation: "surgeon" },
    });
    expect(result).toEqual({ ok: true });
    expect(row(port, "C-1")).toMatchObject({
      Family: "married, two children; first grandchild in May",
      Occupation: "surgeon",
      Interests: "golf",
    });
    // No plan was needed: the table has the columns.
    expect([...port.sheets.keys()].filter((s) => s === "Ames")).toEqual([]);
    // The pane's book matches the workbook without a reload.
    const reloaded = await loaded(port);
    expect(after.clients.find((c) => c.id === "C-1")!.record.profile).toEqual(
      reloaded.clients.find((c) => c.id === "C-1")!.record.profile
    );
  });

  test("an inbound call moves no date but still keeps what it taught; typed text stays text", async () => {
    const port = await bookWithProfileColumns();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const lastContact = row(port, "C-1")["Last contact"];
    await logContact(
      port,
      book,
      ames,
      { ...draft, direction: "inbound" },
      { profile: { interests: "=sailing, not golf" } }
    );
    expect(row(port, "C-1")).toMatchObject({
      "Last contact": lastContact,
      Interests: "=sailing, not golf",
    });
  });

  test("a field too long for a cell is refused and nothing is written", async () => {
    const port = await bookWithProfileColumns();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const { result } = await logContact(port, book, ames, draft, {
      profile: { family: "x".repeat(40_000) },
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/family text/) });
    expect(port.tables.get("ContactLog")).toBeUndefined();
    expect(row(port, "C-1").Family).toBe("married, two children");
  });

  test("without the columns, it is kept on the client's plan (made when missing) and read back", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const fox = book.clients.find((c) => c.id === "C-6")!;
    const { result, book: after } = await logContact(port, book, fox, draft, {
      profile: { family: "daughter at university", interests: "sailing" },
    });
    expect(result).toEqual({ ok: true });
    expect(block(port, "Fox")).toEqual(["daughter at university", "", "sailing"]);
    expect(after.clients.find((c) => c.id === "C-6")!.record.profile).toEqual({
      family: "daughter at university",
      occupation: "",
      interests: "sailing",
    });
    const reloaded = await loaded(port);
    expect(reloaded.clients.find((c) => c.id === "C-6")!.record.profile).toEqual({
      family: "daughter at university",
      occupation: "",
      interests: "sailing",
    });
    // Other clients have no plan: nothing known, nothing read.
    expect(reloaded.clients.find((c) => c.id === "C-1")!.record.profile.family).toBe("");
  });

  test("what the user types in the plan's block is read back, kept by the next change and by regenerating", async () => {
    const port = await smallWorkbook();
    let book = await loaded(port);
    const fox = book.clients.find((c) => c.id === "C-6")!;
    await generatePlan(port, book, fox, AS_OF);
    expect(block(port, "Fox")).toEqual(["", "", ""]);
    // Typed on the sheet, after the pane read the book.
    port.sheets.get("Fox")!.set(`${PLAN_ROWS.cadence + 1},6`, "retired pilot");
    await logContact(port, book, fox, draft, { profile: { interests: "sailing" } });
    expect(block(port, "Fox")).toEqual(["", "retired pilot", "sailing"]);

    port.sheets.get("Fox")!.set(`${PLAN_ROWS.cadence},6`, "two grandchildren");
    // Regenerating from the book read before that edit keeps it.
    await generatePlan(port, book, fox, AS_OF);
    expect(block(port, "Fox")).toEqual(["two grandchildren", "retired pilot", "sailing"]);
    book = await loaded(port);
    expect(book.clients.find((c) => c.id === "C-6")!.record.profile).toEqual({
      family: "two grandchildren",
      occupation: "retired pilot",
      interests: "sailing",
    });
  });

  test("an unchanged profile writes nothing beyond the contact", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const fox = book.clients.find((c) => c.id === "C-6")!;
    const sheets = [...port.sheets.keys()];
    await logContact(port, book, fox, draft, {
      profile: { family: "", occupation: " ", interests: "" },
    });
    expect([...port.sheets.keys()]).toEqual(sheets);
  });
});
