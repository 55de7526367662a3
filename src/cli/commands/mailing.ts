/**
 * `mailing BOOK.xlsx --channel newsletter`: who is due for a non-personal tier's mailing, as CSV for
 * a mail merge; with --log, logged as sent for all of them at once (written to a new file).
 */
import path from "node:path";
import { logMailingSent, mailingFor } from "../../app/mailingActions";
import { MAILING_CHANNELS, type MailingChannel } from "../../core/book/tierResponsibility";
import { formatIsoDate } from "../../core/dates/serial";
import { mailingCsv } from "../../core/today/mailing";
import { choice, dateOption, flag, onePath, text } from "../args";
import { CliError, type Command } from "../command";
import { writeNewFileAtomically } from "../files/lockedBook";
import { openClientBook, printWarnings } from "../openBook";
import { changeBook, OUTPUT_OPTIONS, OUTPUT_USAGE, outputTarget } from "../output";
import { READ_OPTIONS, READ_USAGE, readChoices } from "../readChoices";

export const mailing: Command = {
  name: "mailing",
  summary: "who is due for a newsletter, e-mail or event invitation; CSV for a mail merge",
  usage: `Usage: relationship-hour mailing BOOK.xlsx --channel C [options]

The tiers whose channel is not personal (Rotation Settings: "Card or newsletter", "E-mail",
"Event invitation"…) are contacted by mailing, not by calls. Prints who is due for the channel's
mailing (overdue, due today or never contacted) as CSV: client ID, name, e-mail, address, owner,
tier and last contact. Where the book rotates by household, a family gets one letter: one row
named "The Lopez household: Maria, Tom", with the first e-mail and address a member has.

Options:
  --channel C        ${MAILING_CHANNELS.join(", ")} (default newsletter)
  --date D           the day (default today), yyyy-mm-dd
  --csv FILE         write the CSV to this file instead of printing it
  --log              log the mailing as sent to everyone on it (Contact Log, outcome "sent";
                     each member of a household's letter) and move their last contact; written
                     like "log" does
  --who NAME         who sent it (default: "I am" in Rotation Settings)
${READ_USAGE}
${OUTPUT_USAGE.replace("BOOK.<what>.xlsx", "BOOK.mailed.xlsx")}
`,
  options: {
    channel: { type: "string" },
    date: { type: "string" },
    csv: { type: "string" },
    log: { type: "boolean" },
    who: { type: "string" },
    ...READ_OPTIONS,
    ...OUTPUT_OPTIONS,
  },
  async run(args, io) {
    const file = onePath(args, "workbook (BOOK.xlsx)");
    const channel = choice<MailingChannel>(args, "channel", MAILING_CHANNELS, "newsletter");
    const asOf = dateOption(args, "date", io);
    const target = flag(args, "log") ? outputTarget(args, io, file, "mailed") : null;
    const choices = readChoices(args, io);
    const lines: string[] = [];
    let list: ReturnType<typeof mailingFor>;
    if (target === null) {
      const opened = await openClientBook(io, file, choices);
      printWarnings(io, opened.warnings);
      list = mailingFor(opened.book, channel, asOf);
    } else {
      // Logged as sent under the book's lock: the list is made from the book as it is then.
      const { result, written } = await changeBook(
        io,
        args,
        file,
        target,
        choices,
        async (opened) => {
          const due = mailingFor(opened.book, channel, asOf);
          const who = text(args, "who")?.trim() || opened.book.settings.me;
          const sent = await logMailingSent(opened.file.port, opened.book, due, asOf, who);
          if (!sent.result.ok) throw new CliError(`${file}: ${sent.result.message}`);
          return { due, logged: sent.logged };
        }
      );
      list = result.due;
      if (result.logged > 0)
        lines.push(`Logged the ${channel} as sent to ${result.logged} clients.`, written);
      else lines.push(`Nobody is due for the ${channel}; nothing logged.`);
    }
    const csv = mailingCsv(list);
    const csvFile = text(args, "csv");
    if (csvFile !== undefined) {
      await writeNewFileAtomically(path.resolve(io.cwd, csvFile), Buffer.from(csv, "utf8"), {
        shown: csvFile,
        replace: flag(args, "force"),
      });
      lines.unshift(
        `Wrote ${csvFile}: ${list.recipients.length} ${list.recipients.length === 1 ? "letter" : "letters"} due for the ${channel} as of ${formatIsoDate(asOf)}.`
      );
    } else io.stdout(csv);
    if (lines.length > 0) io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
