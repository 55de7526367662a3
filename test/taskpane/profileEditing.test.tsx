/** @jest-environment jsdom */
/**
 * What a conversation taught, edited in the log dialog: family, occupation and interests start as
 * on record, and a change is kept in the client's row or, without the columns, on the plan.
 */
import { cleanup, screen, within } from "@testing-library/react";
import { HEADERS, ROWS } from "../fixtures/smallBook";
import { findDialog, renderApp, seededWorkbook, TABLE, tableRows } from "./renderApp";

async function openLog(user: ReturnType<typeof renderApp>, name: string) {
  const mine = await screen.findByRole("region", { name: "My calls" });
  await user.click(within(mine).getByRole("button", { name: `Log contact with ${name}` }));
  return findDialog(`Log contact with ${name}`);
}

async function foxCard(): Promise<string> {
  const mine = await screen.findByRole("region", { name: "My calls" });
  return within(mine).getByRole("article", { name: "Fox" }).textContent ?? "";
}

describe("the profile in the log dialog", () => {
  test("shows what is known, and a changed field goes to the client's row and the card", async () => {
    const headers = [...HEADERS, "Family", "Occupation", "Interests"];
    const rows = ROWS.map((row, i) =>
      i === 5 ? [...row, "daughter at university", "", "sailing"] : [...row, "", "", ""]
    );
    const port = await seededWorkbook({ headers, rows });
    const user = renderApp(port);
    const dialog = await openLog(user, "Fox");
    const group = within(dialog).getByRole("group", { name: /What we know/ });
    expect(within(group).getByRole("textbox", { name: "Family" })).toHaveProperty(
      "value",
      "daughter at university"
    );
    await user.type(within(group).getByRole("textbox", { name: "Occupation" }), "retired pilot");
    // Fox called in: the rotation does not move, so the card stays on My calls.
    await user.click(within(dialog).getByRole("radio", { name: /Inbound/ }));
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await screen.findByText(/^Saved: call with Fox/);
    expect(await foxCard()).toContain(
      "Knows: family: daughter at university · work: retired pilot · interests: sailing"
    );
    expect(tableRows(port, TABLE).find((r) => r["Client ID"] === "C-6")).toMatchObject({
      Family: "daughter at university",
      Occupation: "retired pilot",
      Interests: "sailing",
    });
  });

  test("without profile columns it is kept on the plan, and the card says it", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const dialog = await openLog(user, "Fox");
    await user.type(within(dialog).getByRole("textbox", { name: "Interests" }), "sailing");
    await user.click(within(dialog).getByRole("radio", { name: /Inbound/ }));
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await screen.findByText(/^Saved: call with Fox/);
    expect(await foxCard()).toContain("Knows: interests: sailing");
    expect(port.sheets.has("Fox")).toBe(true);

    // Opened again, the pane reads it back from the plan.
    cleanup();
    renderApp(port);
    expect(await foxCard()).toContain("Knows: interests: sailing");
  });
});
