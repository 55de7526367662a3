/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { SETTINGS_SHEET } from "../../src/core/book/settings";
import { openTab, renderApp, seededWorkbook } from "./renderApp";

describe("the settings", () => {
  test("the Rotation Settings sheet is created on request, with my name", async () => {
    const port = await seededWorkbook({ me: null });
    const user = renderApp(port);
    await screen.findByRole("region", { name: "My calls" });
    await openTab(user, "Team");
    expect(screen.queryByRole("region", { name: "Team rotation" })).toBeNull();

    const setup = await openTab(user, "Settings");
    await user.selectOptions(
      within(setup).getByRole("combobox", { name: "I am (my name in the Owner column)" }),
      "Dana"
    );
    await user.click(
      within(setup).getByRole("button", { name: `Create the ${SETTINGS_SHEET} sheet` })
    );

    await screen.findByText(/I am Dana/);
    expect(await port.sheetExists(SETTINGS_SHEET)).toBe(true);
    expect(screen.getByRole("region", { name: "Settings" }).textContent).toContain("I am Dana");
    await openTab(user, "Team");
    screen.getByRole("region", { name: "Team rotation" });
  });

  test("editing the sheet by hand changes the pane on the next refresh", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    await screen.findByText("3 calls planned: 30 of 60 minutes");
    // B14, "Minutes a day", typed over in Excel.
    port.sheets.get(SETTINGS_SHEET)!.set("13,1", 20);
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await screen.findByText("2 calls planned: 20 of 20 minutes");
  });

  test("a setting that cannot be used is reported, and the default applies", async () => {
    const port = await seededWorkbook();
    port.sheets.get(SETTINGS_SHEET)!.set("13,1", "an hour");
    renderApp(port);
    await screen.findByText("Some settings could not be used");
    screen.getByText("3 calls planned: 30 of 60 minutes");
  });
});
