/**
 * The plan sheet's communication plan holds every planned touch with a person beside it, and the
 * results block sets this year's contacts made (from the Contact Log) against those planned.
 */
import { logContact } from "../../src/app/contactActions";
import { generatePlan } from "../../src/app/planActions";
import { PLAN_ROWS } from "../../src/core/sheets/planSheet";
import { DEFAULT_SETTINGS } from "../../src/core/book/settings";
import type { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { AS_OF, d } from "../fixtures/smallBook";
import { loaded, smallWorkbook } from "./bookSession";

const cell = (port: MemoryWorkbook, sheet: string, a1row: number, column: number) =>
  port.sheets.get(sheet)!.get(`${a1row - 1},${column}`);

function planRows(port: MemoryWorkbook, sheet: string) {
  return Array.from({ length: 30 }, (_, i) =>
    [0, 1, 2, 3].map((c) => cell(port, sheet, PLAN_ROWS.schedule + 2 + i, c))
  ).filter((row) => row[0] !== "");
}

describe("the plan's touches and results", () => {
  test("calls, the birthday and anniversary cards, the annual review and the letter, each with a person", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const sheet = await generatePlan(port, book, ames, AS_OF);
    const rows = planRows(port, sheet);
    const touches = rows.map((r) => r[1]);
    expect(touches).toContain("Cadence contact");
    expect(touches).toContain("Birthday card (turns 65)");
    expect(touches).toContain("Anniversary card (15 yrs)");
    expect(touches).toContain("Annual review meeting");
    // Ames is among Dana's top twelve: the letter on Ames' day.
    expect(touches).toContain("Twelve-days letter");
    expect(rows.find((r) => r[1] === "Birthday card (turns 65)")![0]).toBe(d("2026-11-26"));
    for (const row of rows) {
      expect(row[3]).not.toMatch(/^(owner|team)?$/i);
    }
    expect(cell(port, sheet, PLAN_ROWS.cadence + 2, 3)).toBe("Dana");
    expect(cell(port, sheet, PLAN_ROWS.cadence + 2, 4)).toBe("Owner");
  });

  test('a team tier\'s contacts and cards go to the person the team table names, never "Team"', async () => {
    const port = await smallWorkbook({
      settings: {
        ...DEFAULT_SETTINGS,
        me: "Dana",
        team: [{ person: "Sam", role: "Assistant", supports: ["Dana"] }],
      },
    });
    const book = await loaded(port);
    const client = book.clients.find((c) => c.id === "C-3")!;
    expect([client.tier, client.owner]).toEqual(["B", "Dana"]);
    const sheet = await generatePlan(port, book, client, AS_OF);
    const contacts = planRows(port, sheet).filter((r) => r[1] === "Cadence contact");
    expect(new Set(contacts.map((r) => r[3]))).toEqual(new Set(["Sam"]));
  });

  test("results: baseline revenue as money, change as a formula, and this year's contacts made vs planned", async () => {
    const port = await smallWorkbook();
    let book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    ({ book } = await logContact(port, book, ames, {
      date: AS_OF,
      who: "Dana",
      channel: "call",
      direction: "outbound",
      minutes: 10,
      notes: "talked",
      followUp: "",
    }));
    const sheet = await generatePlan(
      port,
      book,
      book.clients.find((c) => c.id === "C-1")!,
      AS_OF
    );
    const row = PLAN_ROWS.results + 2;
    expect(cell(port, sheet, row, 0)).toBe("Annual revenue");
    expect(cell(port, sheet, row, 1)).toBe(48000);
    expect(cell(port, sheet, row, 3)).toBe(`=IF(OR(B${row}="",C${row}=""),"",C${row}-B${row})`);
    const contacts = PLAN_ROWS.contacts + 1;
    expect(cell(port, sheet, contacts, 0)).toBe("Proactive contacts in 2026");
    // 2 August's call and today's; tier A every 90 days plans 4 a year.
    expect(cell(port, sheet, contacts, 1)).toBe(
      book.log.filter(
        (e) => e.clientId === "C-1" && e.direction === "outbound" && e.date >= d("2026-01-01")
      ).length
    );
    expect(cell(port, sheet, contacts, 2)).toBe(4);
  });
});
