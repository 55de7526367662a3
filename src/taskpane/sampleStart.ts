/**
 * Trying the add-in without real data: the sample client list, with its column mapping confirmed
 * (the sample's headers are ours, so the guess is exact and there is nothing to ask the user).
 */
import { guessMapping } from "../core/clientFields";
import { SAMPLE_HEADERS } from "../core/sampleBook";
import type { DaySerial } from "../core/serial";
import { DEFAULT_SETTINGS } from "../core/settings";
import {
  confirmMapping,
  createSettingsSheet,
  insertSample,
  SAMPLE_TABLE,
} from "../app/setupActions";
import type { WorkbookPort } from "../workbook/workbookPort";

export async function insertSampleAndConfirm(port: WorkbookPort, asOf: DaySerial): Promise<void> {
  await insertSample(port, asOf);
  await confirmMapping(port, SAMPLE_TABLE, guessMapping(SAMPLE_HEADERS));
}

/** The preview outside Office: the sample, and settings naming one of its owners as "me". */
export async function seedPreview(port: WorkbookPort, asOf: DaySerial): Promise<void> {
  await insertSampleAndConfirm(port, asOf);
  await createSettingsSheet(port, { ...DEFAULT_SETTINGS, me: "Dana Whitfield" });
}
