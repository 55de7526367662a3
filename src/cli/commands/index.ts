/** Every command, in the order `--help` lists them. A new command is a module and one line here. */
import type { Command } from "../command";
import { audit } from "./audit";
import { log } from "./log";
import { mailing } from "./mailing";
import { plan } from "./plan";
import { review } from "./review";
import { sample } from "./sample";
import { today } from "./today";
import { undo } from "./undo";

export const COMMANDS: readonly Command[] = [
  sample,
  today,
  log,
  undo,
  mailing,
  plan,
  review,
  audit,
];
