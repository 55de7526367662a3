/**
 * `mailing BOOK.xlsx --channel newsletter`: who is due for a non-personal tier's mailing, as CSV for
 * a mail merge; with --log, logged as sent for all of them at once (written to a new file).
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { logMailingSent, mailingFor } from "../../app/mailingActions";
import { MAILING_CHANNELS, type MailingChannel } from "../../core/book/tierResponsibility";
import { formatIsoDate } from "../../core/dates/serial";
import { mailingCsv } from "../../core/today/mailing";
import { choice, dateOption, flag, onePath, text } from "../args";
import { CliError, type Command } from "../command";
import { openClientBook, printWarnings } from "../openBook";
import { OUTPUT_OPTIONS, OUTPUT_USAGE, outputTarget, saveOutput } from "../output";

export const mailing: Command = {
  name: "mailing",
  summary: "who is due for a newsletter, e-mail or event invitation; CSV for a mail merge",
  usage: `Usage: relationship-hour mailing BOOK.xlsx --channel C [options]

The tiers whose channel is not personal (Rotation Settings: "Card or newsletter", "E-mail",
"Event invitation"…) are contacted by mailing, not by calls. Prints who is due for the channel's
mailing (overdue, due today or never contacted) as CSV: client ID, name, e-mail, address, owner,
tier and last contact.

Options:
  --channel C        ${MAILING_CHANNELS.join(", ")} (default newsletter)
  --date D           the day (default today), yyyy-mm-dd
  --csv FILE         write the CSV to this file instead of printing it
  --log              log the mailing as sent to everyone on it (Contact Log, outcome "sent")
                     and move their last contact; written like "log" does
  --who NAME         who sent it (default: "I am" in Rotation Settings)
  --table NAME       the client table, when the book has more than one
${OUTPUT_USAGE.replace("BOOK.<what>.xlsx", "BOOK.mailed.xlsx")}
`,
  options: {
    channel: { type: "string" },
    date: { type: "string" },
    csv: { type: "string" },
    log: { type: "boolean" },
    who: { type: "string" },
    table: { type: "string" },
    ...OUTPUT_OPTIONS,
  },
  async run(args, io) {
    const file = onePath(args, "workbook (BOOK.xlsx)");
    const channel = choice<MailingChannel>(args, "channel", MAILING_CHANNELS, "newsletter");
    const asOf = dateOption(args, "date", io);
    const target = flag(args, "log") ? outputTarget(args, io, file, "mailed") : null;
    const opened = await openClientBook(io, file, text(args, "table"));
    printWarnings(io, opened.warnings);
    const { book } = opened;
    const list = mailingFor(book, channel, asOf);
    const csv = mailingCsv(list);
    const csvFile = text(args, "csv");
    const lines: string[] = [];
    if (csvFile !== undefined) {
      const where = path.resolve(io.cwd, csvFile);
      if (existsSync(where) && !flag(args, "force"))
        throw new CliError(
          `${csvFile} already exists; not overwritten (add --force to replace it)`
        );
      writeFileSync(where, csv, "utf8");
      lines.push(
        `Wrote ${csvFile}: ${list.recipients.length} due for the ${channel} as of ${formatIsoDate(asOf)}.`
      );
    } else io.stdout(csv);
    if (target !== null) {
      const who = text(args, "who")?.trim() || book.settings.me;
      const { result, logged } = await logMailingSent(opened.file.port, book, list, asOf, who);
      if (!result.ok) throw new CliError(`${file}: ${result.message}`);
      if (logged > 0) {
        const written = await saveOutput(io, opened, target, args);
        lines.push(`Logged the ${channel} as sent to ${logged} clients.`, written);
      } else lines.push(`Nobody is due for the ${channel}; nothing logged.`);
    }
    if (lines.length > 0) io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
