/**
 * `sample OUT.xlsx`: a new workbook holding the sample client list, its Contact Log and the
 * Rotation Settings sheet.
 */
import { createSettingsSheet, writeSample } from "../../app/setupActions";
import { MAX_SAMPLE_SIZE, SAMPLE_SIZE, sampleBook } from "../../core/sample/sampleBook";
import { formatIsoDate } from "../../core/dates/serial";
import { DEFAULT_SETTINGS } from "../../core/book/settings";
import { dateOption, flag, onePath, text, wholeNumber } from "../args";
import { writeNewBook } from "../bookFile";
import type { Command } from "../command";
import { PackageWorkbook } from "../../workbook/xlsx/package/packageWorkbook";

/** The sample's first owner, "I am" in the settings, as in the pane's preview. */
const SAMPLE_ME = "Dana Whitfield";

export const sample: Command = {
  name: "sample",
  summary: "write a new workbook with a sample client list to try things on",
  usage: `Usage: relationship-hour sample OUT.xlsx [options]

Writes a new workbook: a sheet "Clients" with a table of sample clients (Pareto revenue, owners,
birthdays, last contacts spread around the date, households), a "Contact Log" sheet with their
history over the last eighteen months, an "Introductions" sheet with who brought whom over the
last three years, the "Rotation Settings" sheet, and the column mapping, confirmed. The
add-in reads it as it is. The same options give the same workbook.

Options:
  --clients N        how many clients (default ${SAMPLE_SIZE}, up to ${MAX_SAMPLE_SIZE})
  --date D           the day the sample is made for (default today), yyyy-mm-dd
  --owner NAME       "I am" in the settings (default ${SAMPLE_ME}, one of the sample's owners)
  --force            replace OUT.xlsx if it exists
`,
  options: {
    clients: { type: "string", short: "n" },
    date: { type: "string" },
    owner: { type: "string" },
    force: { type: "boolean", short: "f" },
  },
  async run(args, io) {
    const out = onePath(args, "name of the new workbook (OUT.xlsx)");
    const size = wholeNumber(args, "clients", 1, MAX_SAMPLE_SIZE) ?? SAMPLE_SIZE;
    const asOf = dateOption(args, "date", io);
    const me = text(args, "owner") ?? SAMPLE_ME;
    // A package made from nothing and written part by part, as the other commands write books.
    const port = PackageWorkbook.create();
    const sample = sampleBook({ asOf, size });
    const { table, logged } = await writeSample(port, "Clients", sample);
    await createSettingsSheet(port, { ...DEFAULT_SETTINGS, me });
    await writeNewBook(io, port, out, flag(args, "force"));
    io.stdout(
      `Wrote ${out}: ${size} sample clients as of ${formatIsoDate(asOf)} in the table "${table.name}", ${logged} entries in the Contact Log, ${sample.introductions.length} in the Introductions table, and the Rotation Settings sheet (I am: ${me}).\n`
    );
    return 0;
  },
};
