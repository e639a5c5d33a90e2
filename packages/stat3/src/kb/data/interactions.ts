/**
 * Interactions: every causal sentence of the review as one or more typed edges, each carrying the
 * sentence verbatim (as normalised by text.ts), its section and its reference numbers. Sentences are
 * declared once (`S`) and shared by the edges read from them. Ids are `<sentence tag>:<source>><target>`
 * (plus a type suffix where one sentence gives the same pair twice), so they stay stable while the data
 * does. Claims are kept as the review states them, including the ones that contradict each other
 * (e.g. NF-κB-driven pro-inflammatory mediators vs. STAT3 repressing pro-inflammatory cytokines) — the
 * knowledge base records the review, it does not correct it; `note` says where a reading needed care.
 */
import type { Evidence, Interaction, InteractionType, OutsideSource, SectionId } from "../types.js";

type Fig = NonNullable<Evidence["figures"]>[number];
interface Sent extends Evidence {
  tag: string;
}

function S(
  tag: string,
  section: SectionId,
  sentence: string,
  refs: number[],
  figures?: Fig[],
  refsNote?: string,
): Sent {
  const ev: Sent = { tag, section, sentence, refs };
  if (figures) ev.figures = figures;
  if (refsNote) ev.refsNote = refsNote;
  return ev;
}

type Extra = Pick<Interaction, "via" | "context" | "mode" | "negative" | "note"> & { idSuffix?: string };

const out: Interaction[] = [];

function ix(s: Sent, source: string, type: InteractionType, target: string, extra: Extra = {}): void {
  const { idSuffix, ...rest } = extra;
  const { tag, ...evidence } = s;
  out.push({
    id: `${tag}:${source}>${target}${idSuffix ? `:${idSuffix}` : ""}`,
    source,
    target,
    type,
    ...rest,
    evidence,
  });
}

/** Interactions from outside the review (needed by the models), each with its source. */
function outside(
  id: string,
  source: string,
  type: InteractionType,
  target: string,
  o: OutsideSource & { statement: string },
): void {
  out.push({ id, source, target, type, outside: o });
}

const r = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

// ── Abstract ─────────────────────────────────────────────────────────────────────────────────────
const abs1 = S(
  "abs1",
  "abstract",
  "Signal transducer and activator of transcription 3 (STAT3), is a cytoplasmic transcription factor that regulates cell proliferation, differentiation, apoptosis, angiogenesis, inflammation and immune responses.",
  [],
);
for (const p of [
  "proc_proliferation",
  "proc_differentiation",
  "proc_apoptosis",
  "proc_angiogenesis",
  "proc_inflammation",
  "proc_immune_response",
])
  ix(abs1, "stat3", "regulates", p);
const abs2 = S(
  "abs2",
  "abstract",
  "Aberrant STAT3 activation triggers tumor progression through oncogenic gene expression in numerous human cancers, leading to promote tumor malignancy.",
  [],
);
ix(abs2, "stat3", "promotes", "proc_tumour_growth", { via: ["stat3_target_genes"] });
const abs4 = S(
  "abs4",
  "abstract",
  "Accumulating evidence suggests that the tumor microenvironment closely interacts with the STAT3 signaling pathway.",
  [],
);
ix(abs4, "cond_tme", "correlates", "stat3", { mode: "association", note: '"closely interacts"' });
const abs5 = S(
  "abs5",
  "abstract",
  "So, targeting STAT3 may improve tumor progression, and anti-cancer immune response.",
  [],
);
ix(abs5, "stat3_inhibitors", "promotes", "proc_immune_response", {
  note: 'as written, "may improve tumor progression" — read as improving the outcome of tumour progression; only the immune-response half is recorded',
});
const abs3 = S(
  "abs3",
  "abstract",
  "On the contrary, STAT3 activation in immune cells cause elevation of immunosuppressive factors.",
  [],
);
ix(abs3, "stat3", "induces_expression", "immunosuppressive_cytokines", { context: ["cell_immune"] });

// ── Introduction ────────────────────────────────────────────────────────────────────────────────
const int1 = S(
  "int1",
  "introduction",
  "Recently, the impact of the tumor microenvironment and tumor-induced immune suppression on tumor progression, has been subjected to intense investigation, and the STAT3, is a crucial mediator of tumor cell progression and tumor-associated immunosuppression.",
  [],
);
ix(int1, "stat3", "promotes", "proc_tumour_growth");
ix(int1, "stat3", "promotes", "proc_immunosuppression");
const int2 = S(
  "int2",
  "introduction",
  "STAT3 is integral for transducing signals from receptor and/or non-receptor tyrosine kinases activated in cancer cells, as well as transcriptional factors regulating expression of numerous gene contributing tumor progression (2).",
  [2],
);
ix(int2, "rtk", "activates", "stat3", { context: ["cell_tumour"] });
ix(int2, "nrtk", "activates", "stat3", { context: ["cell_tumour"] });
ix(int2, "stat3", "induces_expression", "stat3_target_genes");
const int3 = S(
  "int3",
  "introduction",
  "STAT3 signaling cascade is triggered by upstream kinase signals, and undergo phosphorylation, homo-dimerization, translocate in to nuclear, and bind to DNA, leading to target gene expression involved in tumor cell proliferation, angiogenesis, metastasis, and immunoediting (3-5).",
  r(3, 5),
);
ix(int3, "upstream_kinases", "phosphorylates", "stat3_py705");
ix(int3, "stat3_py705", "dimerises", "stat3_dimer");
ix(int3, "stat3_dimer", "translocates", "stat3_nuclear");
ix(int3, "stat3_nuclear", "binds", "stat3_dna_bound", { note: "binds DNA" });
ix(int3, "stat3_dna_bound", "induces_expression", "stat3_target_genes");
ix(int3, "stat3_target_genes", "promotes", "proc_proliferation");
ix(int3, "stat3_target_genes", "promotes", "proc_angiogenesis");
ix(int3, "stat3_target_genes", "promotes", "proc_metastasis");
ix(int3, "stat3_target_genes", "promotes", "hallmark_immune_evasion", { note: '"immunoediting"' });
const int4 = S(
  "int4",
  "introduction",
  "STAT3 is a key mediator modulating tumor milieu to promote tumor progression, and is a promising target for antitumor immune response (8, 9).",
  [8, 9],
);
ix(int4, "stat3", "promotes", "proc_tumour_growth", { context: ["cond_tme"] });

// ── Persistent STAT3 activation in cancer cells ─────────────────────────────────────────────────
const per1 = S(
  "per1",
  "persistent_activation",
  "Aberrant activation of STAT3 has been involved, in oncogenesis and malignant phenotypes in human cancers (10, 11).",
  [10, 11],
);
ix(per1, "stat3", "promotes", "proc_tumour_growth", { note: "oncogenesis and malignant phenotypes" });
const per2 = S(
  "per2",
  "persistent_activation",
  "Hyperactivation of STAT3 has been reported in several types of tumors, including head-and neck, brain, breast, liver, lung, kidney, pancreas, prostate, ovary, and multiple myeloma, as well as acute myeloid leukemia (AML) (12-21).",
  r(12, 21),
);
for (const c of [
  "cancer_head_neck",
  "cancer_brain",
  "cancer_breast",
  "cancer_liver",
  "cancer_lung",
  "cancer_kidney",
  "cancer_pancreas",
  "cancer_prostate",
  "cancer_ovary",
  "cancer_myeloma",
  "cancer_aml",
])
  ix(per2, "stat3", "hyperactivated_in", c);
const per3 = S(
  "per3",
  "persistent_activation",
  "Expression levels of activated STAT3 are positively correlated with poor prognosis in these cancers.",
  [],
);
ix(per3, "stat3_py705", "correlates", "proc_poor_prognosis", { mode: "association" });
const per4 = S(
  "per4",
  "persistent_activation",
  "Constitutive STAT3 activation is primarily due to hyperactivation of growth factor receptor tyrosine kinase and overexpression of stimulatory receptor-ligand interactions.",
  [],
);
ix(per4, "rtk", "activates", "stat3");
ix(per4, "ligand", "activates", "stat3", { via: ["receptor"] });
const per5 = S(
  "per5",
  "persistent_activation",
  "Phosphorylation of tyrosine 705 residue, leads to nuclear translocation of STAT3, which allow induction of STAT3 target genes (4).",
  [4],
);
ix(per5, "stat3_py705", "translocates", "stat3_nuclear", {
  note: "the sentence goes from pY705 to the nucleus without naming the dimer",
});
ix(per5, "stat3_nuclear", "induces_expression", "stat3_target_genes");
const per6 = S(
  "per6",
  "persistent_activation",
  "As an oncogene, STAT3 is a major signal transduction pathway involved in multiple cellular processes, including proliferation, survival, angiogenesis, metastasis, invasion, and immune escape (22-24). (Fig. 1).",
  r(22, 24),
  ["fig1"],
);
for (const p of [
  "proc_proliferation",
  "proc_survival",
  "proc_angiogenesis",
  "proc_metastasis",
  "proc_invasion",
  "hallmark_immune_evasion",
])
  ix(per6, "stat3", "promotes", p);

// ── 1. Proliferation and survival ────────────────────────────────────────────────────────────────
const pro1 = S(
  "pro1",
  "proliferation_survival",
  "Accumulating evidence shows that STAT3 activation, participates in cellular proliferation and survival.",
  [],
);
ix(pro1, "stat3", "promotes", "hallmark_proliferation_survival");
const pro2 = S(
  "pro2",
  "proliferation_survival",
  "Persistent activation of STAT3 induces up-regulated expression of CyclnD1, c-Myc and Survivin, to accelerate cell cycle progression in renal and colon cancers (25-27).",
  r(25, 27),
);
for (const g of ["ccnd1", "myc", "birc5"]) {
  ix(pro2, "stat3", "induces_expression", g, { context: ["cancer_kidney", "cancer_colorectal"] });
  ix(pro2, g, "promotes", "proc_cell_cycle", { context: ["cancer_kidney", "cancer_colorectal"] });
}
const pro3 = S(
  "pro3",
  "proliferation_survival",
  "Correspond to its role in cellular proliferation, multiple studies have shown that STAT3 signaling pathway suppresses apoptosis in cancer cells.",
  [],
);
ix(pro3, "stat3", "suppresses", "proc_apoptosis", { context: ["cell_tumour"] });
const pro4 = S(
  "pro4",
  "proliferation_survival",
  "Activated STAT3 also upregulates anti-apoptotic protein such as Bcl-2 (B-cell lymphoma-2), Bcl-XL (B-cell lymphoma-2-like 1), and Mcl1(myeloid cell leukemia sequence 1) expressions to prevent apoptosis of tumor cells in multiple myeloma (28, 29) (Table 1).",
  [28, 29],
  ["table1"],
);
for (const g of ["bcl2", "bcl2l1", "mcl1"]) {
  ix(pro4, "stat3", "induces_expression", g, { context: ["cancer_myeloma"] });
  ix(pro4, g, "suppresses", "proc_apoptosis", { context: ["cancer_myeloma"] });
}
const pro5 = S(
  "pro5",
  "proliferation_survival",
  "Inhibition of STAT3 results in decreased cell proliferation, and promotes apoptosis in various cancers including breast cancer, colorectal cancer, gastric cancer, lung cancer, and so on (30-32).",
  r(30, 32),
);
const pro5ctx = ["cancer_breast", "cancer_colorectal", "cancer_gastric", "cancer_lung"];
ix(pro5, "stat3", "promotes", "proc_proliferation", { mode: "loss_of_function", context: pro5ctx });
ix(pro5, "stat3", "suppresses", "proc_apoptosis", { mode: "loss_of_function", context: pro5ctx });
const pro6 = S(
  "pro6",
  "proliferation_survival",
  "According to these studies, STAT3 is a key regulator of cancer cell proliferation and survival.",
  [],
);
ix(pro6, "stat3", "regulates", "hallmark_proliferation_survival", { context: ["cell_tumour"] });

// ── 2. Angiogenesis ──────────────────────────────────────────────────────────────────────────────
const ang1 = S(
  "ang1",
  "angiogenesis",
  "The formation of a new blood vessel called angiogenesis, is a fundamental step in tumor growth and metastasis.",
  [],
);
ix(ang1, "proc_angiogenesis", "promotes", "proc_tumour_growth");
ix(ang1, "proc_angiogenesis", "promotes", "proc_metastasis");
const ang2 = S(
  "ang2",
  "angiogenesis",
  "It is well known that STAT3 induces vascular endothelial growth factor (VEGF) directly, which is the most angiogenic molecule. (33, 34).",
  [33, 34],
);
ix(ang2, "stat3", "induces_expression", "vegf", { note: "directly" });
ix(ang2, "vegf", "promotes", "proc_angiogenesis");
const ang3 = S(
  "ang3",
  "angiogenesis",
  "Moreover, STAT3 induces hypoxia-inducible factor-1 (HIF1), another regulator of angiogenesis (35).",
  [35],
);
ix(ang3, "stat3", "induces_expression", "hif1");
ix(ang3, "hif1", "promotes", "proc_angiogenesis");
const ang4 = S(
  "ang4",
  "angiogenesis",
  "During hypoxic conditions in core of cancer cells, STAT3 and HIF1 bind to the VEGF promoter, leading to angiogenesis (36).",
  [36],
);
ix(ang4, "stat3", "induces_expression", "vegf", {
  context: ["cond_hypoxia"],
  note: "binds the VEGF promoter together with HIF1",
});
ix(ang4, "hif1", "induces_expression", "vegf", {
  context: ["cond_hypoxia"],
  note: "binds the VEGF promoter together with STAT3",
});
const ang5 = S(
  "ang5",
  "angiogenesis",
  "Additionally, pro-angiogenic factors such as bFGF (basic fibroblast growth factor) and HGF (hepatocyte growth factor), also downstream target of STAT3 (37) (Table 1).",
  [37],
  ["table1"],
);
ix(ang5, "stat3", "induces_expression", "fgf2", {
  note: '"downstream target"; up-regulation as in the Fig. 1 legend',
});
ix(ang5, "stat3", "induces_expression", "hgf", {
  note: '"downstream target"; up-regulation as in the Fig. 1 legend',
});
ix(ang5, "pro_angiogenic", "promotes", "proc_angiogenesis");
const ang6 = S("ang6", "angiogenesis", "Angiogenesis led to malignant cancer cell transformation.", []);
ix(ang6, "proc_angiogenesis", "promotes", "proc_tumour_growth", {
  idSuffix: "transformation",
  note: "malignant transformation",
});
const ang7 = S(
  "ang7",
  "angiogenesis",
  "Invasion and migration are key steps for tumor growth and metastasis.",
  [],
);
ix(ang7, "proc_invasion", "promotes", "proc_metastasis");
ix(ang7, "proc_migration", "promotes", "proc_metastasis");

// ── 3. Metastasis ────────────────────────────────────────────────────────────────────────────────
const met1 = S(
  "met1",
  "metastasis",
  "Cancer metastasis is a complicated procedure in which cancer cells invade adjacent tissue enabling such cells to accomplish migration and invasion, known as epithelial-mesenchymal transition (EMT).",
  [],
);
ix(met1, "proc_emt", "promotes", "proc_migration");
ix(met1, "proc_emt", "promotes", "proc_invasion");
const met2 = S(
  "met2",
  "metastasis",
  "According to previous studies, STAT3 activation is pivotal in regulating expression of Twist, Vimentin, Snail, HMGB1 (high-mobility group box 1), ZEB1 (zinc finger E-box binding homeobox 1), and so on (38-42).",
  r(38, 42),
);
for (const g of ["twist1", "vim", "snai1", "hmgb1", "zeb1"]) ix(met2, "stat3", "regulates_expression", g);
const met3 = S(
  "met3",
  "metastasis",
  "Persistent STAT3 activation, leads to upregulated expression of MMP2 (matrix metalloproteinase) (43).",
  [43],
);
ix(met3, "stat3", "induces_expression", "mmp2");
const met4 = S(
  "met4",
  "metastasis",
  "Moreover, STAT3 activation also regulates other matrix metalloproteinases, such as MMP9 and MMP1 (44, 45) (Table 1).",
  [44, 45],
  ["table1"],
);
ix(met4, "stat3", "regulates_expression", "mmp9");
ix(met4, "stat3", "regulates_expression", "mmp1");
const met5 = S(
  "met5",
  "metastasis",
  "Based on these studies, STAT3 activation promotes cellular invasion.",
  [],
);
ix(met5, "stat3", "promotes", "proc_invasion", { via: ["mmp"] });
const met6 = S(
  "met6",
  "metastasis",
  "Additionally, earlier studies have shown evidence that aberrant STAT3 activation is required for cell motility, and plays a key role in wound healing and migration (46, 47).",
  [46, 47],
);
ix(met6, "stat3", "required_for", "proc_migration", { note: "cell motility" });
ix(met6, "stat3", "promotes", "proc_wound_healing");
const met7 = S(
  "met7",
  "metastasis",
  "Thus, inhibition of neo-angiogenic factors and/or migration factors by suppressing STAT3 signaling pathway is an attractive strategy for preventing tumor formation.",
  [],
);
ix(met7, "stat3", "induces_expression", "pro_angiogenic", { mode: "loss_of_function" });
ix(met7, "stat3", "induces_expression", "migration_factors", { mode: "loss_of_function" });
ix(met7, "stat3_inhibitors", "inhibits", "proc_tumour_growth", {
  note: "preventing tumour formation (a proposed strategy)",
});

// ── 4. Immune evasion ────────────────────────────────────────────────────────────────────────────
const imm1 = S(
  "imm1",
  "immune_evasion",
  "Tumor immune surveillance plays a pivotal role in identifying cancerous and/or precancerous cells, and eliminates them before they abnormally transform.",
  [],
);
ix(imm1, "proc_immunosurveillance", "inhibits", "cell_tumour");
const imm2 = S(
  "imm2",
  "immune_evasion",
  "Additionally, hyperactivated STAT3 in tumor cells and tumor-associated immune cells, could enhance tumor immune evasion, or establish immune tolerance. (Fig. 2).",
  [],
  ["fig2"],
);
ix(imm2, "stat3", "promotes", "hallmark_immune_evasion", { context: ["cell_tumour", "cell_immune"] });
ix(imm2, "stat3", "promotes", "proc_immune_tolerance", { context: ["cell_tumour", "cell_immune"] });
const imm3 = S(
  "imm3",
  "immune_evasion",
  "Numerous mechanisms which cancer cells escape from detection, include induction of immunosuppressive cytokines such as IL-6, IL-10 and TGF- and reduction of cancer antigens, and MHC-Ⅰ and MHC-Ⅱ (major histocompatibility complex) molecules for T cells (4).",
  [4],
);
const imm3note =
  "named as immune-escape mechanisms of cancer cells in the STAT3 section; the sentence itself does not name STAT3";
for (const g of ["il6", "il10", "tgfb"]) ix(imm3, "cell_tumour", "induces_expression", g, { note: imm3note });
for (const g of ["cancer_antigens", "mhc1", "mhc2"])
  ix(imm3, "cell_tumour", "represses_expression", g, { negative: true, note: imm3note });
const imm4 = S(
  "imm4",
  "immune_evasion",
  "Several lines of evidence implicate suppression of STAT3 activation elevates release of proinflammatory cytokines and/or chemokines, suggesting activation of STAT3 negatively regulates the expression of immune stimulating molecules (4).",
  [4],
);
ix(imm4, "stat3", "represses_expression", "proinflammatory_cytokines", {
  mode: "loss_of_function",
  negative: true,
});
const imm5 = S(
  "imm5",
  "immune_evasion",
  "In addition, STAT3 also promotes pro-inflammatory mediators via nuclear factor kappa B (NF-kB) signaling pathways.",
  [],
);
ix(imm5, "stat3", "activates", "nfkb");
ix(imm5, "nfkb", "induces_expression", "proinflammatory_cytokines", {
  note: "as stated; the preceding sentence says STAT3 represses immune-stimulating molecules",
});
const imm6 = S(
  "imm6",
  "immune_evasion",
  "IL-6/GP130/JAK signaling pathway promotes STAT3 recruitment in colon cancer cells and T cells, which upregulate IL-10 secretion (48, 49).",
  [48, 49],
);
const imm6ctx = ["cancer_colorectal", "cell_t"];
ix(imm6, "il6", "binds", "il6st", { context: imm6ctx });
ix(imm6, "il6st", "activates", "jak", { context: imm6ctx });
ix(imm6, "jak", "recruits", "stat3", { context: imm6ctx, via: ["il6", "il6st"] });
ix(imm6, "stat3", "induces_expression", "il10", { context: imm6ctx });
const imm7 = S(
  "imm7",
  "immune_evasion",
  "Additionally, STAT3 down regulates C-X-C motif chemokine ligand 10 (CXCL10) expression, which could enhance cytotoxicity of natural killer (NK) cells (50) (Table 1).",
  [50],
  ["table1"],
);
ix(imm7, "stat3", "represses_expression", "cxcl10", { negative: true });
ix(imm7, "cxcl10", "promotes", "proc_nk_function", { context: ["cell_nk"] });
const imm8 = S(
  "imm8",
  "immune_evasion",
  "Emerging evidence indicates that STAT3 inhibitors reduce immunosurveillance, thus upregulating anti-tumor ability of immune cells.",
  [],
);
ix(imm8, "stat3_inhibitors", "suppresses", "proc_immunosurveillance", {
  note: "as written; the consequence it names (more anti-tumour immunity) suggests immunosuppression was meant",
});
ix(imm8, "stat3_inhibitors", "promotes", "proc_immune_response");

// ── Cancer stem cells ────────────────────────────────────────────────────────────────────────────
const csc1 = S(
  "csc1",
  "stemness",
  "Cancer stem cells (CSC) have a significant role in cancer initiation and progression.",
  [],
);
ix(csc1, "cell_csc", "promotes", "proc_tumour_growth");
const csc2 = S(
  "csc2",
  "stemness",
  "CSC have characteristics of self-renewal and capacity to generate various tumor cells, thus providing tumor heterogeneity.",
  [],
);
ix(csc2, "cell_csc", "promotes", "proc_self_renewal");
const csc3 = S(
  "csc3",
  "stemness",
  "Additionally, CSC are responsible for cancer development, metastasis, and drug resistance (51).",
  [51],
);
ix(csc3, "cell_csc", "promotes", "proc_metastasis");
ix(csc3, "cell_csc", "promotes", "proc_drug_resistance");
const csc4 = S(
  "csc4",
  "stemness",
  "STAT3 plays significant role in the tumor inflammatory environment with high expression of ROS, leading to DNA damage and oncogene activation(52).",
  [52],
);
ix(csc4, "stat3", "promotes", "proc_inflammation");
ix(csc4, "ros", "promotes", "proc_dna_damage");
ix(csc4, "ros", "promotes", "proc_oncogene_activation");
const csc5 = S(
  "csc5",
  "stemness",
  "This demonstrates that STAT3 activation is also involved in CSC regulation.",
  [],
);
ix(csc5, "stat3", "regulates", "hallmark_stemness", { context: ["cell_csc"] });
const csc6 = S(
  "csc6",
  "stemness",
  "Recent studies have shown that STAT3 activation is essential in various cancer types, including prostate, breast cancer, hepatocellular carcinoma (HCC), colorectal cancer, and glioblastoma (53-57).",
  r(53, 57),
);
ix(csc6, "stat3", "required_for", "hallmark_stemness", {
  context: ["cancer_prostate", "cancer_breast", "cancer_hcc", "cancer_colorectal", "cancer_glioblastoma"],
  note: "essential for CSC regulation (the paragraph's subject)",
});
const csc7 = S(
  "csc7",
  "stemness",
  "STAT3 activation by IL-6 or ROS, results in upregulated self-renewal ability of prostate CSSs (58).",
  [58],
);
ix(csc7, "il6", "activates", "stat3", { context: ["cell_csc", "cancer_prostate"] });
ix(csc7, "ros", "activates", "stat3", { context: ["cell_csc", "cancer_prostate"] });
ix(csc7, "stat3", "promotes", "proc_self_renewal", { context: ["cell_csc", "cancer_prostate"] });
const csc8 = S(
  "csc8",
  "stemness",
  "Additionally, glioma-associated-human mesenchymal stem cells (GA-hMSC) enhance glioma stemness through the IL-6/gp130/STAT3 pathway (59).",
  [59],
);
ix(csc8, "cell_ga_hmsc", "promotes", "hallmark_stemness", {
  via: ["il6", "il6st", "stat3"],
  context: ["cancer_glioma"],
});
ix(csc8, "il6st", "activates", "stat3", { via: ["il6"], context: ["cancer_glioma"] });
const csc9 = S(
  "csc9",
  "stemness",
  "High levels of aldehyde dehydrogenase (ALDH) activity in endometrial cancer, upregulates CSC activities through IL-6/JAK1/STAT3 signaling pathways.",
  [60],
  undefined,
  "reference (60) is printed at the end of the next sentence, which continues this claim",
);
ix(csc9, "aldh", "promotes", "hallmark_stemness", {
  via: ["il6", "jak1", "stat3"],
  context: ["cancer_endometrial"],
});
ix(csc9, "jak1", "activates", "stat3", { via: ["il6"], context: ["cancer_endometrial"] });
const csc10 = S(
  "csc10",
  "stemness",
  "Inhibition of these pathways significantly reduced tumor cell growth (60).",
  [60],
);
ix(csc10, "stat3", "promotes", "proc_tumour_growth", {
  mode: "loss_of_function",
  context: ["cancer_endometrial"],
  via: ["il6", "jak1"],
});
const csc11 = S(
  "csc11",
  "stemness",
  "Activated STAT3 in CSC, required co-expression of pluripotent stem cell markers, Oct3/4 and Nanog (61).",
  [61],
);
ix(csc11, "pou5f1", "required_for", "stat3", {
  context: ["cell_csc"],
  note: "co-expression required for STAT3's CSC role",
});
ix(csc11, "nanog", "required_for", "stat3", {
  context: ["cell_csc"],
  note: "co-expression required for STAT3's CSC role",
});
const csc12 = S(
  "csc12",
  "stemness",
  "These signaling pathways upregulate CSC markers such as CD44, thereby increasing CSC properties (62).",
  [62],
);
ix(csc12, "stat3", "induces_expression", "cd44", { context: ["cell_csc"] });
ix(csc12, "cd44", "promotes", "hallmark_stemness");
const csc13 = S(
  "csc13",
  "stemness",
  "Moreover, high levels of CSC marker, CD133, positively correlate with poor prognosis and tumor growth in HCC.",
  [55],
  undefined,
  "the HCC CD133 paragraph is cited once, as (55), two sentences later",
);
ix(csc13, "prom1", "correlates", "proc_poor_prognosis", { mode: "association", context: ["cancer_hcc"] });
ix(csc13, "prom1", "correlates", "proc_tumour_growth", { mode: "association", context: ["cancer_hcc"] });
const csc14 = S(
  "csc14",
  "stemness",
  "On the contrary, inhibition of CD133 resulted in cell cycle arrest and tumor suppression, by downregulating cytokine-related genes.",
  [55],
  undefined,
  "cited as (55) in the next sentence",
);
ix(csc14, "prom1", "promotes", "proc_tumour_growth", { mode: "loss_of_function", context: ["cancer_hcc"] });
ix(csc14, "prom1", "suppresses", "proc_cell_cycle_arrest", {
  mode: "loss_of_function",
  context: ["cancer_hcc"],
});
const csc15 = S(
  "csc15",
  "stemness",
  "Treatment with sorafenib and nifuroxazide lead to inhibition of STAT3 activation, and CD133 expression (55).",
  [55],
);
for (const d of ["sorafenib", "nifuroxazide"]) {
  ix(csc15, d, "inhibits", "stat3", { context: ["cancer_hcc"] });
  ix(csc15, d, "represses_expression", "prom1", { context: ["cancer_hcc"], negative: true });
}
const csc16 = S(
  "csc16",
  "stemness",
  "Recent investigation showed that VEGF promotes self-renewal capacity through VEGFR2/STAT3 signaling pathway, by upregulating Myc and Sox2 expression (63).",
  [63],
);
ix(csc16, "vegf", "binds", "kdr");
ix(csc16, "kdr", "activates", "stat3");
ix(csc16, "stat3", "induces_expression", "myc", { context: ["cell_csc"] });
ix(csc16, "stat3", "induces_expression", "sox2", { context: ["cell_csc"] });
ix(csc16, "vegf", "promotes", "proc_self_renewal", { via: ["kdr", "stat3", "myc", "sox2"] });
const csc17 = S(
  "csc17",
  "stemness",
  "Highly activated STAT3 correlates with decreased self-renewing and radiochemoresistant abilities, in thyroid cancer-derived CD133+ cells (64).",
  [64],
);
ix(csc17, "stat3", "correlates", "proc_self_renewal", {
  mode: "association",
  negative: true,
  context: ["cell_cd133_pos", "cancer_thyroid"],
  note: "as written: an inverse association, opposite to the rest of the section",
});
ix(csc17, "stat3", "correlates", "proc_drug_resistance", {
  mode: "association",
  negative: true,
  context: ["cell_cd133_pos", "cancer_thyroid"],
  note: "radiochemoresistance; inverse association as written",
});
const csc18 = S(
  "csc18",
  "stemness",
  "Due to the importance of STAT3 maintaining CSC properties such as self-renewing abilities in carcinogenesis, blocking this signaling pathway may eliminate CSCs in preventing cancer.",
  [],
);
ix(csc18, "stat3", "promotes", "hallmark_stemness");
ix(csc18, "stat3_inhibitors", "inhibits", "cell_csc", { note: 'proposed ("may eliminate")' });

// ── STAT3 in the tumour microenvironment ─────────────────────────────────────────────────────────
const tme1 = S(
  "tme1",
  "tme",
  "Constitutive activation of STAT3 promotes tumor growth through oncogenic signaling pathway, and interacts with tumor cells and their surrounding factors.",
  [],
);
ix(tme1, "stat3", "promotes", "proc_tumour_growth", { context: ["cond_tme"] });
const tme2 = S(
  "tme2",
  "tme",
  "Aberrant activation of STAT3 recruits immune cells and compromises their functions to benefit tumor cells (65).",
  [65],
);
ix(tme2, "stat3", "recruits", "cell_immune");
ix(tme2, "stat3", "suppresses", "proc_immune_response", { context: ["cell_immune"] });
const tme3 = S(
  "tme3",
  "tme",
  "Additionally, STAT3 is a negative regulator of T helper 1 cells, suggesting inhibition of STAT3 activation, promotes release of proinflammatory cytokines (4).",
  [4],
);
ix(tme3, "stat3", "inhibits", "cell_th1", { negative: true });
ix(tme3, "stat3", "represses_expression", "proinflammatory_cytokines", {
  mode: "loss_of_function",
  negative: true,
  context: ["cell_th1"],
});
const tme4 = S(
  "tme4",
  "tme",
  "In the core of tumor tissue, hypoxic stress is generated and induces hypoxia-inducible factors.",
  [],
);
ix(tme4, "cond_hypoxia", "activates", "hif");
const tme5 = S(
  "tme5",
  "tme",
  "It is known that STAT3 regulates stability and activity of HIF-1, inducing expression of cytokines, chemokine, and growth factors to improve cancer development (66, 67).",
  [66, 67],
);
ix(tme5, "stat3", "activates", "hif1", { note: "regulates stability and activity" });
ix(tme5, "hif1", "induces_expression", "cytokines_growth_factors");
const tme6 = S(
  "tme6",
  "tme",
  "Also, in response to surrounding tumor cells, stromal cells upregulate their C-X-C motif chemokine ligand 12 (CXCL12) receptors, resulting in enhancing metastatic potential in tumor cells (68).",
  [68],
);
ix(tme6, "cell_tumour", "induces_expression", "cxcl12_receptor", { context: ["cell_stromal"] });
ix(tme6, "cxcl12_receptor", "promotes", "proc_metastasis", { context: ["cell_stromal", "cell_tumour"] });
const tme7 = S(
  "tme7",
  "tme",
  "Additionally, activation of STAT3 promotes polarization of tumor-associated microphages as M2 phenotype and PD-L1 expression as well, which increase tumor progression.",
  [69],
  undefined,
  "reference (69) closes the next sentence, which continues this claim",
);
ix(tme7, "stat3", "polarises", "cell_m2", { context: ["cell_macrophage"] });
ix(tme7, "stat3", "induces_expression", "cd274", { context: ["cell_macrophage"] });
ix(tme7, "cell_m2", "promotes", "proc_tumour_growth");
const tme8 = S(
  "tme8",
  "tme",
  "Inhibition of STAT3 activation shows anti-tumor activity by suppressing polarization of macrophages (69).",
  [69],
);
ix(tme8, "stat3", "polarises", "cell_m2", { mode: "loss_of_function", context: ["cell_macrophage"] });
const tme9 = S(
  "tme9",
  "tme",
  "In addition, activation of STAT3 in endothelial cells increases cell adhesion molecule expression and it is important for the tumor metastasis (70).",
  [70],
);
ix(tme9, "stat3", "induces_expression", "cam", { context: ["cell_endothelial"] });
ix(tme9, "cam", "promotes", "proc_metastasis", { context: ["cell_endothelial"] });
const tme10 = S(
  "tme10",
  "tme",
  "Tumor cells can evade immune response by regulating their immunological circumstance.",
  [],
);
ix(tme10, "cell_tumour", "suppresses", "proc_immune_response");
const tme11 = S(
  "tme11",
  "tme",
  "Activation of STAT3 is crucial for immune escape of tumor cells, by promoting transforming growth factor-beta (TGF-β), VEGF, myeloid-derived suppressor cell (MDSC) expansion and suppressing NK cell function (71-73).",
  r(71, 73),
);
ix(tme11, "stat3", "promotes", "hallmark_immune_evasion", { context: ["cell_tumour"] });
ix(tme11, "stat3", "induces_expression", "tgfb", { context: ["cell_tumour"] });
ix(tme11, "stat3", "induces_expression", "vegf", { context: ["cell_tumour"] });
ix(tme11, "stat3", "expands", "cell_mdsc");
ix(tme11, "stat3", "suppresses", "proc_nk_function", { context: ["cell_nk"] });
const tme12 = S(
  "tme12",
  "tme",
  "Using STAT3 inhibitors has shown reduction of immunosuppressive response, therefore upregulating anti-tumor activity of immune cells. (Fig. 2)",
  [],
  ["fig2"],
);
ix(tme12, "stat3_inhibitors", "suppresses", "proc_immunosuppression");
ix(tme12, "stat3_inhibitors", "promotes", "proc_immune_response", { context: ["cell_immune"] });

// ── Targeting STAT3 ──────────────────────────────────────────────────────────────────────────────
const tgt1 = S(
  "tgt1",
  "targeting",
  "Since STAT3 regulates a central role in cell proliferation, differentiation, apoptosis, angiogenesis, immune response and metastasis, STAT3 is rational strategy for development of novel cancer therapeutics (74).",
  [74],
);
ix(tgt1, "stat3", "regulates", "proc_metastasis");
const tgt2 = S(
  "tgt2",
  "targeting",
  "STAT3 inhibitors or agents can have two major strategies, in which STAT3 activation is inhibited, directly or indirectly.",
  [],
);
ix(tgt2, "stat3_inhibitors", "inhibits", "stat3");
const tgt3 = S(
  "tgt3",
  "targeting",
  "Direct inhibitors block the SH2 domain, DNA-binding domain, and N-terminal domain, which regulate STAT3 activation by blocking phosphorylation, dimerization, nuclear translocation, and DNA binding (75, 76).",
  [75, 76],
);
for (const d of ["stat3_sh2", "stat3_dbd", "stat3_ntd"])
  ix(tgt3, "stat3_inhibitors", "inhibits", d, { note: "direct inhibitors" });
ix(tgt3, "stat3_sh2", "required_for", "stat3_dimer");
ix(tgt3, "stat3_dbd", "required_for", "stat3_dna_bound");
ix(tgt3, "stat3_ntd", "required_for", "stat3_nuclear", {
  note: "the sentence lists the domains and the steps together; it does not pair the N-terminal domain with one step",
});
const tgt4 = S(
  "tgt4",
  "targeting",
  "Indirect inhibitors target upstream regulators of STAT3 pathway, such as receptor-ligand binding and kinases.",
  [],
);
ix(tgt4, "stat3_inhibitors", "inhibits", "upstream_kinases", { note: "indirect inhibitors" });

// ── 1. SH2 domain inhibitors ─────────────────────────────────────────────────────────────────────
const sh1 = S(
  "sh1",
  "sh2_inhibitors",
  "The SH2 domain of STAT3 has a binding pocket to phosphorylated tyrosine (pTyr) residue, and formation of STAT3 dimerization involves pTyr interacting with the SH2 domain.",
  [],
);
ix(sh1, "ptyr", "binds", "stat3_sh2");
ix(sh1, "stat3_sh2", "required_for", "stat3_dimer");
const sh2 = S(
  "sh2",
  "sh2_inhibitors",
  "Therefore, inhibiting SH2 domain of STAT3 suppresses activation of STAT3 protein.",
  [],
);
ix(sh2, "stat3_sh2", "required_for", "stat3", { mode: "loss_of_function" });
const sh3 = S(
  "sh3",
  "sh2_inhibitors",
  "These small molecules and peptides include PY*LKTK (Y* is the phosphorylated tyrosine) (77), S3I-M2001 (78), S3I-1757 (79), curcumin-proline (80), cryptotashinone (81), STA-21 (82), Stattic (83) and S3I-201 (84) (Table 2).",
  r(77, 84),
  ["table2"],
);
const sh2Drugs: [string, number][] = [
  ["py_lktk", 77],
  ["s3i_m2001", 78],
  ["s3i_1757", 79],
  ["curcumin_proline", 80],
  ["cryptotanshinone", 81],
  ["sta_21", 82],
  ["stattic", 83],
  ["s3i_201", 84],
];
for (const [d, ref] of sh2Drugs) ix({ ...sh3, refs: [ref] }, d, "inhibits", "stat3_sh2");
const sh4 = S(
  "sh4",
  "sh2_inhibitors",
  "Numerous kinds of small molecule peptides have been developed as STAT3 inhibitors that directly target the SH2 domain of STAT3 by using high-throughput screening and structure-based virtual screening system.",
  [],
);
ix(sh4, "stat3_inhibitors", "inhibits", "stat3_sh2", { idSuffix: "screened" });

// ── 2. DNA-binding domain inhibitors ─────────────────────────────────────────────────────────────
const dbd1 = S(
  "dbd1",
  "dbd_inhibitors",
  "STAT3 has a DNA binding domain, and binds to the gene’s promoter and regulates gene expression.",
  [],
);
ix(dbd1, "stat3_dbd", "binds", "stat3_dna_bound", { note: "binds the promoter of target genes" });
ix(dbd1, "stat3_dna_bound", "regulates_expression", "stat3_target_genes");
const dbd2 = S(
  "dbd2",
  "dbd_inhibitors",
  "Thus, targeting the DNA binding domain of STAT3 interrupts interaction with the promoter of target gene, thereby inhibiting activity of STAT3, and various inhibitors have been developed.",
  [],
);
ix(dbd2, "stat3_dbd", "required_for", "stat3_dna_bound", { mode: "loss_of_function" });
const dbd3 = S(
  "dbd3",
  "dbd_inhibitors",
  "These small molecules include HIC 1 (85), IS3-295 (86) and DBD-1 (87) (Table 2).",
  r(85, 87),
  ["table2"],
);
for (const [d, ref] of [
  ["hic1", 85],
  ["is3_295", 86],
  ["dbd_1", 87],
] as [string, number][])
  ix({ ...dbd3, refs: [ref] }, d, "inhibits", "stat3_dbd");

// ── 3. Upstream inhibitors ───────────────────────────────────────────────────────────────────────
const up1 = S(
  "up1",
  "upstream_inhibitors",
  "Receptor-associated and non-receptor tyrosine kinases are critical upstream regulators of STAT3 activation, so targeting these kinases has attractive potential for STAT3 activation.",
  [],
);
ix(up1, "rtk", "activates", "stat3");
ix(up1, "nrtk", "activates", "stat3");
const up2 = S(
  "up2",
  "upstream_inhibitors",
  "KDI1, one of the receptor tyrosine kinases (RTK) inhibitor, complexes with EGFR and inhibits EGF-induced STAT3 phosphorylation (88).",
  [88],
);
ix(up2, "kdi1", "binds", "egfr");
ix(up2, "kdi1", "inhibits", "stat3_py705", { via: ["egfr"], note: "EGF-induced phosphorylation only" });
ix(up2, "egf", "activates", "egfr");
ix(up2, "egfr", "phosphorylates", "stat3_py705", { via: ["egf"] });
const up3 = S(
  "up3",
  "upstream_inhibitors",
  "Another RTK inhibitor, PD153035, suppresses phosphorylation and activation of EGFR and STAT3 in vivo.",
  [89],
  undefined,
  "reference (89) closes the next sentence, which continues this claim",
);
ix(up3, "pd153035", "inhibits", "egfr");
ix(up3, "pd153035", "inhibits", "stat3_py705", { via: ["egfr"] });
const up4 = S(
  "up4",
  "upstream_inhibitors",
  "This is reported to inhibit the growth of oral squamous cell carcinoma (89).",
  [89],
);
ix(up4, "pd153035", "inhibits", "proc_tumour_growth", { context: ["cancer_oral_scc"] });
const up5 = S(
  "up5",
  "upstream_inhibitors",
  "Additionally, STAT3 is phosphorylated by various protein kinases in the cytoplasmic region.",
  [],
);
ix(up5, "upstream_kinases", "phosphorylates", "stat3_py705", { note: "in the cytoplasm" });
const up6 = S(
  "up6",
  "upstream_inhibitors",
  "It is well known that JAK and Src kinases are common STAT3 upstream regulators.",
  [],
);
ix(up6, "jak", "activates", "stat3");
ix(up6, "src", "activates", "stat3");
const up7 = S(
  "up7",
  "upstream_inhibitors",
  "JAK and Src kinases inhibitors have various anti-cancer effects such as inducing cancer cell apoptosis and reducing metastasis through decrease in the level of STAT3 phosphorylation (90-103).",
  r(90, 103),
);
for (const [d, k] of [
  ["jak_inhibitors", "jak"],
  ["src_inhibitors", "src"],
]) {
  ix(up7, d!, "inhibits", k!, { note: "the target is implied by the class name" });
  ix(up7, d!, "inhibits", "stat3_py705", { via: [k!] });
  ix(up7, d!, "promotes", "proc_apoptosis", { context: ["cell_tumour"] });
  ix(up7, d!, "suppresses", "proc_metastasis");
}

// ── Conclusion ───────────────────────────────────────────────────────────────────────────────────
const con1 = S(
  "con1",
  "conclusion",
  "Aberrant activation of STAT3 provides favorable conditions for tumor metastasis involved in tumor cell proliferation, angiogenesis, invasion, and migration.",
  [],
);
ix(con1, "stat3", "promotes", "proc_metastasis");
ix(con1, "stat3", "promotes", "proc_migration");
const con2 = S(
  "con2",
  "conclusion",
  "In addition, induction of STAT3 signaling has a pivotal role in evasion of immune surveillance.",
  [],
);
ix(con2, "stat3", "suppresses", "proc_immunosurveillance");
const con3 = S(
  "con3",
  "conclusion",
  "Aberrant activation of STAT3 lead to burn out of immune cells, so, STAT3 signaling is an instigator of immune evasion in the tumor microenvironment.",
  [],
);
ix(con3, "stat3", "inhibits", "cell_immune", { note: '"burn out of immune cells"' });
ix(con3, "stat3", "promotes", "hallmark_immune_evasion", { context: ["cond_tme"] });
const con4 = S(
  "con4",
  "conclusion",
  "STAT3 signaling regulate oncogenic pathway in tumor cells, but also mediate immune evasion.",
  [],
);
ix(con4, "stat3", "promotes", "hallmark_immune_evasion", { context: ["cell_tumour"] });
const con5 = S(
  "con5",
  "conclusion",
  "Therefore, targeting STAT3 inhibits tumor progression and improves anti-tumor immune responses as well.",
  [],
);
ix(con5, "stat3_inhibitors", "inhibits", "proc_tumour_growth");
ix(con5, "stat3_inhibitors", "promotes", "proc_immune_response");
const con6 = S(
  "con6",
  "conclusion",
  "The interactions of tumor cells with their microenvironments promotes development and progression of tumor cell thought STAT3 signaling pathways, thus interrupting this signaling pathway in the tumor microenvironment is a promising target for cancer therapy.",
  [],
);
ix(con6, "cond_tme", "promotes", "proc_tumour_growth", { via: ["stat3"] });
const con7 = S(
  "con7",
  "conclusion",
  "Despite various small molecule inhibitors effectively inhibiting STAT3 signaling, further studies will be innovatively developed to improve clinical outcomes.",
  [],
);
ix(con7, "stat3_inhibitors", "inhibits", "stat3", { idSuffix: "conclusion" });

// ── Fig. 1 legend ────────────────────────────────────────────────────────────────────────────────
const f1a = S(
  "f1a",
  "fig1_legend",
  "STAT3 signaling is activated by binding of various ligands to their cell surface receptors, leading to phosphorylation of STAT3.",
  [],
  ["fig1"],
);
ix(f1a, "ligand", "binds", "receptor");
ix(f1a, "receptor", "phosphorylates", "stat3_py705", { via: ["ligand"] });
const f1b = S(
  "f1b",
  "fig1_legend",
  "STAT3 also directly phosphorylated by Src and Abl, which are non-receptor tyrosine kinases.",
  [],
  ["fig1"],
);
ix(f1b, "src", "phosphorylates", "stat3_py705");
ix(f1b, "abl1", "phosphorylates", "stat3_py705");
const f1c = S(
  "f1c",
  "fig1_legend",
  "Phosphorylated STAT3 further homo-dimerized and translocated, to the nucleus.",
  [],
  ["fig1"],
);
ix(f1c, "stat3_py705", "dimerises", "stat3_dimer");
ix(f1c, "stat3_dimer", "translocates", "stat3_nuclear");
const f1d = S(
  "f1d",
  "fig1_legend",
  "STAT3 regulate CyclinD1, c-Myc, Survivin, Bcl-XL, and Mcl1, which regulate cellular proliferation and survival.",
  [],
  ["fig1"],
);
for (const g of ["ccnd1", "myc", "birc5", "bcl2l1", "mcl1"]) ix(f1d, "stat3", "regulates_expression", g);
ix(f1d, "anti_apoptotic", "promotes", "hallmark_proliferation_survival");
const f1e = S("f1e", "fig1_legend", "STAT3 upregulates VEGF, bFGF, HGF, and HIF1.", [], ["fig1"]);
for (const g of ["vegf", "fgf2", "hgf", "hif1"]) ix(f1e, "stat3", "induces_expression", g);
const f1f = S(
  "f1f",
  "fig1_legend",
  "Additionally, STAT3 also regulates MMP2, MMP9, Twist, and Vimentin, for invasion and migration.",
  [],
  ["fig1"],
);
for (const g of ["mmp2", "mmp9", "twist1", "vim"]) ix(f1f, "stat3", "regulates_expression", g);
ix(f1f, "migration_factors", "promotes", "hallmark_invasion_metastasis");
const f1g = S(
  "f1g",
  "fig1_legend",
  "STAT3 activation also downregulates immune surveillance, by secretion of pro-inflammatory cytokines.",
  [],
  ["fig1"],
);
ix(f1g, "stat3", "suppresses", "proc_immunosurveillance", {
  via: ["proinflammatory_cytokines"],
  note: 'as written ("by secretion of pro-inflammatory cytokines")',
});
const f1h = S(
  "f1h",
  "fig1_legend",
  "Maintaining cancer stem cell properties, STAT3 regulates Oct3/4, Nanog, CD133, and CD44.",
  [],
  ["fig1"],
);
for (const g of ["pou5f1", "nanog", "prom1", "cd44"]) ix(f1h, "stat3", "regulates_expression", g);
ix(f1h, "csc_markers", "promotes", "hallmark_stemness");

// ── Fig. 2 legend ────────────────────────────────────────────────────────────────────────────────
const f2a = S(
  "f2a",
  "fig2_legend",
  "STAT3 signaling supports the communication between tumor cells and the tumor microenvironments.",
  [],
  ["fig2"],
);
ix(f2a, "stat3", "promotes", "proc_tumour_growth", {
  idSuffix: "communication",
  context: ["cell_tumour", "cond_tme"],
  note: "supports tumour–microenvironment communication",
});
const f2b = S(
  "f2b",
  "fig2_legend",
  "STAT3 drives immunosuppressive effects and tumor promoting effects by endothelial cells and fibroblasts.",
  [],
  ["fig2"],
);
for (const c of ["cell_endothelial", "cell_fibroblast"]) {
  ix(f2b, "stat3", "promotes", "proc_immunosuppression", { context: [c], idSuffix: c });
  ix(f2b, "stat3", "promotes", "proc_tumour_growth", { context: [c], idSuffix: c });
}
const f2c = S(
  "f2c",
  "fig2_legend",
  "Activation of STAT3 in dendritic (DC) cell suppresses maturation, activation and antigen presentation which promotes immune tolerance.",
  [],
  ["fig2"],
);
ix(f2c, "stat3", "suppresses", "proc_dc_maturation", { context: ["cell_dc"] });
ix(f2c, "stat3", "promotes", "proc_immune_tolerance", { context: ["cell_dc"] });
const f2d = S(
  "f2d",
  "fig2_legend",
  "STAT3 activation in neutrophil, NK cells and effector T cell also has immunosuppressive effects.",
  [],
  ["fig2"],
);
for (const c of ["cell_neutrophil", "cell_nk", "cell_teff"])
  ix(f2d, "stat3", "promotes", "proc_immunosuppression", { context: [c], idSuffix: c });
const f2e = S(
  "f2e",
  "fig2_legend",
  "STAT3 signaling in macrophage favors M2-like polarization and increases PD-L1 expression while STAT3 activation proliferates MDSC population.",
  [],
  ["fig2"],
);
ix(f2e, "stat3", "polarises", "cell_m2", { context: ["cell_macrophage"] });
ix(f2e, "stat3", "induces_expression", "cd274", { context: ["cell_macrophage"] });
ix(f2e, "stat3", "expands", "cell_mdsc");
const f2f = S(
  "f2f",
  "fig2_legend",
  "STAT3 exerts immune tolerance in regulatory T (Treg) cells by enhancing CTLA4 expression and tumorigenesis in B cells by promoting survival, proliferation and development.",
  [],
  ["fig2"],
);
ix(f2f, "stat3", "induces_expression", "ctla4", { context: ["cell_treg"] });
ix(f2f, "stat3", "promotes", "proc_immune_tolerance", { context: ["cell_treg"] });
ix(f2f, "stat3", "promotes", "proc_b_cell_growth", { context: ["cell_b"] });
const f2g = S(
  "f2g",
  "fig2_legend",
  "STAT3 effect on endothelial cells to promote tumor vascularization.",
  [],
  ["fig2"],
);
ix(f2g, "stat3", "promotes", "proc_angiogenesis", { context: ["cell_endothelial"] });
const f2h = S(
  "f2h",
  "fig2_legend",
  "STAT3 in tumor associated fibroblast also enhance tumor metastasis.",
  [],
  ["fig2"],
);
ix(f2h, "stat3", "promotes", "proc_metastasis", { context: ["cell_fibroblast"] });

const f2i = S(
  "f2i",
  "fig2_legend",
  "Collectively, STAT3 signaling is a key regulator of hall mark of cancers.",
  [],
  ["fig2"],
);
for (const h of [
  "hallmark_proliferation_survival",
  "hallmark_angiogenesis",
  "hallmark_invasion_metastasis",
  "hallmark_immune_evasion",
  "hallmark_stemness",
])
  ix(f2i, "stat3", "regulates", h);

// ── From outside the review: negative feedback and example drugs of the classes it names ─────────
const F = "shared/reference/stat3-facts.md";
outside("ext:stat3>socs3", "stat3", "induces_expression", "socs3", {
  source: `${F} §1b (Sobotta et al. 2017, il6_core.def: SOCS3 mRNA driven by nuclear pSTAT3)`,
  tag: "V",
  statement: "nuclear pSTAT3 drives SOCS3 transcription",
});
outside("ext:socs3>jak", "socs3", "inhibits", "jak", {
  source: `${F} §1b (Sobotta et al. 2017: SOCS3 inhibits STAT3 phosphorylation by the JAK1·gp130 receptor)`,
  tag: "V",
  statement: "SOCS3 inhibits JAK-mediated STAT3 phosphorylation and drives receptor degradation",
});
outside("ext:pias3>stat3_dna_bound", "pias3", "inhibits", "stat3_dna_bound", {
  source: "shared/design/PRODUCT.md §2 (PIAS3 feedback in the model scope)",
  tag: "R",
  statement: "PIAS3 blocks STAT3 DNA binding",
});
outside("ext:ptpn11>il6st", "ptpn11", "inhibits", "il6st", {
  source: `${F} §1 (Singh et al. 2006, BIOMD0000000151: SHP2 dephosphorylates the receptor)`,
  tag: "V",
  statement: "SHP-2 dephosphorylates the activated gp130 receptor complex",
});
outside("ext:ruxolitinib>jak1", "ruxolitinib", "inhibits", "jak1", {
  source: `${F} §3`,
  tag: "R",
  statement: "ATP-competitive JAK1/JAK2 inhibitor",
});
outside("ext:tofacitinib>jak", "tofacitinib", "inhibits", "jak", {
  source: `${F} §3`,
  tag: "R",
  statement: "ATP-competitive JAK inhibitor (JAK3 > JAK1 ≈ JAK2)",
});
outside("ext:dasatinib>src", "dasatinib", "inhibits", "src", {
  source: `${F} §3`,
  tag: "R",
  statement: "ATP-competitive Src-family kinase inhibitor",
});
outside("ext:dasatinib>abl1", "dasatinib", "inhibits", "abl1", {
  source: `${F} §3`,
  tag: "R",
  statement: "ATP-competitive Abl inhibitor",
});
outside("ext:gefitinib>egfr", "gefitinib", "inhibits", "egfr", {
  source: `${F} §3`,
  tag: "R",
  statement: "ATP-competitive EGFR inhibitor",
});
outside("ext:erlotinib>egfr", "erlotinib", "inhibits", "egfr", {
  source: `${F} §3`,
  tag: "R",
  statement: "ATP-competitive EGFR inhibitor",
});

export const INTERACTIONS: Interaction[] = out;
