import { XMLParser, XMLValidator } from "fast-xml-parser";
import { rewriteManifestUrls } from "../../scripts/manifestUrls.js";

const dev = "https://localhost:3000/";
const prod = "https://addins.example.test/rh/";
const sample = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp>
  <IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>
  <SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>
  <Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js"/>
  <SupportUrl DefaultValue="https://www.example.test/help"/>
</OfficeApp>`;

describe("rewriteManifestUrls", () => {
  test("replaces every development URL, not only the first", () => {
    const rewritten = rewriteManifestUrls(sample, dev, prod);
    expect(rewritten).not.toContain("localhost");
    expect(rewritten.split(prod)).toHaveLength(4);
    expect(rewritten).toContain(`${prod}assets/icon-32.png`);
    expect(rewritten).toContain(`${prod}functions.js`);
    expect(rewritten).toContain('"https://www.example.test/help"');
  });

  test("leaves well-formed XML with the same structure", () => {
    const rewritten = rewriteManifestUrls(sample, dev, prod);
    expect(XMLValidator.validate(rewritten)).toBe(true);
    const parser = new XMLParser({ ignoreAttributes: false });
    const before = JSON.stringify(parser.parse(sample)).split(dev).join(prod);
    expect(JSON.stringify(parser.parse(rewritten))).toBe(before);
  });

  test("adds the slash a production URL lacks, so paths stay under it", () => {
    expect(
      rewriteManifestUrls(`"${dev}taskpane.html"`, dev, "https://addins.example.test/rh")
    ).toBe('"https://addins.example.test/rh/taskpane.html"');
  });

  test("takes a production URL containing $ literally", () => {
    expect(rewriteManifestUrls(`${dev}a ${dev}b`, dev, "https://x.test/$&/")).toBe(
      "https://x.test/$&/a https://x.test/$&/b"
    );
  });

  test("rejects an empty development URL, which would splice the target between every character", () => {
    expect(() => rewriteManifestUrls(sample, "", prod)).toThrow(/devUrl/);
  });
});
