import { logContact } from "../../src/app/contactActions";
import { refreshCoverage } from "../../src/app/coverageActions";
import { COVERAGE_SHEET, PARETO_CHART, TIER_CHART } from "../../src/core/sheets/coverageSheet";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { AS_OF } from "../fixtures/smallBook";
import { loaded, smallWorkbook } from "./bookSession";

const row = (port: MemoryWorkbook, a1row: number, width = 6) =>
  Array.from({ length: width }, (_, c) =>
    port.sheets.get(COVERAGE_SHEET)!.get(`${a1row - 1},${c}`)
  );

describe("the Coverage dashboard", () => {
  test("per tier figures, the proactive share and the Pareto data, refreshed after a contact", async () => {
    const port = await smallWorkbook();
    let book = await loaded(port);
    await refreshCoverage(port, book, AS_OF);
    // Tiers of the small book: A = Ames, Baker, Fox (typed); B = Chen, Dutta; C = Evans, Gray.
    // Baker is within cadence; Ames and Fox are overdue but heard from this year. Dutta was last
    // called 368 days ago; Evans never.
    expect(row(port, 5)).toEqual(["A", 3, 1 / 3, 2, 0, 0]);
    expect(row(port, 6)).toEqual(["B", 2, 0, 2, 0, 1]);
    expect(row(port, 7)).toEqual(["C", 2, 0.5, 1, 1, 1]);
    expect(row(port, 15, 3)).toEqual(["Client", "Revenue", "Cumulative share"]);
    expect(row(port, 16, 3)).toEqual(["Ames", 48000, 48000 / 89000]);
    expect(row(port, 22, 3)).toEqual(["Gray", 1500, 1]);

    ({ book } = await logContact(port, book, book.clients[0], {
      date: AS_OF,
      who: "Dana",
      channel: "call",
      direction: "outbound",
      minutes: 10,
      notes: "",
      followUp: "",
    }));
    await refreshCoverage(port, book, AS_OF);
    expect(row(port, 5)).toEqual(["A", 3, 2 / 3, 1, 0, 0]);
    expect(row(port, 12, 2)).toEqual(["Proactive share", 1]);
  });

  test("per advisor and tier beside it (column M); a smaller refresh blanks the rest", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    await refreshCoverage(port, book, AS_OF);
    const owner = (a1row: number) =>
      Array.from({ length: 6 }, (_, c) =>
        port.sheets.get(COVERAGE_SHEET)!.get(`${a1row - 1},${12 + c}`)
      );
    expect(owner(4)).toEqual([
      "Advisor",
      "Tier",
      "Clients",
      "Contacted within cadence",
      "Overdue",
      "Never contacted",
    ]);
    // Dana: Ames, Baker, Fox (A), Chen (B); Lee: Dutta (B), Evans and Gray (C).
    expect(owner(5)).toEqual(["Dana", "A", 3, 1 / 3, 2, 0]);
    expect(owner(6)).toEqual(["Dana", "B", 1, 0, 1, 0]);
    expect(owner(10)).toEqual(["Lee", "C", 2, 0.5, 1, 1]);
    const dana = book.clients.filter((c) => c.owner === "Dana");
    await refreshCoverage(port, { ...book, clients: dana }, AS_OF);
    expect(owner(8)).toEqual(["", "", "", "", "", ""]);
  });

  test("a refresh with fewer clients leaves no stale Pareto rows", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    await refreshCoverage(port, book, AS_OF);
    await refreshCoverage(port, { ...book, clients: book.clients.slice(0, 2) }, AS_OF);
    expect(row(port, 17, 3)).toEqual(["Baker", 21000, 1]);
    expect(row(port, 18, 3)).toEqual(["", "", ""]);
    expect(row(port, 22, 3)).toEqual(["", "", ""]);
  });

  test("the sheet asks for the Pareto and tier charts; a refresh replaces them by name", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const other = { name: "Chart 1", kind: "line" as const, title: "mine", series: [] };
    port.charts.set(COVERAGE_SHEET, [other]);

    await refreshCoverage(port, book, AS_OF);
    await refreshCoverage(port, { ...book, clients: book.clients.slice(0, 2) }, AS_OF);

    const charts = port.charts.get(COVERAGE_SHEET)!;
    expect(charts.map((c) => c.name)).toEqual(["Chart 1", TIER_CHART, PARETO_CHART]);
    expect(charts[0]).toBe(other);
    expect(charts[2].series).toEqual([
      { name: "Revenue", values: "B16:B17", categories: "A16:A17" },
      { name: "Cumulative share", values: "C16:C17", categories: "A16:A17", line: true },
    ]);
    expect(charts[1].series.map((s) => s.values)).toEqual(["I5:I7", "J5:J7", "K5:K7"]);
  });
});
