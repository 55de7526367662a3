/** `[Content_Types].xml`: an Override added for each new part, everything else kept as it was. */
import { escapeXml } from "./xmlText";

export const CONTENT_TYPES = "[Content_Types].xml";

export const TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

export function addOverride(xml: string, part: string, type: string): string {
  const element = `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
  const close = xml.lastIndexOf("</Types>");
  if (close < 0) throw new Error("[Content_Types].xml has no </Types>");
  return `${xml.slice(0, close)}${element}${xml.slice(close)}`;
}
