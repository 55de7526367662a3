/** @jest-environment jsdom */
/**
 * The pane as the practice runs it: the follow-up kept unless cleared on purpose, outcomes, undo
 * of a saved contact, and the mailing tiers as a batch on the Team tab.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { d, HEADERS, ROWS } from "../fixtures/smallBook";
import { findDialog, openTab, renderApp, seededWorkbook, TABLE, tableRows } from "./renderApp";

const LOG = "ContactLog";

async function openLog(user: ReturnType<typeof renderApp>, name: string) {
  const mine = await screen.findByRole("region", { name: "My calls" });
  await user.click(within(mine).getByRole("button", { name: `Log contact with ${name}` }));
  return findDialog(`Log contact with ${name}`);
}

function client(port: Awaited<ReturnType<typeof seededWorkbook>>, id: string) {
  return tableRows(port, TABLE).find((r) => r["Client ID"] === id);
}

describe("every conversation invested into the next", () => {
  test("the follow-up on record is shown and kept when the contact leaves it as it is", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const dialog = await openLog(user, "Fox");
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await screen.findByText(/^Saved: call with Fox/);
    expect(client(port, "C-6")).toMatchObject({ "Follow-up": "cruise to Alaska" });
  });

  test("a blank follow-up keeps the one on record; clearing it is a choice", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    let dialog = await openLog(user, "Fox");
    await user.clear(within(dialog).getByRole("textbox", { name: "Follow-up for next time" }));
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await screen.findByText(/^Saved: call with Fox/);
    expect(client(port, "C-6")).toMatchObject({ "Follow-up": "cruise to Alaska" });

    dialog = await openLog(user, "Ames");
    await user.click(
      within(dialog).getByRole("checkbox", { name: "Clear the follow-up (it was raised)" })
    );
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await screen.findByText(/^Saved: call with Ames/);
    expect(client(port, "C-1")).toMatchObject({ "Follow-up": "" });
  });

  test("a voicemail is logged as a try: the rotation does not move", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const lastBefore = client(port, "C-6")?.["Last contact"];
    const dialog = await openLog(user, "Fox");
    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: "Outcome" }),
      "left a message"
    );
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await screen.findByText("Saved: call with Fox (left a message).");
    expect(tableRows(port, LOG).at(-1)).toMatchObject({ Outcome: "left a message" });
    expect(client(port, "C-6")?.["Last contact"]).toBe(lastBefore);
  });

  test("the card shows the tries, the last notes and what an inbound call left", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    let dialog = await openLog(user, "Ames");
    await user.click(
      within(dialog).getByRole("radio", { name: "Inbound (the client reached out)" })
    );
    await user.type(within(dialog).getByRole("textbox", { name: "Notes" }), "asked about fees");
    const followUp = within(dialog).getByRole("textbox", { name: "Follow-up for next time" });
    await user.clear(followUp);
    await user.type(followUp, "send the fee schedule");
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await screen.findByText(/^Saved: call with Ames/);

    dialog = await openLog(user, "Ames");
    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: "Outcome" }),
      "no answer"
    );
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await screen.findByText("Saved: call with Ames (no answer).");
    // Ames stays among the cards to send (a birthday this week), now with the try on the card.
    const card = screen.getAllByRole("article", { name: "Ames" })[0];
    expect(card.textContent).toMatch(/Tried: .*23 Nov/);
    expect(card.textContent).toContain(
      "They called 23 Nov 2026: asked about fees — follow up: send the fee schedule"
    );
  });

  test("a saved contact can be taken back from the status line", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const lastBefore = client(port, "C-6")?.["Last contact"];
    const dialog = await openLog(user, "Fox");
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await screen.findByText(/^Saved: call with Fox/);
    expect(tableRows(port, LOG)).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Undo" }));
    await screen.findByText("Took back the call with Fox.");
    expect(tableRows(port, LOG)).toHaveLength(0);
    expect(client(port, "C-6")?.["Last contact"]).toBe(lastBefore);
    const mine = screen.getByRole("region", { name: "My calls" });
    await waitFor(() => within(mine).getByRole("article", { name: "Fox" }));
  });
});

describe("mailings on the Team tab", () => {
  test("the newsletter tier is a batch: who is due, and one click logs it as sent", async () => {
    // Two small clients typed tier C (newsletter by default), last heard from years ago.
    const small = [0, 1].map((i) => {
      const row = [...ROWS[0]];
      row[0] = `N-${i}`;
      row[1] = `Small ${i}`;
      row[2] = "C";
      row[3] = 100;
      row[6] = d("2020-01-06");
      return row;
    });
    const port = await seededWorkbook({ rows: [...ROWS, ...small] });
    const user = renderApp(port);
    const team = await openTab(user, "Team");
    const newsletter = within(team).getByRole("region", { name: "Due for the newsletter" });
    const due = Number(/(\d+) due/.exec(newsletter.textContent ?? "")?.[1] ?? 0);
    expect(due).toBeGreaterThan(0);
    await user.click(within(newsletter).getByRole("button", { name: `Log as sent to all ${due}` }));
    await screen.findByText(`Logged the newsletter as sent to ${due} clients.`);
    const sent = tableRows(port, LOG).filter((r) => r.Outcome === "sent");
    expect(sent).toHaveLength(due);
  });
});

describe("the client profile", () => {
  test("family, occupation and interests columns are on the card for the next call", async () => {
    const headers = [...HEADERS, "Family", "Occupation", "Interests"];
    const rows = ROWS.map((row, i) =>
      i === 5
        ? [...row, "daughter at university", "retired pilot", "sailing"]
        : [...row, "", "", ""]
    );
    renderApp(await seededWorkbook({ headers, rows }));
    const mine = await screen.findByRole("region", { name: "My calls" });
    expect(within(mine).getByRole("article", { name: "Fox" }).textContent).toContain(
      "Knows: family: daughter at university · work: retired pilot · interests: sailing"
    );
  });
});
