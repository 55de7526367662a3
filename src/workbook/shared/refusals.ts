/**
 * The words of every refusal and "no such table" error, in one place: the three workbooks must
 * word them alike (the contract suite compares them), and the pane and the command line show them
 * as they are.
 */
import type { ClientRowUpdate } from "../workbookPort";

export interface Refusal {
  readonly ok: false;
  readonly message: string;
}

/** A write refused before anything was queued: the book is as it was. */
export function refuse(message: string): Refusal {
  return { ok: false, message: `${message} Nothing was written.` };
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

export function tableGone(table: string): Refusal {
  return refuse(`There is no table "${table}" any more.`);
}

export function rowCountChanged(table: string, now: number, given: number): Refusal {
  return refuse(
    `The table "${table}" has ${now} rows now, not ${given}: it changed since it was read.`
  );
}

export function columnTaken(table: string, header: string): Refusal {
  return refuse(`The table "${table}" already has a column "${header}".`);
}

export function missingColumns(table: string, headers: readonly string[]): Refusal {
  return refuse(`The table "${table}" has no column ${quoted(headers)}.`);
}

/** Excel tells a missing table from a missing column only by a failed sync, so neither is named. */
export function clientTableGone(update: ClientRowUpdate): Refusal {
  return refuse(
    `The client table "${update.table}" or its column "${update.idHeader}" is no longer in the workbook.`
  );
}

export function clientGone(update: ClientRowUpdate): Refusal {
  return refuse(
    `Client ${update.clientId} is no longer in the table "${update.table}" (deleted, or its ID changed).`
  );
}

export function clientTwice(update: ClientRowUpdate, times: number): Refusal {
  return refuse(
    `Client ID ${update.clientId} appears ${times} times in the table "${update.table}"; make it unique first.`
  );
}

export function updateColumnGone(update: ClientRowUpdate, header: string): Refusal {
  return refuse(`The table "${update.table}" has no column "${header}" any more.`);
}

/** Thrown by readTable: the caller asked for a table by a name it should know. */
export function noSuchTable(name: string): Error {
  return new Error(`There is no table "${name}" in this workbook.`);
}

/** Thrown by createTable and convertToTable: Excel refuses two tables of one name (any case). */
export function tableNameTaken(name: string): Error {
  return new Error(`There is already a table named "${name}" in this workbook.`);
}

/** A sheet the add-in wrote, gone by the time it is asked for (renamed or deleted). */
export function noSuchSheet(sheet: string): string {
  return `There is no sheet "${sheet}" any more: it may have been renamed or deleted.`;
}
