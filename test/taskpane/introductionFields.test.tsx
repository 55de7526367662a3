/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { AS_OF } from "../fixtures/smallBook";
import { findDialog, renderApp, seededWorkbook, tableRows } from "./renderApp";

async function openLog(user: ReturnType<typeof renderApp>, name: string) {
  const mine = await screen.findByRole("region", { name: "My calls" });
  await user.click(within(mine).getByRole("button", { name: `Log contact with ${name}` }));
  return findDialog(`Log contact with ${name}`);
}

describe("an introduction in the log dialog", () => {
  test("a new name the client introduced is logged with the contact, in its own table", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const dialog = await openLog(user, "Fox");
    await user.type(
      within(dialog).getByRole("textbox", { name: "Introduced (name or client ID)" }),
      "Ana Ruiz"
    );
    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: "What came of it" }),
      "not yet"
    );
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await waitFor(() =>
      expect(tableRows(port, "Introductions")).toEqual([
        {
          Date: AS_OF,
          "Introduced by (ID)": "C-6",
          "Introduced by": "Fox",
          "Introduced (ID)": "",
          Introduced: "Ana Ruiz",
          Result: "not yet",
        },
      ])
    );
    expect(tableRows(port, "ContactLog")).toHaveLength(1);
  });

  test("left blank, no introduction is logged; an unknown introducer is refused", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    let dialog = await openLog(user, "Fox");
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await waitFor(() => expect(tableRows(port, "ContactLog")).toHaveLength(1));
    expect(port.tables.get("Introductions")).toBeUndefined();

    dialog = await openLog(user, "Ames");
    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: "Introduction" }),
      "came by"
    );
    await user.type(
      within(dialog).getByRole("textbox", { name: "Introduced by (client ID)" }),
      "C-99"
    );
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    expect(await within(dialog).findByText(/No client with ID "C-99" made it/)).toBeTruthy();
    expect(tableRows(port, "ContactLog")).toHaveLength(1);
  });
});
