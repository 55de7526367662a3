/**
 * A 1904 workbook end to end through the Office.js adapter: the small book read from the fake
 * Excel set to the 1904 date system, and a contact logged into it, counting the syncs.
 */
import { logContact } from "../../../src/app/contactActions";
import { type LoadedBook } from "../../../src/app/loadBook";
import type { DateSystem } from "../../../src/core/dates/serial";
import { buildToday } from "../../../src/core/today/today";
import { ExcelWorkbook } from "../../../src/workbook/office/excelWorkbook";
import { AS_OF, d, HEADERS, ROWS, ROWS_1904 } from "../../fixtures/smallBook";
import { FakeExcel } from "./fakeExcel";
import { loaded } from "../../app/bookSession";

const LAST_CONTACT = HEADERS.indexOf("Last contact");

function bookIn(system: DateSystem): { excel: FakeExcel; workbook: ExcelWorkbook } {
  const excel = new FakeExcel();
  excel.model.date1904 = system === "1904";
  excel.model.addTable("Clients", "Clients", HEADERS, system === "1904" ? ROWS_1904 : ROWS);
  return { excel, workbook: new ExcelWorkbook(excel.run) };
}

const draft = {
  date: AS_OF,
  who: "Dana",
  channel: "call" as const,
  direction: "outbound" as const,
  minutes: 12,
  notes: "=talked; +1 for the move",
  followUp: "ask about the Alaska photos",
};

interface Run {
  readonly book: LoadedBook;
  readonly after: LoadedBook;
  readonly loadSyncs: number;
  readonly logSyncs: number;
  readonly excel: FakeExcel;
  readonly workbook: ExcelWorkbook;
}

async function loadAndLog(system: DateSystem): Promise<Run> {
  const { excel, workbook } = bookIn(system);
  excel.syncs = 0;
  const book = await loaded(workbook);
  const loadSyncs = excel.syncs;
  excel.syncs = 0;
  const ames = book.clients.find((c) => c.id === "C-1")!;
  const { result, book: after } = await logContact(workbook, book, ames, draft);
  expect(result).toEqual({ ok: true });
  return { book, after, loadSyncs, logSyncs: excel.syncs, excel, workbook };
}

describe("a 1904 workbook through Office.js", () => {
  test("loadBook reads the same book as in 1900; logContact writes 1904 serials to the row and the log, in the same syncs", async () => {
    const old = await loadAndLog("1900");
    const run = await loadAndLog("1904");
    expect(run.book.dateSystem).toBe("1904");
    expect({ ...run.book, dateSystem: "1900" }).toEqual(old.book);
    expect(run.book.clients.find((c) => c.id === "C-1")!.lastContact).toBe(d("2026-08-03"));
    expect(buildToday(run.book.clients, run.book.settings, AS_OF)).toEqual(
      buildToday(old.book.clients, old.book.settings, AS_OF)
    );

    const clients = run.excel.model.values(run.excel.model.table("Clients")!);
    expect(clients.find((r) => r[0] === "C-1")![LAST_CONTACT]).toBe(AS_OF - 1462);
    expect(run.excel.model.values(run.excel.model.table("ContactLog")!)).toEqual([
      [
        AS_OF - 1462,
        "C-1",
        "Ames",
        "Dana",
        "call",
        "outbound",
        12,
        draft.notes,
        draft.followUp,
        "",
        "",
      ],
    ]);
    // The 1900 workbook got the 1900 serials: only the system differs between the two.
    const oldClients = old.excel.model.values(old.excel.model.table("Clients")!);
    expect(oldClients.find((r) => r[0] === "C-1")![LAST_CONTACT]).toBe(AS_OF);

    // Reading the system costs the load one sync (DATE(2000,1,1)) in either system; logging
    // takes it from the book, so it stays at its two syncs (one to read, one to write). The book
    // has no profile columns, so one more sync asks which plans keep a "What we know" block.
    expect(run.loadSyncs).toBe(old.loadSyncs);
    expect(run.loadSyncs).toBe(9);
    expect(run.logSyncs).toBe(old.logSyncs);
    expect(run.logSyncs).toBe(2);

    const reloaded = await loaded(run.workbook);
    expect(reloaded.clients).toEqual(run.after.clients);
    expect(reloaded.log).toEqual(run.after.log);
    expect(run.after.clients).toEqual(old.after.clients);
  });
});
