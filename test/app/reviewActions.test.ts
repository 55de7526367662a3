import { generateTwelveDays } from "../../src/app/reviewActions";
import { twelveDaysStart } from "../../src/core/reviews/twelveDays";
import { TWELVE_DAYS_FIRST_ROW } from "../../src/core/sheets/twelveDaysSheet";
import { d } from "../fixtures/smallBook";
import { loaded, smallWorkbook } from "./bookSession";

describe("the twelve days sheet", () => {
  test("the top clients by score, a day each from 13 December; fewer than twelve clients, fewer days", async () => {
    const port = await smallWorkbook();
    const sheet = await generateTwelveDays(port, await loaded(port), twelveDaysStart(2026));
    expect(sheet).toBe("Twelve Days 2026");
    const cells = port.sheets.get(sheet)!;
    const row = (r: number) =>
      [0, 1, 2, 3].map((c) => cells.get(`${TWELVE_DAYS_FIRST_ROW - 1 + r},${c}`));
    expect(row(0)).toEqual([1, d("2026-12-13"), "Ames", "Dana"]);
    // My clients by default: Dana has four.
    expect([0, 1, 2, 3].map((r) => row(r)[3])).toEqual(["Dana", "Dana", "Dana", "Dana"]);
    expect(row(4)).toEqual(["", "", "", ""]);
  });

  test("the whole firm as an option: every owner's clients", async () => {
    const port = await smallWorkbook();
    const sheet = await generateTwelveDays(port, await loaded(port), twelveDaysStart(2026), "firm");
    const cells = port.sheets.get(sheet)!;
    const owners = [0, 1, 2, 3, 4, 5, 6].map((r) =>
      cells.get(`${TWELVE_DAYS_FIRST_ROW - 1 + r},3`)
    );
    expect(new Set(owners)).toEqual(new Set(["Dana", "Lee"]));
  });

  test("mine and the firm's are two sheets, each keeping its own days", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const start = twelveDaysStart(2026);
    const mine = await generateTwelveDays(port, book, start, "mine");
    const firm = await generateTwelveDays(port, book, start, "firm");
    expect([mine, firm]).toEqual(["Twelve Days 2026", "Twelve Days 2026 – firm"]);
    const clientsOn = (sheet: string) =>
      [0, 1, 2, 3, 4, 5, 6].map((r) =>
        port.sheets.get(sheet)!.get(`${TWELVE_DAYS_FIRST_ROW - 1 + r},2`)
      );
    const firmDays = clientsOn(firm);
    // Writing mine again does not take the firm's days (nor the other way round).
    await generateTwelveDays(port, book, start, "mine");
    expect(clientsOn(firm)).toEqual(firmDays);
    expect(clientsOn(mine)).not.toEqual(firmDays);
  });

  test("regenerating keeps each day's client and every note the user wrote", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const sheet = await generateTwelveDays(port, book, twelveDaysStart(2026));
    const cells = port.sheets.get(sheet)!;
    const first = TWELVE_DAYS_FIRST_ROW - 1;
    cells.set(`${first},5`, "Helped with the estate plan =SUM(1)");
    cells.set(`${first},8`, "2026-12-14");
    // Scores change (Ames's revenue drops), but day 1 stays Ames's.
    const changed = {
      ...book,
      clients: book.clients.map((c) => (c.id === "C-1" ? { ...c, score: 1 } : c)),
    };
    await generateTwelveDays(port, changed, twelveDaysStart(2026));
    expect(cells.get(`${first},2`)).toBe("Ames");
    expect(cells.get(`${first},4`)).toBe(1);
    expect(cells.get(`${first},5`)).toBe("Helped with the estate plan =SUM(1)");
    expect(cells.get(`${first},8`)).toBe("2026-12-14");
  });
});
