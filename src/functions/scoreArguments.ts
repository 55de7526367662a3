import { isBlank, readNumber, type Cell } from "../core/cells";
import { invalid, ok, type Outcome } from "../core/outcome";
import { RankedBook, resolveWeights, scoreRow, type CriteriaRow } from "../core/score";
import { asMatrix, flatten, isLine, type Matrix } from "./argumentShapes";
import { ContentCache } from "./contentCache";
import { excelError, type ErrorCell } from "./excelError";

const rankedBooks = new ContentCache<RankedBook>();

/** A book cell counts when it is a number; headers, notes and blanks are passed over, as PERCENTRANK does. */
function bookValue(cell: Cell): number | null {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : null;
}

function rankBook(book: Matrix, width: number): RankedBook {
  return rankedBooks.get(book, () => new RankedBook(book.map((row) => row.map(bookValue)), width));
}

function readCriteria(row: readonly Cell[], rowNumber: number): Outcome<CriteriaRow> {
  const values: (number | null)[] = [];
  for (let j = 0; j < row.length; j++) {
    const value = readNumber(row[j], `criteria row ${rowNumber}, column ${j + 1}`);
    if (!value.ok) return value;
    values.push(value.value);
  }
  return ok(values);
}

function readWeights(arg: unknown, width: number): Outcome<number[]> {
  const matrix = asMatrix(arg);
  if (matrix === null) return resolveWeights(null, width);
  if (!isLine(matrix)) return invalid("weights: give the weights as one row or one column");
  const weights: (number | null)[] = [];
  for (const [i, cell] of flatten(matrix).entries()) {
    const weight = readNumber(cell, `weights: weight ${i + 1}`);
    if (!weight.ok) return weight;
    weights.push(weight.value);
  }
  return resolveWeights(weights, width);
}

/** TIERSCORE: one score per criteria row, ranked within the book (or the criteria block itself). */
export function scoreColumn(criteriaArg: unknown, weightsArg: unknown, bookArg: unknown): (number | string | ErrorCell)[][] {
  const criteria = asMatrix(criteriaArg);
  if (criteria === null) return [[excelError({ kind: "value", message: "criteria: give the client's criteria" })]];
  const width = criteria[0].length;
  const weights = readWeights(weightsArg, width);
  if (!weights.ok) return [[excelError(weights.problem)]];
  const bookMatrix = asMatrix(bookArg) ?? criteria;
  if (bookMatrix[0].length !== width) {
    const message = `book: it has ${bookMatrix[0].length} criteria columns but criteria has ${width}; they must match`;
    return [[excelError({ kind: "value", message })]];
  }
  const book = rankBook(bookMatrix, width);
  return criteria.map((row, i) => {
    if (row.every(isBlank)) return [""];
    const values = readCriteria(row, i + 1);
    if (!values.ok) return [excelError(values.problem)];
    const score = scoreRow(book, values.value, weights.value);
    return [score === null ? "" : score];
  });
}
