import { join } from "node:path";
import type { Page } from "playwright-core";

// axe-core's types, read from the package itself (a type-only import: nothing runs in Node).
import type { AxeResults, ImpactValue, Result } from "axe-core";

const axeScript = join(__dirname, "..", "..", "node_modules", "axe-core", "axe.min.js");

export interface AxeFinding {
  readonly rule: string;
  readonly impact: ImpactValue | undefined;
  readonly help: string;
  readonly targets: string[];
}

export interface AxeReport {
  /** Violations of impact serious or critical: the tests allow none. */
  readonly blocking: AxeFinding[];
  /** Minor and moderate violations, printed for the reader. */
  readonly others: AxeFinding[];
  /** Node counts per impact, after the one documented exception below. */
  readonly counts: Record<string, number>;
}

/**
 * Fluent UI's focus manager (tabster) puts invisible `<i data-tabster-dummy tabindex="0"
 * aria-hidden="true">` sentinels around dialogs and focus zones; when one receives focus it hands
 * it straight on. axe reports them as aria-hidden-focus; tabster's maintainers call it intended
 * (microsoft/tabster#288) and Accessibility Insights drops exactly these nodes for exactly this
 * rule (microsoft/accessibility-insights-web#7605). So do we — nothing else is filtered.
 */
function isTabsterSentinel(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);
}

function finding(v: Result, nodes: Result["nodes"]): AxeFinding {
  return {
    rule: v.id,
    impact: v.impact ?? undefined,
    help: v.help,
    targets: nodes.map((n) => n.target.join(" ")),
  };
}

/** Runs axe-core on the whole page as it is now (WCAG 2.x A and AA rules and best practices). */
export async function checkAccessibility(page: Page): Promise<AxeReport> {
  if (!(await page.evaluate("typeof axe !== 'undefined'"))) {
    await page.addScriptTag({ path: axeScript });
  }
  // Fluent animates dialogs in (opacity, 250 ms): axe measuring colour contrast half-way through
  // reports a fading button. Finite animations are let finish first (a spinner's never do).
  await page.evaluate(`Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getTiming().iterations !== Infinity)
    .map((a) => a.finished.catch(() => undefined)))`);
  const results = (await page.evaluate("axe.run(document)")) as AxeResults;
  const blocking: AxeFinding[] = [];
  const others: AxeFinding[] = [];
  const counts: Record<string, number> = {};
  for (const v of results.violations) {
    const nodes = v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html));
    if (nodes.length === 0) continue;
    const impact = v.impact ?? "unknown";
    counts[impact] = (counts[impact] ?? 0) + nodes.length;
    (impact === "serious" || impact === "critical" ? blocking : others).push(finding(v, nodes));
  }
  return { blocking, others, counts };
}
