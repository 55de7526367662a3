/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { MAPPING_SETTING } from "../../src/app/loadBook";
import { HEADERS, ROWS } from "../fixtures/smallBook";
import { openTab, renderApp, seededWorkbook, TABLE, tableRows } from "./renderApp";

function select(name: string): HTMLSelectElement {
  return screen.getByRole("combobox", { name }) as HTMLSelectElement;
}

function savedMapping(port: Awaited<ReturnType<typeof seededWorkbook>>) {
  return JSON.parse(port.settings.get(MAPPING_SETTING) ?? "null");
}

function namesIn(region: HTMLElement): string[] {
  return within(region)
    .queryAllByRole("article")
    .map((a) => within(a).getAllByRole("heading")[0].textContent ?? "");
}

describe("the mapping screen", () => {
  test("shows the guessed columns; a changed one is saved in the workbook and used at once", async () => {
    // "Handled by" is no word the guess knows for the owner.
    const headers = HEADERS.map((h) => (h === "Advisor" ? "Handled by" : h));
    const port = await seededWorkbook({ headers, confirmed: false });
    const user = renderApp(port);

    await screen.findByRole("heading", { name: "Which column means what" });
    expect(select("Client ID").value).toBe("Client ID");
    expect(select("Name").value).toBe("Client");
    expect(select("Last contact").value).toBe("Last contact");
    expect(select("Follow-up").value).toBe("Follow-up");
    expect(select("Profitability").value).toBe("");
    expect(select("Owner").value).toBe("");
    expect(
      within(select("Owner"))
        .getAllByRole("option")
        .map((o) => o.textContent)
    ).toEqual(["(not in the table)", ...headers]);

    await user.selectOptions(select("Owner"), "Handled by");
    await user.click(screen.getByRole("button", { name: "Save columns" }));

    expect(namesIn(await screen.findByRole("region", { name: "My calls" }))).toEqual([
      "Fox",
      "Ames",
      "Chen",
    ]);
    expect(savedMapping(port)).toEqual({
      table: TABLE,
      mapping: expect.objectContaining({ owner: "Handled by", name: "Client", id: "Client ID" }),
    });
  });

  test("lists the rows with unusable values: row number, column, value and why", async () => {
    const bad = ["C-8", "Hill", "Z", "lots", 2, 3, "31/31/2026", "Dana", "", "", "", "", ""];
    const twin = ["C-1", "Ames again", "", 100, 1, 1, "", "Dana", "", "", "", "", ""];
    renderApp(await seededWorkbook({ rows: [...ROWS, bad, twin], confirmed: false }));

    const list = await screen.findByRole("list", { name: "4 cells not read" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([
      "Row 9, Tier: “Z” — not a tier of the cadence (A, B, C); tier computed",
      "Row 9, Revenue: “lots” — not a number",
      expect.stringMatching(/^Row 9, Last contact: “31\/31\/2026” — .+/),
      'Row 10, Client ID: “C-1” — the same ID as row 2; shown as "C-1 (row 10)" until it has its own',
    ]);
  });

  test("says what a missing owner or last-contact column costs, as the command line does", async () => {
    const owner = HEADERS.indexOf("Advisor");
    const last = HEADERS.indexOf("Last contact");
    const keep = (_: unknown, i: number) => i !== owner && i !== last;
    renderApp(
      await seededWorkbook({
        headers: HEADERS.filter(keep),
        rows: ROWS.map((r) => r.filter(keep)),
        confirmed: false,
      })
    );
    const list = await screen.findByRole("list", { name: "Columns not found" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent?.split(" (")[0])
    ).toEqual(["No last-contact column", "No owner column"]);
  });

  test("without a client ID column it offers to add one with stable IDs", async () => {
    const port = await seededWorkbook({
      headers: HEADERS.slice(1),
      rows: ROWS.map((r) => r.slice(1)),
      confirmed: false,
    });
    const user = renderApp(port);

    await screen.findByText("No client ID column");
    // The other key fields are there, so nothing else is missing.
    expect(screen.queryByRole("list", { name: "Columns not found" })).toBeNull();
    expect(select("Client ID").value).toBe("");
    await user.click(screen.getByRole("button", { name: "Add a Client ID column" }));

    await screen.findByRole("region", { name: "My calls" });
    expect(tableRows(port, TABLE).map((r) => r["Client ID"])).toEqual([
      "C-0001",
      "C-0002",
      "C-0003",
      "C-0004",
      "C-0005",
      "C-0006",
      "C-0007",
    ]);
    expect(savedMapping(port).mapping).toMatchObject({ id: "Client ID", name: "Client" });
  });

  test("can be opened again from Settings and left without changes", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    await openTab(user, "Settings");
    await user.click(await screen.findByRole("button", { name: "Change columns" }));
    await screen.findByRole("heading", { name: "Which column means what" });
    await user.click(screen.getByRole("button", { name: "Back to today" }));
    await screen.findByRole("region", { name: "My calls" });
  });
});
