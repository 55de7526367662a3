import { existsSync } from "node:fs";
import { join } from "node:path";

/** The part of webpack.config.js's exports the tests read (it is CommonJS without types). */
interface WebpackConfigModule {
  urlDev: string;
  outputs: { bundles: string[]; html: string; metadata: string; copied: string[] };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS config, see above
const webpackConfig = require("../../webpack.config.js") as WebpackConfigModule;

export const repoRoot = join(__dirname, "..", "..");
export const { urlDev, outputs } = webpackConfig;

/** "assets/*.png" → /^assets\/[^/]*\.png$/: the only glob form the copy patterns use. */
function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*");
  return new RegExp(`^${escaped}$`);
}

/**
 * Why the build would write `relativePath` into its output directory, or undefined if it would
 * not: a bundle, the page or the metadata it generates, or a repo file it copies.
 */
export function buildSourceOf(relativePath: string): string | undefined {
  const generated = [...outputs.bundles, outputs.html, outputs.metadata];
  if (generated.includes(relativePath)) {
    return "generated";
  }
  const copied = outputs.copied.some((glob) => globToRegExp(glob).test(relativePath));
  return copied && existsSync(join(repoRoot, relativePath)) ? "copied" : undefined;
}
