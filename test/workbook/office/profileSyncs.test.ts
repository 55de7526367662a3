/**
 * What was learned about a client, written through the Office.js adapter: in the client's row in
 * the contact's own two syncs, or on the client's plan in a fixed few more, however large the book.
 */
import { logContact } from "../../../src/app/contactActions";
import { generatePlan } from "../../../src/app/planActions";
import { PLAN_ROWS } from "../../../src/core/sheets/planSheet";
import { whatWeKnowName } from "../../../src/core/sheets/whatWeKnow";
import { ExcelWorkbook } from "../../../src/workbook/office/excelWorkbook";
import { AS_OF, HEADERS, ROWS } from "../../fixtures/smallBook";
import { loaded } from "../../app/bookSession";
import { FakeExcel } from "./fakeExcel";

const draft = {
  date: AS_OF,
  who: "Dana",
  channel: "call" as const,
  direction: "outbound" as const,
  minutes: 10,
  notes: "",
  followUp: "",
};

function bookIn(headers: readonly string[], rows: (string | number)[][]) {
  const excel = new FakeExcel();
  excel.model.addTable("Clients", "Clients", [...headers], rows);
  return { excel, workbook: new ExcelWorkbook(excel.run) };
}

describe("profile changes through Office.js", () => {
  test("with the columns: the changed cells in the contact's own two syncs", async () => {
    const headers = [...HEADERS, "Family", "Occupation", "Interests"];
    const { excel, workbook } = bookIn(
      headers,
      ROWS.map((row) => [...row, "", "", ""])
    );
    const book = await loaded(workbook);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    excel.syncs = 0;
    const { result } = await logContact(workbook, book, ames, draft, {
      profile: { occupation: "=surgeon" },
    });
    expect(result).toEqual({ ok: true });
    expect(excel.syncs).toBe(2);
    const row = excel.model.values(excel.model.table("Clients")!).find((r) => r[0] === "C-1")!;
    expect(row[headers.indexOf("Occupation")]).toBe("=surgeon");
  });

  test("without them: the plan's block, in the same syncs for a new plan as for an existing one", async () => {
    const { excel, workbook } = bookIn(HEADERS, ROWS);
    const book = await loaded(workbook);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    excel.syncs = 0;
    await logContact(workbook, book, ames, draft, { profile: { interests: "sailing" } });
    const firstSyncs = excel.syncs;
    const sheet = excel.model.sheet("Ames")!;
    expect(sheet.cell(PLAN_ROWS.cadence + 2, 6).value).toBe("sailing");

    excel.syncs = 0;
    await logContact(workbook, book, ames, draft, { profile: { family: "two grandchildren" } });
    const nextSyncs = excel.syncs;
    expect(sheet.cell(PLAN_ROWS.cadence, 6).value).toBe("two grandchildren");
    expect(sheet.cell(PLAN_ROWS.cadence + 2, 6).value).toBe("sailing");
    // The contact's 2, plus the plans' registry, the sheet and its block (read again, then written).
    expect([firstSyncs, nextSyncs]).toEqual([8, 8]);

    // Reading the book takes the plan's block back, through the name over it.
    const reloaded = await loaded(workbook);
    expect(reloaded.clients.find((c) => c.id === "C-1")!.record.profile).toEqual({
      family: "two grandchildren",
      occupation: "",
      interests: "sailing",
    });
    expect(excel.model.names.has(whatWeKnowName("C-1"))).toBe(true);
    await generatePlan(workbook, reloaded, reloaded.clients[0], AS_OF);
    expect(sheet.cell(PLAN_ROWS.cadence + 2, 6).value).toBe("sailing");
  });
});
