/**
 * The time budget: of about 2,200 working hours a year, what management, development,
 * administration and the rest leave for relationships, and what the rotation needs — per tier,
 * clients × contacts a year × minutes a contact, plus cards, welcome calls and the twelve days.
 * The Time Budget sheet computes the same with live formulas; this is the arithmetic they follow.
 */

export const DEFAULT_ANNUAL_HOURS = 2200;

export interface Allocations {
  readonly management: number;
  readonly development: number;
  readonly administration: number;
  readonly other: number;
}

export const DEFAULT_ALLOCATIONS: Allocations = {
  management: 400,
  development: 200,
  administration: 600,
  other: 300,
};

export interface TierLoad {
  readonly tier: string;
  readonly clients: number;
  readonly cadenceDays: number;
  readonly minutesPerContact: number;
}

export interface TimeBudgetInput {
  readonly annualHours: number;
  readonly allocations: Allocations;
  readonly tiers: readonly TierLoad[];
  /** Birthday and anniversary cards in a year, and minutes each. */
  readonly cards: number;
  readonly minutesPerCard: number;
  /** New clients welcomed in a year, and minutes each. */
  readonly welcomes: number;
  readonly minutesPerWelcome: number;
  /** Twelve clients × (15 minutes' reflection + 15 minutes' brainstorm). */
  readonly twelveDaysHours?: number;
}

export interface BudgetLine {
  readonly label: string;
  readonly hours: number;
}

export interface WhatIf {
  readonly tier: string;
  readonly fromDays: number;
  readonly toDays: number;
  /** Hours a year the longer cadence frees. */
  readonly freesHours: number;
}

export interface TimeBudget {
  /** Annual hours less the allocations. */
  readonly relationshipHours: number;
  readonly needs: readonly BudgetLine[];
  readonly neededHours: number;
  /** Positive: time to spare; negative: the rotation does not fit. */
  readonly surplus: number;
  readonly whatIfs: readonly WhatIf[];
}

export const TWELVE_DAYS_HOURS = 6;

/** Contacts a year at a cadence: 365 ÷ days between contacts. */
export function contactsPerYear(cadenceDays: number): number {
  return 365 / cadenceDays;
}

export function tierHours(load: TierLoad, cadenceDays = load.cadenceDays): number {
  return (load.clients * contactsPerYear(cadenceDays) * load.minutesPerContact) / 60;
}

/** A third longer, in whole months: 90 → 120, 180 → 240, 365 → 480. */
export function longerCadence(days: number): number {
  return Math.max(days + 30, Math.round((days * 4) / 3 / 30) * 30);
}

export function timeBudget(input: TimeBudgetInput): TimeBudget {
  const { management, development, administration, other } = input.allocations;
  const relationshipHours = input.annualHours - (management + development + administration + other);
  const needs: BudgetLine[] = [
    ...input.tiers.map((t) => ({
      label: `Tier ${t.tier}: ${t.clients} clients every ${t.cadenceDays} days`,
      hours: tierHours(t),
    })),
    { label: `Cards: ${input.cards} a year`, hours: (input.cards * input.minutesPerCard) / 60 },
    {
      label: `Welcome calls: ${input.welcomes} a year`,
      hours: (input.welcomes * input.minutesPerWelcome) / 60,
    },
    { label: "Twelve days of appreciation", hours: input.twelveDaysHours ?? TWELVE_DAYS_HOURS },
  ];
  const neededHours = needs.reduce((sum, line) => sum + line.hours, 0);
  const whatIfs = input.tiers
    .filter((t) => t.clients > 0)
    .map((t) => {
      const toDays = longerCadence(t.cadenceDays);
      return {
        tier: t.tier,
        fromDays: t.cadenceDays,
        toDays,
        freesHours: tierHours(t) - tierHours(t, toDays),
      };
    });
  return {
    relationshipHours,
    needs,
    neededHours,
    surplus: relationshipHours - neededHours,
    whatIfs,
  };
}
