import { plural } from "../../../src/core/today/plural";

test("plural: one is singular, every other count plural", () => {
  expect(plural(1, "day")).toBe("1 day");
  expect(plural(0, "call")).toBe("0 calls");
  expect(plural(2, "more call")).toBe("2 more calls");
});
