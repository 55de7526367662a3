import {
  DEFAULT_SETTINGS,
  readSettings,
  SETTING_NAMES,
  settingsLayout,
  type RotationSettings,
} from "../../../src/core/book/settings";

/** Lays the settings out as the sheet holds them and reads the named ranges back, as the pane does. */
function roundTrip(settings: RotationSettings, edit?: (cells: Map<string, unknown>) => void) {
  const layout = settingsLayout(settings);
  const cells = new Map<string, unknown>();
  const col = (letter: string) => letter.charCodeAt(0) - 64;
  for (const block of layout.blocks) {
    const [, letter, row] = /^([A-Z])(\d+)$/.exec(block.at)!;
    block.values.forEach((values, i) =>
      values.forEach((v, j) =>
        cells.set(`${String.fromCharCode(64 + col(letter) + j)}${Number(row) + i}`, v)
      )
    );
  }
  edit?.(cells);
  const values: Record<string, unknown[][] | null> = {};
  for (const { name, address } of layout.names) {
    const [from, to = from] = address.split(":");
    const [, c1, r1] = /^([A-Z])(\d+)$/.exec(from)!;
    const [, c2, r2] = /^([A-Z])(\d+)$/.exec(to)!;
    values[name] = [];
    for (let r = Number(r1); r <= Number(r2); r++) {
      const row: unknown[] = [];
      for (let c = col(c1); c <= col(c2); c++)
        row.push(cells.get(`${String.fromCharCode(64 + c)}${r}`) ?? "");
      values[name]!.push(row);
    }
  }
  return readSettings(values as never);
}

describe("rotation settings", () => {
  test("the sheet written from the defaults reads back as the defaults", () => {
    const { settings, problems } = roundTrip(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      weights: { revenue: 1, profitability: 1, products: 1, strategic: 1, opportunity: 1 },
    });
  });

  test("the team table: written, read back, and typed by hand with several owners", () => {
    const team = [
      { person: "Dana", role: "advisor", supports: [] },
      { person: "Pat", role: "assistant", supports: ["Dana", "Lee"] },
    ];
    expect(roundTrip({ ...DEFAULT_SETTINGS, team }).settings.team).toEqual(team);
    const typed = roundTrip(DEFAULT_SETTINGS, (cells) => {
      cells.set("A24", " Kim ");
      cells.set("B24", "associate");
      cells.set("C24", "Dana; Lee and Sam");
    });
    expect(typed.settings.team).toEqual([
      { person: "Kim", role: "associate", supports: ["Dana", "Lee", "Sam"] },
    ]);
  });

  test("edits by hand change the settings", () => {
    const custom = { ...DEFAULT_SETTINGS, me: "Dana", holidays: [46381], weights: { revenue: 3 } };
    const { settings, problems } = roundTrip(custom, (cells) => {
      cells.set("B5", 60); // A every 60 days
      cells.set("A8", "d");
      cells.set("B8", 730);
      cells.set("B14", 45);
      cells.set("B16", "1000001");
    });
    expect(problems).toEqual([]);
    expect(settings.tiers.map((t) => [t.tier, t.days])).toEqual([
      ["A", 60],
      ["B", 180],
      ["C", 365],
      ["D", 730],
    ]);
    expect(settings.tiers[3]).toMatchObject({ channel: "Call", responsible: "Team" });
    expect(settings).toMatchObject({
      me: "Dana",
      holidays: [46381],
      capacityMinutes: 45,
      weekend: "1000001",
    });
    expect(settings.weights.revenue).toBe(3);
  });

  test("bad values fall back to their defaults, each reported", () => {
    const { settings, problems } = roundTrip(DEFAULT_SETTINGS, (cells) => {
      cells.set("B14", -5);
      cells.set("B16", "weekends");
      cells.set("G5", "heavy");
      cells.set("I5", "Christmas");
      cells.set("B6", 0);
    });
    expect(settings.capacityMinutes).toBe(60);
    expect(settings.weekend).toBe("0000011");
    expect(settings.tiers.map((t) => t.days)).toEqual([90, 180, 365]);
    expect(problems).toEqual([
      expect.stringMatching(/^Working week: .*; using Saturday and Sunday off$/),
      expect.stringMatching(/^Cadence: .*B.*; using the default cadence$/),
      'Weight of Revenue: "heavy" is not a number; using 1',
      'Holidays row 1: "Christmas" is not a date; type it as yyyy-mm-dd; left out',
      "Minutes a day: -5 must be more than 0; using 60",
    ]);
  });

  test("missing names mean defaults", () => {
    expect(readSettings({}).settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.values(SETTING_NAMES)).toContain("RH_Cadence");
  });
});

describe("the date-order setting", () => {
  test("round-trips mdy and dmy; blank is the computer's language (null)", () => {
    expect(roundTrip({ ...DEFAULT_SETTINGS, dateOrder: "dmy" }).settings.dateOrder).toBe("dmy");
    expect(roundTrip({ ...DEFAULT_SETTINGS, dateOrder: "mdy" }).settings.dateOrder).toBe("mdy");
    expect(roundTrip(DEFAULT_SETTINGS).settings.dateOrder).toBeNull();
  });

  test("typed by hand: DD/MM/YYYY is day first; anything else is reported and ignored", () => {
    expect(
      roundTrip(DEFAULT_SETTINGS, (cells) => cells.set("B20", "DD/MM/YYYY")).settings.dateOrder
    ).toBe("dmy");
    const odd = roundTrip(DEFAULT_SETTINGS, (cells) => cells.set("B20", "sometimes"));
    expect(odd.settings.dateOrder).toBeNull();
    expect(odd.problems).toEqual([
      `Text dates: "sometimes" is not mdy or dmy; using the computer's language`,
    ]);
  });
});

describe("the rotate-by-household setting", () => {
  test("round-trips on and off; blank is auto (on where the table has households)", () => {
    expect(roundTrip({ ...DEFAULT_SETTINGS, households: "on" }).settings.households).toBe("on");
    expect(roundTrip({ ...DEFAULT_SETTINGS, households: "off" }).settings.households).toBe("off");
    expect(roundTrip(DEFAULT_SETTINGS).settings.households).toBe("auto");
  });

  test("typed by hand: yes and no in any case; anything else is reported and auto", () => {
    expect(roundTrip(DEFAULT_SETTINGS, (c) => c.set("B21", " No ")).settings.households).toBe(
      "off"
    );
    expect(roundTrip(DEFAULT_SETTINGS, (c) => c.set("B21", true)).settings.households).toBe("on");
    const odd = roundTrip(DEFAULT_SETTINGS, (c) => c.set("B21", "maybe"));
    expect(odd.settings.households).toBe("auto");
    expect(odd.problems).toEqual([expect.stringMatching(/^Rotate by household: "maybe"/)]);
  });
});

describe("introductions as a score criterion", () => {
  test("off by default (weight 0); a weight typed on the sheet opts in", () => {
    expect(roundTrip(DEFAULT_SETTINGS).settings.introductionWeight).toBe(0);
    expect(
      roundTrip({ ...DEFAULT_SETTINGS, introductionWeight: 2 }).settings.introductionWeight
    ).toBe(2);
  });
});
