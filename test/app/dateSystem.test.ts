/**
 * A workbook in the 1904 date system stores every day 1,462 lower. The pane must read it as the
 * same book as a 1900 one, and write every date back as the workbook stores it.
 */
import { createTimeBudget } from "../../src/app/budgetActions";
import { logContact, snooze } from "../../src/app/contactActions";
import { refreshCoverage } from "../../src/app/coverageActions";
import { createTimeJournal } from "../../src/app/journalActions";
import { generatePlan } from "../../src/app/planActions";
import { generateTwelveDays } from "../../src/app/reviewActions";
import { createSettingsSheet, insertSample, SAMPLE_TABLE } from "../../src/app/setupActions";
import type { Cell } from "../../src/core/cells/cells";
import { CONTACT_LOG_HEADERS, CONTACT_LOG_TABLE } from "../../src/core/book/contactLog";
import { PLAN_ROWS } from "../../src/core/sheets/planSheet";
import { SAMPLE_DATE_COLUMNS } from "../../src/core/sample/sampleBook";
import type { DateSystem } from "../../src/core/dates/serial";
import { DEFAULT_SETTINGS, SETTINGS_SHEET } from "../../src/core/book/settings";
import { buildToday } from "../../src/core/today/today";
import { twelveDaysStart } from "../../src/core/reviews/twelveDays";
import { TWELVE_DAYS_FIRST_ROW } from "../../src/core/sheets/twelveDaysSheet";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { AS_OF, d } from "../fixtures/smallBook";
import { loaded, smallWorkbook } from "./bookSession";

const OFFSET = 1462;
/** Thanksgiving falls in the week of the as-of date, so the holidays move the call list. */
const HOLIDAYS = [d("2026-11-26"), d("2026-12-25")];
const SETTINGS = { ...DEFAULT_SETTINGS, me: "Dana", holidays: HOLIDAYS };

/** A log as each system stores it: the same days, the numbers 1,462 apart; a typed date is text in both. */
function logRows(system: DateSystem): Cell[][] {
  const day = (iso: string) => d(iso) - (system === "1904" ? OFFSET : 0);
  return [
    [
      day("2026-11-20"),
      "C-2",
      "Baker",
      "Dana",
      "snooze",
      "outbound",
      "",
      "",
      "",
      day("2026-12-07"),
    ],
    [day("2026-11-16"), "C-3", "Chen", "Dana", "call", "inbound", 5, "asked about fees", "", ""],
    ["2026-11-18", "C-4", "Dutta", "Lee", "email", "outbound", "", "", "", ""],
  ];
}

async function bookIn(system: DateSystem): Promise<MemoryWorkbook> {
  const port = await smallWorkbook({ settings: SETTINGS, system });
  await port.createTable(
    "Contact Log",
    CONTACT_LOG_TABLE,
    CONTACT_LOG_HEADERS,
    logRows(system),
    [0, 9]
  );
  return port;
}

const draft = {
  date: AS_OF,
  who: "Dana",
  channel: "call" as const,
  direction: "outbound" as const,
  minutes: 12,
  notes: "talked",
  followUp: "ask about the Alaska photos",
};

describe("reading a 1904 workbook", () => {
  test("loads to the very same book as the 1900 one: clients, scores, settings, log and today's list", async () => {
    const old = await loaded(await bookIn("1900"));
    const book = await loaded(await bookIn("1904"));
    expect(old.dateSystem).toBe("1900");
    expect(book.dateSystem).toBe("1904");
    expect({ ...book, dateSystem: "1900" }).toEqual(old);
    expect(book.clients.find((c) => c.id === "C-1")!.lastContact).toBe(d("2026-08-03"));
    expect(book.clients.find((c) => c.id === "C-7")!.record.birthday).toBe(d("1988-02-29"));
    expect(book.settings.holidays).toEqual(HOLIDAYS);
    expect(book.log.map((e) => [e.date, e.snoozedUntil])).toEqual([
      [d("2026-11-20"), d("2026-12-07")],
      [d("2026-11-16"), null],
      [d("2026-11-18"), null],
    ]);
    expect(buildToday(book.clients, book.settings, AS_OF)).toEqual(
      buildToday(old.clients, old.settings, AS_OF)
    );
    expect(buildToday(book.clients, book.settings, AS_OF).mine.calls.length).toBeGreaterThan(0);
  });

  test("dates typed as text are not shifted, and a blank handed over as 0 stays blank", async () => {
    const port = await bookIn("1904");
    const rows = port.tables.get("Clients")!.rows;
    rows[0][6] = "2026-08-03";
    rows[2][8] = 0;
    port.sheets.get(SETTINGS_SHEET)!.set("5,8", "2027-01-01"); // I6, the second holiday
    const book = await loaded(port);
    expect(book.problems).toEqual([]);
    expect(book.clients.find((c) => c.id === "C-1")!.lastContact).toBe(d("2026-08-03"));
    expect(book.clients.find((c) => c.id === "C-3")!.record.birthday).toBeNull();
    expect(book.settings.holidays).toEqual([d("2026-11-26"), d("2027-01-01")]);
    expect(book.log.find((e) => e.clientId === "C-4")!.date).toBe(d("2026-11-18"));
  });
});

describe("writing to a 1904 workbook", () => {
  test("logging a contact writes the last contact and the log's date as 1904 serials; a reload agrees", async () => {
    const port = await bookIn("1904");
    const book = await loaded(port);
    const ames = book.clients.find((c) => c.id === "C-1")!;
    const { result, book: after } = await logContact(port, book, ames, draft);
    expect(result).toEqual({ ok: true });
    expect(port.tables.get("Clients")!.rows.find((r) => r[0] === "C-1")![6]).toBe(AS_OF - OFFSET);
    expect(port.tables.get(CONTACT_LOG_TABLE)!.rows.at(-1)).toEqual([
      AS_OF - OFFSET,
      "C-1",
      "Ames",
      "Dana",
      "call",
      "outbound",
      12,
      "talked",
      draft.followUp,
      "",
      "",
    ]);
    expect(after.clients.find((c) => c.id === "C-1")!.lastContact).toBe(AS_OF);
    const reloaded = await loaded(port);
    expect(reloaded.clients).toEqual(after.clients);
    expect(reloaded.log).toEqual(after.log);
    // The same contact logged in a 1900 workbook leaves the same book.
    const old = await bookIn("1900");
    const oldBook = await loaded(old);
    const { book: oldAfter } = await logContact(
      old,
      oldBook,
      oldBook.clients.find((c) => c.id === "C-1")!,
      draft
    );
    expect(after.clients).toEqual(oldAfter.clients);
  });

  test("a snooze writes its date and its snoozed-until as 1904 serials", async () => {
    const port = await bookIn("1904");
    const book = await loaded(port);
    const chen = book.clients.find((c) => c.id === "C-3")!;
    const { result, book: after } = await snooze(port, book, chen, AS_OF + 14, AS_OF, "Dana");
    expect(result).toEqual({ ok: true });
    const row = port.tables.get(CONTACT_LOG_TABLE)!.rows.at(-1)!;
    expect([row[0], row[4], row[9]]).toEqual([AS_OF - OFFSET, "snooze", AS_OF + 14 - OFFSET]);
    const reloaded = await loaded(port);
    expect(reloaded.clients.find((c) => c.id === "C-3")!.snoozedUntil).toBe(AS_OF + 14);
    expect(reloaded.clients).toEqual(after.clients);
  });

  test("the settings sheet holds its holidays as 1904 serials", async () => {
    const port = await bookIn("1904");
    const cells = port.sheets.get(SETTINGS_SHEET)!;
    expect([cells.get("4,8"), cells.get("5,8"), cells.get("6,8")]).toEqual([
      HOLIDAYS[0] - OFFSET,
      HOLIDAYS[1] - OFFSET,
      "",
    ]);
  });

  test("a plan sheet holds 1904 serials in its date cells, and every other cell as in a 1900 workbook", async () => {
    const sheets = new Map<DateSystem, Map<string, Cell>>();
    for (const system of ["1900", "1904"] as const) {
      const port = await bookIn(system);
      const book = await loaded(port);
      const sheet = await generatePlan(
        port,
        book,
        book.clients.find((c) => c.id === "C-1")!,
        AS_OF
      );
      sheets.set(system, port.sheets.get(sheet)!);
    }
    const old = sheets.get("1900")!;
    const plan = sheets.get("1904")!;
    const at = (row: number, column: number) => `${row - 1},${column}`;
    expect(plan.get(at(PLAN_ROWS.profile + 5, 1))).toBe(d("2026-08-03") - OFFSET); // last contact
    expect(plan.get(at(PLAN_ROWS.profile + 9, 1))).toBe(d("1961-11-26") - OFFSET); // birthday
    expect(plan.get(at(PLAN_ROWS.profile + 10, 1))).toBe(d("2012-03-01") - OFFSET); // client since
    expect(plan.get(at(PLAN_ROWS.schedule + 2, 0))).toBe(AS_OF - OFFSET);
    const moved = [...old.keys()].filter((key) => plan.get(key) !== old.get(key));
    expect(moved).toEqual(
      expect.arrayContaining([at(PLAN_ROWS.profile + 5, 1), at(PLAN_ROWS.schedule + 2, 0)])
    );
    for (const key of moved) expect(plan.get(key)).toBe((old.get(key) as number) - OFFSET);
    // Numbers that are not days stay: the score, the revenue in the breakdown, the cadence's days.
    for (const key of [
      at(PLAN_ROWS.profile + 4, 1),
      at(PLAN_ROWS.profile + 2, 4),
      at(PLAN_ROWS.cadence + 2, 1),
    ])
      expect(moved).not.toContain(key);
    expect([...plan.keys()].sort()).toEqual([...old.keys()].sort());
  });

  test("the twelve days sheet holds its dates as 1904 serials; day numbers and scores stay", async () => {
    const port = await bookIn("1904");
    const sheet = await generateTwelveDays(port, await loaded(port), twelveDaysStart(2026));
    const cells = port.sheets.get(sheet)!;
    const row = (r: number) =>
      [0, 1, 2, 3].map((c) => cells.get(`${TWELVE_DAYS_FIRST_ROW - 1 + r},${c}`));
    expect(row(0)).toEqual([1, d("2026-12-13") - OFFSET, "Ames", "Dana"]);
    expect(row(1)[0]).toBe(2);
    expect(row(1)[1]).toBe(d("2026-12-14") - OFFSET);
  });

  test("a sheet without days (coverage) is written the same in either system", async () => {
    const written = [];
    for (const system of ["1900", "1904"] as const) {
      const port = await bookIn(system);
      const sheet = await refreshCoverage(port, await loaded(port), AS_OF);
      written.push(port.sheets.get(sheet));
    }
    expect(written[1]).toEqual(written[0]);
  });

  test("the sample inserted into a 1904 workbook holds 1904 serials, and loads to the same book", async () => {
    const old = new MemoryWorkbook();
    await insertSample(old, AS_OF);
    const port = new MemoryWorkbook();
    port.system = "1904";
    await insertSample(port, AS_OF);
    const lower = (rows: Cell[][], columns: readonly number[]) =>
      rows.map((row) =>
        row.map((v, c) => (columns.includes(c) && typeof v === "number" ? v - OFFSET : v))
      );
    const clients = port.tables.get(SAMPLE_TABLE)!.rows;
    expect(clients).toEqual(lower(old.tables.get(SAMPLE_TABLE)!.rows, SAMPLE_DATE_COLUMNS));
    expect(clients.some((row) => typeof row[8] === "number" && row[8] < AS_OF - OFFSET)).toBe(true);
    const log = port.tables.get(CONTACT_LOG_TABLE)!.rows;
    expect(log.length).toBeGreaterThan(0);
    expect(log).toEqual(lower(old.tables.get(CONTACT_LOG_TABLE)!.rows, [0, 9]));
    expect({ ...(await loaded(port)), dateSystem: "1900" }).toEqual(await loaded(old));
  });
});

describe("the date system is read once, with the book", () => {
  test("actions on a loaded book never ask the workbook again; actions without one ask only for a sheet with days", async () => {
    const port = await bookIn("1904");
    const book = await loaded(port);
    const asked = jest.spyOn(port, "dateSystem");
    const ames = book.clients.find((c) => c.id === "C-1")!;
    await logContact(port, book, ames, draft);
    await snooze(
      port,
      book,
      book.clients.find((c) => c.id === "C-3")!,
      AS_OF + 7,
      AS_OF,
      "Dana"
    );
    await generatePlan(port, book, ames, AS_OF);
    await generateTwelveDays(port, book, twelveDaysStart(2026));
    await refreshCoverage(port, book, AS_OF);
    await createTimeBudget(port, book);
    await createTimeJournal(port);
    await createSettingsSheet(port, { ...SETTINGS, holidays: [] });
    expect(asked).not.toHaveBeenCalled();
    await createSettingsSheet(port, SETTINGS);
    expect(asked).toHaveBeenCalledTimes(1);
  });
});
