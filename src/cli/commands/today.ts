/** `today BOOK.xlsx`: the day's call list, as the pane shows it. */
import { buildToday } from "../../core/today/today";
import { dateOption, flag, onePath, text } from "../args";
import type { Command } from "../command";
import { openClientBook, printWarnings } from "../openBook";
import { READ_OPTIONS, READ_USAGE, readChoices } from "../readChoices";
import { todayJson, todayText } from "../todayReport";
import { unknownOwnerWarning } from "../../core/book/mappingReport";

export const today: Command = {
  name: "today",
  summary: "print the day's call list: my calls, cards, welcome calls, the team's lists",
  usage: `Usage: relationship-hour today BOOK.xlsx [options]

Prints the relationship hour for a day: your calls sized to the hour, most important first, with
why each client is there; then cards to send, welcome calls and each team member's list. The
book's Rotation Settings (cadence, holidays, minutes, "I am") apply, as in the add-in.

Options:
  --date D           the day (default today), yyyy-mm-dd
  --owner NAME       whose list is "mine" (default: "I am" in Rotation Settings)
${READ_USAGE}
  --json             print JSON instead of text
`,
  options: {
    date: { type: "string" },
    owner: { type: "string" },
    ...READ_OPTIONS,
    json: { type: "boolean" },
  },
  async run(args, io) {
    const file = onePath(args, "workbook (BOOK.xlsx)");
    const asOf = dateOption(args, "date", io);
    const { book, warnings } = await openClientBook(io, file, readChoices(args, io));
    const owner = text(args, "owner");
    const settings = owner === undefined ? book.settings : { ...book.settings, me: owner.trim() };
    // A typo in a name gives an empty list that looks like a free day: say so, with the names known.
    const unknown = unknownOwnerWarning(
      settings.me,
      book.clients.map((c) => c.owner)
    );
    const from = owner === undefined ? `"I am" on the Rotation Settings sheet` : "--owner";
    printWarnings(io, [
      ...warnings,
      ...(unknown === null ? [] : [`warning: ${file}: ${from}: ${unknown}`]),
    ]);
    const view = buildToday(book.clients, settings, asOf, book.introductions);
    if (flag(args, "json"))
      io.stdout(`${JSON.stringify(todayJson(view, book.problems), null, 2)}\n`);
    else io.stdout(todayText(view, `${file}, table "${book.table.name}"`));
    return 0;
  },
};
