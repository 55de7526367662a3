import fc from "fast-check";
import { householdtier, responsible } from "../../src/functions/functions";
import { FunctionError, isInternalError } from "../../src/functions/excelError";
import { insertSample, SAMPLE_TABLE, createSettingsSheet } from "../../src/app/setupActions";
import {
  DEFAULT_SETTINGS,
  SETTING_NAMES,
  type RotationSettings,
} from "../../src/core/book/settings";
import { buildToday } from "../../src/core/today/today";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { AS_OF } from "../fixtures/smallBook";
import { loaded } from "../app/bookSession";

// Excel hands over an omitted optional argument as null.
const omitted = null as never;

function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof FunctionError))
    throw new Error(`expected an error, got ${JSON.stringify(cell)}`);
  return { code: cell.code, message: cell.message };
}

// As the Rotation Settings sheet lays them out: RH_Cadence (tier, days, channel, responsible) and
// RH_Team (person, role, supports), blank rows below.
const cadence = [
  ["A", 90, "Personal call", "Owner"],
  ["B", 180, "Call", "Team"],
  ["C", 365, "Card or newsletter", "Team"],
  ["D", 365, "Event invitation", "Team"],
  ["", "", "", ""],
];
const team = [
  ["Dana", "advisor", ""],
  ["Pat", "assistant", "Dana, Lee"],
  ["", "", ""],
];

describe("RESPONSIBLE", () => {
  test("without settings: A by the owner, B by the owner (no team), C a newsletter", () => {
    expect(responsible([["A"], ["B"], ["C"]], [["Dana"]], omitted, omitted)).toEqual([
      ["Dana"],
      ["Dana"],
      ["mailing: newsletter"],
    ]);
  });

  test("the team table sends the team tiers to the owner's assistant", () => {
    const result = responsible(
      [["A"], ["B"], ["B"], ["C"], ["D"], ["b"]],
      [["Dana"], ["Dana"], ["Kim"], ["Lee"], ["Lee"], ["  lee "]],
      cadence,
      team
    );
    expect(result).toEqual([
      ["Dana"],
      ["Pat"],
      // Nobody supports Kim: her team tier is hers.
      ["Kim"],
      ["mailing: newsletter"],
      ["mailing: event invitation"],
      // Tiers and owners as people type them.
      ["Pat"],
    ]);
  });

  test("a three-column table (tier, channel, responsible) reads the same", () => {
    const threeColumns = cadence.map(([t, , channel, who]) => [t, channel, who]);
    const tiers = [["A"], ["B"], ["C"], ["D"]];
    const owners = [["Lee"], ["Lee"], ["Lee"], ["Lee"]];
    expect(responsible(tiers, owners, threeColumns, team)).toEqual(
      responsible(tiers, owners, cadence, team)
    );
  });

  test("one tier for a column of owners spills in the owners' shape; blank rows stay blank", () => {
    expect(responsible("B" as never, [["Dana"], [""], ["Lee"]], cadence, team)).toEqual([
      ["Pat"],
      // A blank owner with a tier: nobody to call (the owner's cell is empty).
      [""],
      ["Pat"],
    ]);
    expect(responsible([["A"], [""]], [["Dana"], [""]], omitted, omitted)).toEqual([
      ["Dana"],
      [""],
    ]);
  });

  test("a tier the settings do not know, or no tier, is the owner's", () => {
    expect(responsible([["Z"], [""]], [["Lee"], ["Lee"]], cadence, team)).toEqual([
      ["Lee"],
      ["Lee"],
    ]);
  });

  test.each([
    [
      [["A"], ["B"]],
      [["Dana"], ["Lee"], ["Kim"]],
      cadence,
      team,
      /owner: give one owner, or a range the same size as tier/,
    ],
    [[["A"]], [["Dana"]], [["A", "Owner"]], team, /tier_responsibilities: it has 2 column\(s\)/],
    [[["A"]], [["Dana"]], [["A", -5, "Call", "Owner"]], team, /tier_responsibilities: .*-5 days/],
    [[["A"]], [["Dana"]], cadence, [["Pat", "assistant"]], /team: it has 2 column\(s\)/],
    [
      [["A"]],
      [["Dana"]],
      [["A", 90, "Call", "Owner"], ["B"]],
      team,
      /tier_responsibilities: row 2 has 1 cell/,
    ],
  ])("bad input → #VALUE! naming the argument (%#)", (tiers, owners, table, people, message) => {
    const [[cell]] = responsible(tiers, owners, table, people);
    expect(errorOf(cell).code).toBe("#VALUE!");
    expect(errorOf(cell).message).toMatch(message);
    expect(isInternalError(cell)).toBe(false);
  });

  test("property: every answer is an owner, a supporter or a mailing, and never throws", () => {
    const name = fc.constantFrom("Dana", "Lee", "Kim", " pat ", "", 7);
    const tierCell = fc.constantFrom("A", "b", " C ", "D", "Z", "", 1, true);
    fc.assert(
      fc.property(fc.array(fc.tuple(tierCell, name), { minLength: 1, maxLength: 30 }), (rows) => {
        const result = responsible(
          rows.map(([t]) => [t]),
          rows.map(([, o]) => [o]),
          cadence,
          team
        );
        expect(result).toHaveLength(rows.length);
        result.forEach(([cell], i) => {
          const owner = String(rows[i][1]).trim();
          expect(["", owner, "Pat", "mailing: newsletter", "mailing: event invitation"]).toContain(
            cell
          );
        });
      })
    );
  });
});

describe("RESPONSIBLE agrees with the lists the pane and `today --owner` show", () => {
  const settings: RotationSettings = {
    ...DEFAULT_SETTINGS,
    me: "Dana Whitfield",
    tiers: cadence.slice(0, 4).map(([t, days, channel, who]) => ({
      tier: String(t),
      days: Number(days),
      channel: String(channel),
      responsible: String(who),
    })),
    team: [
      { person: "Dana Whitfield", role: "advisor", supports: [] },
      { person: "Pat Quinn", role: "assistant", supports: ["Dana Whitfield", "Lee Moreno"] },
    ],
  };

  test("the sample book: each due client's list is the person the function names", async () => {
    const port = new MemoryWorkbook();
    await insertSample(port, AS_OF);
    await createSettingsSheet(port, settings);
    const book = await loaded(port);
    const view = buildToday(book.clients, book.settings, AS_OF);

    // What a sheet would hold: the Owner column, tiers from RH.HOUSEHOLDTIER over Revenue (the
    // sample has households, so the book rotates by household), and the names.
    const table = await port.readTable(SAMPLE_TABLE);
    const column = (header: string) => {
      const j = table.headers.indexOf(header);
      return table.rows.map((row) => [row[j]]);
    };
    const names = await port.readNames([SETTING_NAMES.cadence, SETTING_NAMES.team]);
    const tiers = householdtier(column("Revenue"), column("Household"), omitted, omitted);
    const answers = responsible(
      tiers,
      column("Owner"),
      names[SETTING_NAMES.cadence]!,
      names[SETTING_NAMES.team]!
    );
    const byId = new Map(column("Client ID").map(([id], i) => [id, answers[i][0]]));

    // The rotation calls (not welcome calls, which go to a person even on a mailing tier).
    const rotation = (reasons: readonly { kind: string }[]) =>
      reasons.some((r) => ["overdue", "never-contacted", "due-today", "due-soon"].includes(r.kind));
    const lists = [view.mine, ...view.team];
    let compared = 0;
    for (const list of lists)
      for (const item of [...list.calls, ...list.waiting])
        if (rotation(item.item.reasons)) {
          expect([item.client.id, byId.get(item.client.id)]).toEqual([item.client.id, list.owner]);
          compared++;
        }
    for (const mailing of view.mailings)
      for (const r of mailing.recipients) {
        expect(byId.get(r.client.id)).toBe(`mailing: ${mailing.channel}`);
        compared++;
      }
    // The sample has due clients on every kind of list.
    expect(compared).toBeGreaterThan(100);
    expect(lists.map((l) => l.owner)).toEqual(
      expect.arrayContaining(["Dana Whitfield", "Pat Quinn", "Sam Okoro"])
    );
    expect(view.mailings.some((m) => m.recipients.length > 0)).toBe(true);
  });
});
