import type { CellProblem } from "../core/cells/outcome";

/**
 * The error a formula shows. Inside Excel this is a CustomFunctions.Error (only #VALUE! and #N/A
 * carry a message there); outside Excel (Node, tests) a look-alike with the same code and message.
 */
export class FunctionError extends Error {
  constructor(
    readonly code: "#VALUE!" | "#N/A",
    message: string
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

export type ErrorCell = CustomFunctions.Error | FunctionError;

export function excelError(problem: CellProblem): ErrorCell {
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    const code =
      problem.kind === "na"
        ? CustomFunctions.ErrorCode.notAvailable
        : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, problem.message);
  }
  return new FunctionError(problem.kind === "na" ? "#N/A" : "#VALUE!", problem.message);
}

/**
 * How an unexpected exception reads in the cell: a #VALUE! like any other, but saying it is the
 * add-in's fault, so neither the user nor a test mistakes it for a refusal of the input.
 */
export const INTERNAL_ERROR = "internal error in Relationship Hour (please report it)";

/** A #VALUE! made by guarded() from an exception, not a deliberate refusal of the input. */
export function isInternalError(cell: unknown): boolean {
  return (
    (cell instanceof FunctionError ||
      (typeof CustomFunctions !== "undefined" && cell instanceof CustomFunctions.Error)) &&
    (cell.message ?? "").startsWith(INTERNAL_ERROR)
  );
}

/**
 * Runs a function body so that nothing escapes as a raw exception (Excel would show a bare #VALUE!
 * with no message). An exception here is a bug, not bad input: the cell says so and the exception,
 * with its stack, goes to the console (the add-in's developer tools in Excel).
 */
export function guarded<T>(body: () => T): T | ErrorCell[][] {
  try {
    return body();
  } catch (error) {
    console.error("Relationship Hour: a custom function threw", error);
    const detail = error instanceof Error ? error.message : String(error);
    return [[excelError({ kind: "value", message: `${INTERNAL_ERROR}: ${detail}` })]];
  }
}
