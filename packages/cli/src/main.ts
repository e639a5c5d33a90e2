#!/usr/bin/env node
/**
 * `stat3` — the command-line front door of STAT3 Lab. Every subcommand is a thin call into the
 * packages; stdout carries data, stderr carries progress and diagnostics. Bad input ends with a
 * one-line `error[CODE] file:line <element>: message`, never a stack trace.
 */
import { Command } from "commander";
import { runCli } from "./run.js";
import { registerDemo } from "./commands/demo.js";
import { registerSimulate } from "./commands/simulate.js";
import { registerSbml } from "./commands/sbml.js";
import { registerSbmlSuite } from "./commands/sbml-suite.js";
import { registerKb } from "./commands/kb.js";
import { registerMap } from "./commands/map.js";
import { registerLogical } from "./commands/logical.js";
import { registerPetab } from "./commands/petab.js";
import { registerFit, registerProfile } from "./commands/fit.js";
import { registerModel } from "./commands/model.js";
import { registerRun } from "./commands/run.js";
import { registerDoseResponse } from "./commands/dose-response.js";
import { registerCombo } from "./commands/combo.js";
import { registerScreen } from "./commands/screen.js";
import { registerServe } from "./commands/serve.js";
import { registerTme } from "./commands/tme.js";
import { registerWorker } from "./commands/worker.js";

const program = new Command();
program
  .name("stat3")
  .description("STAT3 Lab: simulate SBML models and the STAT3 signalling model of the review")
  .version("0.1.0");

// Each command module registers itself; keep this list in the order of the help text.
registerDemo(program);
registerSimulate(program);
registerSbml(program);
registerSbmlSuite(program);
registerKb(program);
registerMap(program);
registerLogical(program);
registerPetab(program);
registerFit(program);
registerProfile(program);
registerModel(program);
registerRun(program);
registerDoseResponse(program);
registerCombo(program);
registerScreen(program);
registerServe(program);
registerTme(program);
registerWorker(program);

await runCli(program);
