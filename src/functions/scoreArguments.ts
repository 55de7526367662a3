import { isBlank, readNumber, type Cell } from "../core/cells/cells";
import { invalid, ok, type Outcome } from "../core/cells/outcome";
import {
  RankedBook,
  resolveWeights,
  scoreOwnRow,
  scoreRow,
  type CriteriaRow,
} from "../core/scoring/score";
import { asMatrix, flatten, isLine, rectangular, type Matrix } from "./argumentShapes";
import { ContentCache } from "./contentCache";
import { excelError, type ErrorCell } from "./excelError";

const rankedBooks = new ContentCache<Outcome<RankedBook>>();

/**
 * Book cells that are not numbers (headers, notes, blanks) are passed over, as PERCENTRANK does.
 * A non-finite number cannot come from Excel: as in TIER's book, it is refused, not passed over.
 * Checked once per book content, as the ranking is.
 */
function rankBook(book: Matrix, width: number): Outcome<RankedBook> {
  return rankedBooks.get(book, () => {
    const shape = rectangular(book, "book");
    if (!shape.ok) return shape;
    for (let i = 0; i < book.length; i++)
      for (let j = 0; j < width; j++) {
        const cell = book[i][j];
        if (typeof cell === "number" && !Number.isFinite(cell))
          return invalid(`book row ${i + 1}, column ${j + 1}: ${cell} is not a number`);
      }
    return ok(RankedBook.of(book, width));
  });
}

type RowKind = "blank" | "numbers" | "other";

/**
 * Most rows hold only finite numbers and blanks and need no conversion: one pass tells. NaN and
 * ±Infinity go the way of text, to readCriteria, which refuses them as TIER does.
 */
function kindOf(row: readonly Cell[]): RowKind {
  let blank = true;
  let other = false;
  for (const cell of row) {
    if (typeof cell === "number" && Number.isFinite(cell)) blank = false;
    else if (!isBlank(cell)) {
      blank = false;
      other = true;
    }
  }
  return blank ? "blank" : other ? "other" : "numbers";
}

/** Numbers typed as text become numbers; anything else is a problem naming the cell. */
function readCriteria(row: readonly Cell[], rowNumber: number): Outcome<CriteriaRow> {
  const values: (number | null)[] = [];
  for (let j = 0; j < row.length; j++) {
    const value = readNumber(row[j], `criteria row ${rowNumber}, column ${j + 1}`);
    if (!value.ok) return value;
    values.push(value.value);
  }
  return ok(values);
}

/** The weights argument: one per criterion, equal when omitted (TIERSCORE and HOUSEHOLDTIERSCORE). */
export function readScoreWeights(arg: unknown, width: number): Outcome<number[]> {
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
export function scoreColumn(
  criteriaArg: unknown,
  weightsArg: unknown,
  bookArg: unknown
): (number | string | ErrorCell)[][] {
  const criteria = asMatrix(criteriaArg);
  if (criteria === null)
    return [[excelError({ kind: "value", message: "criteria: give the client's criteria" })]];
  const shape = rectangular(criteria, "criteria");
  if (!shape.ok) return [[excelError(shape.problem)]];
  const width = criteria[0].length;
  const weights = readScoreWeights(weightsArg, width);
  if (!weights.ok) return [[excelError(weights.problem)]];
  const bookMatrix = asMatrix(bookArg);
  if (bookMatrix !== null && bookMatrix[0].length !== width) {
    const message = `book: it has ${bookMatrix[0].length} criteria columns but criteria has ${width}; they must match`;
    return [[excelError({ kind: "value", message })]];
  }
  // Without a book the block is its own book, and its rows are ranked all at once.
  const ranked =
    bookMatrix === null ? ok(RankedBook.ofOwnRows(criteria, width)) : rankBook(bookMatrix, width);
  if (!ranked.ok) return [[excelError(ranked.problem)]];
  const book = ranked.value;
  return criteria.map((row, i) => {
    const kind = kindOf(row);
    if (kind === "blank") return [""];
    let score: number | null;
    if (kind === "numbers") {
      score =
        bookMatrix === null
          ? scoreOwnRow(book, i, weights.value)
          : scoreRow(book, row, weights.value);
    } else {
      // Numbers typed as text are not part of the book, but the client's own row still counts them.
      const values = readCriteria(row, i + 1);
      if (!values.ok) return [excelError(values.problem)];
      score = scoreRow(book, values.value, weights.value);
    }
    return [score === null ? "" : score];
  });
}
