/**
 * `stat3 combo --context autocrine-il6 --a ruxolitinib=1nM..10uM:8 --b stattic=0.1uM..100uM:8
 *  --readout hallmark_proliferation_survival@24h --model bliss|hsa|loewe|zip --out combo/`
 *
 * A combination matrix (the doses of A × the doses of B, each with a zero dose added) simulated on the
 * STAT3 model (or on any SBML model with --sbml, where a drug is a parameter id), the read-out turned
 * into % inhibition against the untreated control, and the four synergy reference models of
 * @stat3/pharm (Bliss, HSA, Loewe, ZIP) as SynergyFinder computes them. With --csv the matrix is read
 * from user data (long format: conc_r, conc_c, response in % inhibition) instead of simulated.
 *
 * Writes into --out: matrix.csv (one row per cell: doses, read-out, inhibition, the four scores),
 * summary.json ({"bliss": {"mean", "max", …}, "hsa": …, "loewe": …, "zip": …, "combination": {…}}),
 * heatmap.svg/.png (the synergy map of --model) and report.svg/.png (single-agent curves, response
 * matrix, synergy map: the slide).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Codes, EngineError } from "@stat3/engine";
import {
  allSynergy,
  type ComboMatrix,
  comboFromCsv,
  hill,
  percentInhibition,
  SYNERGY_MODELS,
  type SynergyModel,
  type SynergyResult,
  type SynergySummary,
} from "@stat3/pharm";
import { CONTEXT_IDS, parseDoses } from "@stat3/stat3";
import type { Command } from "commander";
import type { Piscina } from "piscina";
import { comboReportSvg, formatDose, synergyHeatmapSvg } from "../render/heatmap.js";
import { writeFigure } from "../render/png.js";
import { type ModelSpec, makeEvaluator, parseReadouts } from "../screen/evaluate.js";
import { runScreen } from "../screen/pool.js";
import { parseMinutes } from "./run.js";

export interface ComboCliOptions {
  context?: string;
  a?: string;
  b?: string;
  readout: string;
  model: string;
  il6: string;
  preIncubate?: string;
  sbml?: string;
  csv?: string;
  workers?: string;
  out?: string;
  quiet?: boolean;
  /** a running worker pool to use (API callers: servers, benchmarks); overrides workers */
  pool?: Piscina;
}

export interface ComboOutput {
  drugA: string;
  drugB: string;
  context: string;
  readout: string;
  matrix: ComboMatrix;
  /** the raw read-out values (same shape as the matrix) */
  raw?: number[][];
  results: Record<SynergyModel, SynergyResult>;
  summary: Record<SynergyModel, SynergySummary> & { combination: Record<string, unknown> };
  seconds: number;
  simulations: number;
}

/** "ruxolitinib=1nM..10uM:8" → drug and ascending doses (nM) with 0 prepended. */
export function parseDrugRange(flag: string, text: string): { drug: string; doses: number[] } {
  const m = /^([^=]+)=(.+)$/.exec(text.trim());
  if (!m)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `--${flag} expects drug=low..high:n (e.g. ruxolitinib=1nM..10uM:8), got "${text}"`,
    );
  const doses = parseDoses(m[2]).sort((x, y) => x - y);
  if (doses.some((d) => !(d > 0)))
    throw new EngineError(Codes.SIM_BAD_SETTING, `--${flag}: doses must be > 0 (the zero dose is added)`);
  return { drug: m[1].trim(), doses: [0, ...doses] };
}

function checkModel(m: string): SynergyModel {
  if (!(SYNERGY_MODELS as readonly string[]).includes(m))
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `--model: "${m}" is not one of ${SYNERGY_MODELS.join(", ")}`,
    );
  return m as SynergyModel;
}

/** Simulates (or reads) the matrix and scores it. */
export async function computeCombo(o: ComboCliOptions): Promise<ComboOutput> {
  const t0 = performance.now();
  if (o.csv) {
    const matrix = comboFromCsv(await readFile(o.csv, "utf8"), { file: o.csv });
    const results = allSynergy(matrix);
    return finish(o, "A", "B", o.context ?? "data", o.readout, matrix, undefined, results, t0, 0);
  }
  if (!o.a || !o.b)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      "give --a drug=range and --b drug=range (or --csv data.csv)",
    );
  const A = parseDrugRange("a", o.a);
  const B = parseDrugRange("b", o.b);
  const context = o.context ?? (o.sbml ? "default" : "hepatocyte");
  let model: ModelSpec;
  if (o.sbml) model = { kind: "sbml", file: o.sbml };
  else {
    if (!CONTEXT_IDS.includes(context))
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `--context: unknown context "${context}"; known: ${CONTEXT_IDS.join(", ")}`,
      );
    const il6 = Number(o.il6);
    if (!(Number.isFinite(il6) && il6 >= 0))
      throw new EngineError(Codes.SIM_BAD_SETTING, `--il6 expects ng/mL ≥ 0, got "${o.il6}"`);
    model = {
      kind: "stat3",
      il6,
      preIncubate: o.preIncubate ? parseMinutes("pre-incubate", o.preIncubate) : 0,
    };
  }
  const readouts = parseReadouts([o.readout]);
  // a drug combined with itself: the doses add up (the Loewe sham experiment)
  const scenario = (a: number, b: number): Record<string, number> => {
    const d: Record<string, number> = {};
    if (a > 0) d[A.drug] = a;
    if (b > 0) d[B.drug] = (d[B.drug] ?? 0) + b;
    return d;
  };
  const items = A.doses.flatMap((a) => B.doses.map((b) => ({ context, drugs: scenario(a, b) })));
  const workers = o.workers === undefined ? 0 : o.workers === "auto" ? "auto" : Number(o.workers);
  let values: number[];
  if (workers === 0 && !o.pool) {
    const ev = makeEvaluator(model, readouts);
    values = items.map((it) => ev(it.context, it.drugs)[0]);
  } else {
    const job = {
      name: "combo",
      model,
      readouts: [o.readout],
      contexts: [context],
      drugs: {},
      combinations: [],
      items,
      hash: "combo",
    };
    const run = await runScreen(job, { workers, pool: o.pool });
    const failed = run.results.find((r) => r.error);
    if (failed)
      throw new EngineError(Codes.SIM_BAD_SETTING, `simulation ${failed.idx} failed: ${failed.error}`);
    values = run.results.map((r) => r.values[0]);
  }
  const nB = B.doses.length;
  const raw = A.doses.map((_, i) => values.slice(i * nB, (i + 1) * nB));
  const control = raw[0][0];
  const response = raw.map((row) => row.map((v) => percentInhibition(v, control)));
  const matrix: ComboMatrix = { dosesA: A.doses, dosesB: B.doses, response };
  const results = allSynergy(matrix);
  return finish(o, A.drug, B.drug, context, o.readout, matrix, raw, results, t0, items.length);
}

function finish(
  o: ComboCliOptions,
  drugA: string,
  drugB: string,
  context: string,
  readout: string,
  matrix: ComboMatrix,
  raw: number[][] | undefined,
  results: Record<SynergyModel, SynergyResult>,
  t0: number,
  simulations: number,
): ComboOutput {
  const fits = results.loewe.fits;
  const summary = {
    bliss: results.bliss.summary,
    hsa: results.hsa.summary,
    loewe: results.loewe.summary,
    zip: results.zip.summary,
    combination: {
      drugA,
      drugB,
      context,
      readout,
      dosesA_nM: matrix.dosesA,
      dosesB_nM: matrix.dosesB,
      units: "synergy scores in percentage points of inhibition (SynergyFinder convention)",
      control: raw ? raw[0][0] : undefined,
      singleAgentFits: fits ? { a: fits.a.params, b: fits.b.params, r2: [fits.a.r2, fits.b.r2] } : undefined,
      heatmapModel: o.model,
    },
  };
  return {
    drugA,
    drugB,
    context,
    readout,
    matrix,
    raw,
    results,
    summary,
    seconds: (performance.now() - t0) / 1000,
    simulations,
  };
}

const g = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)) : v);

export function comboCsv(r: ComboOutput): string {
  const lines = [
    `dose_${r.drugA}_nM,dose_${r.drugB}_nM,${r.raw ? `${r.readout},` : ""}inhibition_pct,bliss,hsa,loewe,zip`,
  ];
  r.matrix.dosesA.forEach((a, i) => {
    r.matrix.dosesB.forEach((b, j) => {
      const s = SYNERGY_MODELS.map((m) => r.results[m].synergy[i][j]);
      lines.push([a, b, ...(r.raw ? [r.raw[i][j]] : []), r.matrix.response[i][j], ...s].join(","));
    });
  });
  return `${lines.join("\n")}\n`;
}

export function summaryLines(r: ComboOutput): string[] {
  const name: Record<SynergyModel, string> = { bliss: "Bliss", hsa: "HSA", loewe: "Loewe", zip: "ZIP (δ)" };
  return SYNERGY_MODELS.map((m) => {
    const s = r.results[m].summary;
    return `${name[m]}: mean ${s.mean.toFixed(2)}, max ${s.max.toFixed(2)}, most synergistic area ${Number.isFinite(s.mostSynergisticArea) ? s.mostSynergisticArea.toFixed(2) : "–"}`;
  });
}

export function comboReport(r: ComboOutput, model: SynergyModel): string {
  const fits = r.results.loewe.fits;
  const colA = "#1f5fa8";
  const colB = "#d9822b";
  const title = `${r.drugA} + ${r.drugB}`;
  const fitLine = (f: typeof fits extends undefined ? never : NonNullable<typeof fits>["a"]) =>
    `EC50 ${formatDose(f.params.ec50)}, Hill ${f.params.h.toFixed(2)}, Emax ${f.params.emax.toFixed(0)} %, R² ${f.r2.toFixed(3)}`;
  const summary = summaryLines(r);
  if (fits) summary.push(`${r.drugA}: ${fitLine(fits.a)}`, `${r.drugB}: ${fitLine(fits.b)}`);
  return comboReportSvg({
    title,
    subtitle: `${r.context} · read-out ${r.readout} as % inhibition of the untreated control · scores in percentage points (SynergyFinder)`,
    drugA: `${r.drugA}`,
    drugB: `${r.drugB}`,
    dosesA: r.matrix.dosesA,
    dosesB: r.matrix.dosesB,
    response: r.matrix.response,
    curveA: {
      name: r.drugA,
      doses: r.matrix.dosesA,
      responses: r.matrix.response.map((row) => row[0]),
      fit: fits ? (d) => hill(d, fits.a.params) : undefined,
      ic50: fits?.a.params.ec50,
      color: colA,
    },
    curveB: {
      name: r.drugB,
      doses: r.matrix.dosesB,
      responses: r.matrix.response[0],
      fit: fits ? (d) => hill(d, fits.b.params) : undefined,
      ic50: fits?.b.params.ec50,
      color: colB,
    },
    model: { bliss: "Bliss", hsa: "HSA", loewe: "Loewe", zip: "ZIP δ" }[model],
    scores: r.results[model].synergy,
    summary,
  });
}

export async function runCombo(o: ComboCliOptions): Promise<ComboOutput> {
  const model = checkModel(o.model);
  const r = await computeCombo(o);
  if (!o.quiet) {
    process.stdout.write(
      `# ${r.drugA} × ${r.drugB} in ${r.context}: ${r.readout} (${r.simulations} simulations, ${r.seconds.toFixed(2)} s)\n`,
    );
    process.stdout.write("model\tmean\tmax\tmin\n");
    for (const m of SYNERGY_MODELS) {
      const s = r.results[m].summary;
      process.stdout.write(`${m}\t${g(s.mean)}\t${g(s.max)}\t${g(s.min)}\n`);
    }
  }
  if (o.out) {
    await mkdir(o.out, { recursive: true });
    await writeFile(join(o.out, "matrix.csv"), comboCsv(r));
    await writeFile(join(o.out, "summary.json"), `${JSON.stringify(r.summary, null, 1)}\n`);
    const map = synergyHeatmapSvg({
      title: `${r.drugA} + ${r.drugB}: ${model.toUpperCase()} synergy`,
      drugA: r.drugA,
      drugB: r.drugB,
      dosesA: r.matrix.dosesA,
      dosesB: r.matrix.dosesB,
      scores: r.results[model].synergy,
      label: "synergy (% points)",
    });
    await writeFigure(join(o.out, "heatmap.svg"), map);
    await writeFigure(join(o.out, "heatmap.png"), map);
    const rep = comboReport(r, model);
    await writeFigure(join(o.out, "report.svg"), rep);
    await writeFigure(join(o.out, "report.png"), rep);
    if (!o.quiet)
      process.stderr.write(
        `wrote ${o.out}/{matrix.csv,summary.json,heatmap.svg,heatmap.png,report.svg,report.png}\n`,
      );
  }
  return r;
}

export function registerCombo(program: Command): void {
  program
    .command("combo")
    .description(
      "drug-combination matrix with synergy scores (Bliss, HSA, Loewe, ZIP), heatmaps and a report",
    )
    .option("--context <name>", `cell context: ${CONTEXT_IDS.join(", ")}`, "hepatocyte")
    .option("--a <drug=range>", "drug A (rows) and doses, e.g. ruxolitinib=1nM..10uM:8")
    .option("--b <drug=range>", "drug B (columns) and doses, e.g. stattic=0.1uM..100uM:8")
    .option("--readout <sel@time>", "read-out and time", "hallmark_proliferation_survival@24h")
    .option("--model <name>", `synergy model of the heatmap: ${SYNERGY_MODELS.join(", ")}`, "zip")
    .option("--il6 <ng/mL>", "IL-6 added at t = 0 (STAT3 model)", "40")
    .option("--pre-incubate <time>", "drugs present this long before IL-6, e.g. 60min")
    .option("--sbml <file>", "an SBML model instead of the STAT3 model (drugs are parameter ids)")
    .option(
      "--csv <file>",
      "score measured data instead (long format: conc_r, conc_c, response in % inhibition)",
    )
    .option("--workers <n|auto>", "worker threads (0 = in this thread)", "0")
    .option("--out <dir>", "output folder: matrix.csv, summary.json, heatmap.svg/png, report.svg/png")
    .action(async (o: ComboCliOptions) => {
      await runCombo(o);
    });
}
