/** @jest-environment jsdom */
/**
 * Per-person views on the Plans tab: one person's Time Budget, and the Twelve Days from my clients
 * or from the whole firm's.
 */
import { screen, within } from "@testing-library/react";
import { openTab, renderApp, seededWorkbook } from "./renderApp";

/** The client names on a Twelve Days sheet (its second column holds the dates, its third the names). */
function namesOn(cells: Map<string, unknown>): unknown[] {
  const dated = [...cells.entries()]
    .filter(([cell, value]) => cell.endsWith(",1") && typeof value === "number")
    .map(([cell]) => Number(cell.split(",")[0]));
  return dated.map((row) => cells.get(`${row},2`));
}

describe("per-person views", () => {
  test("the Time Budget for a chosen person, or the whole book's by default", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    await screen.findByRole("list", { name: "My calls" });
    const plans = await openTab(user, "Plans");
    const whose = within(plans).getByRole("combobox", { name: /Time budget for/ });
    // I am first, then the others of the book.
    expect(
      within(whose)
        .getAllByRole("option")
        .map((o) => o.textContent)
    ).toEqual(["The whole book (live formulas)", "Dana", "Lee"]);
    await user.selectOptions(whose, "Lee");
    await user.click(within(plans).getByRole("button", { name: "Time budget" }));
    await screen.findByText('Lee\'s time budget is on the sheet "Time Budget – Lee".');
    expect(port.sheets.get("Time Budget – Lee")!.get("0,0")).toMatch(/^Time budget for Lee/);
    expect(await port.sheetExists("Time Budget")).toBe(false);

    await user.selectOptions(whose, "The whole book (live formulas)");
    await user.click(within(plans).getByRole("button", { name: "Time budget" }));
    await screen.findByText(
      'The time budget is on the sheet "Time Budget"; it recalculates as you edit it.'
    );
  });

  test("the Twelve Days from my clients by default; the whole firm's on a sheet of its own", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    await screen.findByRole("list", { name: "My calls" });
    const plans = await openTab(user, "Plans");
    const scope = within(plans).getByRole("combobox", { name: "Twelve days: whose clients" });
    expect((scope as HTMLSelectElement).value).toBe("mine");
    await user.click(within(plans).getByRole("button", { name: "Twelve days of appreciation" }));
    await screen.findByText('The twelve days are on the sheet "Twelve Days 2026".');
    const mine = namesOn(port.sheets.get("Twelve Days 2026")!);
    expect(mine).toHaveLength(4);

    await user.selectOptions(scope, "The whole firm");
    await user.click(within(plans).getByRole("button", { name: "Twelve days of appreciation" }));
    await screen.findByText('The twelve days are on the sheet "Twelve Days 2026 – firm".');
    const firm = namesOn(port.sheets.get("Twelve Days 2026 – firm")!);
    // Lee's clients (Dutta, Evans) are only in the firm's.
    expect(mine).not.toContain("Dutta");
    expect(firm).toEqual(expect.arrayContaining(["Dutta", "Evans", ...mine]));
    expect(firm.length).toBeGreaterThan(mine.length);
  });
});
