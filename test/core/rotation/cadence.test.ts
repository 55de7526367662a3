import {
  cadenceDays,
  DEFAULT_CADENCE,
  parseCadenceTable,
} from "../../../src/core/rotation/cadence";

const days = (cell: Parameters<typeof cadenceDays>[0], table = DEFAULT_CADENCE) => {
  const result = cadenceDays(cell, table);
  return result.ok ? result.value : `${result.problem.kind}: ${result.problem.message}`;
};

describe("cadence", () => {
  test("default cadence is A 90, B 180, C 365 days", () => {
    expect([days("A"), days("B"), days("C")]).toEqual([90, 180, 365]);
  });

  test("tier letters are matched ignoring case and surrounding spaces", () => {
    expect([days(" a "), days("b\t"), days("c")]).toEqual([90, 180, 365]);
  });

  test("a number of days is taken as it is, also when typed as text", () => {
    expect([days(30), days("45"), days(60.9)]).toEqual([30, 45, 60]);
  });

  test.each([
    ["D", /value: tier_or_days: unknown tier "D"; use A, B, C or a number of days/],
    [0, /value: .*must be 1 or more/],
    [-5, /value: .*must be 1 or more/],
    [0.5, /value: .*must be 1 or more/],
    [true, /value: tier_or_days: true/],
    ["", /na: tier_or_days is blank/],
    [null, /na: tier_or_days is blank/],
  ])("%j is refused", (cell, message) => {
    expect(days(cell)).toMatch(message);
  });

  test("a cadence range overrides and extends the defaults; a header row is skipped", () => {
    const table = parseCadenceTable([
      ["Tier", "Days"],
      ["a", 60],
      ["", ""],
      ["D", "730"],
    ]);
    expect(table.ok).toBe(true);
    if (!table.ok) return;
    expect([days("A", table.value), days("B", table.value), days("d", table.value)]).toEqual([
      60, 180, 730,
    ]);
  });

  test.each([
    [[["A"]], /two columns/],
    [[["A", 0]], /cadence row 1 \(A\).*1 or more/],
    [[[5, 90]], /row 1 has no tier letter/],
    [
      [
        ["A", 90],
        ["B", "soon"],
      ],
      /cadence row 2 \(B\)/,
    ],
  ])("cadence %j is refused", (rows, message) => {
    const table = parseCadenceTable(rows);
    expect(table.ok).toBe(false);
    if (!table.ok) expect(table.problem.message).toMatch(message);
  });
});
