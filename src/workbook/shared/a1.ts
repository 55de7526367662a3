/** A1 addresses live in core (the client list finder names its range with them); kept here for the adapters. */
export * from "../../core/cells/a1";
