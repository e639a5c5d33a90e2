/**
 * Parameters of the tumour-microenvironment population model (time in days, cells as counts at the tumour
 * site, cytokines in units of their half-maximal effect "a.u.", STAT3 activity as a fraction 0–1).
 *
 * Sources and tags (stat3-facts.md convention): V verified, C computed, R reported but not re-checked,
 * A a named modelling assumption (no published value used; chosen so that the populations sit in
 * plausible ranges — every A value is a knob, not a measurement).
 * - Tumour growth and CD8 (effector) recruitment/inactivation/death/killing: Kuznetsov 1994 (BIOMD0000000762),
 *   facts §5a [V] — with coupling switched off the model is exactly Kuznetsov's.
 * - NK death and inactivation, NK kill: de Pillis et al. 2005 Cancer Res 65:7950 (doi:10.1158/0008-5472.CAN-05-0447),
 *   values via de Pillis 2008 Table 1 [V] and the 2005 mouse table [R, not re-checked] (facts §5a).
 * - Macrophage polarisation time scale ≈ 24 h: facts §5b [R, not re-checked].
 */
import { KUZNETSOV_PARAMETERS, type SourcedValue } from "./kuznetsov.js";

const A = (value: number, unit: string, why: string): SourcedValue => ({
  value,
  unit,
  source: `assumption: ${why}`,
  tag: "A",
});
const DP = "de Pillis 2005 (facts §5a)";

export const TME_PARAMETERS = {
  // --- Kuznetsov 1994 core (tumour T, effector E) ---
  a: KUZNETSOV_PARAMETERS.a,
  b: KUZNETSOV_PARAMETERS.b,
  s: KUZNETSOV_PARAMETERS.s,
  p: KUZNETSOV_PARAMETERS.p,
  g: KUZNETSOV_PARAMETERS.g,
  m: KUZNETSOV_PARAMETERS.m,
  d: KUZNETSOV_PARAMETERS.d,
  n: KUZNETSOV_PARAMETERS.n,
  T0: KUZNETSOV_PARAMETERS.T0,
  E0: KUZNETSOV_PARAMETERS.E0,
  // --- NK cells (de Pillis 2005) ---
  s_nk: A(
    1.3e4,
    "cells/day",
    "NK influx set equal to Kuznetsov's s (de Pillis 2005 uses the same σ for its innate pool)",
  ),
  f_nk: {
    value: 4.12e-2,
    unit: "1/day",
    source: `${DP}: NK death f, Kuznetsov-derived (de Pillis 2008 Table 1)`,
    tag: "V",
  },
  q_nk: {
    value: 3.42e-10,
    unit: "1/(cell·day)",
    source: `${DP}: inactivation q by tumour (de Pillis 2008 Table 1; applied to NK as in the 2005 model's p term)`,
    tag: "V",
  },
  c_nk: {
    value: 6.41e-11,
    unit: "1/(cell·day)",
    source: `${DP}: NK kill c, mouse value — not re-checked`,
    tag: "R",
  },
  // --- tumour structure ---
  T_ref: A(1e7, "cells", "tumour size at which tumour-derived signals are half-maximal"),
  mm3_per_cell: A(1e-6, "mm³/cell", "10⁶ tumour cells per mm³ (10⁹ per cm³), the usual conversion"),
  csc0: A(0.02, "fraction", "initial cancer-stem-cell fraction of the tumour"),
  eps_csc: A(
    0.5,
    "1",
    "CSC growth rate × (1 + eps_csc·(S_T − 0.5)) relative to bulk tumour cells: STAT3 is required for CSC self-renewal (review refs 53–58)",
  ),
  csc_resist: A(
    0.7,
    "1",
    "CSCs are killed at 70 % of the rate of bulk tumour cells (CSC immune/drug resistance, review ref 51)",
  ),
  eps_prol: A(
    0.5,
    "1",
    "tumour growth rate × (1 + eps_prol·(S_T − 0.5)): STAT3 proliferation/survival targets (Table 1)",
  ),
  // --- STAT3 activity (all populations) ---
  k_stat3: A(
    10,
    "1/day",
    "STAT3 activity relaxes to its cytokine-driven level within hours (≈ 2.4 h time constant)",
  ),
  g_tumour: A(
    1,
    "1",
    "constitutive (oncogene-driven) STAT3 drive in tumour cells; the scenario knob 'tumour STAT3'",
  ),
  w_il6_tumour: A(0.5, "1/a.u.", "IL-6 drive of tumour STAT3 (IL-6 activates STAT3, review ref 58)"),
  w_cyto: A(
    1,
    "1",
    "IL-6/IL-10 drive of STAT3 in immune and stromal cells: drive = basal + w_cyto·(sat(IL6) + sat(IL10))",
  ),
  basal_immune: A(0.1, "1", "basal STAT3 drive of immune and stromal cells without tumour cytokines"),
  // --- cytokines (a.u., quasi-steady) ---
  i6_0: A(0.1, "a.u.", "background IL-6"),
  i6_tumour: A(2, "a.u.", "IL-6 from STAT3-active tumour cells (autocrine loop)"),
  i6_caf: A(0.3, "a.u.", "IL-6 from CAFs at F = F_ref"),
  i6_m2: A(0.2, "a.u.", "IL-6 from M2 macrophages at M = M_ref"),
  i6_mdsc: A(0.1, "a.u.", "IL-6 from MDSC at MDSC_ref"),
  i10_tumour: A(2, "a.u.", "IL-10 from STAT3-active tumour cells (review refs 48, 49: colon cancer cells)"),
  i10_t: A(0.3, "a.u.", "IL-10 from STAT3-active T cells, saturating in E/E_ref (review refs 48, 49)"),
  i10_m2: A(0.2, "a.u.", "IL-10 from M2 macrophages"),
  i10_treg: A(0.2, "a.u.", "IL-10 from Treg"),
  i10_b: A(0.1, "a.u.", "IL-10 from STAT3-active (regulatory) B cells"),
  tgfb_tumour: A(1, "a.u.", "TGF-β from STAT3-active tumour cells (review refs 71–73)"),
  tgfb_treg: A(0.3, "a.u.", "TGF-β from Treg"),
  tgfb_m2: A(0.3, "a.u.", "TGF-β from M2"),
  tgfb_mdsc: A(0.3, "a.u.", "TGF-β from MDSC"),
  vegf_0: A(0.2, "a.u.", "background VEGF"),
  vegf_tumour: A(1, "a.u.", "VEGF from STAT3-active tumour cells (review refs 33, 34, 71–73)"),
  vegf_m2: A(0.3, "a.u.", "VEGF from M2"),
  vegf_mdsc: A(0.3, "a.u.", "VEGF from MDSC"),
  x10_tumour: A(
    2,
    "a.u.",
    "CXCL10 from tumour cells at S_T = 0, repressed by STAT3 ×(1 − S_T) (review ref 50)",
  ),
  x10_m1: A(0.5, "a.u.", "CXCL10 from M1 macrophages"),
  z12_caf: A(
    1,
    "a.u.",
    "CXCL12 from CAFs at F_ref (stromal CXCL12 in response to tumour cells, review ref 68)",
  ),
  // --- reference sizes (normalisers) ---
  E_ref: A(3.2e5, "cells", "CD8 normaliser (Kuznetsov E0)"),
  D_ref: A(5e4, "cells", "mature DC count giving Kuznetsov-level priming (prime = 1)"),
  M_ref: A(2e5, "cells", "macrophage normaliser"),
  MD_ref: A(1e5, "cells", "MDSC normaliser"),
  R_ref: A(2e4, "cells", "Treg normaliser"),
  B_ref: A(5e4, "cells", "B-cell normaliser"),
  F_ref: A(1e5, "cells", "CAF normaliser"),
  // --- DC ---
  s_dc: A(1e4, "cells/day", "immature DC influx (×(1 + tumour signal))"),
  d_dci: A(0.1, "1/day", "immature DC loss"),
  k_mat: A(1, "1/day", "maximal DC maturation rate with tumour antigen"),
  eps_dc: A(0.9, "1", "STAT3 in DC suppresses maturation ×(1 − eps_dc·S_D) (Fig. 2 legend)"),
  d_dcm: A(0.35, "1/day", "mature DC loss (half-life ≈ 2 days)"),
  // --- macrophages ---
  s_mac: A(2e4, "cells/day", "monocyte/macrophage influx (×(1 + tumour signal))"),
  d_mac: A(0.1, "1/day", "macrophage loss"),
  k_pol: {
    value: 1,
    unit: "1/day",
    source: "macrophage reprogramming on a ≈ 24 h scale (facts §5b) — not re-checked",
    tag: "R",
  },
  pdl1_mac: A(1, "a.u.", "PD-L1 per macrophage = pdl1_mac·S_M (review ref 69)"),
  // --- MDSC ---
  s_mdsc: A(
    1e4,
    "cells/day",
    "MDSC recruitment by tumour-derived, STAT3-dependent factors (review refs 71–73)",
  ),
  eps_mdsc: A(2, "1", "STAT3 in MDSC expands them ×(1 + eps_mdsc·S_MD) (review refs 71–73, Fig. 2)"),
  d_mdsc: A(0.2, "1/day", "MDSC loss"),
  // --- Treg ---
  s_treg: A(1e3, "cells/day", "Treg influx"),
  eps_treg_tgfb: A(
    2,
    "1/a.u.",
    "TGF-β induces Treg ×(1 + eps·TGFβ) (standard immunology; not in the review)",
  ),
  d_treg: A(0.1, "1/day", "Treg loss"),
  ctla4_0: A(0.2, "a.u.", "CTLA4 per Treg = ctla4_0 + (1 − ctla4_0)·S_R (Fig. 2 legend)"),
  kappa_treg: A(1, "1", "Treg/CTLA4 suppression of CD8 priming: prime /(1 + kappa·R/R_ref·CTLA4·(1 − occ))"),
  deplete_ctla4: A(0.1, "1/day", "extra Treg loss at full anti-CTLA4 occupancy (Fc-mediated depletion)"),
  // --- B cells ---
  s_b: A(5e3, "cells/day", "B-cell influx"),
  d_b: A(0.1, "1/day", "B-cell loss"),
  eps_b: A(0.6, "1", "STAT3 promotes B-cell survival: loss ×(1 − eps_b·S_B) (Fig. 2 legend)"),
  // --- CAF, vasculature ---
  s_caf: A(1e4, "cells/day", "CAF activation by tumour (×(1 + TGFβ))"),
  d_caf: A(0.05, "1/day", "CAF loss"),
  k_vasc: A(0.2, "1/day", "vascular remodelling rate"),
  eps_vasc: A(1, "1", "STAT3 in endothelium raises vascularisation ×(1 + eps_vasc·S_En) (Fig. 2 legend)"),
  w_cam: A(1, "1", "metastatic potential ×(1 + w_cam·S_En): endothelial CAM (review ref 70)"),
  w_caf: A(1, "1", "metastatic potential ×(1 + w_caf·S_F): CAF STAT3 (Fig. 2 legend)"),
  // --- effector function ---
  eps_cd8: A(0.6, "1", "STAT3 in CD8 T cells lowers killing ×(1 − eps_cd8·S_E) (Fig. 2 legend)"),
  eps_th1: A(0.5, "1", "STAT3 negatively regulates Th1: priming ×(1 − eps_th1·S_E) (review ref 4)"),
  eps_nk: A(0.8, "1", "STAT3 in NK cells lowers killing ×(1 − eps_nk·S_N) (review refs 71–73)"),
  chi_cxcl10: A(
    0.5,
    "1/a.u.",
    "CXCL10 raises NK cytotoxicity and CD8 infiltration ×(1 + chi·CXCL10) (review ref 50)",
  ),
  chi_cxcl12: A(
    0.3,
    "1/a.u.",
    "CXCL12 excludes CD8 /(1 + chi·CXCL12) and recruits MDSC/Treg ×(1 + chi·CXCL12)",
  ),
  prime_gain: A(
    2.5,
    "1",
    "scales CD8 priming (s and p of Kuznetsov); tuned so that the 'baseline' scenario (g_tumour = 1, no drug) stays near Kuznetsov's behaviour over 60 days",
  ),
  kill_gain: A(4, "1", "scales CD8 killing (n of Kuznetsov); tuned with prime_gain, see above"),
  kappa_pd: A(2, "1/a.u.", "PD-1/PD-L1 engagement lowers CD8 killing /(1 + kappa_pd·engagement)"),
  pdl1_tumour_0: A(0.1, "a.u.", "constitutive tumour PD-L1"),
  pdl1_tumour_ifn: A(
    1,
    "a.u.",
    "adaptive (IFN-γ-induced) tumour PD-L1 at E = E_ref (outside the review; adaptive resistance)",
  ),
  pdl1_tumour_stat3: A(
    0.5,
    "a.u.",
    "STAT3-induced tumour PD-L1 (review ref 69 names PD-L1 with TAMs; applied to tumour cells as an assumption)",
  ),
  kappa_mdsc: A(0.5, "1", "MDSC suppression of CD8 killing /(1 + kappa·MDSC/MDSC_ref)"),
  kappa_tgfb: A(0.3, "1/a.u.", "TGF-β suppression of CD8 and NK killing /(1 + kappa·TGFβ)"),
  il10_dc: A(1, "1/a.u.", "IL-10 inhibits DC maturation /(1 + il10_dc·IL10)"),
} satisfies Record<string, SourcedValue>;

export type TmeParamName = keyof typeof TME_PARAMETERS;
export type TmeParams = Record<TmeParamName, number>;

export function defaultTmeParams(): TmeParams {
  const out = {} as TmeParams;
  for (const [k, v] of Object.entries(TME_PARAMETERS)) out[k as TmeParamName] = v.value;
  return out;
}
