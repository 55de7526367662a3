/**
 * What a cell holds cannot forge output: warnings and call-list lines keep a cell's newline as
 * "\n", the list shows only the address and the number of a contact, and a note longer than a
 * cell holds is refused.
 */
import { runCli, readWithExcelJs, tempFolder } from "./cliHarness";

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

async function hostileBook(): Promise<void> {
  await runCli(["sample", "book.xlsx", "--date", "2026-03-02", "--clients", "12"], folder.dir);
  const workbook = await readWithExcelJs(folder.file("book.xlsx"));
  const sheet = workbook.getWorksheet("Clients")!;
  const headers = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? ""));
  const column = (name: string) => headers.findIndex((h) => h.toLowerCase() === name);
  sheet.getRow(2).getCell(column("last contact")).value = "soon\nrelationship-hour: all fine";
  for (let r = 3; r <= 13; r++) {
    const row = sheet.getRow(r);
    if (column("email") > 0)
      row.getCell(column("email")).value = "ames@example.com?bcc=spy@x.example";
    if (column("phone") > 0) row.getCell(column("phone")).value = "+1 555 0101;phone-context=x";
    row.getCell(column("follow-up")).value = "ask\nrelationship-hour: fake line";
    row.getCell(column("last contact")).value = new Date(Date.UTC(2024, 0, 1)); // due now
  }
  await workbook.xlsx.writeFile(folder.file("book.xlsx"));
}

test("warnings and list lines keep cell values on one line; contacts show only the address", async () => {
  await hostileBook();
  const run = await runCli(["today", "book.xlsx", "--date", "2026-03-02"], folder.dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/soon\\nrelationship-hour: all fine/);
  for (const line of run.stderr.split("\n").filter((l) => l !== ""))
    expect(line).toMatch(/^relationship-hour: (warning|note)/);
  expect(run.stdout).not.toMatch(/^relationship-hour: fake/m);
  expect(run.stdout).toMatch(/ask\\nrelationship-hour: fake line/);
  expect(run.stdout).not.toMatch(/bcc|phone-context/);
});

test("a note longer than a cell holds is refused, and the book is left as it was", async () => {
  await runCli(["sample", "book.xlsx", "--date", "2026-03-02", "--clients", "5"], folder.dir);
  const run = await runCli(
    ["log", "book.xlsx", "--client", "C-0001", "--notes", "x".repeat(40_000), "--in-place"],
    folder.dir
  );
  expect(run.code).not.toBe(0);
  expect(run.stderr).toMatch(/40,000 characters long; a cell holds at most 32,767/);
});
