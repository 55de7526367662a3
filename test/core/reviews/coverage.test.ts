import fc from "fast-check";
import { DEFAULT_CADENCE } from "../../../src/core/rotation/cadence";
import { coverage, paretoSeries } from "../../../src/core/reviews/coverage";
import { coverageByOwner, ownerCoverageRows } from "../../../src/core/reviews/coverageByOwner";
import { STANDARD_CALENDAR } from "../../../src/core/dates/workdays";
import { AS_OF, d } from "../../fixtures/smallBook";

describe("coverage", () => {
  test("per tier: within cadence, overdue, never contacted, unheard for a year", () => {
    const clients = [
      { tier: "A", lastContact: d("2026-10-01") }, // due 30 Dec: within
      { tier: "A", lastContact: d("2026-08-03") }, // due 2 Nov: overdue
      { tier: "a", lastContact: d("2025-10-01") }, // overdue and unheard for a year
      { tier: "A", lastContact: null }, // never
      { tier: "B", lastContact: d("2026-07-01") },
      { tier: "Z", lastContact: null },
      { tier: null, lastContact: null },
    ];
    const result = coverage(clients, DEFAULT_CADENCE, STANDARD_CALENDAR, AS_OF);
    expect(result.tiers).toEqual([
      {
        tier: "A",
        clients: 4,
        units: 4,
        withinCadence: 1,
        overdue: 3,
        neverContacted: 1,
        unheardForAYear: 2,
        share: 0.25,
      },
      {
        tier: "B",
        clients: 1,
        units: 1,
        withinCadence: 1,
        overdue: 0,
        neverContacted: 0,
        unheardForAYear: 0,
        share: 1,
      },
      {
        tier: "C",
        clients: 0,
        units: 0,
        withinCadence: 0,
        overdue: 0,
        neverContacted: 0,
        unheardForAYear: 0,
        share: null,
      },
    ]);
    expect(result.untiered).toBe(2);
    expect(result.byHousehold).toBe(false);
  });

  test("by household a family counts once, by its tier and its latest contact", () => {
    const clients = [
      // The Lopez household: members share the household's tier and last contact.
      { tier: "A", lastContact: d("2026-10-01"), householdKey: "lopez" },
      { tier: "A", lastContact: d("2026-10-01"), householdKey: "lopez" },
      { tier: "A", lastContact: null, householdKey: "" },
      { tier: "A", lastContact: d("2026-08-03"), householdKey: "ames" },
    ];
    const result = coverage(clients, DEFAULT_CADENCE, STANDARD_CALENDAR, AS_OF);
    expect(result.byHousehold).toBe(true);
    expect(result.tiers[0]).toMatchObject({
      tier: "A",
      clients: 4,
      units: 3,
      withinCadence: 1,
      overdue: 2,
      neverContacted: 1,
      share: 1 / 3,
    });
  });

  test("property: households counted once each; with no household shared, units are clients", () => {
    const client = fc.record({
      tier: fc.constantFrom("A", "B", "C", null),
      lastContact: fc.option(fc.integer({ min: AS_OF - 800, max: AS_OF }), { nil: null }),
      household: fc.constantFrom("", "h1", "h2", "h3", "h4"),
    });
    fc.assert(
      fc.property(fc.array(client, { maxLength: 40 }), (rows) => {
        // Members of one household share its tier and last contact, as the book gives them.
        const first = new Map<string, (typeof rows)[number]>();
        const clients = rows.map((r) => {
          const lead = r.household === "" ? r : (first.get(r.household) ?? r);
          if (r.household !== "") first.set(r.household, lead);
          return { tier: lead.tier, lastContact: lead.lastContact, householdKey: r.household };
        });
        const result = coverage(clients, DEFAULT_CADENCE, STANDARD_CALENDAR, AS_OF);
        const tiered = clients.filter((c) => c.tier !== null);
        const households = new Set(
          tiered.filter((c) => c.householdKey !== "").map((c) => c.householdKey)
        );
        const alone = tiered.filter((c) => c.householdKey === "").length;
        const units = result.tiers.reduce((n, t) => n + t.units, 0);
        expect(units).toBe(households.size + alone);
        for (const t of result.tiers) expect(t.withinCadence + t.overdue).toBe(t.units);
        const solo = coverage(
          clients.map((c) => ({ tier: c.tier, lastContact: c.lastContact })),
          DEFAULT_CADENCE,
          STANDARD_CALENDAR,
          AS_OF
        );
        expect(solo.tiers.map((t) => t.units)).toEqual(solo.tiers.map((t) => t.clients));
        expect(result.tiers.map((t) => t.clients)).toEqual(solo.tiers.map((t) => t.clients));
      })
    );
  });

  test("proactive against inbound over the last year, snoozes not counted", () => {
    const entry = (
      date: number,
      direction: "outbound" | "inbound",
      channel: "call" | "snooze" = "call"
    ) => ({
      date,
      clientId: "C-1",
      clientName: "",
      who: "",
      channel,
      direction,
      minutes: null,
      notes: "",
      followUp: "",
      snoozedUntil: null,
    });
    const log = [
      entry(AS_OF, "outbound"),
      entry(AS_OF - 10, "inbound"),
      entry(AS_OF - 20, "outbound"),
      entry(AS_OF - 400, "outbound"),
      entry(AS_OF, "outbound", "snooze"),
    ];
    const result = coverage([], DEFAULT_CADENCE, STANDARD_CALENDAR, AS_OF, log);
    expect(result).toMatchObject({ proactive: 2, inbound: 1 });
    expect(result.proactiveShare).toBeCloseTo(2 / 3, 12);
    // Tries that reached no one, and a card to a personal-call tier, did not move the rotation.
    const tries = [
      { ...entry(AS_OF - 1, "outbound"), outcome: "no answer" as const },
      { ...entry(AS_OF - 2, "outbound"), outcome: "sent" as const },
    ];
    const withTries = coverage([], DEFAULT_CADENCE, STANDARD_CALENDAR, AS_OF, [...log, ...tries]);
    expect(withTries).toMatchObject({ proactive: 2, inbound: 1 });
    const mailing = coverage([], DEFAULT_CADENCE, STANDARD_CALENDAR, AS_OF, tries, () => "mailing");
    expect(mailing).toMatchObject({ proactive: 1, inbound: 0 });
  });

  test("the Pareto series: largest first with the running share", () => {
    expect(
      paretoSeries([
        { label: "b", value: 20 },
        { label: "a", value: 60 },
        { label: "x", value: null },
        { label: "c", value: 20 },
      ])
    ).toEqual([
      { label: "a", value: 60, cumulativeShare: 0.6 },
      { label: "b", value: 20, cumulativeShare: 0.8 },
      { label: "c", value: 20, cumulativeShare: 1 },
    ]);
  });
});

describe("coverage by advisor and tier", () => {
  test("each owner's clients per tier; owners as people type them are one", () => {
    const clients = [
      { owner: "Dana", tier: "A", lastContact: d("2026-10-01") }, // within
      { owner: " dana ", tier: "A", lastContact: null }, // never
      { owner: "Lee", tier: "A", lastContact: d("2026-08-03") }, // overdue
      { owner: "Lee", tier: "B", lastContact: d("2026-10-01") },
    ];
    const byOwner = coverageByOwner(clients, DEFAULT_CADENCE, STANDARD_CALENDAR, AS_OF);
    expect(ownerCoverageRows(byOwner)).toEqual([
      ["Dana", "A", 2, 0.5, 1, 1],
      ["Dana", "B", 0, null, 0, 0],
      ["Dana", "C", 0, null, 0, 0],
      ["Lee", "A", 1, 0, 1, 0],
      ["Lee", "B", 1, 1, 0, 0],
      ["Lee", "C", 0, null, 0, 0],
    ]);
  });
});
