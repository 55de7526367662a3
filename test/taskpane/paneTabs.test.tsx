/** @jest-environment jsdom */
/** The pane at a practice's size: tabs, one status line, confirmation before many sheets. */
import { screen, within } from "@testing-library/react";
import { AS_OF, ROWS } from "../fixtures/smallBook";
import { findDialog, openTab, renderApp, seededWorkbook, tabNames } from "./renderApp";

/** The small book plus `count` tier-A clients, each new and never contacted (a welcome call). */
function bigRows(count: number): (string | number)[][] {
  const extra = Array.from({ length: count }, (_, i) => {
    const row = [...ROWS[0]];
    row[0] = `N-${i + 1}`;
    row[1] = `New ${String(i + 1).padStart(2, "0")}`;
    row[2] = "A";
    row[6] = "";
    row[8] = "";
    row[9] = AS_OF - 3;
    row[12] = "";
    return row;
  });
  return [...ROWS, ...extra];
}

describe("the pane's tabs and status line", () => {
  test("Today, Team, Plans and Settings are tabs at the top", async () => {
    renderApp(await seededWorkbook());
    await screen.findByRole("region", { name: "My calls" });
    expect(tabNames()).toEqual(["Today", "Team", "Plans", "Settings"]);
  });

  test("one status line: a new message replaces the last, and it can go to the sheet", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const mine = await screen.findByRole("list", { name: "My calls" });
    await user.click(
      within(mine).getByRole("button", { name: "Write the relationship plan sheet for Fox" })
    );
    await screen.findByText('Fox\'s plan is on the sheet "Fox".');
    await user.click(
      within(mine).getByRole("button", { name: "Write the relationship plan sheet for Ames" })
    );
    await screen.findByText('Ames\'s plan is on the sheet "Ames".');
    expect(screen.queryByText('Fox\'s plan is on the sheet "Fox".')).toBeNull();

    await user.click(screen.getByRole("button", { name: "Go to the sheet" }));
    expect(port.shownSheet).toBe("Ames");
  });

  test("a saved contact is confirmed on the status line", async () => {
    const user = renderApp(await seededWorkbook());
    const mine = await screen.findByRole("list", { name: "My calls" });
    await user.click(within(mine).getByRole("button", { name: "Log contact with Fox" }));
    const dialog = await findDialog("Log contact with Fox");
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await screen.findByText("Saved: call with Fox (reached).");
  });
});

describe("a practice-sized book", () => {
  test("more than ten plan sheets are written only after a yes", async () => {
    const port = await seededWorkbook({ rows: bigRows(12) });
    const user = renderApp(port);
    await screen.findByRole("list", { name: "My calls" });
    const plans = await openTab(user, "Plans");
    await user.click(within(plans).getByRole("button", { name: "Plans for all tier A clients" }));
    let dialog = await findDialog("Write 14 plan sheets?");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(await port.sheetExists("Ames")).toBe(false);

    await user.click(within(plans).getByRole("button", { name: "Plans for all tier A clients" }));
    dialog = await findDialog("Write 14 plan sheets?");
    await user.click(within(dialog).getByRole("button", { name: "Write 14 sheets" }));
    await screen.findByText(/^14 plan sheets written, from "/);
    expect(await port.sheetExists("New 12")).toBe(true);
  });

  test("a long list shows ten cards until asked for all", async () => {
    const user = renderApp(await seededWorkbook({ rows: bigRows(14) }));
    const welcomes = await screen.findByRole("list", { name: "Welcome calls" });
    expect(within(welcomes).getAllByRole("article")).toHaveLength(10);
    await user.click(screen.getByRole("button", { name: "Show all 14" }));
    expect(
      within(screen.getByRole("list", { name: "Welcome calls" })).getAllByRole("article")
    ).toHaveLength(14);
  });
});
