/**
 * The workbooks the contract suite runs on, one line each. A new implementation of the port joins
 * by adding its factory to IMPLEMENTATIONS: a fresh, empty workbook behind the port, and a way to
 * play the user sorting a table (the one thing a user does that the port itself cannot).
 */
import type { Cell } from "../../../src/core/cells/cells";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { ExcelWorkbook } from "../../../src/workbook/office/excelWorkbook";
import type { WorkbookPort } from "../../../src/workbook/workbookPort";
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

export const IMPLEMENTATIONS: readonly Implementation[] = [memory, office, xlsx];
