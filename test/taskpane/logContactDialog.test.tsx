/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { AS_OF } from "../fixtures/smallBook";
import { findDialog, renderApp, seededWorkbook, TABLE, tableRows } from "./renderApp";

const LOG = "ContactLog";

async function myCalls() {
  return screen.findByRole("region", { name: "My calls" });
}

function namesIn(region: HTMLElement): string[] {
  return within(region)
    .queryAllByRole("article")
    .map((a) => within(a).getAllByRole("heading")[0].textContent ?? "");
}

async function openLog(user: ReturnType<typeof renderApp>, name: string) {
  await user.click(
    within(await myCalls()).getByRole("button", { name: `Log contact with ${name}` })
  );
  return findDialog(`Log contact with ${name}`);
}

describe("logging a contact", () => {
  test("a call logged through the dialog goes to the Contact Log and leaves today's list at once", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const dialog = await openLog(user, "Fox");
    // The defaults: today, a call, proactive, the minutes a call takes.
    expect((within(dialog).getByLabelText(/^Date/) as HTMLInputElement).value).toBe("2026-11-23");
    expect(
      (within(dialog).getByRole("combobox", { name: "Channel" }) as HTMLSelectElement).value
    ).toBe("call");
    expect(
      (within(dialog).getByRole("radio", { name: "Proactive (I reached out)" }) as HTMLInputElement)
        .checked
    ).toBe(true);
    expect(
      (within(dialog).getByRole("spinbutton", { name: "Minutes" }) as HTMLInputElement).value
    ).toBe("10");

    await user.type(within(dialog).getByRole("textbox", { name: "Notes" }), "=2+2 cruise");
    // The follow-up on record is there to edit: it is replaced here.
    const followUp = within(dialog).getByRole("textbox", { name: "Follow-up for next time" });
    expect((followUp as HTMLTextAreaElement).value).toBe("cruise to Alaska");
    await user.clear(followUp);
    await user.type(followUp, "photos");
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));

    await waitFor(() =>
      expect(namesIn(screen.getByRole("region", { name: "My calls" }))).toEqual(["Ames", "Chen"])
    );
    expect(tableRows(port, LOG)).toEqual([
      expect.objectContaining({
        Date: AS_OF,
        "Client ID": "C-6",
        Client: "Fox",
        Who: "Dana",
        Channel: "call",
        Direction: "outbound",
        Minutes: 10,
        Notes: "=2+2 cruise",
        "Follow-up": "photos",
      }),
    ]);
    const fox = tableRows(port, TABLE).find((r) => r["Client ID"] === "C-6");
    expect(fox).toMatchObject({ "Last contact": AS_OF, "Follow-up": "photos" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  test("an inbound contact is logged, but the client stays on the list", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const dialog = await openLog(user, "Fox");
    await user.click(
      within(dialog).getByRole("radio", { name: "Inbound (the client reached out)" })
    );
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Channel" }), "email");
    await user.type(within(dialog).getByRole("textbox", { name: "Notes" }), "fees");
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));

    await waitFor(() => expect(tableRows(port, LOG)).toHaveLength(1));
    expect(tableRows(port, LOG)[0]).toMatchObject({
      Channel: "email",
      Direction: "inbound",
      Notes: "fees",
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(namesIn(await myCalls())).toEqual(["Fox", "Ames", "Chen"]);
  });

  test("the hour counts calls done out of planned", async () => {
    const user = renderApp(await seededWorkbook());
    await myCalls();
    await user.click(screen.getByRole("button", { name: "Start my hour" }));
    screen.getByText("0 of 3 calls done");
    screen.getByRole("timer", { name: "Time in the hour" });
    const dialog = await openLog(user, "Chen");
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await screen.findByText("1 of 3 calls done");
    await user.click(screen.getByRole("button", { name: "Pause" }));
    screen.getByRole("button", { name: "Resume" });
  });

  test("a refused write is shown in the dialog with what to do, and nothing changes", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const dialog = await openLog(user, "Fox");
    // Someone deletes Fox's row in Excel meanwhile.
    const clients = port.tables.get(TABLE)!;
    clients.rows = clients.rows.filter((r) => r[0] !== "C-6");
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));

    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toContain(
      'Client C-6 is no longer in the table "Clients" (deleted, or its ID changed). Nothing was written.'
    );
    expect(alert.textContent).toContain("Choose Refresh");
    expect(tableRows(port, LOG)).toEqual([]);
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(namesIn(await myCalls())).toEqual(["Fox", "Ames", "Chen"]);
  });

  test("minutes must be a number", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const dialog = await openLog(user, "Fox");
    const minutes = within(dialog).getByRole("spinbutton", { name: "Minutes" });
    await user.clear(minutes);
    await user.type(minutes, "-5");
    await user.click(within(dialog).getByRole("button", { name: "Save contact" }));
    await within(dialog).findByText("Type the minutes as a number, 0 or more, or leave it blank.");
    expect(tableRows(port, LOG)).toEqual([]);
  });
});

describe("snoozing", () => {
  test("moves the client off the list until the chosen day, without counting as contact", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    await user.click(within(await myCalls()).getByRole("button", { name: "Snooze Chen" }));
    const dialog = await findDialog("Snooze Chen");
    const until = within(dialog).getByLabelText(/Snooze until/) as HTMLInputElement;
    expect(until.value).toBe("2026-11-30");
    await user.click(within(dialog).getByRole("button", { name: "Snooze" }));

    await waitFor(() =>
      expect(namesIn(screen.getByRole("region", { name: "My calls" }))).toEqual(["Fox", "Ames"])
    );
    expect(tableRows(port, LOG)).toEqual([
      expect.objectContaining({
        "Client ID": "C-3",
        Channel: "snooze",
        "Snoozed until": AS_OF + 7,
      }),
    ]);
    // Not a contact: Chen's last contact is where it was.
    expect(tableRows(port, TABLE).find((r) => r["Client ID"] === "C-3")?.["Last contact"]).not.toBe(
      AS_OF
    );
  });
});
