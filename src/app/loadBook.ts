/**
 * A refresh: find the client table, apply the saved (or guessed) column mapping, read the settings
 * and the contact log, and score the book. Each step is one call to the workbook, so a refresh
 * costs the same few round trips whatever the size of the table. The workbook's date system is
 * read here once and kept with the book: every date read is moved to the engine's 1900 serials
 * before the core's readers see it, and the actions write dates back in the book's system.
 */
import {
  INTRODUCTION_DATE_HEADERS,
  INTRODUCTIONS_TABLE,
  readIntroductions,
  type Introduction,
} from "../core/introductions/introductions";
import { scoreBook, type BookClient } from "../core/book/clientBook";
import {
  guessMapping,
  looksLikeClientTable,
  reconcileMapping,
  type ColumnMapping,
} from "../core/book/clientFields";
import { readClientRows, type DateOrderUsed, type RowProblem } from "../core/book/clientRows";
import type { DateOrder } from "../core/dates/dateOrder";
import { CONTACT_LOG_TABLE, readContactLog, type ContactEntry } from "../core/book/contactLog";
import { normaliseTier } from "../core/scoring/tierName";
import {
  clientDateColumns,
  columnsTo1900,
  contactLogDateColumns,
  settingNamesTo1900,
} from "../core/cells/dateSystemCells";
import type { DateSystem } from "../core/dates/serial";
import { readSettings, SETTING_NAMES, type RotationSettings } from "../core/book/settings";
import type { TableInfo, WorkbookPort } from "../workbook/workbookPort";
import { offerTable, type TableOffer } from "./tableOffer";
import { withPlanProfiles } from "./planProfile";
import type { UndoRecord } from "./undoActions";

export const MAPPING_SETTING = "relationshipHour.mapping";

export interface SavedMapping {
  readonly table: string;
  readonly mapping: ColumnMapping;
}

export interface LoadedBook {
  readonly state: "loaded";
  readonly table: TableInfo;
  readonly mapping: ColumnMapping;
  /** False until the user has confirmed the guessed mapping once. */
  readonly mappingConfirmed: boolean;
  /** Unusable cells; their clients are kept with the field blank. */
  readonly problems: readonly RowProblem[];
  /** Worksheet rows left blank inside the table (skipped). */
  readonly blankRows: readonly number[];
  /** How text dates like 3/4/2025 were read, per date column that has them. */
  readonly dateOrders: readonly DateOrderUsed[];
  /** The order given to the reader where the data does not decide, and where it came from. */
  readonly dateOrder: {
    readonly order: DateOrder;
    readonly from: "option" | "settings" | "locale";
  };
  readonly settings: RotationSettings;
  readonly settingsProblems: readonly string[];
  readonly hasSettingsSheet: boolean;
  readonly log: readonly ContactEntry[];
  /** The Introductions table's rows (none before the first introduction is logged). */
  readonly introductions: readonly Introduction[];
  /** The Contact Log table's headers and rows as the workbook holds it; null before the first log. */
  readonly logTable: { readonly headers: readonly string[]; readonly rowCount: number } | null;
  readonly clients: readonly BookClient[];
  /** The client row as it was before the last contact logged in this session, for an exact undo. */
  readonly undo?: UndoRecord | null;
  /**
   * The workbook's date system. Everything above is in 1900 serials whatever it is; the actions
   * write their dates in this one, without asking the workbook again.
   */
  readonly dateSystem: DateSystem;
}

export interface NoClientTable {
  readonly state: "no-table";
  /** The client list found on the active sheet, when it could be made into a table. */
  readonly activeSheet: TableOffer | null;
}

export async function loadSavedMapping(port: WorkbookPort): Promise<SavedMapping | null> {
  const text = await port.loadSetting(MAPPING_SETTING);
  if (text === null) return null;
  try {
    const saved = JSON.parse(text) as SavedMapping;
    return typeof saved?.table === "string" && typeof saved.mapping === "object" ? saved : null;
  } catch {
    // A damaged value is as good as none: the mapping is guessed again and the user confirms it.
    return null;
  }
}

export async function saveMapping(
  port: WorkbookPort,
  table: string,
  mapping: ColumnMapping
): Promise<void> {
  await port.saveSetting(
    MAPPING_SETTING,
    JSON.stringify({ table, mapping } satisfies SavedMapping)
  );
}

/** The table that is the client list: the saved one, else the first whose headers look like one. */
function chooseTable(tables: readonly TableInfo[], saved: SavedMapping | null): TableInfo | null {
  const candidates = tables.filter(
    (t) => t.name !== CONTACT_LOG_TABLE && t.name !== INTRODUCTIONS_TABLE
  );
  return (
    candidates.find((t) => t.name === saved?.table) ??
    candidates.find((t) => looksLikeClientTable(guessMapping(t.headers))) ??
    null
  );
}

/** The user's choices win, and a column they gave to one field is no longer another's. */
function withOverrides(mapping: ColumnMapping, overrides: ColumnMapping): ColumnMapping {
  const taken = new Set(Object.values(overrides));
  const kept = Object.fromEntries(Object.entries(mapping).filter(([, h]) => !taken.has(h)));
  return { ...kept, ...overrides };
}

export interface LoadOptions {
  /** The order for text dates like 3/4/2025, over the settings' (the command line's --date-order). */
  readonly dateOrder?: DateOrder;
  /** The order of the user's language, where neither the option nor the settings give one. */
  readonly localeDateOrder?: DateOrder;
  /** Columns the user named for fields, over the saved or guessed mapping (--map). */
  readonly mapping?: ColumnMapping;
}

export async function loadBook(
  port: WorkbookPort,
  tableName?: string,
  options: LoadOptions = {}
): Promise<LoadedBook | NoClientTable> {
  const saved = await loadSavedMapping(port);
  const tables = await port.listTables();
  const info =
    tableName !== undefined
      ? (tables.find((t) => t.name === tableName) ?? null)
      : chooseTable(tables, saved);
  if (info === null) {
    const plain = await port.describeActiveSheet();
    return { state: "no-table", activeSheet: plain === null ? null : offerTable(plain) };
  }

  const dateSystem = await port.dateSystem();
  const data = await port.readTable(info.name);
  const confirmed = saved !== null && saved.table === info.name;
  const mapping = withOverrides(
    confirmed ? reconcileMapping(saved.mapping, data.headers) : guessMapping(data.headers),
    options.mapping ?? {}
  );
  const names = await port.readNames(Object.values(SETTING_NAMES));
  const { settings, problems: settingsProblems } = readSettings(
    settingNamesTo1900(names, dateSystem)
  );
  const logTable = await port.readTableIfExists(CONTACT_LOG_TABLE);
  const log =
    logTable === null
      ? []
      : readContactLog(
          logTable.headers,
          columnsTo1900(logTable.rows, contactLogDateColumns(logTable.headers), dateSystem)
        );
  // Read only where the book has one: a book without introductions loads in as many syncs as before.
  const hasIntroductions = tables.some(
    (t) => t.name.toLowerCase() === INTRODUCTIONS_TABLE.toLowerCase()
  );
  const introductionTable = hasIntroductions
    ? await port.readTableIfExists(INTRODUCTIONS_TABLE)
    : null;
  const introductions =
    introductionTable === null
      ? []
      : readIntroductions(
          introductionTable.headers,
          columnsTo1900(
            introductionTable.rows,
            INTRODUCTION_DATE_HEADERS.map((h) => introductionTable.headers.indexOf(h)).filter(
              (c) => c >= 0
            ),
            dateSystem
          )
        );
  const dateOrder =
    options.dateOrder !== undefined
      ? { order: options.dateOrder, from: "option" as const }
      : settings.dateOrder !== null
        ? { order: settings.dateOrder, from: "settings" as const }
        : { order: options.localeDateOrder ?? "mdy", from: "locale" as const };
  const reading = readClientRows(
    {
      ...data,
      rows: columnsTo1900(data.rows, clientDateColumns(data.headers, mapping), dateSystem),
    },
    mapping,
    new Set(settings.tiers.map((t) => normaliseTier(t.tier))),
    dateOrder.order
  );
  // Profile fields without a column of their own are kept on the plans (planProfile.ts).
  return withPlanProfiles(port, {
    state: "loaded",
    table: info,
    mapping,
    mappingConfirmed: confirmed,
    problems: reading.problems,
    blankRows: reading.blankRows,
    dateOrders: reading.dateOrders,
    dateOrder,
    settings,
    settingsProblems,
    hasSettingsSheet: Object.values(names).some((v) => v !== null),
    log,
    introductions,
    logTable:
      logTable === null ? null : { headers: logTable.headers, rowCount: logTable.rows.length },
    clients: scoreBook(reading.clients, settings, log, introductions),
    dateSystem,
  });
}
