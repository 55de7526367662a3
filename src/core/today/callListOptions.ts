/** The call list's options from the Rotation Settings: one reading, shared by every list of the day. */
import type { CallListOptions } from "./callList";
import { cadenceTable, workCalendar, type RotationSettings } from "../book/settings";
import type { DaySerial } from "../dates/serial";

export function callListOptions(
  settings: RotationSettings,
  asOf: DaySerial,
  households = false
): CallListOptions {
  return {
    asOf,
    cadence: cadenceTable(settings),
    calendar: workCalendar(settings),
    capacityMinutes: settings.capacityMinutes,
    minutesPerCall: settings.minutesPerCall,
    topTier: settings.tiers[0]?.tier ?? "A",
    secondTier: settings.tiers[1]?.tier ?? "B",
    households,
  };
}
