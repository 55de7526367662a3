import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { XMLValidator } from "fast-xml-parser";

// Runs the real production build once, as `npm run build` does, into a temporary directory.

interface FunctionMetadata {
  id: string;
  description?: string;
  parameters: { name: string; description?: string }[];
  options?: { volatile?: boolean };
}

const repoRoot = join(__dirname, "..", "..");
const webpackCli = join(repoRoot, "node_modules", "webpack-cli", "bin", "cli.js");
const publicUrl = "https://addins.example.test/relationship-hour/";
const functionIds = [
  "TIERSCORE",
  "TIER",
  "NEXTCONTACT",
  "OVERDUE",
  "RESPONSIBLE",
  "HOUSEHOLDTIERSCORE",
  "HOUSEHOLDTIER",
  "HOUSEHOLDNEXTCONTACT",
];
let outDir = "";

function read(name: string): string {
  return readFileSync(join(outDir, name), "utf8");
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "rh-build-"));
  const args = [webpackCli, "--mode", "production", "--output-path", outDir];
  const env = { ...process.env, ADDIN_PUBLIC_URL: publicUrl };
  try {
    await promisify(execFile)(process.execPath, args, {
      cwd: repoRoot,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // Rethrown with webpack's own report (it prints compile errors on stdout), so the suite fails
    // saying why.
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`webpack build failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe("production build", () => {
  test("functions.json lists exactly the functions, every one and every parameter described", () => {
    const { functions } = JSON.parse(read("functions.json")) as { functions: FunctionMetadata[] };
    expect(functions.map((f) => f.id).sort()).toEqual([...functionIds].sort());
    for (const f of functions) {
      expect({ id: f.id, description: f.description?.trim() }).toEqual({
        id: f.id,
        description: expect.any(String),
      });
      expect(f.description).not.toBe("");
      expect(f.parameters.length).toBeGreaterThan(0);
      for (const p of f.parameters) {
        expect({ fn: f.id, param: p.name, described: Boolean(p.description?.trim()) }).toEqual({
          fn: f.id,
          param: p.name,
          described: true,
        });
      }
    }
  });

  test("only OVERDUE is volatile (it depends on today)", () => {
    const { functions } = JSON.parse(read("functions.json")) as { functions: FunctionMetadata[] };
    const volatile = functions.filter((f) => f.options?.volatile === true).map((f) => f.id);
    expect(volatile).toEqual(["OVERDUE"]);
  });

  test("functions.js registers every function with Excel", () => {
    const bundle = read("functions.js");
    for (const id of functionIds) {
      expect(bundle).toContain(`CustomFunctions.associate("${id}"`);
    }
  });

  test("taskpane.html loads office.js, then the functions, then the task pane", () => {
    const html = read("taskpane.html");
    const officeJs = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const functionsJs = html.search(/src="?functions\.js/);
    const taskpaneJs = html.search(/src="?taskpane\.js/);
    expect(officeJs).toBeGreaterThanOrEqual(0);
    expect(functionsJs).toBeGreaterThan(officeJs);
    expect(taskpaneJs).toBeGreaterThan(functionsJs);
    expect(html).toMatch(/id="?root"?/); // the minifier drops the quotes
  });

  test("the copied manifest points only at the public URL, at files the build wrote", () => {
    const manifest = read("manifest.xml");
    expect(XMLValidator.validate(manifest)).toBe(true);
    expect(manifest).not.toMatch(/localhost/);
    const paths = [
      ...manifest.matchAll(/https:\/\/addins\.example\.test\/relationship-hour\/([^"<\s]*)/g),
    ].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(5);
    for (const path of new Set(paths)) {
      expect({ path, written: existsSync(join(outDir, path)) }).toEqual({ path, written: true });
    }
  });
});
