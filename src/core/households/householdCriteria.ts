/**
 * A household's criteria from its members': money and products add up (the family's combined
 * revenue, assets and products decide how important it is), while a judgement such as strategic
 * value is the highest of the members' (a family is as strategic as its most strategic member).
 * A criterion no member has stays blank.
 */
import type { ClientField } from "../book/clientFields";

export type Combine = "sum" | "max";

/** How each criterion combines; the ones not listed add up. */
const COMBINE: Partial<Record<ClientField, Combine>> = { strategic: "max" };

export function combineOf(field: ClientField): Combine {
  return COMBINE[field] ?? "sum";
}

/** The household's row of criteria from its members' rows (each in `fields` order). */
export function combinedCriteria(
  rows: readonly (readonly (number | null)[])[],
  fields: readonly ClientField[]
): (number | null)[] {
  return fields.map((field, j) => {
    const how = combineOf(field);
    let result: number | null = null;
    for (const row of rows) {
      const v = row[j];
      if (v === null || !Number.isFinite(v)) continue;
      result = result === null ? v : how === "sum" ? result + v : Math.max(result, v);
    }
    return result;
  });
}
