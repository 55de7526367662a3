/**
 * What the .xlsx library drops when it rewrites a workbook: it reads cells, tables, names and
 * formats, but not charts, pivot tables, slicers or macros, nor the Office add-in's own settings
 * part. A zip package stores its part names uncompressed, so they can be seen in the bytes
 * without unpacking anything.
 */
const DROPPED: readonly { readonly part: string; readonly what: string }[] = [
  { part: "xl/charts/", what: "charts" },
  { part: "xl/pivotTables/", what: "pivot tables" },
  { part: "xl/slicers/", what: "slicers" },
  { part: "xl/vbaProject.bin", what: "macros" },
];

/** The add-in's settings (the confirmed column mapping): the pane asks to confirm it again. */
const ADD_IN_SETTINGS = "xl/webextensions/";

export interface UnkeptParts {
  /** The user's own work that a rewrite would lose, such as "charts". */
  readonly work: readonly string[];
  /** The add-in's settings part is there (a rewrite keeps the mapping on a hidden sheet instead). */
  readonly addInSettings: boolean;
}

export function unkeptParts(bytes: Uint8Array): UnkeptParts {
  const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return {
    work: DROPPED.filter(({ part }) => names.includes(part)).map(({ what }) => what),
    addInSettings: names.includes(ADD_IN_SETTINGS),
  };
}
