// Flat config. eslint-plugin-office-addins' own flat presets bundle an older typescript-eslint
// and prettier-as-a-rule, which clash with ours, so only its Office.js rules are wired in here.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The Office.js pitfalls (load before read, sync after load, no sync in loops, isNullObject),
// at the severities of the plugin's "recommended" preset.
const officeAddinsRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

// Node's globals for the build and tool scripts, listed here rather than taken from the
// `globals` package, which is not a dependency of ours.
const nodeGlobals = {
  Buffer: "readonly",
  URL: "readonly",
  __dirname: "readonly",
  console: "readonly",
  module: "writable",
  process: "readonly",
  require: "readonly",
};

// The layers (docs/architecture.md): each may import only what is listed for it, so a wrong import
// fails the lint step of `npm test` instead of waiting for review.
const faces = ["**/taskpane/**", "**/cli/**"];
const layerRules = [
  {
    files: ["src/core/**"],
    forbid: ["**/app/**", "**/workbook/**", "**/functions/**", ...faces],
    packages: ["react", "react-dom", "@fluentui/*", "exceljs", "jszip", "@microsoft/office-js"],
    why: "src/core is the pure engine: it imports only core.",
  },
  {
    files: ["src/functions/**"],
    forbid: ["**/app/**", "**/workbook/**", ...faces],
    packages: ["react", "react-dom", "@fluentui/*", "exceljs"],
    why: "the custom functions wrap the core only.",
  },
  {
    files: ["src/workbook/**"],
    forbid: ["**/app/**", "**/functions/**", ...faces],
    packages: ["react", "react-dom", "@fluentui/*"],
    why: "the workbook adapters depend on the core only.",
  },
  {
    files: ["src/app/**"],
    forbid: ["**/workbook/**", "!**/workbook/workbookPort", "**/functions/**", ...faces],
    packages: ["react", "react-dom", "@fluentui/*", "exceljs"],
    why: "actions use the core and the workbook port, never an implementation.",
  },
];

export default defineConfig(
  globalIgnores(["dist/", "coverage/", "test-results/"]),
  js.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    extends: [tseslint.configs.recommended],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddinsRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The two classic rules of hooks; the React Compiler's rules are for code the compiler builds.
    files: ["src/taskpane/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  ...layerRules.map(({ files, forbid, packages, why }) => ({
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: forbid, message: `Layer rule: ${why}` },
            { group: packages, message: `Layer rule: ${why}` },
          ],
        },
      ],
    },
  })),
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: nodeGlobals },
  }
);
