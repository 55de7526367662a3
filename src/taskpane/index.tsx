/**
 * The task pane's entry. In Excel: the workbook through Office.js. Outside Office (a plain browser,
 * or office.js unreachable): a sample book in memory, with a banner saying so.
 */
import { FluentProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { serialFromLocalDate } from "../core/serial";
import { ExcelWorkbook } from "../workbook/excelWorkbook";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { App } from "./App";
import { seedPreview } from "./sampleStart";
import { pickTheme } from "./theme";

const today = () => serialFromLocalDate(new Date());

function render(app: ReactNode): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const officeTheme = typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  createRoot(container).render(
    <FluentProvider theme={pickTheme(officeTheme)}>{app}</FluentProvider>
  );
}

async function renderPreview(): Promise<void> {
  const port = new MemoryWorkbook();
  await seedPreview(port, today());
  render(<App port={port} today={today} preview />);
}

if (typeof Office === "undefined") {
  void renderPreview();
} else {
  void Office.onReady((info) =>
    info.host ? render(<App port={new ExcelWorkbook()} today={today} />) : renderPreview()
  );
}
