/**
 * PackageWorkbook.writeSheet on real producers' packages, checked on the XML it writes: a new
 * sheet and everything that lists it, cells by the port's rules (text stays text, formulas only in
 * formula blocks), the layout's settings, built-in styles, tables, conditional formats, names and
 * charts; writing again changes only the add-in's own parts and leaves what the user typed.
 */
import { readFileSync } from "node:fs";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import path from "node:path";
import type { SheetLayout } from "../../../../src/core/sheets/sheetLayout";
import { cellXml } from "../../../../src/workbook/xlsx/package/cellXml";
import { PackageWorkbook } from "../../../../src/workbook/xlsx/package/packageWorkbook";
import type { ChartRenderer } from "../../../../src/workbook/xlsx/package/sheetCharts";
import { patchSheet } from "../../../../src/workbook/xlsx/package/sheetPatch";
import { ZipArchive } from "../../../../src/workbook/xlsx/package/zipArchive";
import { XlsxWorkbook } from "../../../../src/workbook/xlsx/xlsxWorkbook";

const FIXTURES = path.join(__dirname, "../../../fixtures/producers");

function open(file: string, charts: ChartRenderer | null = null): PackageWorkbook {
  return PackageWorkbook.fromBytes(
    readFileSync(path.join(FIXTURES, file)),
    charts === null ? null : () => charts
  );
}

/** Read back from its bytes, as the next run would. */
function reopen(book: PackageWorkbook, charts: ChartRenderer | null = null): PackageWorkbook {
  return PackageWorkbook.fromBytes(book.toBytes(), charts === null ? null : () => charts);
}

function part(book: PackageWorkbook, name: string): string {
  const text = book.pkg.text(name);
  if (text === null) throw new Error(`no part ${name}`);
  return text;
}

function sheetPart(book: PackageWorkbook, sheet: string): string {
  return book.pkg.sheets.find((s) => s.name === sheet)!.part!;
}

/** Every entry's bytes, as stored. */
function entries(bytes: Buffer): Map<string, Buffer> {
  const zip = ZipArchive.read(bytes);
  return new Map(zip.entries.map((e) => [e.name, zip.get(e.name)!]));
}

const PLAN: SheetLayout = {
  sheet: "Plan Ames",
  blocks: [
    { at: "A1", values: [["Relationship plan: Ames"]], look: "title" },
    { at: "A3", values: [["Profile"]], look: "section" },
    {
      at: "A4",
      values: [
        ["Client ID", "007"],
        ["Note", '=HYPERLINK("http://x")'],
      ],
      formats: ["@", "@"],
    },
    { at: "A6", values: [["Last contact", 46083]], formats: ["@", "yyyy-mm-dd"], bold: true },
    { at: "A7", values: [["Revenue", 48000]], formats: ["@", "#,##0"] },
    { at: "A8", values: [["Total", "=SUM(B7:B7)"]], formulas: true, look: "total" },
    { at: "A10", values: [["Notes"], [""]], wrap: true, rowHeight: 60 },
  ],
  names: [{ name: "RH_PlanRevenue", address: "B7" }],
  columnWidths: [18, 40],
  freezeRows: 2,
  printArea: "A1:D40",
  printOnePageWide: true,
  printLandscape: true,
  repeatRows: "3:3",
  lists: [{ range: "C4:C8", source: "A4:A8" }],
  highlights: [
    { range: "B7:B7", kind: "dataBar" },
    { range: "B7:B7", kind: "over", value: 40000, look: "good" },
    { range: "B6:B6", kind: "under", value: 46000, look: "bad" },
  ],
};

describe("a new sheet", () => {
  test("is added with its relationship, content type, sheet entry and app properties; every other part is byte-identical", async () => {
    const book = open("libreoffice-saved.xlsx");
    const before = entries(book.toBytes());
    await book.writeSheet(PLAN);
    const after = entries(book.toBytes());

    const changed = [...after.keys()].filter(
      (name) => !before.has(name) || !before.get(name)!.equals(after.get(name)!)
    );
    expect(changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet5.xml",
      ].sort()
    );
    expect(part(book, "[Content_Types].xml")).toContain(
      '<Override PartName="/xl/worksheets/sheet5.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    );
    expect(part(book, "xl/workbook.xml")).toMatch(/<sheet name="Plan Ames" sheetId="\d+"/);
    // LibreOffice lists no sheets in its app properties: they stay as they were.
    expect(await book.sheetExists("plan ames")).toBe(true);
  });

  test("is listed in the app properties where the package lists its sheets", async () => {
    const made = new XlsxWorkbook();
    await made.writeSheet({ sheet: "Clients", blocks: [{ at: "A1", values: [["x"]] }], names: [] });
    const book = PackageWorkbook.fromBytes(await made.toBytes());
    await book.writeSheet(PLAN);
    const app = part(book, "docProps/app.xml");
    expect(app).toContain("<vt:lpstr>Clients</vt:lpstr><vt:lpstr>Plan Ames</vt:lpstr>");
    expect(app).toMatch(
      /<vt:lpstr>Worksheets<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>2<\/vt:i4>/
    );
    expect(app).toMatch(/<TitlesOfParts><vt:vector size="2"/);
  });

  test("strings are text, formulas only in a formula block; each cell has its format", async () => {
    const book = open("openpyxl-table-image.xlsx");
    await book.writeSheet(PLAN);
    const xml = part(book, sheetPart(book, "Plan Ames"));
    expect(xml).toMatch(
      /<c r="B5" s="\d+" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK\(&quot;http:\/\/x&quot;\)<\/t><\/is><\/c>/
    );
    expect(xml).toContain('<t xml:space="preserve">007</t>');
    expect(xml).toMatch(/<c r="B8" s="\d+"><f>SUM\(B7:B7\)<\/f><\/c>/);
    expect(xml).not.toContain("<f>HYPERLINK");
    // The workbook recalculates on load: the formula has no cached value.
    expect(part(book, book.pkg.workbookPart)).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);

    const styles = book.pkg.styles();
    const style = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)![1]);
    expect(styles.isText(style("B4"))).toBe(true);
    expect(styles.isDate(style("B6"))).toBe(true);
    expect(styles.numFmtIdOf(style("B7"))).toBe(3);
    const xfs = styles.items("cellXfs", "xf");
    const fonts = styles.items("fonts", "font");
    const fontOf = (ref: string) => fonts[Number(/fontId="(\d+)"/.exec(xfs[style(ref)])![1])];
    expect(fontOf("B6")).toMatch(/<b\/>/);
    expect(xfs[style("A11")]).toContain('<alignment vertical="top" wrapText="1"/>');
    expect(xml).toMatch(/<row r="11"[^>]*\bht="60" customHeight="1"/);
    // What was read back is what was written.
    expect(await book.readNames(["RH_PlanRevenue"])).toEqual({ RH_PlanRevenue: [[48000]] });
  });

  test("the layout's settings: widths, frozen rows, printing, lists and names", async () => {
    const book = open("openpyxl-table-image.xlsx");
    await book.writeSheet(PLAN);
    const xml = part(book, sheetPart(book, "Plan Ames"));
    expect(xml).toContain(
      '<cols><col min="1" max="1" width="18" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/></cols>'
    );
    expect(xml).toMatch(
      /<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"\/>/
    );
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0" orientation="landscape"/);
    expect(xml).toContain(
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C4:C8"><formula1>$A$4:$A$8</formula1></dataValidation></dataValidations>'
    );
    // Elements in the schema's order.
    const order = [
      "sheetPr",
      "dimension",
      "sheetViews",
      "cols",
      "sheetData",
      "conditionalFormatting",
      "dataValidations",
      "pageMargins",
      "pageSetup",
    ];
    const at = order.map((name) => xml.indexOf(`<${name}`));
    expect(at.every((n) => n >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    const workbook = part(book, book.pkg.workbookPart);
    const index = book.pkg.sheets.findIndex((s) => s.name === "Plan Ames");
    expect(workbook).toContain(`<definedName name="RH_PlanRevenue">'Plan Ames'!$B$7</definedName>`);
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="${index}">'Plan Ames'!$A$1:$D$40</definedName>`
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'Plan Ames'!$3:$3</definedName>`
    );
  });

  test("looks are Excel's built-in cell styles, coloured by the theme", async () => {
    const book = open("handbuilt-no-styles.xlsx");
    await book.writeSheet(PLAN);
    // The book had no styles part: one is made and related from the workbook.
    const stylesPart = book.pkg.stylesPartName()!;
    expect(stylesPart).toBe("xl/styles.xml");
    expect(part(book, "[Content_Types].xml")).toContain('PartName="/xl/styles.xml"');
    const styles = part(book, stylesPart);
    expect(styles).toContain('<cellStyle name="Title" xfId="1" builtinId="15"/>');
    expect(styles).toMatch(/<cellStyle name="Heading 2" xfId="\d+" builtinId="17"\/>/);
    expect(styles).toMatch(/<cellStyle name="Total" xfId="\d+" builtinId="25"\/>/);
    expect(styles).toContain(
      '<font><sz val="18"/><color theme="3"/><name val="Calibri Light"/><family val="2"/><scheme val="major"/></font>'
    );
    expect(styles).toContain(
      '<bottom style="thick"><color theme="4" tint="0.499984740745262"/></bottom>'
    );
    // No fixed colour in the headings' and title's fills, fonts or borders.
    const fills = /<fills[\s\S]*?<\/fills>/.exec(styles)![0];
    expect(fills).not.toContain("rgb=");

    const xml = part(book, sheetPart(book, "Plan Ames"));
    const s = Number(/<c r="A1" s="(\d+)"/.exec(xml)![1]);
    const xf = book.pkg.styles().items("cellXfs", "xf")[s];
    expect(xf).toMatch(/xfId="1"/);
  });

  test("a look brings its own weight; bold set on the block goes over it", async () => {
    const book = open("libreoffice-saved.xlsx");
    await book.writeSheet({
      sheet: "Weights",
      blocks: [
        { at: "A1", values: [["heading"]], look: "heading" },
        { at: "A2", values: [["not bold"]], look: "heading", bold: false },
        { at: "A3", values: [["bold title"]], look: "title", bold: true },
        { at: "A4", values: [["plain"]] },
        { at: "A5", values: [["bold"]], bold: true },
      ],
      names: [],
    });
    const xml = part(book, sheetPart(book, "Weights"));
    const styles = book.pkg.styles();
    const xfs = styles.items("cellXfs", "xf");
    const fonts = styles.items("fonts", "font");
    const font = (ref: string) => {
      const xf = xfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)![1])];
      return fonts[Number(/fontId="(\d+)"/.exec(xf)![1])];
    };
    expect(font("A1")).toMatch(/^<font><b\/><sz val="11"\/><color theme="3"\/>/);
    expect(font("A2")).toBe(
      '<font><sz val="11"/><color theme="3"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    );
    expect(font("A3")).toMatch(
      /^<font><b\/><sz val="18"\/><color theme="3"\/><name val="Calibri Light"\/>/
    );
    expect(font("A4")).not.toMatch(/<b\/>/);
    expect(font("A5")).toMatch(/<b\/>/);
  });

  test('readSheetValues reads a written sheet back, blanks as ""; null for no such sheet', async () => {
    const book = open("openpyxl-table-image.xlsx");
    await book.writeSheet(PLAN);
    expect(await book.readSheetValues("plan ames", "A6:C7")).toEqual([
      ["Last contact", 46083, ""],
      ["Revenue", 48000, ""],
    ]);
    expect(await book.readSheetValues("Gone", "A1")).toBeNull();
  });

  test("conditional formats: a data bar and a look over or under a value (a dxf)", async () => {
    const book = open("libreoffice-saved.xlsx");
    await book.writeSheet(PLAN);
    const xml = part(book, sheetPart(book, "Plan Ames"));
    expect(xml).toMatch(
      /<conditionalFormatting sqref="B7:B7"><cfRule type="dataBar" priority="\d+"><dataBar><cfvo type="min"\/><cfvo type="max"\/><color theme="4"\/><\/dataBar><\/cfRule><\/conditionalFormatting>/
    );
    const over =
      /<cfRule type="cellIs" dxfId="(\d+)" priority="\d+" operator="greaterThan"><formula>40000<\/formula>/.exec(
        xml
      );
    const under =
      /<cfRule type="cellIs" dxfId="(\d+)" priority="\d+" operator="lessThan"><formula>46000<\/formula>/.exec(
        xml
      );
    expect(over).not.toBeNull();
    expect(under).not.toBeNull();
    const dxfs = book.pkg.styles().items("dxfs", "dxf");
    expect(dxfs[Number(over![1])]).toContain('<bgColor rgb="FFC6EFCE"/>');
    expect(dxfs[Number(under![1])]).toContain('<bgColor rgb="FFFFC7CE"/>');
  });

  test("a hidden helper sheet", async () => {
    const book = open("openpyxl-table-image.xlsx");
    await book.writeSheet({
      sheet: "Chart data",
      blocks: [{ at: "A1", values: [[1]] }],
      names: [],
      hidden: true,
    });
    expect(part(book, book.pkg.workbookPart)).toMatch(
      /<sheet name="Chart data" sheetId="\d+" state="hidden"/
    );
    const again = reopen(book);
    expect(again.pkg.sheets.find((s) => s.name === "Chart data")?.state).toBe("hidden");
  });
});

const TABLE_SHEET = (rows: number): SheetLayout => ({
  sheet: "Coverage",
  blocks: [
    {
      at: "B3",
      values: [["Tier", "Share"], ...Array.from({ length: rows }, (_, i) => [`T${i}`, i / 10])],
      formats: ["@", "0%"],
      table: { name: "RH_Coverage", style: "TableStyleMedium2" },
    },
  ],
  names: [],
});

describe("tables", () => {
  test("a table block becomes an Excel table in a built-in style; written again it keeps its name and is resized", async () => {
    const book = open("libreoffice-saved.xlsx");
    await book.writeSheet(TABLE_SHEET(3));
    const table = book.pkg.tables().find((t) => t.name === "RH_Coverage")!;
    expect(table.ref).toBe("B3:C6");
    const xml = part(book, table.part);
    expect(xml).toContain(
      '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>'
    );
    expect(xml).toContain('<tableColumn id="1" name="Tier"/><tableColumn id="2" name="Share"/>');
    const sheet = part(book, table.sheetPart);
    expect(sheet).toMatch(/<tableParts count="1"><tablePart r:id="rId\d+"\/><\/tableParts>/);
    expect(part(book, "[Content_Types].xml")).toContain(`PartName="/${table.part}"`);
    const ids = book.pkg.tables().map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);

    const again = reopen(book);
    await again.writeSheet(TABLE_SHEET(5));
    const tables = again.pkg.tables().filter((t) => t.name.startsWith("RH_Coverage"));
    expect(tables.map((t) => [t.name, t.ref, t.part])).toEqual([
      ["RH_Coverage", "B3:C8", table.part],
    ]);
    expect(part(again, table.sheetPart)).toMatch(/<tableParts count="1">/);
    expect((await again.readTable("RH_Coverage")).rows).toHaveLength(5);
  });
});

test("a table is never named as a defined name is: it takes the next free name", async () => {
  const book = open("libreoffice-saved.xlsx");
  await book.writeSheet({ ...TABLE_SHEET(1), names: [{ name: "RH_Coverage", address: "A1" }] });
  await book.writeSheet({ ...TABLE_SHEET(1), sheet: "Other" });
  expect(book.pkg.tables().map((t) => t.name)).toEqual(
    expect.arrayContaining(["RH_Coverage2", "RH_Coverage3"])
  );
});

describe("writing a sheet again", () => {
  test("rewrites the blocks only: what the user typed stays, nothing is added twice", async () => {
    const first = open("openpyxl-table-image.xlsx");
    await first.writeSheet(PLAN);
    // The user types beside the blocks and over a block's blank cell.
    const plan = sheetPart(first, "Plan Ames");
    const typed = new Map([
      [10, new Map([[0, (ref: string) => cellXml("", ref, "=they loved the seminar", undefined)]])],
      [19, new Map([[3, (ref: string) => cellXml("", ref, 42, undefined)]])],
    ]);
    first.pkg.set(plan, patchSheet(first.pkg.bytes(plan)!, typed));
    const edited = reopen(first);
    const stylesBefore = part(edited, edited.pkg.stylesPartName()!);
    const workbookBefore = part(edited, edited.pkg.workbookPart);

    await edited.writeSheet({ ...PLAN, blocks: PLAN.blocks.filter((b) => b.at !== "A10") });
    const xml = part(edited, plan);
    expect(xml).toContain(
      '<c r="A11" t="inlineStr"><is><t xml:space="preserve">=they loved the seminar</t>'
    );
    expect(xml).toContain('<c r="D20"><v>42</v></c>');
    // Same styles, same names, one validation, three conditional formats, one pane.
    expect(part(edited, edited.pkg.stylesPartName()!)).toBe(stylesBefore);
    expect(part(edited, edited.pkg.workbookPart)).toBe(workbookBefore);
    expect(xml.match(/<dataValidation /g)).toHaveLength(1);
    expect(xml.match(/<conditionalFormatting /g)).toHaveLength(3);
    expect(xml.match(/<pane /g)).toHaveLength(1);
    expect(xml.match(/<col /g)).toHaveLength(2);
    expect(edited.pkg.sheets.filter((s) => s.name === "Plan Ames")).toHaveLength(1);
  });

  test("a user's validation, conditional format and column widths on other cells stay", async () => {
    const book = open("libreoffice-saved.xlsx");
    await book.writeSheet(PLAN);
    const plan = sheetPart(book, "Plan Ames");
    const user =
      '<conditionalFormatting sqref="E1:E9"><cfRule type="cellIs" dxfId="0" priority="7" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>';
    let xml = part(book, plan)
      .replace("<conditionalFormatting ", `${user}<conditionalFormatting `)
      .replace(
        '<dataValidations count="1">',
        '<dataValidations count="2"><dataValidation type="whole" sqref="F1"><formula1>1</formula1></dataValidation>'
      )
      .replace(
        "<cols>",
        '<cols><col min="3" max="6" width="5" customWidth="1"/>'.replace("<cols>", "<cols>")
      );
    xml = xml.replace(/<cols>(<col min="3"[^>]*\/>)(.*?)<\/cols>/, "<cols>$2$1</cols>");
    book.pkg.set(plan, xml);

    await book.writeSheet({ ...PLAN, columnWidths: [18, 40, 12] });
    const after = part(book, plan);
    expect(after).toContain(user);
    expect(after).toContain(
      '<dataValidation type="whole" sqref="F1"><formula1>1</formula1></dataValidation>'
    );
    expect(after).toMatch(/<dataValidations count="2">/);
    // Column C takes the layout's width; D:F keep the user's.
    expect(after).toContain(
      '<col min="3" max="3" width="12" customWidth="1"/><col min="4" max="6" width="5" customWidth="1"/>'
    );
    expect(after.match(/priority="(\d+)"/g)!.length).toBe(
      new Set(after.match(/priority="(\d+)"/g)).size
    );
  });
});

/** Stands in for the chart parts module: recognisable, well-formed parts. */
const FAKE_CHARTS: ChartRenderer = {
  chartSpaceXml: (chart, sheet) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:title>${chart.title} on ${sheet}</c:title></c:chart></c:chartSpace>`,
  drawingXml: (anchors) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    anchors
      .map(
        (a) =>
          `<xdr:twoCellAnchor><xdr:from><xdr:col>${a.from.col}</xdr:col><xdr:row>${a.from.row}</xdr:row></xdr:from><xdr:to><xdr:col>${a.to.col}</xdr:col><xdr:row>${a.to.row}</xdr:row></xdr:to>` +
          `<xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="${a.id}" name="${a.name}"/></xdr:nvGraphicFramePr>` +
          `<a:graphic><a:graphicData><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${a.chartRelId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      )
      .join("") +
    `</xdr:wsDr>`,
};

const WITH_CHARTS = (title: string): SheetLayout => ({
  sheet: "Coverage",
  blocks: [
    {
      at: "A1",
      values: [
        ["Tier", "Share"],
        ["A", 0.5],
      ],
    },
  ],
  names: [],
  charts: [
    {
      name: "RH_Pareto",
      kind: "columnAndLine",
      title,
      series: [{ name: "Share", values: "B2:B2", categories: "A2:A2" }],
      placement: "D2:J15",
    },
  ],
});

describe("charts (through the chart parts interface)", () => {
  test("a new sheet's chart: drawing and chart parts, relationships, content types, <drawing>", async () => {
    const book = open("libreoffice-saved.xlsx", FAKE_CHARTS);
    await book.writeSheet(WITH_CHARTS("Pareto"));
    const sheet = sheetPart(book, "Coverage");
    const xml = part(book, sheet);
    expect(xml).toMatch(/<drawing r:id="(rId\d+)"\/><\/worksheet>$/);
    const drawingRel = book.pkg.relationships(sheet).find((r) => r.type.endsWith("/drawing"))!;
    const drawing = part(book, drawingRel.part);
    expect(drawing).toContain(
      "<xdr:from><xdr:col>3</xdr:col><xdr:row>1</xdr:row></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:row>15</xdr:row></xdr:to>"
    );
    const chartRel = book.pkg
      .relationships(drawingRel.part)
      .find((r) => r.type.endsWith("/chart"))!;
    expect(part(book, chartRel.part)).toContain("<c:title>Pareto on Coverage</c:title>");
    const types = part(book, "[Content_Types].xml");
    expect(types).toContain(
      `PartName="/${drawingRel.part}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"`
    );
    expect(types).toContain(
      `PartName="/${chartRel.part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`
    );
  });

  test("written again, the add-in's chart is replaced in its own part and a user's chart stays", async () => {
    const book = open("libreoffice-saved.xlsx", FAKE_CHARTS);
    await book.writeSheet(WITH_CHARTS("Pareto"));
    const sheet = sheetPart(book, "Coverage");
    const drawingPart = book.pkg
      .relationships(sheet)
      .find((r) => r.type.endsWith("/drawing"))!.part;
    const firstChart = book.pkg.relationships(drawingPart)[0].part;
    // The user adds a chart of their own to the same drawing.
    const user = `<xdr:twoCellAnchor><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="My chart"/></xdr:nvGraphicFramePr><a:graphic><a:graphicData><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId99"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
    book.pkg.set(drawingPart, part(book, drawingPart).replace("</xdr:wsDr>", `${user}</xdr:wsDr>`));

    const again = reopen(book, FAKE_CHARTS);
    await again.writeSheet(WITH_CHARTS("Pareto, refreshed"));
    const drawing = part(again, drawingPart);
    expect(drawing).toContain(user);
    expect(drawing.match(/name="RH_Pareto"/g)).toHaveLength(1);
    expect(drawing).not.toMatch(/cNvPr id="9" name="RH_Pareto"/);
    expect(
      again.pkg.relationships(drawingPart).filter((r) => r.type.endsWith("/chart"))
    ).toHaveLength(1);
    expect(part(again, firstChart)).toContain("Pareto, refreshed on Coverage");
    expect(part(again, sheet).match(/<drawing /g)).toHaveLength(1);
  });

  test("charts without a placement go at H2, one below the other, each its own part", async () => {
    const book = open("openpyxl-table-image.xlsx", FAKE_CHARTS);
    const [chart] = WITH_CHARTS("x").charts!;
    await book.writeSheet({
      ...WITH_CHARTS("x"),
      charts: [
        { ...chart, name: "RH_One", placement: undefined },
        { ...chart, name: "RH_Two", placement: undefined },
      ],
    });
    const sheet = sheetPart(book, "Coverage");
    const drawingPart = book.pkg
      .relationships(sheet)
      .find((r) => r.type.endsWith("/drawing"))!.part;
    const corners = [
      ...part(book, drawingPart).matchAll(/<xdr:col>(\d+)<\/xdr:col><xdr:row>(\d+)<\/xdr:row>/g),
    ].map((m) => [Number(m[1]), Number(m[2])]);
    expect(corners).toEqual([
      [7, 1],
      [15, 16],
      [7, 17],
      [15, 32],
    ]);
    const charts = book.pkg.relationships(drawingPart).map((r) => r.part);
    expect(new Set(charts).size).toBe(2);
  });

  test("without a chart renderer the sheet keeps the data only, as the exceljs writer does", async () => {
    const book = open("libreoffice-saved.xlsx");
    await book.writeSheet(WITH_CHARTS("Pareto"));
    expect(part(book, sheetPart(book, "Coverage"))).not.toContain("<drawing");
    expect([...book.changedParts].some((p) => p.includes("chart"))).toBe(false);
  });
});

describe("a package whose parts use a namespace prefix (x:)", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const PR = "http://schemas.openxmlformats.org/package/2006/relationships";

  async function prefixed(): Promise<Buffer> {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
    );
    zip.file(
      "_rels/.rels",
      `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`
    );
    zip.file(
      "xl/workbook.xml",
      `<x:workbook xmlns:x="${MAIN}" xmlns:r="${R}"><x:sheets><x:sheet name="Review" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`
    );
    zip.file(
      "xl/worksheets/sheet1.xml",
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>old title</x:t></x:is></x:c><x:c r="E1"><x:v>7</x:v></x:c></x:row></x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`
    );
    zip.file(
      "xl/styles.xml",
      `<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs></x:styleSheet>`
    );
    return zip.generateAsync({ type: "nodebuffer" });
  }

  // A new part has its own default namespace; the parts that were there keep their prefix.
  test("new elements take the prefix; every part stays well-formed; the user's cell stays", async () => {
    const book = PackageWorkbook.fromBytes(await prefixed());
    await book.writeSheet({ ...PLAN, sheet: "Review" });
    // A table on the sheet, whose root declares no relationships prefix, then a new sheet.
    await book.writeSheet({ ...TABLE_SHEET(2), sheet: "Review" });
    await book.writeSheet(TABLE_SHEET(2));
    for (const name of book.changedParts) {
      const xml = part(book, name);
      expect({ name, valid: XMLValidator.validate(xml) }).toEqual({ name, valid: true });
      if (/(sheet1|styles|workbook)\.xml$/.test(name))
        expect({
          name,
          unprefixed: /<(?!x:|\/|\?|[a-z]+:)[a-zA-Z]/.exec(xml)?.[0] ?? null,
        }).toEqual({
          name,
          unprefixed: null,
        });
    }
    const sheet = part(book, sheetPart(book, "Review"));
    expect(sheet).toContain('<x:c r="E1"><x:v>7</x:v></x:c>');
    expect(sheet).toContain("<x:cols>");
    expect(sheet).toMatch(
      /<x:tableParts count="1"><x:tablePart xmlns:r="[^"]+" r:id="rId1"\/><\/x:tableParts>/
    );
    expect(part(book, "xl/styles.xml")).toMatch(
      /<x:cellStyles count="\d+"><x:cellStyle name="Title"/
    );
    const again = reopen(book);
    expect(await again.readNames(["RH_PlanRevenue"])).toEqual({ RH_PlanRevenue: [[48000]] });
    expect((await again.readTable("RH_Coverage")).rows).toHaveLength(2);
    expect((await again.readTable("RH_Coverage2")).sheet).toBe("Coverage");
  });
});
