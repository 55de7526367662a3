// The Debian packages the tests drive, checked first by `npm test` (and by .ci/run): Chromium for
// the browser tests, LibreOffice Calc for the second-application test, poppler to read what it
// printed, openpyxl for workbooks written by another producer. Running as root (CI, a fresh
// container) it installs what is missing with apt-get; otherwise it prints the one command to run
// and stops the tests before they fail one by one. No browser or office suite is ever downloaded from anywhere but Debian.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const packages = [
  { name: "chromium", present: () => existsSync("/usr/bin/chromium") },
  { name: "libreoffice-calc-nogui", present: () => existsSync("/usr/bin/soffice") },
  // pdftotext and pdftoppm: what LibreOffice printed (chart titles, colours) is read back.
  { name: "poppler-utils", present: () => existsSync("/usr/bin/pdftotext") },
  {
    name: "python3-openpyxl",
    present: () =>
      spawnSync("/usr/bin/python3", ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0,
  },
];

const missing = packages.filter((p) => !p.present()).map((p) => p.name);
if (missing.length === 0) process.exit(0);

const install = ["install", "-y", "--no-install-recommends", ...missing];
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (root && existsSync("/usr/bin/apt-get")) {
  console.log(`Installing the Debian packages the tests need: ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", install, { stdio: "inherit", env });
} else {
  console.error(`The tests need Debian packages that are missing: ${missing.join(", ")}.`);
  console.error(`Install them, then run npm test again:\n\n  sudo apt-get ${install.join(" ")}\n`);
  process.exit(1);
}
