/**
 * The parts as a reader sees them: fast-xml-parser keeps elements in order (preserveOrder), and
 * these walk the result. Every part is checked well-formed on the way in.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Node } from "./chartSchemaOrder";

export const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  trimValues: false,
  // Character references (&#10;) decoded, as every XML parser does.
  htmlEntities: true,
});

export function parse(xml: string): Node[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Node[];
}

/** Every element named `name` anywhere below `nodes`, in document order. */
export function all(within: Node | Node[], name: string): Node[] {
  const out: Node[] = [];
  for (const node of Array.isArray(within) ? within : [within]) {
    const tag = Object.keys(node).find((k) => k !== ":@");
    if (tag === undefined || tag === "#text") continue;
    if (tag === name) out.push(node);
    out.push(...all(node[tag] as Node[], name));
  }
  return out;
}

export function children(node: Node): Node[] {
  const tag = Object.keys(node).find((k) => k !== ":@")!;
  return node[tag] as Node[];
}

export function attr(node: Node, name: string): string | undefined {
  return (node[":@"] as Record<string, string> | undefined)?.[name];
}

export function text(node: Node): string {
  return children(node)
    .map((c) => (typeof c["#text"] === "string" ? c["#text"] : ""))
    .join("");
}
