/**
 * Scenarios on the STAT3 model: a context, IL-6, drugs with their regimens, pre-incubation, pulses.
 *
 * A run is a chain of simulations ("segments") split where an input switches — end of the
 * pre-incubation (IL-6 added at t = 0), IL-6 wash-out, each drug dose — so the integrator never steps
 * across a discontinuity. Each segment starts from the state the previous one ended in (species
 * concentrations and rate-rule variables passed as initial values). Doses add to the drug's medium
 * concentration, which decays first-order in between. (The exported SBML of a regimen writes the same
 * doses as SBML events, see model/build.ts.)
 */
import { Codes, type CompiledModel, compileModel, EngineError, simulate } from "@stat3/engine";
import { DRUG_ACTIONS, drugAction, type Regimen } from "../drugs/drugs.js";
import { loadKb } from "../kb/kb.js";
import { buildStat3Model, drugParam } from "../model/build.js";

export interface RunOptions {
  context?: string;
  /** IL-6 (ng/mL) from t = 0 */
  il6?: number;
  /** IL-6 washed out at this time (min); default never */
  il6Stop?: number;
  egf?: number;
  vegf?: number;
  /** drug concentrations in nM (per dose for bolus/repeated regimens) */
  drugs?: Record<string, number>;
  /** regimens by drug id (default constant) */
  regimens?: Record<string, Regimen>;
  /** drugs (constant regimen) are present from −preIncubate min; IL-6 comes at 0 */
  preIncubate?: number;
  end?: number;
  points?: number;
  /** explicit output times (≥ 0 unless pre-incubating) */
  times?: number[];
  selections?: string[];
  /** parameter overrides (calibration scans) */
  params?: Record<string, number>;
  method?: string;
  relativeTolerance?: number;
  absoluteTolerance?: number;
}

export interface RunResult {
  columns: string[];
  t: Float64Array;
  values: Float64Array[];
  context: string;
}

export const DEFAULT_SELECTIONS = ["time", "pSTAT3_fraction", "nuclear_pSTAT3_nM", "SOCS3_mRNA_rel"];

interface Prepared {
  compiled: CompiledModel;
  /** state columns carried between segments: selection string → parameter id */
  carry: { sel: string; id: string }[];
}

const compiledCache = new Map<string, Prepared>();

/** The compiled model for a context/params set (cached). Regimens are handled by the runner, not events. */
export function compiledStat3(
  context = "hepatocyte",
  params: Record<string, number> = {},
  regimens: Record<string, Regimen> = {},
): Prepared {
  // bolus/repeated regimens need their decaying concentration variable (no dose events: the runner doses)
  const reg: Record<string, Regimen> = {};
  for (const [d, r] of Object.entries(regimens))
    if (r.kind !== "constant") reg[d] = { kind: "bolus", at: Number.NaN, halfLife: r.halfLife };
  const key = JSON.stringify([context, params, reg]);
  const hit = compiledCache.get(key);
  if (hit) return hit;
  const { model } = buildStat3Model({ context, params, regimens: reg, dosingEvents: false });
  const compiled = compileModel(model);
  const carry: Prepared["carry"] = [];
  for (const s of model.species) carry.push({ sel: `[${s.id}]`, id: s.id });
  for (const r of model.rules) if (r.kind === "rate") carry.push({ sel: r.variable, id: r.variable });
  const out = { compiled, carry };
  compiledCache.set(key, out);
  return out;
}

/** Edit distance (Levenshtein), for "did you mean" hints. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}

/** Check a drug id against the model's drug table (ids as in the knowledge base). */
export function checkDrug(id: string): void {
  if (drugAction(id)) return;
  const known = DRUG_ACTIONS.map((d) => d.drug);
  const kbHit = loadKb().resolve(id);
  const byName = kbHit && known.includes(kbHit.id) ? [kbHit.id] : [];
  const close = known.filter((k) => distance(k, id.toLowerCase()) <= 3);
  const hint = [...new Set([...byName, ...close])];
  throw new EngineError(
    Codes.SIM_BAD_SETTING,
    `unknown drug "${id}"${hint.length ? ` (did you mean ${hint.join(", ")}?)` : ""}; known: ${known.join(", ")}`,
  );
}

/** Simulate a scenario; see the module comment. */
export function runStat3(o: RunOptions): RunResult {
  const context = o.context ?? "hepatocyte";
  const drugs = o.drugs ?? {};
  for (const d of Object.keys(drugs)) checkDrug(d);
  const regimens = o.regimens ?? {};
  for (const d of Object.keys(regimens)) checkDrug(d);
  const { compiled, carry } = compiledStat3(context, o.params ?? {}, regimens);
  const pre = o.preIncubate ?? 0;
  if (!(pre >= 0)) throw new EngineError(Codes.SIM_BAD_SETTING, `pre-incubation must be ≥ 0 min, got ${pre}`);
  const start = -pre;
  let times: number[];
  if (o.times) times = [...o.times];
  else {
    const end = o.end ?? 120;
    const points = o.points ?? 121;
    if (!(end > 0)) throw new EngineError(Codes.SIM_BAD_SETTING, `end must be > 0 min, got ${end}`);
    if (!(points >= 2 && Number.isInteger(points)))
      throw new EngineError(Codes.SIM_BAD_SETTING, `points must be an integer ≥ 2, got ${points}`);
    times = Array.from({ length: points }, (_, i) => (i * end) / (points - 1));
  }
  if (times.length === 0 || times.some((t, i) => i > 0 && t < times[i - 1]))
    throw new EngineError(Codes.SIM_BAD_SETTING, "output times must be non-decreasing");
  if (times[0] < start)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `output time ${times[0]} is before the start of the run (${start})`,
    );
  const tEnd = times[times.length - 1];
  const selections = o.selections ?? DEFAULT_SELECTIONS;

  // switch points: IL-6 added (0), IL-6 removed, doses
  const doses: { t: number; drug: string }[] = [];
  const base: Record<string, number> = {
    IL6_ng_per_mL: 0,
    EGF_ng_per_mL: o.egf ?? 0,
    VEGF_ng_per_mL: o.vegf ?? 0,
  };
  for (const [d, c] of Object.entries(drugs)) {
    if (!(c >= 0))
      throw new EngineError(Codes.SIM_BAD_SETTING, `drug ${d}: concentration must be ≥ 0 nM, got ${c}`);
    const r = regimens[d] ?? { kind: "constant" };
    if (r.kind === "constant") base[drugParam(d)] = c;
    else if (r.kind === "bolus") doses.push({ t: r.at ?? start, drug: d });
    else for (let k = 0; k < r.doses; k++) doses.push({ t: (r.first ?? start) + k * r.every, drug: d });
  }
  const cuts = new Set<number>([start, tEnd]);
  if (start < 0) cuts.add(0);
  if (o.il6Stop !== undefined && o.il6Stop > 0 && o.il6Stop < tEnd) cuts.add(o.il6Stop);
  for (const d of doses) if (d.t >= start && d.t < tEnd) cuts.add(d.t);
  const bounds = [...cuts].filter((t) => t >= start && t <= tEnd).sort((a, b) => a - b);

  const nSel = selections.length;
  const out = selections.map(() => new Float64Array(times.length));
  const allSel = [...selections, ...carry.map((c) => c.sel)];
  let state: Record<string, number> = {};
  let ti = 0;
  for (let k = 0; k + 1 < bounds.length || (bounds.length === 1 && k === 0); k++) {
    const a = bounds[k];
    const b = bounds.length === 1 ? a : bounds[k + 1];
    const last = k + 2 >= bounds.length;
    const p: Record<string, number> = { ...base, ...state };
    p.IL6_ng_per_mL = a >= 0 && (o.il6Stop === undefined || a < o.il6Stop) ? (o.il6 ?? 0) : 0;
    for (const d of doses) {
      if (d.t === a) {
        const id = `drug_${d.drug}_conc`;
        p[id] = (p[id] ?? 0) + drugs[d.drug];
      }
    }
    // outputs in [a, b) (and b itself on the last segment)
    const segTimes: number[] = [a];
    const idx: number[] = [];
    while (ti < times.length && (times[ti] < b || (last && times[ti] <= b))) {
      if (times[ti] >= a) {
        idx.push(segTimes.length);
        segTimes.push(times[ti]);
      }
      ti++;
    }
    const outIdxStart = ti - idx.length;
    segTimes.push(b);
    const sol = simulate(compiled, {
      times: segTimes,
      start: a,
      // the state is carried only into a following segment: the last one selects the outputs alone
      selections: last ? selections : allSel,
      parameters: p,
      method: o.method ?? "bdf",
      options: {
        relative_tolerance: o.relativeTolerance ?? 1e-6,
        absolute_tolerance: o.absoluteTolerance ?? 1e-9,
      },
    });
    idx.forEach((j, m) => {
      for (let s = 0; s < nSel; s++) out[s][outIdxStart + m] = sol.values[s][j];
    });
    const endI = segTimes.length - 1;
    if (last) break;
    state = {};
    carry.forEach((c, m) => {
      state[c.id] = Math.max(0, sol.values[nSel + m][endI]);
    });
    if (bounds.length === 1) break;
  }
  return { columns: selections, t: Float64Array.from(times), values: out, context };
}

/** Value of one selection at one time (convenience for read-outs like pSTAT3_fraction@20). */
export function valueAt(o: RunOptions, selection: string, time: number): number {
  const r = runStat3({ ...o, times: [time], selections: [selection] });
  return r.values[0][0];
}
