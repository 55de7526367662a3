// Screenshots of the task pane for the README: serves the built dist/ on localhost, opens the
// preview (no Office host, so it runs on the in-memory sample book) in Debian's Chromium, and
// saves the pane at Office's default width (320 px) and a wide one. Run `npm run build` first.
// The same helper takes these pictures in the browser tests (test/e2e/pane.test.ts).
import { join } from "node:path";
import paneBrowser from "../test/e2e/paneBrowser.js";

const { launchChromium, savePaneScreenshots, serveDirectory } = paneBrowser;
const root = new URL("..", import.meta.url).pathname;

const server = await serveDirectory(join(root, "dist"));
try {
  const browser = await launchChromium();
  try {
    for (const file of await savePaneScreenshots(browser, server.origin, join(root, "docs"))) {
      console.log(file);
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
