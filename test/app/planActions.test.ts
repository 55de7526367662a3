import { logContact } from "../../src/app/contactActions";
import { generatePlan, generatePlansForTier } from "../../src/app/planActions";
import { PLAN_ROWS, USER_REGION, suggestedObjectives } from "../../src/core/sheets/planSheet";
import { DEFAULT_SETTINGS } from "../../src/core/book/settings";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { AS_OF, d } from "../fixtures/smallBook";
import { loaded, smallWorkbook } from "./bookSession";

const cell = (port: MemoryWorkbook, sheet: string, a1row: number, column: number) =>
  port.sheets.get(sheet)!.get(`${a1row - 1},${column}`);

describe("relationship plan sheets", () => {
  test("a plan sheet holds the profile, score breakdown, cadence, schedule and history", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const sheet = await generatePlan(port, book, ames, AS_OF);
    expect(sheet).toBe("Ames");
    expect(cell(port, sheet, 1, 0)).toBe("Relationship plan: Ames");
    expect(cell(port, sheet, PLAN_ROWS.profile + 1, 1)).toBe("C-1");
    expect(cell(port, sheet, PLAN_ROWS.profile + 4, 0)).toBe("Score (0–100)");
    expect(cell(port, sheet, PLAN_ROWS.profile + 5, 1)).toBe(d("2026-08-03"));
    expect(cell(port, sheet, PLAN_ROWS.profile + 2, 4)).toBe(48000); // revenue in the breakdown
    expect(cell(port, sheet, PLAN_ROWS.cadence + 2, 1)).toBe(90);
    // Overdue: planned from today, then every 90 days on working days.
    expect(cell(port, sheet, PLAN_ROWS.schedule + 2, 0)).toBe(AS_OF);
    expect(cell(port, sheet, PLAN_ROWS.schedule + 3, 0)).toBe(d("2027-02-22"));
    expect(cell(port, sheet, PLAN_ROWS.objectives + 2, 0)).toBe("Grow revenue");
  });

  test("every objective's owner is a person: a policy's \"Owner\" is the client's owner, else the user", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const sheet = await generatePlan(port, book, ames, AS_OF);
    const rows = Array.from({ length: 8 }, (_, i) => PLAN_ROWS.objectives + 2 + i);
    const stay = rows.find((r) => cell(port, sheet, r, 0) === "Stay in touch")!;
    expect(DEFAULT_SETTINGS.tiers[0].responsible).toBe("Owner");
    expect(ames.tier).toBe("A");
    expect(cell(port, sheet, stay, 5)).toBe("Dana");

    const ownerless = suggestedObjectives({ ...ames, owner: "" }, DEFAULT_SETTINGS.tiers[0], "Pat");
    expect(ownerless.map((row) => row[5])).toEqual(ownerless.map(() => "Pat"));
    // A named team stays the team.
    const team = suggestedObjectives(ames, DEFAULT_SETTINGS.tiers[1], "Pat");
    expect(team.at(-1)).toEqual(["Stay in touch", "Proactive contacts a year", "", 2, "", "Team"]);
    expect(team[0][5]).toBe("Dana");
  });

  test("regenerating refreshes the generated parts and keeps every character the user wrote", async () => {
    const port = await smallWorkbook();
    let book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const sheet = await generatePlan(port, book, ames, AS_OF);
    const cells = port.sheets.get(sheet)!;
    const typed = new Map<string, string>();
    for (let row = USER_REGION.from; row <= USER_REGION.to; row++) {
      for (let column = 0; column < 6; column++) {
        const text = `user r${row}c${column}: =not a formula, ünïcødé ✓`;
        cells.set(`${row - 1},${column}`, text);
        typed.set(`${row - 1},${column}`, text);
      }
    }
    ({ book } = await logContact(port, book, ames, {
      date: AS_OF,
      who: "Dana",
      channel: "call",
      direction: "outbound",
      minutes: 10,
      notes: "talked",
      followUp: "ask about the move",
    }));
    expect(
      await generatePlan(
        port,
        book,
        book.clients.find((c) => c.id === "C-1")!,
        AS_OF
      )
    ).toBe(sheet);
    for (const [key, text] of typed) expect(cells.get(key)).toBe(text);
    expect(cell(port, sheet, PLAN_ROWS.history + 2, 5)).toBe("talked");
    expect(cell(port, sheet, PLAN_ROWS.followUps + 1, 0)).toBe("ask about the move");
  });

  test("sheet names are sanitised and made unique", async () => {
    const port = new MemoryWorkbook();
    const headers = ["Client ID", "Client", "Tier", "Last contact"];
    await port.createTable(
      "Book",
      "Clients",
      headers,
      [
        ["1", "Ames: [Family/Trust]", "A", 46000],
        ["2", "Ames: [Family/Trust]", "A", 46100],
        ["3", "History", "B", 46200],
      ],
      []
    );
    const book = await loaded(port);
    const progress: string[] = [];
    const sheets = await generatePlansForTier(port, book, "A", AS_OF, (done, total) =>
      progress.push(`${done}/${total}`)
    );
    expect(sheets).toEqual(["Ames Family Trust", "Ames Family Trust (2)"]);
    expect(progress).toEqual(["1/2", "2/2"]);
    expect(await generatePlan(port, book, book.clients[2], AS_OF)).toBe("Sheet History");
    // Regenerating the tier finds the same sheets again.
    expect(await generatePlansForTier(port, book, "A", AS_OF)).toEqual(sheets);
  });
});
