// `npm start`: sideload into desktop Excel where there is one (Windows, macOS); elsewhere serve the
// add-in for Excel on the web, which has to be sideloaded by hand.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** A package's CLI as a JS file: run with node itself, so no shell and no .cmd shims on Windows. */
function binPath(pkg, bin) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin: bins } = require(manifestPath);
  const relative = typeof bins === "string" ? bins : bins[bin];
  return join(dirname(manifestPath), relative);
}

const FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];

function run(args, env = process.env) {
  const child = spawn(process.execPath, args, { stdio: "inherit", shell: false, env });
  // A signal sent to this process alone (not the terminal's whole group) must still stop the
  // server, or it would be left running on port 3000.
  const forward = (signal) => child.kill(signal);
  FORWARDED_SIGNALS.forEach((signal) => process.on(signal, forward));
  child.on("error", (error) => {
    console.error(error);
    process.exit(1);
  });
  child.on("exit", (code, signal) => {
    FORWARDED_SIGNALS.forEach((name) => process.off(name, forward));
    // Re-raise the child's signal so our caller sees the same end as the child's.
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}

if (process.platform === "win32" || process.platform === "darwin") {
  // office-addin-debugging starts `npm run dev-server` itself. Desktop Excel loads only https,
  // so the dev server gets TLS from office-addin-dev-certs (which installs its CA on first use).
  run([binPath("office-addin-debugging", "office-addin-debugging"), "start", "manifest.xml"], {
    ...process.env,
    HTTPS: process.env.HTTPS ?? "1",
  });
} else {
  const protocol = process.env.HTTPS === "1" ? "https" : "http";
  console.log(`No desktop Excel on ${process.platform}: serving on ${protocol}://localhost:3000/.
Preview in a browser (a sample book in memory): ${protocol}://localhost:3000/taskpane.html
To try it in Excel on the web: Insert > Add-ins > Upload My Add-in > choose manifest.xml.
Office only loads add-ins over https with a trusted certificate, so for real Office run
  npx office-addin-dev-certs install
once, then start with HTTPS=1 (HTTPS=1 npm start). Over plain http only the browser preview works.
`);
  run([binPath("webpack-cli", "webpack-cli"), "serve", "--mode", "development"]);
}
