/**
 * Table 1, Table 2 and Fig. 2 of the review, reconstructed. The review prints only the captions of its
 * tables ("Table 1. The target genes of STAT3", "Table 2. Small molecule inhibitors directly/indirectly
 * targeting STAT3"), so every row here is read from the text and the figure legends, and points to the
 * interactions (and so the sentences) it summarises. Reference numbers are not typed twice: they are
 * the union of the rows' interactions' references (see build.ts).
 *
 * Potencies and clinical status come from shared/reference/stat3-facts.md §3, kept in `outside` with
 * that file's provenance tag for each fact ([V] read in a public source, [R] as commonly reported, not
 * re-checked against the primary paper).
 */
import type {
  CellRow,
  Hallmark,
  InhibitorRow,
  OutsideDrugFacts,
  OutsideSource,
  TargetRow,
} from "../types.js";

type Row1 = Omit<TargetRow, "refs" | "inFig1">;
const t1 = (
  gene: string,
  hallmark: Hallmark,
  direction: TargetRow["direction"],
  context: string,
  interactions: string[],
): Row1 => ({
  gene,
  hallmark,
  direction,
  context,
  interactions,
});

export const TABLE1_ROWS: Row1[] = [
  // proliferation and survival
  t1("ccnd1", "proliferation_survival", "up", "renal and colon cancers", [
    "pro2:stat3>ccnd1",
    "f1d:stat3>ccnd1",
  ]),
  t1("myc", "proliferation_survival", "up", "renal and colon cancers", ["pro2:stat3>myc", "f1d:stat3>myc"]),
  t1("birc5", "proliferation_survival", "up", "renal and colon cancers", [
    "pro2:stat3>birc5",
    "f1d:stat3>birc5",
  ]),
  t1("bcl2", "proliferation_survival", "up", "multiple myeloma (anti-apoptotic)", ["pro4:stat3>bcl2"]),
  t1("bcl2l1", "proliferation_survival", "up", "multiple myeloma (anti-apoptotic)", [
    "pro4:stat3>bcl2l1",
    "f1d:stat3>bcl2l1",
  ]),
  t1("mcl1", "proliferation_survival", "up", "multiple myeloma (anti-apoptotic)", [
    "pro4:stat3>mcl1",
    "f1d:stat3>mcl1",
  ]),
  // angiogenesis
  t1(
    "vegf",
    "angiogenesis",
    "up",
    "directly; with HIF1 at the VEGF promoter under hypoxia; tumour cells (immune escape)",
    ["ang2:stat3>vegf", "ang4:stat3>vegf", "f1e:stat3>vegf", "tme11:stat3>vegf"],
  ),
  t1("hif1", "angiogenesis", "up", "hypoxic tumour core; STAT3 also regulates HIF-1 stability and activity", [
    "ang3:stat3>hif1",
    "f1e:stat3>hif1",
    "tme5:stat3>hif1",
  ]),
  t1("fgf2", "angiogenesis", "up", 'pro-angiogenic factor ("downstream target")', [
    "ang5:stat3>fgf2",
    "f1e:stat3>fgf2",
  ]),
  t1("hgf", "angiogenesis", "up", 'pro-angiogenic factor ("downstream target")', [
    "ang5:stat3>hgf",
    "f1e:stat3>hgf",
  ]),
  // invasion, migration, metastasis (EMT)
  t1("twist1", "invasion_metastasis", "regulated", "EMT", ["met2:stat3>twist1", "f1f:stat3>twist1"]),
  t1("vim", "invasion_metastasis", "regulated", "EMT", ["met2:stat3>vim", "f1f:stat3>vim"]),
  t1("snai1", "invasion_metastasis", "regulated", "EMT", ["met2:stat3>snai1"]),
  t1("hmgb1", "invasion_metastasis", "regulated", "EMT", ["met2:stat3>hmgb1"]),
  t1("zeb1", "invasion_metastasis", "regulated", "EMT", ["met2:stat3>zeb1"]),
  t1("mmp2", "invasion_metastasis", "up", "persistent STAT3 activation", [
    "met3:stat3>mmp2",
    "f1f:stat3>mmp2",
  ]),
  t1("mmp9", "invasion_metastasis", "regulated", "invasion", ["met4:stat3>mmp9", "f1f:stat3>mmp9"]),
  t1("mmp1", "invasion_metastasis", "regulated", "invasion", ["met4:stat3>mmp1"]),
  t1("cam", "invasion_metastasis", "up", "endothelial cells", ["tme9:stat3>cam"]),
  // immune evasion
  t1("il10", "immune_evasion", "up", "colon cancer cells and T cells (IL-6/gp130/JAK)", ["imm6:stat3>il10"]),
  t1(
    "tgfb",
    "immune_evasion",
    "up",
    "tumour cells (immune escape); named as an escape cytokine of cancer cells",
    ["tme11:stat3>tgfb", "imm3:cell_tumour>tgfb"],
  ),
  t1(
    "il6",
    "immune_evasion",
    "up",
    "cancer cells: named as an immunosuppressive cytokine; the sentence names no STAT3",
    ["imm3:cell_tumour>il6"],
  ),
  t1("cxcl10", "immune_evasion", "down", "CXCL10 would enhance NK-cell cytotoxicity", ["imm7:stat3>cxcl10"]),
  t1("cd274", "immune_evasion", "up", "tumour-associated macrophages", [
    "tme7:stat3>cd274",
    "f2e:stat3>cd274",
  ]),
  t1("ctla4", "immune_evasion", "up", "regulatory T cells", ["f2f:stat3>ctla4"]),
  t1(
    "proinflammatory_cytokines",
    "immune_evasion",
    "down",
    "inhibiting STAT3 raises them (also in Th1 context); the review also says STAT3 promotes pro-inflammatory mediators via NF-κB",
    ["imm4:stat3>proinflammatory_cytokines", "tme3:stat3>proinflammatory_cytokines"],
  ),
  t1(
    "mhc1",
    "immune_evasion",
    "down",
    "cancer cells: named as an escape mechanism; the sentence names no STAT3",
    ["imm3:cell_tumour>mhc1"],
  ),
  t1(
    "mhc2",
    "immune_evasion",
    "down",
    "cancer cells: named as an escape mechanism; the sentence names no STAT3",
    ["imm3:cell_tumour>mhc2"],
  ),
  // stemness
  t1("pou5f1", "stemness", "regulated", "cancer stem cells: co-expression required with activated STAT3", [
    "csc11:pou5f1>stat3",
    "f1h:stat3>pou5f1",
  ]),
  t1("nanog", "stemness", "regulated", "cancer stem cells: co-expression required with activated STAT3", [
    "csc11:nanog>stat3",
    "f1h:stat3>nanog",
  ]),
  t1("cd44", "stemness", "up", "cancer stem cells", ["csc12:stat3>cd44", "f1h:stat3>cd44"]),
  t1(
    "prom1",
    "stemness",
    "regulated",
    "HCC: sorafenib and nifuroxazide lower STAT3 activation and CD133 expression",
    ["csc15:sorafenib>prom1", "csc15:nifuroxazide>prom1", "f1h:stat3>prom1"],
  ),
  t1("myc", "stemness", "up", "CSC self-renewal via VEGF/VEGFR2/STAT3", ["csc16:stat3>myc"]),
  t1("sox2", "stemness", "up", "CSC self-renewal via VEGF/VEGFR2/STAT3", ["csc16:stat3>sox2"]),
];

// ── Table 2 ──────────────────────────────────────────────────────────────────────────────────────
type Row2 = Omit<InhibitorRow, "refs">;
const F3 = "shared/reference/stat3-facts.md §3";
const src = (tag: OutsideSource["tag"], who: string): OutsideSource => ({ source: `${F3}; ${who}`, tag });

const SH2_MECH =
  "Targets the SH2 domain (the pTyr-binding pocket), blocking pTyr–SH2 dimerisation and so STAT3 activation";
const DBD_MECH =
  "Targets the DNA-binding domain, interrupting binding to target-gene promoters and so STAT3 activity";

function sh2(drug: string, tag: string, outside?: OutsideDrugFacts): Row2 {
  return {
    drug,
    class: "sh2",
    mode: "direct",
    target: "stat3_sh2",
    mechanism: SH2_MECH,
    interactions: [`sh3:${tag}>stat3_sh2`],
    inReview: true,
    outside,
  };
}
function dbd(drug: string, outside?: OutsideDrugFacts): Row2 {
  return {
    drug,
    class: "dbd",
    mode: "direct",
    target: "stat3_dbd",
    mechanism: DBD_MECH,
    interactions: [`dbd3:${drug}>stat3_dbd`],
    inReview: true,
    outside,
  };
}

export const TABLE2_ROWS: Row2[] = [
  sh2("py_lktk", "py_lktk", {
    mechanismDetail: {
      text: "Phosphopeptide mimicking the pY705 region; disrupts STAT3:STAT3 dimers and DNA binding",
      source: src("R", "Turkson et al. 2001 JBC"),
    },
    potency: [
      {
        text: "weak: DNA-binding inhibition in vitro only at high-µM to mM; needs a membrane-translocating tag in cells",
        source: src("R", "Turkson et al. 2001 JBC"),
      },
    ],
    clinicalStatus: { text: "tool peptide", source: src("R", "Turkson et al. 2001 JBC") },
  }),
  sh2("s3i_m2001", "s3i_m2001", {
    mechanismDetail: {
      text: "Oxazole-based peptidomimetic; disrupts dimers, promotes STAT3 aggregation/degradation",
      source: src("R", "Siddiquee et al. 2007 ACS Chem Biol"),
    },
    potency: [
      { text: "DNA-binding IC50 ≈ 79 µM (EMSA)", source: src("R", "Siddiquee et al. 2007 ACS Chem Biol") },
    ],
    clinicalStatus: { text: "preclinical", source: src("R", "Siddiquee et al. 2007 ACS Chem Biol") },
  }),
  sh2("s3i_1757", "s3i_1757", {
    mechanismDetail: {
      text: "Displaces fluorescein-GpYLPQTV in FP; blocks dimerisation, pY705, nuclear accumulation, DNA binding; lowers Bcl-xL, survivin, cyclin D1, MMP9",
      source: src("V", "Zhang et al. 2013 Cancer Res 73:1922 (mechanism)"),
    },
    potency: [
      { text: "FP IC50 ≈ 7.4 µM", source: src("R", "Zhang et al. 2013 Cancer Res 73:1922") },
      {
        text: "cellular effects at about 50–100 µM",
        source: src("R", "Zhang et al. 2013 Cancer Res 73:1922"),
      },
    ],
    clinicalStatus: { text: "preclinical", source: src("R", "Zhang et al. 2013") },
  }),
  sh2("curcumin_proline", "curcumin_proline", {
    mechanismDetail: {
      text: "Curcumin–amino-acid conjugate, docked to the SH2 domain",
      source: src("R", "review ref 80, unverified"),
    },
    clinicalStatus: { text: "preclinical", source: src("R", "review ref 80, unverified") },
  }),
  sh2("cryptotanshinone", "cryptotanshinone", {
    mechanismDetail: {
      text: "Natural product (Salvia miltiorrhiza); pY705 inhibited within 30 min, JAK2-independent; JAK2 inhibited only at 24 h (7 µM)",
      source: src("V", "Shin et al. 2009 Cancer Res 69:193"),
    },
    potency: [
      { text: "STAT3 luciferase IC50 ≈ 4.6 µM", source: src("R", "Shin et al. 2009 Cancer Res 69:193") },
      { text: "DU145 GI50 ≈ 7 µM", source: src("R", "Shin et al. 2009 Cancer Res 69:193") },
    ],
    clinicalStatus: { text: "preclinical (natural product)", source: src("R", "Shin et al. 2009") },
  }),
  sh2("sta_21", "sta_21", {
    mechanismDetail: {
      text: "Virtual-screen hit; inhibits DNA binding, dimerisation and luciferase; reduces survival of STAT3-addicted breast cancer cells",
      source: src("V", "Song et al. 2005 PNAS (page excerpt)"),
    },
    potency: [{ text: "active at about 20–30 µM in cells", source: src("R", "Song et al. 2005 PNAS") }],
    clinicalStatus: { text: "topical STA-21 psoriasis pilot", source: src("R", "Miyoshi et al. 2011 JID") },
  }),
  sh2("stattic", "stattic", {
    mechanismDetail: {
      text: "Covalent, Cys-reactive vinyl sulfone; blocks pY-peptide binding, dimerisation and nuclear translocation",
      source: src("R", "Schust et al. 2006 Chem Biol 13:1235"),
    },
    potency: [
      { text: "FP IC50 ≈ 5.1 µM (cell-free)", source: src("R", "Schust et al. 2006 Chem Biol 13:1235") },
      {
        text: "hepatocyte pSTAT3 cellular IC50 ≈ 30–40 µM",
        source: src("V", "stat3-facts.md §2a, D2D Sobotta 2017 data"),
      },
      { text: "Sobotta model K ≈ 10 µM", source: src("V", "Sobotta et al. 2017 model") },
    ],
    clinicalStatus: { text: "tool compound", source: src("R", "Schust et al. 2006") },
    caveat: {
      text: "reported STAT3-independent (thiol-alkylating) effects",
      source: { source: "shared/reference/stat3-facts.md §7", tag: "R" },
    },
  }),
  sh2("s3i_201", "s3i_201", {
    mechanismDetail: { text: "Dimer disruptor", source: src("R", "Siddiquee et al. 2007 PNAS") },
    potency: [
      { text: "DNA-binding IC50 ≈ 86 ± 33 µM (EMSA)", source: src("R", "Siddiquee et al. 2007 PNAS") },
    ],
    clinicalStatus: { text: "preclinical", source: src("R", "Siddiquee et al. 2007 PNAS") },
    caveat: {
      text: "later shown to be a non-selective alkylating agent: a promiscuous tool",
      source: src("R", "Ball et al. 2016 Oncotarget"),
    },
  }),
  dbd("hic1", {
    mechanismDetail: {
      text: "Tumour-suppressor protein (Hypermethylated-in-cancer-1); binds STAT3 and represses targets such as VEGF. Not a drug",
      source: { source: F3, tag: "R" },
    },
  }),
  dbd("is3_295", {
    mechanismDetail: {
      text: "Platinum(IV) complex; inhibits STAT3 DNA binding",
      source: src("R", "Turkson et al. 2005 Mol Cancer Ther"),
    },
    potency: [
      {
        text: "low-µM in vitro DNA-binding inhibition (low confidence)",
        source: src("R", "Turkson et al. 2005 Mol Cancer Ther"),
      },
    ],
    clinicalStatus: { text: "preclinical", source: src("R", "Turkson et al. 2005") },
  }),
  dbd("dbd_1", {
    mechanismDetail: {
      text: "Peptide aptamer expressed intracellularly; blocks transactivation and induces apoptosis in STAT3-dependent cells",
      source: src("R", "Nagel-Wolfrum et al. 2004 Mol Cancer Res"),
    },
    clinicalStatus: { text: "research tool", source: src("R", "Nagel-Wolfrum et al. 2004") },
  }),
  {
    drug: "kdi1",
    class: "upstream_rtk",
    mode: "indirect",
    target: "egfr",
    mechanism: "Complexes with EGFR and inhibits EGF-induced STAT3 phosphorylation",
    interactions: ["up2:kdi1>egfr", "up2:kdi1>stat3_py705"],
    inReview: true,
    outside: {
      mechanismDetail: {
        text: "Peptide aptamer against the EGFR intracellular domain; blocks EGF-induced STAT3 activation without blocking EGFR kinase",
        source: src("R", "Buerger et al. 2003 JBC"),
      },
      clinicalStatus: { text: "research tool", source: src("R", "Buerger et al. 2003 JBC") },
    },
  },
  {
    drug: "pd153035",
    class: "upstream_rtk",
    mode: "indirect",
    target: "egfr",
    mechanism:
      "Suppresses phosphorylation and activation of EGFR and STAT3 in vivo; inhibits growth of oral squamous cell carcinoma",
    interactions: ["up3:pd153035>egfr", "up3:pd153035>stat3_py705", "up4:pd153035>proc_tumour_growth"],
    inReview: true,
    outside: {
      mechanismDetail: {
        text: "ATP-competitive quinazoline EGFR TKI",
        source: src("R", "Fry et al. 1994 Science"),
      },
      potency: [
        { text: "Ki ≈ 5–6 pM; IC50 ≈ 25–30 pM (enzyme)", source: src("R", "Fry et al. 1994 Science") },
      ],
      clinicalStatus: { text: "preclinical / PET tracer", source: src("R", "Fry et al. 1994") },
    },
  },
  {
    drug: "jak_inhibitors",
    class: "upstream_jak",
    mode: "indirect",
    target: "jak",
    mechanism:
      "Lower STAT3 phosphorylation; induce cancer-cell apoptosis and reduce metastasis. Some are in clinical trials for cancers and for rheumatoid arthritis, psoriasis and IBD (99, 104-110)",
    interactions: [
      "up7:jak_inhibitors>jak",
      "up7:jak_inhibitors>stat3_py705",
      "up7:jak_inhibitors>proc_apoptosis",
      "up7:jak_inhibitors>proc_metastasis",
    ],
    inReview: true,
  },
  {
    drug: "src_inhibitors",
    class: "upstream_src",
    mode: "indirect",
    target: "src",
    mechanism:
      "Lower STAT3 phosphorylation; induce cancer-cell apoptosis and reduce metastasis. Some are in clinical trials for cancers and for rheumatoid arthritis, psoriasis and IBD (99, 104-110)",
    interactions: [
      "up7:src_inhibitors>src",
      "up7:src_inhibitors>stat3_py705",
      "up7:src_inhibitors>proc_apoptosis",
      "up7:src_inhibitors>proc_metastasis",
    ],
    inReview: true,
  },
  {
    drug: "sorafenib",
    class: "other",
    mode: "indirect",
    target: "stat3",
    mechanism: "Inhibits STAT3 activation and CD133 expression in HCC (the review gives no molecular target)",
    interactions: ["csc15:sorafenib>stat3", "csc15:sorafenib>prom1"],
    inReview: true,
  },
  {
    drug: "nifuroxazide",
    class: "other",
    mode: "indirect",
    target: "stat3",
    mechanism: "Inhibits STAT3 activation and CD133 expression in HCC (the review gives no molecular target)",
    interactions: ["csc15:nifuroxazide>stat3", "csc15:nifuroxazide>prom1"],
    inReview: true,
  },
  // examples of the upstream classes, from outside the review
  {
    drug: "ruxolitinib",
    class: "upstream_jak",
    mode: "indirect",
    target: "jak1",
    mechanism: "(not in the review) ATP-competitive type-I JAK1/JAK2 inhibitor",
    interactions: ["ext:ruxolitinib>jak1"],
    inReview: false,
    outside: {
      potency: [
        {
          text: "enzyme IC50 JAK1 3.3 nM, JAK2 2.8 nM, TYK2 ≈ 19 nM, JAK3 ≈ 428 nM",
          source: src("R", "Quintás-Cardama et al. 2010 Blood"),
        },
        {
          text: "hepatocyte IL-6 pSTAT3 cellular IC50 ≈ 200–400 nM; Sobotta model K_rux ≈ 166 nM, medium t½ ≈ 12 h",
          source: src("V", "Sobotta et al. 2017 data and model"),
        },
      ],
      clinicalStatus: { text: "FDA-approved: myelofibrosis 2011, PV 2014, aGVHD 2019", source: src("R", "") },
    },
  },
  {
    drug: "tofacitinib",
    class: "upstream_jak",
    mode: "indirect",
    target: "jak",
    mechanism: "(not in the review) ATP-competitive JAK inhibitor, JAK3 > JAK1 ≈ JAK2 (assay-dependent)",
    interactions: ["ext:tofacitinib>jak"],
    inReview: false,
    outside: {
      potency: [
        {
          text: "IC50 JAK3 ≈ 1 nM, JAK2 ≈ 20 nM, JAK1 ≈ 112 nM (Changelian 2003); other panels JAK1/JAK3 ≈ 1–3 nM",
          source: src("R", "Changelian et al. 2003"),
        },
      ],
      clinicalStatus: { text: "FDA-approved for RA 2012 (also PsA, UC)", source: src("R", "") },
    },
  },
  {
    drug: "dasatinib",
    class: "upstream_src",
    mode: "indirect",
    target: "src",
    mechanism: "(not in the review) ATP-competitive Src-family and Abl inhibitor",
    interactions: ["ext:dasatinib>src", "ext:dasatinib>abl1"],
    inReview: false,
    outside: {
      potency: [
        { text: "Src IC50 ≈ 0.5–0.8 nM; Abl < 1 nM", source: src("R", "Lombardo et al. 2004 J Med Chem") },
      ],
      clinicalStatus: { text: "FDA-approved 2006 (CML, Ph+ ALL)", source: src("R", "") },
    },
  },
  {
    drug: "gefitinib",
    class: "upstream_rtk",
    mode: "indirect",
    target: "egfr",
    mechanism: "(not in the review) ATP-competitive EGFR inhibitor",
    interactions: ["ext:gefitinib>egfr"],
    inReview: false,
    outside: {
      potency: [
        {
          text: "EGFR enzyme IC50 ≈ 23–79 nM (≈33 nM commonly cited)",
          source: src("R", "Wakeling et al. 2002 Cancer Res"),
        },
      ],
      clinicalStatus: { text: "FDA 2003 (accelerated), 2015 for EGFR-mutant NSCLC", source: src("R", "") },
    },
  },
  {
    drug: "erlotinib",
    class: "upstream_rtk",
    mode: "indirect",
    target: "egfr",
    mechanism: "(not in the review) ATP-competitive EGFR inhibitor",
    interactions: ["ext:erlotinib>egfr"],
    inReview: false,
    outside: {
      potency: [{ text: "EGFR enzyme IC50 ≈ 2 nM", source: src("R", "Moyer et al. 1997 Cancer Res") }],
      clinicalStatus: { text: "FDA 2004 (NSCLC; pancreatic 2005)", source: src("R", "") },
    },
  },
];

/** Context kept apart from the table: no direct STAT3 inhibitor is approved (stat3-facts.md §3). */
export const CLINICAL_CONTEXT: { text: string; source: OutsideSource }[] = [
  {
    text: "Direct STAT3 agents that reached the clinic (not in the review): napabucasin (phase III, negative), TTI-101/C188-9 (phase I), danvatirsen/AZD9150 (antisense, phase I/II), OPB-31121/-51602 (phase I)",
    source: { source: F3, tag: "R" },
  },
  {
    text: 'No direct STAT3 inhibitor is approved (Gelain 2019 review abstract: "no drug targeting this enzyme is currently available")',
    source: { source: F3, tag: "V" },
  },
];

// ── Fig. 2 ───────────────────────────────────────────────────────────────────────────────────────
type RowF2 = Omit<CellRow, "refs">;
export const FIG2_ROWS: RowF2[] = [
  {
    cell: "cell_dc",
    effects: ["suppressed maturation, activation and antigen presentation", "immune tolerance"],
    role: "immunosuppressive",
    interactions: ["f2c:stat3>proc_dc_maturation", "f2c:stat3>proc_immune_tolerance"],
  },
  {
    cell: "cell_neutrophil",
    effects: ["immunosuppressive effects"],
    role: "immunosuppressive",
    interactions: ["f2d:stat3>proc_immunosuppression:cell_neutrophil"],
  },
  {
    cell: "cell_nk",
    effects: [
      "immunosuppressive effects",
      "suppressed NK-cell function",
      "less CXCL10 (which would enhance NK cytotoxicity)",
    ],
    role: "immunosuppressive",
    interactions: [
      "f2d:stat3>proc_immunosuppression:cell_nk",
      "tme11:stat3>proc_nk_function",
      "imm7:cxcl10>proc_nk_function",
    ],
  },
  {
    cell: "cell_teff",
    effects: ["immunosuppressive effects"],
    role: "immunosuppressive",
    interactions: ["f2d:stat3>proc_immunosuppression:cell_teff"],
  },
  {
    cell: "cell_th1",
    effects: [
      "STAT3 is a negative regulator of Th1 cells",
      "inhibiting STAT3 releases pro-inflammatory cytokines",
    ],
    role: "immunosuppressive",
    interactions: ["tme3:stat3>cell_th1", "tme3:stat3>proinflammatory_cytokines"],
  },
  {
    cell: "cell_t",
    effects: ["IL-6/gp130/JAK recruits STAT3, which up-regulates IL-10 secretion"],
    role: "immunosuppressive",
    interactions: ["imm6:jak>stat3", "imm6:stat3>il10"],
  },
  {
    cell: "cell_macrophage",
    effects: ["M2-like polarisation", "PD-L1 expression"],
    role: "immunosuppressive",
    interactions: [
      "tme7:stat3>cell_m2",
      "tme7:stat3>cd274",
      "tme8:stat3>cell_m2",
      "f2e:stat3>cell_m2",
      "f2e:stat3>cd274",
    ],
  },
  {
    cell: "cell_mdsc",
    effects: ["expansion of the MDSC population"],
    role: "immunosuppressive",
    interactions: ["tme11:stat3>cell_mdsc", "f2e:stat3>cell_mdsc"],
  },
  {
    cell: "cell_treg",
    effects: ["immune tolerance through CTLA4 expression"],
    role: "immunosuppressive",
    interactions: ["f2f:stat3>ctla4", "f2f:stat3>proc_immune_tolerance"],
  },
  {
    cell: "cell_b",
    effects: ["tumorigenesis through B-cell survival, proliferation and development"],
    role: "tumour_promoting",
    interactions: ["f2f:stat3>proc_b_cell_growth"],
  },
  {
    cell: "cell_endothelial",
    effects: [
      "tumour vascularisation",
      "cell adhesion molecule expression, important for metastasis",
      "immunosuppressive and tumour-promoting effects",
    ],
    role: "both",
    interactions: [
      "f2g:stat3>proc_angiogenesis",
      "tme9:stat3>cam",
      "f2b:stat3>proc_immunosuppression:cell_endothelial",
      "f2b:stat3>proc_tumour_growth:cell_endothelial",
    ],
  },
  {
    cell: "cell_fibroblast",
    effects: ["enhanced tumour metastasis", "immunosuppressive and tumour-promoting effects"],
    role: "both",
    interactions: [
      "f2h:stat3>proc_metastasis",
      "f2b:stat3>proc_immunosuppression:cell_fibroblast",
      "f2b:stat3>proc_tumour_growth:cell_fibroblast",
    ],
  },
  {
    cell: "cell_tumour",
    effects: [
      "oncogenic target-gene expression (Table 1)",
      "immune escape through TGF-β and VEGF",
      "MDSC expansion, suppressed NK function",
    ],
    role: "both",
    interactions: [
      "tme11:stat3>hallmark_immune_evasion",
      "tme11:stat3>tgfb",
      "tme11:stat3>vegf",
      "imm2:stat3>hallmark_immune_evasion",
    ],
  },
];
