/** A MemoryWorkbook holding the small book, with the settings sheet and (optionally) a confirmed mapping. */
import { confirmMapping, createSettingsSheet } from "../../src/app/setupActions";
import { guessMapping } from "../../src/core/clientFields";
import { DEFAULT_SETTINGS, type RotationSettings } from "../../src/core/settings";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { HEADERS, ROWS } from "../fixtures/smallBook";

export async function smallWorkbook(options: { settings?: RotationSettings; confirmed?: boolean } = {}): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook();
  await port.createTable("Book", "Clients", HEADERS, ROWS, [6, 8, 9]);
  await createSettingsSheet(port, options.settings ?? { ...DEFAULT_SETTINGS, me: "Dana" });
  if (options.confirmed ?? true) await confirmMapping(port, "Clients", guessMapping(HEADERS));
  return port;
}
