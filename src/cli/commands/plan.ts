/** `plan BOOK.xlsx --client ID | --tier A`: relationship plan sheets, written to a new file. */
import { generatePlan, generatePlansForTier } from "../../app/planActions";
import { normaliseTier } from "../../core/scoring/tierName";
import { dateOption, onePath, text } from "../args";
import { CliError, usageError, type Command } from "../command";
import { READ_OPTIONS, READ_USAGE, readChoices } from "../readChoices";
import { changeBook, OUTPUT_OPTIONS, OUTPUT_USAGE, outputTarget } from "../output";

export const plan: Command = {
  name: "plan",
  summary: "write a relationship plan sheet per key account",
  usage: `Usage: relationship-hour plan BOOK.xlsx --client ID | --tier A [options]

Writes one plan sheet per client: profile, score breakdown, cadence, the next twelve months of
contacts, open follow-ups, contact history, and objectives and an annual review for you to fill
in. Running it again refreshes the generated parts and keeps what was written on the sheet.
Where the book rotates by household, a member's plan is the family's: one sheet ("The Lopez
household") with the combined figures, every member's history, follow-ups and birthday cards,
and the members with their own figures; --tier writes each household once.

Options:
  --client ID        one client's plan (a household member's: the household's)
  --tier T           plans for every client of the tier
  --date D           the day the plan starts from (default today), yyyy-mm-dd
${READ_USAGE}
${OUTPUT_USAGE.replace("BOOK.<what>.xlsx", "BOOK.plans.xlsx")}
`,
  options: {
    client: { type: "string", short: "c" },
    tier: { type: "string" },
    date: { type: "string" },
    ...READ_OPTIONS,
    ...OUTPUT_OPTIONS,
  },
  async run(args, io) {
    const file = onePath(args, "workbook (BOOK.xlsx)");
    const clientId = text(args, "client")?.trim();
    const tier = text(args, "tier")?.trim();
    if ((clientId === undefined) === (tier === undefined))
      throw usageError("give either --client ID or --tier T");
    const asOf = dateOption(args, "date", io);
    const target = outputTarget(args, io, file, "plans");
    const { result: sheets, written } = await changeBook(
      io,
      args,
      file,
      target,
      readChoices(args, io),
      async (opened) => {
        const { book } = opened;
        const port = opened.file.port;
        let sheets: string[];
        if (clientId !== undefined) {
          const client = book.clients.find((c) => c.id === clientId);
          if (client === undefined) throw new CliError(`${file}: no client with ID "${clientId}"`);
          sheets = [await generatePlan(port, book, client, asOf)];
        } else {
          sheets = await generatePlansForTier(
            port,
            book,
            normaliseTier(tier as string),
            asOf,
            (done, total) => io.stderr(`\rplans: ${done} of ${total}`)
          );
          if (sheets.length > 0) io.stderr("\n");
          if (sheets.length === 0)
            throw new CliError(`${file}: no client has tier "${normaliseTier(tier as string)}"`);
        }
        return sheets;
      }
    );
    io.stdout(`Plan sheets: ${sheets.join(", ")}\n${written}\n`);
    return 0;
  },
};
