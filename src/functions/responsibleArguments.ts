/**
 * RESPONSIBLE: who makes a client's next rotation contact, by the same rule as the task pane's and
 * the command line's lists (core/today/responsibility.ts). The tier rows and the team table are read
 * by the very functions that read the Rotation Settings sheet, so RH_Cadence and RH_Team give the
 * cell the answer the call list gives.
 */
import { isBlank, type Cell } from "../core/cells/cells";
import { invalid, ok, type Outcome } from "../core/cells/outcome";
import {
  DEFAULT_SETTINGS,
  readTeam,
  readTiers,
  type RotationSettings,
} from "../core/book/settings";
import { Responsibilities, type Route } from "../core/today/responsibility";
import { asMatrix, mapCells, rectangular, sameShape, type Matrix } from "./argumentShapes";
import { excelError, type ErrorCell } from "./excelError";

type ResponsibleCell = string | ErrorCell;

/** A cell's text as the lists read it from a client row; blank is "". */
function text(cell: Cell): string {
  return isBlank(cell) ? "" : String(cell).trim();
}

/**
 * The tier rows: four columns as on the settings sheet (tier, days, channel, responsible: RH_Cadence)
 * or three (tier, channel, responsible). Days do not decide who calls, so a three-column table gets
 * a placeholder day count to go through the settings reader unchanged.
 */
function readTierRows(arg: unknown): Outcome<RotationSettings["tiers"]> {
  const matrix = asMatrix(arg);
  if (matrix === null) return ok(DEFAULT_SETTINGS.tiers);
  const shape = rectangular(matrix, "tier_responsibilities");
  if (!shape.ok) return shape;
  const width = matrix[0].length;
  if (width !== 3 && width !== 4)
    return invalid(
      `tier_responsibilities: it has ${width} column(s); give tier, days, channel and responsible (RH_Cadence) or tier, channel and responsible`
    );
  const rows: Cell[][] =
    width === 4
      ? matrix.map((row) => [...row])
      : matrix.map(([tier, channel, responsible]) =>
          isBlank(tier) ? [tier, null, channel, responsible] : [tier, 1, channel, responsible]
        );
  const problems: string[] = [];
  const tiers = readTiers(rows, problems);
  if (problems.length > 0)
    return invalid(`tier_responsibilities: ${problems[0].replace(/^Cadence: /, "")}`);
  return ok(tiers);
}

/** The team table as on the settings sheet (RH_Team): person, role, whom they support. */
function readTeamRows(arg: unknown): Outcome<RotationSettings["team"]> {
  const matrix = asMatrix(arg);
  if (matrix === null) return ok([]);
  const shape = rectangular(matrix, "team");
  if (!shape.ok) return shape;
  if (matrix[0].length !== 3)
    return invalid(
      `team: it has ${matrix[0].length} column(s); give person, role and supports (RH_Team)`
    );
  return ok(readTeam(matrix.map((row) => [...row])));
}

/** A route as a cell shows it: the person, or the mailing's channel ("mailing: newsletter"). */
export function routeText(route: Route): string {
  return route.kind === "person" ? route.person : `mailing: ${route.channel}`;
}

/**
 * One answer per client: tier and owner are each one value or a range; two ranges must be the same
 * size, and the result takes the range's shape. A client with neither tier nor owner is a blank cell.
 */
export function responsibleColumn(
  tierArg: unknown,
  ownerArg: unknown,
  tiersArg: unknown,
  teamArg: unknown
): ResponsibleCell[][] {
  const tiers = asMatrix(tierArg) ?? [[null]];
  const owners = asMatrix(ownerArg) ?? [[null]];
  const one = (m: Matrix) => m.length === 1 && m[0].length === 1;
  if (!one(tiers) && !one(owners) && !sameShape(tiers, owners)) {
    const message = "owner: give one owner, or a range the same size as tier";
    return [[excelError({ kind: "value", message })]];
  }
  const tierRows = readTierRows(tiersArg);
  if (!tierRows.ok) return [[excelError(tierRows.problem)]];
  const team = readTeamRows(teamArg);
  if (!team.ok) return [[excelError(team.problem)]];
  const routes = new Responsibilities({
    ...DEFAULT_SETTINGS,
    tiers: tierRows.value,
    team: team.value,
  });
  const shape = one(tiers) ? owners : tiers;
  const at = (m: Matrix, i: number, j: number) => (one(m) ? m[0][0] : m[i][j]);
  return mapCells(shape, (_, i, j) => {
    const tier = text(at(tiers, i, j));
    const owner = text(at(owners, i, j));
    if (tier === "" && owner === "") return "";
    return routeText(routes.route({ owner, tier: tier === "" ? null : tier }));
  });
}
