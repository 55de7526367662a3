/** `undo BOOK.xlsx --client ID`: takes back the last contact logged for a client. */
import { dropUndoRecord, withKeptUndo } from "../../app/keptUndo";
import { undoLastContact } from "../../app/undoActions";
import { CONTACT_LOG_SHEET } from "../../core/book/contactLog";
import { formatIsoDate } from "../../core/dates/serial";
import { onePath, text } from "../args";
import { CliError, usageError, type Command } from "../command";
import { changeBook, OUTPUT_OPTIONS, OUTPUT_USAGE, outputTarget } from "../output";
import { READ_OPTIONS, READ_USAGE, readChoices } from "../readChoices";

export const undo: Command = {
  name: "undo",
  summary: "take back the last contact logged for a client",
  usage: `Usage: relationship-hour undo BOOK.xlsx --client ID [options]

Removes the client's latest row from the "${CONTACT_LOG_SHEET}" sheet and, when that contact had
moved the rotation, puts back the client's previous last contact and follow-up: as they were
before the contact when it is the last one \`log\` wrote (a date typed by hand or brought in
from a CRM included), else as the rest of the log gives them. The result goes to a new file
unless --in-place is given.

Options:
  --client ID        the client's ID (required)
${READ_USAGE}
${OUTPUT_USAGE.replace("BOOK.<what>.xlsx", "BOOK.undone.xlsx")}
`,
  options: { client: { type: "string", short: "c" }, ...READ_OPTIONS, ...OUTPUT_OPTIONS },
  async run(args, io) {
    const file = onePath(args, "workbook (BOOK.xlsx)");
    const clientId = text(args, "client")?.trim();
    if (clientId === undefined || clientId === "")
      throw usageError("give the client's ID with --client ID");
    const target = outputTarget(args, io, file, "undone");
    const { result: took, written } = await changeBook(
      io,
      args,
      file,
      target,
      readChoices(args, io),
      async (opened) => {
        const port = opened.file.port;
        const book = await withKeptUndo(port, opened.book);
        const client = book.clients.find((c) => c.id === clientId);
        if (client === undefined) throw new CliError(`${file}: no client with ID "${clientId}"`);
        const { result, book: after, undone } = await undoLastContact(port, book, client);
        if (!result.ok || undone === null)
          throw new CliError(`${file}: ${result.ok ? "nothing to undo" : result.message}`);
        if (book.undo?.entry === undone) await dropUndoRecord(port);
        return { client, after, undone };
      }
    );
    const { client, after, undone } = took;
    const now = after.clients.find((c) => c.id === clientId)!;
    const last = now.lastContact === null ? "never" : formatIsoDate(now.lastContact);
    io.stdout(
      `Took back the ${undone.channel} of ${formatIsoDate(undone.date)} with ${client.name} (${client.id}); last contact ${last}.\n${written}\n`
    );
    return 0;
  },
};
