/**
 * `stat3 model export --context NAME --format sbml --out m.xml` — the mechanistic STAT3 model in a
 * cell context as SBML L3V2 (annotated; starts from the context's unstimulated steady state), and
 * `stat3 model describe` — its contexts, drugs and parameters with units and sources.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Codes, EngineError, writeSBML } from "@stat3/engine";
import {
  buildStat3Model,
  CELL_CONTEXTS,
  CONTEXT_IDS,
  CORE_PARAMETERS,
  DRUG_ACTIONS,
  HALLMARK_DEFINITIONS,
  hepatocytePetabProblem,
  INPUT_PARAMETERS,
  type Regimen,
} from "@stat3/stat3";
import type { Command } from "commander";
import { parseRegimens } from "./run.js";

export interface ModelExportOptions {
  context: string;
  format: string;
  out?: string;
  regimen: string[];
}

export async function runModelExport(o: ModelExportOptions): Promise<void> {
  if (o.format !== "sbml")
    throw new EngineError(Codes.SIM_BAD_SETTING, `--format: only "sbml" is supported, got "${o.format}"`);
  if (!CONTEXT_IDS.includes(o.context))
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `--context: unknown context "${o.context}"; known: ${CONTEXT_IDS.join(", ")}`,
    );
  const regimens: Record<string, Regimen> = parseRegimens(o.regimen);
  const { model } = buildStat3Model({ context: o.context, regimens });
  const xml = writeSBML(model, { level: 3, version: 2 });
  if (!o.out) {
    process.stdout.write(xml);
    return;
  }
  await writeFile(o.out, xml);
  process.stderr.write(
    `wrote ${o.out} (context ${o.context}: ${model.species.length} species, ${model.reactions.length} reactions, ${model.parameters.length} parameters, ${model.events.length} events)\n`,
  );
}

/** `stat3 model petab --out DIR`: the hepatocyte model as a PEtab problem on Sobotta's tables. */
export async function runModelPetab(o: { out: string; sobotta: string; prune: boolean }): Promise<void> {
  const stem = "Sobotta_Frontiers2017_STAT3";
  const text = async (f: string) => {
    try {
      return await readFile(join(o.sobotta, f), "utf8");
    } catch (err) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `--sobotta: cannot read ${join(o.sobotta, f)} (${(err as Error).message}); point it at shared/petab/${stem}`,
      );
    }
  };
  const files = hepatocytePetabProblem(
    {
      conditions: await text(`experimentalCondition_${stem}.tsv`),
      measurements: await text(`measurementData_${stem}.tsv`),
      parameters: await text(`parameters_${stem}.tsv`),
      conditionsFile: `experimentalCondition_${stem}.tsv`,
      measurementsFile: `measurementData_${stem}.tsv`,
      parametersFile: `parameters_${stem}.tsv`,
    },
    { prune: o.prune },
  );
  await mkdir(o.out, { recursive: true });
  for (const [f, t] of Object.entries(files)) await writeFile(join(o.out, f), t);
  const yaml = Object.keys(files).find((f) => f.endsWith(".yaml"));
  process.stderr.write(
    `wrote ${Object.keys(files).length} files to ${o.out}; run: stat3 petab llh ${join(o.out, yaml ?? "")}\n`,
  );
}

export function describeModel(format: string): string {
  const data = {
    contexts: CELL_CONTEXTS.map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description,
      params: c.params,
      source: c.source,
    })),
    drugs: DRUG_ACTIONS.map((d) => ({
      id: d.drug,
      parameter: `drug_${d.drug}_nM`,
      sites: d.sites,
      K_nM: d.K,
      confidence: d.confidence,
      source: d.source,
    })),
    hallmarks: HALLMARK_DEFINITIONS.map((h) => ({ id: `hallmark_${h.name}`, formula: h.formula })),
    parameters: Object.entries({ ...CORE_PARAMETERS, ...INPUT_PARAMETERS }).map(([id, p]) => ({ id, ...p })),
  };
  if (format === "json") return `${JSON.stringify(data, null, 2)}\n`;
  const lines = ["# STAT3 mechanistic model", "", "## Contexts", ""];
  for (const c of data.contexts) lines.push(`- **${c.id}** — ${c.description} (${c.source})`);
  lines.push(
    "",
    "## Drugs",
    "",
    "| drug | parameter | acts on | K (nM) | confidence | source |",
    "|---|---|---|---|---|---|",
  );
  for (const d of data.drugs)
    lines.push(
      `| ${d.id} | ${d.parameter} | ${d.sites.join(", ")} | ${Number(d.K_nM.toPrecision(3))} | ${d.confidence} | ${d.source} |`,
    );
  lines.push("", "## Hallmark read-outs", "");
  for (const h of data.hallmarks) lines.push(`- ${h.id} = ${h.formula}`);
  lines.push("", "## Parameters", "", "| id | value | unit | tag | source |", "|---|---|---|---|---|");
  for (const p of data.parameters)
    lines.push(`| ${p.id} | ${Number(p.value.toPrecision(4))} | ${p.unit} | ${p.tag ?? ""} | ${p.source} |`);
  return `${lines.join("\n")}\n`;
}

export function registerModel(program: Command): void {
  const model = program.command("model").description("the mechanistic STAT3 model of the review's Fig. 1");
  model
    .command("export")
    .description("write the model in a cell context as SBML L3V2 (starts from the unstimulated steady state)")
    .option("--context <name>", `cell context: ${CONTEXT_IDS.join(", ")}`, "hepatocyte")
    .option("--format <fmt>", "output format (sbml)", "sbml")
    .option(
      "--regimen <drug=spec>",
      "dosing as SBML events: drug=bolus[@t][/halfLifeMin] or drug=repeat:EVERY:DOSES[@t] (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option("--out <file>", "output file (default: stdout)")
    .action(async (o: ModelExportOptions) => runModelExport(o));
  model
    .command("petab")
    .description(
      "write the hepatocyte model as a PEtab problem on the measurement and condition tables of Sobotta 2017",
    )
    .requiredOption("--out <dir>", "output directory")
    .option(
      "--sobotta <dir>",
      "folder of the Sobotta_Frontiers2017_STAT3 PEtab problem",
      "../shared/petab/Sobotta_Frontiers2017_STAT3",
    )
    .option(
      "--no-prune",
      "keep the states that are inert in the hepatocyte context (slower, same likelihood)",
    )
    .action(async (o: { out: string; sobotta: string; prune: boolean }) => runModelPetab(o));
  model
    .command("describe")
    .description("contexts, drugs, hallmark formulas and parameters with units and sources")
    .option("--format <fmt>", "md or json", "md")
    .action((o: { format: string }) => {
      process.stdout.write(describeModel(o.format));
    });
}
