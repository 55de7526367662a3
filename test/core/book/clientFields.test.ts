import {
  guessMapping,
  looksLikeClientTable,
  reconcileMapping,
} from "../../../src/core/book/clientFields";

describe("recognising a client table's columns", () => {
  test("common synonyms, any case and punctuation", () => {
    const mapping = guessMapping([
      "Client ID",
      "Account",
      "Segment",
      "AUM",
      "Margin",
      "Products held",
      "Strategic value",
      "Potential",
      "Last called",
      "Assigned to",
      "Date of birth",
      "Client since",
      "Phone",
      "E-mail",
      "Next topic",
      "Notes",
    ]);
    expect(mapping).toEqual({
      id: "Client ID",
      name: "Account",
      tier: "Segment",
      revenue: "AUM",
      profitability: "Margin",
      products: "Products held",
      strategic: "Strategic value",
      opportunity: "Potential",
      lastContact: "Last called",
      owner: "Assigned to",
      birthday: "Date of birth",
      clientSince: "Client since",
      phone: "Phone",
      email: "E-mail",
      followUp: "Next topic",
    });
  });

  test("each header serves one field; unknown headers are left alone", () => {
    expect(guessMapping(["Name", "Fees", "Favourite colour", "last_contact", "ADVISOR"])).toEqual({
      name: "Name",
      revenue: "Fees",
      lastContact: "last_contact",
      owner: "ADVISOR",
    });
  });

  test("a table is a client list when it has names and something to rotate on", () => {
    expect(looksLikeClientTable(guessMapping(["Client", "Last contact"]))).toBe(true);
    expect(looksLikeClientTable(guessMapping(["Product", "Price"]))).toBe(false);
  });

  test("a saved mapping loses the headers the table no longer has", () => {
    expect(reconcileMapping({ name: "Client", owner: "Advisor" }, ["Client", "Owner"])).toEqual({
      name: "Client",
    });
  });
});
