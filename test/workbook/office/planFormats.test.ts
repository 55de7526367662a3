/**
 * Number formats on the sheets the add-in writes. Excel shows 4 as "4." under "0.##", so no
 * format may end in optional decimals; whole amounts get thousands and no decimals.
 */
import { DEFAULT_SETTINGS, settingsLayout } from "../../../src/core/book/settings";
import type { SheetLayout } from "../../../src/workbook/workbookPort";
import { amesPlan, history } from "./planBook";

function formatsOf(layout: Pick<SheetLayout, "blocks">): string[] {
  return layout.blocks.flatMap((b) => [...(b.formats ?? [])]);
}

test("no format shows a trailing decimal point; the breakdown's whole values get #,##0", () => {
  const plan = amesPlan(history(2), false);
  const settings = settingsLayout({ ...DEFAULT_SETTINGS, weights: { products: 0.5 } });
  for (const format of [...formatsOf(plan), ...formatsOf(settings)])
    expect([format, /\.#+(;|$)/.test(format)]).toEqual([format, false]);

  const revenue = plan.blocks.find((b) => b.values[0]?.[0] === "Revenue")!;
  expect(revenue.values[0][1]).toBe(48000);
  expect(revenue.formats?.[1]).toBe("#,##0");
  expect(revenue.formats?.[3]).toBe("General");
});
