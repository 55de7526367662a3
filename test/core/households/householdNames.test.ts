import {
  householdHeading,
  householdTitle,
  memberName,
} from "../../../src/core/households/householdNames";

describe("household names", () => {
  test("the heading names the family and its members by first name", () => {
    expect(householdHeading("Lopez", ["Maria Lopez", "Tom Lopez"])).toBe(
      "The Lopez household: Maria, Tom"
    );
  });

  test("a CRM's label with the members' names is the family's household", () => {
    expect(householdHeading("Lopez, Maria & Tom", ["Maria Lopez", "Tom Lopez"])).toBe(
      "The Lopez household: Maria, Tom"
    );
  });

  test("a label that says family or household is kept", () => {
    expect(householdTitle("Lopez Family")).toBe("The Lopez Family");
    expect(householdTitle("The Chen household")).toBe("The Chen household");
  });

  test("a member whose name does not carry the family name keeps it whole", () => {
    expect(memberName("Ana Ruiz", "Lopez")).toBe("Ana Ruiz");
    expect(memberName("Lopez, Maria", "Lopez household")).toBe("Maria");
    expect(memberName("Maria", "Lopez")).toBe("Maria");
  });

  test("a household number is called by the family name its members share", () => {
    expect(householdHeading("1004", ["Isla Patel", "Quinn Patel", "Ana Ruiz"])).toBe(
      "The Patel household: Isla, Quinn, Ana Ruiz"
    );
    expect(householdTitle("HH-0042", ["Mei Chen", "Olu Chen"])).toBe("The Chen household");
    // Nobody's name says it: the number is all there is.
    expect(householdHeading("1004", ["Isla", "Quinn"])).toBe("The 1004 household: Isla, Quinn");
    expect(householdTitle("1004")).toBe("The 1004 household");
  });
});
