import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Follows Office's theme where the host reports one (not every host or platform does). */
export function pickTheme(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  if (!officeTheme?.bodyBackgroundColor) return webLightTheme;
  return isDark(officeTheme.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}

/** Relative luminance below one half counts as a dark background; expects "#rrggbb". */
export function isDark(hexColor: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hexColor);
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
