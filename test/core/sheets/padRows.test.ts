import { fitRows, padRows } from "../../../src/core/sheets/padRows";

describe("rows for a block of fixed height", () => {
  test("padRows adds blank rows of the width up to the count, and keeps rows past it", () => {
    expect(padRows([["a", 1]], 3, 2)).toEqual([
      ["a", 1],
      ["", ""],
      ["", ""],
    ]);
    expect(padRows([["a"], ["b"]], 1, 1)).toEqual([["a"], ["b"]]);
  });

  test("fitRows gives exactly the count: cut, or padded", () => {
    expect(fitRows([["a"], ["b"]], 1, 1)).toEqual([["a"]]);
    expect(fitRows([["a"]], 2, 1)).toEqual([["a"], [""]]);
  });
});
