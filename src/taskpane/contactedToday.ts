import { ownerKey } from "../core/callList";
import type { ContactEntry } from "../core/contactLog";
import type { DaySerial } from "../core/serial";

/**
 * The clients contacted proactively on a day, by me (by anyone when the settings name nobody):
 * the "calls done" of the hour, read from the Contact Log so it survives a refresh.
 */
export function contactedOn(
  log: readonly ContactEntry[],
  day: DaySerial,
  me: string
): ReadonlySet<string> {
  const who = ownerKey(me);
  return new Set(
    log
      .filter(
        (e) =>
          e.date === day &&
          e.channel !== "snooze" &&
          e.direction === "outbound" &&
          (who === "" || ownerKey(e.who) === who)
      )
      .map((e) => e.clientId)
  );
}
