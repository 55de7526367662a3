/**
 * The practice's people, as a chooser lists them: "I am" first, then the team table's people and
 * the Owner column's, each once however they are typed (" dana " is Dana), in name order.
 */
import type { RotationSettings } from "./settings";
import { ownerKey } from "../today/callList";

export function practicePeople(
  owners: readonly string[],
  settings: Pick<RotationSettings, "me" | "team">
): string[] {
  const byKey = new Map<string, string>();
  const add = (name: string) => {
    const key = ownerKey(name);
    if (key !== "" && !byKey.has(key)) byKey.set(key, name.trim());
  };
  for (const member of settings.team) add(member.person);
  for (const owner of owners) add(owner);
  const me = ownerKey(settings.me);
  const others = [...byKey.entries()]
    .filter(([key]) => key !== me)
    .map(([, name]) => name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return me === "" ? others : [settings.me.trim(), ...others];
}
