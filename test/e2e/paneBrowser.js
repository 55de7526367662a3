"use strict";

/**
 * The task pane in a real browser, offline: a static server for a built dist/ on 127.0.0.1,
 * Debian's Chromium driven by playwright-core (no browser download), and pages that open the
 * preview with office.js served from the npm copy. Nothing reaches the network: office.js comes
 * from node_modules, every other request off the local server is answered empty by the page's
 * routing, and Chromium cannot resolve any other host. Used by the e2e tests and by
 * scripts/screenshots.mjs, so the README's images are what the browser tests see (the tests save
 * theirs in a scratch folder; only the script writes docs/).
 * CommonJS with types in paneBrowser.d.ts, like scripts/manifestUrls.js.
 */

const { existsSync } = require("node:fs");
const { readFile } = require("node:fs/promises");
const { createServer } = require("node:http");
const { extname, join, relative, resolve, isAbsolute } = require("node:path");
const { chromium } = require("playwright-core");

const CHROMIUM_PATH = "/usr/bin/chromium";
const INSTALL_HINT =
  "install Debian's chromium: apt-get install -y --no-install-recommends chromium";

/** Where taskpane.html loads office.js (and office.js its own files) from in Office. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const officeDist = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
/**
 * What office.js itself asks for outside Office and is expected to: its telemetry frame (it
 * appears a few seconds after load). Answered empty like everything off the machine, but not
 * listed as a surprise.
 */
const OFFICE_JS_EXTRAS = [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//];

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

// The flags that start Chromium in under a second in a container, and keep its own background
// traffic (updates, sync, safe browsing) off. The resolver rule makes every host but the local
// server unresolvable, so even a request the page routing missed cannot leave the machine.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/** Throws, saying how to install it, when Debian's Chromium is missing: never a silent skip. */
function requireChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: ${INSTALL_HINT}`);
  }
}

/**
 * The file under `root` that a request path names, or null when it would leave `root` or is not
 * a well-formed path.
 * @param {string} root
 * @param {string} urlPath
 */
function fileUnder(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath === "/" ? "/taskpane.html" : urlPath);
  } catch {
    return null;
  }
  const file = resolve(root, `.${path}`);
  const rel = relative(root, file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? null : file;
}

/**
 * Serves the files of `root` on 127.0.0.1 at a free port.
 * @param {string} root
 * @returns {Promise<{ origin: string; close: () => Promise<void> }>}
 */
async function serveDirectory(root) {
  const server = createServer(async (request, response) => {
    const file = fileUnder(root, new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    try {
      if (file === null) throw new Error("outside the served directory");
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
      response.writeHead(200, { "Content-Type": type });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", done);
  });
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Debian's Chromium, headless. */
async function launchChromium() {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A new page showing the pane's preview (no Office host: the sample book in memory), once its
 * banner is on screen. office.js comes from node_modules; every other request that is not for
 * `origin` is answered empty and, unless it is office.js's own telemetry, listed in
 * `page.offsite`, so a test can check the pane itself asked for nothing off the machine.
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 * @param {{ width: number; height: number }} viewport
 */
async function openPane(browser, origin, viewport) {
  const context = await browser.newContext({ viewport, locale: "en-US", serviceWorkers: "block" });
  const page = await context.newPage();
  /** @type {string[]} */
  const offsite = [];
  /** @type {string[]} */
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = fileUnder(officeDist, `/${url.slice(OFFICE_CDN.length).split(/[?#]/)[0]}`);
      if (file !== null && existsSync(file)) {
        return route.fulfill({ path: file, contentType: CONTENT_TYPES[".js"] });
      }
    }
    if (!OFFICE_JS_EXTRAS.some((known) => known.test(url))) offsite.push(url);
    return route.fulfill({ status: 200, body: "" });
  });
  await page.goto(`${origin}/taskpane.html`, { waitUntil: "domcontentloaded" });
  await page.getByText("Preview — not connected to a workbook").waitFor({ timeout: 20_000 });
  return Object.assign(page, { offsite, errors });
}

/**
 * Saves the pane at each width (the viewport, not the full page) as pane-<width>.png in `dir`
 * (docs/ for the README); returns the files written.
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 * @param {string} dir
 */
async function savePaneScreenshots(browser, origin, dir, widths = [320, 800], height = 900) {
  const files = [];
  for (const width of widths) {
    const page = await openPane(browser, origin, { width, height });
    try {
      await page.getByRole("region", { name: "My calls" }).waitFor();
      // Fonts and Fluent's enter animations settle before the picture is taken.
      await page.evaluate("document.fonts.ready");
      await page.waitForTimeout(300);
      const file = join(dir, `pane-${width}.png`);
      await page.screenshot({ path: file, animations: "disabled" });
      files.push(file);
      if (page.offsite.length > 0 || page.errors.length > 0) {
        const what = JSON.stringify({ offsite: page.offsite, errors: page.errors });
        throw new Error(`the pane at ${width} px went off the machine or threw: ${what}`);
      }
    } finally {
      await page.context().close();
    }
  }
  return files;
}

module.exports = {
  CHROMIUM_PATH,
  INSTALL_HINT,
  requireChromium,
  serveDirectory,
  launchChromium,
  openPane,
  savePaneScreenshots,
};
