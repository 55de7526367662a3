/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { AS_OF, d, ROWS } from "../fixtures/smallBook";
import { openTab, renderApp, seededWorkbook } from "./renderApp";

async function region(name: string) {
  return screen.findByRole("region", { name });
}

function namesIn(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole("article")
    .map((a) => within(a).getAllByRole("heading")[0].textContent ?? "");
}

describe("the Today view", () => {
  test("lists my calls most important first, with why, last contact, follow-up and links", async () => {
    renderApp(await seededWorkbook());
    const mine = await region("My calls");
    expect(namesIn(mine)).toEqual(["Fox", "Ames", "Chen"]);

    const fox = within(mine).getByRole("article", { name: "Fox" });
    expect(within(fox).getByRole("list", { name: "Why Fox is on the list" }).textContent).toContain(
      "203 days overdue"
    );
    expect(fox.textContent).toContain("Tier A");
    expect(fox.textContent).toContain("Overdue");
    expect(fox.textContent).toContain("Ask about: cruise to Alaska");

    const ames = within(mine).getByRole("article", { name: "Ames" });
    const why = within(ames)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(why).toEqual(["birthday Thursday (turns 65)", "21 days overdue"]);
    expect(ames.textContent).toContain("Last proactive contact: 3 Aug 2026 (112 days ago)");
    expect(ames.textContent).toContain("Ask about: ask how the recital went");
    expect(
      within(ames).getByRole("link", { name: "Call Ames at +1 555 0101" }).getAttribute("href")
    ).toBe("tel:+15550101");
    expect(
      within(ames)
        .getByRole("link", { name: "Email Ames at ames@example.com" })
        .getAttribute("href")
    ).toBe("mailto:ames@example.com");

    const chen = within(mine).getByRole("article", { name: "Chen" });
    expect(chen.textContent).toContain("10 years as a client Wednesday");
    expect(within(chen).queryByRole("link", { name: /^Call/ })).toBeNull();
    expect(
      within(chen)
        .getByRole("link", { name: "Email Chen at chen@example.com" })
        .getAttribute("href")
    ).toBe("mailto:chen@example.com");
  });

  test("shows the hour's capacity and the calls planned in it", async () => {
    renderApp(await seededWorkbook());
    await screen.findByText("3 calls planned: 30 of 60 minutes");
    expect((await region("My calls")).textContent).toContain(
      "Dana's clients, most important first: 3 calls, 30 of 60 minutes."
    );
  });

  test("cards to send, welcome calls and the team's rotation", async () => {
    const user = renderApp(await seededWorkbook());
    expect(namesIn(await region("Cards to send"))).toEqual(["Ames", "Chen"]);
    // Evans is Lee's new client: the welcome call is Lee's (in Lee's list), not mine.
    const welcomes = await region("Welcome calls");
    expect(within(welcomes).queryAllByRole("article")).toEqual([]);
    await openTab(user, "Team");
    const lee = within(await region("Team rotation")).getByRole("region", { name: "Lee: 2 calls" });
    expect(namesIn(lee)).toEqual(["Evans", "Dutta"]);
    expect(lee.textContent).toContain("new client: welcome call");
  });

  test("every item has its actions by name, for keyboard and screen reader", async () => {
    renderApp(await seededWorkbook());
    const mine = await region("My calls");
    for (const name of ["Fox", "Ames", "Chen"]) {
      expect(
        (
          within(mine).getByRole("button", {
            name: `Log contact with ${name}`,
          }) as HTMLButtonElement
        ).disabled
      ).toBe(false);
      expect(
        (within(mine).getByRole("button", { name: `Snooze ${name}` }) as HTMLButtonElement).disabled
      ).toBe(false);
    }
  });

  test("another as-of date rebuilds the list from the core", async () => {
    const user = renderApp(await seededWorkbook());
    await region("My calls");
    const asOf = screen.getByLabelText("As of");
    await user.clear(asOf);
    await user.type(asOf, "2026-12-14");
    // Baker's next contact (14 Dec) is due that day; Ames's birthday is behind.
    expect(namesIn(await region("My calls"))).toContain("Baker");
    await user.click(screen.getByRole("button", { name: "Back to today" }));
    expect(namesIn(await region("My calls"))).toEqual(["Fox", "Ames", "Chen"]);
  });

  test("without a name in the settings, the hour covers the whole book", async () => {
    const user = renderApp(await seededWorkbook({ me: null }));
    const mine = await region("My calls");
    expect(namesIn(mine)).toEqual(["Fox", "Ames", "Evans", "Chen", "Dutta"]);
    expect(mine.textContent).toContain("put your name in the Rotation Settings sheet");
    await openTab(user, "Team");
    expect(screen.queryByRole("region", { name: "Team rotation" })).toBeNull();
    await openTab(user, "Settings");
    screen.getByRole("button", { name: "Create the Rotation Settings sheet" });
  });

  test("cells not read are announced and listed on request", async () => {
    const bad = ["C-8", "Hill", "", "lots", 2, 3, d("2026-01-05"), "Dana", "", "", "", "", ""];
    const user = renderApp(await seededWorkbook({ rows: [...ROWS, bad] }));
    await region("My calls");
    await user.click(screen.getByRole("button", { name: "Show the cells" }));
    const list = screen.getByRole("list", { name: "1 cell not read" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual(["Row 9, Revenue: “lots” — not a number"]);
    expect(AS_OF).toBe(46349);
  });
});
