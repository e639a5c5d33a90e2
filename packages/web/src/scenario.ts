/**
 * A scenario of the mechanistic STAT3 model as the web app holds it, its URL encoding (shareable
 * links), and the bridges between the Fig. 1 map and the model: which model variable lights up each
 * map node, and which model parameter a node's perturbation scales.
 */

export type Perturbation = "ko" | "inhibit" | "overexpress";

export interface Scenario {
  context: string;
  /** IL-6, ng/mL, added at t = 0 */
  il6: number;
  /** drug id → nM */
  drugs: Record<string, number>;
  /** pre-incubation with the drugs before IL-6, min */
  pre: number;
  /** horizon, min */
  end: number;
  /** perturbed map nodes */
  perturb: Record<string, Perturbation>;
}

export const DEFAULT_SCENARIO: Scenario = {
  context: "hepatocyte",
  il6: 40,
  drugs: {},
  pre: 0,
  end: 240,
  perturb: {},
};

/** Perturbation factor on the node's model parameter (knock-out removes it, inhibit keeps 20 %, over-express ×3). */
export const PERTURB_FACTOR: Record<Perturbation, number> = { ko: 0, inhibit: 0.2, overexpress: 3 };
export const PERTURB_LABEL: Record<Perturbation, string> = {
  ko: "knock-out",
  inhibit: "inhibit (20 %)",
  overexpress: "over-express (×3)",
};

/** Fig. 1 node → the model parameters its perturbation scales (see packages/stat3/src/model/parameters.ts). */
export const NODE_PARAMS: Record<string, string[]> = {
  // receptor → JAK activation (IL-6-driven and basal); gp130 production itself is not scaled: the model
  // pre-equilibrates, and a cell with no receptor has no steady state to start from
  il6st: ["k_jak_il6", "k_jak_basal"],
  jak: ["gp130_act_jak1"],
  egfr: ["k_stat3_egfr"],
  kdr: ["k_stat3_vegfr2"],
  src: ["k_stat3_src"],
  abl1: ["k_stat3_abl"],
  // STAT3 and its pY705 form: the activation (phosphorylation) rate — the model's read-out is the
  // phosphorylated fraction, which scaling total STAT3 leaves unchanged
  stat3: ["k_stat3_act"],
  stat3_py705: ["k_stat3_act"],
  stat3_dimer: ["k_dim_on"],
  stat3_nuclear: ["k_dimer_imp"],
  stat3_dna_bound: ["k_dna_on"],
};

/** Fig. 1 node → model selections whose sum is the node's activity (lights the map). */
export function nodeSelections(nodeId: string, species: Set<string>): string[] {
  const fixed: Record<string, string[]> = {
    il6: ["IL6_total_ng_per_mL"],
    il6st: ["[pJAK1_gp130]", "[pJAK1_pgp130]"],
    jak: ["[pJAK1_gp130]", "[pJAK1_pgp130]"],
    egfr: ["[EGFR_active]"],
    kdr: ["[VEGFR2_active]"],
    src: ["[Src_active]"],
    abl1: ["[Abl_active]"],
    stat3: ["pSTAT3_fraction"],
    stat3_py705: ["[pSTAT3]"],
    stat3_dimer: ["[pSTAT3_dimer]"],
    stat3_nuclear: ["[npSTAT3_dimer]"],
    stat3_dna_bound: ["[npSTAT3_dimer_DNA]"],
    hallmark_proliferation_survival: ["hallmark_proliferation_survival"],
    hallmark_angiogenesis: ["hallmark_angiogenesis"],
    hallmark_invasion_metastasis: ["hallmark_metastasis"],
    hallmark_immune_evasion: ["hallmark_immune_evasion"],
    hallmark_stemness: ["hallmark_stemness"],
  };
  if (fixed[nodeId]) return fixed[nodeId];
  const gene = /^gene_[a-z_]+?_([a-z0-9]+)$/.exec(nodeId)?.[1];
  if (gene && species.has(`${gene}_mRNA`)) return [`[${gene}_mRNA]`];
  return [];
}

export const HALLMARK_SELECTIONS = [
  "hallmark_proliferation_survival",
  "hallmark_angiogenesis",
  "hallmark_metastasis",
  "hallmark_immune_evasion",
  "hallmark_stemness",
];

const PERT_CODE: Record<Perturbation, string> = { ko: "ko", inhibit: "inh", overexpress: "oe" };

/** Scenario → URL query (short, readable: ?ctx=hepatocyte&il6=40&drug=ruxolitinib:300&…). */
export function encodeScenario(s: Scenario, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  q.set("ctx", s.context);
  q.set("il6", String(s.il6));
  for (const [d, c] of Object.entries(s.drugs)) q.append("drug", `${d}:${c}`);
  if (s.pre) q.set("pre", String(s.pre));
  q.set("end", String(s.end));
  for (const [n, p] of Object.entries(s.perturb)) q.append("pert", `${n}:${PERT_CODE[p]}`);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

/** URL query → scenario; anything malformed falls back to the default, never throws. */
export function decodeScenario(query: string): Scenario {
  const q = new URLSearchParams(query);
  const num = (k: string, d: number, lo: number, hi: number) => {
    const v = Number(q.get(k));
    return q.has(k) && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : d;
  };
  const drugs: Record<string, number> = {};
  for (const d of q.getAll("drug")) {
    const m = /^([A-Za-z0-9_.-]+):([0-9.eE+-]+)$/.exec(d);
    if (m && Number.isFinite(Number(m[2])) && Number(m[2]) >= 0) drugs[m[1]] = Math.min(1e6, Number(m[2]));
  }
  const perturb: Record<string, Perturbation> = {};
  const back = Object.fromEntries(Object.entries(PERT_CODE).map(([k, v]) => [v, k])) as Record<
    string,
    Perturbation
  >;
  for (const p of q.getAll("pert")) {
    const m = /^([A-Za-z0-9_]+):(ko|inh|oe)$/.exec(p);
    if (m) perturb[m[1]] = back[m[2]];
  }
  const ctx = q.get("ctx");
  return {
    context: ctx && /^[a-z0-9-]+$/.test(ctx) ? ctx : DEFAULT_SCENARIO.context,
    il6: num("il6", DEFAULT_SCENARIO.il6, 0, 1000),
    drugs,
    pre: num("pre", 0, 0, 1440),
    end: num("end", DEFAULT_SCENARIO.end, 10, 2880),
    perturb,
  };
}
