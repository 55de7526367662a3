/**
 * The drawing part: one two-cell anchor a chart, its frame named as the chart (the add-in's hold
 * on it), and placements such as "H3:P20" turned into 0-based corners.
 */
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { anchorOf, drawingXml } from "../../../../src/workbook/xlsx/package/chartParts";
import { orderViolations, type Node } from "./chartSchemaOrder";
import { all, attr, parse, parser, text } from "./xmlNodes";

describe("drawingXml", () => {
  const anchors = [
    { chartRelId: "rId1", name: "RH_Pareto", id: 2, ...anchorOf("E15:L34", 0) },
    {
      chartRelId: "rId2",
      name: `Mine <"&'>`,
      id: 3,
      description: "Coverage <by> tier",
      ...anchorOf(undefined, 1),
    },
  ];

  test("well-formed, in schema order, one two-cell anchor a chart", () => {
    const doc = parse(drawingXml(anchors));
    expect(orderViolations(doc)).toEqual([]);
    expect(all(doc, "xdr:twoCellAnchor")).toHaveLength(2);
    expect(all(doc, "c:chart").map((c) => attr(c, "r:id"))).toEqual(["rId1", "rId2"]);
  });

  test("each frame carries the chart's name (escaped) and a unique id", () => {
    const doc = parse(drawingXml(anchors));
    const frames = all(doc, "xdr:cNvPr");
    expect(frames.map((f) => attr(f, "name"))).toEqual(["RH_Pareto", `Mine <"&'>`]);
    expect(frames.map((f) => attr(f, "id"))).toEqual(["2", "3"]);
    expect(attr(frames[1], "descr")).toBe("Coverage <by> tier");
    expect(attr(frames[0], "descr")).toBeUndefined();
  });

  test("any name and description read back exactly: tabs and line breaks as references", () => {
    const writable = (t: string) =>
      // eslint-disable-next-line no-control-regex
      !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/.test(t);
    const userText = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.string({ unit: fc.constantFrom("a", " ", "\t", "\n", "\r", "&", '"', "<") })
    );
    fc.assert(
      fc.property(userText.filter(writable), userText.filter(writable), (name, description) => {
        const xml = drawingXml([{ ...anchors[0], name, description }]);
        expect(XMLValidator.validate(xml)).toBe(true);
        // A literal line break or tab in an attribute would read back as a space.
        expect(xml).not.toMatch(/name="[^"]*[\t\n\r]/);
        const [frame] = all(parser.parse(xml) as Node[], "xdr:cNvPr");
        expect([attr(frame, "name"), attr(frame, "descr")]).toEqual([name, description]);
      }),
      { numRuns: 200 }
    );
  });

  test("the anchor's corners are written 0-based, with no offset", () => {
    const doc = parse(drawingXml(anchors.slice(0, 1)));
    const corner = (name: string) => {
      const [node] = all(doc, name);
      return ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"].map((n) => text(all([node], n)[0]));
    };
    expect(corner("xdr:from")).toEqual(["4", "0", "14", "0"]);
    expect(corner("xdr:to")).toEqual(["12", "0", "34", "0"]);
  });

  test("no charts: an empty drawing", () => {
    const doc = parse(drawingXml([]));
    expect(all(doc, "xdr:wsDr")).toHaveLength(1);
    expect(all(doc, "xdr:twoCellAnchor")).toHaveLength(0);
  });
});

describe("anchorOf", () => {
  test("\"H3:P20\" covers H3 to P20 inclusive: from H3's corner to Q21's", () => {
    expect(anchorOf("H3:P20", 0)).toEqual({ from: { col: 7, row: 2 }, to: { col: 16, row: 20 } });
  });

  test("a reversed range, a single cell and absolute references cover the same cells", () => {
    expect(anchorOf("P20:H3", 0)).toEqual(anchorOf("H3:P20", 0));
    expect(anchorOf("$H$3:$P$20", 0)).toEqual(anchorOf("H3:P20", 0));
    expect(anchorOf("B2", 0)).toEqual({ from: { col: 1, row: 1 }, to: { col: 2, row: 2 } });
  });

  test("without a placement, charts of 8 × 15 cells from H2 down, none over another", () => {
    const placed = [0, 1, 2].map((i) => anchorOf(undefined, i));
    expect(placed[0]).toEqual({ from: { col: 7, row: 1 }, to: { col: 15, row: 16 } });
    for (let i = 1; i < placed.length; i++)
      expect(placed[i].from.row).toBeGreaterThanOrEqual(placed[i - 1].to.row);
  });

  test("a placement that is not a range is refused with the text", () => {
    expect(() => anchorOf("over there", 0)).toThrow(/over there/);
  });
});
