import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import {
  type PetabCondition,
  type PetabMeasurement,
  parseConditionTable,
  parseMeasurementTable,
  parseObservableTable,
} from "@stat3/fit";
import {
  buildPanels,
  ellipsize,
  fitFigures,
  fitPlotInput,
  fitScatterSvg,
  logTicks,
  sbmlTimeUnit,
  simulationColumn,
} from "../../src/render/fit-plot.js";
import { svgToPng } from "../../src/render/png.js";

const loc = { file: "t.tsv", line: 1 };
const cond = (id: string, values: Record<string, number>): PetabCondition => ({
  id,
  values: Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, { kind: "number" as const, value: v }]),
  ),
  loc,
});
const meas = (
  observableId: string,
  simulationConditionId: string,
  time: number,
  measurement: number,
  datasetId?: string,
): PetabMeasurement => ({
  observableId,
  simulationConditionId,
  time,
  measurement,
  observableParameters: [],
  noiseParameters: [],
  datasetId,
  extra: {},
  loc,
});
const markers = (svg: string) => [...svg.matchAll(/class="d" data-row="(\d+)"/g)].map((m) => Number(m[1]));

/**
 * A synthetic problem: a time course (2 replicates per time) in dataset "tc", and a dose response
 * (drug 0, 1, 10, 100, 1000 at t = 30, with and without a second input) in dataset "dr", whose
 * condition ids carry hostile characters.
 */
function synthetic() {
  const conditions = [
    cond("ctrl", { drug: 0, stim: 1 }),
    ...[0, 1, 10, 100, 1000].flatMap((d) => [
      cond(`d${d}&<x>`, { drug: d, stim: 1 }),
      cond(`d${d}_nostim`, { drug: d, stim: 0 }),
    ]),
  ];
  const measurements: PetabMeasurement[] = [];
  for (const t of [0, 5, 10, 20, 40])
    for (const r of [0, 1]) measurements.push(meas("A", "ctrl", t, 1 + t / 10 + r * 0.1, "tc"));
  for (const d of [0, 1, 10, 100, 1000]) {
    measurements.push(meas("A", `d${d}&<x>`, 30, 2 / (1 + d / 10), "dr"));
    measurements.push(meas("A", `d${d}_nostim`, 30, 0.5, "dr"));
  }
  const sim = measurements.map((m) => m.measurement * 1.05);
  const sigma = measurements.map(() => 0.05);
  const problem = {
    measurements,
    observables: [
      {
        id: "A",
        formula: "x",
        transformation: "log10" as const,
        noiseFormula: "s",
        noiseDistribution: "normal" as const,
        loc,
      },
    ],
    conditions,
    conditionTargets: ["drug", "stim"],
  };
  return { problem, sim, sigma };
}

test("synthetic: a time-course panel and a dose-response panel, each measurement one marker, ids escaped", () => {
  const { problem, sim, sigma } = synthetic();
  const input = fitPlotInput(problem, sim, sigma, { timeUnit: "min" });
  const [fig] = fitFigures(input);
  assert.equal(fig.panels.length, 2);
  assert.deepEqual(
    fig.panels.map((p) => p.kind),
    ["time", "dose"],
  );
  const dose = fig.panels[1];
  assert.equal(dose.xColumn, "drug");
  assert.deepEqual(
    dose.series.map((s) => s.label),
    ["stim=0", "stim=1"],
  );
  assert.equal(fig.panels[0].xLabel, "time [min]");
  // every measurement exactly once
  assert.deepEqual(
    markers(fig.svg).sort((a, b) => a - b),
    problem.measurements.map((_, i) => i),
  );
  // 5 doses from 0 to 1000: log x with 0 at the left
  assert.ok(fig.svg.includes("drug (log; 0 at left)"));
  // error bars: one per measurement (σ given)
  assert.equal(
    (fig.svg.match(/stroke-opacity="0.55" fill="none"/g) ?? []).length,
    problem.measurements.length,
  );
  // hostile ids: no raw & < > from user text
  assert.ok(!/&(?!amp;|lt;|gt;|quot;)/.test(fig.svg));
  assert.ok(!fig.svg.includes("<x>"));
  const withTitles = fitFigures({ ...input, conditions: [], conditionTargets: [] })[0];
  assert.ok(withTitles.svg.includes("d0&amp;&lt;x&gt;"), "condition id is escaped in the panel title");
  const png = svgToPng(fig.svg);
  assert.equal(String.fromCharCode(...png.slice(1, 4)), "PNG");
  const scatter = fitScatterSvg(input);
  assert.equal((scatter.match(/class="d"/g) ?? []).length, problem.measurements.length);
  assert.ok(scatter.includes("(log)"));
});

test("panel cap: a visible note with the number of panels and measurements left out", () => {
  const conditions = Array.from({ length: 20 }, (_, k) => cond(`c${k}`, { u: k }));
  const measurements = conditions.flatMap((c) => [0, 1, 2].map((t) => meas("B", c.id, t, 1 + t)));
  const input = fitPlotInput(
    {
      measurements,
      observables: [
        { id: "B", formula: "x", transformation: "lin", noiseFormula: "1", noiseDistribution: "normal", loc },
      ],
      conditions,
      conditionTargets: ["u"],
    },
    measurements.map((m) => m.measurement),
    undefined,
    { maxPanels: 16 },
  );
  const [fig] = fitFigures(input);
  assert.equal(fig.panels.length, 16);
  assert.equal(fig.omittedPanels, 4);
  assert.equal(fig.omittedMeasurements, 12);
  assert.ok(fig.svg.includes("… and 4 more panels (12 measurements) in simulations.tsv"));
  assert.equal(markers(fig.svg).length, 48);
});

test("helpers: middle ellipsis, log ticks, SBML time unit, simulation table check", () => {
  assert.equal(ellipsize("short", 10), "short");
  const e = ellipsize("braun_app_hep_2013_10_14_qPCR_140109_IL6DR", 30);
  assert.equal(e.length, 30);
  assert.ok(e.endsWith("IL6DR") && e.includes("…"));
  assert.deepEqual(logTicks(0.001, 1000), [0.001, 0.01, 0.1, 1, 10, 100, 1000]);
  const t = logTicks(0.15, 1.1);
  assert.ok(t.length >= 3 && t.every((v) => v >= 0.15 && v <= 1.1), String(t));
  // the unit's definition decides (Boehm 2014 names it "time", 60 s); else its name
  const def = (name: string, unit: string) =>
    `<model id="m"><listOfUnitDefinitions><unitDefinition id="time" name="${name}"><listOfUnits>${unit}</listOfUnits></unitDefinition>`;
  assert.equal(
    sbmlTimeUnit(def("time", '<unit kind="second" exponent="1" scale="0" multiplier="60"/>')),
    "min",
  );
  assert.equal(sbmlTimeUnit(def("hour", '<unit kind="second" multiplier="3600"/>')), "h");
  assert.equal(sbmlTimeUnit(def("weeks", '<unit kind="second" multiplier="604800"/>')), "weeks");
  assert.equal(sbmlTimeUnit(def("time", '<unit kind="second" multiplier="7"/>')), undefined);
  assert.equal(sbmlTimeUnit('<model id="m">'), undefined);
  assert.equal(sbmlTimeUnit('<model id="m" timeUnits="second">'), "s");
  const ms = [meas("A", "c", 1, 2)];
  assert.throws(
    () => simulationColumn("observableId\tsimulationConditionId\ttime\tsimulation\nA\tc\t2\t1\n", ms),
    /simulations.tsv:2: row does not match measurement 1/,
  );
  assert.equal(
    simulationColumn("observableId\tsimulationConditionId\ttime\tsimulation\nA\tc\t1\t1.5\n", ms)[0],
    1.5,
  );
});

const SOB = "/work/shared/petab/Sobotta_Frontiers2017_STAT3";
// the best fit of docs/results/sobotta-fit-spread0.5 (stat3 fit --around nominal --spread 0.5)
const SIMS = new URL("../../../../docs/results/sobotta-fit-spread0.5/simulations.tsv", import.meta.url)
  .pathname;

test("Sobotta 2017: dose responses grouped by the varying column, every measurement one marker", (t) => {
  if (!existsSync(SOB) || !existsSync(SIMS)) {
    t.skip(`needs ${SOB} and ${SIMS}`);
    return;
  }
  const read = (f: string) => readFileSync(`${SOB}/${f}_Sobotta_Frontiers2017_STAT3.tsv`, "utf8");
  const measurements = parseMeasurementTable(read("measurementData"));
  const ct = parseConditionTable(read("experimentalCondition"));
  const observables = parseObservableTable(read("observables"));
  const sim = simulationColumn(readFileSync(SIMS, "utf8"), measurements);
  assert.equal(measurements.length, 2220);
  const problem = {
    measurements,
    observables,
    conditions: ct.conditions,
    conditionTargets: ct.targets,
    sbml: [{ text: readFileSync(`${SOB}/model_Sobotta_Frontiers2017_STAT3.xml`, "utf8") }],
  };
  const input = fitPlotInput(problem, sim, undefined, { maxPanels: 1000 });
  assert.equal(input.timeUnit, "min");
  const figs = fitFigures(input);
  assert.equal(figs.length, 12);
  // uncapped: every measurement is exactly one marker
  const rows = figs.flatMap((f) => markers(f.svg)).sort((a, b) => a - b);
  assert.deepEqual(
    rows,
    measurements.map((_, i) => i),
  );
  // the ruxolitinib dose response (IL-6 0 or 40 ng/mL, ruxolitinib 0…5000): x = input_ruxolitinib, split by input_il6
  const conds = new Map(ct.conditions.map((c) => [c.id, c]));
  const rux = buildPanels(
    input.rows.filter((r) => r.datasetId === "braun_hep_2013_06_03_Ruxolitinib"),
    conds,
    ct.targets,
    "min",
  );
  assert.equal(rux.length, 1);
  assert.equal(rux[0].kind, "dose");
  assert.equal(rux[0].xColumn, "input_ruxolitinib");
  assert.deepEqual(
    rux[0].series.map((s) => s.label),
    ["input_il6=0", "input_il6=40"],
  );
  // no empty panels: each panel has data
  for (const f of figs) for (const p of f.panels) assert.ok(p.series.some((s) => s.points.length > 0));
  // default cap: 16 panels and the note
  const capped = fitFigures({ ...input, maxPanels: undefined });
  const wb = capped.find((f) => f.observableId === "pSTAT3_wb");
  assert.ok(wb);
  assert.equal(wb.panels.length, 16);
  assert.ok(wb.omittedPanels > 0);
  assert.ok(wb.svg.includes(`… and ${wb.omittedPanels} more panels`));
  assert.ok(wb.svg.length < 200_000, `pSTAT3_wb figure is ${wb.svg.length} bytes`);
  // scatter: all 2220 measurements, log-log (all but pSTAT3_ms are log10-transformed)
  const scatter = fitScatterSvg(input);
  assert.equal((scatter.match(/class="d"/g) ?? []).length, 2220);
});

/** the vertices of a path "M x y L x y …" */
const vertices = (d: string) => [...d.matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map((m) => `${m[1]} ${m[2]}`);
const fitPaths = (svg: string) =>
  [
    ...svg.matchAll(
      /<path d="([^"]+)" fill="none" stroke="[^"]+" stroke-width="2" stroke-opacity="0.85"\/>/g,
    ),
  ].map((m) => m[1]);

test("dense trajectories: the time-course fit line has the grid's points and passes through the simulated values", () => {
  // a model response peaking at t = 5 (value 2.5), between the measurements at 0, 10, 20 and 40
  const f = (t: number) => 1 + 1.5 * (t / 5) * Math.exp(1 - t / 5);
  const times = [0, 10, 20, 40];
  const measurements = times.map((t, i) => meas("A", "ctrl", t, [0.9, 2.2, 1.3, 1.05][i], "tc"));
  // a dose response in the same figure keeps its polyline through the simulated values
  measurements.push(meas("A", "d1", 30, 2, "dr"), meas("A", "d2", 30, 1.5, "dr"));
  const conditions = [cond("ctrl", { drug: 0 }), cond("d1", { drug: 1 }), cond("d2", { drug: 10 })];
  const problem = {
    measurements,
    observables: [
      {
        id: "A",
        formula: "x",
        transformation: "lin" as const,
        noiseFormula: "1",
        noiseDistribution: "normal" as const,
        loc,
      },
    ],
    conditions,
    conditionTargets: ["drug"],
  };
  const sim = measurements.map((m) => (m.datasetId === "tc" ? f(m.time) : m.measurement * 0.9));
  // the grid: 0…40 in 161 points (0, 10, 20, 40 among them)
  const grid = Array.from({ length: 161 }, (_, k) => (40 * k) / 160);
  const trajectory = { rows: [0, 1, 2, 3], time: grid, value: grid.map(f) };
  const dense = fitFigures(fitPlotInput(problem, sim, undefined, { trajectories: [trajectory] }))[0];
  const plain = fitFigures(fitPlotInput(problem, sim))[0];
  assert.deepEqual(
    dense.panels.map((p) => p.kind),
    ["time", "dose"],
  );
  const [timeLine, doseLine] = fitPaths(dense.svg);
  assert.equal(fitPaths(dense.svg).length, 2);
  const v = vertices(timeLine);
  assert.equal(v.length, 161);
  // the dense line is drawn on an axis that covers its peak (2.5 > every simulated value at a measured
  // time); through the simulated values at the measurement times: x pixel of the measured time, y
  // pixel by the same linear map as the line's own vertices
  const xy = v.map((s) => s.split(" ").map(Number));
  const yOf = (val: number) => {
    // y pixel is linear in the value: fit it from two grid points
    const [a, b] = [xy[0], xy[80]];
    const [va, vb] = [f(grid[0]), f(grid[80])];
    return a[1] + ((val - va) / (vb - va)) * (b[1] - a[1]);
  };
  for (const t of times) {
    const k = grid.indexOf(t);
    assert.ok(k >= 0);
    assert.ok(Math.abs(xy[k][1] - yOf(f(t))) < 0.6, `t=${t}: y ${xy[k][1]} vs ${yOf(f(t))}`);
  }
  const peak = Math.min(...xy.map((p) => p[1])); // SVG y grows downwards
  assert.ok(Math.abs(peak - yOf(2.5)) < 0.6, "the line reaches the peak between the measurements");
  assert.ok(peak < Math.min(...times.map((t) => yOf(f(t)))) - 5);
  // the dose panel and the markers are unchanged
  assert.equal(vertices(doseLine).length, 2);
  assert.equal(fitPaths(plain.svg)[1], doseLine);
  assert.equal(
    vertices(fitPaths(plain.svg)[0]).length,
    4,
    "without trajectories: the polyline through the 4 times",
  );
  assert.deepEqual(markers(dense.svg), markers(plain.svg));
  // a series whose rows lack a trajectory keeps the polyline; two trajectories (per-row overrides): two lines
  const partial = fitFigures(
    fitPlotInput(problem, sim, undefined, { trajectories: [{ ...trajectory, rows: [0, 1] }] }),
  )[0];
  assert.equal(vertices(fitPaths(partial.svg)[0]).length, 4);
  const two = fitFigures(
    fitPlotInput(problem, sim, undefined, {
      trajectories: [
        { ...trajectory, rows: [0, 1] },
        { rows: [2, 3], time: grid, value: grid.map((t) => 0.9 * f(t)) },
      ],
    }),
  )[0];
  assert.deepEqual(
    fitPaths(two.svg).map((d) => vertices(d).length),
    [161, 161, 2],
  );
});
