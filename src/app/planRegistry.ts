/**
 * Which sheet is whose plan: client ID → sheet name, kept in the workbook, so a plan is found
 * again however its client is renamed or the sheets are reordered.
 */
import type { WorkbookPort } from "../workbook/workbookPort";

export const PLANS_SETTING = "relationshipHour.plans";

export type PlanRegistry = Record<string, string>;

export async function loadRegistry(port: WorkbookPort): Promise<PlanRegistry> {
  const text = await port.loadSetting(PLANS_SETTING);
  try {
    const parsed: unknown = text === null ? {} : JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? (parsed as PlanRegistry) : {};
  } catch {
    // A damaged registry only means new plans get new sheets; nothing on the old ones is lost.
    return {};
  }
}
