/**
 * The options every command that reads a book shares: which table, which column means which field
 * (--map FIELD=HEADER, over the guess), and the order of text dates like 3/4/2025 (--date-order).
 */
import { CLIENT_FIELDS, type ClientField } from "../core/book/clientFields";
import { DATE_ORDERS, dateOrderOfLocale, type DateOrder } from "../core/dates/dateOrder";
import { text } from "./args";
import { usageError, type Io, type Options, type Parsed } from "./command";

export interface ReadChoices {
  readonly table?: string;
  /** Field → header as typed; "" takes the field's column away. */
  readonly map: Readonly<Partial<Record<ClientField, string>>>;
  readonly dateOrder?: DateOrder;
  /** The order of this computer's language, where neither the option nor the book gives one. */
  readonly localeDateOrder: DateOrder;
  readonly locale: string;
}

export const READ_OPTIONS: Options = {
  table: { type: "string" },
  map: { type: "string", multiple: true },
  "date-order": { type: "string" },
};

export const READ_USAGE = `  --table NAME       the client table, when the book has more than one
  --map FIELD=HEADER the column for a field, over the guess (repeat for more; FIELD=
                     for none); fields: ${CLIENT_FIELDS.map((f) => f.field).join(", ")}
  --date-order O     mdy or dmy: how to read text dates like 3/4/2025 where the column's
                     own dates do not say (default: the Rotation Settings, else the
                     computer's language: LC_ALL, LC_TIME or LANG)`;

function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function fieldNamed(name: string): ClientField {
  const wanted = key(name);
  const found = CLIENT_FIELDS.find((f) => key(f.field) === wanted || key(f.label) === wanted);
  if (found === undefined)
    throw usageError(
      `--map: "${name}" is not a field (fields: ${CLIENT_FIELDS.map((f) => f.field).join(", ")})`
    );
  return found.field;
}

/** The language the command line runs in, as a BCP 47 tag ("en_GB.UTF-8" → "en-GB"). */
export function localeOf(io: Io): string {
  const raw = io.env.LC_ALL || io.env.LC_TIME || io.env.LANG || "";
  const tag = raw.split(/[.@]/)[0].replace(/_/g, "-");
  return tag === "" || tag === "C" || tag === "POSIX"
    ? new Intl.DateTimeFormat().resolvedOptions().locale
    : tag;
}

export function readChoices(args: Parsed, io: Io): ReadChoices {
  const map: Partial<Record<ClientField, string>> = {};
  const given = args.values.map;
  for (const pair of Array.isArray(given) ? given : []) {
    const at = pair.indexOf("=");
    if (at < 0) throw usageError(`--map: "${pair}" is not FIELD=HEADER`);
    map[fieldNamed(pair.slice(0, at))] = pair.slice(at + 1).trim();
  }
  const order = text(args, "date-order");
  const dateOrder = DATE_ORDERS.find((o) => o === order?.trim().toLowerCase());
  if (order !== undefined && dateOrder === undefined)
    throw usageError(`--date-order: "${order}" is not one of ${DATE_ORDERS.join(", ")}`);
  const locale = localeOf(io);
  return {
    table: text(args, "table"),
    map,
    dateOrder,
    localeDateOrder: dateOrderOfLocale(locale),
    locale,
  };
}
