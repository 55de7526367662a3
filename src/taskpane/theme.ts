import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";

/** What the pane can learn about how the user wants it to look. */
export interface ThemeSignals {
  /** Office's body background, where the host reports one (not every host or platform does). */
  readonly officeBackground?: string;
  /** Windows high contrast and other forced-colour modes: `(forced-colors: active)`. */
  readonly forcedColors: boolean;
  /** The system's dark mode, `(prefers-color-scheme: dark)`: all a plain browser has to go on. */
  readonly prefersDark: boolean;
}

/** High contrast first (it is an accessibility need), then Office's theme, then the system's. */
export function pickTheme(signals: ThemeSignals): Theme {
  if (signals.forcedColors) return teamsHighContrastTheme;
  if (signals.officeBackground)
    return isDark(signals.officeBackground) ? webDarkTheme : webLightTheme;
  return signals.prefersDark ? webDarkTheme : webLightTheme;
}

/** Relative luminance below one half counts as a dark background; expects "#rrggbb". */
export function isDark(hexColor: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hexColor);
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
