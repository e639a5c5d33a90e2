/**
 * `stat3 methods` — the solver registry as a table (names, KiSAO ids, settings), so users pick a
 * method the way they do in libRoadRunner/COPASI; `stat3 sbml info|convert` — look inside an SBML
 * file and write it at another level/version (the engine's reader and writer, round trip tested).
 */
import { writeFile } from "node:fs/promises";
import { readSbmlFile } from "../io/read-model.js";
import type { Command } from "commander";
import { listSolvers, writeSBML, type Model } from "@stat3/engine";


export function modelSummary(m: Model): Record<string, unknown> {
  return {
    id: m.id,
    name: m.name ?? null,
    source: m.source ?? null,
    compartments: m.compartments.length,
    species: m.species.length,
    parameters: m.parameters.length,
    reactions: m.reactions.length,
    rules: { assignment: m.rules.filter((r) => r.kind === "assignment").length, rate: m.rules.filter((r) => r.kind === "rate").length, algebraic: m.rules.filter((r) => r.kind === "algebraic").length },
    initialAssignments: m.initialAssignments.length,
    events: m.events.length,
    functionDefinitions: m.functionDefinitions.length,
    unitDefinitions: m.unitDefinitions.length,
  };
}

export function registerSbml(program: Command): void {
  program
    .command("methods")
    .description("list the simulation methods (name, KiSAO id, settings)")
    .option("--json", "machine-readable output")
    .action((o: { json?: boolean }) => {
      const solvers = listSolvers();
      if (o.json) {
        const plain = solvers.map(({ create: _c, ...rest }) => rest);
        process.stdout.write(`${JSON.stringify(plain, null, 2)}\n`);
        return;
      }
      for (const s of solvers) {
        process.stdout.write(`${s.name.padEnd(10)} ${s.kisaoId.padEnd(14)} ${s.description}\n`);
        process.stdout.write(`${"".padEnd(25)}reference: ${s.reference}\n`);
      }
      const settings = solvers[0]?.settings ?? [];
      process.stdout.write("\nsettings (CLI flag: --NAME-with-dashes):\n");
      for (const st of settings) process.stdout.write(`  ${st.name.padEnd(22)} default ${String(st.default).padEnd(10)} ${st.description}\n`);
    });

  const sbml = program.command("sbml").description("inspect and convert SBML files");
  sbml
    .command("info")
    .description("summarise an SBML model (counts of species, reactions, rules, events…)")
    .argument("<model>", "SBML file")
    .option("--json", "machine-readable output")
    .action(async (file: string, o: { json?: boolean }) => {
      const summary = modelSummary(await readSbmlFile(file));
      if (o.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else for (const [k, v] of Object.entries(summary)) process.stdout.write(`${k.padEnd(20)} ${typeof v === "object" ? JSON.stringify(v) : v}\n`);
    });
  sbml
    .command("convert")
    .description("write an SBML model at another level/version (default L3V2)")
    .argument("<model>", "SBML file")
    .option("--to <lNvM>", "target level and version: l2v4, l2v5, l3v1 or l3v2", "l3v2")
    .option("--out <file>", "output file (default: stdout)")
    .action(async (file: string, o: { to: string; out?: string }) => {
      const m = /^l([23])v(\d)$/i.exec(o.to.trim());
      if (!m) throw new Error(`--to expects l2v4, l2v5, l3v1 or l3v2, got "${o.to}"`);
      const text = writeSBML(await readSbmlFile(file), { level: Number(m[1]) as 2 | 3, version: Number(m[2]) });
      if (o.out) await writeFile(o.out, text);
      else process.stdout.write(text);
    });
}
