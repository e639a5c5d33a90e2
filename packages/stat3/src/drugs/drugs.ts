/**
 * Drugs of the review's Table 2 and the standard upstream inhibitors, as actions on model reactions.
 *
 * Every drug acts as a non-competitive factor 1/(1 + [I]/K) on the rate laws of the reactions its
 * class acts on (the form Sobotta et al. 2017 fitted for ruxolitinib and Stattic, facts §1b):
 *   jak         JAK1·gp130 activation and gp130 phosphorylation (both JAK-catalysed; Sobotta v5, v6)
 *   egfr        EGFR activation (ATP-competitive TKIs block autophosphorylation)
 *   egfr_stat3  STAT3 recruitment/phosphorylation by active EGFR (KDI1: not the kinase, facts §3)
 *   src, abl    STAT3 phosphorylation by Src / Abl (ATP-competitive: the catalytic step)
 *   sh2         every STAT3 phosphorylation step (pTyr docking of the SH2 domain) and SH2-mediated dimerisation
 *   dbd         binding of pY705 dimers to DNA only (pY705 untouched: facts §3, modelling hooks)
 *   stat3_activation  every STAT3 phosphorylation step (agents the review names without a target)
 *
 * Potency K (nM) — cellular values preferred, each with its source and confidence:
 * - ATP-competitive kinase inhibitors with only enzyme IC50s: K = 50 × enzyme IC50, the enzyme-to-cell
 *   shift measured for ruxolitinib (JAK1 enzyme IC50 3.3 nM [R] vs hepatocyte K ≈ 166 nM [V], facts §3).
 * - SH2 binders with only cell-free (FP/EMSA) values: K scaled by the same cell-free-to-cell shift as
 *   Stattic (FP IC50 5.1 µM [R] → model K tuned to the hepatocyte IC50 of 30–40 µM [V]).
 * - Agents with no potency in the facts file get a nominal 10 µM, flagged "placeholder".
 */
export type DrugSite = "jak" | "egfr" | "egfr_stat3" | "src" | "abl" | "sh2" | "dbd" | "stat3_activation";

export interface DrugAction {
  /** knowledge-base drug id (SBML parameter drug_<id>_nM) */
  drug: string;
  sites: DrugSite[];
  /** potency as the model's K (nM) */
  K: number;
  source: string;
  confidence: "high" | "medium" | "low" | "placeholder";
  /** medium half-life (min) used by the bolus and repeated regimens, when known */
  halfLife?: number;
}

/** Enzyme-to-cell potency shift of ruxolitinib (166 nM / 3.3 nM), facts §3 [C]. */
export const KINASE_CELL_SHIFT = 50;
/** Model K of Stattic (nM): tuned to the hepatocyte IC50 of 30–40 µM (facts §2a) with 60-min pre-incubation. */
export const K_STATTIC = 10000;
/** Model K of ruxolitinib (nM): tuned to the hepatocyte IC50 of 200–400 nM (facts §2a) with 60-min pre-incubation; Sobotta's fit has 166 nM in its (different) core. */
export const K_RUXOLITINIB = 100;
/** Cell-free-to-cell shift for SH2 binders: Stattic model K over its FP IC50 (5.1 µM) [C]. */
const SH2_SHIFT = K_STATTIC / 5100;

const F3 = "stat3-facts.md §3";

export const DRUG_ACTIONS: readonly DrugAction[] = [
  // --- SH2-domain inhibitors (Table 2, direct) ---
  {
    drug: "stattic",
    sites: ["sh2"],
    K: K_STATTIC,
    confidence: "high",
    source: `tuned to the hepatocyte pSTAT3 IC50 30–40 µM (${F3}, §2a [V]); Sobotta fit K ≈ 10 µM [V]. Off-target thiol alkylation not modelled (§7)`,
  },
  {
    drug: "s3i_1757",
    sites: ["sh2"],
    K: 7400 * SH2_SHIFT,
    confidence: "low",
    source: `FP IC50 ≈ 7.4 µM (Zhang 2013 Cancer Res, ${F3}) [R, not re-checked] × Stattic cell shift`,
  },
  {
    drug: "cryptotanshinone",
    sites: ["sh2"],
    K: 4600 / 2,
    confidence: "low",
    source: `STAT3 luciferase IC50 ≈ 4.6 µM (Shin 2009 Cancer Res, ${F3}) [R, not re-checked]; K = IC50/2 because the IC50 of a two-site SH2 action is ≈ 2K in this model`,
  },
  {
    drug: "sta_21",
    sites: ["sh2"],
    K: 25000 / 2,
    confidence: "low",
    source: `active at ≈ 20–30 µM in cells (Song 2005 PNAS, ${F3}) [R, not re-checked]; K = IC50/2`,
  },
  {
    drug: "s3i_201",
    sites: ["sh2"],
    K: 86000 / 2,
    confidence: "low",
    source: `DNA-binding IC50 ≈ 86 µM by EMSA (Siddiquee 2007 PNAS, ${F3}) [R, not re-checked]; a non-selective alkylator (Ball 2016) — not modelled`,
  },
  {
    drug: "s3i_m2001",
    sites: ["sh2"],
    K: 79000 / 2,
    confidence: "low",
    source: `DNA-binding IC50 ≈ 79 µM by EMSA (Siddiquee 2007 ACS Chem Biol, ${F3}) [R, not re-checked]`,
  },
  {
    drug: "py_lktk",
    sites: ["sh2"],
    K: 1e6,
    confidence: "low",
    source: `weak: DNA binding inhibited only at high µM to mM, needs a cell-penetrating tag (Turkson 2001 JBC, ${F3}) [R, low, not re-checked]; K = 1 mM`,
  },
  {
    drug: "curcumin_proline",
    sites: ["sh2"],
    K: 10000,
    confidence: "placeholder",
    source: `no potency established (${F3}); nominal 10 µM placeholder`,
  },
  // --- DNA-binding-domain inhibitors (Table 2, direct) ---
  {
    drug: "is3_295",
    sites: ["dbd"],
    K: 2000,
    confidence: "low",
    source: `low-µM in vitro DNA-binding inhibition (Turkson 2005 Mol Cancer Ther, ${F3}) [R, low, not re-checked]; K = 2 µM`,
  },
  {
    drug: "dbd_1",
    sites: ["dbd"],
    K: 100,
    confidence: "placeholder",
    source: `peptide aptamer expressed in cells (Nagel-Wolfrum 2004, ${F3}) [R, not re-checked]; no potency: dose = intracellular aptamer, K = 100 nM placeholder`,
  },
  {
    drug: "hic1",
    sites: ["dbd"],
    K: 100,
    confidence: "placeholder",
    source: `tumour-suppressor protein, not a drug (${F3}); dose = nuclear HIC1, K = 100 nM placeholder`,
  },
  // --- upstream: RTK ---
  {
    drug: "kdi1",
    sites: ["egfr_stat3"],
    K: 100,
    confidence: "placeholder",
    source: `peptide aptamer against the EGFR intracellular domain; blocks EGF-induced STAT3 activation, not the kinase (Buerger 2003 JBC, ${F3}) [R, not re-checked]; K = 100 nM placeholder`,
  },
  {
    drug: "pd153035",
    sites: ["egfr"],
    K: 0.0275 * KINASE_CELL_SHIFT,
    confidence: "low",
    source: `EGFR enzyme IC50 ≈ 25–30 pM (Fry 1994 Science, ${F3}) [R, not re-checked] × kinase cell shift 50`,
  },
  {
    drug: "gefitinib",
    sites: ["egfr"],
    K: 33 * KINASE_CELL_SHIFT,
    confidence: "low",
    source: `EGFR enzyme IC50 ≈ 33 nM (Wakeling 2002 Cancer Res, ${F3}) [R, not re-checked] × kinase cell shift 50`,
  },
  {
    drug: "erlotinib",
    sites: ["egfr"],
    K: 2 * KINASE_CELL_SHIFT,
    confidence: "low",
    source: `EGFR enzyme IC50 ≈ 2 nM (Moyer 1997 Cancer Res, ${F3}) [R, not re-checked] × kinase cell shift 50`,
  },
  // --- upstream: JAK ---
  {
    drug: "ruxolitinib",
    sites: ["jak"],
    K: K_RUXOLITINIB,
    confidence: "high",
    halfLife: Math.LN2 / 9.706480512131387e-4,
    source: `tuned to the hepatocyte IC50 200–400 nM (${F3}, §2a [V]); Sobotta 2017 best fit jak1_inh_ruxolitinib = 6.02e-3 /nM (K ≈ 166 nM) [V]; medium t½ ≈ 11.9 h (rux_degrade) [V]`,
  },
  {
    drug: "tofacitinib",
    sites: ["jak"],
    K: 15 * KINASE_CELL_SHIFT,
    confidence: "low",
    source: `JAK1 enzyme IC50 112 nM (Changelian 2003) or 1–3 nM (other panels) (${F3}) [R, not re-checked]: geometric middle ≈ 15 nM × kinase cell shift 50`,
  },
  {
    drug: "jak_inhibitors",
    sites: ["jak"],
    K: K_RUXOLITINIB,
    confidence: "low",
    source:
      "the review's class 'JAK inhibitors' without members: ruxolitinib's potency as the class representative",
  },
  // --- upstream: Src/Abl ---
  {
    drug: "dasatinib",
    sites: ["src", "abl"],
    K: 0.65 * KINASE_CELL_SHIFT,
    confidence: "low",
    source: `Src IC50 ≈ 0.5–0.8 nM, Abl < 1 nM (Lombardo 2004 J Med Chem, ${F3}) [R, not re-checked] × kinase cell shift 50`,
  },
  {
    drug: "src_inhibitors",
    sites: ["src"],
    K: 0.65 * KINASE_CELL_SHIFT,
    confidence: "low",
    source:
      "the review's class 'Src inhibitors' without members: dasatinib's potency as the class representative",
  },
  // --- others the review names without a molecular target ---
  {
    drug: "sorafenib",
    sites: ["stat3_activation"],
    K: 10000,
    confidence: "placeholder",
    source: `the review gives no target or potency (${F3} has none); nominal 10 µM placeholder`,
  },
  {
    drug: "nifuroxazide",
    sites: ["stat3_activation"],
    K: 10000,
    confidence: "placeholder",
    source: `the review gives no target or potency (${F3} has none); nominal 10 µM placeholder`,
  },
];

export function drugAction(id: string): DrugAction | undefined {
  return DRUG_ACTIONS.find((d) => d.drug === id);
}

/** How a drug is given over time. Times in min; `halfLife` defaults to the drug's or to 12 h. */
export type Regimen =
  | { kind: "constant" }
  | { kind: "bolus"; at?: number; halfLife?: number }
  | { kind: "repeated"; first?: number; every: number; doses: number; halfLife?: number };
