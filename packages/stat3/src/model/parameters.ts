/**
 * Parameters of the mechanistic STAT3 model, each with its value, unit, source and provenance tag:
 *   [V] read in a public source, [C] computed from one, [R] as commonly reported — not re-checked
 *   against the primary paper — and [A] an assumption of this model (a placeholder where no data exist).
 * "facts §x" refers to shared/reference/stat3-facts.md. "Sobotta 2017 best fit (name)" means the
 * effective value in shared/petab/Sobotta_Frontiers2017_STAT3/model_Sobotta_Frontiers2017_STAT3.xml
 * (parameter `name`, with the d2d observation-scale factors folded in as in facts §1b).
 * "tuned to <fact>" marks the values set by hand-tuning this model (scans in
 * test/model/calibration.test.ts and bench/stat3-model.ts reproduce them) to the facts of issue 4.
 *
 * Time unit: minute. Concentrations: nM in the compartment of the species (receptor states and
 * SOCS3 mRNA in Sobotta's scaled units; kinase activities and target-gene products in relative units).
 */
import type { ParamInfo } from "@stat3/engine";

const SOB =
  "Sobotta et al. 2017 Front Physiol 8:775 (doi:10.3389/fphys.2017.00775) best fit, shared/petab/Sobotta_Frontiers2017_STAT3";
const FACTS = "shared/reference/stat3-facts.md";

export type ParamTable = Record<string, ParamInfo>;

/** The IL-6 / gp130-JAK1 / STAT3 / SOCS3 core (Sobotta 2017, extended by dimerisation and DNA binding). */
export const CORE_PARAMETERS: ParamTable = {
  // --- receptor module: JAK1·gp130 (Sobotta's R, pR, ppR) ---
  gp130_pro: { value: 0.002404846062154322, unit: "nM/min", source: `${SOB} (gp130_pro)`, tag: "V" },
  gp130_deg: {
    value: 0.003807751551224909,
    unit: "1/min",
    source: `${SOB} (gp130_deg); receptor t½ ≈ 182 min`,
    tag: "V",
  },
  k_jak_basal: {
    value: (0.004312995382674302 / 7.919819571048361) * 0.4,
    unit: "1/min",
    source: `tuned to facts §2a (unstimulated pY705 1.1–1.5 %): ${SOB} (jak1_act_basal / scale_pgp130_wb_bohl_hep_2005_07_26_Pulse5min) × 0.4`,
    tag: "A",
  },
  k_jak_il6: {
    value: (0.00907582801796423 / 7.919819571048361) * 1.35,
    unit: "1/(ng/mL*min)",
    source: `tuned to facts §2a (IL-6 EC50 of pSTAT3 at 20 min 8–10 ng/mL): ${SOB} (jak1_act_il6 / scale_pgp130_wb_bohl_hep_2005_07_26_Pulse5min) × 1.35`,
    tag: "C",
  },
  k_jak_mut: {
    value: 0,
    unit: "1/min",
    source: "ligand-independent JAK activity; 0 in normal cells, set by the jak-activating-mutation context",
    tag: "A",
  },
  gp130_act_jak1: { value: 0.537003738735186, unit: "1/min", source: `${SOB} (gp130_act_jak1)`, tag: "V" },
  jak1_gp130_dea: { value: 0.07816667584799619, unit: "1/min", source: `${SOB} (jak1_gp130_dea)`, tag: "V" },
  socs3_assoc: {
    value: 0.01934333173087942,
    unit: "1/(nM*min)",
    source: `${SOB} (socs3_assoc): SOCS3-mediated receptor degradation`,
    tag: "V",
  },
  stat3_inh_socs3: {
    value: 0.6188303000191475,
    unit: "1/nM",
    source: `${SOB} (stat3_inh_socs3): SOCS3 inhibition of receptor-driven STAT3 phosphorylation`,
    tag: "V",
  },
  // --- STAT3 phosphorylation, dimerisation, shuttling ---
  k_stat3_act: {
    value: 3.5,
    unit: "1/(nM*min)",
    source: `tuned to facts §2a (53.3–55.7 % pY705 at 18 min, 40 ng/mL); ${SOB} has stat3_act_gp130 × scale = 3.259 (its nuclear pSTAT3 is dephosphorylated at import, ours is counted)`,
    tag: "A",
  },
  stat3_total: {
    value: (779.9406980163656 * 0.5) / 12.67,
    unit: "nM",
    source: `${SOB} (total_STAT3 = 779.94 nM in the 0.5 pL nucleus, as cytoplasm-equivalent concentration); facts §2a: 215,400 molecules/cell ≈ 28.2 nM`,
    tag: "C",
  },
  stat3_imp: {
    value: 0.05936258804544269,
    unit: "1/min",
    source: `${SOB} (stat3_imp): unphosphorylated STAT3 import`,
    tag: "V",
  },
  stat3_exp: {
    value: 1.9708849514636224,
    unit: "1/min",
    source: `${SOB} (stat3_exp): export per nuclear molecule`,
    tag: "V",
  },
  k_dimer_imp: {
    value: 0.05936258804544269 * (1 + 4.97118540995405),
    unit: "1/min",
    source: `${SOB} (stat3_imp × (1 + f_pstat3_imp)): Sobotta's pSTAT3 import, here the import of the pY705 dimer`,
    tag: "C",
  },
  k_dim_on: {
    value: 10,
    unit: "1/(nM*min)",
    source:
      "SH2–pY705 dimerisation, fast against import so that the dimer dominates pY705-STAT3 (as Sobotta's lumped step assumes)",
    tag: "A",
  },
  k_dim_off: {
    value: 0.05,
    unit: "1/min",
    source:
      "dimer dissociation; K_d = 5 pM (tight pY-dimer; fast association keeps the monomer pool small); no measurement in facts",
    tag: "A",
  },
  k_cyt_deph: {
    value: 0.005,
    unit: "1/min",
    source: "cytoplasmic dephosphorylation of the pY705 monomer (SHP-family PTPs); slow, Sobotta has none",
    tag: "A",
  },
  k_nuc_deph: {
    value: 5,
    unit: "1/min",
    source:
      "nuclear dephosphorylation of pY705 dimers (TC45/nuclear PTPs); fast, as Sobotta assumes nuclear pSTAT3 dephosphorylated at import; nuclear pSTAT3 back near basal by 50–90 min after pulses (facts §2d)",
    tag: "A",
  },
  // --- DNA binding ---
  dna_sites: {
    value: 10,
    unit: "nM",
    source:
      "STAT3 response elements per nucleus (≈1,500 in 0.5 pL), order of ChIP-seq peak counts; assumption",
    tag: "A",
  },
  k_dna_on: { value: 0.1, unit: "1/(nM*min)", source: "dimer–DNA association; assumption", tag: "A" },
  k_dna_off: {
    value: 20,
    unit: "1/min",
    source:
      "dimer–DNA dissociation: K_d = 200 nM (nuclear), weak enough that occupancy stays proportional to nuclear pSTAT3 — the drive Sobotta fitted for SOCS3 (the import flux); assumption",
    tag: "A",
  },
  // --- SOCS3 expression (Sobotta's delay chain) ---
  socs3_tx_max: {
    value: 17,
    unit: "nM/min",
    source:
      "tuned to facts §2a (SOCS3 mRNA peak ≈ 40 min; pSTAT3 plateau 25–45 % of the peak increment); ≈ Sobotta socs3rna_pro/scale (2.74e-5) × (2·K_d·k_nuc_deph)^hill, the same drive expressed through occupancy",
    tag: "A",
  },
  socs3_tx_K: {
    value: 1,
    unit: "dimensionless",
    source:
      "promoter occupancy at half-maximal SOCS3 transcription; large, so that the drive stays close to Sobotta's power law",
    tag: "A",
  },
  socs3rna_hill: {
    value: 1.71329559306888,
    unit: "dimensionless",
    source: `${SOB} (socs3rna_hill)`,
    tag: "V",
  },
  socs3_tx_basal: {
    value: 1.5e-3,
    unit: "nM/min",
    source:
      "STAT3-independent SOCS3 transcription: tuned to facts §2a/§6 (SOCS3 mRNA ≈ 45-fold over basal at its 40-min peak); Sobotta has none (its fold is ≈ 110)",
    tag: "A",
  },
  socs3_silencing: {
    value: 1,
    unit: "dimensionless",
    source: "fraction of SOCS3 transcription left; 1 in normal cells, lowered by the socs3-silenced context",
    tag: "A",
  },
  socs3rna_delay: {
    value: 0.30394183757662857,
    unit: "1/min",
    source: `${SOB} (socs3rna_delay): 5-stage delay, mean 16.5 min`,
    tag: "V",
  },
  socs3rna_des: { value: 0.30391525928730356, unit: "1/min", source: `${SOB} (socs3rna_des)`, tag: "V" },
  socs3_pro: {
    value: 1.6979319978426168 * 62.053249598173586,
    unit: "1/min",
    source: `${SOB} (socs3_pro × scale_socs3_qpcr_braun_hep_2013_07_08_qPCR_Socs3_Stat3)`,
    tag: "C",
  },
  socs3_des: {
    value: 0.4486811943949979,
    unit: "1/min",
    source: `${SOB} (socs3_des); lumped, not a physical half-life (facts §7)`,
    tag: "V",
  },
  // --- RTK and non-receptor kinase inputs (relative activity 0..1) ---
  k_egfr_on_basal: {
    value: 0,
    unit: "1/min",
    source: "ligand-independent EGFR activation (mutation/amplification); 0 in normal cells",
    tag: "A",
  },
  k_egfr_on_egf: {
    value: 0.05,
    unit: "1/(ng/mL*min)",
    source: "EGF-driven EGFR activation; assumption (no EGFR kinetics in facts)",
    tag: "A",
  },
  k_egfr_off: {
    value: 0.1,
    unit: "1/min",
    source: "EGFR dephosphorylation/inactivation; assumption",
    tag: "A",
  },
  k_vegfr2_on_basal: {
    value: 0,
    unit: "1/min",
    source: "ligand-independent VEGFR2 activation; 0 in normal cells",
    tag: "A",
  },
  k_vegfr2_on_vegf: {
    value: 0.05,
    unit: "1/(ng/mL*min)",
    source: "VEGF-driven VEGFR2 activation; assumption",
    tag: "A",
  },
  k_vegfr2_off: { value: 0.1, unit: "1/min", source: "VEGFR2 inactivation; assumption", tag: "A" },
  k_src_on_basal: {
    value: 0,
    unit: "1/min",
    source: "Src activation independent of RTKs (e.g. oncogenic Src); 0 in normal cells",
    tag: "A",
  },
  k_src_on_rtk: {
    value: 0.1,
    unit: "1/min",
    source: "Src activation by active EGFR/VEGFR2 (review Fig. 1: RTK → Src → STAT3); assumption",
    tag: "A",
  },
  k_src_off: { value: 0.1, unit: "1/min", source: "Src inactivation (Csk); assumption", tag: "A" },
  k_abl_on_basal: {
    value: 0,
    unit: "1/min",
    source: "Abl activation; 0 in normal cells (BCR-ABL would set it)",
    tag: "A",
  },
  k_abl_off: { value: 0.1, unit: "1/min", source: "Abl inactivation; assumption", tag: "A" },
  k_stat3_egfr: {
    value: 0.1,
    unit: "1/min",
    source:
      "STAT3 phosphorylation per unit EGFR activity; assumption, scaled so that full EGFR activity phosphorylates a fraction comparable to IL-6",
    tag: "A",
  },
  k_stat3_vegfr2: {
    value: 0.05,
    unit: "1/min",
    source: "STAT3 phosphorylation per unit VEGFR2 activity; assumption",
    tag: "A",
  },
  k_stat3_src: {
    value: 0.1,
    unit: "1/min",
    source: "STAT3 phosphorylation per unit Src activity; assumption",
    tag: "A",
  },
  k_stat3_abl: {
    value: 0.1,
    unit: "1/min",
    source: "STAT3 phosphorylation per unit Abl activity; assumption",
    tag: "A",
  },
  // --- autocrine IL-6 ---
  il6_secretion: {
    value: 0,
    unit: "ng/mL/min",
    source:
      "IL-6 secreted into the medium per unit IL-6 protein (relative); 0 in hepatocytes, set by the autocrine-il6 context",
    tag: "A",
  },
  il6_clearance: {
    value: Math.LN2 / 240,
    unit: "1/min",
    source: "IL-6 loss from the medium (uptake, degradation), t½ 4 h; assumption",
    tag: "A",
  },
};

/** Inputs: ligand levels and timing (the public interface names). */
export const INPUT_PARAMETERS: ParamTable = {
  IL6_ng_per_mL: {
    value: 0,
    unit: "ng/mL",
    source: "input: IL-6 in the medium, constant during a run (facts §2a: 40 ng/mL ≈ 1 nM)",
    tag: "V",
  },
  EGF_ng_per_mL: { value: 0, unit: "ng/mL", source: "input: EGF in the medium", tag: "A" },
  VEGF_ng_per_mL: { value: 0, unit: "ng/mL", source: "input: VEGF in the medium", tag: "A" },
};

export { FACTS };
