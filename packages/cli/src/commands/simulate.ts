/**
 * `stat3 simulate MODEL.xml` — a time course of any SBML model, the way libRoadRunner users expect:
 * `--start/--end/--points`, selections `time`, `S1` (amount), `[S1]` (concentration), reaction ids
 * (rates); tolerances under their libRoadRunner names; output CSV/JSON by extension (stdout when no
 * `--out`), or a plot when the extension is .svg/.png.
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { EngineError, Codes, compileModel, listSolvers, simulate, type Solution } from "@stat3/engine";
import { readSbmlFile } from "../io/read-model.js";
import { lineChartSvg } from "../render/line-chart.js";
import { writeFigure } from "../render/png.js";

export interface SimulateCliOptions {
  start: string;
  end: string;
  points: string;
  select?: string;
  method: string;
  absoluteTolerance?: string;
  relativeTolerance?: string;
  maxSteps?: string;
  set: string[];
  out?: string;
}

function parseNumber(name: string, text: string): number {
  const v = Number(text);
  if (text.trim() === "" || !Number.isFinite(v)) {
    throw new EngineError(Codes.SIM_BAD_SETTING, `--${name} expects a finite number, got "${text}"`);
  }
  return v;
}

/** `--set k1=2.5` (repeatable, or comma separated) → { k1: 2.5 } */
export function parseAssignments(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items.flatMap((s) => s.split(","))) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new EngineError(Codes.SIM_BAD_SETTING, `--set expects id=value, got "${item}"`);
    const id = item.slice(0, eq).trim();
    out[id] = parseNumber(`set ${id}`, item.slice(eq + 1).trim());
  }
  return out;
}

export function solutionToCsv(sol: Solution): string {
  const lines = [sol.columns.join(",")];
  const n = sol.t.length;
  for (let i = 0; i < n; i++) {
    const row: string[] = [];
    for (const col of sol.values) row.push(formatValue(col[i]));
    lines.push(row.join(","));
  }
  return `${lines.join("\n")}\n`;
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "INF";
  if (v === -Infinity) return "-INF";
  return String(v);
}

export function solutionToJson(sol: Solution): string {
  const rows: number[][] = [];
  for (let i = 0; i < sol.t.length; i++) rows.push(sol.values.map((c) => c[i]));
  return `${JSON.stringify({ columns: sol.columns, rows, stats: sol.stats }, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v))}\n`;
}

export async function runSimulate(file: string, o: SimulateCliOptions): Promise<void> {
  const model = await readSbmlFile(file);
  const compiled = compileModel(model);
  const start = parseNumber("start", o.start);
  const end = parseNumber("end", o.end);
  const points = parseNumber("points", o.points);
  if (!Number.isInteger(points) || points < 2) throw new EngineError(Codes.SIM_BAD_SETTING, `--points must be an integer ≥ 2, got ${o.points}`);
  if (!(end > start)) throw new EngineError(Codes.SIM_BAD_SETTING, `--end (${end}) must be greater than --start (${start})`);
  const options: Record<string, number> = {};
  if (o.absoluteTolerance !== undefined) options.absoluteTolerance = parseNumber("absolute-tolerance", o.absoluteTolerance);
  if (o.relativeTolerance !== undefined) options.relativeTolerance = parseNumber("relative-tolerance", o.relativeTolerance);
  if (o.maxSteps !== undefined) options.maxSteps = parseNumber("max-steps", o.maxSteps);
  const selections = o.select?.split(",").map((s) => s.trim()).filter(Boolean);
  const sol = simulate(compiled, {
    start,
    end,
    points,
    selections,
    method: o.method,
    options,
    parameters: parseAssignments(o.set),
  });
  const out = o.out;
  if (!out) {
    process.stdout.write(solutionToCsv(sol));
    return;
  }
  const lower = out.toLowerCase();
  if (lower.endsWith(".json")) await writeFile(out, solutionToJson(sol));
  else if (lower.endsWith(".svg") || lower.endsWith(".png")) {
    const series = sol.columns.slice(1).map((name, k) => ({ name, x: sol.t, y: sol.values[k + 1] }));
    await writeFigure(out, lineChartSvg(series, { title: model.name ?? model.id, xLabel: "time" }));
  } else await writeFile(out, solutionToCsv(sol));
  process.stderr.write(`wrote ${out} (${sol.t.length} rows × ${sol.columns.length} columns)\n`);
}

export function registerSimulate(program: Command): void {
  program
    .command("simulate")
    .description("simulate an SBML model (Level 2 or 3) and write a time course")
    .argument("<model>", "SBML file")
    .option("--start <t>", "start time", "0")
    .option("--end <t>", "end time", "10")
    .option("--points <n>", "number of output points (including start and end)", "101")
    .option("--select <list>", "comma-separated columns: time, S (amount), [S] (concentration), reaction id (rate), parameter id")
    .option("--method <name>", `integrator: ${listSolvers().map((s) => s.name).join(", ")}`, "auto")
    .option("--absolute-tolerance <x>", "absolute_tolerance")
    .option("--relative-tolerance <x>", "relative_tolerance")
    .option("--max-steps <n>", "maximum_num_steps")
    .option("--set <id=value>", "override a parameter, compartment or species initial value (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--out <file>", "output file: .csv, .json, .svg or .png (default: CSV to stdout)")
    .action(async (file: string, o: SimulateCliOptions) => runSimulate(file, o));
}
