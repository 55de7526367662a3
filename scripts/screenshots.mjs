// Screenshots of the task pane for the README: serves the built dist/ on localhost, opens the
// preview (no Office host, so it runs on the in-memory sample book) in Debian's Chromium, and
// saves the pane at Office's default width (320 px) and a wide one. Run `npm run build` first.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const officeDist = join(root, "node_modules/@microsoft/office-js/dist");
const HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const types = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".map": "application/json" };

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
  try {
    const body = await readFile(join(dist, path === "/" ? "taskpane.html" : path));
    response.writeHead(200, { "Content-Type": types[extname(path)] ?? "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const [width, height] of [[320, 900], [800, 900]]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      // office.js and the files it loads come from Microsoft's CDN in the real pane; here from the npm copy.
      if (url.startsWith(HOSTED)) {
        return route.fulfill({ path: join(officeDist, url.slice(HOSTED.length).split("?")[0]), contentType: "text/javascript" });
      }
      // Nothing else may leave the machine: office.js's own extra loads are answered empty.
      return url.startsWith(`http://127.0.0.1:${port}/`) ? route.continue() : route.fulfill({ status: 200, body: "" });
    });
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`, { waitUntil: "domcontentloaded" });
    await page.getByText(/preview/i).first().waitFor({ timeout: 20000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(root, `docs/pane-${width}.png`) });
    console.log(`docs/pane-${width}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
