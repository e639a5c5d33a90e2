/**
 * `stat3 demo` — the quick-start job: runs on embedded defaults, needs no file or service.
 * Simulates an embedded published STAT-family signalling model (Boehm 2014, Epo → STAT5 dimers;
 * see packages/cli/assets/README.md), prints a summary table and writes CSV + PNG to out/demo/.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { compileModel, readSBML, simulate } from "@stat3/engine";
import { lineChartSvg } from "../render/line-chart.js";
import { writeFigure } from "../render/png.js";
import { solutionToCsv } from "./simulate.js";

const MODEL = fileURLToPath(new URL("../../assets/boehm2014-epo-stat5.xml", import.meta.url));

export async function runDemo(outDir: string): Promise<void> {
  const t0 = performance.now();
  const model = readSBML(await readFile(MODEL, "utf8"), { file: "boehm2014-epo-stat5.xml" });
  const compiled = compileModel(model);
  const t1 = performance.now();
  const selections = ["time", "[STAT5A]", "[STAT5B]", "[pApA]", "[pApB]", "[pBpB]", "[nucpApA]", "[nucpApB]", "[nucpBpB]"];
  const sol = simulate(compiled, { start: 0, end: 240, points: 241, selections, method: "auto" });
  const t2 = performance.now();
  const w = (s: string) => process.stdout.write(s);
  w("STAT3 Lab demo — Epo → JAK2 → STAT5A/B dimerisation and nuclear import (Boehm et al. 2014, J Proteome Res)\n");
  w(`model: ${model.species.length} species, ${model.reactions.length} reactions; compiled in ${(t1 - t0).toFixed(0)} ms, simulated 0–240 min in ${(t2 - t1).toFixed(1)} ms (${sol.stats.steps} steps)\n\n`);
  const header = sol.columns.map((c) => c.padStart(10)).join(" ");
  w(`${header}\n`);
  for (const minute of [0, 5, 10, 20, 30, 60, 120, 240]) {
    const i = sol.t.findIndex((t) => t >= minute - 1e-9);
    w(`${sol.values.map((col) => (col[i] < 1e-3 && col[i] !== 0 ? col[i].toExponential(2) : col[i].toFixed(4)).padStart(10)).join(" ")}\n`);
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(`${outDir}/boehm2014.csv`, solutionToCsv(sol));
  const series = sol.columns.slice(1).map((name, k) => ({ name, x: sol.t, y: sol.values[k + 1] }));
  await writeFigure(`${outDir}/boehm2014.png`, lineChartSvg(series, { title: "Epo-induced STAT5 dimerisation (Boehm 2014)", xLabel: "time [min]", yLabel: "concentration [model units]" }));
  w(`\nwrote ${outDir}/boehm2014.csv and ${outDir}/boehm2014.png\n`);
  w("next: stat3 simulate MODEL.xml --end 50 --points 101 --out run.png   ·   stat3 kb search SOCS3   ·   stat3 --help\n");
}

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("run the built-in demonstration on an embedded model (no input files needed)")
    .option("--out <dir>", "folder for the CSV and PNG", "out/demo")
    .action(async (o: { out: string }) => runDemo(o.out));
}
