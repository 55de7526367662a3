import {
  fieldsOnPlan,
  hasChanges,
  profileChanges,
  withProfile,
} from "../../../src/core/book/clientProfile";

const known = { family: "two children", occupation: "surgeon", interests: "" };

describe("what was learned about a client", () => {
  test("only fields that differ from the record are changes; spaces around do not count", () => {
    expect(
      profileChanges(known, { family: " two children ", occupation: "retired", interests: "" })
    ).toEqual({ occupation: "retired" });
    expect(profileChanges(known, {})).toEqual({});
    expect(hasChanges(profileChanges(known, { family: "two children" }))).toBe(false);
  });

  test("a blank field erases what was known: the dialog starts from the record", () => {
    const changes = profileChanges(known, { occupation: "  " });
    expect(changes).toEqual({ occupation: "" });
    expect(withProfile(known, changes)).toEqual({ ...known, occupation: "" });
  });

  test("fields without a column are kept on the plan", () => {
    expect(fieldsOnPlan({ family: "Spouse", id: "ID" })).toEqual(["occupation", "interests"]);
    expect(fieldsOnPlan({ family: "F", occupation: "O", interests: "I" })).toEqual([]);
  });
});
