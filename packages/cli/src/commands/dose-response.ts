/**
 * `stat3 dose-response --context NAME --drug ID --doses 1nM..100uM:12 --readout pSTAT3_fraction@20min
 *  --il6 40 [--pre-incubate 60min] [--out fig.png|.svg|.csv|.json]` — a table of responses and the
 * fitted IC50 / Hill slope with 95 % confidence intervals (the project's 4-parameter Hill fit,
 * @stat3/pharm `fitHill`, with profile-likelihood intervals: packages/stat3/src/scenarios/hill.ts), and a
 * slide-ready figure (render/dose-chart.ts).
 */
import { writeFile } from "node:fs/promises";
import { Codes, EngineError } from "@stat3/engine";
import {
  CONTEXT_IDS,
  type DoseResponseResult,
  doseResponse,
  hill4,
  parseDoses,
  parseReadout,
} from "@stat3/stat3";
import type { Command } from "commander";
import { doseChartSvg } from "../render/dose-chart.js";
import { writeFigure } from "../render/png.js";
import { parseMinutes } from "./run.js";

export interface DoseResponseCliOptions {
  context: string;
  drug: string;
  doses: string;
  readout: string;
  il6: string;
  preIncubate?: string;
  out?: string;
}

const g = (v: number) => Number(v.toPrecision(4));

export function formatDoseResponse(r: DoseResponseResult): string {
  const lines = [
    `# ${r.drug} in ${r.context}: ${r.readout} at ${r.time} min (control ${g(r.control)})`,
    "dose_nM\tresponse",
  ];
  for (let i = 0; i < r.doses.length; i++) lines.push(`${g(r.doses[i])}\t${g(r.responses[i])}`);
  if (r.fit) {
    const f = r.fit;
    // a rising curve has a half-maximal effective, not inhibitory, concentration
    const label = f.bottom > f.top ? "EC50 (response rises with dose)" : "IC50";
    lines.push(`${label} = ${g(f.ic50)} nM (95% CI ${g(f.ic50Ci[0])}–${g(f.ic50Ci[1])})`);
    lines.push(`Hill slope = ${g(f.hill)} (95% CI ${g(f.hillCi[0])}–${g(f.hillCi[1])})`);
    lines.push(`response at zero dose (fit) = ${g(f.top)}, at infinite dose = ${g(f.bottom)}`);
  } else lines.push(`no Hill fit: ${r.fitError}`);
  return `${lines.join("\n")}\n`;
}

/** The figure: title with drug and context, subtitle with read-out, IL-6 and pre-incubation. */
export function doseFigureSvg(r: DoseResponseResult, il6: number, preIncubate: number): string {
  const fit = r.fit;
  const name = fit && fit.bottom > fit.top ? "EC50" : "IC50";
  const drug = r.drug.charAt(0).toUpperCase() + r.drug.slice(1);
  const readout = r.readout.replace(/_/g, " ");
  const context = [
    `context: ${r.context}`,
    `read-out: ${readout} at ${g(r.time)} min`,
    `IL-6 ${g(il6)} ng/mL`,
    preIncubate > 0 ? `${r.drug} pre-incubated ${g(preIncubate)} min` : "no pre-incubation",
  ].join(" · ");
  return doseChartSvg({
    title: `${drug} dose response: ${readout}`,
    subtitle: context,
    readout: `${readout} at ${g(r.time)} min`,
    doseLabel: `${r.drug} concentration`,
    doses: r.doses,
    responses: r.responses,
    fit: fit
      ? {
          curve: (d) => hill4(d, [fit.bottom, fit.top, Math.log10(fit.ic50), fit.hill]),
          ic50: fit.ic50,
          ic50Ci: fit.ic50Ci,
          hill: fit.hill,
          ciMethod: fit.ciMethod.replace("-", " "),
          label: name,
        }
      : undefined,
  });
}

export async function runDoseResponse(o: DoseResponseCliOptions): Promise<DoseResponseResult> {
  if (!CONTEXT_IDS.includes(o.context))
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `--context: unknown context "${o.context}"; known: ${CONTEXT_IDS.join(", ")}`,
    );
  const il6 = Number(o.il6);
  if (!Number.isFinite(il6) || il6 < 0)
    throw new EngineError(Codes.SIM_BAD_SETTING, `--il6 expects ng/mL ≥ 0, got "${o.il6}"`);
  const preIncubate = o.preIncubate !== undefined ? parseMinutes("pre-incubate", o.preIncubate) : 0;
  const r = doseResponse({
    context: o.context,
    drug: o.drug,
    doses: parseDoses(o.doses),
    readout: parseReadout(o.readout),
    il6,
    preIncubate,
  });
  process.stdout.write(formatDoseResponse(r));
  if (o.out) {
    const lower = o.out.toLowerCase();
    if (lower.endsWith(".json")) await writeFile(o.out, `${JSON.stringify(r, null, 1)}\n`);
    else if (lower.endsWith(".csv"))
      await writeFile(
        o.out,
        `dose_nM,${r.readout}\n${r.doses.map((d, i) => `${d},${r.responses[i]}`).join("\n")}\n`,
      );
    else {
      await writeFigure(o.out, doseFigureSvg(r, il6, preIncubate));
    }
    process.stderr.write(`wrote ${o.out}\n`);
  }
  return r;
}

export function registerDoseResponse(program: Command): void {
  program
    .command("dose-response")
    .description(
      "dose response of a drug on a read-out of the mechanistic model, with a 4-parameter Hill fit",
    )
    .option("--context <name>", `cell context: ${CONTEXT_IDS.join(", ")}`, "hepatocyte")
    .requiredOption("--drug <id>", "drug id from the knowledge base (e.g. ruxolitinib, stattic)")
    .option(
      "--doses <range>",
      "log-spaced doses low..high:n (e.g. 1nM..100uM:12) or a comma list",
      "1nM..100uM:12",
    )
    .option("--readout <sel@time>", "read-out and time, e.g. pSTAT3_fraction@20min", "pSTAT3_fraction@20min")
    .option("--il6 <ng/mL>", "IL-6 added at t = 0 (ng/mL)", "40")
    .option("--pre-incubate <time>", "drug present this long before IL-6, e.g. 60min")
    .option("--out <file>", "figure (.png, .svg) or data (.csv, .json)")
    .action(async (o: DoseResponseCliOptions) => {
      await runDoseResponse(o);
    });
}
