import { logContact } from "../../src/app/contactActions";
import { generatePlan, generatePlansForTier, PLANS_SETTING } from "../../src/app/planActions";
import { MEMBERS_ROW, PLAN_ROWS } from "../../src/core/sheets/planSheet";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { LoadedBook } from "../../src/app/loadBook";
import { AS_OF } from "../fixtures/householdBook";
import { householdWorkbook, loaded } from "./bookSession";

async function householdBook(): Promise<{ port: MemoryWorkbook; book: LoadedBook }> {
  const port = await householdWorkbook();
  return { port, book: await loaded(port) };
}

const cell = (port: MemoryWorkbook, sheet: string, a1row: number, column: number) =>
  port.sheets.get(sheet)!.get(`${a1row - 1},${column}`);
const byId = (book: LoadedBook, id: string) => book.clients.find((c) => c.id === id)!;

describe("a household's relationship plan", () => {
  test("one sheet for the family: combined figures, every member's history, the members", async () => {
    const { port, book: before } = await householdBook();
    const { book } = await logContact(port, before, byId(before, "H-2"), {
      date: AS_OF - 3,
      who: "Dana",
      channel: "call",
      direction: "outbound",
      minutes: 10,
      notes: "golf trip went well",
      followUp: "",
      outcome: "reached",
    });
    const sheet = await generatePlan(port, book, byId(book, "H-1"), AS_OF);
    expect(sheet).toBe("The Lopez household");
    expect(cell(port, sheet, 1, 0)).toBe("Relationship plan: The Lopez household");
    expect([
      cell(port, sheet, PLAN_ROWS.profile + 1, 0),
      cell(port, sheet, PLAN_ROWS.profile + 1, 1),
    ]).toEqual(["Household", "Lopez"]);
    // The score breakdown's revenue is the family's: 20,000 + 15,000.
    expect([
      cell(port, sheet, PLAN_ROWS.profile + 2, 3),
      cell(port, sheet, PLAN_ROWS.profile + 2, 4),
    ]).toEqual(["Revenue", 35000]);
    // Tom's call is on the family's history, saying whom it reached; both follow-ups are open.
    expect(cell(port, sheet, PLAN_ROWS.history + 2, 5)).toBe("Tom Lopez: golf trip went well");
    const followUps = [1, 2, 3].map((k) => cell(port, sheet, PLAN_ROWS.followUps + k, 0));
    expect(followUps).toEqual(expect.arrayContaining(["ask about the new house", "golf trip"]));
    // The members with their own figures; Maria's birthday card is on the plan.
    expect(cell(port, sheet, MEMBERS_ROW, 0)).toMatch(/^Members/);
    expect(
      [2, 3].map((k) => [
        cell(port, sheet, MEMBERS_ROW + k, 0),
        cell(port, sheet, MEMBERS_ROW + k, 2),
      ])
    ).toEqual([
      ["Maria Lopez", 20000],
      ["Tom Lopez", 15000],
    ]);
    const touches = Array.from({ length: 30 }, (_, k) =>
      cell(port, sheet, PLAN_ROWS.schedule + 2 + k, 1)
    );
    expect(touches).toContain("Birthday card (turns 56): Maria");
    // Tom's plan is the same sheet.
    expect(await generatePlan(port, book, byId(book, "H-2"), AS_OF)).toBe(sheet);
  });

  test("regenerating keeps what was typed; a tier's plans write each household once", async () => {
    const { port, book } = await householdBook();
    const sheet = await generatePlan(port, book, byId(book, "H-2"), AS_OF);
    port.sheets.get(sheet)!.set(`${PLAN_ROWS.objectives + 1},0`, "Plan the move together");
    expect(await generatePlansForTier(port, book, "A", AS_OF)).toEqual([sheet]);
    expect(cell(port, sheet, PLAN_ROWS.objectives + 2, 0)).toBe("Plan the move together");
    const registry = JSON.parse((await port.loadSetting(PLANS_SETTING))!);
    expect(registry).toEqual({ "household:lopez": sheet });
  });

  test("a client on their own keeps a plan of their own", async () => {
    const { port, book } = await householdBook();
    const sheet = await generatePlan(port, book, byId(book, "H-3"), AS_OF);
    expect(sheet).toBe("Ann Ames");
    expect(cell(port, sheet, PLAN_ROWS.profile + 1, 0)).toBe("Client ID");
    expect(port.sheets.get(sheet)!.get(`${MEMBERS_ROW - 1},0`)).toBeUndefined();
  });
});
