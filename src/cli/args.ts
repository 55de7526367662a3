/** Checking option values: each wrong value is a usage error that names the option and the value. */
import { serialFromLocalDate, type DaySerial } from "../core/dates/serial";
import { parseTextDate } from "../core/dates/textDate";
import { usageError, type Io, type Parsed } from "./command";

/** The one file a command works on. */
export function onePath(args: Parsed, what: string): string {
  if (args.positionals.length === 0) throw usageError(`give the ${what}`);
  if (args.positionals.length > 1)
    throw usageError(`one ${what} only, not ${args.positionals.map((p) => `"${p}"`).join(", ")}`);
  return args.positionals[0];
}

export function text(args: Parsed, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

export function flag(args: Parsed, name: string): boolean {
  return args.values[name] === true;
}

/** A date typed strictly (yyyy-mm-dd, or unambiguous), or today on this machine's clock. */
export function dateOption(args: Parsed, name: string, io: Io): DaySerial {
  const value = text(args, name);
  if (value === undefined) return serialFromLocalDate(io.now());
  const parsed = parseTextDate(value);
  if (!parsed.ok) throw usageError(`--${name}: ${parsed.problem.message}`);
  return parsed.value;
}

export function wholeNumber(
  args: Parsed,
  name: string,
  min: number,
  max: number
): number | undefined {
  const value = text(args, name);
  if (value === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw usageError(`--${name}: "${value}" is not a whole number from ${min} to ${max}`);
  return n;
}

export function choice<T extends string>(
  args: Parsed,
  name: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = text(args, name);
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value.trim().toLowerCase());
  if (found === undefined)
    throw usageError(`--${name}: "${value}" is not one of ${allowed.join(", ")}`);
  return found;
}
