/* Build for the shared runtime: the custom functions and the task pane run in one page, taskpane.html. */
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { rewriteManifestUrls } = require("./scripts/manifestUrls");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted. Set ADDIN_PUBLIC_URL (ending in "/") when building for
// deployment, e.g. `ADDIN_PUBLIC_URL=https://addins.example.com/rh/ npm run build`; every
// https://localhost:3000/ in the copied manifest.xml is replaced by it.
const urlProd = process.env.ADDIN_PUBLIC_URL || "https://www.contoso.com/relationship-hour/";

const functionsSource = "./src/functions/functions.ts";

/**
 * What the build writes, relative to the output directory; the manifest test checks every
 * localhost URL in manifest.xml against this without having to run a build.
 */
const outputs = {
  bundles: ["functions.js", "taskpane.js"],
  html: "taskpane.html",
  metadata: "functions.json",
  // Copied as they are (the manifest rewritten in production).
  copied: ["assets/*.png", "manifest.xml"],
};

/** Dev-server TLS only on request: office-addin-dev-certs needs sudo to trust its CA. */
async function getServer(env) {
  if (!env.WEBPACK_SERVE || process.env.HTTPS !== "1") {
    return { type: "http" };
  }
  // Required lazily so builds and http serving work where the dev-certs tooling cannot run.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca, key, cert } };
}

async function createConfig(env = {}, argv = {}) {
  const production = argv.mode === "production";
  return {
    devtool: "source-map",
    entry: {
      functions: functionsSource,
      // The task pane reuses the functions bundle's webpack runtime and modules, so src/core is
      // one instance shared by both sides of the shared runtime rather than two copies.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Lets TypeScript sources import siblings as "./x.js" (ESM style) as well as "./x".
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type-checking is `npm run typecheck`; the build only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      // Writes functions.json from the JSDoc tags and appends the CustomFunctions.associate calls
      // to the functions source (it injects its own loader; no rule is needed here).
      new CustomFunctionsMetadataPlugin({ output: outputs.metadata, input: functionsSource }),
      new HtmlWebpackPlugin({
        filename: outputs.html,
        template: "./src/taskpane/taskpane.html",
        // Functions first: they register with Excel, and the task pane depends on their runtime.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production ? rewriteManifestUrls(content.toString(), urlDev, urlProd) : content,
          },
        ],
      }),
    ],
    performance: {
      // React 19 + Fluent v9 make a task pane of about 535 KiB minified; warn well beyond that.
      maxAssetSize: 800 * 1024,
      maxEntrypointSize: 800 * 1024,
    },
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      server: await getServer(env),
    },
  };
}

module.exports = createConfig;
module.exports.outputs = outputs;
module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
