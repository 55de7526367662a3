import { notAvailable } from "./notAvailable";

export const plan = notAvailable(
  "plan",
  "write a relationship plan sheet per key account",
  "Usage: relationship-hour plan BOOK.xlsx --client ID | --tier A",
  {
    client: { type: "string" },
    tier: { type: "string" },
    out: { type: "string", short: "o" },
    "in-place": { type: "boolean" },
    force: { type: "boolean", short: "f" },
  }
);
