/**
 * `stat3 run --context NAME --il6 40 --drug ruxolitinib=500nM --end 120 --points 241
 *  --select time,pSTAT3_fraction,SOCS3_mRNA_rel --out run.csv|.json|.png|.svg` — a scenario on the
 * mechanistic STAT3 model: CSV to stdout by default; .json adds summaries (initial, final, mean, min,
 * max) of every selected read-out; .png/.svg draw the selection over time.
 */
import { writeFile } from "node:fs/promises";
import { Codes, EngineError } from "@stat3/engine";
import {
  CONTEXT_IDS,
  DEFAULT_SELECTIONS,
  parseConcentration,
  type Regimen,
  type RunResult,
  runStat3,
  summarise,
} from "@stat3/stat3";
import type { Command } from "commander";
import { lineChartSvg } from "../render/line-chart.js";
import { writeFigure } from "../render/png.js";

/** "60min", "1.5h", "30s", "45" (min) → minutes. */
export function parseMinutes(name: string, text: string): number {
  const m = /^\s*([0-9]*\.?[0-9]+(?:e[-+]?[0-9]+)?)\s*(min|m|h|s|d)?\s*$/i.exec(text);
  if (!m)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `--${name} expects a time like 60min, 1.5h or 90 (minutes), got "${text}"`,
    );
  const v = Number(m[1]);
  const u = (m[2] ?? "min").toLowerCase();
  return u === "h" ? v * 60 : u === "s" ? v / 60 : u === "d" ? v * 1440 : v;
}

function parseNumber(name: string, text: string): number {
  const v = Number(text);
  if (text.trim() === "" || !Number.isFinite(v))
    throw new EngineError(Codes.SIM_BAD_SETTING, `--${name} expects a number, got "${text}"`);
  return v;
}

/** `--drug ruxolitinib=500nM` (repeatable or comma-separated) → { ruxolitinib: 500 } (nM). */
export function parseDrugs(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items.flatMap((s) => s.split(","))) {
    const eq = item.indexOf("=");
    if (eq <= 0)
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `--drug expects id=concentration (e.g. ruxolitinib=500nM), got "${item}"`,
      );
    out[item.slice(0, eq).trim()] = parseConcentration(item.slice(eq + 1));
  }
  return out;
}

/** `--regimen drug=bolus[@t][/halfLife]` or `drug=repeat:EVERY:DOSES[@first][/halfLife]` (times in min or with units). */
export function parseRegimens(items: string[]): Record<string, Regimen> {
  const out: Record<string, Regimen> = {};
  for (const item of items) {
    const m = /^([a-z0-9_]+)=(constant|bolus|repeat:([^:]+):(\d+))(?:@([^/]+))?(?:\/(.+))?$/i.exec(
      item.trim(),
    );
    if (!m)
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `--regimen expects drug=constant, drug=bolus[@t][/halfLife] or drug=repeat:EVERY:DOSES[@first][/halfLife], got "${item}"`,
      );
    const at =
      m[5] !== undefined
        ? parseMinutes("regimen", m[5].startsWith("-") ? m[5].slice(1) : m[5]) *
          (m[5].startsWith("-") ? -1 : 1)
        : undefined;
    const halfLife = m[6] !== undefined ? parseMinutes("regimen", m[6]) : undefined;
    if (m[2] === "constant") out[m[1]] = { kind: "constant" };
    else if (m[2] === "bolus") out[m[1]] = { kind: "bolus", at, halfLife };
    else
      out[m[1]] = {
        kind: "repeated",
        every: parseMinutes("regimen", m[3]),
        doses: Number(m[4]),
        first: at,
        halfLife,
      };
  }
  return out;
}

export interface RunCliOptions {
  context: string;
  il6: string;
  il6Stop?: string;
  egf: string;
  vegf: string;
  drug: string[];
  regimen: string[];
  preIncubate?: string;
  end: string;
  points: string;
  select?: string;
  out?: string;
}

export function resultToCsv(r: RunResult): string {
  const lines = [r.columns.join(",")];
  for (let i = 0; i < r.t.length; i++) lines.push(r.values.map((c) => String(c[i])).join(","));
  return `${lines.join("\n")}\n`;
}

export function runScenarioFromCli(o: RunCliOptions): RunResult {
  if (!CONTEXT_IDS.includes(o.context))
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `--context: unknown context "${o.context}"; known: ${CONTEXT_IDS.join(", ")}`,
    );
  const points = parseNumber("points", o.points);
  let selections = o.select
    ? o.select
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : ["time", ...DEFAULT_SELECTIONS.slice(1)];
  if (selections.length === 0) selections = DEFAULT_SELECTIONS;
  // "time" is a column like the others (the runner reports model time)
  const cols = selections.filter((s) => s !== "time");
  const r = runStat3({
    context: o.context,
    il6: parseNumber("il6", o.il6),
    il6Stop: o.il6Stop !== undefined ? parseMinutes("il6-stop", o.il6Stop) : undefined,
    egf: parseNumber("egf", o.egf),
    vegf: parseNumber("vegf", o.vegf),
    drugs: parseDrugs(o.drug),
    regimens: parseRegimens(o.regimen),
    preIncubate: o.preIncubate !== undefined ? parseMinutes("pre-incubate", o.preIncubate) : 0,
    end: parseMinutes("end", o.end),
    points,
    selections: cols.length > 0 ? cols : ["pSTAT3_fraction"],
  });
  // put time back where the user asked for it
  const columns: string[] = [];
  const values: Float64Array[] = [];
  for (const s of selections) {
    columns.push(s);
    values.push(s === "time" ? r.t : r.values[r.columns.indexOf(s)]);
  }
  return { columns, values, t: r.t, context: r.context };
}

export async function runRunCommand(o: RunCliOptions): Promise<void> {
  const r = runScenarioFromCli(o);
  const out = o.out;
  if (!out) {
    process.stdout.write(resultToCsv(r));
    return;
  }
  const lower = out.toLowerCase();
  const data = r.columns.map((c, k) => ({ c, v: r.values[k] })).filter((x) => x.c !== "time");
  if (lower.endsWith(".json")) {
    const rows: number[][] = [];
    for (let i = 0; i < r.t.length; i++) rows.push(r.values.map((c) => c[i]));
    const summary = summarise(
      r.t,
      data.map((x) => x.c),
      data.map((x) => x.v),
    );
    await writeFile(
      out,
      `${JSON.stringify({ context: r.context, columns: r.columns, rows, summary }, null, 1)}\n`,
    );
  } else if (lower.endsWith(".svg") || lower.endsWith(".png")) {
    const series = data.map((x) => ({ name: x.c, x: r.t, y: x.v }));
    const drugs = o.drug.length ? `, ${o.drug.join(", ")}` : "";
    await writeFigure(
      out,
      lineChartSvg(series, { title: `${r.context}: IL-6 ${o.il6} ng/mL${drugs}`, xLabel: "time (min)" }),
    );
  } else await writeFile(out, resultToCsv(r));
  process.stderr.write(`wrote ${out} (${r.t.length} rows × ${r.columns.length} columns)\n`);
}

export function registerRun(program: Command): void {
  program
    .command("run")
    .description("simulate the mechanistic STAT3 model in a cell context with IL-6 and drugs")
    .option("--context <name>", `cell context: ${CONTEXT_IDS.join(", ")}`, "hepatocyte")
    .option("--il6 <ng/mL>", "IL-6 added at t = 0 (ng/mL)", "0")
    .option("--il6-stop <time>", "wash IL-6 out at this time (pulse), e.g. 20min")
    .option("--egf <ng/mL>", "EGF in the medium (ng/mL)", "0")
    .option("--vegf <ng/mL>", "VEGF in the medium (ng/mL)", "0")
    .option(
      "--drug <id=conc>",
      "drug and concentration, e.g. ruxolitinib=500nM (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option(
      "--regimen <drug=spec>",
      "drug=bolus[@t][/halfLife] or drug=repeat:EVERY:DOSES[@first][/halfLife] (default constant)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option("--pre-incubate <time>", "drugs present this long before IL-6, e.g. 60min")
    .option("--end <time>", "end time (min, or with unit: 48h)", "120")
    .option("--points <n>", "number of output points (including 0 and end)", "121")
    .option(
      "--select <list>",
      "columns: time, pSTAT3_fraction, nuclear_pSTAT3_nM, SOCS3_mRNA_rel, hallmark_<name>, [species], parameter ids",
    )
    .option("--out <file>", "output: .csv, .json, .svg or .png (default: CSV to stdout)")
    .action(async (o: RunCliOptions) => runRunCommand(o));
}
