/** `log BOOK.xlsx --client ID`: one contact appended to the Contact Log, written to a new file. */
import { logContact } from "../../app/contactActions";
import { introductionAppend, resolveIntroduction } from "../../app/introductionActions";
import {
  INTRODUCTION_RESULTS,
  INTRODUCTIONS_SHEET,
  type IntroductionResult,
} from "../../core/introductions/introductions";
import {
  CONTACT_CHANNELS,
  CONTACT_LOG_SHEET,
  contactEffect,
  type Channel,
  type Direction,
} from "../../core/book/contactLog";
import { formatIsoDate } from "../../core/dates/serial";
import { CONTACT_OUTCOMES, RETRY_DAYS, type ContactOutcome } from "../../core/book/contactOutcome";
import { tierPolicy } from "../../core/book/settings";
import { tierMode } from "../../core/book/tierResponsibility";
import { choice, dateOption, flag, onePath, text, wholeNumber } from "../args";
import { CliError, usageError, type Command } from "../command";
import { READ_OPTIONS, READ_USAGE, readChoices } from "../readChoices";
import { changeBook, OUTPUT_OPTIONS, OUTPUT_USAGE, outputTarget } from "../output";
import { profileChanges } from "../../core/book/clientProfile";
import { learnedText, onPlanRefused, profileOptions } from "../profileOptions";
import { keepUndoRecord, undoNeedsRecord } from "../../app/keptUndo";

export const log: Command = {
  name: "log",
  summary: "log a contact with a client (appends to the Contact Log)",
  usage: `Usage: relationship-hour log BOOK.xlsx --client ID [options]

Appends the contact to the "${CONTACT_LOG_SHEET}" sheet (made on first use) and, for a proactive
(outbound) contact later than the last one, moves the client's last contact and follow-up, as
the add-in does. The result goes to a new file unless --in-place is given.

Options:
  --client ID        the client's ID (required)
  --date D           the day of the contact (default today), yyyy-mm-dd
  --channel C        ${CONTACT_CHANNELS.join(", ")} (default call)
  --direction D      outbound (proactive: moves the rotation) or inbound (default outbound)
  --outcome O        ${CONTACT_OUTCOMES.join(", ")}; only what fits the tier moves the
                     rotation (a call tier: reached or met); a try brings the client back in
                     ${RETRY_DAYS} working days (default: none, which counts as before)
  --minutes N        how long it took
  --notes TEXT       what was said (kept as text, even if it starts with =)
  --follow-up TEXT   what to ask about next time (blank or left out: the current one is kept)
  --clear-follow-up  erase the client's follow-up (when the contact settled it)
  --who NAME         who made the contact (default: "I am" in Rotation Settings, else the owner)
  --family TEXT      what was learned about the client's family, occupation or interests: kept
  --occupation TEXT  in the client's column (Family, Occupation, Interests) when the table has
  --interests TEXT   one, else on the client's plan sheet; "" erases what was known
  --introduced-by ID the client came by an introduction from client ID: a row in the
                     "${INTRODUCTIONS_SHEET}" table (made on first use); the welcome call thanks them
  --introduced WHO   the client introduced someone: a client ID or a new name
  --introduction-result R
                     ${INTRODUCTION_RESULTS.join(", ")} (default: became a client for
                     --introduced-by, not yet for --introduced)
${READ_USAGE}
${OUTPUT_USAGE.replace("BOOK.<what>.xlsx", "BOOK.logged.xlsx")}
`,
  options: {
    client: { type: "string", short: "c" },
    date: { type: "string" },
    channel: { type: "string" },
    direction: { type: "string" },
    outcome: { type: "string" },
    minutes: { type: "string" },
    notes: { type: "string" },
    "follow-up": { type: "string" },
    "clear-follow-up": { type: "boolean" },
    who: { type: "string" },
    family: { type: "string" },
    occupation: { type: "string" },
    interests: { type: "string" },
    "introduced-by": { type: "string" },
    introduced: { type: "string" },
    "introduction-result": { type: "string" },
    ...READ_OPTIONS,
    ...OUTPUT_OPTIONS,
  },
  async run(args, io) {
    const file = onePath(args, "workbook (BOOK.xlsx)");
    const clientId = text(args, "client")?.trim();
    if (clientId === undefined || clientId === "")
      throw usageError("give the client's ID with --client ID");
    const date = dateOption(args, "date", io);
    const channel = choice<Channel>(args, "channel", CONTACT_CHANNELS, "call");
    const direction = choice<Direction>(args, "direction", ["outbound", "inbound"], "outbound");
    const outcome =
      text(args, "outcome") === undefined
        ? null
        : choice<ContactOutcome>(args, "outcome", CONTACT_OUTCOMES, "reached");
    const minutes = wholeNumber(args, "minutes", 0, 24 * 60) ?? null;
    const target = outputTarget(args, io, file, "logged");
    const introducedBy = text(args, "introduced-by")?.trim() ?? "";
    const introduced = text(args, "introduced")?.trim() ?? "";
    if (introducedBy !== "" && introduced !== "")
      throw usageError("give --introduced-by or --introduced, not both: one introduction a time");
    const introductionResult = choice<IntroductionResult>(
      args,
      "introduction-result",
      INTRODUCTION_RESULTS,
      introducedBy !== "" ? "became a client" : "not yet"
    );

    const { result: logged, written } = await changeBook(
      io,
      args,
      file,
      target,
      readChoices(args, io),
      async (opened) => {
        const { book } = opened;
        const where = `${file}, table "${book.table.name}"`;
        if (book.mapping.id === undefined)
          throw new CliError(
            `${where} has no client ID column; add one (the add-in's "Add client IDs") first`
          );
        const client = book.clients.find((c) => c.id === clientId);
        if (client === undefined) {
          const skipped =
            book.problems.length > 0
              ? ` (${book.problems.length} problems in its rows: see the warnings)`
              : "";
          throw new CliError(`${where}: no client with ID "${clientId}"${skipped}`);
        }
        const who = text(args, "who")?.trim() || book.settings.me || client.owner;
        const draft = {
          date,
          who,
          channel,
          direction,
          minutes,
          notes: text(args, "notes") ?? "",
          followUp: text(args, "follow-up") ?? "",
          outcome,
        };
        const mode = tierMode(client.tier === null ? null : tierPolicy(book.settings, client.tier));
        const profile = profileOptions(args);
        const options = { clearFollowUp: flag(args, "clear-follow-up"), mode, profile };
        const effect = contactEffect(
          { ...draft, clientId: client.id, clientName: client.name, snoozedUntil: null },
          client.lastContact,
          options
        );
        // The introduction is checked before anything is written.
        const introduction =
          introducedBy === "" && introduced === ""
            ? null
            : resolveIntroduction(book, {
                date,
                introducerId: introducedBy !== "" ? introducedBy : client.id,
                introduced: introducedBy !== "" ? client.id : introduced,
                result: introductionResult,
              });
        if (introduction !== null && !introduction.ok)
          throw new CliError(`${where}: ${introduction.message}`);
        const { result, book: after } = await logContact(
          opened.file.port,
          book,
          client,
          draft,
          options
        ).catch((error: unknown) => {
          throw onPlanRefused(where, book, client, profile, error);
        });
        if (!result.ok) throw new CliError(`${where}: ${result.message}`);
        // The next run's `undo` puts back what the rows held, which the log alone cannot say.
        if (after.undo != null && undoNeedsRecord(book, after.undo))
          await keepUndoRecord(opened.file.port, after.undo);
        if (introduction !== null) {
          const added = await opened.file.port.appendAndUpdate(
            introductionAppend([introduction.value], after.dateSystem),
            null
          );
          if (!added.ok) throw new CliError(`${where}: ${added.message}`);
        }
        const learned = profileChanges(client.record.profile, profile);
        const intro = introduction?.value ?? null;
        // The household members the contact moved on with the one reached.
        const family = (after.undo?.members ?? []).map((m) => {
          const member = after.clients.find((c) => c.id === m.clientId);
          return `${member?.name ?? m.clientId} (${m.clientId})`;
        });
        return { client, who, effect, date: draft.date, learned, intro, family };
      }
    );
    const { client, who, effect, learned } = logged;
    const last = client.lastContact === null ? "never" : formatIsoDate(client.lastContact);
    const moved =
      effect.lastContact !== null
        ? `last contact moved from ${last} to ${formatIsoDate(effect.lastContact)}`
        : direction === "inbound"
          ? "inbound, so the rotation is unchanged"
          : outcome !== null &&
              effect.lastContact === null &&
              logged.date > (client.lastContact ?? -Infinity)
            ? `${outcome}: a try, so the rotation is unchanged and the client comes back in ${RETRY_DAYS} working days`
            : `last contact stays ${last} (this contact is not later)`;
    const kept = learnedText(learned);
    const family =
      logged.family.length === 0
        ? ""
        : ` The household moved with it: ${logged.family.join(", ")}.`;
    const intro =
      logged.intro === null
        ? ""
        : `Introduction: ${logged.intro.introducerName} introduced ${logged.intro.introducedName} (${logged.intro.result}).\n`;
    io.stdout(
      `Logged ${channel} (${direction}) with ${client.name} (${client.id}) on ${formatIsoDate(date)} by ${who || "nobody named"}; ${moved}.${family}${kept}\n${intro}${written}\n`
    );
    return 0;
  },
};
