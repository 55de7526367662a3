/**
 * The "What we know" block of a client's plan: family, occupation and interests, beside the
 * cadence. Where the client table has no column for a field, this block is where it is kept: the
 * log dialog writes it, the user may type in it, and a workbook name over its cells (one per
 * client) lets the add-in read every plan's block back in one go. Rewritten on regenerate with the
 * profile as last read, so nothing typed there is lost.
 */
import { isBlank, type Cell } from "../cells/cells";
import type { ClientProfile } from "../book/clientRows";
import {
  EMPTY_PROFILE,
  PROFILE_FIELDS,
  PROFILE_LABELS,
  type ProfileField,
} from "../book/clientProfile";
import type { SheetBlock } from "./sheetLayout";

/** The block's labels go in this column, the values in the next. */
const COLUMN = "F";
const VALUES_COLUMN = "G";

/**
 * The workbook name over a client's block. Excel names take letters, digits, "_" and "."; any
 * other character of the ID is spelled as its code, so two IDs never share a name.
 */
export function whatWeKnowName(clientId: string): string {
  let encoded = "";
  for (const ch of clientId) {
    encoded += /[A-Za-z0-9]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  }
  return `RH_Knows_${encoded}`;
}

export interface WhatWeKnow {
  readonly blocks: readonly SheetBlock[];
  readonly names: readonly { readonly name: string; readonly address: string }[];
}

/** The block with its heading on row `top`, and the name over its values. */
export function whatWeKnowLayout(
  clientId: string,
  profile: ClientProfile,
  top: number
): WhatWeKnow {
  const first = top + 1;
  const last = top + PROFILE_FIELDS.length;
  return {
    blocks: [
      { at: `${COLUMN}${top}`, values: [["What we know"]], bold: true },
      {
        at: `${COLUMN}${first}`,
        values: PROFILE_FIELDS.map((f) => [PROFILE_LABELS[f], profile[f]]),
        // Typed text stays text ("=", "+" included), and a sentence wraps in its column.
        formats: ["@", "@"],
        wrap: true,
      },
    ],
    names: [
      {
        name: whatWeKnowName(clientId),
        address: `${VALUES_COLUMN}${first}:${VALUES_COLUMN}${last}`,
      },
    ],
  };
}

/**
 * The profile from the cells of a client's block (null: the plan has no block): a column on a
 * client's plan, a row of the members on a household's.
 */
export function profileFromBlock(cells: readonly (readonly Cell[])[] | null): ClientProfile {
  if (cells === null) return EMPTY_PROFILE;
  const row = cells.length === 1 && cells[0].length === PROFILE_FIELDS.length;
  const at = (field: ProfileField) => {
    const k = PROFILE_FIELDS.indexOf(field);
    const cell = row ? cells[0][k] : cells[k]?.[0];
    return isBlank(cell) ? "" : String(cell).trim();
  };
  return { family: at("family"), occupation: at("occupation"), interests: at("interests") };
}
