/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { formatIsoDate } from "../../src/core/dates/serial";
import { openTab, renderApp, seededWorkbook } from "./renderApp";

describe("relationship plans from the pane", () => {
  test("one click on a client writes its plan sheet and says where", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const myCalls = await screen.findByRole("list", { name: "My calls" });
    await user.click(
      within(myCalls).getByRole("button", { name: "Write the relationship plan sheet for Fox" })
    );
    await screen.findByText('Fox\'s plan is on the sheet "Fox".');
    expect(port.sheets.get("Fox")!.get("0,0")).toBe("Relationship plan: Fox");
  });

  test("plans for all top-tier clients, with progress, then the sheets' names", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    await screen.findByRole("list", { name: "My calls" });
    const setup = await openTab(user, "Plans");
    await user.click(within(setup).getByRole("button", { name: "Plans for all tier A clients" }));
    // Ames, Baker and Fox (typed A) are the tier A clients of the small book.
    await screen.findByText("3 plan sheets written: Ames, Baker, Fox.");
    for (const sheet of ["Ames", "Baker", "Fox"]) expect(await port.sheetExists(sheet)).toBe(true);
  });
});

describe("reviews from the pane", () => {
  test("the twelve days start on the coming 13 December, or on any day picked", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    await screen.findByRole("list", { name: "My calls" });
    const setup = await openTab(user, "Plans");
    const from = within(setup).getByLabelText("Twelve days from");
    expect((from as HTMLInputElement).value).toBe("2026-12-13");

    fireEvent.change(from, { target: { value: "2027-03-01" } });
    await user.click(within(setup).getByRole("button", { name: "Twelve days of appreciation" }));
    await screen.findByText('The twelve days are on the sheet "Twelve Days 2027".');
    const dates = [...port.sheets.get("Twelve Days 2027")!.entries()]
      .filter(([cell, value]) => cell.endsWith(",1") && typeof value === "number")
      .map(([, value]) => formatIsoDate(value as number))
      .sort();
    // My (Dana's) four clients of the small book fill the first four days.
    expect(dates).toEqual(["01", "02", "03", "04"].map((d) => `2027-03-${d}`));

    fireEvent.change(from, { target: { value: "" } });
    const button = within(setup).getByRole("button", { name: "Twelve days of appreciation" });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  test("the twelve days, the time budget, coverage and the time journal are one click each", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    await screen.findByRole("list", { name: "My calls" });
    const setup = await openTab(user, "Plans");
    await user.click(within(setup).getByRole("button", { name: "Twelve days of appreciation" }));
    await screen.findByText('The twelve days are on the sheet "Twelve Days 2026".');
    await user.click(within(setup).getByRole("button", { name: "Time budget" }));
    await screen.findByText(
      'The time budget is on the sheet "Time Budget"; it recalculates as you edit it.'
    );
    expect(await port.sheetExists("Time Budget")).toBe(true);
    await user.click(within(setup).getByRole("button", { name: "Refresh coverage" }));
    await screen.findByText('Coverage is on the sheet "Coverage".');
    await user.click(within(setup).getByRole("button", { name: "Time journal" }));
    await screen.findByText(
      'Journal a day on the sheet "Time Journal": the shares update as you type.'
    );
  });
});
