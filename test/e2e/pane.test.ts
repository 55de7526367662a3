import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Locator } from "playwright-core";
import { CLIENT_FIELDS } from "../../src/core/book/clientFields";
import { checkAccessibility, type AxeReport } from "./axe";
import { buildPane } from "./buildPane";
import {
  launchChromium,
  openPane,
  requireChromium,
  savePaneScreenshots,
  serveDirectory,
  type PanePage,
  type StaticServer,
} from "./paneBrowser";

// The task pane in Debian's Chromium: the production build served on 127.0.0.1, the preview (the
// in-memory sample book) driven as a user would, checked with axe-core, and pictured the way the
// README's pictures are taken — into a scratch folder: only `npm run screenshots` writes docs/, so a
// test run leaves the checkout as it found it. Nothing leaves the machine: office.js comes from node_modules and every other request
// off the local server is answered empty and fails the test that made it.

// A browser on a shared 2-core machine: seconds per step, not milliseconds.
jest.setTimeout(30_000);

const OFFICE_WIDTH = 320; // the task pane's default width in Excel

let outDir = "";
let server: StaticServer | undefined;
let browser: Browser | undefined;
const pages: PanePage[] = [];

beforeAll(async () => {
  requireChromium(); // before the build: a missing browser fails at once, saying how to install it
  outDir = mkdtempSync(join(tmpdir(), "rh-e2e-"));
  await buildPane(outDir);
  server = await serveDirectory(outDir);
  browser = await launchChromium();
}, 180_000);

afterEach(async () => {
  const opened = pages.splice(0);
  await Promise.all(opened.map((page) => page.context().close()));
  for (const page of opened) {
    expect({ offsite: page.offsite, errors: page.errors }).toEqual({ offsite: [], errors: [] });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function pane(width = OFFICE_WIDTH): Promise<PanePage> {
  if (!browser || !server) throw new Error("the browser or the server did not start");
  const page = await openPane(browser, server.origin, { width, height: 900 });
  pages.push(page);
  return page;
}

function myCalls(page: PanePage): Locator {
  return page.getByRole("region", { name: "My calls" });
}

/** The client names on My calls, in order. */
async function namesIn(list: Locator): Promise<string[]> {
  return list.getByRole("article").locator("h3").allTextContents();
}

/** Fails listing the serious and critical findings; prints the rest. */
function expectNoBlockingViolations(where: string, report: AxeReport): void {
  if (report.others.length > 0) {
    console.info(`axe on ${where}, minor and moderate:\n${JSON.stringify(report.others, null, 2)}`);
  }
  expect({ where, blocking: report.blocking }).toEqual({ where, blocking: [] });
}

describe("the task pane in Chromium (preview on the sample book)", () => {
  test("shows My calls, each card with a Log contact button", async () => {
    const page = await pane();
    const mine = myCalls(page);
    await mine.waitFor();
    const names = await namesIn(mine);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const card = mine.getByRole("article", { name, exact: true });
      // A household's card names the family; its button, the member the call is with.
      const person = name.includes(" household")
        ? /^Log contact with /
        : `Log contact with ${name}`;
      await expect(card.getByRole("button", { name: person, exact: true }).count()).resolves.toBe(
        1
      );
    }
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Relationship Hour");
  });

  test("logging a call through the dialog takes that client off My calls", async () => {
    const page = await pane();
    const mine = myCalls(page);
    await mine.waitFor();
    // An overdue client: a birthday or anniversary would stay listed (marked contacted today).
    const overdue = mine
      .getByRole("article")
      .filter({ hasText: /overdue/i })
      .filter({ hasNotText: /birthday|anniversary|years as a client|welcome|household/i })
      .first();
    const name = (await overdue.locator("h3").textContent()) ?? "";
    expect(name).not.toBe("");

    await overdue.getByRole("button", { name: `Log contact with ${name}`, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Log contact with ${name}` });
    await dialog.waitFor();
    await dialog.getByLabel("Notes", { exact: true }).fill("Talked through the annual review.");
    await dialog.getByRole("button", { name: "Save contact" }).click();

    await dialog.waitFor({ state: "hidden" });
    await mine.getByRole("article", { name, exact: true }).waitFor({ state: "detached" });
    expect(await namesIn(mine)).not.toContain(name);
  });

  test("Change columns opens the mapping screen with a column list per field", async () => {
    const page = await pane();
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Change columns" }).click();
    const mapping = page.getByRole("region", { name: "Which column means what" });
    await mapping.waitFor();
    for (const { label } of CLIENT_FIELDS) {
      await expect(
        mapping.getByRole("combobox", { name: label, exact: true }).count()
      ).resolves.toBe(1);
    }
    // The guess from the sample's headers is shown, and the sample has a Name column.
    const name = mapping.getByRole("combobox", { name: "Name", exact: true });
    expect(await name.inputValue()).not.toBe("");
    await page.getByRole("button", { name: "Back to today" }).click();
    await myCalls(page).waitFor();
  });

  test("axe-core finds no serious or critical violations: each tab, the log dialog, the mapping", async () => {
    const page = await pane();
    const mine = myCalls(page);
    await mine.waitFor();
    expectNoBlockingViolations("the Today view", await checkAccessibility(page));

    await mine
      .getByRole("button", { name: /^Log contact with / })
      .first()
      .click();
    await page.getByRole("dialog").waitFor();
    expectNoBlockingViolations("the log dialog", await checkAccessibility(page));
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });

    for (const tab of ["Team", "Plans", "Settings"]) {
      await page.getByRole("tab", { name: tab }).click();
      await page.getByRole("tabpanel").waitFor();
      expectNoBlockingViolations(`the ${tab} tab`, await checkAccessibility(page));
    }
    await page.getByRole("button", { name: "Change columns" }).click();
    await page.getByRole("region", { name: "Which column means what" }).waitFor();
    expectNoBlockingViolations("the mapping screen", await checkAccessibility(page));
  });

  test("follows the system's dark mode and high contrast while open; axe passes in both", async () => {
    const page = await pane();
    await myCalls(page).waitFor();
    // The theme's background token on the pane's root: Fluent's light, dark or high contrast.
    const background = (colour: string) =>
      page.waitForFunction(
        (wanted) =>
          getComputedStyle(document.querySelector(".fui-FluentProvider")!)
            .getPropertyValue("--colorNeutralBackground1")
            .trim() === wanted,
        colour,
        { timeout: 5_000 }
      );
    await background("#ffffff");

    await page.emulateMedia({ colorScheme: "dark" });
    await background("#292929");
    expectNoBlockingViolations("the Today view, dark", await checkAccessibility(page));

    await page.emulateMedia({ colorScheme: "dark", forcedColors: "active" });
    await background("#000000");
    expectNoBlockingViolations("the Today view, high contrast", await checkAccessibility(page));
  });

  test("pictures the pane as the README shows it, 320 and 800 px wide", async () => {
    if (!browser || !server) throw new Error("the browser or the server did not start");
    const shots = mkdtempSync(join(tmpdir(), "rh-shots-"));
    try {
      await expectPictures(browser, server.origin, shots);
    } finally {
      rmSync(shots, { recursive: true, force: true });
    }
  });
});

/** The helper `npm run screenshots` uses, saving into `dir`: viewport-sized pictures. */
async function expectPictures(browser: Browser, origin: string, dir: string) {
  const files = await savePaneScreenshots(browser, origin, dir, [320, 800], 900);
  expect(files).toEqual([join(dir, "pane-320.png"), join(dir, "pane-800.png")]);
  // A PNG's IHDR holds width and height at bytes 16 and 20: the viewport, not the full page.
  const sizes = files.map((file) => {
    const png = readFileSync(file);
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  });
  expect(sizes).toEqual([
    [320, 900],
    [800, 900],
  ]);
}
