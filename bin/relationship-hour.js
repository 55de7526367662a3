#!/usr/bin/env node
// `npx relationship-hour …`: runs the TypeScript command line (src/cli) through tsx, so there is
// no build step. The repository's tsconfig applies wherever the command is run from.
"use strict";
const path = require("node:path");

const root = path.join(__dirname, "..");
process.env.TSX_TSCONFIG_PATH = process.env.TSX_TSCONFIG_PATH || path.join(root, "tsconfig.json");
require("tsx/cjs/api").register();
require(path.join(root, "src", "cli", "index.ts"));
