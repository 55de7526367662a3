import { emailAddress, mailtoUri, phoneNumber, telUri } from "../../../src/core/book/contactUri";

describe("tel: and mailto: links carry only the number and the address", () => {
  test.each([
    ["+1 (555) 010-1", "tel:+15550101"],
    ["555 0101", "tel:5550101"],
    ["+1 555 0101;phone-context=evil.example", "tel:+15550101"],
    ["555 0101?body=x&cc=y", "tel:5550101"],
    ["555 0101, 555 0202", "tel:5550101"],
    ["555 0101 ext 12", "tel:5550101"],
    ["no number", null],
  ])("%j → %j", (cell, uri) => expect(telUri(cell)).toBe(uri));

  test.each([
    ["ames@example.com", "mailto:ames@example.com"],
    ["  Ames <ames@example.com> ", "mailto:ames@example.com"],
    ["ames@example.com?bcc=them@x.example&body=hello", null],
    ["ames@example.com&bcc=them@x.example", null],
    ["ames@example.com,them@x.example", null],
    ["ames@example.com\nBcc: them@x.example", null],
    ["a%3Fbcc@example.com", null],
    ["o'brien+crm@example.co.uk", "mailto:o'brien%2Bcrm@example.co.uk"],
    ["not an address", null],
  ])("%j → %j", (cell, uri) => expect(mailtoUri(cell)).toBe(uri));

  test("the bare values, for text output", () => {
    expect(phoneNumber("+44 20 7946 0000;ext=1")).toBe("+442079460000");
    expect(emailAddress("Dana <dana@example.com>")).toBe("dana@example.com");
  });
});
