/**
 * An .xlsx/.xlsm package opened for the command line: the zip kept as bytes, the workbook part
 * found through the package relationships, its sheets resolved to parts (absolute or relative
 * targets alike), their tables, the shared strings and the styles, each read only when first
 * asked for. Changes are kept as whole replacement parts and written out by ZipArchive, which
 * copies every other entry untouched.
 */
import { addOverride, CONTENT_TYPES } from "./contentTypes";
import {
  addRelationship,
  freeRelationshipId,
  isType,
  parseRelationships,
  REL,
  relativeTarget,
  relsPathOf,
  type Relationship,
} from "./relationships";
import { eachElement, richText, type Area, type CellContext } from "./sheetCells";
import { scanSheetRows, streamSheetRows, type RowVisitor } from "./sheetScanner";
import { StylesPart } from "./stylesPart";
import { parseTable, type TablePart } from "./tablePart";
import {
  parseDefinedNames,
  parseWorkbook,
  type SheetEntry,
  type WorkbookInfo,
} from "./workbookPart";
import { ZipArchive } from "./zipArchive";
import { prefixOf } from "./xmlText";

/** How much inflated XML a read keeps for a later write: 100,000 clients' sheets fit. */
const HELD_BYTES = 192 * 1024 * 1024;

export interface PackageSheet extends SheetEntry {
  /** The worksheet's part name, or null for a chartsheet or a broken relationship. */
  readonly part: string | null;
}

export class OpenedPackage {
  readonly archive: ZipArchive;
  readonly workbookPart: string;
  info: WorkbookInfo;
  readonly sheets: PackageSheet[];
  private readonly changes = new Map<string, Buffer | Buffer[]>();
  private strings: string[] | null = null;
  private stylesPart: StylesPart | null = null;
  private tableList: TablePart[] | null = null;

  constructor(bytes: Uint8Array) {
    this.archive = ZipArchive.read(bytes);
    const root = parseRelationships("", this.text("_rels/.rels"));
    const office = root.find((r) => isType(r, REL.officeDocument) && !r.external);
    this.workbookPart = office?.part ?? "xl/workbook.xml";
    const xml = this.text(this.workbookPart);
    if (xml === null) throw new Error(`the workbook part ${this.workbookPart} is missing`);
    this.info = parseWorkbook(xml);
    const rels = this.workbookRels();
    this.sheets = this.info.sheets.map((sheet) => {
      const rel = rels.find((r) => r.id === sheet.relId);
      const part =
        rel !== undefined && isType(rel, REL.worksheet) && this.has(rel.part) ? rel.part : null;
      return { ...sheet, part };
    });
  }

  has(part: string): boolean {
    return this.changes.has(part) || this.archive.has(part);
  }

  /** Parts inflated so far: a log reads its sheets, checks below the table and patches them. */
  private readonly inflated = new Map<string, Buffer>();
  private heldBytes = 0;

  bytes(part: string): Buffer | null {
    const changed = this.changes.get(part);
    if (changed !== undefined) {
      if (Buffer.isBuffer(changed)) return changed;
      // A patched sheet is kept in pieces (written out without joining them); joined if read again.
      const joined = Buffer.concat(changed);
      this.changes.set(part, joined);
      return joined;
    }
    let bytes = this.inflated.get(part);
    if (bytes === undefined) {
      const read = this.archive.get(part);
      if (read === null) return null;
      bytes = read;
      this.inflated.set(part, bytes);
      this.heldBytes += bytes.length;
    }
    return bytes;
  }

  /**
   * The rows of a worksheet part in `area` (see sheetScanner.ts). A part that fits in what is left
   * of HELD_BYTES is inflated whole into one buffer and kept, so that a command that goes on to
   * change the sheet (a log) need not inflate it again; a bigger one (a million rows) is streamed
   * from the zip and never held whole.
   */
  async scanRows(part: string, area: Area, onRow: RowVisitor): Promise<void> {
    const size = this.archive.size(part);
    const held = this.changes.has(part) || this.inflated.has(part);
    if (held || size === null || this.heldBytes + size <= HELD_BYTES) {
      const bytes = this.bytes(part);
      if (bytes !== null) scanSheetRows(bytes, area, this.cellContext(), onRow);
      return;
    }
    const chunks = this.archive.chunks(part);
    if (chunks !== null) await streamSheetRows(chunks, area, this.cellContext(), onRow);
  }

  text(part: string): string | null {
    const bytes = this.bytes(part);
    if (bytes === null) return null;
    // A UTF-8 byte order mark is allowed before the XML declaration.
    const text = bytes.toString("utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** A part's new content: text, bytes, or bytes in pieces (a patched sheet, see sheetPatch.ts). */
  set(part: string, content: Buffer | Buffer[] | string): void {
    this.changes.set(part, typeof content === "string" ? Buffer.from(content, "utf8") : content);
  }

  /** The workbook part rewritten by names set on a sheet: the names read follow. */
  setWorkbook(xml: string): void {
    this.set(this.workbookPart, xml);
    this.info = { ...this.info, names: parseDefinedNames(xml) };
  }

  get changed(): ReadonlySet<string> {
    return new Set(this.changes.keys());
  }

  toBytes(): Buffer {
    return this.changes.size === 0 ? this.archive.bytes : this.archive.write(this.changes);
  }

  relationships(source: string): Relationship[] {
    return parseRelationships(source, this.text(relsPathOf(source)));
  }

  workbookRels(): Relationship[] {
    return this.relationships(this.workbookPart);
  }

  /** Adds a relationship from `source` to a part; returns its id. */
  relate(source: string, type: string, part: string): string {
    const relsPart = relsPathOf(source);
    const id = freeRelationshipId(this.relationships(source));
    this.set(
      relsPart,
      addRelationship(this.text(relsPart), id, type, relativeTarget(source, part))
    );
    return id;
  }

  addContentType(part: string, type: string): void {
    const xml = this.text(CONTENT_TYPES);
    if (xml === null) throw new Error("the package has no [Content_Types].xml");
    this.set(CONTENT_TYPES, addOverride(xml, part, type));
  }

  cellContext(): CellContext {
    return { strings: this.sharedStrings(), date1904: this.info.date1904 };
  }

  sharedStrings(): string[] {
    if (this.strings !== null) return this.strings;
    const rel = this.workbookRels().find((r) => isType(r, REL.sharedStrings) && !r.external);
    const xml = rel === undefined ? null : this.text(rel.part);
    const strings: string[] = [];
    if (xml !== null)
      eachElement(xml, `${prefixOf(xml, "sst")}si`, (_, inner) => {
        strings.push(inner === undefined ? "" : richText(inner));
      });
    this.strings = strings;
    return this.strings;
  }

  styles(): StylesPart {
    if (this.stylesPart !== null) return this.stylesPart;
    this.stylesPart = new StylesPart(
      this.stylesPartName() === null ? null : this.text(this.stylesPartName()!)
    );
    return this.stylesPart;
  }

  stylesPartName(): string | null {
    const rel = this.workbookRels().find((r) => isType(r, REL.styles) && !r.external);
    return rel !== undefined && this.has(rel.part) ? rel.part : null;
  }

  /** Every table of every worksheet, in sheet order. */
  tables(): TablePart[] {
    if (this.tableList !== null) return this.tableList;
    this.tableList = this.sheets.flatMap((sheet) =>
      sheet.part === null ? [] : this.tablesOf(sheet.part)
    );
    return this.tableList;
  }

  forgetTables(): void {
    this.tableList = null;
  }

  private tablesOf(sheetPart: string): TablePart[] {
    return this.relationships(sheetPart).flatMap((rel) => {
      if (rel.external || !isType(rel, REL.table)) return [];
      const xml = this.text(rel.part);
      return xml === null ? [] : [parseTable(rel.part, sheetPart, xml)];
    });
  }

  /** Records a sheet added to the workbook part (see newSheet.ts). */
  addedSheet(sheet: PackageSheet): void {
    this.sheets.push(sheet);
    this.tableList = null;
  }

  sheetOfPart(part: string): PackageSheet | undefined {
    return this.sheets.find((s) => s.part === part);
  }
}
