/**
 * Drug-combination synergy on a dose matrix, with the four reference models as SynergyFinder computes
 * them (Ianevski et al. 2017, Bioinformatics 33:2413, doi:10.1093/bioinformatics/btx162; SynergyFinder 2.0,
 * NAR 2020, doi:10.1093/nar/gkaa216; SynergyFinder 3.0, NAR 2022, doi:10.1093/nar/gkac382).
 *
 * Input: responses in % inhibition, a matrix over doses of drug A (rows) × drug B (columns), each dose
 * list ascending and starting at 0 (row 0 / column 0 are the single agents). A synergy score is
 * observed − expected, in percentage points of inhibition; the single-agent row and column score 0.
 *
 *  - Bliss independence (Bliss 1939, doi:10.1111/j.1744-7348.1939.tb06990.x):
 *      expected = yA + yB − yA·yB/100, from the observed single-agent responses.
 *  - Highest single agent (HSA; Berenbaum 1989, Pharmacol Rev 41:93): expected = max(yA, yB), observed.
 *  - Loewe additivity (Loewe 1953, Arzneimittelforschung 3:285): the expected y solves
 *      xA / XA(y) + xB / XB(y) = 1
 *    where X(y) inverts the fitted 4-parameter Hill curve of each single agent (hill.ts). Solved by
 *    bisection on y in (max e0, min emax), where the left side falls monotonically from +∞; when it has
 *    no root there (one drug cannot reach the effect), expected = max(fA(xA + xB), fB(xA + xB)) as
 *    SynergyFinder does; expected is capped at 100.
 *  - ZIP (zero interaction potency; Yadav et al. 2015, Comput Struct Biotechnol J 13:504,
 *    doi:10.1016/j.csbj.2015.09.001): single agents are fitted with the 4-parameter Hill model; each
 *    column (B fixed) is refitted as a function of A with e0 fixed at fB(xB) and emax fixed at 100, each
 *    row likewise; the fitted combination response is the mean of the two refits, and
 *    δ = fitted − (fA + fB − fA·fB/100) with fA, fB the fitted single-agent responses. A row/column with
 *    one combination dose is not refitted (observed − 1e-10, as SynergyFinder).
 *
 * Summary scores (SynergyFinder 3.0): the mean of the scores over the combination cells (both doses > 0);
 * also the max and min, and the most synergistic 3×3 area (the highest mean over 3×3 windows of
 * combination cells, SynergyFinder's "most synergistic area").
 */
import { EngineError } from "@stat3/engine";
import { fitHill, type HillFit, type HillParams, hill, hillInverse } from "./hill.js";
import { PharmCodes } from "./messages.js";

export interface ComboMatrix {
  /** doses of drug A (rows), ascending, dosesA[0] = 0 */
  dosesA: number[];
  /** doses of drug B (columns), ascending, dosesB[0] = 0 */
  dosesB: number[];
  /** response[i][j]: % inhibition at (dosesA[i], dosesB[j]) */
  response: number[][];
}

export type SynergyModel = "bliss" | "hsa" | "loewe" | "zip";
export const SYNERGY_MODELS: readonly SynergyModel[] = ["bliss", "hsa", "loewe", "zip"];

export interface SynergySummary {
  /** mean over combination cells (percentage points of inhibition) */
  mean: number;
  max: number;
  min: number;
  /** highest mean over 3×3 windows of combination cells (NaN if fewer than 3×3 combinations) */
  mostSynergisticArea: number;
  /** number of combination cells */
  n: number;
}

export interface SynergyResult {
  model: SynergyModel;
  /** expected (reference) inhibition, same shape as the response */
  expected: number[][];
  /** observed − expected (for ZIP: fitted − expected, the δ score); 0 on the single-agent row/column */
  synergy: number[][];
  summary: SynergySummary;
  /** the single-agent fits (Loewe, ZIP) */
  fits?: { a: HillFit; b: HillFit };
}

/** Validates a combination matrix; throws EngineError naming the problem. */
export function checkMatrix(m: ComboMatrix): void {
  const bad = (msg: string) => new EngineError(PharmCodes.PHARM_BAD_MATRIX, `combination matrix: ${msg}`);
  const nA = m.dosesA.length;
  const nB = m.dosesB.length;
  if (nA < 2 || nB < 2) throw bad(`needs ≥ 2 doses of each drug (got ${nA} × ${nB})`);
  if (m.dosesA[0] !== 0 || m.dosesB[0] !== 0)
    throw bad("the first dose of each drug must be 0 (the single-agent row and column)");
  for (const [name, d] of [
    ["A", m.dosesA],
    ["B", m.dosesB],
  ] as const)
    for (let i = 1; i < d.length; i++)
      if (!(d[i] > d[i - 1])) throw bad(`doses of drug ${name} must increase (dose ${i + 1}: ${d[i]})`);
  if (m.response.length !== nA) throw bad(`${m.response.length} rows for ${nA} doses of drug A`);
  m.response.forEach((row, i) => {
    if (row.length !== nB) throw bad(`row ${i + 1} has ${row.length} values for ${nB} doses of drug B`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw bad(`response at row ${i + 1}, column ${j + 1} is not finite (${v})`);
    });
  });
}

/** Mean, max, min and most synergistic 3×3 area over combination cells (i, j ≥ 1). */
export function summarizeSynergy(s: number[][]): SynergySummary {
  let sum = 0;
  let n = 0;
  let max = -Infinity;
  let min = Infinity;
  for (let i = 1; i < s.length; i++)
    for (let j = 1; j < s[i].length; j++) {
      sum += s[i][j];
      n++;
      max = Math.max(max, s[i][j]);
      min = Math.min(min, s[i][j]);
    }
  let area = Number.NaN;
  for (let i = 1; i + 2 < s.length; i++)
    for (let j = 1; j + 2 < s[i].length; j++) {
      let w = 0;
      for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) w += s[i + a][j + b];
      w /= 9;
      if (!(w <= area)) area = w;
    }
  return { mean: n ? sum / n : Number.NaN, max, min, mostSynergisticArea: area, n };
}

function zeros(nA: number, nB: number): number[][] {
  return Array.from({ length: nA }, () => new Array<number>(nB).fill(0));
}

function finish(model: SynergyModel, m: ComboMatrix, expected: number[][], fits?: SynergyResult["fits"]) {
  const synergy = zeros(m.dosesA.length, m.dosesB.length);
  for (let i = 1; i < m.dosesA.length; i++)
    for (let j = 1; j < m.dosesB.length; j++) synergy[i][j] = m.response[i][j] - expected[i][j];
  return { model, expected, synergy, summary: summarizeSynergy(synergy), fits };
}

/** The single-agent row/column copied into an expected matrix (they are their own reference). */
function withMargins(m: ComboMatrix): number[][] {
  return m.response.map((row, i) => row.map((v, j) => (i === 0 || j === 0 ? v : Number.NaN)));
}

export function bliss(m: ComboMatrix): SynergyResult {
  checkMatrix(m);
  const e = withMargins(m);
  for (let i = 1; i < m.dosesA.length; i++)
    for (let j = 1; j < m.dosesB.length; j++) {
      const a = m.response[i][0];
      const b = m.response[0][j];
      e[i][j] = a + b - (a * b) / 100;
    }
  return finish("bliss", m, e);
}

export function hsa(m: ComboMatrix): SynergyResult {
  checkMatrix(m);
  const e = withMargins(m);
  for (let i = 1; i < m.dosesA.length; i++)
    for (let j = 1; j < m.dosesB.length; j++) e[i][j] = Math.max(m.response[i][0], m.response[0][j]);
  return finish("hsa", m, e);
}

/** Fits of the single agents: column 0 (drug A alone) and row 0 (drug B alone), all doses incl. 0. */
export function fitSingleAgents(m: ComboMatrix): { a: HillFit; b: HillFit } {
  checkMatrix(m);
  const a = fitHill(
    m.dosesA,
    m.response.map((r) => r[0]),
  );
  const b = fitHill(m.dosesB, m.response[0]);
  return { a, b };
}

/**
 * The Loewe-additive response of doses xA, xB for single-agent curves pa, pb (see module comment).
 * Exported for tests and for isobologram plots.
 */
export function loeweExpected(xA: number, xB: number, pa: HillParams, pb: HillParams): number {
  if (xA === 0) return hill(xB, pb);
  if (xB === 0) return hill(xA, pa);
  const fallback = () => Math.min(100, Math.max(hill(xA + xB, pa), hill(xA + xB, pb)));
  // both curves must rise for the isobole equation to have its monotone form
  if (!(pa.emax > pa.e0 && pb.emax > pb.e0)) return fallback();
  const lo = Math.max(pa.e0, pb.e0);
  const hi = Math.min(pa.emax, pb.emax);
  if (!(hi > lo)) return fallback();
  const term = (x: number, y: number, p: HillParams) => {
    const X = hillInverse(y, p);
    // y at or beyond this drug's maximum: no dose of it alone reaches y, its term vanishes
    if (Number.isNaN(X)) return y >= p.emax ? 0 : Infinity;
    return X === 0 ? Infinity : x / X;
  };
  const f = (y: number) => term(xA, y, pa) + term(xB, y, pb) - 1;
  // f falls from +∞ at y = lo; a root below hi exists iff f(hi⁻) < 0
  const top = hi - (hi - lo) * 1e-15;
  if (!(f(top) < 0)) return fallback();
  let a = lo;
  let b = top;
  for (let k = 0; k < 200 && b - a > 1e-14 * Math.max(1, Math.abs(b)); k++) {
    const c = 0.5 * (a + b);
    if (f(c) > 0) a = c;
    else b = c;
  }
  return Math.min(100, 0.5 * (a + b));
}

export function loewe(m: ComboMatrix, fits = fitSingleAgents(m)): SynergyResult {
  const e = withMargins(m);
  for (let i = 1; i < m.dosesA.length; i++)
    for (let j = 1; j < m.dosesB.length; j++)
      e[i][j] = loeweExpected(m.dosesA[i], m.dosesB[j], fits.a.params, fits.b.params);
  return finish("loewe", m, e, fits);
}

/**
 * Refit one row/column of combination responses with e0 fixed at the other drug's effect, emax = 100.
 * Two starts, the better kept: the varying drug's single-agent EC50 and slope (the combination curve is
 * that curve when the drugs do not interact), and the middle dose with slope 1.
 */
function zipRefit(doses: number[], ys: number[], e0: number, single: HillParams): number[] {
  if (doses.length === 1) return [ys[0] - 1e-10];
  try {
    const o = { fixed: { e0, emax: 100 }, lower: { h: -20 } };
    let f = fitHill(doses, ys, { ...o, start: single });
    const mid = { ...single, ec50: doses[Math.floor(doses.length / 2)], h: 1 };
    const g = fitHill(doses, ys, { ...o, start: mid });
    if (g.rss < f.rss) f = g;
    if (!f.converged) return ys;
    return doses.map((d) => hill(d, f.params));
  } catch {
    return ys;
  }
}

export function zip(m: ComboMatrix, fits = fitSingleAgents(m)): SynergyResult {
  const nA = m.dosesA.length;
  const nB = m.dosesB.length;
  const fa = m.dosesA.map((d) => hill(d, fits.a.params));
  const fb = m.dosesB.map((d) => hill(d, fits.b.params));
  const dA = m.dosesA.slice(1);
  const dB = m.dosesB.slice(1);
  const byCol = zeros(nA, nB);
  for (let j = 1; j < nB; j++) {
    const fitted = zipRefit(
      dA,
      dA.map((_, i) => m.response[i + 1][j]),
      fb[j],
      fits.a.params,
    );
    for (let i = 1; i < nA; i++) byCol[i][j] = fitted[i - 1];
  }
  const byRow = zeros(nA, nB);
  for (let i = 1; i < nA; i++) {
    const fitted = zipRefit(dB, m.response[i].slice(1), fa[i], fits.b.params);
    for (let j = 1; j < nB; j++) byRow[i][j] = fitted[j - 1];
  }
  const e = withMargins(m);
  const delta = zeros(nA, nB);
  for (let i = 1; i < nA; i++)
    for (let j = 1; j < nB; j++) {
      e[i][j] = fa[i] + fb[j] - (fa[i] * fb[j]) / 100;
      delta[i][j] = (byCol[i][j] + byRow[i][j]) / 2 - e[i][j];
    }
  return { model: "zip", expected: e, synergy: delta, summary: summarizeSynergy(delta), fits };
}

/** One reference model by name. */
export function synergy(m: ComboMatrix, model: SynergyModel): SynergyResult {
  switch (model) {
    case "bliss":
      return bliss(m);
    case "hsa":
      return hsa(m);
    case "loewe":
      return loewe(m);
    case "zip":
      return zip(m);
    default:
      throw new EngineError(
        PharmCodes.PHARM_BAD_MODEL,
        `unknown synergy model "${model as string}"; known: ${SYNERGY_MODELS.join(", ")}`,
      );
  }
}

/** All four models; the single-agent fits are shared by Loewe and ZIP. */
export function allSynergy(m: ComboMatrix): Record<SynergyModel, SynergyResult> {
  checkMatrix(m);
  const fits = fitSingleAgents(m);
  return { bliss: bliss(m), hsa: hsa(m), loewe: loewe(m, fits), zip: zip(m, fits) };
}

/** Percent inhibition of a read-out relative to its untreated control: 100 · (1 − y / control). */
export function percentInhibition(y: number, control: number): number {
  if (!(control !== 0 && Number.isFinite(control)))
    throw new EngineError(
      PharmCodes.PHARM_BAD_DATA,
      `percent inhibition needs a finite, non-zero control read-out (got ${control})`,
    );
  return 100 * (1 - y / control);
}
