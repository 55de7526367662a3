/**
 * The child sequences ECMA-376 Part 1 lays down (dml-chart.xsd, dml-spreadsheetDrawing.xsd,
 * dml-main.xsd) for every element the chart and drawing parts hold, written out from the schema
 * as the tests' oracle. Excel rejects a part whose children are out of this order.
 *
 * Each entry is one position of the sequence: "a|b" a choice, a trailing "!" required once, "*"
 * any number, "+" at least one, "{2}" exactly two; otherwise optional, at most once. A key
 * "parent>child" is for a child whose type depends on its parent (a bar series is not a line's).
 */

export type Node = Record<string, unknown>;

const C = (names: string) => names.split(" ").map((n) => n.replace(/(^|\|)(?=\w)/g, "$1c:"));

export const SCHEMA_ORDER: Record<string, readonly string[]> = {
  "c:chartSpace": C(
    "date1904 lang roundedCorners style clrMapOvr pivotSource protection chart! spPr txPr externalData printSettings userShapes extLst"
  ),
  "c:chart": C(
    "title autoTitleDeleted pivotFmts view3D floor sideWall backWall plotArea! legend plotVisOnly dispBlanksAs showDLblsOverMax extLst"
  ),
  "c:title": C("tx layout overlay spPr txPr extLst"),
  "c:tx": C("strRef|rich|v!"),
  "c:rich": ["a:bodyPr!", "a:lstStyle", "a:p+"],
  "a:p": ["a:pPr", "a:r|a:br|a:fld*", "a:endParaRPr"],
  "a:pPr": [
    "a:lnSpc",
    "a:spcBef",
    "a:spcAft",
    "a:buClrTx|a:buClr",
    "a:buSzTx|a:buSzPct|a:buSzPts",
    "a:buFontTx|a:buFont",
    "a:buNone|a:buAutoNum|a:buChar|a:buBlip",
    "a:tabLst",
    "a:defRPr",
    "a:extLst",
  ],
  "a:r": ["a:rPr", "a:t!"],
  "c:plotArea": [
    "c:layout",
    "c:areaChart|c:area3DChart|c:lineChart|c:line3DChart|c:stockChart|c:radarChart|c:scatterChart|c:pieChart|c:pie3DChart|c:doughnutChart|c:barChart|c:bar3DChart|c:ofPieChart|c:surfaceChart|c:surface3DChart|c:bubbleChart+",
    "c:valAx|c:catAx|c:dateAx|c:serAx*",
    "c:dTable",
    "c:spPr",
    "c:extLst",
  ],
  "c:barChart": C(
    "barDir! grouping varyColors ser* dLbls gapWidth overlap serLines* axId{2} extLst"
  ),
  "c:lineChart": C(
    "grouping! varyColors ser* dLbls dropLines hiLowLines upDownBars marker smooth axId{2} extLst"
  ),
  "c:barChart>c:ser": C(
    "idx! order! tx spPr invertIfNegative pictureOptions dPt* dLbls trendline* errBars cat val shape extLst"
  ),
  "c:lineChart>c:ser": C(
    "idx! order! tx spPr marker dPt* dLbls trendline* errBars cat val smooth extLst"
  ),
  "c:ser>c:marker": C("symbol size spPr extLst"),
  "c:spPr": [
    "a:xfrm",
    "a:custGeom|a:prstGeom",
    "a:noFill|a:solidFill|a:gradFill|a:blipFill|a:pattFill|a:grpFill",
    "a:ln",
    "a:effectLst|a:effectDag",
    "a:scene3d",
    "a:sp3d",
    "a:extLst",
  ],
  "a:ln": [
    "a:noFill|a:solidFill|a:gradFill|a:pattFill",
    "a:prstDash|a:custDash",
    "a:round|a:bevel|a:miter",
    "a:headEnd",
    "a:tailEnd",
    "a:extLst",
  ],
  "a:solidFill": ["a:scrgbClr|a:srgbClr|a:hslClr|a:sysClr|a:schemeClr|a:prstClr"],
  "c:cat": C("multiLvlStrRef|numRef|numLit|strRef|strLit!"),
  "c:val": C("numRef|numLit!"),
  "c:strRef": C("f! strCache extLst"),
  "c:numRef": C("f! numCache extLst"),
  "c:strCache": C("ptCount pt* extLst"),
  "c:numCache": C("formatCode ptCount pt* extLst"),
  "c:pt": C("v!"),
  "c:catAx": C(
    "axId! scaling! delete axPos! majorGridlines minorGridlines title numFmt majorTickMark minorTickMark tickLblPos spPr txPr crossAx! crosses|crossesAt auto lblAlgn lblOffset tickLblSkip tickMarkSkip noMultiLvlLbl extLst"
  ),
  "c:valAx": C(
    "axId! scaling! delete axPos! majorGridlines minorGridlines title numFmt majorTickMark minorTickMark tickLblPos spPr txPr crossAx! crosses|crossesAt crossBetween majorUnit minorUnit dispUnits extLst"
  ),
  "c:scaling": C("logBase orientation max min extLst"),
  "c:legend": C("legendPos legendEntry* layout overlay spPr txPr extLst"),
  "xdr:wsDr": ["xdr:twoCellAnchor|xdr:oneCellAnchor|xdr:absoluteAnchor*"],
  "xdr:twoCellAnchor": [
    "xdr:from!",
    "xdr:to!",
    "xdr:sp|xdr:grpSp|xdr:graphicFrame|xdr:cxnSp|xdr:pic|xdr:contentPart!",
    "xdr:clientData!",
  ],
  "xdr:from": ["xdr:col!", "xdr:colOff!", "xdr:row!", "xdr:rowOff!"],
  "xdr:to": ["xdr:col!", "xdr:colOff!", "xdr:row!", "xdr:rowOff!"],
  "xdr:graphicFrame": ["xdr:nvGraphicFramePr!", "xdr:xfrm!", "a:graphic!"],
  "xdr:nvGraphicFramePr": ["xdr:cNvPr!", "xdr:cNvGraphicFramePr!"],
  "xdr:xfrm": ["a:off", "a:ext"],
  "a:graphic": ["a:graphicData!"],
  "a:graphicData": ["c:chart*"],
  // The graphic frame's reference to the chart part: CT_RelId, no children.
  "a:graphicData>c:chart": [],
};

function tagOf(node: Node): string | undefined {
  return Object.keys(node).find((k) => k !== ":@");
}

/** Where the children of `tag` break its sequence, as readable lines (none when in order). */
function checkSequence(path: string, tag: string, childTags: readonly string[]): string[] {
  const sequence = SCHEMA_ORDER[tag];
  const positions = sequence.map((entry) => {
    const m = /^(.*?)(!|\*|\+|\{2\})?$/.exec(entry)!;
    return { names: m[1].split("|"), mark: m[2] ?? "" };
  });
  const problems: string[] = [];
  const counts = positions.map(() => 0);
  let at = 0;
  for (const child of childTags) {
    const position = positions.findIndex((p) => p.names.includes(child));
    if (position < 0) problems.push(`${path}: <${child}> is not a child of <${tag}>`);
    else if (position < at) problems.push(`${path}: <${child}> comes too late in <${tag}>`);
    else {
      at = position;
      counts[position]++;
    }
  }
  positions.forEach(({ names, mark }, i) => {
    const n = counts[i];
    const most = mark === "*" || mark === "+" ? Infinity : mark === "{2}" ? 2 : 1;
    const least = mark === "!" || mark === "+" ? 1 : mark === "{2}" ? 2 : 0;
    if (n < least || n > most)
      problems.push(`${path}: <${names.join("|")}> ${n} times in <${tag}>`);
  });
  return problems;
}

/**
 * Every schema order broken anywhere in a parsed part (fast-xml-parser, preserveOrder), and every
 * element with children the table does not cover, so that nothing goes unchecked.
 */
export function orderViolations(nodes: readonly Node[], parent = "", path = ""): string[] {
  const problems: string[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined || tag === "#text" || tag === "?xml") continue;
    const here = `${path}/${tag}`;
    const kids = (node[tag] as Node[]).filter((k) => tagOf(k) !== "#text");
    const childTags = kids.map((k) => tagOf(k)!);
    const key = `${parent}>${tag}` in SCHEMA_ORDER ? `${parent}>${tag}` : tag;
    if (key in SCHEMA_ORDER) problems.push(...checkSequence(here, key, childTags));
    else if (childTags.length > 0) problems.push(`${here}: <${tag}> is not in the order table`);
    problems.push(...orderViolations(kids, tag, here));
  }
  return problems;
}
