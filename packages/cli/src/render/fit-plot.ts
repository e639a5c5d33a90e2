/**
 * Fit-vs-data figures for `stat3 fit`: per observable, small multiples of the measurements (markers,
 * ±σ error bars on the observable's transformation scale) and the simulation at the best fit (lines),
 * plus one simulated-vs-measured scatter over all observables. Layout conventions follow the PEtab
 * visualization guidance (data as points with error bars, simulations as lines; Schmiester et al. 2021,
 * doi:10.1371/journal.pcbi.1008646) and small multiples (Tufte, The Visual Display of Quantitative
 * Information, 1983). Tick values: Heckbert's nice numbers (via line-chart.ts).
 *
 * Grouping, per observable:
 *  - a (dataset, pre-equilibration, condition) measured at two or more times → one time-course panel;
 *  - conditions measured at a single time (dose responses) → one panel per (dataset, time) with x = the
 *    condition-table column whose value varies most across those conditions (log x when the positive
 *    values span more than 1.5 decades; 0 drawn at the left edge), other varying columns split the
 *    panel into series;
 *  - without a datasetId, the observable/noise parameter overrides stand in for it (different
 *    overrides scale the same condition differently, so they must not share a line).
 * Every measurement is one data marker (`class="d"`); replicates at the same x are spread by a few pixels.
 *
 * Fit lines: given the model trajectories on a dense time grid (`trajectories`, from
 * PetabObjective.trajectories), a time-course panel draws the fit through them — the model trajectory, as
 * pyPESTO and Data2Dynamics plot it, so peaks between measurements are shown — one line per trajectory
 * of its rows (rows with different observable-parameter overrides have different ones); the y axis
 * covers the whole trajectory. Without them (or for a series some of whose rows have none), the line
 * joins the simulated values at the measured times. Dose-response panels always join the simulated
 * values at the measured doses (one simulation per dose: nothing lies between).
 */
import type { ObservableTransformation, PetabCondition, PetabMeasurement, PetabObservable } from "@stat3/fit";
import { niceTicks } from "./line-chart.js";

export interface FitPlotRow {
  /** index of the measurement in the measurement table (kept in the SVG as data-row) */
  row: number;
  observableId: string;
  conditionId: string;
  preequilibrationConditionId?: string;
  datasetId?: string;
  /** overrides (observableParameters;noiseParameters), used to group when datasetId is absent */
  overrides?: string;
  time: number;
  /** linear scale, as in the PEtab measurement table */
  measurement: number;
  /** simulated observable at the best fit, linear scale */
  simulation: number;
  /** noise σ on the observable's transformation scale (log10 units for log10 observables), if known */
  sigma?: number;
}

/**
 * A model trajectory on a dense time grid (structurally PetabObjective.trajectories' elements): the
 * measurement rows it belongs to and the observable (linear scale) at each time.
 */
export interface FitTrajectory {
  rows: number[];
  time: ArrayLike<number>;
  value: ArrayLike<number>;
}

export interface FitPlotInput {
  rows: FitPlotRow[];
  /** dense model trajectories for the time-course fit lines (optional; see the header) */
  trajectories?: FitTrajectory[];
  /** observableId → transformation (default lin) */
  transformations: Record<string, ObservableTransformation>;
  /** observableId → readable name (panel figure subtitle, scatter legend) */
  observableNames?: Record<string, string>;
  /** conditions of the condition table with their target values; columns in table order */
  conditions: PetabCondition[];
  conditionTargets: string[];
  /** model time unit for axis labels, e.g. "min" */
  timeUnit?: string;
  /** panels per observable figure (default 16) */
  maxPanels?: number;
}

export interface PanelSeries {
  label: string;
  /** one point per measurement: x, measurement, simulation, σ, row */
  points: { x: number; m: number; s: number; sigma?: number; row: number; cond: string }[];
  /** time panels with trajectories: the fit lines (one per distinct trajectory of the points' rows) */
  curves?: FitTrajectory[];
}

export interface FitPanel {
  kind: "time" | "dose";
  title: string;
  subtitle: string;
  xLabel: string;
  /** the condition-table column on x for dose panels */
  xColumn?: string;
  /** pre-equilibration condition, if any */
  preeq?: string;
  series: PanelSeries[];
}

export interface ObservableFigure {
  observableId: string;
  panels: FitPanel[];
  /** panels not drawn (over maxPanels) and their measurements */
  omittedPanels: number;
  omittedMeasurements: number;
  svg: string;
}

const PALETTE = [
  "#1f77b4",
  "#d62728",
  "#2ca02c",
  "#ff7f0e",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#7f7f7f",
  "#bcbd22",
  "#393b79",
  "#637939",
];

export const escXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Truncates to `max` characters with an ellipsis (before escaping). Ids that differ only at the end
 * (dataset_2013_10_14_qPCR_140109_IL6DR vs …_140224_…) stay apart: the ellipsis goes in the middle,
 * keeping about a third of the budget for the end.
 */
export function ellipsize(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max < 12) return `${s.slice(0, Math.max(1, max - 1))}…`;
  const tail = Math.floor((max - 1) / 3);
  return `${s.slice(0, max - 1 - tail)}…${s.slice(s.length - tail)}`;
}

// loops, not Math.min(...xs): spreading 10⁵ values overflows the call stack
const minOf = (xs: number[]): number => xs.reduce((a, b) => Math.min(a, b), Infinity);
const maxOf = (xs: number[]): number => xs.reduce((a, b) => Math.max(a, b), -Infinity);

function fmt(v: number): string {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(0).replace("e+", "e");
  return Number(v.toPrecision(4)).toString();
}

/** Rows in measurement order from a problem's measurements and the objective's simulation/σ arrays. */
export function fitRowsFromMeasurements(
  measurements: PetabMeasurement[],
  simulation: ArrayLike<number>,
  sigma?: ArrayLike<number>,
): FitPlotRow[] {
  if (simulation.length !== measurements.length)
    throw new Error(
      `fit plot: ${simulation.length} simulated values for ${measurements.length} measurements — the simulation table must have one row per measurement, in measurement order`,
    );
  return measurements.map((m, i) => ({
    row: i,
    observableId: m.observableId,
    conditionId: m.simulationConditionId,
    preequilibrationConditionId: m.preequilibrationConditionId,
    datasetId: m.datasetId,
    overrides: `${m.observableParameters.join(";")}|${m.noiseParameters.join(";")}`,
    time: m.time,
    measurement: m.measurement,
    simulation: simulation[i],
    sigma: sigma ? sigma[i] : undefined,
  }));
}

/**
 * The `simulation` column of a PEtab simulation table (e.g. simulations.tsv of `stat3 fit`), checked row
 * by row against the measurements (observableId, simulationConditionId and time must match).
 */
export function simulationColumn(
  text: string,
  measurements: PetabMeasurement[],
  file = "simulations.tsv",
): Float64Array {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const head = lines[0].split("\t");
  const col = (n: string) => {
    const k = head.indexOf(n);
    if (k < 0) throw new Error(`${file}:1: no "${n}" column — is this a PEtab simulation table?`);
    return k;
  };
  const [cs, co, cc, ct] = [
    col("simulation"),
    col("observableId"),
    col("simulationConditionId"),
    col("time"),
  ];
  if (lines.length - 1 !== measurements.length)
    throw new Error(`${file}: ${lines.length - 1} rows for ${measurements.length} measurements`);
  const out = new Float64Array(measurements.length);
  for (let i = 0; i < measurements.length; i++) {
    const f = lines[i + 1].split("\t");
    const m = measurements[i];
    const t = f[ct] === "inf" ? Infinity : Number(f[ct]);
    if (f[co] !== m.observableId || f[cc] !== m.simulationConditionId || t !== m.time)
      throw new Error(
        `${file}:${i + 2}: row does not match measurement ${i + 1} (${m.observableId}, ${m.simulationConditionId}, t=${m.time})`,
      );
    out[i] = Number(f[cs]);
  }
  return out;
}

/**
 * Model time unit from SBML text: the unit definition the model's time uses (L3 `timeUnits`, else the
 * L2 built-in "time"), read from its <unit kind="second"> (multiplier·10^scale s → s, min, h, d, ms),
 * else its name when that is not just "time". undefined when nothing says.
 */
export function sbmlTimeUnit(sbml: string): string | undefined {
  const model = sbml.match(/<model\b[^>]*>/)?.[0] ?? "";
  const id = model.match(/\btimeUnits="([^"]+)"/)?.[1] ?? "time";
  if (id === "second") return "s";
  const safe = id.replace(/[^A-Za-z0-9_]/g, "");
  const def = sbml.match(
    new RegExp(`<unitDefinition\\b[^>]*\\bid="${safe}"[^>]*>([\\s\\S]*?)</unitDefinition>`),
  );
  if (!def) return id === "time" ? undefined : id;
  const units = [...def[1].matchAll(/<unit\b[^>]*>/g)].map((u) => u[0]);
  if (units.length === 1 && /\bkind="second"/.test(units[0]) && !/\bexponent="(?!1(\.0*)?")/.test(units[0])) {
    const mult = Number(units[0].match(/\bmultiplier="([^"]+)"/)?.[1] ?? 1);
    const scale = Number(units[0].match(/\bscale="([^"]+)"/)?.[1] ?? 0);
    const sec = mult * 10 ** scale;
    const known: [number, string][] = [
      [1, "s"],
      [60, "min"],
      [3600, "h"],
      [86400, "d"],
      [1e-3, "ms"],
    ];
    for (const [v, u] of known) if (Math.abs(sec / v - 1) < 1e-9) return u;
  }
  const name = def[0].match(/<unitDefinition\b[^>]*\bname="([^"]+)"/)?.[1];
  if (name && name !== "time") return name;
  return id === "time" ? undefined : id;
}

const condValueKey = (c: PetabCondition | undefined, col: string): string => {
  const v = c?.values[col];
  if (!v) return "";
  return v.kind === "number" ? String(v.value) : v.kind === "parameter" ? v.id : "";
};
const condNumber = (c: PetabCondition | undefined, col: string): number => {
  const v = c?.values[col];
  return v?.kind === "number" ? v.value : Number.NaN;
};

/**
 * The condition-table column that varies across `condIds`: the numeric column with the most distinct
 * values (ties: table order); the other varying columns, for series. null when no numeric column varies.
 */
export function varyingColumn(
  condIds: string[],
  conditions: Map<string, PetabCondition>,
  targets: string[],
): { x: string; others: string[] } | null {
  const varying: { col: string; n: number; numeric: boolean }[] = [];
  for (const col of targets) {
    const keys = new Set(condIds.map((c) => condValueKey(conditions.get(c), col)));
    if (keys.size < 2) continue;
    const numeric = condIds.every((c) => Number.isFinite(condNumber(conditions.get(c), col)));
    varying.push({ col, n: keys.size, numeric });
  }
  let best: { col: string; n: number } | null = null;
  for (const v of varying) if (v.numeric && (!best || v.n > best.n)) best = v;
  if (!best) return null;
  const x = best.col;
  return { x, others: varying.filter((v) => v.col !== x).map((v) => v.col) };
}

/** Groups one observable's rows into panels (in order of first appearance in the measurement table). */
export function buildPanels(
  rows: FitPlotRow[],
  conditions: Map<string, PetabCondition>,
  targets: string[],
  timeUnit?: string,
  trajectoryOfRow?: Map<number, FitTrajectory>,
): FitPanel[] {
  const tu = timeUnit ? ` [${timeUnit}]` : "";
  const ds = (r: FitPlotRow) => r.datasetId ?? r.overrides ?? "";
  const keyOf = (r: FitPlotRow) =>
    `${ds(r)}\u0000${r.preequilibrationConditionId ?? ""}\u0000${r.conditionId}`;
  const byCond = new Map<string, FitPlotRow[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const l = byCond.get(k);
    if (l) l.push(r);
    else byCond.set(k, [r]);
  }
  // single-time conditions → (dataset, preeq, time) dose groups
  const slots: { first: number; make: () => FitPanel }[] = [];
  const doseGroups = new Map<string, FitPlotRow[][]>();
  const timePanel = (rs: FitPlotRow[]): FitPanel => {
    const r0 = rs[0];
    return {
      kind: "time",
      title: r0.conditionId,
      subtitle: r0.datasetId ?? "",
      preeq: r0.preequilibrationConditionId,
      xLabel: `time${tu}`,
      series: [{ label: r0.conditionId, points: rs.map((r) => pt(r, r.time)), curves: curvesOf(rs) }],
    };
  };
  /** the distinct trajectories of the rows at finite times, when every one of them has one */
  const curvesOf = (rs: FitPlotRow[]): FitTrajectory[] | undefined => {
    if (!trajectoryOfRow) return undefined;
    const out: FitTrajectory[] = [];
    for (const r of rs) {
      if (!Number.isFinite(r.time)) continue;
      const t = trajectoryOfRow.get(r.row);
      if (!t) return undefined;
      if (!out.includes(t)) out.push(t);
    }
    return out.length ? out : undefined;
  };
  for (const rs of byCond.values()) {
    const times = new Set(rs.map((r) => r.time));
    if (times.size >= 2) {
      slots.push({ first: rs[0].row, make: () => timePanel(rs) });
      continue;
    }
    const k = `${ds(rs[0])}\u0000${rs[0].preequilibrationConditionId ?? ""}\u0000${rs[0].time}`;
    const g = doseGroups.get(k);
    if (g) g.push(rs);
    else doseGroups.set(k, [rs]);
  }
  for (const group of doseGroups.values()) {
    const all = group.flat();
    const first = minOf(all.map((r) => r.row));
    const condIds = group.map((rs) => rs[0].conditionId);
    const vary = group.length >= 2 ? varyingColumn(condIds, conditions, targets) : null;
    if (!vary) {
      // one condition at one time, or nothing numeric varies: a time panel per condition
      for (const rs of group) slots.push({ first: rs[0].row, make: () => timePanel(rs) });
      continue;
    }
    slots.push({
      first,
      make: () => {
        const r0 = all[0];
        // series by the other varying columns, in increasing order of their values
        const seriesMap = new Map<string, { rank: number[]; rows: FitPlotRow[] }>();
        for (const rs of group) {
          const c = conditions.get(rs[0].conditionId);
          const label = vary.others.map((o) => `${o}=${condValueKey(c, o) || "–"}`).join(", ");
          const l = seriesMap.get(label);
          if (l) l.rows.push(...rs);
          else seriesMap.set(label, { rank: vary.others.map((o) => condNumber(c, o)), rows: [...rs] });
        }
        const order = [...seriesMap].sort((a, b) => {
          for (let i = 0; i < a[1].rank.length; i++) {
            const [u, v] = [a[1].rank[i], b[1].rank[i]];
            if (u !== v && Number.isFinite(u) && Number.isFinite(v)) return u - v;
          }
          return 0;
        });
        const t = Number.isFinite(r0.time)
          ? `t = ${fmt(r0.time)}${timeUnit ? ` ${timeUnit}` : ""}`
          : "steady state";
        return {
          kind: "dose",
          title: `${r0.datasetId ?? "dose response"}`,
          subtitle: `${t}, ${group.length} conditions`,
          xLabel: vary.x,
          xColumn: vary.x,
          preeq: r0.preequilibrationConditionId,
          series: order.map(([label, { rows: rs }]) => ({
            label,
            points: rs.map((r) => pt(r, condNumber(conditions.get(r.conditionId), vary.x))),
          })),
        };
      },
    });
  }
  slots.sort((a, b) => a.first - b.first);
  return slots.map((s) => s.make());
}

const pt = (r: FitPlotRow, x: number) => ({
  x,
  m: r.measurement,
  s: r.simulation,
  sigma: r.sigma,
  row: r.row,
  cond: r.conditionId,
});

/** y interval of a measurement ±σ on the linear scale, given the transformation σ lives on. */
function errorInterval(m: number, sigma: number, tr: ObservableTransformation): [number, number] {
  if (tr === "log10") return [m * 10 ** -sigma, m * 10 ** sigma];
  if (tr === "log") return [m * Math.exp(-sigma), m * Math.exp(sigma)];
  return [m - sigma, m + sigma];
}

/** Ticks for a log axis over [lo, hi] (linear values, both > 0): decades, or round linear values. */
export function logTicks(lo: number, hi: number): number[] {
  const a = Math.log10(lo);
  const b = Math.log10(hi);
  if (b - a >= 1.5) {
    const step = Math.max(1, Math.ceil((b - a) / 7));
    const out: number[] = [];
    for (let e = Math.ceil(a - 1e-9); e <= b + 1e-9; e += step) out.push(10 ** e);
    return out;
  }
  // under 1.5 decades: 1-2-5 steps, then 1-2-3-5, then every integer mantissa, until there are 3 ticks
  const inRange = (mant: number[]) => {
    const out: number[] = [];
    for (let e = Math.floor(a) - 1; e <= Math.ceil(b); e++)
      for (const q of mant) {
        const v = Number((q * 10 ** e).toPrecision(6));
        if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
      }
    return out;
  };
  let t = inRange([1, 2, 5]);
  if (t.length < 3) t = inRange([1, 2, 3, 5]);
  if (t.length < 3) t = inRange([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  if (t.length > 6) t = t.filter((_, i) => i % 2 === 0);
  return t.length >= 2 ? t : [lo, hi].map((v) => Number(v.toPrecision(2)));
}

interface Axis {
  map: (v: number) => number;
  ticks: { v: number; label: string }[];
  log: boolean;
  /** position of x = 0 on a log dose axis */
  zeroAt?: number;
}

/** A linear or log axis from a pixel range [p0, p1] (p1 may be < p0 for y). */
function makeAxis(
  values: number[],
  p0: number,
  p1: number,
  log: boolean,
  zeroSlot: boolean,
  count = 6,
): Axis {
  const fin = values.filter((v) => Number.isFinite(v) && (!log || v > 0));
  let lo = fin.length ? minOf(fin) : log ? 1 : 0;
  let hi = fin.length ? maxOf(fin) : log ? 10 : 1;
  if (log) {
    if (!(hi > lo)) {
      lo /= 2;
      hi *= 2;
    }
    const pad = (Math.log10(hi) - Math.log10(lo)) * 0.06;
    const a = Math.log10(lo) - pad;
    const b = Math.log10(hi) + pad;
    // 0 on a log dose axis: its own slot at the start, then a gap
    const dir = p1 > p0 ? 1 : -1;
    const q0 = zeroSlot ? p0 + dir * 26 : p0;
    const map = (v: number) =>
      v <= 0 ? (zeroSlot ? p0 + dir * 6 : p0) : q0 + ((Math.log10(v) - a) / (b - a)) * (p1 - q0);
    const ticks = logTicks(10 ** a, 10 ** b).map((v) => ({ v, label: fmt(v) }));
    if (zeroSlot) ticks.unshift({ v: 0, label: "0" });
    return { map, ticks, log, zeroAt: zeroSlot ? p0 + dir * 6 : undefined };
  }
  if (!(hi > lo)) {
    const d = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= d;
    hi += d;
  }
  const pad = (hi - lo) * 0.06;
  const a = lo - pad;
  const b = hi + pad;
  const map = (v: number) => p0 + ((v - a) / (b - a)) * (p1 - p0);
  const ticks = niceTicks(a, b, count)
    .filter((v) => v >= a - 1e-12 * Math.abs(b - a) && v <= b + 1e-12 * Math.abs(b - a))
    .map((v) => ({ v, label: fmt(v) }));
  return { map, ticks, log };
}

const W = 1360;
const COLS = 4;
const PANEL_H = 250;

/**
 * Series legend of a panel, flowed left to right and wrapped (at most 3 lines) between x0 and x1.
 * Labels "col=value": with one splitting column, "col:" once and then the values.
 */
function seriesLegend(
  series: PanelSeries[],
  x0: number,
  x1: number,
  y: number,
): { svg: string[]; height: number } {
  if (series.length < 2) return { svg: [], height: 0 };
  const LINE = 13;
  const CH = 6.3; // 10.5 px DejaVu Sans: ≈ 6.3 px per character
  const split = series.map((s) => s.label.split("="));
  const oneCol = split.every((q) => q.length === 2 && q[0] === split[0][0]);
  const maxChars = Math.max(6, Math.floor((x1 - x0 - 14) / CH));
  const svg: string[] = [];
  let lx = x0;
  let line = 0;
  if (oneCol) {
    const head = `${ellipsize(split[0][0], Math.min(24, maxChars))}:`;
    svg.push(`<text x="${lx}" y="${y}" font-size="10.5" dominant-baseline="middle">${escXml(head)}</text>`);
    lx += head.length * CH + 8;
  }
  for (let k = 0; k < series.length; k++) {
    const label = ellipsize(oneCol ? split[k][1] : series[k].label, maxChars);
    const w = 14 + label.length * CH;
    if (lx + w > x1 && lx > x0) {
      line++;
      lx = x0;
    }
    if (line >= 3) {
      svg.push(
        `<text x="${x1}" y="${y + 2 * LINE}" font-size="10.5" text-anchor="end" dominant-baseline="middle">+${series.length - k}</text>`,
      );
      line = 2;
      break;
    }
    const c = PALETTE[k % PALETTE.length];
    const ly = y + line * LINE;
    svg.push(`<circle cx="${(lx + 4).toFixed(1)}" cy="${ly}" r="3.5" fill="${c}"/>`);
    svg.push(
      `<text x="${(lx + 11).toFixed(1)}" y="${ly}" font-size="10.5" dominant-baseline="middle">${escXml(label)}</text>`,
    );
    lx += w + 10;
  }
  return { svg, height: (line + 1) * LINE + 2 };
}

/** Draws one panel at (ox, oy), size pw × ph; returns SVG fragments. */
function drawPanel(
  p: FitPanel,
  tr: ObservableTransformation,
  ox: number,
  oy: number,
  pw: number,
  ph: number,
): string[] {
  const out: string[] = [];
  const logY = tr !== "lin";
  const x0 = ox + 54;
  const x1 = ox + pw - 12;
  const legend = seriesLegend(p.series, x0, x1, oy + 39);
  const m = { top: 36 + legend.height, bottom: 38 };
  const y0 = oy + ph - m.bottom;
  const y1 = oy + m.top;
  const pts = p.series.flatMap((s) => s.points);
  // y values: data, error-bar ends, simulation
  const yv: number[] = [];
  for (const q of pts) {
    yv.push(q.m, q.s);
    if (q.sigma !== undefined && Number.isFinite(q.sigma)) yv.push(...errorInterval(q.m, q.sigma, tr));
  }
  // dense fit lines: the axes cover them too (a peak between measurements; the grid starts at 0)
  const xs = pts.map((q) => q.x);
  for (const s of p.series)
    for (const c of s.curves ?? [])
      for (let i = 0; i < c.time.length; i++) {
        xs.push(c.time[i]);
        yv.push(c.value[i]);
      }
  const ya = makeAxis(yv, y0, y1, logY, false);
  const posX = xs.filter((v) => v > 0);
  const logX = p.kind === "dose" && posX.length >= 2 && maxOf(posX) / minOf(posX) > 10 ** 1.5;
  const hasZero = logX && xs.some((v) => v <= 0);
  const xa = makeAxis(xs, x0, x1, logX, hasZero, 9);
  const tmax = Math.floor((pw - 14) / 8.4); // bold 12.5 px DejaVu Sans: ≈ 8.2 px per character
  out.push(
    `<text x="${(ox + pw / 2).toFixed(1)}" y="${oy + 14}" font-size="12.5" font-weight="bold" text-anchor="middle">${escXml(ellipsize(p.title, tmax))}</text>`,
  );
  if (p.subtitle)
    out.push(
      `<text x="${(ox + pw / 2).toFixed(1)}" y="${oy + 28}" font-size="11" fill="#555" text-anchor="middle">${escXml(ellipsize(p.subtitle, Math.floor((pw - 14) / 7)))}</text>`,
    );
  out.push(...legend.svg);
  // frame, grid, ticks
  out.push(
    `<rect x="${x0}" y="${y1}" width="${(x1 - x0).toFixed(1)}" height="${(y0 - y1).toFixed(1)}" fill="none" stroke="#444"/>`,
  );
  for (const t of ya.ticks) {
    const y = ya.map(t.v);
    if (y < y1 - 0.5 || y > y0 + 0.5) continue;
    out.push(
      `<line x1="${x0}" y1="${y.toFixed(1)}" x2="${x1.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#eaeaea"/>`,
    );
    out.push(
      `<text x="${x0 - 4}" y="${y.toFixed(1)}" font-size="10.5" text-anchor="end" dominant-baseline="middle">${t.label}</text>`,
    );
  }
  let lastLabelEnd = -Infinity;
  for (const t of xa.ticks) {
    const x = xa.map(t.v);
    if (x < x0 - 0.5 || x > x1 + 0.5) continue;
    out.push(`<line x1="${x.toFixed(1)}" y1="${y1}" x2="${x.toFixed(1)}" y2="${y0}" stroke="#eaeaea"/>`);
    const half = t.label.length * 3.2;
    if (x - half < lastLabelEnd + 4) continue; // keep tick labels from touching
    lastLabelEnd = x + half;
    out.push(
      `<text x="${x.toFixed(1)}" y="${y0 + 14}" font-size="10.5" text-anchor="middle">${t.label}</text>`,
    );
  }
  if (xa.zeroAt !== undefined) {
    // axis break between the 0 slot and the log range
    const bx = xa.zeroAt + 10;
    out.push(`<path d="M${bx - 3} ${y0 + 4}l4 -8M${bx + 1} ${y0 + 4}l4 -8" stroke="#444" fill="none"/>`);
  }
  const xl = `${p.xLabel}${logX ? (hasZero ? " (log; 0 at left)" : " (log)") : ""}`;
  out.push(
    `<text x="${((x0 + x1) / 2).toFixed(1)}" y="${y0 + 30}" font-size="11" text-anchor="middle">${escXml(ellipsize(xl, Math.floor((x1 - x0) / 6.2)))}</text>`,
  );
  // series: fit line (the dense trajectories, else the simulated values sorted by x, one point per
  // distinct x), then error bars and data markers
  const clampY = (v: number) => Math.min(y0, Math.max(y1, v));
  const linePath = (fit: [number, number][]) =>
    fit.map(([x, v], i) => `${i ? "L" : "M"}${xa.map(x).toFixed(1)} ${ya.map(v).toFixed(1)}`).join("");
  const drawable = (x: number, v: number) => Number.isFinite(x) && Number.isFinite(v) && (!logY || v > 0);
  p.series.forEach((s, k) => {
    const c = PALETTE[k % PALETTE.length];
    const byX = new Map<number, number>();
    for (const q of s.points) if (!byX.has(q.x)) byX.set(q.x, q.s);
    const fit = [...byX]
      .sort((a, b) => a[0] - b[0])
      .filter(([, v]) => Number.isFinite(v) && (!logY || v > 0));
    const lines: [number, number][][] = s.curves
      ? s.curves.map((cv) => {
          const l: [number, number][] = [];
          for (let i = 0; i < cv.time.length; i++)
            if (drawable(cv.time[i], cv.value[i])) l.push([cv.time[i], cv.value[i]]);
          return l;
        })
      : [fit];
    for (const l of lines)
      if (l.length >= 2)
        out.push(
          `<path d="${linePath(l)}" fill="none" stroke="${c}" stroke-width="2" stroke-opacity="0.85"/>`,
        );
    if (p.kind === "dose" || fit.length === 1)
      for (const [x, v] of fit)
        out.push(
          `<rect class="f" x="${(xa.map(x) - 3.5).toFixed(1)}" y="${(ya.map(v) - 3.5).toFixed(1)}" width="7" height="7" fill="white" stroke="${c}" stroke-width="1.5"/>`,
        );
    // replicates at the same x: spread by 3 px around it
    const seen = new Map<number, number>();
    const count = new Map<number, number>();
    for (const q of s.points) count.set(q.x, (count.get(q.x) ?? 0) + 1);
    for (const q of s.points) {
      const i = seen.get(q.x) ?? 0;
      seen.set(q.x, i + 1);
      const n = count.get(q.x) ?? 1;
      const off = Math.max(-9, Math.min(9, (i - (n - 1) / 2) * 3));
      // steady-state (t = inf) points in a time course: at the right edge
      const px = (Number.isFinite(q.x) ? xa.map(q.x) : x1 - 4) + off;
      const bad = logY && !(q.m > 0);
      const py = bad ? y0 : clampY(ya.map(q.m));
      if (!bad && q.sigma !== undefined && Number.isFinite(q.sigma) && q.sigma > 0) {
        const [lo, hi] = errorInterval(q.m, q.sigma, tr);
        const a = clampY(ya.map(logY && lo <= 0 ? 1e-300 : lo));
        const b = clampY(ya.map(hi));
        out.push(
          `<path d="M${px.toFixed(1)} ${a.toFixed(1)}V${b.toFixed(1)}M${(px - 2).toFixed(1)} ${a.toFixed(1)}h4M${(px - 2).toFixed(1)} ${b.toFixed(1)}h4" stroke="${c}" stroke-opacity="0.55" fill="none"/>`,
        );
      }
      out.push(
        bad
          ? `<path class="d" data-row="${q.row}" d="M${(px - 4).toFixed(1)} ${(py - 7).toFixed(1)}h8l-4 7z" fill="${c}"/>`
          : `<circle class="d" data-row="${q.row}" cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.2" fill="${c}" fill-opacity="0.8"/>`,
      );
    }
  });
  return out;
}

/** One figure per observable (small multiples), in order of first appearance in the measurement table. */
export function fitFigures(input: FitPlotInput): ObservableFigure[] {
  const conds = new Map(input.conditions.map((c) => [c.id, c]));
  let trajectoryOfRow: Map<number, FitTrajectory> | undefined;
  if (input.trajectories) {
    trajectoryOfRow = new Map();
    for (const t of input.trajectories) for (const r of t.rows) trajectoryOfRow.set(r, t);
  }
  const byObs = new Map<string, FitPlotRow[]>();
  for (const r of input.rows) {
    const l = byObs.get(r.observableId);
    if (l) l.push(r);
    else byObs.set(r.observableId, [r]);
  }
  const cap = input.maxPanels ?? 16;
  const figs: ObservableFigure[] = [];
  for (const [oid, rows] of byObs) {
    const tr = input.transformations[oid] ?? "lin";
    const panels = buildPanels(rows, conds, input.conditionTargets, input.timeUnit, trajectoryOfRow);
    // one pre-equilibration for all: said once in the header; several: in each panel's subtitle
    const preeqs = new Set(rows.map((r) => r.preequilibrationConditionId ?? ""));
    if (preeqs.size > 1) for (const p of panels) if (p.preeq) p.subtitle = `${p.subtitle} · pre: ${p.preeq}`;
    const preNote =
      preeqs.size === 1 && rows[0].preequilibrationConditionId
        ? `; pre-equilibrated in ${rows[0].preequilibrationConditionId}`
        : "";
    const shown = panels.slice(0, cap);
    const rest = panels.slice(cap);
    const omittedMeasurements = rest.reduce(
      (n, p) => n + p.series.reduce((k, s) => k + s.points.length, 0),
      0,
    );
    const cols = Math.min(COLS, shown.length);
    const rowsN = Math.ceil(shown.length / cols);
    // few panels: panels at most 480 px wide, the figure wide enough for its header
    const width = cols >= 3 ? W : Math.max(900, cols * 420 + 40);
    const pw = Math.min(480, (width - 40) / cols);
    const headH = 78;
    const footH = rest.length ? 30 : 10;
    const H = headH + rowsN * PANEL_H + footH;
    const out: string[] = [];
    out.push(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H}" viewBox="0 0 ${width} ${H}" font-family="DejaVu Sans, Arial, sans-serif">`,
    );
    out.push(`<rect width="${width}" height="${H}" fill="white"/>`);
    const name = input.observableNames?.[oid];
    const head = `${oid}${name && name !== oid ? ` — ${name}` : ""}`;
    out.push(
      `<text x="20" y="24" font-size="16" font-weight="bold">${escXml(ellipsize(head, Math.floor((width - 40) / 9.5)))}</text>`,
    );
    const hasSigma = rows.some((r) => r.sigma !== undefined && Number.isFinite(r.sigma));
    const scale =
      tr === "lin"
        ? "linear y"
        : `log y (${tr}-transformed observable${hasSigma ? "; ±σ on that scale" : ""})`;
    // legend: marker = data, line = fit, square = fit at a dose
    out.push(`<circle cx="26" cy="45" r="3.5" fill="${PALETTE[0]}"/>`);
    if (hasSigma)
      out.push(`<path d="M26 38V52M24 38h4M24 52h4" stroke="${PALETTE[0]}" stroke-opacity="0.55"/>`);
    out.push(
      `<text x="36" y="45" font-size="12" dominant-baseline="middle">data${hasSigma ? " ± σ" : ""}</text>`,
    );
    out.push(`<path d="M110 45h26" stroke="${PALETTE[0]}" stroke-width="2"/>`);
    out.push(
      `<rect x="119" y="41.5" width="7" height="7" fill="white" stroke="${PALETTE[0]}" stroke-width="1.5"/>`,
    );
    out.push(`<text x="142" y="45" font-size="12" dominant-baseline="middle">best fit</text>`);
    out.push(
      `<text x="215" y="45" font-size="12" fill="#555" dominant-baseline="middle">${escXml(scale)}</text>`,
    );
    const nonPos = tr !== "lin" && rows.some((r) => !(r.measurement > 0));
    const info = `${rows.length} measurements in ${panels.length} panel${panels.length === 1 ? "" : "s"}${preNote}${nonPos ? "; ▼ at the bottom: measurement ≤ 0, not on the log axis" : ""}`;
    out.push(
      `<text x="20" y="66" font-size="12" fill="#555" dominant-baseline="middle">${escXml(ellipsize(info, Math.floor((width - 40) / 7)))}</text>`,
    );
    shown.forEach((p, i) => {
      const ox = 20 + (i % cols) * pw;
      const oy = headH + Math.floor(i / cols) * PANEL_H;
      out.push(...drawPanel(p, tr, ox, oy, pw, PANEL_H));
    });
    if (rest.length)
      out.push(
        `<text class="note" x="20" y="${H - 10}" font-size="12.5" fill="#a00">${escXml(`… and ${rest.length} more panels (${omittedMeasurements} measurements) in simulations.tsv`)}</text>`,
      );
    out.push("</svg>");
    figs.push({
      observableId: oid,
      panels: shown,
      omittedPanels: rest.length,
      omittedMeasurements,
      svg: out.join("\n"),
    });
  }
  return figs;
}

/**
 * Simulated vs measured for every measurement, one colour per observable, identity line. Log–log when
 * some observable is log-transformed and every value is positive; linear otherwise.
 */
export function fitScatterSvg(input: FitPlotInput): string {
  const obsIds = [...new Set(input.rows.map((r) => r.observableId))];
  const finite = input.rows.filter((r) => Number.isFinite(r.measurement) && Number.isFinite(r.simulation));
  const anyLog = obsIds.some((o) => (input.transformations[o] ?? "lin") !== "lin");
  const log = anyLog && finite.every((r) => r.measurement > 0 && r.simulation > 0);
  const count = (o: string) => finite.filter((r) => r.observableId === o).length;
  const legendW = Math.min(320, 50 + Math.max(...obsIds.map((o) => `${o} (${count(o)})`.length), 8) * 7.6);
  const side = 620;
  const width = side + 90 + legendW;
  const H = side + 110;
  const m = { left: 78, top: 44 };
  const vals = finite.flatMap((r) => [r.measurement, r.simulation]);
  const xa = makeAxis(vals, m.left, m.left + side, log, false);
  const ya = makeAxis(vals, m.top + side, m.top, log, false);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H}" viewBox="0 0 ${width} ${H}" font-family="DejaVu Sans, Arial, sans-serif">`,
  );
  out.push(`<rect width="${width}" height="${H}" fill="white"/>`);
  out.push(
    `<text x="${m.left + side / 2}" y="26" font-size="16" font-weight="bold" text-anchor="middle">Simulated vs measured at the best fit (${finite.length} measurements)</text>`,
  );
  out.push(`<rect x="${m.left}" y="${m.top}" width="${side}" height="${side}" fill="none" stroke="#444"/>`);
  for (const t of xa.ticks) {
    const x = xa.map(t.v);
    if (x < m.left - 0.5 || x > m.left + side + 0.5) continue;
    out.push(
      `<line x1="${x.toFixed(1)}" y1="${m.top}" x2="${x.toFixed(1)}" y2="${m.top + side}" stroke="#eaeaea"/>`,
    );
    out.push(
      `<text x="${x.toFixed(1)}" y="${m.top + side + 16}" font-size="12" text-anchor="middle">${t.label}</text>`,
    );
  }
  for (const t of ya.ticks) {
    const y = ya.map(t.v);
    if (y < m.top - 0.5 || y > m.top + side + 0.5) continue;
    out.push(
      `<line x1="${m.left}" y1="${y.toFixed(1)}" x2="${m.left + side}" y2="${y.toFixed(1)}" stroke="#eaeaea"/>`,
    );
    out.push(
      `<text x="${m.left - 6}" y="${y.toFixed(1)}" font-size="12" text-anchor="end" dominant-baseline="middle">${t.label}</text>`,
    );
  }
  // identity line over the common range
  const lo = minOf(vals.filter((v) => !log || v > 0));
  const hi = maxOf(vals);
  out.push(
    `<path d="M${xa.map(lo).toFixed(1)} ${ya.map(lo).toFixed(1)}L${xa.map(hi).toFixed(1)} ${ya.map(hi).toFixed(1)}" stroke="#333" stroke-dasharray="5 4"/>`,
  );
  obsIds.forEach((o, k) => {
    const c = PALETTE[k % PALETTE.length];
    // beyond the palette, a second marker shape keeps observables apart
    const square = k >= PALETTE.length;
    for (const r of finite) {
      if (r.observableId !== o) continue;
      const x = xa.map(r.measurement).toFixed(1);
      const y = ya.map(r.simulation).toFixed(1);
      out.push(
        square
          ? `<rect class="d" x="${Number(x) - 2.5}" y="${Number(y) - 2.5}" width="5" height="5" fill="${c}" fill-opacity="0.6"/>`
          : `<circle class="d" cx="${x}" cy="${y}" r="2.6" fill="${c}" fill-opacity="0.6"/>`,
      );
    }
    const ly = m.top + 8 + k * 20;
    const lx = m.left + side + 24;
    out.push(
      square
        ? `<rect x="${lx - 4}" y="${ly - 4}" width="8" height="8" fill="${c}"/>`
        : `<circle cx="${lx}" cy="${ly}" r="4.5" fill="${c}"/>`,
    );
    const n = finite.filter((r) => r.observableId === o).length;
    out.push(
      `<text x="${lx + 10}" y="${ly}" font-size="12" dominant-baseline="middle">${escXml(ellipsize(`${o} (${n})`, Math.floor((legendW - 40) / 7.6)))}</text>`,
    );
  });
  const scale = log ? " (log)" : "";
  out.push(
    `<text x="${m.left + side / 2}" y="${m.top + side + 38}" font-size="13" text-anchor="middle">measured${scale}</text>`,
  );
  out.push(
    `<text transform="translate(20 ${m.top + side / 2}) rotate(-90)" font-size="13" text-anchor="middle">simulated at the best fit${scale}</text>`,
  );
  out.push(
    `<text x="${m.left}" y="${m.top + side + 60}" font-size="11.5" fill="#555">dashed: identity (simulated = measured); one colour per observable (number of measurements)</text>`,
  );
  out.push("</svg>");
  return out.join("\n");
}

/** Builds the plot input from a loaded problem and the objective's per-measurement arrays. */
export function fitPlotInput(
  problem: {
    measurements: PetabMeasurement[];
    observables: PetabObservable[];
    conditions: PetabCondition[];
    conditionTargets: string[];
    sbml?: { text: string }[];
  },
  simulation: ArrayLike<number>,
  sigma?: ArrayLike<number>,
  options: { maxPanels?: number; timeUnit?: string; trajectories?: FitTrajectory[] } = {},
): FitPlotInput {
  return {
    rows: fitRowsFromMeasurements(problem.measurements, simulation, sigma),
    trajectories: options.trajectories,
    transformations: Object.fromEntries(problem.observables.map((o) => [o.id, o.transformation])),
    observableNames: Object.fromEntries(problem.observables.map((o) => [o.id, o.name ?? o.id])),
    conditions: problem.conditions,
    conditionTargets: problem.conditionTargets,
    timeUnit: options.timeUnit ?? (problem.sbml?.[0] ? sbmlTimeUnit(problem.sbml[0].text) : undefined),
    maxPanels: options.maxPanels,
  };
}
