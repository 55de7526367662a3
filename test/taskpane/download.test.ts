/** @jest-environment jsdom */
import { downloadCalendar } from "../../src/taskpane/download";

describe("downloading a calendar file", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  test("a link to the text as text/calendar is clicked, removed, and its URL revoked afterwards", () => {
    const made: Blob[] = [];
    const revoked: string[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      made.push(blob as Blob);
      return "blob:calendar/1";
    };
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push({ href: this.href, download: this.download, inDocument: this.isConnected });
    });

    const ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
    downloadCalendar("Fox contacts.ics", ics);

    expect(made.map((blob) => [blob.type, blob.size])).toEqual([["text/calendar", ics.length]]);
    expect(clicked).toEqual([
      { href: "blob:calendar/1", download: "Fox contacts.ics", inDocument: true },
    ]);
    expect(document.querySelector("a")).toBeNull();
    // Still readable while the browser starts the download, then let go.
    expect(revoked).toEqual([]);
    jest.runAllTimers();
    expect(revoked).toEqual(["blob:calendar/1"]);
  });
});
