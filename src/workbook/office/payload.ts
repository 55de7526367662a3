/**
 * How big a read may be. Excel on the web refuses any request or response over 5 MB
 * (RichApi.Error RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), and one
 * context.sync() is one request: ranges queued in the same sync come back in the same response.
 * So a large table is read in chunks, and on the web each chunk gets a sync of its own, as
 * Microsoft's "Resource limits" page advises. Desktop Excel has no such limit: there every chunk
 * goes out in one sync, and a refresh takes the same three syncs whatever the table's size.
 */

/** What a read of one cell's value may weigh in the response: a generous average for a client
 * table of names, e-mail addresses, serial dates and short notes, JSON quotes and commas included. */
export const BYTES_PER_CELL = 40;

/** One chunk's estimated weight: a fifth under the 5 MB limit, for cells above the average. */
export const CHUNK_BYTES = 4_000_000;

/** Excel's own limit, as a number of bytes the fake workbook in the tests enforces too. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

/** Rows per chunk for a table this wide: at least one. */
export function rowsPerChunk(columnCount: number): number {
  return Math.max(1, Math.floor(CHUNK_BYTES / (Math.max(1, columnCount) * BYTES_PER_CELL)));
}

/** How many chunks may share one sync, given the bytes one sync may carry (Infinity: all). */
export function chunksPerSync(bytesPerSync: number): number {
  return Math.max(1, Math.floor(bytesPerSync / CHUNK_BYTES));
}

/** Bytes one sync may carry here: Excel on the web is limited; elsewhere, or unknown, decides the caller. */
export function defaultBytesPerSync(): number {
  const onTheWeb =
    typeof Office === "undefined" ||
    Office.context === undefined ||
    Office.context.platform === undefined ||
    Office.context.platform === Office.PlatformType.OfficeOnline;
  // Unknown counts as the web: a few more syncs cost little, a refused response costs the refresh.
  return onTheWeb ? CHUNK_BYTES : Infinity;
}

/** True for the error Excel raises when a request or response is over its payload limit. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = errorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}
