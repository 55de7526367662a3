// Types for the CommonJS helper, so TypeScript tests can import it without allowJs.
import type { Browser, Page } from "playwright-core";

export declare const CHROMIUM_PATH: string;
export declare const INSTALL_HINT: string;

/** Throws, saying how to install it, when Debian's Chromium is missing. */
export declare function requireChromium(): void;

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the files of `root` on 127.0.0.1 at a free port. */
export declare function serveDirectory(root: string): Promise<StaticServer>;

/** Debian's Chromium, headless, with no route off the machine. */
export declare function launchChromium(): Promise<Browser>;

export interface PanePage extends Page {
  /** Requests for anything but the local server, office.js and its telemetry: answered empty. */
  readonly offsite: string[];
  /** Uncaught errors in the page. */
  readonly errors: string[];
}

/** A new page (in its own context) showing the pane's preview, once its banner is on screen. */
export declare function openPane(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number }
): Promise<PanePage>;

/** Saves pane-<width>.png in `dir` (docs/ for the README) for each width; returns the files written. */
export declare function savePaneScreenshots(
  browser: Browser,
  origin: string,
  dir: string,
  widths?: number[],
  height?: number
): Promise<string[]>;
