/**
 * `review BOOK.xlsx --sheet coverage|budget|journal|twelve-days`: the review sheets the pane writes
 * (the Coverage dashboard, the Time Budget, the Time Journal, the Twelve Days), written into the
 * book from the command line, to a new file or in place.
 */
import { createTimeBudget } from "../../app/budgetActions";
import { refreshCoverage } from "../../app/coverageActions";
import { createTimeJournal } from "../../app/journalActions";
import { generateTwelveDays } from "../../app/reviewActions";
import { upcomingTwelveDaysStart } from "../../core/reviews/twelveDays";
import { choice, dateOption, onePath, text } from "../args";
import { usageError, type Command } from "../command";
import { READ_OPTIONS, READ_USAGE, readChoices } from "../readChoices";
import { changeBook, OUTPUT_OPTIONS, OUTPUT_USAGE, outputTarget } from "../output";

const SHEETS = ["coverage", "budget", "journal", "twelve-days"] as const;

export const review: Command = {
  name: "review",
  summary: "write a review sheet: coverage dashboard, time budget, time journal, twelve days",
  usage: `Usage: relationship-hour review BOOK.xlsx --sheet coverage|budget|journal|twelve-days [options]

Writes one of the review sheets the add-in writes from its pane:
  coverage      the Coverage dashboard (figures per tier and advisor; its charts are drawn
                when the add-in next refreshes the sheet in Excel)
  budget        the Time Budget: does the rotation fit the year? (written once, then yours)
  journal       the Time Journal for the 24-hour challenge
  twelve-days   the Twelve Days of appreciation from --start (default the coming 13 December)

Options:
  --sheet S          which sheet (required)
  --date D           the day the figures are as of (default today), yyyy-mm-dd
  --start D          twelve-days only: the first of the twelve days, yyyy-mm-dd
${READ_USAGE}
${OUTPUT_USAGE.replace("BOOK.<what>.xlsx", "BOOK.review.xlsx")}
`,
  options: {
    sheet: { type: "string", short: "s" },
    date: { type: "string" },
    start: { type: "string" },
    ...READ_OPTIONS,
    ...OUTPUT_OPTIONS,
  },
  async run(args, io) {
    const file = onePath(args, "workbook (BOOK.xlsx)");
    if (text(args, "sheet") === undefined) throw usageError(`give --sheet ${SHEETS.join("|")}`);
    const which = choice(args, "sheet", SHEETS, "coverage");
    const asOf = dateOption(args, "date", io);
    const start =
      text(args, "start") === undefined
        ? upcomingTwelveDaysStart(asOf)
        : dateOption(args, "start", io);
    const target = outputTarget(args, io, file, "review");
    const { result: sheet, written } = await changeBook(
      io,
      args,
      file,
      target,
      readChoices(args, io),
      async ({ book, file: opened }) => {
        const port = opened.port;
        if (which === "coverage") return refreshCoverage(port, book, asOf);
        if (which === "budget") return (await createTimeBudget(port, book)).sheet;
        if (which === "journal") return (await createTimeJournal(port)).sheet;
        return generateTwelveDays(port, book, start);
      }
    );
    io.stdout(`Review sheet: ${sheet}\n${written}\n`);
    return 0;
  },
};
