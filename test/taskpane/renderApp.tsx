/** A MemoryWorkbook seeded with the small book, and the pane rendered over it as of 23 Nov 2026. */
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  webLightTheme,
} from "@fluentui/react-components";
import { configure, render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { saveMapping } from "../../src/app/loadBook";
import { createSettingsSheet } from "../../src/app/setupActions";
import type { Cell } from "../../src/core/cells/cells";
import { guessMapping } from "../../src/core/book/clientFields";
import { DEFAULT_SETTINGS } from "../../src/core/book/settings";
import { App } from "../../src/taskpane/App";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { AS_OF, HEADERS, ROWS } from "../fixtures/smallBook";

export const TABLE = "Clients";

// Role queries skip the check that an element is not hidden, a getComputedStyle call for it and
// each of its ancestors. Nothing here is hidden by CSS: what is hidden is not rendered at all.
configure({ defaultHidden: true });

// Fluent's CSS rules go to a document of their own: jsdom's getComputedStyle, which the queries
// call for every accessible name, scans every rule of the page and slowed each query tenfold.
const stylesElsewhere = createDOMRenderer(document.implementation.createHTMLDocument("styles"));

export interface Seed {
  readonly headers?: readonly string[];
  readonly rows?: readonly (readonly Cell[])[];
  /** Save the guessed mapping, as if the user had confirmed it (default true). */
  readonly confirmed?: boolean;
  /** The settings sheet's "I am" (default Dana); null: no settings sheet. */
  readonly me?: string | null;
}

export async function seededWorkbook(seed: Seed = {}): Promise<MemoryWorkbook> {
  const headers = seed.headers ?? HEADERS;
  const port = new MemoryWorkbook();
  await port.createTable("Client list", TABLE, headers, seed.rows ?? ROWS, []);
  if (seed.me !== null)
    await createSettingsSheet(port, { ...DEFAULT_SETTINGS, me: seed.me ?? "Dana" });
  if (seed.confirmed ?? true) await saveMapping(port, TABLE, guessMapping(headers));
  return port;
}

export function renderApp(port: MemoryWorkbook) {
  // No delay between keystrokes, and no pointer-events check: Fluent's CSS is not in this
  // document (see above), so the check would read nothing, slowly.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(
    <RendererProvider renderer={stylesElsewhere}>
      <FluentProvider theme={webLightTheme}>
        <App port={port} today={() => AS_OF} />
      </FluentProvider>
    </RendererProvider>
  );
  return user;
}

/** The rows of a table in the workbook, as objects by header. */
export function tableRows(port: MemoryWorkbook, name: string): Record<string, Cell>[] {
  const table = port.tables.get(name);
  if (!table) return [];
  return table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}

/**
 * The open dialog with this title. Tabster (Fluent's focus manager) sometimes marks an open
 * DialogSurface aria-hidden under jsdom, which has no layout (microsoft/fluentui#33897), and a
 * hidden element has no accessible name: so the dialog is found by role and checked by its title.
 */
export async function findDialog(title: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole("dialog");
  within(dialog).getByRole("heading", { name: title });
  return dialog;
}

type User = ReturnType<typeof renderApp>;

/**
 * The pane's tabs by their words. An unselected Fluent tab holds its label twice (the second,
 * hidden by CSS, reserves the bold width); this document has no CSS, so names are read from the
 * first.
 */
export function tabNames(): string[] {
  return screen
    .getAllByRole("tab")
    .map((tab) => tab.querySelector(".fui-Tab__content")?.textContent ?? "");
}

/** Opens one of the pane's tabs (Today, Team, Plans, Settings) and returns its panel. */
export async function openTab(user: User, name: string): Promise<HTMLElement> {
  await screen.findAllByRole("tab");
  const tab = screen.getAllByRole("tab")[tabNames().indexOf(name)];
  if (tab === undefined) throw new Error(`No tab "${name}": ${tabNames().join(", ")}`);
  await user.click(tab);
  return screen.getByRole("tabpanel");
}
