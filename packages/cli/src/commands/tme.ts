/**
 * `stat3 tme run --scenario NAME [--therapy stattic@25mg/kg/day ...] [--days 60] [--out tme.png|.svg|.csv|.json]`
 * — the tumour-microenvironment population model of the review's Fig. 2 (packages/stat3/src/tme): tumour
 * volume, every population and the STAT3 read-outs over time, under STAT3 inhibitors and checkpoint
 * antibodies dosed with pharmacokinetics. `stat3 tme list` shows the scenarios, agents and Fig. 2 rules;
 * `stat3 tme abm --scenario NAME --out abm.png` draws the 2-D lattice layer (where the CD8 T cells are).
 */
import { writeFile } from "node:fs/promises";
import { EngineError } from "@stat3/engine";
import {
  type AbmResult,
  listTmeAgents,
  runAbm,
  runTmeScenario,
  STAT3_RULES,
  TME_SCENARIOS,
  TmeCodes,
  type TmeRun,
  timeMean,
} from "@stat3/stat3";
import type { Command } from "commander";
import { lineChartSvg, type Series } from "../render/line-chart.js";
import { writeFigure } from "../render/png.js";

export interface TmeRunCliOptions {
  scenario: string;
  therapy: string[];
  replaceTherapies?: boolean;
  days: string;
  perDay: string;
  out?: string;
}

const g = (v: number) =>
  Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0)
    ? v.toExponential(2)
    : String(Number(v.toPrecision(3)));

/** Columns of the stdout summary. */
const SUMMARY: [string, string][] = [
  ["tumour_volume_mm3", "tumour_mm3"],
  ["csc_fraction", "CSC_frac"],
  ["E", "CD8"],
  ["N", "NK"],
  ["dc_mature_fraction", "DCmat_frac"],
  ["m2_fraction", "M2_frac"],
  ["MDSC", "MDSC"],
  ["Treg", "Treg"],
  ["S_T", "STAT3_tumour"],
  ["S_E", "STAT3_Tcell"],
  ["cd8_kill_rate", "CD8_kill/d"],
];

export function formatTmeSummary(
  run: TmeRun & { scenario: { id: string; title: string } },
  days: number,
): string {
  const lines = [
    `# TME scenario ${run.scenario.id}: ${run.scenario.title}; therapies: ${run.therapies.map((r) => r.text).join(" + ") || "none"}`,
    ["day", ...SUMMARY.map(([, h]) => h)].join("\t"),
  ];
  const step = days <= 20 ? 2 : days <= 60 ? 10 : Math.ceil(days / 60) * 10;
  for (let d = 0; d <= days + 1e-9; d += step) {
    const i = run.t.findIndex((t) => t >= d - 1e-9);
    lines.push([g(d), ...SUMMARY.map(([k]) => g(run.series[k]![i]!))].join("\t"));
  }
  lines.push(`mean tumour volume over ${g(days)} days: ${g(timeMean(run, "tumour_volume_mm3"))} mm³`);
  return `${lines.join("\n")}\n`;
}

function toCsv(run: TmeRun): string {
  const names = run.columns.slice(1);
  const rows = [run.columns.join(",")];
  for (let i = 0; i < run.t.length; i++)
    rows.push([run.t[i], ...names.map((n) => run.series[n]![i])].join(","));
  return `${rows.join("\n")}\n`;
}

/** Four stacked overlays: tumour volume, immune/stromal cells (log), fractions and STAT3, drug exposure. */
export function tmeFigureSvg(run: TmeRun & { scenario: { id: string; title: string } }): string {
  const W = 900;
  const H = 330;
  const t = run.t;
  const s = (name: string, key: string): Series => ({ name, x: t, y: run.series[key]! });
  const floor = (y: Float64Array) => y.map((v) => Math.max(v, 1));
  const panels: string[] = [];
  const title = `${run.scenario.id}: ${run.therapies.map((r) => r.text).join(" + ") || "no therapy"}`;
  panels.push(
    lineChartSvg([s("tumour volume (mm³)", "tumour_volume_mm3")], {
      title: `TME — ${title}`,
      xLabel: "day",
      yLabel: "tumour volume (mm³)",
      width: W,
      height: H,
      layout: "overlay",
    }),
  );
  const cells: [string, string][] = [
    ["CD8 T", "E"],
    ["NK", "N"],
    ["DC mature", "Dm"],
    ["M1", "M1"],
    ["M2", "M2"],
    ["MDSC", "MDSC"],
    ["Treg", "Treg"],
    ["B", "B"],
    ["CAF", "F"],
  ];
  panels.push(
    lineChartSvg(
      cells.map(([n, k]) => ({ name: n, x: t, y: floor(run.series[k]!) })),
      {
        title: "immune and stromal populations (cells)",
        xLabel: "day",
        yLabel: "cells",
        logY: true,
        width: W,
        height: H,
        layout: "overlay",
      },
    ),
  );
  panels.push(
    lineChartSvg(
      [
        s("STAT3 tumour", "S_T"),
        s("STAT3 T cells", "S_E"),
        s("STAT3 endothelium", "S_En"),
        s("M2 fraction", "m2_fraction"),
        s("DC mature fraction", "dc_mature_fraction"),
        s("CSC fraction", "csc_fraction"),
        s("anti-PD-1/PD-L1 occupancy", "occ_pd1"),
      ],
      {
        title: "STAT3 activity and fractions",
        xLabel: "day",
        yLabel: "fraction",
        width: W,
        height: H,
        layout: "overlay",
      },
    ),
  );
  const conc = run.therapies.map((r) => ({
    name: `${r.agent.id} (nM)`,
    x: t,
    y: run.series[`conc_${r.agent.id}`]!.map((v) => Math.max(v, 1e-2)),
  }));
  if (conc.length)
    panels.push(
      lineChartSvg(conc, {
        title: "drug exposure (nM)",
        xLabel: "day",
        yLabel: "nM",
        logY: true,
        width: W,
        height: H,
        layout: "overlay",
      }),
    );
  // stack the panels as nested <svg> elements
  const heights = panels.map((p) => Number(/height="([0-9.]+)"/.exec(p)?.[1] ?? H));
  const total = heights.reduce((a, b) => a + b, 0);
  let y = 0;
  const body = panels.map((p, k) => {
    const out = p.replace(/^<svg /, `<svg x="0" y="${y}" `);
    y += heights[k]!;
    return out;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${total}" viewBox="0 0 ${W} ${total}">${body.join("")}</svg>`;
}

export async function runTmeCli(o: TmeRunCliOptions): Promise<TmeRun> {
  const days = Number(o.days);
  if (!(days > 0) || !Number.isFinite(days))
    throw new EngineError(
      TmeCodes.TME_BAD_OPTION,
      `--days expects a positive number of days, got "${o.days}"`,
    );
  const perDay = Number(o.perDay);
  if (!(perDay > 0) || !Number.isFinite(perDay))
    throw new EngineError(TmeCodes.TME_BAD_OPTION, `--per-day expects a positive number, got "${o.perDay}"`);
  const lower = o.out?.toLowerCase();
  if (lower && !/\.(png|svg|csv|json)$/.test(lower))
    throw new EngineError(
      TmeCodes.TME_BAD_OPTION,
      `--out: unknown format of "${o.out}" (use .png, .svg, .csv or .json)`,
    );
  const run = runTmeScenario({
    scenario: o.scenario,
    therapies: o.therapy,
    replaceTherapies: o.replaceTherapies,
    days,
    perDay,
  });
  process.stdout.write(formatTmeSummary(run, days));
  if (o.out && lower) {
    if (lower.endsWith(".csv")) await writeFile(o.out, toCsv(run));
    else if (lower.endsWith(".json")) {
      const series: Record<string, number[]> = {};
      for (const [k, v] of Object.entries(run.series)) series[k] = Array.from(v);
      const json = {
        scenario: run.scenario,
        therapies: run.therapies.map((r) => ({
          text: r.text,
          agent: r.agent.id,
          dose_mg_per_kg: r.dose,
          every_days: r.every,
          route: r.route,
          from: r.from,
          to: r.to,
        })),
        days,
        t: Array.from(run.t),
        series,
      };
      await writeFile(o.out, `${JSON.stringify(json)}\n`);
    } else await writeFigure(o.out, tmeFigureSvg(run));
    process.stderr.write(`wrote ${o.out}\n`);
  }
  return run;
}

const ABM_COLOURS = ["#ffffff", "#f4a6a6", "#8b0000", "#d2b48c", "#1f4e9e"];

/** The lattice frames side by side: tumour (pink), CSC (dark red), CAF (tan), vessels (blue), CD8 (green), MDSC (purple). */
export function abmSvg(a: AbmResult, title: string): string {
  const cell = 5;
  const L = a.size;
  const gap = 20;
  const W = a.frames.length * (L * cell + gap) + gap;
  const H = L * cell + 110;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="22" font-size="15" text-anchor="middle" font-weight="bold">${title.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</text>`,
  ];
  a.frames.forEach((f, k) => {
    const x0 = gap + k * (L * cell + gap);
    const y0 = 50;
    const st = a.stats.find((s) => s.day === Math.round(f.day));
    out.push(
      `<text x="${x0 + (L * cell) / 2}" y="${y0 - 8}" font-size="13" text-anchor="middle">day ${Math.round(f.day)}${st ? ` — tumour ${st.tumour}, CD8 touching tumour ${st.cd8Core + st.cd8Margin}/${st.cd8Total}` : ""}</text>`,
      `<rect x="${x0}" y="${y0}" width="${L * cell}" height="${L * cell}" fill="white" stroke="#999"/>`,
    );
    for (let i = 0; i < L * L; i++) {
      const c = f.cells[i]!;
      const x = x0 + (i % L) * cell;
      const y = y0 + Math.floor(i / L) * cell;
      if (c) out.push(`<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${ABM_COLOURS[c]}"/>`);
      const im = f.immune[i]!;
      if (im)
        out.push(
          `<circle cx="${x + cell / 2}" cy="${y + cell / 2}" r="${cell / 2}" fill="${im === 1 ? "#1a9e3a" : "#7b3fa0"}"/>`,
        );
    }
  });
  const legend: [string, string][] = [
    ["tumour", ABM_COLOURS[1]!],
    ["cancer stem cell", ABM_COLOURS[2]!],
    ["CAF", ABM_COLOURS[3]!],
    ["vessel", ABM_COLOURS[4]!],
    ["CD8 T cell", "#1a9e3a"],
    ["MDSC", "#7b3fa0"],
  ];
  legend.forEach(([name, col], k) => {
    const x = gap + k * 150;
    out.push(
      `<rect x="${x}" y="${H - 35}" width="12" height="12" fill="${col}"/>`,
      `<text x="${x + 18}" y="${H - 24}" font-size="12">${name}</text>`,
    );
  });
  out.push("</svg>");
  return out.join("");
}

const collect = (v: string, acc: string[]) => [...acc, v];

export function registerTme(program: Command): void {
  const tme = program
    .command("tme")
    .description("tumour microenvironment (Fig. 2): populations with STAT3 in each, therapy with PK");
  tme
    .command("run")
    .description("simulate a TME scenario, print a summary, optionally write a figure or the data")
    .requiredOption("--scenario <name>", `one of: ${TME_SCENARIOS.map((s) => s.id).join(", ")}`)
    .option(
      "--therapy <agent@dose>",
      "add a therapy, e.g. stattic@25mg/kg/day, anti_pd1@10mg/kg/3d,from=7, ruxolitinib@50mg/kg/12h,oral (repeatable)",
      collect,
      [],
    )
    .option("--replace-therapies", "drop the scenario's own therapies and use only --therapy")
    .option("--days <n>", "simulated days", "60")
    .option("--per-day <n>", "output points per day", "4")
    .option("--out <file>", "figure (.png, .svg) or data (.csv, .json)")
    .action(async (o: TmeRunCliOptions) => {
      await runTmeCli(o);
    });
  tme
    .command("abm")
    .description(
      "2-D lattice agent-based layer driven by a scenario run: where the CD8 T cells are (picture)",
    )
    .requiredOption("--scenario <name>", `one of: ${TME_SCENARIOS.map((s) => s.id).join(", ")}`)
    .option("--therapy <agent@dose>", "add a therapy (repeatable), as for `tme run`", collect, [])
    .option("--replace-therapies", "drop the scenario's own therapies and use only --therapy")
    .option("--days <n>", "simulated days", "30")
    .option("--seed <n>", "random seed", "1")
    .option("--size <n>", "lattice side (sites of 20 µm)", "80")
    .requiredOption("--out <file>", "picture (.png or .svg)")
    .action(async (o: TmeRunCliOptions & { seed: string; size: string; out: string }) => {
      const days = Number(o.days);
      const seed = Number(o.seed);
      const size = Number(o.size);
      if (!(days > 0) || !Number.isInteger(seed) || !(Number.isInteger(size) && size >= 20 && size <= 400))
        throw new EngineError(
          TmeCodes.TME_BAD_OPTION,
          "--days > 0, an integer --seed and an integer --size in 20..400 expected",
        );
      if (!/\.(png|svg)$/i.test(o.out))
        throw new EngineError(
          TmeCodes.TME_BAD_OPTION,
          `--out: the lattice picture is .png or .svg, got "${o.out}"`,
        );
      const run = runTmeScenario({
        scenario: o.scenario,
        therapies: o.therapy,
        replaceTherapies: o.replaceTherapies,
        days,
      });
      const a = runAbm(run, { days, seed, size });
      const lines = ["day\ttumour\tCD8_total\tCD8_core\tCD8_margin\tCD8_contact_per_100_tumour"];
      for (const s of a.stats)
        lines.push(
          [s.day, s.tumour, s.cd8Total, s.cd8Core, s.cd8Margin, s.contactPer100.toFixed(2)].join("\t"),
        );
      process.stdout.write(`${lines.join("\n")}\n`);
      const title = `${run.scenario.id}: ${run.therapies.map((r) => r.text).join(" + ") || "no therapy"} (lattice, seed ${seed})`;
      await writeFigure(o.out, abmSvg(a, title));
      process.stderr.write(`wrote ${o.out}\n`);
    });
  tme
    .command("list")
    .description("scenarios, therapy agents and the Fig. 2 STAT3 rules with the review's references")
    .action(() => {
      const lines = ["# scenarios"];
      for (const s of TME_SCENARIOS)
        lines.push(`${s.id}\t${s.title}\t${s.therapies.join(" + ") || "-"}\t${s.claim}`);
      lines.push("# agents", listTmeAgents().join(", "), "# Fig. 2 rules (population: effect [review refs])");
      for (const r of STAT3_RULES)
        lines.push(`${r.id}\t${r.population}: ${r.effect} [${r.refs.join(", ") || "Fig. 2 legend"}]`);
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}
