/**
 * The cell format (`s`) of each cell an owned sheet's block writes: its number format, bold, wrap
 * and top alignment, and its look as a named built-in style (`cellStyles` by `builtinId`), found in
 * the book or added to it. Formats are reused, the book's own or this run's, so writing a sheet a
 * second time leaves the styles part as the first time made it.
 */
import type { BlockLook } from "../../../core/sheets/sheetLayout";
import { BUILT_IN_STYLE } from "../../../core/sheets/sheetLook";
import { LOOK_PARTS, lookDxf } from "./cellLooks";
import type { StylesPart } from "./stylesPart";
import { attributes, escapeXml } from "./xmlText";

export interface CellLook {
  readonly numberFormat: string;
  /** Bold or not over the look's own weight; without a look, undefined is not bold. */
  readonly bold: boolean | undefined;
  readonly wrap: boolean;
  readonly look?: BlockLook;
}

interface NamedStyle {
  readonly xfId: number;
  readonly fontId: number;
  readonly fillId: number;
  readonly borderId: number;
}

const ALL = new WeakMap<StylesPart, CellFormats>();

export class CellFormats {
  private readonly made = new Map<string, number>();
  private readonly named = new Map<BlockLook, NamedStyle>();
  private readonly weighted = new Map<string, number>();

  private constructor(private readonly styles: StylesPart) {}

  /** One per styles part: what it found or added is known for every sheet a run writes. */
  static of(styles: StylesPart): CellFormats {
    let formats = ALL.get(styles);
    if (formats === undefined) ALL.set(styles, (formats = new CellFormats(styles)));
    return formats;
  }

  styleOf(look: CellLook): number {
    const key = `${look.numberFormat}\u0000${look.bold}\u0000${look.wrap}\u0000${look.look ?? ""}`;
    let style = this.made.get(key);
    if (style === undefined) {
      style = this.make(look);
      this.made.set(key, style);
    }
    return style;
  }

  /** A conditional format's look (dxf): its index. */
  dxf(look: "good" | "bad" | "neutral"): number {
    return this.styles.add("dxfs", "dxf", lookDxf(look)).index;
  }

  private make(look: CellLook): number {
    const numFmtId = this.styles.numFmtId(look.numberFormat);
    const style = look.look === undefined ? null : this.namedStyle(look.look);
    // A look brings its own weight (a heading is bold): bold is set over it only when asked.
    const base = style?.fontId ?? 0;
    const fontId =
      look.bold === undefined || (style === null && !look.bold)
        ? base
        : this.withWeight(base, look.bold);
    const fillId = style?.fillId ?? 0;
    const borderId = style?.borderId ?? 0;
    const apply = [
      numFmtId === 0 ? "" : ` applyNumberFormat="1"`,
      fontId === base ? "" : ` applyFont="1"`,
      look.wrap ? ` applyAlignment="1"` : "",
    ].join("");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="${style?.xfId ?? 0}"${apply}`;
    const xf = look.wrap ? `${head}><alignment vertical="top" wrapText="1"/></xf>` : `${head}/>`;
    return this.styles.cellXf(xf).index;
  }

  /** The font at `index`, made bold or not bold: itself when it already is. */
  private withWeight(index: number, bold: boolean): number {
    const key = `${index}/${bold}`;
    let found = this.weighted.get(key);
    if (found !== undefined) return found;
    const font = this.styles.items("fonts", "font")[index] ?? "<font/>";
    const plain = font.replace(/<(\/?)[\w.-]+:/g, "<$1");
    const isBold = /<b(?:\s+val="(?:1|true)")?\s*\/>/.test(plain);
    if (isBold === bold) found = index;
    else {
      const open = plain.endsWith("/>") ? "<font>" : /^<font[^>]*>/.exec(plain)![0];
      const inner = plain.endsWith("/>") ? "" : plain.slice(open.length, -"</font>".length);
      const rest = inner.replace(/<b(?:\s[^>]*)?\/>/, "");
      found = this.styles.add("fonts", "font", `${open}${bold ? "<b/>" : ""}${rest}</font>`).index;
    }
    this.weighted.set(key, found);
    return found;
  }

  /** The built-in style for a look: the book's own when it has one (it may be customised). */
  private namedStyle(look: BlockLook): NamedStyle {
    const known = this.named.get(look);
    if (known !== undefined) return known;
    const { name, builtinId } = BUILT_IN_STYLE[look];
    const existing = this.styles
      .items("cellStyles", "cellStyle")
      .map((xml) => attributes(xml.slice(0, xml.indexOf(">"))))
      .find((a) => Number(a.builtinId) === builtinId && a.xfId !== undefined);
    const styleXfs = this.styles.items("cellStyleXfs", "xf");
    const found = existing === undefined ? undefined : styleXfs[Number(existing.xfId)];
    let style: NamedStyle;
    if (found !== undefined) {
      const a = attributes(found.slice(0, found.indexOf(">")));
      style = {
        xfId: Number(existing!.xfId),
        fontId: Number(a.fontId ?? 0),
        fillId: Number(a.fillId ?? 0),
        borderId: Number(a.borderId ?? 0),
      };
    } else {
      const parts = LOOK_PARTS[look];
      const fontId = this.styles.add("fonts", "font", parts.font).index;
      const fillId =
        parts.fill === undefined ? 0 : this.styles.add("fills", "fill", parts.fill).index;
      const borderId =
        parts.border === undefined ? 0 : this.styles.add("borders", "border", parts.border).index;
      const xf =
        `<xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" applyNumberFormat="0"` +
        `${parts.fill === undefined ? ` applyFill="0"` : ""}${parts.border === undefined ? ` applyBorder="0"` : ""}` +
        ` applyAlignment="0" applyProtection="0"/>`;
      const xfId = this.styles.add("cellStyleXfs", "xf", xf).index;
      this.styles.add(
        "cellStyles",
        "cellStyle",
        `<cellStyle name="${escapeXml(name)}" xfId="${xfId}" builtinId="${builtinId}"/>`
      );
      style = { xfId, fontId, fillId, borderId };
    }
    this.named.set(look, style);
    return style;
  }
}
