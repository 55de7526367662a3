/**
 * Reads a table's data body in chunks of rows (payload.ts). Each pass of the loop is one sync
 * holding as many chunks as one sync may carry: a single pass on desktop Excel, one pass per chunk
 * on Excel on the web. Should Excel still refuse a response as too large (cells far above the
 * estimate, or the platform taken for desktop), the pass is retried smaller: first with fewer
 * chunks, then with chunks of half the rows.
 */
import type { Cell } from "../../core/cells/cells";
import { chunksPerSync, isPayloadTooLarge, rowsPerChunk } from "./payload";

export async function readRows(
  context: Excel.RequestContext,
  body: Excel.Range,
  rowCount: number,
  columnCount: number,
  bytesPerSync: number
): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  if (columnCount === 0) return rows;
  let chunkRows = rowsPerChunk(columnCount);
  let perSync = chunksPerSync(bytesPerSync);
  while (rows.length < rowCount) {
    const chunks: Excel.Range[] = [];
    for (let start = rows.length; start < rowCount && chunks.length < perSync; start += chunkRows) {
      const chunk = body
        .getCell(start, 0)
        .getResizedRange(Math.min(chunkRows, rowCount - start) - 1, columnCount - 1);
      chunk.load("values");
      chunks.push(chunk);
    }
    try {
      // One sync per pass is the point: each pass must stay under the payload limit on its own.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      if (chunks.length > 1) perSync = Math.ceil(chunks.length / 2);
      else if (rowCount - rows.length > 1)
        chunkRows = Math.ceil(Math.min(chunkRows, rowCount - rows.length) / 2);
      else throw error;
      continue;
    }
    for (const chunk of chunks) for (const row of chunk.values) rows.push(row as Cell[]);
  }
  return rows;
}
