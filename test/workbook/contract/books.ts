/** A small client table and contact log, the same for every workbook under contract. */
import type { ClientRowUpdate, NewRows, WorkbookPort } from "../../../src/workbook/workbookPort";

export const CLIENT_HEADERS = ["Client ID", "Name", "Tier", "Last contact", "Notes"];

export const CLIENT_ROWS = [
  ["C-1", "Ames", "A", 45000, "first"],
  ["C-2", "Baker", "B", 45100, "second"],
  ["C-3", "Cole", "C", 45200, "third"],
];

/** The client table "Clients" on the sheet "Clients", made through the port itself. */
export async function withClients(port: WorkbookPort): Promise<void> {
  await port.createTable("Clients", "Clients", CLIENT_HEADERS, CLIENT_ROWS, [3]);
}

export const LOG_HEADERS = ["Date", "Client ID", "Channel", "Notes"];

/** One contact for the log; the ID, channel and notes are typed text. */
export function logEntry(clientId: string, notes: string, table = "ContactLog"): NewRows {
  return {
    table,
    sheet: "Contact Log",
    headers: LOG_HEADERS,
    rows: [[46000, clientId, "call", notes]],
    textColumns: [1, 2, 3],
    dateColumns: [0],
  };
}

export function contactUpdate(
  clientId: string,
  values: ClientRowUpdate["values"] = { "Last contact": 46000, Notes: "called" }
): ClientRowUpdate {
  return { table: "Clients", idHeader: "Client ID", clientId, values };
}
