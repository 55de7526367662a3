/**
 * A CRM export saved by openpyxl: a title row, household numbers, last contacts brought in from the
 * CRM (no Contact Log yet), a totals row. The command line finds the households, calls a family by
 * its latest contact, moves every member when one is reached, and `undo` gives every row back the
 * date it held — which the log alone cannot say, so before the kept undo record it was erased.
 */
import { execFileSync } from "node:child_process";
import { runCli, tempFolder } from "./cliHarness";

const SCRIPT = `
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Clients"
ws["A1"] = "Book of business, exported 2026-03-01"
ws.append([])
ws.append(["Contact ID", "Full Name", "Household ID", "AUM", "Annual Revenue", "Last Contacted", "Owner"])
ws.append(["C-1", "Isla Patel", 1004, 2000000, 9000, datetime.date(2025, 6, 2), "Dana"])
ws.append(["C-2", "Quinn Patel", 1004, 1500000, 7000, datetime.date(2025, 11, 3), "Dana"])
ws.append(["C-3", "Ann Ames", None, 900000, 4000, datetime.date(2025, 9, 1), "Dana"])
ws.append(["C-4", "Ben Baker", None, 100000, 500, datetime.date(2025, 1, 6), "Dana"])
for row in ws.iter_rows(min_row=4, min_col=6, max_col=6):
    row[0].number_format = "dd/mm/yyyy"
ws.append(["Total", None, None, "=SUM(D4:D7)", "=SUM(E4:E7)"])
wb.save(sys.argv[1])
`;

const READ = `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Clients"]
rows = {r[0].value: r[5].value.date().isoformat() if r[5].value else None for r in ws.iter_rows(min_row=4, max_row=7)}
print(json.dumps(rows))
`;

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
  execFileSync("/usr/bin/python3", ["-c", SCRIPT, folder.file("crm.xlsx")]);
});
afterEach(() => folder.remove());

const lastContacts = (file: string): Record<string, string | null> =>
  JSON.parse(
    execFileSync("/usr/bin/python3", ["-c", READ, folder.file(file)], { encoding: "utf8" })
  );

test("the household number is found and the family is named by its members", async () => {
  const run = await runCli(["today", "crm.xlsx", "--date", "2026-03-02"], folder.dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain('Household ← "Household ID"');
  expect(run.stdout).toContain("The Patel household: Isla, Quinn");
  // Quinn was reached on 3 November: the family's last contact, though Isla's row says June.
  expect(run.stdout).toMatch(/The Patel household[^\n]*\n\s+last contact 3 Nov 2025/);
});

test("log moves both Patels; undo gives each row back its own CRM date", async () => {
  const before = lastContacts("crm.xlsx");
  const logged = await runCli(
    [
      "log",
      "crm.xlsx",
      "--client",
      "C-1",
      "--date",
      "2026-03-02",
      "--outcome",
      "reached",
      "--in-place",
    ],
    folder.dir
  );
  expect(logged.code).toBe(0);
  expect(logged.stdout).toContain("The household moved with it: Quinn Patel (C-2).");
  expect(lastContacts("crm.xlsx")).toEqual({ ...before, "C-1": "2026-03-02", "C-2": "2026-03-02" });

  const undone = await runCli(["undo", "crm.xlsx", "--client", "C-1", "--in-place"], folder.dir);
  expect(undone.code).toBe(0);
  expect(undone.stdout).toContain("last contact 2025-11-03");
  expect(lastContacts("crm.xlsx")).toEqual(before);
});

test("audit counts the Patels once, beside the clients", async () => {
  const run = await runCli(["audit", "crm.xlsx", "--date", "2026-03-02", "--json"], folder.dir);
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout);
  expect(result.byHousehold).toBe(true);
  const clients = result.tiers.reduce((n: number, t: { clients: number }) => n + t.clients, 0);
  const units = result.tiers.reduce((n: number, t: { units: number }) => n + t.units, 0);
  expect([clients, units]).toEqual([4, 3]);
  const text = await runCli(["audit", "crm.xlsx", "--date", "2026-03-02"], folder.dir);
  expect(text.stdout).toContain("by household (a family counts once)");
  expect(text.stdout).toMatch(/tier {2}clients {2}households/);
});

const PLAN_READ = `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
cells = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
print(json.dumps({"title": ws["A1"].value, "print": ws.print_area, "cells": [str(c) for c in cells]}))
`;

test("plan for either Patel writes the family's plan, which openpyxl reads", async () => {
  const run = await runCli(
    ["plan", "crm.xlsx", "--client", "C-2", "--date", "2026-03-02", "--in-place"],
    folder.dir
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("Plan sheets: The Patel household\n");
  const read = JSON.parse(
    execFileSync(
      "/usr/bin/python3",
      ["-c", PLAN_READ, folder.file("crm.xlsx"), "The Patel household"],
      {
        encoding: "utf8",
      }
    )
  );
  expect(read.title).toBe("Relationship plan: The Patel household");
  expect(read.cells).toEqual(
    expect.arrayContaining(["Household", "1004", "Isla Patel", "Quinn Patel", "16000"])
  );
  const again = await runCli(
    ["plan", "crm.xlsx", "--client", "C-1", "--date", "2026-03-02", "--in-place"],
    folder.dir
  );
  expect(again.stdout).toContain("Plan sheets: The Patel household\n");
});
