import { guessMapping } from "../../../src/core/book/clientFields";
import {
  describeMapping,
  knownOwners,
  missingKeyFields,
  unknownOwnerWarning,
} from "../../../src/core/book/mappingReport";

describe("saying what was read", () => {
  test("each field's column, name parts as they are, and the columns not used", () => {
    const headers = ["Contact ID", "First Name", "Last Name", "AUM", "Annual Revenue", "Notes"];
    expect(describeMapping(guessMapping(headers), headers)).toBe(
      'Client ID ← "Contact ID"; First name ← "First Name"; Last name ← "Last Name"; Revenue ← "Annual Revenue"; not used: "AUM", "Notes"'
    );
    expect(describeMapping({}, ["A"])).toBe('no column recognised; not used: "A"');
  });

  test("one warning per key field without a column", () => {
    expect(missingKeyFields(guessMapping(["Client ID", "Name", "Last contact", "Owner"]))).toEqual(
      []
    );
    const warnings = missingKeyFields(guessMapping(["Household", "Tier"]));
    expect(warnings.map((w) => w.split(" (")[0])).toEqual([
      "no client ID column",
      "no person's name column",
      "no last-contact column",
      "no owner column",
    ]);
  });

  test("an owner nobody has is named with the owners known, each once as written", () => {
    const owners = ["Dana Whitfield", " dana whitfield", "Lee Park", ""];
    expect(knownOwners(owners)).toEqual(["Dana Whitfield", "Lee Park"]);
    expect(unknownOwnerWarning(" DANA WHITFIELD ", owners)).toBeNull();
    expect(unknownOwnerWarning("", owners)).toBeNull();
    expect(unknownOwnerWarning("Dana Whitfeld", owners)).toBe(
      'owner "Dana Whitfeld" matches no client\'s owner (owners: Dana Whitfield, Lee Park)'
    );
    expect(unknownOwnerWarning("Dana", [])).toBe(
      'owner "Dana" matches no client\'s owner (the book names no owners)'
    );
  });
});
