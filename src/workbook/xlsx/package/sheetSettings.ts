/**
 * An owned sheet's settings as worksheet XML: row heights, column widths, frozen rows, one page
 * wide and landscape, drop-down lists and conditional formats. Each changes only its own element
 * (or attribute): a column the layout gives no width keeps the user's, a validation or
 * conditional format on other cells stays, and writing the sheet again replaces the add-in's own
 * (same range) instead of adding them twice.
 */
import type { SheetHighlight, SheetLayout, SheetList } from "../../../core/sheets/sheetLayout";
import { putElement, rootOf, topElements, withAttribute, WORKSHEET_ORDER } from "./partElements";
import { attributes, elements, escapeXml } from "./xmlText";

type Edit = (xml: string) => string;

/** Every row in `heights` (zero-based row → points) made that tall. Rows exist: cells were written. */
export function rowHeights(xml: string, heights: ReadonlyMap<number, number>): string {
  if (heights.size === 0) return xml;
  const p = rootOf(xml).prefix;
  return xml.replace(new RegExp(`<${p}row\\b[^>]*>`, "g"), (head) => {
    const r = /\br="(\d+)"/.exec(head);
    const height = r === null ? undefined : heights.get(Number(r[1]) - 1);
    if (height === undefined) return head;
    return withAttribute(withAttribute(head, "ht", String(height)), "customHeight", "1");
  });
}

interface ColumnRange {
  readonly min: number;
  readonly max: number;
  readonly head: string;
}

/** `<cols>` with these widths (characters) from column A; other columns keep theirs. */
export function columnWidths(widths: readonly number[]): Edit {
  return (xml) => {
    if (widths.length === 0) return xml;
    const p = rootOf(xml).prefix;
    return putElement(xml, WORKSHEET_ORDER, "cols", (old) => {
      // Each <col> as a self-closing tag: a column has no content.
      let ranges: ColumnRange[] = (old === null ? [] : elements(old, "col")).map((c) => ({
        min: Number(c.attrs.min),
        max: Number(c.attrs.max),
        head: old!.slice(c.start, c.end).replace(/\s*\/?>(?:<\/[\w.:-]+>)?$/, "/>"),
      }));
      widths.forEach((width, i) => {
        const c = i + 1;
        const around = ranges.find((r) => r.min <= c && c <= r.max);
        const set = (head: string, values: Record<string, string>) =>
          Object.entries(values).reduce(
            (tag, [name, value]) => withAttribute(tag, name, value),
            head
          );
        const own = set(around?.head ?? `<${p}col/>`, {
          min: `${c}`,
          max: `${c}`,
          width: `${width}`,
          customWidth: "1",
        });
        const rest = ranges.filter((r) => r !== around);
        if (around !== undefined && around.min < c)
          rest.push({ ...around, max: c - 1, head: set(around.head, { max: `${c - 1}` }) });
        if (around !== undefined && around.max > c)
          rest.push({ ...around, min: c + 1, head: set(around.head, { min: `${c + 1}` }) });
        ranges = [...rest, { min: c, max: c, head: own }];
      });
      ranges.sort((a, b) => a.min - b.min);
      return `<${p}cols>${ranges.map((r) => r.head).join("")}</${p}cols>`;
    });
  };
}

/** The first sheet view frozen below `rows` rows (its other panes and selections dropped). */
export function freezeRows(rows: number): Edit {
  return (xml) => {
    if (rows <= 0) return xml;
    const p = rootOf(xml).prefix;
    const pane = `<${p}pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/><${p}selection pane="bottomLeft" activeCell="A${rows + 1}" sqref="A${rows + 1}"/>`;
    return putElement(xml, WORKSHEET_ORDER, "sheetViews", (old) => {
      if (old === null)
        return `<${p}sheetViews><${p}sheetView workbookViewId="0">${pane}</${p}sheetView></${p}sheetViews>`;
      const view = new RegExp(`<(${p}sheetView)\\b([^>]*?)(/>|>([\\s\\S]*?)</\\1>)`).exec(old);
      if (view === null) return old;
      // A frozen pane and its selections replace whatever split and selections were there;
      // any extensions of the view stay.
      const kept = (view[4] ?? "").replace(
        new RegExp(`<${p}(pane|selection|pivotSelection)\\b[^>]*?(/>|>[\\s\\S]*?</${p}\\1>)`, "g"),
        ""
      );
      const rebuilt = `<${view[1]}${view[2]}>${pane}${kept}</${view[1]}>`;
      return old.slice(0, view.index) + rebuilt + old.slice(view.index + view[0].length);
    });
  };
}

/** Fit to one page wide (as many pages down as needed), and/or landscape. */
export function pageSetup(layout: SheetLayout): Edit {
  return (xml) => {
    const wide = layout.printOnePageWide === true;
    const landscape = layout.printLandscape === true;
    if (!wide && !landscape) return xml;
    const p = rootOf(xml).prefix;
    let out = xml;
    if (wide)
      out = putElement(out, WORKSHEET_ORDER, "sheetPr", (old) => {
        const pr = `<${p}pageSetUpPr fitToPage="1"/>`;
        if (old === null) return `<${p}sheetPr>${pr}</${p}sheetPr>`;
        const existing = new RegExp(`<${p}pageSetUpPr\\b[^>]*?/>`).exec(old);
        if (existing !== null)
          return old.replace(existing[0], withAttribute(existing[0], "fitToPage", "1"));
        if (old.endsWith("/>")) return `${old.slice(0, -2)}>${pr}</${p}sheetPr>`;
        // pageSetUpPr comes after tabColor and outlinePr, the last of sheetPr's children.
        const close = old.lastIndexOf("</");
        return `${old.slice(0, close)}${pr}${old.slice(close)}`;
      });
    return putElement(out, WORKSHEET_ORDER, "pageSetup", (old) => {
      let tag = old ?? `<${p}pageSetup/>`;
      if (wide) tag = withAttribute(withAttribute(tag, "fitToWidth", "1"), "fitToHeight", "0");
      if (landscape) tag = withAttribute(tag, "orientation", "landscape");
      return tag;
    });
  };
}

/** "F5:F12" as "$F$5:$F$12". */
function absolute(address: string): string {
  return address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** Drop-down lists; a validation of the add-in's range written before is replaced. */
export function validationLists(lists: readonly SheetList[]): Edit {
  return (xml) => {
    if (lists.length === 0) return xml;
    const p = rootOf(xml).prefix;
    const ours = new Set(lists.map((l) => l.range));
    return putElement(xml, WORKSHEET_ORDER, "dataValidations", (old) => {
      const kept = (old === null ? [] : elements(old, "dataValidation"))
        .filter((v) => !ours.has(v.attrs.sqref ?? ""))
        .map((v) => old!.slice(v.start, v.end));
      const added = lists.map(
        (l) =>
          `<${p}dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${l.range}">` +
          `<${p}formula1>${absolute(l.source)}</${p}formula1></${p}dataValidation>`
      );
      const all = [...kept, ...added];
      const head = old === null ? `<${p}dataValidations>` : old.slice(0, old.indexOf(">") + 1);
      const open = withAttribute(head.replace(/\/>$/, ">"), "count", String(all.length));
      return `${open}${all.join("")}</${p}dataValidations>`;
    });
  };
}

/**
 * Conditional formats after those the sheet has; one the add-in wrote before over the same
 * range is taken out first. `dxf` gives a look's differential format index in the styles part.
 */
export function highlights(
  list: readonly SheetHighlight[],
  dxf: (look: "good" | "bad" | "neutral") => number
): Edit {
  return (xml) => {
    if (list.length === 0) return xml;
    const p = rootOf(xml).prefix;
    const ours = new Set(list.map((h) => h.range));
    // Only the sheet's own conditional formats: an extension's (x14:) are another matter.
    const top = () => topElements(out).filter((e) => e.local === "conditionalFormatting");
    let out = xml;
    for (const old of top().reverse())
      if (ours.has(attributes(out.slice(old.start, out.indexOf(">", old.start))).sqref ?? ""))
        out = out.slice(0, old.start) + out.slice(old.end);
    const priorities = [...out.matchAll(/\bpriority="(\d+)"/g)].map((m) => Number(m[1]));
    let priority = Math.max(0, ...priorities);
    const rules = list
      .map((h) => {
        priority++;
        const rule =
          h.kind === "dataBar"
            ? `<${p}cfRule type="dataBar" priority="${priority}"><${p}dataBar><${p}cfvo type="min"/><${p}cfvo type="max"/><${p}color theme="4"/></${p}dataBar></${p}cfRule>`
            : `<${p}cfRule type="cellIs" dxfId="${dxf(h.look)}" priority="${priority}" operator="${h.kind === "over" ? "greaterThan" : "lessThan"}"><${p}formula>${escapeXml(String(h.value))}</${p}formula></${p}cfRule>`;
        return `<${p}conditionalFormatting sqref="${h.range}">${rule}</${p}conditionalFormatting>`;
      })
      .join("");
    // They sit together: after the last one the sheet has, else where the schema puts the first.
    const last = top().pop();
    if (last !== undefined) return out.slice(0, last.end) + rules + out.slice(last.end);
    return putElement(out, WORKSHEET_ORDER, "conditionalFormatting", () => "\u0000").replace(
      "\u0000",
      rules
    );
  };
}
