/** Tier names as people type them, and which of two tiers a client has. */

/** Tier text as people type it: " a " is A. */
export function normaliseTier(text: string): string {
  return text.trim().toUpperCase();
}

/** A tier override, where the user filled one, always wins over the computed tier. */
export function effectiveTier(
  override: string | null | undefined,
  computed: string | null
): string | null {
  const typed = override === null || override === undefined ? "" : normaliseTier(override);
  return typed !== "" ? typed : computed;
}
