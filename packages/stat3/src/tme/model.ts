/**
 * The tumour microenvironment of the review's Fig. 2 as a population ODE model, with STAT3 activity as a
 * state of every population, driven by cytokines and drugs, and therapy pharmacokinetics.
 *
 * Growth and CD8 killing: Kuznetsov et al. 1994 Bull Math Biol 56:295 (doi:10.1007/BF02460644), coefficients
 * a, b, s, p, g, m, d, n; NK: de Pillis et al. 2005 Cancer Res 65:7950 (doi:10.1158/0008-5472.CAN-05-0447),
 * coefficients f, q, c. Every other coefficient is in parameters.ts with its source or named assumption; the
 * STAT3 rules (rules.ts) name the review's references. With `coupling: false` the tumour/CD8 pair is exactly
 * Kuznetsov's model (no STAT3, NK, CSC or vascular feedback), which the tests check.
 *
 * Structure: 23 population/STAT3 states + 2 PK states (gut depot, central amount) per therapy agent.
 * Cytokines, PD-L1, CTLA4 and kill rates are algebraic (quasi-steady: cytokine half-lives are minutes to
 * hours, cells change over days). The right-hand side works in place on Float64Arrays (no allocation).
 * Doses are discontinuities: the driver integrates between dose times and restarts the integrator.
 */
import { EngineError, type Integrator, makeIntegrator, type OdeSystem } from "@stat3/engine";
import { TmeCodes } from "./messages.js";
import { defaultTmeParams, type TmeParams } from "./parameters.js";
import { amountToNm, doseTimes, pkRates, type Regimen } from "./pk.js";

/** State layout. */
export const STATES = [
  "T", // non-stem tumour cells
  "C", // cancer stem cells
  "E", // CD8 effector T
  "N", // NK
  "Di", // immature DC
  "Dm", // mature DC
  "M1",
  "M2",
  "MDSC",
  "Treg",
  "B",
  "V", // vascular index (1 = baseline)
  "F", // CAFs
  "S_T", // STAT3 activity (0–1) in tumour, CD8/T, NK, DC, macrophage, MDSC, Treg, B, endothelium, CAF
  "S_E",
  "S_N",
  "S_D",
  "S_M",
  "S_MD",
  "S_R",
  "S_B",
  "S_En",
  "S_F",
] as const;
const NS = STATES.length;
export type Stat3State = "S_T" | "S_E" | "S_N" | "S_D" | "S_M" | "S_MD" | "S_R" | "S_B" | "S_En" | "S_F";
const [
  iT,
  iC,
  iE,
  iN,
  iDi,
  iDm,
  iM1,
  iM2,
  iMD,
  iR,
  iB,
  iV,
  iF,
  iST,
  iSE,
  iSN,
  iSD,
  iSM,
  iSMD,
  iSR,
  iSB,
  iSEn,
  iSF,
] = STATES.map((_, i) => i) as number[] as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

/** Algebraic read-outs computed at each output time (besides the states). */
export const READOUTS = [
  "tumour",
  "tumour_volume_mm3",
  "csc_fraction",
  "dc_mature_fraction",
  "m2_fraction",
  "IL6",
  "IL10",
  "TGFb",
  "VEGF",
  "CXCL10",
  "CXCL12",
  "pdl1_tumour",
  "pdl1_macrophage",
  "pd1_engagement",
  "ctla4_treg",
  "cd8_priming",
  "cd8_kill_rate",
  "nk_kill_rate",
  "vascular_index",
  "metastatic_potential",
  "stat3_inhibition",
  "occ_pd1",
  "occ_pdl1",
  "occ_ctla4",
  "pdl1_tumour_stat3",
] as const;
const NR = READOUTS.length;

export interface TmeOptions {
  days?: number;
  /** output points per day (default 4) */
  perDay?: number;
  params?: Partial<TmeParams>;
  /** STAT3 coupling (and NK, CSC, vascular feedback); false = Kuznetsov's model for T and E */
  coupling?: boolean;
  therapies?: Regimen[];
  /**
   * Hold the tumour (T and C) at its initial size: isolates how tumour STAT3 reshapes the immune
   * landscape at a fixed burden (the per-rule claim checks use it); tumour growth is then not simulated.
   */
  clampTumour?: boolean;
  /**
   * Pin the STAT3 activity of populations (S_T, S_E, S_N, S_D, S_M, S_MD, S_R, S_B, S_En, S_F) at given
   * values (0–1): STAT3 as an input instead of a state; the per-rule tests raise one population at a time.
   */
  stat3Fixed?: Partial<Record<Stat3State, number>>;
  /** initial values overriding the defaults, by state name */
  initial?: Partial<Record<(typeof STATES)[number], number>>;
  method?: string;
}

export interface TmeRun {
  t: Float64Array;
  /** every state, every read-out, and conc_<agent> (nM) by name */
  series: Record<string, Float64Array>;
  columns: string[];
  stats: { steps: number; rhsEvals: number; restarts: number };
  therapies: Regimen[];
}

/** Per-call scratch shared by rhs and read-outs (preallocated). */
interface Ctx {
  P: TmeParams;
  coupling: boolean;
  clamp: boolean;
  /** 1 where a STAT3 state is pinned */
  pinned: Uint8Array;
  nAgents: number;
  ke: Float64Array;
  ka: Float64Array;
  /** nM per mg/kg in the central compartment */
  toNm: Float64Array;
  K: Float64Array;
  /** 0 direct (sh2/dbd/stat3_activation), 1 jak, 2 oncogenic kinase (egfr/src/abl), 3 pd1, 4 pdl1, 5 ctla4 */
  cls: Int32Array;
  alg: Float64Array;
}

function classOf(r: Regimen): number {
  const a = r.agent;
  if (a.kind === "checkpoint") return a.target === "pd1" ? 3 : a.target === "pdl1" ? 4 : 5;
  const s = a.sites ?? [];
  if (s.includes("sh2") || s.includes("dbd") || s.includes("stat3_activation")) return 0;
  if (s.includes("jak")) return 1;
  return 2;
}

const sat = (x: number) => x / (1 + x);

/**
 * The algebraic part: drug factors, cytokines, PD-L1/CTLA4, priming and kill rates from the state.
 * Writes into ctx.alg (indexed like READOUTS, plus drug factors at NR..NR+2).
 */
function algebra(c: Ctx, y: Float64Array): void {
  const P = c.P;
  const o = c.alg;
  // drug factors and checkpoint occupancies
  let fDirect = 1;
  let fJak = 1;
  let fOnco = 1;
  let free1 = 1;
  let freeL1 = 1;
  let freeC4 = 1;
  for (let k = 0; k < c.nAgents; k++) {
    const conc = Math.max(0, y[NS + 2 * k + 1]!) * c.toNm[k]!;
    const f = 1 / (1 + conc / c.K[k]!); // non-competitive factor (cell-level model) / free-target fraction Kd/(Kd + C)
    switch (c.cls[k]) {
      case 0:
        fDirect *= f;
        break;
      case 1:
        fJak *= f;
        break;
      case 2:
        fOnco *= f;
        break;
      case 3:
        free1 *= f;
        break;
      case 4:
        freeL1 *= f;
        break;
      default:
        freeC4 *= f;
    }
  }
  const Ttot = Math.max(0, y[iT]!) + Math.max(0, y[iC]!);
  const sigT = sat(Ttot / P.T_ref);
  const ST = y[iST]!;
  const SE = y[iSE]!;
  const M1 = y[iM1]!;
  const M2 = y[iM2]!;
  const mdsc = y[iMD]! / P.MD_ref;
  const treg = y[iR]! / P.R_ref;
  const caf = y[iF]! / P.F_ref;
  const il6 = P.i6_0 + P.i6_tumour * sigT * ST + P.i6_caf * caf + P.i6_m2 * (M2 / P.M_ref) + P.i6_mdsc * mdsc;
  const il10 =
    P.i10_tumour * sigT * ST +
    P.i10_t * sat(y[iE]! / P.E_ref) * SE +
    P.i10_m2 * (M2 / P.M_ref) +
    P.i10_treg * treg +
    P.i10_b * (y[iB]! / P.B_ref) * y[iSB]!;
  const tgfb =
    P.tgfb_tumour * sigT * ST + P.tgfb_treg * treg + P.tgfb_m2 * (M2 / P.M_ref) + P.tgfb_mdsc * mdsc;
  const vegf = P.vegf_0 + P.vegf_tumour * sigT * ST + P.vegf_m2 * (M2 / P.M_ref) + P.vegf_mdsc * mdsc;
  const cxcl10 = P.x10_tumour * sigT * (1 - ST) + P.x10_m1 * (M1 / P.M_ref);
  const cxcl12 = P.z12_caf * caf;
  const E = Math.max(0, y[iE]!);
  const pdl1T = P.pdl1_tumour_0 + P.pdl1_tumour_ifn * (E / (E + P.E_ref)) + P.pdl1_tumour_stat3 * ST;
  const pdl1M = P.pdl1_mac * y[iSM]!;
  const macShare = (M1 + M2) / P.M_ref;
  const pdEng = (pdl1T * sigT + pdl1M * sat(macShare)) * freeL1 * free1;
  // cytokine effects saturate: levels are in units of their half-maximal effect
  const sTgfb = sat(tgfb);
  const ctla4 = P.ctla4_0 + (1 - P.ctla4_0) * y[iSR]!;
  const Dm = Math.max(0, y[iDm]!);
  const prime =
    (P.prime_gain * ((2 * Dm) / (Dm + P.D_ref)) * (1 - P.eps_th1 * SE)) /
    (1 + P.kappa_treg * sat(treg) * ctla4 * freeC4);
  const infl = (1 + P.chi_cxcl10 * sat(cxcl10)) / (1 + P.chi_cxcl12 * sat(cxcl12));
  const killE =
    (P.kill_gain * P.n * (1 - P.eps_cd8 * SE)) /
    ((1 + P.kappa_pd * pdEng) * (1 + P.kappa_mdsc * sat(mdsc)) * (1 + P.kappa_tgfb * sTgfb));
  const killN =
    (P.c_nk * (1 - P.eps_nk * y[iSN]!) * (1 + P.chi_cxcl10 * sat(cxcl10))) / (1 + P.kappa_tgfb * sTgfb);
  const C = Math.max(0, y[iC]!);
  o[0] = Ttot;
  o[1] = Ttot * P.mm3_per_cell;
  o[2] = Ttot > 0 ? C / Ttot : 0;
  const Di = Math.max(0, y[iDi]!);
  o[3] = Di + Dm > 0 ? Dm / (Di + Dm) : 0;
  o[4] = M1 + M2 > 0 ? M2 / (M1 + M2) : 0;
  o[5] = il6;
  o[6] = il10;
  o[7] = tgfb;
  o[8] = vegf;
  o[9] = cxcl10;
  o[10] = cxcl12;
  o[11] = pdl1T;
  o[12] = pdl1M;
  o[13] = pdEng;
  o[14] = ctla4;
  o[15] = prime * infl;
  o[16] = killE * E; // per-tumour-cell CD8 kill rate (1/day)
  o[17] = killN * Math.max(0, y[iN]!); // per-tumour-cell NK kill rate (1/day)
  o[18] = y[iV]!;
  // relative index: tumour burden × (CSC share + 5 %) × endothelial CAM × CAF STAT3 × CXCL12 (per 10⁶ cells)
  o[19] =
    Ttot * (o[2] + 0.05) * (1 + P.w_cam * y[iSEn]!) * (1 + P.w_caf * y[iSF]!) * (1 + sat(cxcl12)) * 1e-6;
  o[20] = 1 - fDirect * fJak;
  o[21] = 1 - free1;
  o[22] = 1 - freeL1;
  o[23] = 1 - freeC4;
  o[24] = P.pdl1_tumour_stat3 * ST;
  o[NR] = fDirect;
  o[NR + 1] = fJak;
  o[NR + 2] = fOnco;
  o[NR + 3] = freeC4;
  o[NR + 4] = prime;
  o[NR + 5] = infl;
  o[NR + 6] = killE;
  o[NR + 7] = killN;
  o[NR + 8] = sigT;
}

function rhs(c: Ctx, y: Float64Array, dy: Float64Array): void {
  const P = c.P;
  algebra(c, y);
  const o = c.alg;
  const T = y[iT]!;
  const C = y[iC]!;
  const E = y[iE]!;
  const Ttot = T + C;
  const sigT = o[NR + 8]!;
  const fDirect = o[NR]!;
  const fJak = o[NR + 1]!;
  const fOnco = o[NR + 2]!;
  if (!c.coupling) {
    // Kuznetsov 1994 exactly for (T, E); the rest of the system still evolves but feeds nothing back
    const growth = P.a * (1 - P.b * Ttot);
    dy[iT] = growth * T - P.n * E * T;
    dy[iC] = growth * C - P.n * E * C;
    dy[iE] = P.s + (P.p * E * Ttot) / (P.g + Ttot) - P.m * E * Ttot - P.d * E;
  } else {
    const ST = y[iST]!;
    const aEff = P.a * (1 + P.eps_prol * (ST - 0.5));
    const growth = aEff * (1 - (P.b * Ttot) / Math.max(y[iV]!, 1e-3));
    const kill = o[16]! + o[17]!;
    dy[iT] = growth * T - kill * T;
    // CSC self-renewal needs STAT3 (refs 53–58): CSCs outgrow bulk cells when S_T > 0.5, lose ground below
    dy[iC] = growth * (1 + P.eps_csc * (ST - 0.5)) * C - P.csc_resist * kill * C;
    const prime = o[NR + 4]!;
    const infl = o[NR + 5]!;
    dy[iE] = P.s * prime * infl + (P.p * prime * E * Ttot) / (P.g + Ttot) - P.m * E * Ttot - P.d * E;
  }
  if (c.clamp) {
    dy[iT] = 0;
    dy[iC] = 0;
  }
  const N = y[iN]!;
  dy[iN] = P.s_nk * (1 + P.chi_cxcl10 * sat(o[9]!)) - P.f_nk * N - P.q_nk * N * Ttot;
  const il10 = o[6]!;
  const Di = y[iDi]!;
  const mat = (P.k_mat * sigT * (1 - P.eps_dc * y[iSD]!)) / (1 + P.il10_dc * sat(il10));
  dy[iDi] = P.s_dc * (1 + sigT) - P.d_dci * Di - mat * Di;
  dy[iDm] = mat * Di - P.d_dcm * y[iDm]!;
  const SM = y[iSM]!;
  const M1 = y[iM1]!;
  const M2 = y[iM2]!;
  const inflow = P.s_mac * (1 + sigT);
  const conv = P.k_pol * (SM * M1 - (1 - SM) * M2);
  dy[iM1] = inflow * (1 - SM) - conv - P.d_mac * M1;
  dy[iM2] = inflow * SM + conv - P.d_mac * M2;
  const cx12 = 1 + P.chi_cxcl12 * sat(o[10]!);
  dy[iMD] = P.s_mdsc * sigT * y[iST]! * (1 + P.eps_mdsc * y[iSMD]!) * cx12 - P.d_mdsc * y[iMD]!;
  const freeC4 = o[NR + 3]!;
  dy[iR] =
    P.s_treg * (1 + P.eps_treg_tgfb * sat(o[7]!)) * cx12 -
    (P.d_treg + P.deplete_ctla4 * (1 - freeC4)) * y[iR]!;
  dy[iB] = P.s_b - P.d_b * (1 - P.eps_b * y[iSB]!) * y[iB]!;
  dy[iF] = P.s_caf * sigT * (1 + sat(o[7]!)) - P.d_caf * y[iF]!;
  if (c.coupling) {
    const vT = ((0.5 + sat(o[8]!)) * (1 + P.eps_vasc * y[iSEn]!)) / (1 + 0.5 * P.eps_vasc);
    dy[iV] = P.k_vasc * (vT - y[iV]!);
  } else dy[iV] = 0;
  // STAT3 activities relax to sat(drive)·(direct-inhibitor factor)
  const il6 = o[5]!;
  const cyto = P.w_cyto * (sat(il6) + sat(il10)) * fJak;
  const k = P.k_stat3;
  dy[iST] = k * (sat(P.g_tumour * fOnco + P.w_il6_tumour * sat(il6) * fJak) * fDirect - y[iST]!);
  const immune = sat(P.basal_immune + cyto) * fDirect;
  dy[iSE] = k * (immune - y[iSE]!);
  dy[iSN] = k * (immune - y[iSN]!);
  dy[iSD] = k * (immune - y[iSD]!);
  dy[iSM] = k * (immune - y[iSM]!);
  dy[iSMD] = k * (immune - y[iSMD]!);
  dy[iSR] = k * (immune - y[iSR]!);
  dy[iSB] = k * (immune - y[iSB]!);
  dy[iSEn] = k * (sat(P.basal_immune + P.w_cyto * (sat(il6) + sat(o[8]!)) * fJak) * fDirect - y[iSEn]!); // VEGF→VEGFR2→STAT3 (ref 63)
  dy[iSF] = k * (sat(P.basal_immune + P.w_cyto * (sat(il6) + sat(o[7]!)) * fJak) * fDirect - y[iSF]!);
  for (let i = iST; i <= iSF; i++) if (c.pinned[i]) dy[i] = 0;
  // PK
  for (let a = 0; a < c.nAgents; a++) {
    const g = y[NS + 2 * a]!;
    const cen = y[NS + 2 * a + 1]!;
    dy[NS + 2 * a] = -c.ka[a]! * g;
    dy[NS + 2 * a + 1] = c.ka[a]! * g - c.ke[a]! * cen;
  }
}

/** Default initial state: Kuznetsov's T0/E0 with a CSC fraction; other populations at their reference sizes. */
export function initialState(P: TmeParams, nAgents: number): Float64Array {
  const y = new Float64Array(NS + 2 * nAgents);
  y[iT] = P.T0 * (1 - P.csc0);
  y[iC] = P.T0 * P.csc0;
  y[iE] = P.E0;
  y[iN] = P.s_nk / P.f_nk;
  y[iDi] = 1e5;
  y[iDm] = P.D_ref;
  y[iM1] = P.M_ref / 2;
  y[iM2] = P.M_ref / 2;
  y[iMD] = P.MD_ref * 0.3;
  y[iR] = P.R_ref;
  y[iB] = P.B_ref;
  y[iV] = 1;
  y[iF] = P.F_ref * 0.3;
  for (let i = iST; i <= iSF; i++) y[i] = 0.3;
  return y;
}

/** Simulate the TME model. */
export function simulateTme(opts: TmeOptions = {}): TmeRun {
  const days = opts.days ?? 60;
  if (!(days > 0) || !Number.isFinite(days))
    throw new EngineError(TmeCodes.TME_BAD_OPTION, `days must be a positive number (got ${days})`);
  const perDay = opts.perDay ?? 4;
  const defaults = defaultTmeParams();
  const P = { ...defaults, ...opts.params } as TmeParams;
  for (const [k, v] of Object.entries(opts.params ?? {}))
    if (!(k in defaults) || !Number.isFinite(v))
      throw new EngineError(TmeCodes.TME_BAD_OPTION, `parameter "${k}" is unknown or not finite`);
  const therapies = opts.therapies ?? [];
  const nA = therapies.length;
  const c: Ctx = {
    P,
    coupling: opts.coupling ?? true,
    clamp: opts.clampTumour ?? false,
    pinned: new Uint8Array(NS),
    nAgents: nA,
    ke: new Float64Array(nA),
    ka: new Float64Array(nA),
    toNm: new Float64Array(nA),
    K: new Float64Array(nA),
    cls: new Int32Array(nA),
    alg: new Float64Array(NR + 16),
  };
  therapies.forEach((r, k) => {
    const { ke, ka } = pkRates(r.agent);
    c.ke[k] = ke;
    c.ka[k] = ka;
    c.toNm[k] = amountToNm(r.agent, 1);
    c.K[k] = r.agent.K;
    c.cls[k] = classOf(r);
  });
  const y0 = initialState(P, nA);
  for (const [name, v] of Object.entries(opts.initial ?? {})) {
    const i = (STATES as readonly string[]).indexOf(name);
    if (i < 0 || v === undefined) throw new EngineError(TmeCodes.TME_BAD_OPTION, `unknown state "${name}"`);
    y0[i] = v;
  }
  for (const [name, v] of Object.entries(opts.stat3Fixed ?? {})) {
    const i = (STATES as readonly string[]).indexOf(name);
    if (i < iST || i > iSF || v === undefined || !(v >= 0 && v <= 1))
      throw new EngineError(
        TmeCodes.TME_BAD_OPTION,
        `stat3Fixed: "${name}" must be a STAT3 state with a value in [0, 1]`,
      );
    y0[i] = v;
    c.pinned[i] = 1;
  }
  const n = y0.length;
  const system: OdeSystem = { n, rhs: (_t, y, dy) => rhs(c, y, dy), autonomous: true };
  // dose events: (time, agent index, amount into gut or central)
  const doses: { t: number; k: number }[] = [];
  therapies.forEach((r, k) => {
    for (const t of doseTimes(r, days)) doses.push({ t, k });
  });
  doses.sort((x, z) => x.t - z.t);
  const nOut = Math.round(days * perDay) + 1;
  const tOut = new Float64Array(nOut);
  for (let i = 0; i < nOut; i++) tOut[i] = (days * i) / (nOut - 1);
  const cols = [...STATES, ...READOUTS, ...therapies.map((r) => `conc_${r.agent.id}`)];
  const data = cols.map(() => new Float64Array(nOut));
  const ybuf = new Float64Array(n);
  const record = (i: number, y: Float64Array) => {
    algebra(c, y);
    for (let j = 0; j < NS; j++) data[j]![i] = y[j]!;
    for (let j = 0; j < NR; j++) data[NS + j]![i] = c.alg[j]!;
    for (let k = 0; k < nA; k++) data[NS + NR + k]![i] = Math.max(0, y[NS + 2 * k + 1]!) * c.toNm[k]!;
  };
  const integ: Integrator = makeIntegrator(system, opts.method ?? "auto", {
    relative_tolerance: 1e-5,
    absolute_tolerance: 1e-6,
  });
  const y = Float64Array.from(y0);
  let t = 0;
  let di = 0;
  let oi = 0;
  let restarts = 0;
  const applyDoses = () => {
    while (di < doses.length && doses[di]!.t <= t + 1e-12) {
      const { k } = doses[di]!;
      const r = therapies[k]!;
      if (r.route === "iv") y[NS + 2 * k + 1]! += r.dose;
      else y[NS + 2 * k]! += r.agent.F * r.dose;
      di++;
    }
  };
  applyDoses();
  while (oi < nOut && tOut[oi]! <= t) record(oi++, y);
  while (t < days) {
    const tStop = di < doses.length ? Math.min(doses[di]!.t, days) : days;
    integ.init(t, y);
    restarts++;
    while (integ.t < tStop) {
      integ.step(tStop);
      // a sample at a dose time is reported after the dose (recorded below, once the dose is given)
      while (oi < nOut && tOut[oi]! <= integ.t && !(tOut[oi]! >= tStop && tStop < days)) {
        integ.interpolate(tOut[oi]!, ybuf);
        record(oi++, ybuf);
      }
    }
    y.set(integ.y);
    t = tStop;
    applyDoses();
    while (oi < nOut && tOut[oi]! <= t) record(oi++, y);
  }
  while (oi < nOut) record(oi++, y);
  const series: Record<string, Float64Array> = {};
  cols.forEach((name, j) => {
    series[name] = data[j]!;
  });
  const st = integ.stats;
  return {
    t: tOut,
    series,
    columns: ["time", ...cols],
    stats: { steps: st.steps, rhsEvals: st.rhsEvals, restarts },
    therapies,
  };
}
