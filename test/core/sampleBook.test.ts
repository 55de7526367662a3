import { guessMapping } from "../../src/core/clientFields";
import { readClientRows } from "../../src/core/clientRows";
import { SAMPLE_HEADERS, sampleRows } from "../../src/core/sampleBook";

describe("sample client list", () => {
  test("the same seed gives the same book, and every row reads cleanly", () => {
    const rows = sampleRows({ asOf: 46349, size: 200 });
    expect(sampleRows({ asOf: 46349, size: 200 })).toEqual(rows);
    const reading = readClientRows({ headers: [...SAMPLE_HEADERS], rows, firstRowNumber: 2 }, guessMapping([...SAMPLE_HEADERS]), new Set(["A", "B", "C"]));
    expect(reading.problems).toEqual([]);
    expect(reading.clients).toHaveLength(200);
  });

  test("revenue is concentrated: the top fifth hold most of it", () => {
    const revenue = sampleRows({ asOf: 46349, size: 500 }).map((r) => r[3] as number).sort((a, b) => b - a);
    const total = revenue.reduce((a, b) => a + b, 0);
    const top = revenue.slice(0, 100).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.6);
  });
});
