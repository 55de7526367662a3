/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { SAMPLE_TABLE } from "../../src/app/setupActions";
import { CONTACT_LOG_TABLE, contactLogRow } from "../../src/core/book/contactLog";
import { SAMPLE_SIZE, sampleBook } from "../../src/core/sample/sampleBook";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { AS_OF } from "../fixtures/smallBook";
import { renderApp } from "./renderApp";

describe("the empty state", () => {
  test("no client table: inserting the sample shows today's list", async () => {
    const port = new MemoryWorkbook();
    const user = renderApp(port);
    await screen.findByRole("heading", { name: "No client table found" });
    await user.click(screen.getByRole("button", { name: "Insert a sample client list" }));

    const mine = await screen.findByRole("region", { name: "My calls" });
    expect(within(mine).getAllByRole("article").length).toBeGreaterThan(0);
    expect(port.tables.get(SAMPLE_TABLE)?.rows).toHaveLength(SAMPLE_SIZE);
    // With its history: the same Contact Log the core's generator makes for the day.
    expect(port.tables.get(CONTACT_LOG_TABLE)?.rows).toEqual(
      sampleBook({ asOf: AS_OF }).log.map(contactLogRow)
    );
  });

  test("data on the active sheet without a table: offers to make one", async () => {
    const port = new MemoryWorkbook();
    port.activeSheet = {
      sheet: "Sheet1",
      address: "A1:C2",
      values: [
        ["Client", "Tier", "Last contact"],
        ["Ames", "A", 46000],
      ],
    };
    const user = renderApp(port);
    await user.click(await screen.findByRole("button", { name: "Make a table from Sheet1" }));
    // The new table's columns are guessed and shown for the user to confirm.
    await screen.findByRole("heading", { name: "Which column means what" });
    expect((screen.getByRole("combobox", { name: "Tier" }) as HTMLSelectElement).value).toBe(
      "Tier"
    );
  });

  test("a workbook that cannot be read: the error and what to do, with a way to try again", async () => {
    const port = new MemoryWorkbook();
    let failures = 1;
    const listTables = port.listTables.bind(port);
    port.listTables = () =>
      failures-- > 0 ? Promise.reject(new Error("The workbook is busy")) : listTables();
    const user = renderApp(port);

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not read the workbook");
    expect(alert.textContent).toContain("The workbook is busy");
    expect(alert.textContent).toContain("press Enter or Esc in Excel");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    await screen.findByRole("heading", { name: "No client table found" });
  });
});
