import { notAvailable } from "./notAvailable";

export const audit = notAvailable(
  "audit",
  "coverage: the share of each tier contacted within its cadence",
  "Usage: relationship-hour audit BOOK.xlsx",
  { date: { type: "string" }, json: { type: "boolean" } }
);
