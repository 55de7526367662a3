import fc from "fast-check";
import { sortByKey } from "../../../src/core/scoring/sortByKey";

interface Item {
  readonly key: number;
  readonly tie: number;
  readonly id: number;
}

const compare = (a: Item, b: Item) => a.key - b.key || a.tie - b.tie || a.id - b.id;

describe("sort by a numeric key, ties settled by a comparison", () => {
  test("gives the order of comparing the key, then the tie-break", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            key: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2 ** 40 })),
            tie: fc.integer({ min: -3, max: 3 }),
          }),
          { maxLength: 200 }
        ),
        (raw) => {
          const items = raw.map((r, id) => ({ ...r, id }));
          expect(
            sortByKey(
              items,
              (i) => i.key,
              (a, b) => a.tie - b.tie || a.id - b.id
            )
          ).toEqual([...items].sort(compare));
        }
      )
    );
  });

  test("keys too large to pack, or not whole, fall back to the comparison", () => {
    const items = [2 ** 52, 3, 2 ** 51, 0.5].map((key, id) => ({ key, tie: 0, id }));
    expect(
      sortByKey(
        items,
        (i) => i.key,
        () => 0
      ).map((i) => i.key)
    ).toEqual([0.5, 3, 2 ** 51, 2 ** 52]);
  });
});
