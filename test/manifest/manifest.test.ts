import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildSourceOf, repoRoot, urlDev } from "./webpackOutputs";

// Offline structural checks: `office-addin-manifest validate` needs Microsoft's online service.

type XmlValue = string | XmlNode | XmlValue[];
interface XmlNode {
  [key: string]: XmlValue;
}
interface Element {
  name: string;
  node: XmlNode;
}

const xml = readFileSync(join(repoRoot, "manifest.xml"), "utf8");
const manifest = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true, // "bt:Image" → "Image", "xsi:type" → "type"
  parseTagValue: false, // keep "0.1.0.0" and the GUID as text
}).parse(xml) as XmlNode;
const app = manifest.OfficeApp as XmlNode;

/** Every element (with attributes or children) named `name`, anywhere below `value`. */
function findAll(value: XmlValue, name?: string, found: Element[] = []): Element[] {
  if (Array.isArray(value)) {
    value.forEach((item) => findAll(item, name, found));
  } else if (typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith("@_")) continue;
      for (const item of Array.isArray(child) ? child : [child]) {
        if (typeof item === "object" && (name === undefined || key === name)) {
          found.push({ name: key, node: item as XmlNode });
        }
      }
      findAll(child, name, found);
    }
  }
  return found;
}

function findOne(value: XmlValue, name: string): XmlNode {
  const found = findAll(value, name);
  expect(found).toHaveLength(1);
  return found[0].node;
}

function attr(node: XmlNode, name: string): string {
  const value = node[`@_${name}`];
  if (typeof value !== "string") throw new Error(`missing attribute ${name}`);
  return value;
}

// Resources by kind; each resid must name a resource of the kind its element takes.
const resourceKinds = ["Images", "Urls", "ShortStrings", "LongStrings"] as const;
type ResourceKind = (typeof resourceKinds)[number];
const resources = findOne(app, "Resources");
const defined = new Map<ResourceKind, Map<string, string>>(
  resourceKinds.map((kind) => {
    const items = findAll(findOne(resources, kind)).filter((e) => e.node["@_id"] !== undefined);
    return [kind, new Map(items.map((e) => [attr(e.node, "id"), attr(e.node, "DefaultValue")]))];
  })
);
const kindOfElement: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};
const references = findAll(app).filter((e) => e.node["@_resid"] !== undefined);

function resolve(kind: ResourceKind, resid: string): string {
  const value = defined.get(kind)?.get(resid);
  if (value === undefined) throw new Error(`resid "${resid}" is not among the ${kind}`);
  return value;
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repo file behind a localhost URL (assets are served from the repo's assets/ folder). */
function localFile(url: string): string {
  expect(url.startsWith(urlDev)).toBe(true);
  return join(repoRoot, url.slice(urlDev.length));
}

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("is an Excel task pane add-in with a fresh GUID, reading and writing the workbook", () => {
    expect(attr(app, "type")).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(app.Id).not.toBe("ca968be6-628b-4f14-ba3c-3e614effa9bd"); // Microsoft's template's
    expect(app.ProviderName).toBe("Relationship Hour");
    expect(attr(app.DisplayName as XmlNode, "DefaultValue")).toBe("Relationship Hour");
    expect(attr(findOne(app.Hosts, "Host"), "Name")).toBe("Workbook");
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  test("requires the shared runtime and the custom functions runtime", () => {
    const sets = findAll(app.Requirements, "Set").map((e) => [
      attr(e.node, "Name"),
      attr(e.node, "MinVersion"),
    ]);
    expect(sets).toEqual(
      expect.arrayContaining([
        ["SharedRuntime", "1.1"],
        ["CustomFunctionsRuntime", "1.1"],
      ])
    );
  });

  test("every resid resolves to a resource of the kind its element takes", () => {
    expect(references.length).toBeGreaterThan(0);
    for (const { name, node } of references) {
      const kind = kindOfElement[name];
      expect({ element: name, kind }).toEqual({ element: name, kind: expect.any(String) });
      expect(() => resolve(kind, attr(node, "resid"))).not.toThrow();
    }
  });

  test("every resource is used, ids are unique and within Office's 32-character limit", () => {
    const ids = [...defined.values()].flatMap((byId) => [...byId.keys()]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
    const used = new Set(references.map((e) => attr(e.node, "resid")));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  test("the runtime, the functions' page, the function file and the button share one page", () => {
    const runtime = findOne(app.VersionOverrides, "Runtime");
    expect(attr(runtime, "lifetime")).toBe("long");
    const page = findOne(findOne(app.VersionOverrides, "Page"), "SourceLocation");
    const functionFile = findOne(app.VersionOverrides, "FunctionFile");
    const action = findOne(app.VersionOverrides, "Action");
    expect(attr(action, "type")).toBe("ShowTaskpane");
    const resids = [runtime, page, functionFile, findOne(action, "SourceLocation")].map((n) =>
      attr(n, "resid")
    );
    expect(new Set(resids).size).toBe(1);
    const pageUrl = `${urlDev}taskpane.html`;
    expect(resolve("Urls", resids[0])).toBe(pageUrl);
    expect(attr(findOne(app.DefaultSettings, "SourceLocation"), "DefaultValue")).toBe(pageUrl);
  });

  test("the custom functions load functions.js and functions.json in the RH namespace", () => {
    const point = findAll(app.VersionOverrides, "ExtensionPoint").find(
      (e) => attr(e.node, "type") === "CustomFunctions"
    );
    if (!point) throw new Error("no CustomFunctions extension point");
    const url = (part: string) =>
      resolve("Urls", attr(findOne(findOne(point.node, part), "SourceLocation"), "resid"));
    expect(url("Script")).toBe(`${urlDev}functions.js`);
    expect(url("Metadata")).toBe(`${urlDev}functions.json`);
    expect(resolve("ShortStrings", attr(findOne(point.node, "Namespace"), "resid"))).toBe("RH");
  });

  test("every localhost URL is a file the build writes, and the rewrite can reach them all", () => {
    const urls = xml.match(/https:\/\/localhost:3000\/[^"<\s]*/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    // Any other spelling of localhost would survive the production rewrite of urlDev.
    expect(xml.split("localhost").length).toBe(xml.split(urlDev).length);
    const distExists = existsSync(join(repoRoot, "dist"));
    for (const url of new Set(urls)) {
      const relativePath = url.slice(urlDev.length);
      expect({ relativePath, source: buildSourceOf(relativePath) }).toEqual({
        relativePath,
        source: expect.any(String),
      });
      if (distExists) {
        expect({ relativePath, inDist: existsSync(join(repoRoot, "dist", relativePath)) }).toEqual({
          relativePath,
          inDist: true,
        });
      }
    }
  });

  test("icons have the sizes the manifest declares", () => {
    const icons = findAll(app.VersionOverrides, "Image").filter(
      (e) => e.node["@_resid"] !== undefined
    );
    const declared: [string, number][] = icons.map((e) => [
      resolve("Images", attr(e.node, "resid")),
      Number(attr(e.node, "size")),
    ]);
    declared.push([attr(app.IconUrl as XmlNode, "DefaultValue"), 32]);
    declared.push([attr(app.HighResolutionIconUrl as XmlNode, "DefaultValue"), 64]);
    for (const [url, size] of declared) {
      expect({ url, ...pngSize(localFile(url)) }).toEqual({ url, width: size, height: size });
    }
  });

  test("every asset icon is as large as its name says", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(repoRoot, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });
});
