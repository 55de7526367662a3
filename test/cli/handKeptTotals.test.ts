/**
 * A hand-kept client list saved by openpyxl (as a Python script or pandas would write it) whose
 * totals row has no label, only formulas with no cached results: the command line, reading through
 * the package layer, tells that row by its SUM and SUBTOTAL and keeps it out of the clients.
 */
import { execFileSync } from "node:child_process";
import { runCli, tempFolder } from "./cliHarness";

const SCRIPT = `
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Clients"
ws["A1"] = "Whitfield Advisory client list"
ws.merge_cells("A1:F1")
ws.append([])
ws.append(["Client ID", "Client", "Tier", "Revenue", "Last contact", "Owner"])
ws.append(["C-1", "Ames", "A", 90000, datetime.date(2025, 10, 1), "Dana"])
ws.append(["C-2", "Baker", "B", 30000, "2025-06-15", "Dana"])
ws.append([])
ws.append(["C-3", "Chen", "C", 5000, None, "Lee"])
ws.append(["C-4", "Dutta", "A", 70000, None, "Dana"])
ws.append([None, None, None, "=SUM(D4:D8)", None, "=SUBTOTAL(103,F4:F8)"])
wb.save(sys.argv[1])
`;

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

test("a totals row with no label, only formulas, ends the list", async () => {
  execFileSync("/usr/bin/python3", ["-c", SCRIPT, folder.file("book.xlsx")]);

  const run = await runCli(
    ["today", "book.xlsx", "--date", "2026-03-02", "--owner", "Dana", "--json"],
    folder.dir
  );

  expect(run.code).toBe(0);
  expect(run.stderr).toContain("read Clients!A3:F8 as the client list");
  expect(run.stderr).toContain("row 9 is a totals row");
  const ids = JSON.stringify(JSON.parse(run.stdout)).match(/C-\d/g) ?? [];
  expect(new Set(ids)).toEqual(new Set(["C-1", "C-2", "C-3", "C-4"]));
});
