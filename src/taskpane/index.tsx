/**
 * The task pane's entry. In Excel: the workbook through Office.js. Outside Office (a plain browser,
 * or office.js unreachable): a sample book in memory, with a banner saying so.
 */
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { serialFromLocalDate } from "../core/dates/serial";
import { adoptWorkbookDateSystem } from "./functionsDateSystem";
import { ExcelWorkbook } from "../workbook/office/excelWorkbook";
import { MemoryWorkbook } from "../workbook/memory/memoryWorkbook";
import { App } from "./App";
import { seedPreview } from "./sampleStart";
import { ThemedPane } from "./ThemedPane";

const today = () => serialFromLocalDate(new Date());

function render(app: ReactNode): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const officeTheme = typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  createRoot(container).render(
    <ThemedPane officeBackground={officeTheme?.bodyBackgroundColor}>{app}</ThemedPane>
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
  void Office.onReady((info) => {
    // The custom functions share this runtime and need the workbook's date system; this is the
    // runtime's one start-up, whether or not the pane is ever shown.
    if (info.host === Office.HostType.Excel) {
      void adoptWorkbookDateSystem((batch) => Excel.run(batch));
    }
    return info.host ? render(<App port={new ExcelWorkbook()} today={today} />) : renderPreview();
  });
}
