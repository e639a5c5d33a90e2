/**
 * `stat3 petab …` — PEtab v1 problems from the command line.
 *
 *   stat3 petab llh PROBLEM.yaml [--json] [--rtol R] [--atol A]
 *       log-likelihood, χ² and log-prior at the nominal parameters; JSON contract (stable):
 *       {"llh": number, "chi2": number, "prior": number} (+ "nllh", "measurements", "parameters")
 *   stat3 petab simulate PROBLEM.yaml --out sims.tsv
 *       the PEtab simulation table at the nominal parameters
 */
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { EngineError } from "@stat3/engine";
import {
  loadPetabProblem,
  type ObjectiveOptions,
  PetabCodes,
  type PetabObjective,
  petabObjective,
} from "@stat3/fit";
import type { Command } from "commander";

/** Load a PEtab problem from its YAML file (tables and model read relative to it). */
export function loadProblemFile(yamlPath: string, options: ObjectiveOptions = {}): PetabObjective {
  const dir = dirname(yamlPath);
  const problem = loadPetabProblem(yamlPath, (p) => {
    const path = p === yamlPath ? p : join(dir, p);
    try {
      return readFileSync(path, "utf8");
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new EngineError(
        PetabCodes.PETAB_FILE,
        `cannot read ${path}: ${code === "ENOENT" ? "no such file" : (err as Error).message}`,
      );
    }
  });
  return petabObjective(problem, options);
}

export function toleranceOptions(o: { rtol?: string; atol?: string }): ObjectiveOptions {
  const num = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const x = Number(v);
    if (!(x > 0))
      throw new EngineError(PetabCodes.PETAB_BAD_VALUE, `--${name} expects a positive number, got "${v}"`);
    return x;
  };
  return { relativeTolerance: num("rtol", o.rtol), absoluteTolerance: num("atol", o.atol) };
}

export function registerPetab(program: Command): void {
  const petab = program
    .command("petab")
    .description("PEtab v1 parameter-estimation problems: likelihood and simulations");
  petab
    .command("llh")
    .description("log-likelihood, chi² and log-prior at the nominal parameters")
    .argument("<problem>", "PEtab problem YAML file")
    .option("--json", "print JSON {llh, chi2, prior}")
    .option("--rtol <r>", "relative integration tolerance (default 1e-8)")
    .option("--atol <a>", "absolute integration tolerance (default 1e-10)")
    .action((file: string, o: { json?: boolean; rtol?: string; atol?: string }) => {
      const obj = loadProblemFile(file, toleranceOptions(o));
      const r = obj.evaluate();
      if (o.json) {
        const out = {
          llh: r.llh,
          chi2: r.chi2,
          prior: r.logPrior,
          nllh: -r.llh,
          measurements: obj.nMeasurements,
          parameters: obj.parameterIds.length,
        };
        process.stdout.write(`${JSON.stringify(out)}\n`);
      } else {
        process.stdout.write(
          `llh    ${r.llh}\nnllh   ${-r.llh}\nchi2   ${r.chi2}\nprior  ${r.logPrior}\n(${obj.nMeasurements} measurements, ${obj.parameterIds.length} estimated parameters)\n`,
        );
      }
    });
  petab
    .command("simulate")
    .description("the PEtab simulation table at the nominal parameters")
    .argument("<problem>", "PEtab problem YAML file")
    .option("--out <file>", "write the table here (default stdout)")
    .option("--rtol <r>", "relative integration tolerance (default 1e-8)")
    .option("--atol <a>", "absolute integration tolerance (default 1e-10)")
    .action(async (file: string, o: { out?: string; rtol?: string; atol?: string }) => {
      const obj = loadProblemFile(file, toleranceOptions(o));
      const table = obj.simulationTable(obj.evaluate());
      if (o.out) {
        await writeFile(o.out, table);
        process.stderr.write(`wrote ${o.out} (${obj.nMeasurements} rows)\n`);
      } else process.stdout.write(table);
    });
}
