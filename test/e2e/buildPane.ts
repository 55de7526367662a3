import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const repoRoot = join(__dirname, "..", "..");
const webpackCli = join(repoRoot, "node_modules", "webpack-cli", "bin", "cli.js");

/**
 * The production build, as `npm run build` makes it, written to `outDir` instead of dist/ (so a
 * test run never disturbs a dev server's files). Fails with webpack's own report.
 */
export async function buildPane(outDir: string): Promise<void> {
  const args = [webpackCli, "--mode", "production", "--output-path", outDir];
  try {
    await promisify(execFile)(process.execPath, args, {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // webpack prints compile errors on stdout.
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`webpack build failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}
