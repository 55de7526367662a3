/**
 * The XML of one written cell. Strings are inline strings (`t="inlineStr"`), so writing text never
 * touches the shared-strings part, and they are values, never formulas: "=SUM(A1)" in a note
 * stays the text it was. A calculated column's cell gets the table's formula, as Excel fills it.
 */
import type { Cell } from "../../../core/cells/cells";
import { escapeCellText, escapeXml } from "./xmlText";

export function cellXml(
  prefix: string,
  ref: string,
  value: Cell,
  style: number | undefined,
  formula: string | null = null
): string {
  const s = style === undefined || style === 0 ? "" : ` s="${style}"`;
  const c = `${prefix}c`;
  if (formula !== null && (value === "" || value === null || value === undefined))
    return `<${c} r="${ref}"${s}><${prefix}f>${escapeXml(formula)}</${prefix}f></${c}>`;
  if (value === null || value === undefined || value === "") return `<${c} r="${ref}"${s}/>`;
  if (typeof value === "number")
    return Number.isFinite(value)
      ? `<${c} r="${ref}"${s}><${prefix}v>${value}</${prefix}v></${c}>`
      : `<${c} r="${ref}"${s}/>`;
  if (typeof value === "boolean")
    return `<${c} r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeCellText(value)}</${prefix}t></${prefix}is></${c}>`;
}
