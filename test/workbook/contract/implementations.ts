/**
 * The workbooks the contract suite runs on, one line each. A new implementation of the port joins
 * by adding its factory to IMPLEMENTATIONS: a fresh, empty workbook behind the port, and a way to
 * play the user sorting a table (the one thing a user does that the port itself cannot).
 */
import type { Cell } from "../../../src/core/cells/cells";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { ExcelWorkbook } from "../../../src/workbook/office/excelWorkbook";
import type { WorkbookPort } from "../../../src/workbook/workbookPort";
import { PackageWorkbook } from "../../../src/workbook/xlsx/package/packageWorkbook";
import { rawCellsIn } from "../../../src/workbook/xlsx/package/sheetBlocks";
import {
  patchSheet,
  type CellBuilder,
  type SheetEdits,
} from "../../../src/workbook/xlsx/package/sheetPatch";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { cellAt, findTable, geometry } from "../../../src/workbook/xlsx/xlsxTables";
import { FakeExcel } from "../office/fakeExcel";

export interface OpenWorkbook {
  readonly port: WorkbookPort;
  /** The user sorts a table: its data body rows are put in the order given (old row indexes). */
  sortRows(table: string, order: readonly number[]): void;
}

export interface Implementation {
  readonly name: string;
  /** A new, empty workbook. */
  readonly open: () => OpenWorkbook;
}

function reordered<T>(rows: readonly T[], order: readonly number[]): T[] {
  return order.map((from) => rows[from]);
}

const memory: Implementation = {
  name: "in-memory",
  open: () => {
    const book = new MemoryWorkbook();
    return {
      port: book,
      sortRows: (name, order) => {
        const table = [...book.tables.values()].find((t) => t.name === name)!;
        table.rows = reordered<Cell[]>(table.rows, order);
      },
    };
  },
};

const office: Implementation = {
  name: "Office.js (fake context)",
  open: () => {
    const excel = new FakeExcel();
    return {
      port: new ExcelWorkbook(excel.run, { excelApi: excel.supports }),
      sortRows: (name, order) => excel.model.reorder(excel.model.table(name)!, order),
    };
  },
};

const xlsx: Implementation = {
  name: ".xlsx (exceljs)",
  open: () => {
    const book = new XlsxWorkbook();
    return {
      port: book,
      sortRows: (name, order) => {
        // Whole cells move, value and style, as a sort in Excel moves them.
        const { sheet, model } = findTable(book.workbook, name)!;
        const g = geometry(model);
        const rows = order.map((_, i) =>
          Array.from({ length: g.to.column - g.from.column + 1 }, (_, j) => {
            const cell = cellAt(sheet, g.firstBodyRow + i, g.from.column + j);
            return { value: cell.value, style: cell.style };
          })
        );
        reordered(rows, order).forEach((row, i) =>
          row.forEach(({ value, style }, j) => {
            const cell = cellAt(sheet, g.firstBodyRow + i, g.from.column + j);
            cell.value = value;
            cell.style = style;
          })
        );
      },
    };
  },
};

/** The rows' cell elements, each given the reference of the row it moves to. */
function moveRows(book: PackageWorkbook, name: string, order: readonly number[]): void {
  const table = book.pkg.tables().find((t) => t.displayName === name)!;
  const first = table.from.row + table.headerRows;
  const area = {
    fromRow: first,
    toRow: first + order.length - 1,
    fromColumn: table.from.column,
    toColumn: table.to.column,
  };
  const xml = book.pkg.bytes(table.sheetPart)!;
  const cells = rawCellsIn(xml, area);
  const edits: SheetEdits = new Map();
  order.forEach((from, i) => {
    const row = new Map<number, CellBuilder>();
    for (let c = area.fromColumn; c <= area.toColumn; c++) {
      const cell = cells.get(first + from)?.get(c);
      row.set(c, (ref) =>
        cell === undefined ? "" : cell.xml.replace(/\br="[^"]*"/, `r="${ref}"`)
      );
    }
    edits.set(first + i, row);
  });
  book.pkg.set(table.sheetPart, patchSheet(xml, edits));
}

const xlsxPackage: Implementation = {
  name: ".xlsx (package layer)",
  open: () => {
    let book = PackageWorkbook.create();
    // The port stands for one run of a command; the user sorts the file between two runs, so a
    // sort is made in the file's bytes and the next call reads them afresh.
    const port = new Proxy({} as WorkbookPort, {
      get: (_, method: keyof WorkbookPort | "then") => {
        if (method === "then") return undefined;
        const call = book[method] as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => call.apply(book, args);
      },
    });
    return {
      port,
      sortRows: (name, order) => {
        moveRows(book, name, order);
        book = PackageWorkbook.fromBytes(book.toBytes());
      },
    };
  },
};

export const IMPLEMENTATIONS: readonly Implementation[] = [memory, office, xlsx, xlsxPackage];
