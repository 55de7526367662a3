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

/** Runs a function body so that nothing escapes as a raw exception: Excel would show a bare #VALUE!. */
export function guarded<T>(body: () => T): T | ErrorCell[][] {
  try {
    return body();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [[excelError({ kind: "value", message: `unexpected problem: ${detail}` })]];
  }
}
