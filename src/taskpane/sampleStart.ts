/** The preview outside Office: the sample client list, and settings naming one of its owners as "me". */
import type { DaySerial } from "../core/dates/serial";
import { DEFAULT_SETTINGS } from "../core/book/settings";
import { createSettingsSheet, insertSample } from "../app/setupActions";
import type { WorkbookPort } from "../workbook/workbookPort";

export async function seedPreview(port: WorkbookPort, asOf: DaySerial): Promise<void> {
  await insertSample(port, asOf);
  await createSettingsSheet(port, { ...DEFAULT_SETTINGS, me: "Dana Whitfield" });
}
