/**
 * The review's Fig. 2 as rules: what STAT3 activity does in each population of the tumour
 * microenvironment, each tied to the knowledge-base interactions (and so to the review's sentence and
 * reference numbers) it implements, and to the model parameter that carries its strength. Fig. 2 legend
 * sentences cite no reference numbers (`refs: []`); the text sentences do. Tests check that every rule's
 * interactions exist in the KB with exactly these refs, and that each rule moves its read-out the stated way.
 */
export interface Stat3Rule {
  id: string;
  /** the population whose STAT3 acts */
  population: string;
  /** what STAT3 does there, as the review says it */
  effect: string;
  /** KB interaction ids (evidence: sentence + refs) */
  interactions: string[];
  /** the review's reference numbers (union over the interactions' evidence) */
  refs: number[];
  /** the model parameter(s) that carry it */
  params: string[];
  /** the read-out of `TmeRun` that moves, and its direction when that population's STAT3 rises */
  readout: string;
  direction: "up" | "down";
}

export const STAT3_RULES: readonly Stat3Rule[] = [
  {
    id: "dc_maturation",
    population: "dendritic cells",
    effect: "STAT3 suppresses maturation, activation and antigen presentation (immune tolerance)",
    interactions: ["f2c:stat3>proc_dc_maturation", "f2c:stat3>proc_immune_tolerance"],
    refs: [],
    params: ["eps_dc"],
    readout: "dc_mature_fraction",
    direction: "down",
  },
  {
    id: "macrophage_m2",
    population: "macrophages",
    effect: "STAT3 favours M2-like polarisation",
    interactions: ["tme7:stat3>cell_m2", "tme8:stat3>cell_m2", "f2e:stat3>cell_m2"],
    refs: [69],
    params: ["k_pol"],
    readout: "m2_fraction",
    direction: "up",
  },
  {
    id: "macrophage_pdl1",
    population: "macrophages",
    effect: "STAT3 raises PD-L1 expression",
    interactions: ["tme7:stat3>cd274", "f2e:stat3>cd274"],
    refs: [69],
    params: ["pdl1_mac"],
    readout: "pdl1_macrophage",
    direction: "up",
  },
  {
    id: "mdsc_expansion",
    population: "MDSC",
    effect: "STAT3 drives expansion of the MDSC population",
    interactions: ["tme11:stat3>cell_mdsc", "f2e:stat3>cell_mdsc"],
    refs: [71, 72, 73],
    params: ["eps_mdsc", "s_mdsc"],
    readout: "MDSC",
    direction: "up",
  },
  {
    id: "treg_ctla4",
    population: "Treg",
    effect: "STAT3 raises CTLA4 expression (immune tolerance)",
    interactions: ["f2f:stat3>ctla4", "f2f:stat3>proc_immune_tolerance"],
    refs: [],
    params: ["ctla4_0", "kappa_treg"],
    readout: "ctla4_treg",
    direction: "up",
  },
  {
    id: "nk_suppression",
    population: "NK cells",
    effect: "STAT3 suppresses NK-cell function (immunosuppressive)",
    interactions: ["tme11:stat3>proc_nk_function", "f2d:stat3>proc_immunosuppression:cell_nk"],
    refs: [71, 72, 73],
    params: ["eps_nk"],
    readout: "nk_kill_rate",
    direction: "down",
  },
  {
    id: "cxcl10_nk",
    population: "tumour cells",
    effect: "STAT3 down-regulates CXCL10, which would enhance NK cytotoxicity",
    interactions: ["imm7:stat3>cxcl10", "imm7:cxcl10>proc_nk_function"],
    refs: [50],
    params: ["x10_tumour", "chi_cxcl10"],
    readout: "CXCL10",
    direction: "down",
  },
  {
    id: "cd8_suppression",
    population: "CD8 effector T cells",
    effect: "STAT3 in effector T cells is immunosuppressive (lower killing)",
    interactions: ["f2d:stat3>proc_immunosuppression:cell_teff"],
    refs: [],
    params: ["eps_cd8"],
    readout: "cd8_kill_rate",
    direction: "down",
  },
  {
    id: "th1_negative",
    population: "T helper cells",
    effect: "STAT3 is a negative regulator of Th1 cells (less help for CD8 priming)",
    interactions: ["tme3:stat3>cell_th1"],
    refs: [4],
    params: ["eps_th1"],
    readout: "cd8_priming",
    direction: "down",
  },
  {
    id: "t_il10",
    population: "T cells and tumour cells",
    effect: "IL-6/gp130/JAK recruits STAT3, which up-regulates IL-10 secretion",
    interactions: ["imm6:stat3>il10"],
    refs: [48, 49],
    params: ["i10_tumour", "i10_t"],
    readout: "IL10",
    direction: "up",
  },
  {
    id: "tumour_tgfb_vegf",
    population: "tumour cells",
    effect: "STAT3 promotes TGF-β and VEGF (immune escape)",
    interactions: ["tme11:stat3>tgfb", "tme11:stat3>vegf"],
    refs: [71, 72, 73],
    params: ["tgfb_tumour", "vegf_tumour"],
    readout: "TGFb",
    direction: "up",
  },
  {
    id: "tumour_csc",
    population: "tumour cells",
    effect: "STAT3 is required for cancer-stem-cell self-renewal",
    interactions: ["csc6:stat3>hallmark_stemness", "csc7:il6>stat3"],
    refs: [53, 54, 55, 56, 57, 58],
    params: ["eps_csc"],
    readout: "csc_fraction",
    direction: "up",
  },
  {
    id: "b_growth",
    population: "B cells",
    effect: "STAT3 promotes B-cell survival, proliferation and development",
    interactions: ["f2f:stat3>proc_b_cell_growth"],
    refs: [],
    params: ["eps_b"],
    readout: "B",
    direction: "up",
  },
  {
    id: "endothelial_vasc",
    population: "endothelial cells",
    effect: "STAT3 promotes tumour vascularisation",
    interactions: ["f2g:stat3>proc_angiogenesis"],
    refs: [],
    params: ["eps_vasc"],
    readout: "vascular_index",
    direction: "up",
  },
  {
    id: "endothelial_cam",
    population: "endothelial cells",
    effect: "STAT3 raises cell-adhesion-molecule expression, important for metastasis",
    interactions: ["tme9:stat3>cam"],
    refs: [70],
    params: ["w_cam"],
    readout: "metastatic_potential",
    direction: "up",
  },
  {
    id: "caf_metastasis",
    population: "cancer-associated fibroblasts",
    effect: "STAT3 in tumour-associated fibroblasts enhances metastasis",
    interactions: ["f2h:stat3>proc_metastasis"],
    refs: [],
    params: ["w_caf"],
    readout: "metastatic_potential",
    direction: "up",
  },
];
