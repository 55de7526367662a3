import { FluentProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useThemeSignals } from "./hooks/useThemeSignals";
import { pickTheme } from "./theme";

/** The pane in the theme the user's settings ask for, following them while it is open. */
export function ThemedPane(props: {
  readonly officeBackground?: string;
  readonly children: ReactNode;
}) {
  const theme = pickTheme(useThemeSignals(props.officeBackground));
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      {props.children}
    </FluentProvider>
  );
}
