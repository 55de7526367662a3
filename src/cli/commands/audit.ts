/** `audit BOOK.xlsx`: how well the book is covered, per tier and for the year's logged contacts. */
import type { IntroductionCoverage } from "../../core/introductions/introductionCoverage";
import { bookCoverage, bookCoverageByOwner } from "../../app/coverageActions";
import { ownerCoverageRows } from "../../core/reviews/coverageByOwner";
import { formatIsoDate } from "../../core/dates/serial";
import { choice, dateOption, flag, onePath } from "../args";
import type { Command } from "../command";
import { openClientBook, printWarnings } from "../openBook";
import { READ_OPTIONS, READ_USAGE, readChoices } from "../readChoices";

const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);

/** "Introductions by tier: A 3 (1 became clients) …" and by year; nothing when none were logged. */
function introductionLines(intros: IntroductionCoverage | undefined): string[] {
  if (intros === undefined || intros.byYear.length === 0) return [];
  const count = (c: { made: number; becameClients: number }) =>
    `${c.made} (${c.becameClients} became clients)`;
  return [
    `Introductions by tier of the introducer: ${intros.byTier
      .filter((t) => t.made > 0)
      .map((t) => `${t.tier} ${count(t)}`)
      .join(", ")}`,
    `Introductions by year: ${intros.byYear.map((y) => `${y.year} ${count(y)}`).join(", ")}`,
  ];
}

export const audit: Command = {
  name: "audit",
  summary: "coverage: who is contacted within cadence, overdue, never contacted",
  usage: `Usage: relationship-hour audit BOOK.xlsx [--date D] [--by owner] [--json] [reading options]

Per tier: clients, the share contacted proactively within the cadence, overdue, never contacted,
and not heard from in twelve months; and how much of the last year's logged contact was proactive.
Where the book rotates by household, these count households (a family once) beside the clients.
With --by owner, the same per advisor and tier (each owner's own clients). The book is only read.

Options:
${READ_USAGE}
`,
  options: {
    date: { type: "string" },
    json: { type: "boolean" },
    by: { type: "string" },
    ...READ_OPTIONS,
  },
  async run(args, io) {
    const file = onePath(args, "workbook (BOOK.xlsx)");
    const asOf = dateOption(args, "date", io);
    const opened = await openClientBook(io, file, readChoices(args, io));
    printWarnings(io, opened.warnings);
    const { book } = opened;
    if (choice(args, "by", ["owner", "tier"], "tier") === "owner") {
      const byOwner = bookCoverageByOwner(book, asOf);
      const byHousehold = bookCoverage(book, asOf).byHousehold;
      if (flag(args, "json")) {
        io.stdout(
          `${JSON.stringify({ asOf: formatIsoDate(asOf), byHousehold, byOwner }, null, 2)}\n`
        );
        return 0;
      }
      const width = Math.max(7, ...byOwner.map((o) => o.owner.length));
      const counted = byHousehold ? "households" : "clients";
      const rows = ownerCoverageRows(byOwner).map(
        ([owner, tier, units, share, overdue, never]) =>
          `${(owner || "(no owner)").padEnd(width)}  ${tier.padEnd(4)}  ${String(units).padStart(counted.length)}  ${percent(share).padStart(14)}  ${String(overdue).padStart(7)}  ${String(never).padStart(15)}`
      );
      io.stdout(
        `${[
          `Coverage of ${file} by advisor as of ${formatIsoDate(asOf)}${byHousehold ? ", by household (a family counts once)" : ""}`,
          `${"advisor".padEnd(width)}  tier  ${counted}  within cadence  overdue  never contacted`,
          ...rows,
        ].join("\n")}\n`
      );
      return 0;
    }
    const result = bookCoverage(book, asOf);
    if (flag(args, "json")) {
      io.stdout(`${JSON.stringify({ asOf: formatIsoDate(asOf), ...result }, null, 2)}\n`);
      return 0;
    }
    // By household the shares and counts are of households, each family once; clients stay shown.
    const households = result.byHousehold ? "  households" : "";
    const lines = [
      `Coverage of ${file} as of ${formatIsoDate(asOf)}${result.byHousehold ? ", by household (a family counts once)" : ""}`,
      `tier  clients${households}  within cadence  overdue  never contacted  unheard 12 months`,
      ...result.tiers.map(
        (t) =>
          `${t.tier.padEnd(4)}  ${String(t.clients).padStart(7)}${result.byHousehold ? `  ${String(t.units).padStart(10)}` : ""}  ${percent(t.share).padStart(14)}  ${String(t.overdue).padStart(7)}  ${String(t.neverContacted).padStart(15)}  ${String(t.unheardForAYear).padStart(17)}`
      ),
      result.untiered > 0 ? `${result.untiered} clients have no tier the cadence knows` : "",
      `Logged in the last 12 months: ${result.proactive} proactive, ${result.inbound} inbound (${percent(result.proactiveShare)} proactive)`,
      ...introductionLines(result.introductions),
    ];
    io.stdout(`${lines.filter((l) => l !== "").join("\n")}\n`);
    return 0;
  },
};
