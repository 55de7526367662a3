import {
  cellFrom1900,
  cellTo1900,
  clientDateColumns,
  columnsFrom1900,
  columnsTo1900,
  contactLogDateColumns,
  layoutFrom1900,
  layoutHoldsDates,
  settingNamesTo1900,
} from "../../../src/core/cells/dateSystemCells";
import { CONTACT_LOG_HEADERS } from "../../../src/core/book/contactLog";
import { isDateFormat } from "../../../src/core/cells/numberFormat";
import { SERIAL_1904_OFFSET } from "../../../src/core/dates/serial";
import { SETTING_NAMES } from "../../../src/core/book/settings";
import { AS_OF } from "../../fixtures/smallBook";

const IN_1904 = AS_OF - SERIAL_1904_OFFSET;

describe("moving cells between date systems", () => {
  test("a number moves by 1,462 days; text, booleans and blanks stay; 0 (a blank from desktop Excel) stays 0", () => {
    expect(cellTo1900(IN_1904, "1904")).toBe(AS_OF);
    expect(cellFrom1900(AS_OF, "1904")).toBe(IN_1904);
    expect(cellTo1900(IN_1904 + 0.75, "1904")).toBe(AS_OF + 0.75);
    for (const cell of ["2026-11-23", "", null, undefined, true, 0]) {
      expect(cellTo1900(cell, "1904")).toBe(cell);
      expect(cellFrom1900(cell, "1904")).toBe(cell);
    }
    expect(cellTo1900(IN_1904, "1900")).toBe(IN_1904);
    expect(cellFrom1900(AS_OF, "1900")).toBe(AS_OF);
  });

  test("only the columns named move, each once even when named twice; a 1900 workbook gets the very same rows", () => {
    const rows = [["C-1", IN_1904, 48000, IN_1904 - 10], ["C-2", "2026-03-02", 21000, ""], ["C-3"]];
    expect(columnsTo1900(rows, [1, 3, 1, -1], "1904")).toEqual([
      ["C-1", AS_OF, 48000, AS_OF - 10],
      ["C-2", "2026-03-02", 21000, ""],
      ["C-3"],
    ]);
    expect(rows[0][1]).toBe(IN_1904); // the rows read are not changed in place
    expect(columnsFrom1900(columnsTo1900(rows, [1, 3], "1904"), [1, 3], "1904")).toEqual(rows);
    expect(columnsTo1900(rows, [1, 3], "1900")).toBe(rows);
    expect(columnsFrom1900(rows, [], "1904")).toBe(rows);
  });

  test("the client table's date columns are the mapping's date fields, wherever the headers are", () => {
    const headers = ["Born", "Client", "Last call", "Revenue", "Since", "Next topic"];
    const mapping = {
      name: "Client",
      lastContact: "Last call",
      birthday: "Born",
      clientSince: "Since",
      revenue: "Revenue",
      followUp: "Next topic",
    };
    expect(clientDateColumns(headers, mapping).sort()).toEqual([0, 2, 4]);
    expect(clientDateColumns(headers, { name: "Client" })).toEqual([]);
  });

  test("the Contact Log's date columns are found by header, even in a log whose columns were moved", () => {
    expect(contactLogDateColumns(CONTACT_LOG_HEADERS)).toEqual([0, 9]);
    expect(contactLogDateColumns(["Client ID", "Snoozed until", "Date"])).toEqual([2, 1]);
  });

  test("of the settings' names only the holidays move", () => {
    const values = {
      [SETTING_NAMES.holidays]: [[IN_1904], ["2026-12-25"], [""]],
      [SETTING_NAMES.capacity]: [[60]],
      [SETTING_NAMES.cadence]: null,
    };
    expect(settingNamesTo1900(values, "1904")).toEqual({
      [SETTING_NAMES.holidays]: [[AS_OF], ["2026-12-25"], [""]],
      [SETTING_NAMES.capacity]: [[60]],
      [SETTING_NAMES.cadence]: null,
    });
    expect(settingNamesTo1900(values, "1900")).toBe(values);
  });
});

describe("sheet layouts in a 1904 workbook", () => {
  const layout = {
    sheet: "Plan",
    names: [],
    blocks: [
      { at: "A1", values: [["Plan", AS_OF]] },
      {
        at: "A3",
        values: [
          ["Next contact", AS_OF],
          ["Last contact", "never"],
        ],
        formats: ["@", "yyyy-mm-dd"],
      },
      { at: "D3", values: [[1, AS_OF, 0.5, 12]], formats: ["0", "d mmm yyyy", "0%", "#,##0.0"] },
    ],
  };

  test("numbers move only in the columns whose format shows a date; text there and other formats stay", () => {
    const moved = layoutFrom1900(layout, "1904");
    expect(moved.sheet).toBe("Plan");
    expect(moved.blocks.map((b) => b.values)).toEqual([
      [["Plan", AS_OF]],
      [
        ["Next contact", IN_1904],
        ["Last contact", "never"],
      ],
      [[1, IN_1904, 0.5, 12]],
    ]);
    expect(moved.blocks[0]).toBe(layout.blocks[0]);
    expect(layoutFrom1900(layout, "1900")).toBe(layout);
  });

  test("a layout holds dates only when a date-formatted column holds a number", () => {
    expect(layoutHoldsDates(layout)).toBe(true);
    const blank = {
      blocks: [
        { values: [[""], [0]], formats: ["yyyy-mm-dd"] },
        { values: [[5]], formats: ["0"] },
      ],
    };
    expect(layoutHoldsDates(blank)).toBe(false);
  });

  test("which number formats show a date", () => {
    for (const format of [
      "yyyy-mm-dd",
      "d mmm yyyy",
      "m/d/yy",
      "[$-409]dddd",
      "mmmm",
      "m/d/yy h:mm",
      "yyyy-mm-dd hh:mm:ss AM/PM",
    ])
      expect(isDateFormat(format)).toBe(true);
    // A time of day: "m" after an hour or before a second is minutes, not the month.
    for (const format of ["h:mm", "hh:mm:ss", "mm:ss", "[h]:mm", "[mm]:ss", "h:mm AM/PM", "h \\m"])
      expect(isDateFormat(format)).toBe(false);
    for (const format of [
      undefined,
      "",
      "General",
      "@",
      "0",
      "0.0",
      "0%",
      "#,##0.##",
      '"days" 0',
      "[Red]0",
    ])
      expect(isDateFormat(format)).toBe(false);
  });
});
