/**
 * The Time Budget's inputs are numbers: a text "10" minutes printed left-aligned against the
 * next column's "4.1" (reading "4.110") and is skipped by SUM.
 */
import type { Cell } from "../../../src/core/cells/cells";
import { DEFAULT_SETTINGS, SETTING_NAMES, settingsLayout } from "../../../src/core/book/settings";
import { timeBudgetLayout } from "../../../src/core/sheets/timeBudgetSheet";
import { parseCell } from "../../../src/workbook/shared/a1";

interface Block {
  readonly at: string;
  readonly values: readonly (readonly Cell[])[];
  readonly formats?: readonly string[];
}

interface Written {
  readonly value: Cell;
  readonly format: string | undefined;
}

function cellsOf(blocks: readonly Block[]): Map<string, Written> {
  const cells = new Map<string, Written>();
  for (const block of blocks) {
    const at = parseCell(block.at);
    block.values.forEach((row, r) =>
      row.forEach((value, c) =>
        cells.set(`${at.row + r},${at.column + c}`, { value, format: block.formats?.[c] })
      )
    );
  }
  return cells;
}

/** Every cell of the sheet a formula reads, but the labels of column A (tier names, by design). */
function formulaInputs(cells: Map<string, Written>): string[] {
  const inputs = new Set<string>();
  for (const { value } of cells.values()) {
    if (typeof value !== "string" || !value.startsWith("=")) continue;
    // Plain A1 references: not inside a structured reference or a name such as RH_Cadence.
    for (const [ref] of value.matchAll(/(?<![A-Za-z_[\]])[B-Z]\d+(?![\w([])/g)) {
      const { row, column } = parseCell(ref);
      inputs.add(`${row},${column}`);
    }
  }
  return [...inputs];
}

const source = (hasSettingsSheet: boolean) => ({
  table: "Clients",
  mapping: { name: "Name", tier: "Tier", revenue: "Revenue", birthday: "Birthday" } as never,
  settings: DEFAULT_SETTINGS,
  hasSettingsSheet,
  counts: new Map([["A", 3]]),
});

describe("the Time Budget's formula inputs", () => {
  test.each([true, false])(
    "every cell a formula reads holds a number, or a formula that makes one (settings sheet: %s)",
    (hasSettingsSheet) => {
      const cells = cellsOf(timeBudgetLayout(source(hasSettingsSheet)).blocks);
      const inputs = formulaInputs(cells);
      expect(inputs.length).toBeGreaterThan(20);
      for (const key of inputs) {
        const written = cells.get(key);
        expect({ key, format: written?.format }).not.toEqual({ key, format: "@" });
        const value = written?.value;
        if (typeof value === "string" && value.startsWith("=")) {
          // A setting read from another sheet may be text there: "--" makes it a number.
          for (const name of [SETTING_NAMES.cadence, SETTING_NAMES.minutesPerCall])
            if (value.includes(name)) expect(value).toMatch(/^=IFERROR\(--/);
        } else expect({ key, type: typeof value }).toEqual({ key, type: "number" });
      }
    }
  );

  test("the settings sheet keeps its numbers as numbers, the working week as text", () => {
    const layout = settingsLayout(DEFAULT_SETTINGS);
    const cells = cellsOf(layout.blocks);
    const named = (name: string) => {
      const address = layout.names.find((n) => n.name === name)!.address;
      const { row, column } = parseCell(address);
      return cells.get(`${row},${column}`)!;
    };
    for (const name of [
      SETTING_NAMES.capacity,
      SETTING_NAMES.minutesPerCall,
      SETTING_NAMES.aShare,
      SETTING_NAMES.bShare,
    ]) {
      expect(typeof named(name).value).toBe("number");
      expect(named(name).format).not.toBe("@");
    }
    expect(named(SETTING_NAMES.weekend)).toEqual({ value: "0000011", format: "@" });
  });
});
