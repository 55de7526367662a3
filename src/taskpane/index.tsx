import {
  FluentProvider,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";

/** Follows Office's theme where the host reports one (not every host or platform does). */
function pickTheme(): Theme {
  const officeTheme = typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  if (!officeTheme?.bodyBackgroundColor) {
    return webLightTheme;
  }
  return isDark(officeTheme.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}

/** Relative luminance below one half counts as a dark background; expects "#rrggbb". */
function isDark(hexColor: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hexColor);
  if (!match) {
    return false;
  }
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

function render(): void {
  const container = document.getElementById("root");
  if (!container) {
    throw new Error("taskpane.html has no #root element");
  }
  createRoot(container).render(
    <FluentProvider theme={pickTheme()}>
      <App />
    </FluentProvider>
  );
}

// Outside Office (a plain browser, or office.js unreachable) there is no onReady to wait for.
if (typeof Office === "undefined") {
  render();
} else {
  void Office.onReady(render);
}
