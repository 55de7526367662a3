import { logContact } from "../../src/app/contactActions";
import { refreshCoverage } from "../../src/app/coverageActions";
import {
  COVERAGE_DATA_SHEET,
  COVERAGE_SHEET,
  PARETO_CHART,
  TIER_CHART,
} from "../../src/core/sheets/coverageSheet";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { AS_OF } from "../fixtures/smallBook";
import { householdWorkbook, loaded, smallWorkbook } from "./bookSession";

const row = (port: MemoryWorkbook, a1row: number, width = 6, sheet = COVERAGE_SHEET) =>
  Array.from({ length: width }, (_, c) => port.sheets.get(sheet)!.get(`${a1row - 1},${c}`));
/** The Pareto data, on the hidden helper sheet from row 3 (headers) on. */
const data = (port: MemoryWorkbook, a1row: number) => row(port, a1row, 3, COVERAGE_DATA_SHEET);

describe("the Coverage dashboard", () => {
  test("per tier figures, the proactive share and the Pareto data, refreshed after a contact", async () => {
    const port = await smallWorkbook();
    let book = await loaded(port);
    await refreshCoverage(port, book, AS_OF);
    // Tiers of the small book: A = Ames, Baker, Fox (typed); B = Chen, Dutta; C = Evans, Gray.
    // Baker is within cadence; Ames and Fox are overdue but heard from this year. Dutta was last
    // called 368 days ago; Evans never.
    expect(row(port, 10)).toEqual(["A", 3, 1 / 3, 2, 0, 0]);
    expect(row(port, 11)).toEqual(["B", 2, 0, 2, 0, 1]);
    expect(row(port, 12)).toEqual(["C", 2, 0.5, 1, 1, 1]);
    expect(data(port, 3)).toEqual(["Client", "Revenue", "Cumulative share"]);
    expect(data(port, 4)).toEqual(["Ames", 48000, 48000 / 89000]);
    expect(data(port, 10)).toEqual(["Gray", 1500, 1]);
    expect(port.hiddenSheets.has(COVERAGE_DATA_SHEET)).toBe(true);

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
    expect(row(port, 10)).toEqual(["A", 3, 2 / 3, 1, 0, 0]);
    // The KPI row: A, B, C within cadence, unheard for a year, the proactive share.
    expect(row(port, 5, 5)[4]).toBe("Proactive share of contact");
    expect(row(port, 6, 5)[4]).toBe(1);
  });

  test("per advisor and tier below (row 21); a smaller refresh blanks the rest", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    await refreshCoverage(port, book, AS_OF);
    const owner = (a1row: number) =>
      Array.from({ length: 6 }, (_, c) =>
        port.sheets.get(COVERAGE_SHEET)!.get(`${a1row - 1},${c}`)
      );
    expect(owner(21)).toEqual([
      "Advisor",
      "Tier",
      "Clients",
      "Within cadence",
      "Overdue",
      "Never contacted",
    ]);
    // Dana: Ames, Baker, Fox (A), Chen (B); Lee: Dutta (B), Evans and Gray (C).
    expect(owner(22)).toEqual(["Dana", "A", 3, 1 / 3, 2, 0]);
    expect(owner(23)).toEqual(["Dana", "B", 1, 0, 1, 0]);
    expect(owner(27)).toEqual(["Lee", "C", 2, 0.5, 1, 1]);
    const dana = book.clients.filter((c) => c.owner === "Dana");
    await refreshCoverage(port, { ...book, clients: dana }, AS_OF);
    expect(owner(25)).toEqual(["", "", "", "", "", ""]);
  });

  test("a refresh with fewer clients leaves no stale Pareto rows", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    await refreshCoverage(port, book, AS_OF);
    await refreshCoverage(port, { ...book, clients: book.clients.slice(0, 2) }, AS_OF);
    expect(data(port, 5)).toEqual(["Baker", 21000, 1]);
    expect(data(port, 6)).toEqual(["", "", ""]);
    expect(data(port, 10)).toEqual(["", "", ""]);
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
    const on = (cells: string) => `'${COVERAGE_DATA_SHEET}'!${cells}`;
    expect(charts[2].series).toEqual([
      { name: "Revenue", values: on("B4:B5"), categories: on("A4:A5") },
      { name: "Cumulative share", values: on("C4:C5"), categories: on("A4:A5"), line: true },
    ]);
    expect(charts[1].series.map((s) => s.values)).toEqual([on("G4:G6"), on("H4:H6"), on("I4:I6")]);
  });

  test("a Coverage sheet of the earlier layout (a row per client on it) is blanked on its first refresh", async () => {
    const port = await smallWorkbook();
    const book = await loaded(port);
    const clients = 300;
    await port.writeSheet({
      sheet: COVERAGE_SHEET,
      blocks: [
        { at: "A15", values: [["Client", "Revenue", "Cumulative share"]] },
        {
          at: "A16",
          values: Array.from({ length: clients }, (_, i) => [`Client ${i}`, 1000 - i, i / clients]),
        },
        { at: "H4", values: [["Tier", "Within cadence"]] },
      ],
      names: [],
    });
    await port.saveSetting("relationshipHour.coverageRows", String(clients));

    await refreshCoverage(port, book, AS_OF);

    const cells = port.sheets.get(COVERAGE_SHEET)!;
    const left = [...cells].filter(([key, value]) => {
      const [r] = key.split(",").map(Number);
      return r >= 40 && value !== "";
    });
    expect(left).toEqual([]);
    expect(cells.get("3,7")).toBe("");
    expect(port.looks.get(COVERAGE_SHEET)!.get("0,0")).toBe("title");
    expect(port.highlights.get(COVERAGE_SHEET)!.length).toBeGreaterThan(0);
  });
});

describe("the Coverage dashboard by household", () => {
  test("a family counts once in the tiers, and once in the Pareto under its name", async () => {
    const port = await householdWorkbook();
    await refreshCoverage(port, await loaded(port), AS_OF);
    // Tiers as householdBook.test.ts has them: the Lopez household A, Ames B, the rest C.
    expect(row(port, 8, 1)[0]).toBe("By tier: 5 households (7 clients); a family counts once");
    expect(row(port, 9, 2)).toEqual(["Tier", "Households"]);
    expect(row(port, 10, 2)).toEqual(["A", 1]);
    expect(row(port, 12, 2)).toEqual(["C", 3]);
    expect(data(port, 4)).toEqual(["The Lopez household", 35000, 35000 / 77000]);
    expect(data(port, 5)[0]).toBe("Ann Ames");
    expect(data(port, 6)[0]).toBe("The Baker household");
  });
});
