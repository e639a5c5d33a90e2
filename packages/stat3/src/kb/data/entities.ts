/**
 * Entities of the review. Synonyms list first the review's own spellings (misspellings included: the
 * completeness test finds them in the text), then common names. Identifiers only where certain:
 * UniProt accessions are the reviewed human entries; Cell Ontology ids from the CL release; ChEBI /
 * PubChem only for well-known drugs. An empty field means "not filled", not "does not exist".
 */
import type { Compartment, Entity, EntityType, OutsideSource, Role, Xrefs } from "../types.js";

interface Extra {
  xrefs?: Xrefs;
  compartment?: Compartment;
  description?: string;
  partOf?: string;
  members?: string[];
  roles?: Role[];
  refs?: number[];
  outside?: OutsideSource;
  implied?: string;
}

function e(id: string, type: EntityType, name: string, synonyms: string[], extra: Extra = {}): Entity {
  return { id, type, name, synonyms, ...extra };
}

/** Reference numbers a..b inclusive, as the review writes "(90-103)". */
function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

const hu = (hgnc: string, uniprot: string): Xrefs => ({ hgnc, uniprot });
const TG: Role[] = ["target_gene"];
const FACTS3 = "shared/reference/stat3-facts.md §3";

export const ENTITIES: Entity[] = [
  // ── STAT3, its domains, residue and states ───────────────────────────────────────────────────
  e(
    "stat3",
    "transcription_factor",
    "STAT3",
    ["STAT3", "Signal transducer and activator of transcription 3"],
    {
      xrefs: hu("STAT3", "P40763"),
      compartment: "cytoplasm",
      description: "Cytoplasmic transcription factor; the subject of the review.",
    },
  ),
  e("stat3_ntd", "domain", "STAT3 N-terminal domain", ["N-terminal domain"], { partOf: "stat3" }),
  e("stat3_dbd", "domain", "STAT3 DNA-binding domain", ["DNA-binding domain", "DNA binding domain"], {
    partOf: "stat3",
  }),
  e("stat3_sh2", "domain", "STAT3 SH2 domain", ["SH2 domain", "SH2"], {
    partOf: "stat3",
    description: "Binding pocket for phosphorylated tyrosine; mediates dimerisation.",
  }),
  e("stat3_y705", "domain", "STAT3 Tyr705", ["tyrosine 705", "Y705", "Tyr705"], {
    partOf: "stat3",
    description: "Tyrosine 705 residue, phosphorylated on activation.",
  }),
  e("stat3_monomer", "state", "STAT3 (unphosphorylated monomer)", ["STAT3 monomer"], {
    partOf: "stat3",
    implied:
      'the unphosphorylated STAT3 the cascade starts from (Introduction: "undergo phosphorylation, homo-dimerization…")',
    compartment: "cytoplasm",
  }),
  e(
    "stat3_py705",
    "state",
    "pY705-STAT3",
    ["Phosphorylated STAT3", "phosphorylated STAT3", "pSTAT3", "activated STAT3"],
    {
      partOf: "stat3",
      compartment: "cytoplasm",
    },
  ),
  e("stat3_dimer", "state", "pSTAT3 homodimer", ["homo-dimerization", "STAT3 dimerization", "STAT3 dimer"], {
    partOf: "stat3",
    compartment: "cytoplasm",
  }),
  e("stat3_nuclear", "state", "nuclear pSTAT3 dimer", ["nuclear STAT3"], {
    partOf: "stat3",
    compartment: "nucleus",
    implied: '"translocated, to the nucleus" (Fig. 1 legend), "nuclear translocation of STAT3"',
  }),
  e("stat3_dna_bound", "state", "DNA-bound STAT3 dimer", ["STAT3 bound to DNA"], {
    partOf: "stat3",
    implied: '"bind to DNA" (Introduction), "binds to the gene’s promoter" (DNA-binding domain inhibitors)',
    compartment: "nucleus",
  }),
  e("ptyr", "small_molecule", "phosphotyrosine", ["phosphorylated tyrosine", "pTyr"], {
    description: "pTyr residue bound by the SH2 pocket (on STAT3 itself and on receptors).",
    xrefs: {},
  }),

  e(
    "upstream_kinases",
    "protein_family",
    "upstream kinases of STAT3",
    ["upstream kinase signals", "upstream regulators", "protein kinases", "kinases"],
    {
      compartment: "cytoplasm",
      members: ["rtk", "nrtk", "jak", "src", "abl1", "egfr"],
      roles: ["upstream_kinase"],
    },
  ),
  e(
    "stat3_target_genes",
    "protein_family",
    "STAT3 target genes",
    ["STAT3 target genes", "target gene expression", "oncogenic gene expression"],
    {
      compartment: "nucleus",
      description: "All genes of Table 1.",
    },
  ),

  // ── ligands, receptors, kinases ───────────────────────────────────────────────────────────────
  e("ligand", "protein_family", "ligands (cytokines, growth factors)", ["ligands", "ligand"], {
    compartment: "extracellular",
    members: ["il6", "egf", "vegf"],
  }),
  e("receptor", "protein_family", "cell-surface receptors", ["cell surface receptors", "receptor"], {
    compartment: "membrane",
    members: ["il6st", "egfr", "kdr"],
  }),
  e("il6", "ligand", "IL-6", ["IL-6", "IL‐6", "interleukin-6", "IL6"], {
    xrefs: hu("IL6", "P05231"),
    compartment: "extracellular",
  }),
  e("il6st", "receptor", "gp130", ["GP130", "gp130", "IL6ST"], {
    xrefs: hu("IL6ST", "P40189"),
    compartment: "membrane",
    description: "IL-6 signal-transducing receptor subunit.",
  }),
  e("egf", "ligand", "EGF", ["EGF", "epidermal growth factor"], {
    xrefs: hu("EGF", "P01133"),
    compartment: "extracellular",
  }),
  e("egfr", "receptor", "EGFR", ["EGFR", "epidermal growth factor receptor"], {
    xrefs: hu("EGFR", "P00533"),
    compartment: "membrane",
    roles: ["upstream_kinase"],
  }),
  e("kdr", "receptor", "VEGFR2", ["VEGFR2", "KDR"], {
    xrefs: hu("KDR", "P35968"),
    compartment: "membrane",
    roles: ["upstream_kinase"],
  }),
  e(
    "rtk",
    "protein_family",
    "receptor tyrosine kinases",
    [
      "receptor tyrosine kinases",
      "receptor tyrosine kinase",
      "growth factor receptor tyrosine kinase",
      "RTK",
      "Receptor-associated",
    ],
    { compartment: "membrane", members: ["egfr", "kdr"], roles: ["upstream_kinase"] },
  ),
  e("nrtk", "protein_family", "non-receptor tyrosine kinases", ["non-receptor tyrosine kinases"], {
    compartment: "cytoplasm",
    members: ["src", "abl1", "jak"],
    roles: ["upstream_kinase"],
  }),
  e("jak", "protein_family", "JAK", ["JAK", "Janus kinase"], {
    compartment: "cytoplasm",
    members: ["jak1"],
    roles: ["upstream_kinase"],
    description: "Janus kinases; the review names JAK1 once (endometrial cancer, ref 60).",
  }),
  e("jak1", "kinase", "JAK1", ["JAK1"], {
    xrefs: hu("JAK1", "P23458"),
    compartment: "cytoplasm",
    roles: ["upstream_kinase"],
  }),
  e("src", "kinase", "Src", ["Src", "SRC"], {
    xrefs: hu("SRC", "P12931"),
    compartment: "cytoplasm",
    roles: ["upstream_kinase"],
  }),
  e("abl1", "kinase", "Abl", ["Abl", "ABL1"], {
    xrefs: hu("ABL1", "P00519"),
    compartment: "cytoplasm",
    roles: ["upstream_kinase"],
  }),
  e("nfkb", "complex", "NF-κB", ["NF-kB", "nuclear factor kappa B", "NF-κB"], { compartment: "cytoplasm" }),
  e("cxcl12", "ligand", "CXCL12", ["CXCL12", "C-X-C motif chemokine ligand 12"], {
    xrefs: hu("CXCL12", "P48061"),
    compartment: "extracellular",
  }),
  e("cxcl12_receptor", "protein_family", "CXCL12 receptors", ["CXCL12) receptors", "CXCL12 receptors"], {
    compartment: "membrane",
    description: "The review does not name them (CXCR4 and ACKR3 bind CXCL12).",
  }),

  // ── Table 1 targets: proliferation and survival ───────────────────────────────────────────────
  e("ccnd1", "protein", "Cyclin D1", ["CyclnD1", "CyclinD1", "Cyclin D1", "CCND1"], {
    xrefs: hu("CCND1", "P24385"),
    roles: TG,
  }),
  e("myc", "transcription_factor", "c-Myc", ["c-Myc", "Myc", "MYC"], {
    xrefs: hu("MYC", "P01106"),
    roles: TG,
  }),
  e("birc5", "protein", "Survivin", ["Survivin", "BIRC5"], { xrefs: hu("BIRC5", "O15392"), roles: TG }),
  e("bcl2", "protein", "Bcl-2", ["Bcl-2", "B-cell lymphoma-2", "BCL2"], {
    xrefs: hu("BCL2", "P10415"),
    roles: TG,
  }),
  e("bcl2l1", "protein", "Bcl-xL", ["Bcl-XL", "B-cell lymphoma-2-like 1", "Bcl-xL", "BCL2L1"], {
    xrefs: hu("BCL2L1", "Q07817"),
    roles: TG,
  }),
  e("mcl1", "protein", "Mcl-1", ["Mcl1", "myeloid cell leukemia sequence 1", "MCL1", "Mcl-1"], {
    xrefs: hu("MCL1", "Q07820"),
    roles: TG,
  }),
  e("anti_apoptotic", "protein_family", "anti-apoptotic proteins", ["anti-apoptotic protein"], {
    members: ["bcl2", "bcl2l1", "mcl1"],
  }),

  // ── angiogenesis ─────────────────────────────────────────────────────────────────────────────
  e("vegf", "ligand", "VEGF", ["VEGF", "vascular endothelial growth factor", "VEGFA"], {
    xrefs: hu("VEGFA", "P15692"),
    compartment: "extracellular",
    roles: TG,
  }),
  e("hif1", "transcription_factor", "HIF-1", ["HIF1", "HIF-1", "hypoxia-inducible factor-1", "HIF1A"], {
    xrefs: hu("HIF1A", "Q16665"),
    roles: TG,
    description: "Hypoxia-inducible factor 1 (the review's HIF1 / HIF-1; the regulated subunit is HIF-1α).",
  }),
  e("hif", "protein_family", "hypoxia-inducible factors", ["hypoxia-inducible factors"], {
    members: ["hif1"],
  }),
  e("fgf2", "ligand", "bFGF", ["bFGF", "basic fibroblast growth factor", "FGF2"], {
    xrefs: hu("FGF2", "P09038"),
    compartment: "extracellular",
    roles: TG,
  }),
  e("hgf", "ligand", "HGF", ["HGF", "hepatocyte growth factor"], {
    xrefs: hu("HGF", "P14210"),
    compartment: "extracellular",
    roles: TG,
  }),
  e(
    "pro_angiogenic",
    "protein_family",
    "pro-angiogenic factors",
    ["pro-angiogenic factors", "neo-angiogenic factors"],
    {
      members: ["vegf", "fgf2", "hgf", "hif1"],
    },
  ),

  // ── invasion, migration, EMT ─────────────────────────────────────────────────────────────────
  e("twist1", "transcription_factor", "Twist", ["Twist", "TWIST1"], {
    xrefs: hu("TWIST1", "Q15672"),
    roles: TG,
  }),
  e("vim", "protein", "Vimentin", ["Vimentin", "VIM"], { xrefs: hu("VIM", "P08670"), roles: TG }),
  e("snai1", "transcription_factor", "Snail", ["Snail", "SNAI1"], {
    xrefs: hu("SNAI1", "O95863"),
    roles: TG,
  }),
  e("hmgb1", "protein", "HMGB1", ["HMGB1", "high-mobility group box 1"], {
    xrefs: hu("HMGB1", "P09429"),
    roles: TG,
  }),
  e("zeb1", "transcription_factor", "ZEB1", ["ZEB1", "zinc finger E-box binding homeobox 1"], {
    xrefs: hu("ZEB1", "P37275"),
    roles: TG,
  }),
  e("mmp2", "protein", "MMP2", ["MMP2", "matrix metalloproteinase"], {
    xrefs: hu("MMP2", "P08253"),
    compartment: "extracellular",
    roles: TG,
  }),
  e("mmp9", "protein", "MMP9", ["MMP9"], {
    xrefs: hu("MMP9", "P14780"),
    compartment: "extracellular",
    roles: TG,
  }),
  e("mmp1", "protein", "MMP1", ["MMP1"], {
    xrefs: hu("MMP1", "P03956"),
    compartment: "extracellular",
    roles: TG,
  }),
  e("mmp", "protein_family", "matrix metalloproteinases", ["matrix metalloproteinases"], {
    members: ["mmp1", "mmp2", "mmp9"],
    compartment: "extracellular",
  }),
  e("migration_factors", "protein_family", "migration factors", ["migration factors"], {
    members: ["twist1", "vim", "snai1", "zeb1", "mmp2", "mmp9"],
  }),
  e("cam", "protein_family", "cell adhesion molecules", ["cell adhesion molecule"], {
    compartment: "membrane",
    description: "Named only as a class (endothelial cells, ref 70).",
  }),

  // ── immune evasion ───────────────────────────────────────────────────────────────────────────
  e("il10", "ligand", "IL-10", ["IL-10", "interleukin-10", "IL10"], {
    xrefs: hu("IL10", "P22301"),
    compartment: "extracellular",
    roles: TG,
  }),
  e("tgfb", "ligand", "TGF-β", ["TGF-β", "transforming growth factor-beta", "TGF-", "TGF-beta", "TGFB1"], {
    xrefs: hu("TGFB1", "P01137"),
    compartment: "extracellular",
    roles: TG,
    description: 'The review\'s text drops the β once ("TGF- and"); TGF-β1 is the usual tumour isoform.',
  }),
  e("cxcl10", "ligand", "CXCL10", ["CXCL10", "C-X-C motif chemokine ligand 10"], {
    xrefs: hu("CXCL10", "P02778"),
    compartment: "extracellular",
    roles: TG,
  }),
  e("cd274", "receptor", "PD-L1", ["PD-L1", "CD274"], {
    xrefs: hu("CD274", "Q9NZQ7"),
    compartment: "membrane",
    roles: TG,
  }),
  e("ctla4", "receptor", "CTLA4", ["CTLA4", "CTLA-4"], {
    xrefs: hu("CTLA4", "P16410"),
    compartment: "membrane",
    roles: TG,
  }),
  e("mhc1", "protein_family", "MHC class I", ["MHC-Ⅰ", "MHC-I", "MHC class I"], {
    compartment: "membrane",
    roles: TG,
  }),
  e(
    "mhc2",
    "protein_family",
    "MHC class II",
    ["MHC-Ⅱ", "MHC-II", "MHC class II", "major histocompatibility complex"],
    {
      compartment: "membrane",
      roles: TG,
    },
  ),
  e("cancer_antigens", "protein_family", "cancer antigens", ["cancer antigens"], { compartment: "membrane" }),
  e(
    "immunosuppressive_cytokines",
    "protein_family",
    "immunosuppressive cytokines",
    ["immunosuppressive cytokines", "immunosuppressive factors"],
    { members: ["il6", "il10", "tgfb"], compartment: "extracellular" },
  ),
  e(
    "proinflammatory_cytokines",
    "protein_family",
    "pro-inflammatory cytokines and chemokines",
    [
      "proinflammatory cytokines",
      "pro-inflammatory cytokines",
      "chemokines",
      "immune stimulating molecules",
      "pro-inflammatory mediators",
    ],
    { compartment: "extracellular", roles: TG },
  ),
  e(
    "cytokines_growth_factors",
    "protein_family",
    "cytokines, chemokines and growth factors",
    ["cytokines, chemokine, and growth factors"],
    { compartment: "extracellular" },
  ),

  // ── stemness ─────────────────────────────────────────────────────────────────────────────────
  e("pou5f1", "transcription_factor", "Oct3/4", ["Oct3/4", "OCT4", "POU5F1"], {
    xrefs: hu("POU5F1", "Q01860"),
    roles: ["target_gene", "csc_marker"],
  }),
  e("nanog", "transcription_factor", "Nanog", ["Nanog", "NANOG"], {
    xrefs: hu("NANOG", "Q9H9S0"),
    roles: ["target_gene", "csc_marker"],
  }),
  e("sox2", "transcription_factor", "Sox2", ["Sox2", "SOX2"], { xrefs: hu("SOX2", "P48431"), roles: TG }),
  e("cd44", "receptor", "CD44", ["CD44"], {
    xrefs: hu("CD44", "P16070"),
    compartment: "membrane",
    roles: ["target_gene", "csc_marker"],
  }),
  e("prom1", "protein", "CD133", ["CD133", "PROM1", "prominin-1"], {
    xrefs: hu("PROM1", "O43490"),
    compartment: "membrane",
    roles: ["target_gene", "csc_marker"],
  }),
  e("aldh", "protein_family", "aldehyde dehydrogenase", ["aldehyde dehydrogenase", "ALDH"], {
    description: "ALDH activity, a CSC feature (endometrial cancer, ref 60).",
  }),
  e(
    "pluripotency_markers",
    "protein_family",
    "pluripotent stem cell markers",
    ["pluripotent stem cell markers"],
    {
      members: ["pou5f1", "nanog"],
    },
  ),
  e("csc_markers", "protein_family", "CSC markers", ["CSC markers", "CSC marker"], {
    members: ["cd44", "prom1"],
  }),
  e("ros", "small_molecule", "reactive oxygen species", ["ROS", "reactive oxygen species"], {
    xrefs: { chebi: "CHEBI:26523" },
  }),

  // ── inhibitors of Table 2 (review) ───────────────────────────────────────────────────────────
  e("py_lktk", "peptide", "PY*LKTK", ["PY*LKTK"], { roles: ["inhibitor"], refs: [77] }),
  e("s3i_m2001", "peptide", "S3I-M2001", ["S3I-M2001"], { roles: ["inhibitor"], refs: [78] }),
  e("s3i_1757", "small_molecule", "S3I-1757", ["S3I-1757"], { roles: ["inhibitor"], refs: [79] }),
  e("curcumin_proline", "small_molecule", "curcumin–proline", ["curcumin-proline", "curcumin–proline"], {
    roles: ["inhibitor"],
    refs: [80],
  }),
  e("cryptotanshinone", "small_molecule", "cryptotanshinone", ["cryptotashinone", "cryptotanshinone"], {
    roles: ["inhibitor"],
    refs: [81],
  }),
  e("sta_21", "small_molecule", "STA-21", ["STA-21"], { roles: ["inhibitor"], refs: [82] }),
  e("stattic", "small_molecule", "Stattic", ["Stattic"], { roles: ["inhibitor"], refs: [83] }),
  e("s3i_201", "small_molecule", "S3I-201", ["S3I-201", "NSC 74859"], { roles: ["inhibitor"], refs: [84] }),
  e("hic1", "protein", "HIC1", ["HIC 1", "HIC1", "hypermethylated in cancer 1"], {
    xrefs: hu("HIC1", "Q14526"),
    roles: ["inhibitor", "negative_regulator"],
    refs: [85],
    description:
      "Listed by the review among DNA-binding-domain inhibitors; it is a tumour-suppressor protein.",
  }),
  e("is3_295", "small_molecule", "IS3-295", ["IS3-295"], { roles: ["inhibitor"], refs: [86] }),
  e("dbd_1", "peptide", "DBD-1", ["DBD-1"], { roles: ["inhibitor"], refs: [87] }),
  e("kdi1", "peptide", "KDI1", ["KDI1"], { roles: ["inhibitor"], refs: [88] }),
  e("pd153035", "small_molecule", "PD153035", ["PD153035"], { roles: ["inhibitor"], refs: [89] }),
  e("jak_inhibitors", "drug_class", "JAK inhibitors", ["JAK and Src kinases inhibitors", "JAK inhibitors"], {
    roles: ["inhibitor"],
    refs: range(90, 103),
    members: ["ruxolitinib", "tofacitinib"],
  }),
  e("src_inhibitors", "drug_class", "Src inhibitors", ["Src kinases inhibitors", "Src inhibitors"], {
    roles: ["inhibitor"],
    refs: range(90, 103),
    members: ["dasatinib"],
  }),
  e(
    "rtk_inhibitors",
    "drug_class",
    "RTK inhibitors",
    ["receptor tyrosine kinases (RTK) inhibitor", "RTK inhibitor"],
    {
      roles: ["inhibitor"],
      members: ["kdi1", "pd153035", "gefitinib", "erlotinib"],
    },
  ),
  e("stat3_inhibitors", "drug_class", "STAT3 inhibitors", ["STAT3 inhibitors"], { roles: ["inhibitor"] }),
  e("sorafenib", "small_molecule", "sorafenib", ["sorafenib"], {
    roles: ["inhibitor"],
    xrefs: { chebi: "CHEBI:50924", pubchem: 216239 },
    refs: [55],
  }),
  e("nifuroxazide", "small_molecule", "nifuroxazide", ["nifuroxazide"], { roles: ["inhibitor"], refs: [55] }),

  // ── inhibitors from outside the review (examples of the classes it names) ────────────────────
  e("ruxolitinib", "small_molecule", "ruxolitinib", ["ruxolitinib", "INCB018424"], {
    roles: ["inhibitor"],
    xrefs: { pubchem: 25126798 },
    outside: { source: `${FACTS3}; Quintás-Cardama et al. 2010 Blood; Sobotta et al. 2017`, tag: "R" },
  }),
  e("tofacitinib", "small_molecule", "tofacitinib", ["tofacitinib", "CP-690550"], {
    roles: ["inhibitor"],
    xrefs: { pubchem: 9926791 },
    outside: { source: FACTS3, tag: "R" },
  }),
  e("dasatinib", "small_molecule", "dasatinib", ["dasatinib"], {
    roles: ["inhibitor"],
    xrefs: { chebi: "CHEBI:49375", pubchem: 3062316 },
    outside: { source: `${FACTS3}; Lombardo et al. 2004 J Med Chem`, tag: "R" },
  }),
  e("gefitinib", "small_molecule", "gefitinib", ["gefitinib"], {
    roles: ["inhibitor"],
    xrefs: { chebi: "CHEBI:49668", pubchem: 123631 },
    outside: { source: `${FACTS3}; Wakeling et al. 2002 Cancer Res`, tag: "R" },
  }),
  e("erlotinib", "small_molecule", "erlotinib", ["erlotinib"], {
    roles: ["inhibitor"],
    xrefs: { chebi: "CHEBI:114785", pubchem: 176870 },
    outside: { source: `${FACTS3}; Moyer et al. 1997 Cancer Res`, tag: "R" },
  }),

  // ── negative regulators from outside the review (the models need them; the review names none) ──
  e("socs3", "protein", "SOCS3", ["SOCS3", "suppressor of cytokine signaling 3"], {
    xrefs: hu("SOCS3", "O14543"),
    compartment: "cytoplasm",
    roles: ["negative_regulator"],
    outside: { source: "shared/reference/stat3-facts.md §1 (Sobotta et al. 2017, il6_core.def)", tag: "V" },
    description: "STAT3-induced feedback inhibitor of JAK/gp130. Not named in the review.",
  }),
  e("pias3", "protein", "PIAS3", ["PIAS3", "protein inhibitor of activated STAT3"], {
    xrefs: hu("PIAS3", "Q9Y6X2"),
    compartment: "nucleus",
    roles: ["negative_regulator"],
    outside: { source: "shared/design/PRODUCT.md §2 (model scope)", tag: "R" },
    description: "Nuclear inhibitor of STAT3 DNA binding. Not named in the review.",
  }),
  e("ptpn11", "protein", "SHP-2", ["SHP2", "SHP-2", "PTPN11"], {
    xrefs: hu("PTPN11", "Q06124"),
    compartment: "cytoplasm",
    roles: ["negative_regulator"],
    outside: { source: "shared/reference/stat3-facts.md §1 (Singh et al. 2006, BIOMD0000000151)", tag: "V" },
    description: "Tyrosine phosphatase at gp130. Not named in the review.",
  }),

  // ── cell types (Fig. 2 and the text) ─────────────────────────────────────────────────────────
  e("cell_tumour", "cell_type", "tumour cell", ["tumor cells", "cancer cells", "tumor cell", "cancer cell"], {
    roles: ["tme_cell"],
  }),
  e(
    "cell_csc",
    "cell_type",
    "cancer stem cell",
    ["Cancer stem cells", "CSC", "CSCs", "CSSs", "cancer stem cell"],
    {
      roles: ["tme_cell"],
      description: 'The review writes "CSSs" once for CSCs (prostate, ref 58).',
    },
  ),
  e("cell_cd133_pos", "cell_type", "CD133+ cancer cells", ["CD133+ cells"], {
    description: "Thyroid cancer-derived CD133+ cells (ref 64).",
  }),
  e("cell_stromal", "cell_type", "stromal cell", ["stromal cells"], {
    xrefs: { cl: "CL:0000499" },
    roles: ["tme_cell"],
  }),
  e(
    "cell_immune",
    "cell_type",
    "immune cells",
    ["immune cells", "tumor-associated immune cells", "infiltrating cells"],
    {
      roles: ["tme_cell"],
    },
  ),
  e("cell_inflammatory", "cell_type", "inflammatory cells", ["inflammatory cells"], {}),
  e("cell_t", "cell_type", "T cell", ["T cells", "T cell"], {
    xrefs: { cl: "CL:0000084" },
    roles: ["tme_cell"],
  }),
  e("cell_teff", "cell_type", "effector T cell", ["effector T cell"], {
    xrefs: { cl: "CL:0000911" },
    roles: ["tme_cell"],
  }),
  e("cell_th1", "cell_type", "T helper 1 cell", ["T helper 1 cells", "Th1"], {
    xrefs: { cl: "CL:0000545" },
    roles: ["tme_cell"],
  }),
  e(
    "cell_treg",
    "cell_type",
    "regulatory T cell",
    ["regulatory T (Treg) cells", "Treg", "regulatory T cell"],
    {
      xrefs: { cl: "CL:0000815" },
      roles: ["tme_cell"],
    },
  ),
  e(
    "cell_nk",
    "cell_type",
    "NK cell",
    ["natural killer (NK) cells", "NK cells", "NK cell", "natural killer"],
    {
      xrefs: { cl: "CL:0000623" },
      roles: ["tme_cell"],
    },
  ),
  e("cell_dc", "cell_type", "dendritic cell", ["dendritic (DC) cell", "dendritic", "DC"], {
    xrefs: { cl: "CL:0000451" },
    roles: ["tme_cell"],
  }),
  e("cell_neutrophil", "cell_type", "neutrophil", ["neutrophil"], {
    xrefs: { cl: "CL:0000775" },
    roles: ["tme_cell"],
  }),
  e(
    "cell_macrophage",
    "cell_type",
    "macrophage",
    ["macrophage", "macrophages", "microphages", "tumor-associated microphages"],
    {
      xrefs: { cl: "CL:0000235" },
      roles: ["tme_cell"],
      description:
        'The review writes "tumor-associated microphages" for tumour-associated macrophages (ref 69).',
    },
  ),
  e("cell_m2", "cell_type", "M2 macrophage", ["M2 phenotype", "M2-like", "M2"], {
    xrefs: { cl: "CL:0000890" },
    roles: ["tme_cell"],
  }),
  e(
    "cell_mdsc",
    "cell_type",
    "myeloid-derived suppressor cell",
    ["myeloid-derived suppressor cell", "MDSC"],
    {
      roles: ["tme_cell"],
    },
  ),
  e("cell_b", "cell_type", "B cell", ["B cells", "B cell"], {
    xrefs: { cl: "CL:0000236" },
    roles: ["tme_cell"],
  }),
  e("cell_endothelial", "cell_type", "endothelial cell", ["endothelial cells", "endothelial cell"], {
    xrefs: { cl: "CL:0000115" },
    roles: ["tme_cell"],
  }),
  e(
    "cell_fibroblast",
    "cell_type",
    "tumour-associated fibroblast",
    ["tumor associated fibroblast", "fibroblasts"],
    {
      roles: ["tme_cell"],
    },
  ),
  e(
    "cell_ga_hmsc",
    "cell_type",
    "glioma-associated human mesenchymal stem cell",
    ["glioma-associated-human mesenchymal stem cells", "GA-hMSC"],
    { roles: ["tme_cell"], refs: [59] },
  ),

  // ── hallmarks ────────────────────────────────────────────────────────────────────────────────
  e("hallmark_proliferation_survival", "hallmark", "proliferation and survival", [
    "proliferation and survival",
  ]),
  e("hallmark_angiogenesis", "hallmark", "angiogenesis", ["Angiogenesis", "inducing angiogenesis"]),
  e("hallmark_invasion_metastasis", "hallmark", "invasion, migration and metastasis", [
    "invasion and metastasis",
    "Metastasis",
  ]),
  e("hallmark_immune_evasion", "hallmark", "immune evasion", [
    "immune evasion",
    "immune escape",
    "immunoediting",
  ]),
  e("hallmark_stemness", "hallmark", "cancer stemness", ["stemness", "CSC properties"]),

  // ── processes and phenotypes ─────────────────────────────────────────────────────────────────
  e("proc_proliferation", "process", "cell proliferation", [
    "cell proliferation",
    "proliferation",
    "cellular proliferation",
  ]),
  e("proc_survival", "process", "cell survival", ["survival"]),
  e("proc_apoptosis", "process", "apoptosis", ["apoptosis"]),
  e("proc_cell_cycle", "process", "cell-cycle progression", ["cell cycle progression"]),
  e("proc_cell_cycle_arrest", "process", "cell-cycle arrest", ["cell cycle arrest"]),
  e("proc_poor_prognosis", "process", "poor prognosis", ["poor prognosis"]),
  e("proc_differentiation", "process", "differentiation", ["differentiation"]),
  e("proc_angiogenesis", "process", "angiogenesis", ["angiogenesis", "tumor vascularization"]),
  e("proc_invasion", "process", "invasion", ["invasion", "cellular invasion"]),
  e("proc_migration", "process", "migration and cell motility", ["migration", "cell motility"]),
  e("proc_metastasis", "process", "metastasis", ["metastasis", "metastatic potential"]),
  e("proc_emt", "process", "epithelial–mesenchymal transition", ["epithelial-mesenchymal transition", "EMT"]),
  e("proc_wound_healing", "process", "wound healing", ["wound healing"]),
  e("proc_inflammation", "process", "inflammation", ["inflammation", "tumor inflammatory environment"]),
  e("proc_immune_response", "process", "anti-tumour immune response", [
    "anti-cancer immune response",
    "antitumor immune response",
    "anti-tumor immune responses",
    "immune responses",
  ]),
  e("proc_immunosurveillance", "process", "immune surveillance", [
    "immune surveillance",
    "immunosurveillance",
    "Tumor immune surveillance",
  ]),
  e("proc_immune_tolerance", "process", "immune tolerance", ["immune tolerance"]),
  e("proc_immunosuppression", "process", "immunosuppression", [
    "immunosuppressive response",
    "immunosuppressive effects",
    "tumor-associated immunosuppression",
    "tumor-induced immune suppression",
  ]),
  e("proc_dc_maturation", "process", "DC maturation, activation and antigen presentation", [
    "maturation, activation and antigen presentation",
  ]),
  e("proc_nk_function", "process", "NK-cell function and cytotoxicity", [
    "NK cell function",
    "cytotoxicity of natural killer (NK) cells",
  ]),
  e("proc_self_renewal", "process", "self-renewal", [
    "self-renewal",
    "self-renewing",
    "self-renewal capacity",
  ]),
  e("proc_drug_resistance", "process", "drug resistance", ["drug resistance", "radiochemoresistant"]),
  e("proc_dna_damage", "process", "DNA damage", ["DNA damage"]),
  e("proc_oncogene_activation", "process", "oncogene activation", ["oncogene activation"]),
  e("proc_tumour_growth", "process", "tumour growth and progression", [
    "tumor growth",
    "tumor progression",
    "tumor cell growth",
    "tumorigenesis",
  ]),
  e("proc_b_cell_growth", "process", "B-cell survival, proliferation and development", [
    "survival, proliferation and development",
  ]),

  // ── conditions of the milieu ────────────────────────────────────────────────────────────────
  e("cond_hypoxia", "condition", "hypoxia", [
    "hypoxic condition",
    "hypoxic conditions",
    "hypoxic stress",
    "hypoxic region",
  ]),
  e("cond_ecm", "condition", "extracellular matrix", ["extracellular matrix", "ECM"]),
  e("cond_blood_vessels", "condition", "blood vessels", ["blood vessels", "blood vessel"]),
  e("cond_tme", "condition", "tumour microenvironment", ["tumor microenvironment", "tumor milieu"]),

  // ── cancers in which STAT3 is hyperactivated (refs 12-21) and other cancers named ─────────────
  e("cancer_head_neck", "cancer", "head and neck cancer", ["head-and neck"], {
    roles: ["hyperactivated_in"],
  }),
  e("cancer_brain", "cancer", "brain tumour", ["brain"], { roles: ["hyperactivated_in"] }),
  e("cancer_breast", "cancer", "breast cancer", ["breast", "breast cancer"], {
    roles: ["hyperactivated_in"],
  }),
  e("cancer_liver", "cancer", "liver cancer", ["liver"], {
    roles: ["hyperactivated_in"],
    members: ["cancer_hcc"],
  }),
  e("cancer_lung", "cancer", "lung cancer", ["lung", "lung cancer"], { roles: ["hyperactivated_in"] }),
  e("cancer_kidney", "cancer", "kidney (renal) cancer", ["kidney", "renal"], {
    roles: ["hyperactivated_in"],
  }),
  e("cancer_pancreas", "cancer", "pancreatic cancer", ["pancreas"], { roles: ["hyperactivated_in"] }),
  e("cancer_prostate", "cancer", "prostate cancer", ["prostate"], { roles: ["hyperactivated_in"] }),
  e("cancer_ovary", "cancer", "ovarian cancer", ["ovary"], { roles: ["hyperactivated_in"] }),
  e("cancer_myeloma", "cancer", "multiple myeloma", ["multiple myeloma"], { roles: ["hyperactivated_in"] }),
  e("cancer_aml", "cancer", "acute myeloid leukaemia", ["acute myeloid leukemia", "AML"], {
    roles: ["hyperactivated_in"],
  }),
  e("cancer_colorectal", "cancer", "colorectal cancer", ["colorectal cancer", "colon", "colon cancer"]),
  e("cancer_gastric", "cancer", "gastric cancer", ["gastric cancer"]),
  e("cancer_hcc", "cancer", "hepatocellular carcinoma", ["hepatocellular carcinoma", "HCC"]),
  e("cancer_glioblastoma", "cancer", "glioblastoma", ["glioblastoma"]),
  e("cancer_glioma", "cancer", "glioma", ["glioma"]),
  e("cancer_endometrial", "cancer", "endometrial cancer", ["endometrial cancer"]),
  e("cancer_oral_scc", "cancer", "oral squamous cell carcinoma", ["oral squamous cell carcinoma"]),
  e("cancer_thyroid", "cancer", "thyroid cancer", ["thyroid cancer"]),

  // ── other diseases named (clinical trials of JAK/Src inhibitors, refs 99, 104-110) ─────────
  e("disease_ra", "disease", "rheumatoid arthritis", ["rheumatoid arthritis"]),
  e("disease_psoriasis", "disease", "psoriasis", ["psoriasis"]),
  e("disease_ibd", "disease", "inflammatory bowel disease", ["inflammatory bowel disease", "IBD"]),
];
