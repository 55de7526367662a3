/**
 * The columns of a client table the add-in understands, the header words people use for them, and
 * the guess of which column means what. The user confirms or changes the guess; it is only a start.
 */
export type ClientField =
  | "id"
  | "name"
  | "firstName"
  | "middleName"
  | "lastName"
  | "household"
  | "tier"
  | "revenue"
  | "profitability"
  | "products"
  | "strategic"
  | "opportunity"
  | "lastContact"
  | "owner"
  | "birthday"
  | "clientSince"
  | "phone"
  | "mobilePhone"
  | "workPhone"
  | "email"
  | "followUp"
  | "family"
  | "occupation"
  | "interests"
  | "address"
  | "city"
  | "postalCode";

export interface FieldInfo {
  readonly field: ClientField;
  /** How the field is named on screen. */
  readonly label: string;
  /** Header words that mean this field, compared after normalising (lower case, no punctuation). */
  readonly synonyms: readonly string[];
  /** Criteria feed the score; dates are read as dates. */
  readonly kind: "text" | "criterion" | "date";
}

export const CLIENT_FIELDS: readonly FieldInfo[] = [
  {
    field: "id",
    label: "Client ID",
    kind: "text",
    synonyms: [
      "client id",
      "id",
      "client no",
      "client number",
      "account id",
      "account number",
      "customer id",
      "clientid",
      // CRM and Outlook exports
      "contact id",
      "record id",
      "customer number",
      "crm id",
    ],
  },
  {
    field: "name",
    label: "Name",
    kind: "text",
    synonyms: [
      "name",
      "client",
      "client name",
      "account",
      "account name",
      "customer",
      "customer name",
      "full name",
      "contact name",
      "contact",
      "display name",
    ],
  },
  // A CRM export has no single name column: the name is made of these (clientRows.ts).
  {
    field: "firstName",
    label: "First name",
    kind: "text",
    synonyms: ["first name", "firstname", "given name", "forename", "first"],
  },
  {
    field: "middleName",
    label: "Middle name",
    kind: "text",
    synonyms: ["middle name", "middle initial", "middle"],
  },
  {
    field: "lastName",
    label: "Last name",
    kind: "text",
    synonyms: ["last name", "lastname", "surname", "family name", "last"],
  },
  // Kept on the client for household work; the name only when no person's name is there.
  {
    field: "household",
    label: "Household",
    kind: "text",
    synonyms: [
      "household",
      "household name",
      "household label",
      "hh name",
      "household id",
      "household number",
      "household no",
      "household #",
      "hh id",
      "family id",
      "family group",
      "primary household",
    ],
  },
  {
    field: "tier",
    label: "Tier",
    kind: "text",
    synonyms: ["tier", "segment", "tier override", "class", "abc"],
  },
  {
    field: "revenue",
    label: "Revenue",
    kind: "criterion",
    // Revenue before assets: with both columns, the revenue is what tiers the book.
    synonyms: [
      "revenue",
      "annual revenue",
      "fees",
      "annual fees",
      "commission",
      "commissions",
      "sales",
      "aum",
      "assets",
      "assets under management",
      "total assets",
    ],
  },
  {
    field: "profitability",
    label: "Profitability",
    kind: "criterion",
    synonyms: ["profitability", "margin", "profit", "contribution"],
  },
  {
    field: "products",
    label: "Products",
    kind: "criterion",
    synonyms: ["products", "products held", "number of products", "products bought", "services"],
  },
  {
    field: "strategic",
    label: "Strategic value",
    kind: "criterion",
    synonyms: ["strategic value", "strategic", "strategic importance", "influence"],
  },
  {
    field: "opportunity",
    label: "Opportunity",
    kind: "criterion",
    synonyms: ["opportunity", "revenue opportunity", "potential", "growth potential", "wallet"],
  },
  {
    field: "lastContact",
    label: "Last contact",
    kind: "date",
    synonyms: [
      "last contact",
      "last called",
      "last contacted",
      "last call",
      "last proactive contact",
      "last touch",
      "last contact date",
      "last contacted date",
      "last activity",
      "last activity date",
      "last meeting",
      "last meeting date",
    ],
  },
  {
    field: "owner",
    label: "Owner",
    kind: "text",
    synonyms: [
      "owner",
      "advisor",
      "adviser",
      "assigned to",
      "account manager",
      "rep",
      "relationship manager",
      "assigned advisor",
      "assigned adviser",
      "assigned rep",
      "account owner",
      "contact owner",
      "record owner",
      "primary advisor",
      "financial advisor",
      "sales rep",
    ],
  },
  {
    field: "birthday",
    label: "Birthday",
    kind: "date",
    synonyms: ["birthday", "date of birth", "dob", "birth date", "birthdate"],
  },
  {
    field: "clientSince",
    label: "Client since",
    kind: "date",
    synonyms: ["client since", "customer since", "since", "start date", "onboarded", "joined"],
  },
  {
    field: "phone",
    label: "Phone",
    kind: "text",
    synonyms: ["phone", "telephone", "phone number", "tel", "home phone", "primary phone"],
  },
  // Where an export has several phone columns, the client's phone is the first filled in.
  {
    field: "mobilePhone",
    label: "Mobile phone",
    kind: "text",
    synonyms: ["mobile", "mobile phone", "cell", "cell phone", "mobile number"],
  },
  {
    field: "workPhone",
    label: "Work phone",
    kind: "text",
    synonyms: ["work phone", "business phone", "office phone"],
  },
  {
    field: "email",
    label: "Email",
    kind: "text",
    synonyms: ["email", "e-mail", "email address", "e-mail address", "mail", "primary email"],
  },
  {
    field: "followUp",
    label: "Follow-up",
    kind: "text",
    synonyms: [
      "follow-up",
      "follow up",
      "followup",
      "next topic",
      "ask about",
      "notes for next call",
      "next step",
      "next steps",
      "next action",
    ],
  },
  // The profile the seeds call FORM (family, occupation, recreation): shown on the next call.
  {
    field: "family",
    label: "Family",
    kind: "text",
    synonyms: ["family", "spouse", "children", "kids", "household members"],
  },
  {
    field: "occupation",
    label: "Occupation",
    kind: "text",
    synonyms: ["occupation", "job", "job title", "profession", "employer", "work"],
  },
  {
    field: "interests",
    label: "Interests",
    kind: "text",
    synonyms: ["interests", "recreation", "hobbies", "hobby", "leisure", "pastimes"],
  },
  // Where cards and mailings go.
  {
    field: "address",
    label: "Address",
    kind: "text",
    synonyms: [
      "address",
      "street",
      "street address",
      "mailing address",
      "postal address",
      "address line 1",
    ],
  },
  {
    field: "city",
    label: "City",
    kind: "text",
    synonyms: ["city", "town", "city state", "locality"],
  },
  {
    field: "postalCode",
    label: "Postal code",
    kind: "text",
    synonyms: ["postal code", "postcode", "zip", "zip code", "post code"],
  },
];

export const FIELD_BY_KEY: ReadonlyMap<ClientField, FieldInfo> = new Map(
  CLIENT_FIELDS.map((f) => [f.field, f])
);

export const CRITERIA: readonly ClientField[] = CLIENT_FIELDS.filter(
  (f) => f.kind === "criterion"
).map((f) => f.field);

/** Which header (by its text, as in the table) means which field. */
export type ColumnMapping = Partial<Record<ClientField, string>>;

function normalise(header: string): string {
  return header
    .toLowerCase()
    .replace(/[_./\\()#:*]+/g, " ")
    .replace(/-/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const NORMALISED_SYNONYMS = CLIENT_FIELDS.map((f) => ({
  field: f.field,
  words: f.synonyms.map(normalise),
}));

/**
 * The best guess of the mapping: exact synonym matches first, in the order of the headers; each
 * header is used for one field at most, and each field takes one header.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const normalised = headers.map((h) => normalise(String(h)));
  for (const { field, words } of NORMALISED_SYNONYMS) {
    for (const word of words) {
      const index = normalised.findIndex((h, i) => h === word && !used.has(headers[i]));
      if (index >= 0) {
        mapping[field] = headers[index];
        used.add(headers[index]);
        break;
      }
    }
  }
  return mapping;
}

/** The fields a person's name is made of, when there is no single name column. */
export const NAME_PARTS: readonly ClientField[] = ["firstName", "middleName", "lastName"];

/** Whether the mapping gives each client a name: a name column, name parts, or a household. */
export function hasNameColumn(mapping: ColumnMapping): boolean {
  return ["name", ...NAME_PARTS, "household"].some((f) => mapping[f as ClientField] !== undefined);
}

/** How sure the guess is that these headers are a client list: a name and one rotation field. */
export function looksLikeClientTable(mapping: ColumnMapping): boolean {
  return (
    hasNameColumn(mapping) &&
    (mapping.lastContact !== undefined ||
      mapping.tier !== undefined ||
      mapping.revenue !== undefined)
  );
}

/** The mapping, checked against the headers the table has now: names that are gone are dropped. */
export function reconcileMapping(
  mapping: ColumnMapping,
  headers: readonly string[]
): ColumnMapping {
  const present = new Set(headers);
  const kept: ColumnMapping = {};
  for (const [field, header] of Object.entries(mapping) as [ClientField, string][])
    if (present.has(header)) kept[field] = header;
  return kept;
}
