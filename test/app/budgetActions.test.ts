import { AS_OF } from "../fixtures/smallBook";
import { createPersonTimeBudget, createTimeBudget } from "../../src/app/budgetActions";
import { columnRef, TIME_BUDGET_SHEET } from "../../src/core/sheets/timeBudgetSheet";
import { TWELVE_DAYS_HOURS } from "../../src/core/reviews/timeBudget";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { loaded, smallWorkbook } from "./bookSession";

const at = (port: MemoryWorkbook, a1: string) => {
  const column = a1.charCodeAt(0) - 65;
  return port.sheets.get(TIME_BUDGET_SHEET)!.get(`${Number(a1.slice(1)) - 1},${column}`);
};

describe("the Time Budget sheet", () => {
  test("live formulas over the client table and the settings names", async () => {
    const port = await smallWorkbook();
    expect(await createTimeBudget(port, await loaded(port))).toEqual({
      sheet: TIME_BUDGET_SHEET,
      created: true,
    });
    expect(at(port, "B4")).toBe(2200);
    expect(at(port, "B9")).toBe("=B4-SUM(B5:B8)");
    expect(at(port, "A12")).toBe("A");
    // The small book has a Tier column (typed overrides) and revenue: the pane's own rule, and
    // where RH.TIER is unknown (the add-in not loaded), the count when the sheet was made.
    const book = await loaded(port);
    const inTier = (tier: string) => book.clients.filter((c) => c.tier === tier).length;
    expect(inTier("A")).toBeGreaterThan(0);
    expect(at(port, "B12")).toBe(
      `=IF(ISERROR(RH.TIER(1)),${inTier("A")},SUMPRODUCT(IFERROR(--(IF(TRIM(Clients[Tier])<>"",UPPER(TRIM(Clients[Tier])),RH.TIER(Clients[Revenue]))=A12),0)))`
    );
    expect(at(port, "B13")).toMatch(
      new RegExp(`^=IF\\(ISERROR\\(RH\\.TIER\\(1\\)\\),${inTier("B")},`)
    );
    expect(at(port, "C12")).toBe(
      "=IFERROR(--INDEX(RH_Cadence,MATCH(A12,INDEX(RH_Cadence,0,1),0),2),90)"
    );
    expect(at(port, "E12")).toBe("=IFERROR(--RH_MinutesPerCall,10)");
    expect(at(port, "F12")).toBe("=B12*D12*E12/60");
    expect(at(port, "B15")).toBe("=COUNT(Clients[Birthday])+COUNT(Clients[Client since])");
    // 12 × 30 minutes, the same six hours timeBudget counts.
    expect((12 * 30) / 60).toBe(TWELVE_DAYS_HOURS);
    expect(at(port, "F19")).toBe("=SUM(F12:F17)");
    expect(at(port, "F20")).toBe("=B9-F19");
    expect(at(port, "C24")).toBe("=MAX(C13+30,MROUND(C13*4/3,30))");
  });

  test("written once: it recalculates by itself, so the hours typed in are never overwritten", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    await createTimeBudget(port, book);
    port.sheets.get(TIME_BUDGET_SHEET)!.set("3,1", 1800);
    expect(await createTimeBudget(port, book)).toEqual({
      sheet: TIME_BUDGET_SHEET,
      created: false,
    });
    expect(at(port, "B4")).toBe(1800);
  });

  test("column references escape the characters Excel reserves", () => {
    expect(columnRef("Clients", "Fees [USD] #1")).toBe("Clients[Fees '[USD'] '#1]");
  });
});

describe("a person's Time Budget", () => {
  test("my own by default, on a sheet of its own, written again on each call", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const { sheet, budget } = await createPersonTimeBudget(port, book, AS_OF);
    expect(sheet).toBe("Time Budget – Dana");
    expect(budget.tiers.map((t) => [t.tier, t.clients])).toEqual([
      ["A", 3],
      ["B", 1],
    ]);
    expect(port.sheets.get(sheet)!.get("0,0")).toBe("Time budget for Dana, 23 Nov 2026");
    const lee = await createPersonTimeBudget(port, book, AS_OF, "Lee");
    expect(lee.budget.tiers.map((t) => [t.tier, t.clients])).toEqual([["B", 1]]);
  });
});
