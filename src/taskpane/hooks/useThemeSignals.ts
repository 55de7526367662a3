import { useEffect, useState } from "react";
import type { ThemeSignals } from "../theme";

const FORCED_COLORS = "(forced-colors: active)";
const PREFERS_DARK = "(prefers-color-scheme: dark)";

function matches(query: string): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(query).matches;
}

function read(officeBackground: string | undefined): ThemeSignals {
  return {
    officeBackground,
    forcedColors: matches(FORCED_COLORS),
    prefersDark: matches(PREFERS_DARK),
  };
}

/**
 * The theme signals, kept current: switching Windows high contrast or the system's dark mode while
 * the pane is open restyles it at once, without reopening the pane.
 */
export function useThemeSignals(officeBackground: string | undefined): ThemeSignals {
  const [signals, setSignals] = useState(() => read(officeBackground));
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const update = () => setSignals(read(officeBackground));
    const lists = [FORCED_COLORS, PREFERS_DARK].map((query) => window.matchMedia(query));
    lists.forEach((list) => list.addEventListener("change", update));
    update();
    return () => lists.forEach((list) => list.removeEventListener("change", update));
  }, [officeBackground]);
  return signals;
}
