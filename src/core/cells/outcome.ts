/**
 * A result that is either a value or a problem a person can act on. The engine returns these instead
 * of throwing, so one bad cell never stops the rest of a column from being computed.
 */
export type ProblemKind = "value" | "na";

/** Why a cell's input cannot give a value (not the pane's Problem, an error shown to a person). */
export interface CellProblem {
  /** "value" for input that cannot be used (#VALUE!), "na" for a value that is not there yet (#N/A). */
  readonly kind: ProblemKind;
  readonly message: string;
}

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: CellProblem };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function invalid<T = never>(message: string): Outcome<T> {
  return { ok: false, problem: { kind: "value", message } };
}

export function notAvailable<T = never>(message: string): Outcome<T> {
  return { ok: false, problem: { kind: "na", message } };
}
