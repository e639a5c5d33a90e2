/**
 * Pharmacokinetics of the tumour-microenvironment therapies: a linear one-compartment model with
 * first-order absorption (oral or i.p.) or an i.v. bolus, dosed repeatedly (Gabrielsson & Weiner,
 * Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed. 2016, ch. 2; Rowland & Tozer, Clinical
 * Pharmacokinetics, 4th ed., ch. 3–5):
 *
 *   dA_gut/dt = −ka·A_gut                       (a dose of F·D mg/kg enters A_gut; i.v. enters A_c)
 *   dA_c/dt   =  ka·A_gut − ke·A_c,  ke = ln2 / t½
 *   C (nM)    =  fu · (A_c / Vd) / MW · 1e6     (mg/kg ÷ L/kg = mg/L; mg/L ÷ g/mol = 1e6 nM)
 *
 * Coefficients per agent: MW (g/mol), Vd (L/kg), t½ (h), ka (1/h), F (oral bioavailability) and fu (free,
 * tissue-available fraction). Potencies are NOT defined here: small molecules reuse the cell-level model's
 * K (DRUG_ACTIONS, nM) and their class; antibodies get a binding Kd. Every PK number not in
 * shared/reference is a named assumption (tag "A") — none of them is fitted to data.
 *
 * A regimen is parsed from text such as `stattic@25mg/kg/day`, `anti_pd1@10mg/kg/3d,ip,from=7`
 * or `ruxolitinib@50mg/kg/12h,oral,from=0,to=21`.
 */
import { EngineError } from "@stat3/engine";
import { DRUG_ACTIONS, type DrugSite, drugAction } from "../drugs/drugs.js";
import { TmeCodes } from "./messages.js";

export type Route = "iv" | "oral" | "ip";
export type CheckpointTarget = "pd1" | "pdl1" | "ctla4";

export interface PkAgent {
  id: string;
  kind: "stat3_inhibitor" | "checkpoint";
  /** for STAT3 inhibitors: the cell-level model's sites (class); checkpoint agents: their target */
  sites?: DrugSite[];
  target?: CheckpointTarget;
  /** potency (nM): DRUG_ACTIONS K for small molecules, binding Kd for antibodies */
  K: number;
  mw: number;
  vd: number;
  halfLifeH: number;
  ka: number;
  F: number;
  fu: number;
  defaultRoute: Route;
  source: string;
}

/**
 * Assumed small-molecule PK (mouse scale, i.p. by default): Vd 1 L/kg, t½ 2 h, ka 2 /h, F 0.5, fu 1 (the
 * cell-level K is a total medium concentration, so it is compared with total plasma). These are generic
 * drug-like placeholders (assumption A): no verified mouse PK for the review's agents is in
 * shared/reference. Molecular weights are from the compounds' formulas (standard chemistry).
 */
const SMALL = { vd: 1, halfLifeH: 2, ka: 2, F: 0.5, fu: 1 };
const MW: Record<string, number> = {
  stattic: 211.2, // C8H5NO4S
  s3i_201: 417.4, // C16H15NO7S
  cryptotanshinone: 296.4, // C19H20O3
  sta_21: 322.4, // C19H22O4 (ochromycinone)
  ruxolitinib: 306.4, // C17H18N6
  tofacitinib: 312.4, // C16H20N6O
  dasatinib: 488.0, // C22H26ClN7O2S
  gefitinib: 446.9, // C22H24ClFN4O3
  erlotinib: 393.4, // C22H23N3O4
  sorafenib: 464.8, // C21H16ClF3N4O3
  nifuroxazide: 275.2, // C12H9N3O5
  pd153035: 360.2, // C16H14BrN3O2
  is3_295: 500, // platinum complex; nominal (assumption)
  s3i_1757: 500, // nominal (assumption)
  s3i_m2001: 500, // nominal (assumption)
};

/** IgG: MW 150 kDa; Vd 0.1 L/kg (≈ plasma + interstitium), t½ 5 days in mice, i.p. ka 1 /h, F 0.9, fu 1 (A). */
const IGG = { mw: 150000, vd: 0.1, halfLifeH: 120, ka: 1, F: 0.9, fu: 1 };
/** Checkpoint antibody Kd: 1 nM, typical of therapeutic anti-PD-1/PD-L1/CTLA4 IgGs (assumption A). */
const KD_ANTIBODY = 1;

export const CHECKPOINT_AGENTS: readonly PkAgent[] = [
  {
    id: "anti_pd1",
    kind: "checkpoint",
    target: "pd1",
    K: KD_ANTIBODY,
    ...IGG,
    defaultRoute: "ip",
    source: "anti-PD-1 IgG: blocks PD-1 on CD8 T cells; PK and Kd are assumptions (A)",
  },
  {
    id: "anti_pdl1",
    kind: "checkpoint",
    target: "pdl1",
    K: KD_ANTIBODY,
    ...IGG,
    defaultRoute: "ip",
    source: "anti-PD-L1 IgG: blocks PD-L1 on tumour cells and macrophages; PK and Kd are assumptions (A)",
  },
  {
    id: "anti_ctla4",
    kind: "checkpoint",
    target: "ctla4",
    K: KD_ANTIBODY,
    ...IGG,
    defaultRoute: "ip",
    source:
      "anti-CTLA4 IgG: blocks CTLA4 on Treg (and depletes intratumoural Treg via Fc); PK, Kd assumptions (A)",
  },
];

/** Every agent the TME model knows: the cell-level model's STAT3-pathway drugs plus the checkpoint antibodies. */
export function pkAgent(id: string): PkAgent {
  const key = id.trim().toLowerCase().replace(/-/g, "_");
  const cp = CHECKPOINT_AGENTS.find((a) => a.id === key);
  if (cp) return cp;
  const d = drugAction(key);
  if (!d)
    throw new EngineError(
      TmeCodes.TME_UNKNOWN_AGENT,
      `unknown therapy agent "${id}"`,
      undefined,
      `known: ${listAgents().join(", ")}`,
    );
  const mw = MW[d.drug] ?? 400;
  return {
    id: d.drug,
    kind: "stat3_inhibitor",
    sites: d.sites,
    K: d.K,
    mw,
    ...SMALL,
    defaultRoute: "ip",
    source: `potency K = ${d.K.toPrecision(3)} nM and class [${d.sites.join(", ")}] from the cell-level model (${d.confidence}: ${d.source}); MW ${MW[d.drug] ? "from formula" : "nominal 400 g/mol (A)"}; Vd, t½, ka, F, fu generic assumptions (A)`,
  };
}

export function listAgents(): string[] {
  return [...DRUG_ACTIONS.map((d) => d.drug), ...CHECKPOINT_AGENTS.map((a) => a.id)];
}

export interface Regimen {
  agent: PkAgent;
  /** mg/kg per dose */
  dose: number;
  /** days between doses; Infinity = a single dose */
  every: number;
  route: Route;
  /** first dose (day) */
  from: number;
  /** no dose at or after this day */
  to: number;
  /** the text it was parsed from */
  text: string;
}

const INTERVALS: Record<string, number> = {
  day: 1,
  d: 1,
  daily: 1,
  week: 7,
  w: 7,
  once: Number.POSITIVE_INFINITY,
};

/** Parse `agent@<dose>mg/kg[/<interval>][,route][,from=<day>][,to=<day>]`; interval day|week|once|<n>d|<n>h. */
export function parseTherapy(text: string): Regimen {
  const bad = (why: string): never => {
    throw new EngineError(
      TmeCodes.TME_BAD_DOSE,
      `therapy "${text}": ${why}`,
      undefined,
      "write AGENT@DOSEmg/kg[/INTERVAL][,iv|oral|ip][,from=DAY][,to=DAY], e.g. stattic@25mg/kg/day or anti_pd1@10mg/kg/3d,from=7",
    );
  };
  const [head, ...opts] = text.trim().split(",");
  const at = head!.indexOf("@");
  if (at < 0) bad('missing "@" between agent and dose');
  const agent = pkAgent(head!.slice(0, at));
  const m = /^([0-9]*\.?[0-9]+(?:e[-+]?\d+)?)\s*([a-zµ]+\/[a-z]+)(?:\/(.+))?$/i.exec(
    head!.slice(at + 1).trim(),
  );
  if (!m) return bad("cannot read the dose");
  const dose = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (unit !== "mg/kg") bad(`unknown dose unit "${m[2]}" (the TME model doses in mg/kg)`);
  if (!(dose >= 0) || !Number.isFinite(dose)) bad("dose must be a non-negative number");
  let every = 1;
  if (m[3] !== undefined) {
    const iv = m[3].toLowerCase();
    const n = /^([0-9]*\.?[0-9]+)\s*(d|h|day|days|w|week)$/.exec(iv);
    if (iv in INTERVALS) every = INTERVALS[iv]!;
    else if (n) every = Number(n[1]) * (n[2]!.startsWith("h") ? 1 / 24 : n[2]!.startsWith("w") ? 7 : 1);
    else bad(`unknown dosing interval "${m[3]}" (day, week, once, <n>d or <n>h)`);
    if (!(every > 0)) bad("the dosing interval must be positive");
  }
  let route: Route = agent.defaultRoute;
  let from = 0;
  let to = Number.POSITIVE_INFINITY;
  for (const o of opts) {
    const s = o.trim().toLowerCase();
    if (s === "iv" || s === "oral" || s === "ip" || s === "po") route = s === "po" ? "oral" : s;
    else if (s.startsWith("from=")) from = Number(s.slice(5));
    else if (s.startsWith("to=")) to = Number(s.slice(3));
    else bad(`unknown option "${o}"`);
  }
  if (!Number.isFinite(from) || from < 0 || Number.isNaN(to) || to <= from)
    bad("from/to must satisfy 0 ≤ from < to");
  return { agent, dose, every, route, from, to, text };
}

/** Dose times (days) of a regimen within [0, days). */
export function doseTimes(r: Regimen, days: number): number[] {
  const out: number[] = [];
  const end = Math.min(r.to, days);
  for (let k = 0; ; k++) {
    const t = k === 0 ? r.from : r.from + k * r.every; // (0·∞ would be NaN for a single dose)
    if (!(t < end) || k > 100000) break;
    out.push(t);
    if (!Number.isFinite(r.every)) break;
  }
  return out;
}

/** Elimination and absorption rates in 1/day. */
export function pkRates(a: PkAgent): { ke: number; ka: number } {
  return { ke: (Math.LN2 / a.halfLifeH) * 24, ka: a.ka * 24 };
}

/** mg/kg in the central compartment → free concentration in nM. */
export function amountToNm(a: PkAgent, amountMgPerKg: number): number {
  return (a.fu * (amountMgPerKg / a.vd) * 1e6) / a.mw;
}

/**
 * Closed-form concentration (nM) of a regimen at time t (days) by superposition of single doses (Bateman
 * function for oral/i.p., exponential decay for i.v.); a dose at exactly t counts (post-dose value, as the
 * simulation reports). Used by tests to check the ODE PK.
 */
export function concentrationAt(r: Regimen, t: number, days = t + 1): number {
  const { ke, ka } = pkRates(r.agent);
  let amount = 0;
  for (const td of doseTimes(r, days)) {
    if (td > t) break;
    const dt = t - td;
    if (r.route === "iv") amount += r.dose * Math.exp(-ke * dt);
    else amount += ((r.agent.F * r.dose * ka) / (ka - ke)) * (Math.exp(-ke * dt) - Math.exp(-ka * dt));
  }
  return amountToNm(r.agent, amount);
}
