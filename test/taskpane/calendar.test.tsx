/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { PLAN_ROWS } from "../../src/core/sheets/planSheet";
import { formatIsoDate } from "../../src/core/dates/serial";
import { SETTINGS_SHEET } from "../../src/core/book/settings";
import { d } from "../fixtures/smallBook";
import { findDialog, openTab, renderApp, seededWorkbook } from "./renderApp";

interface Download {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** What the pane handed to the browser as files: jsdom has no object URLs and no downloads. */
let handed: { name: string; blob: Blob }[] = [];
let blobs = new Map<string, Blob>();

beforeEach(() => {
  handed = [];
  blobs = new Map();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:calendar/${blobs.size + 1}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    const blob = blobs.get(this.href);
    if (blob !== undefined && this.download !== "") handed.push({ name: this.download, blob });
  });
});

afterEach(() => jest.restoreAllMocks());

/** jsdom's Blob has no text(); FileReader it has. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

async function downloads(): Promise<Download[]> {
  return Promise.all(
    handed.map(async ({ name, blob }) => ({ name, type: blob.type, text: await readText(blob) }))
  );
}

/** The events of an iCalendar text, each as its properties by name (lines unfolded). */
function events(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const found: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current !== null) {
      found.push(current);
      current = null;
    } else if (current !== null) {
      const colon = line.indexOf(":");
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

/** Text as iCalendar escapes it in SUMMARY and DESCRIPTION. */
const unescape = (value: string) => value.replace(/\\([,;\\])/g, "$1").replace(/\\n/gi, "\n");

async function openHourDialog() {
  const port = await seededWorkbook();
  const user = renderApp(port);
  await screen.findByRole("list", { name: "My calls" });
  await openTab(user, "Settings");
  return { port, user };
}

describe("the relationship hour as a recurring appointment", () => {
  test("starts with the settings' minutes a day, and downloads at the time chosen on the working days", async () => {
    const { user } = await openHourDialog();
    await user.click(screen.getByRole("button", { name: "The hour in my calendar" }));
    const dialog = await findDialog("The relationship hour in your calendar");
    const start = within(dialog).getByLabelText("Starts at");
    const length = within(dialog).getByRole("spinbutton", { name: /Length in minutes/ });
    expect(start).toHaveProperty("value", "08:00");
    expect(length).toHaveProperty("value", "60");
    expect(dialog.textContent).toContain(
      "A recurring appointment every Monday to Friday, from 2026-11-23."
    );

    await user.clear(start);
    await user.type(start, "07:30");
    await user.clear(length);
    await user.type(length, "45");
    await user.click(within(dialog).getByRole("button", { name: "Download the calendar file" }));

    const [file, ...more] = await downloads();
    expect(more).toEqual([]);
    expect(file.name).toBe("Relationship hour.ics");
    expect(file.type).toBe("text/calendar");
    const [hour, ...others] = events(file.text);
    expect(others).toEqual([]);
    expect(hour.SUMMARY).toBe("Relationship hour");
    expect(hour.DTSTART).toBe("20261123T073000");
    expect(hour.DURATION).toBe("PT45M");
    expect(hour.RRULE).toBe("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
    expect(hour.EXDATE).toBeUndefined();
    within(dialog).getByText(/“Relationship hour.ics” is in your downloads/);
  });

  test("follows the settings sheet's working week and leaves its holidays out", async () => {
    const port = await seededWorkbook();
    const settings = port.sheets.get(SETTINGS_SHEET)!;
    settings.set("15,1", "1000001"); // B16, the working week: Monday and Sunday off
    settings.set("4,8", d("2026-12-25")); // I5, the first holiday
    const user = renderApp(port);
    await screen.findByRole("list", { name: "My calls" });
    await openTab(user, "Settings");
    await user.click(screen.getByRole("button", { name: "The hour in my calendar" }));
    const dialog = await findDialog("The relationship hour in your calendar");
    // Today is Monday 23 November, a day off in this working week.
    expect(dialog.textContent).toContain(
      "A recurring appointment every Tuesday to Saturday, except the holiday in the settings, from 2026-11-24."
    );
    await user.click(within(dialog).getByRole("button", { name: "Download the calendar file" }));
    const [hour] = events((await downloads())[0].text);
    expect(hour.RRULE).toBe("FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA");
    expect(hour.DTSTART).toBe("20261124T080000");
    expect(hour.EXDATE).toBe("20261225T080000");
  });

  test("a length that cannot be an appointment is explained, and nothing downloads", async () => {
    const { user } = await openHourDialog();
    await user.click(screen.getByRole("button", { name: "The hour in my calendar" }));
    const dialog = await findDialog("The relationship hour in your calendar");
    const length = within(dialog).getByRole("spinbutton", { name: /Length in minutes/ });
    await user.clear(length);
    within(dialog).getByText("The length must be whole minutes, from 1 to 1440.");
    expect(
      within(dialog).getByRole("button", { name: "Download the calendar file" })
    ).toHaveProperty("disabled", true);
    expect(handed).toEqual([]);
  });

  test("where the download is blocked, the same text can be copied, or selected to copy", async () => {
    const { user } = await openHourDialog();
    await user.click(screen.getByRole("button", { name: "The hour in my calendar" }));
    const dialog = await findDialog("The relationship hour in your calendar");
    await user.click(within(dialog).getByRole("button", { name: "Copy the calendar text" }));
    await within(dialog).findByText(/^Copied\. Paste it into a new text file/);
    const copied = await navigator.clipboard.readText();
    expect(events(copied)[0].RRULE).toBe("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");

    jest.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("not allowed"));
    await user.click(within(dialog).getByRole("button", { name: "Copy the calendar text" }));
    const text = await within(dialog).findByRole<HTMLTextAreaElement>("textbox", {
      name: "Calendar text (.ics)",
    });
    // A text box gives its lines ending in LF alone, as browsers do; calendar apps accept either.
    const shown = copied.replace(/\r\n/g, "\n");
    expect(text.value).toBe(shown);
    expect(text.readOnly).toBe(true);
    await waitFor(() =>
      expect([text.selectionStart, text.selectionEnd]).toEqual([0, shown.length])
    );
    within(dialog).getByText(/^Copying is blocked here/);
  });
});

describe("a client's plan in the calendar", () => {
  test("one all-day event per planned contact, the same days as the plan sheet", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const myCalls = await screen.findByRole("list", { name: "My calls" });
    const fox = within(myCalls).getByRole("article", { name: "Fox" });

    await user.click(within(fox).getByRole("button", { name: "More plan actions for Fox" }));
    await user.click(
      await screen.findByRole("menuitem", { name: "Planned contacts to my calendar" })
    );
    const dialog = await findDialog("Fox's contacts in your calendar");
    const listed = within(dialog)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(listed[0]).toBe("2026-11-23: Personal call (Dana)");
    await user.click(within(dialog).getByRole("button", { name: "Download the calendar file" }));
    const [file] = await downloads();
    expect(file.name).toBe("Fox contacts.ics");
    expect(file.type).toBe("text/calendar");

    const contacts = events(file.text);
    expect(contacts).toHaveLength(listed.length);
    for (const contact of contacts) {
      expect(unescape(contact.SUMMARY)).toBe("Personal call: Fox");
      expect(unescape(contact.DESCRIPTION)).toContain("Dana");
    }
    const days = contacts.map((c) => c["DTSTART;VALUE=DATE"]);
    expect(days).toEqual(listed.map((text) => text!.slice(0, 10).replace(/-/g, "")));
    expect(new Set(contacts.map((c) => c.UID)).size).toBe(contacts.length);

    // The plan sheet, written from the card, schedules the same days.
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    await user.click(
      within(fox).getByRole("button", { name: "Write the relationship plan sheet for Fox" })
    );
    await screen.findByText('Fox\'s plan is on the sheet "Fox".');
    const sheet = port.sheets.get("Fox")!;
    const onSheet = days.map((_, i) => sheet.get(`${PLAN_ROWS.schedule + 1 + i},0`) as number);
    expect(onSheet.map((serial) => formatIsoDate(serial).replace(/-/g, ""))).toEqual(days);
    expect(sheet.get(`${PLAN_ROWS.schedule + 1 + days.length},0`) ?? "").toBe("");
  });

  test("the plan's menu also writes the plan sheet", async () => {
    const port = await seededWorkbook();
    const user = renderApp(port);
    const myCalls = await screen.findByRole("list", { name: "My calls" });
    await user.click(within(myCalls).getByRole("button", { name: "More plan actions for Ames" }));
    await user.click(await screen.findByRole("menuitem", { name: "Write the plan sheet" }));
    await screen.findByText('Ames\'s plan is on the sheet "Ames".');
  });
});
