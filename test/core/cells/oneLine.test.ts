import { hasControl, oneLine } from "../../../src/core/cells/oneLine";

test("control characters are shown as escapes, so a value stays on one line", () => {
  expect(oneLine("Ames\nrelationship-hour: all fine")).toBe("Ames\\nrelationship-hour: all fine");
  expect(oneLine("a\tb\r\u001b[2Jc\u2028d")).toBe("a\\tb\\r\\u001b[2Jc\\u2028d");
  expect(oneLine("Zoë — ok")).toBe("Zoë — ok");
  expect(hasControl("ok")).toBe(false);
  expect(hasControl("a\u0085b")).toBe(true);
});
