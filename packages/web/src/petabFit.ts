/**
 * Pure helpers for the result of a `petab-fit` job (a multistart fit of an uploaded PEtab problem): the
 * waterfall (final −llh of each start, sorted), the one-line summary and the best-parameter table with
 * the values that ended at a bound flagged.
 */

/** parameter scale of a PEtab parameter (parameterScale column) */
export type ParameterScale = "lin" | "log" | "log10";

export interface FitStart {
  start: number;
  /** final log-likelihood; null when the start failed (its simulations did not finish) */
  llh: number | null;
  exit: string;
  iterations: number;
  evaluations: number;
  timeMs: number;
}

/** the `result` of a done `petab-fit` job (bounds and x on parameter scale; ±∞ bounds arrive as null in JSON) */
export interface PetabFitResult {
  parameterIds: string[];
  scales: ParameterScale[];
  lowerBounds: (number | null)[];
  upperBounds: (number | null)[];
  best: { llh: number | null; x: number[]; values: Record<string, number>; start: number };
  starts: FitStart[];
  /** starts asked for, and whether the server's time cap (LIMITS.maxFitSeconds) ended the job early */
  startsRequested?: number;
  timeCapReached?: boolean;
}

/** the note under the summary when the server's time cap cut the fit short, else null */
export function timeCapText(
  r: Pick<PetabFitResult, "starts" | "startsRequested" | "timeCapReached">,
): string | null {
  if (!r.timeCapReached) return null;
  const of = r.startsRequested !== undefined ? ` of ${r.startsRequested}` : "";
  return `the job reached the server's time cap: ${r.starts.length}${of} starts ran (a start stopped by the cap shows exit "maxTime"); fit larger problems with the CLI, stat3 fit`;
}

/** starts whose final llh is within this of the best one are taken to have reached the same optimum */
export const SAME_OPTIMUM = 0.1;
/** added to −llh − best −llh so the best start has a finite height on a log axis */
export const WATERFALL_OFFSET = 1e-3;
/** a value on parameter scale this close to a bound is flagged "at bound" */
export const BOUND_TOLERANCE = 1e-3;

export interface WaterfallPoint {
  /** 1-based position in the waterfall (best first) */
  rank: number;
  start: number;
  llh: number | null;
  /** −llh − best −llh (≥ 0); null for a failed start */
  delta: number | null;
  /** delta + WATERFALL_OFFSET, the plotted height on the log axis; null for a failed start */
  y: number | null;
  /** within SAME_OPTIMUM of the best llh */
  sameOptimum: boolean;
}

/** The waterfall: starts sorted best first (highest llh), failed starts last. */
export function waterfall(starts: readonly FitStart[]): WaterfallPoint[] {
  const sorted = [...starts].sort((a, b) => {
    if (a.llh === null || !Number.isFinite(a.llh)) return b.llh === null || !Number.isFinite(b.llh) ? 0 : 1;
    if (b.llh === null || !Number.isFinite(b.llh)) return -1;
    return b.llh - a.llh;
  });
  const best = sorted[0]?.llh;
  return sorted.map((s, i) => {
    const ok = s.llh !== null && Number.isFinite(s.llh) && best !== null && best !== undefined;
    const delta = ok ? Math.max(0, (best as number) - (s.llh as number)) : null;
    return {
      rank: i + 1,
      start: s.start,
      llh: ok ? s.llh : null,
      delta,
      y: delta === null ? null : delta + WATERFALL_OFFSET,
      sameOptimum: delta !== null && delta <= SAME_OPTIMUM,
    };
  });
}

export interface FitSummary {
  bestLlh: number | null;
  bestStart: number | null;
  /** starts within SAME_OPTIMUM of the best (the best included) */
  within: number;
  total: number;
  failed: number;
}

export function fitSummary(starts: readonly FitStart[]): FitSummary {
  const w = waterfall(starts);
  const best = w[0]?.llh ?? null;
  return {
    bestLlh: best,
    bestStart: best === null ? null : w[0].start,
    within: w.filter((p) => p.sameOptimum).length,
    total: w.length,
    failed: w.filter((p) => p.llh === null).length,
  };
}

/** the one-line summary shown under the fit */
export function summaryText(s: FitSummary): string {
  if (s.bestLlh === null) return `no start finished: all ${s.total} starts failed`;
  const failed = s.failed ? ` (${s.failed} failed)` : "";
  return `best llh ${s.bestLlh.toPrecision(8)} from start ${s.bestStart}; ${s.within} of ${s.total} starts within ${SAME_OPTIMUM} of it${failed}`;
}

/** a value on parameter scale → linear */
export function toLinear(x: number, scale: ParameterScale): number {
  return scale === "log" ? Math.exp(x) : scale === "log10" ? 10 ** x : x;
}

/** which bound (on parameter scale) a value is within `tol` of, if any */
export function atBound(
  x: number,
  lower: number | null,
  upper: number | null,
  tol = BOUND_TOLERANCE,
): "lower" | "upper" | null {
  if (lower !== null && Number.isFinite(lower) && Math.abs(x - lower) <= tol) return "lower";
  if (upper !== null && Number.isFinite(upper) && Math.abs(x - upper) <= tol) return "upper";
  return null;
}

export interface ParameterRow {
  id: string;
  scale: ParameterScale;
  /** best value on parameter scale */
  x: number;
  /** best value, linear */
  value: number;
  lower: number | null;
  upper: number | null;
  atBound: "lower" | "upper" | null;
}

/** the best-parameter table, in the problem's parameter order */
export function parameterRows(r: PetabFitResult): ParameterRow[] {
  return r.parameterIds.map((id, k) => {
    const x = r.best.x[k];
    const lower = r.lowerBounds[k] ?? null;
    const upper = r.upperBounds[k] ?? null;
    return {
      id,
      scale: r.scales[k],
      x,
      value: r.best.values[id] ?? toLinear(x, r.scales[k]),
      lower,
      upper,
      atBound: atBound(x, lower, upper),
    };
  });
}

/** decade range [lo, hi] (integer powers of ten, hi > lo) covering positive values */
export function decades(values: readonly number[]): [number, number] {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length === 0) return [-3, 0];
  let lo = Math.floor(Math.log10(Math.min(...pos)));
  let hi = Math.ceil(Math.log10(Math.max(...pos)));
  if (hi <= lo) hi = lo + 1;
  if (hi - lo < 2) lo = hi - 2;
  return [lo, hi];
}

/** compact number for tables: 6 significant digits, ±∞ for a missing bound */
export function fmt(v: number | null, infinity: "-" | "+" = "+"): string {
  if (v === null || !Number.isFinite(v)) return infinity === "-" ? "−∞" : "∞";
  return Number(v.toPrecision(6)).toString();
}
