/** The Debian Python the producer tests read packages back with, and whether openpyxl is there. */
import { execFileSync } from "node:child_process";

export const PYTHON = "/usr/bin/python3";

export const hasOpenpyxl = (() => {
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
