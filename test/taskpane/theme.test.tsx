/** @jest-environment jsdom */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, renderHook } from "@testing-library/react";
import { useThemeSignals } from "../../src/taskpane/hooks/useThemeSignals";
import { isDark, pickTheme } from "../../src/taskpane/theme";

/** A stand-in for the browser's media queries, whose answers a test can change. */
function mediaQueries(initial: Record<string, boolean>) {
  const state = { ...initial };
  const listeners = new Map<string, Set<() => void>>();
  window.matchMedia = ((query: string) => ({
    get matches() {
      return state[query] ?? false;
    },
    media: query,
    addEventListener: (_: string, f: () => void) => {
      if (!listeners.has(query)) listeners.set(query, new Set());
      listeners.get(query)!.add(f);
    },
    removeEventListener: (_: string, f: () => void) => listeners.get(query)?.delete(f),
  })) as unknown as typeof window.matchMedia;
  return {
    set(query: string, value: boolean) {
      state[query] = value;
      listeners.get(query)?.forEach((f) => f());
    },
    listening: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}

const HIGH_CONTRAST = "(forced-colors: active)";
const DARK = "(prefers-color-scheme: dark)";

describe("the pane's theme", () => {
  test("high contrast wins; then Office's background; then the system's dark mode", () => {
    const signals = { forcedColors: false, prefersDark: false };
    expect(pickTheme(signals)).toBe(webLightTheme);
    expect(pickTheme({ ...signals, prefersDark: true })).toBe(webDarkTheme);
    expect(pickTheme({ ...signals, officeBackground: "#ffffff", prefersDark: true })).toBe(
      webLightTheme
    );
    expect(pickTheme({ ...signals, officeBackground: "#262626" })).toBe(webDarkTheme);
    expect(pickTheme({ forcedColors: true, prefersDark: true, officeBackground: "#262626" })).toBe(
      teamsHighContrastTheme
    );
    expect([isDark("#000000"), isDark("#ffffff"), isDark("not a colour")]).toEqual([
      true,
      false,
      false,
    ]);
  });

  test("switching high contrast or dark mode while the pane is open changes it at once; unmounting stops listening", () => {
    const media = mediaQueries({ [DARK]: false, [HIGH_CONTRAST]: false });
    const { result, unmount } = renderHook(() => useThemeSignals(undefined));
    expect(pickTheme(result.current)).toBe(webLightTheme);

    act(() => media.set(DARK, true));
    expect(pickTheme(result.current)).toBe(webDarkTheme);
    act(() => media.set(HIGH_CONTRAST, true));
    expect(pickTheme(result.current)).toBe(teamsHighContrastTheme);
    act(() => media.set(HIGH_CONTRAST, false));
    expect(pickTheme(result.current)).toBe(webDarkTheme);

    expect(media.listening()).toBe(2);
    unmount();
    expect(media.listening()).toBe(0);
  });
});
