/**
 * The knowledge base of the review as plain typed data. Every other part of the project (models, maps,
 * documentation) reads the review through these types, so they stay small and explicit: an entity is a
 * thing the review names, an interaction is one claim the review makes, and every claim carries the
 * review's own sentence, section and reference numbers as its evidence.
 *
 * Facts from outside the review (potencies, clinical status, negative regulators the review does not
 * name) are kept apart with their source and a provenance tag from shared/reference/stat3-facts.md:
 *   [V] read in a public source, [C] computed from a [V] source, [R] as commonly reported, not re-checked.
 */

/** What kind of thing an entity is; decides its glyph on the maps and its table in the docs. */
export type EntityType =
  | "ligand" // cytokines, growth factors, chemokines (secreted)
  | "receptor" // cell-surface receptors and receptor tyrosine kinases
  | "kinase" // cytoplasmic / non-receptor kinases
  | "transcription_factor"
  | "protein" // other proteins named as targets or markers
  | "protein_family" // a named group (MMPs, MHC-I, proinflammatory cytokines…)
  | "complex" // multi-protein complexes (NF-κB, receptor–kinase complexes)
  | "domain" // a domain or residue of STAT3
  | "state" // a state of STAT3 (pY705, dimer, nuclear, DNA-bound)
  | "small_molecule"
  | "peptide"
  | "drug_class" // a class the review names without naming members (JAK inhibitors…)
  | "cell_type"
  | "hallmark"
  | "process" // biological processes and phenotypes
  | "condition" // hypoxia, ECM, blood vessels: parts of the tumour milieu that are not molecules or cells
  | "cancer"
  | "disease";

/** Where a molecule sits on the maps (SBGN compartments of Fig. 1). */
export type Compartment = "extracellular" | "membrane" | "cytoplasm" | "nucleus";

/** The five groups of Table 1 (and of the hallmark read-outs). */
export type Hallmark =
  | "proliferation_survival"
  | "angiogenesis"
  | "invasion_metastasis"
  | "immune_evasion"
  | "stemness";
export const HALLMARKS: readonly Hallmark[] = [
  "proliferation_survival",
  "angiogenesis",
  "invasion_metastasis",
  "immune_evasion",
  "stemness",
];

/** Standard identifiers. Filled only where certain; an empty field means "not looked up", never "none". */
export interface Xrefs {
  /** HGNC approved symbol (human genes) */
  hgnc?: string;
  /** UniProtKB accession of the human protein */
  uniprot?: string;
  /** ChEBI id, e.g. "CHEBI:3962" */
  chebi?: string;
  /** PubChem compound id */
  pubchem?: number;
  /** Cell Ontology id, e.g. "CL:0000235" */
  cl?: string;
}

/** Provenance tag of an outside fact, as in shared/reference/stat3-facts.md. */
export type ProvenanceTag = "V" | "C" | "R";

/** A fact that does not come from the review, with where it does come from. */
export interface OutsideSource {
  /** e.g. "stat3-facts.md §3; Quintás-Cardama et al. 2010 Blood" */
  source: string;
  tag: ProvenanceTag;
}

export interface Entity {
  /** stable id: lower-case, [a-z0-9_], never reused */
  id: string;
  type: EntityType;
  /** display name, in the usual modern spelling */
  name: string;
  /** every spelling the review uses (including its misspellings), then common alternatives */
  synonyms: string[];
  description?: string;
  xrefs?: Xrefs;
  /** default compartment on the maps */
  compartment?: Compartment;
  /** for domains, residues and states: the entity they belong to */
  partOf?: string;
  /** for families, classes and complexes: members that are themselves entities */
  members?: string[];
  /** roles used by tables and maps */
  roles?: Role[];
  /** review reference numbers cited where the entity is introduced */
  refs?: number[];
  /** absent = named in the review; present = brought in from outside (not in the review's text) */
  outside?: OutsideSource;
  /**
   * Set for entities the review describes without naming them (e.g. the unphosphorylated STAT3 monomer
   * the cascade starts from): says where. The completeness test does not expect their names in the text.
   */
  implied?: string;
}

export type Role =
  | "target_gene"
  | "csc_marker"
  | "negative_regulator"
  | "upstream_kinase"
  | "inhibitor"
  | "tme_cell"
  | "hyperactivated_in"; // cancers in which STAT3 is hyperactivated (refs 12-21)

export type InteractionType =
  | "activates"
  | "inhibits"
  | "phosphorylates"
  | "binds"
  | "dimerises"
  | "translocates"
  | "induces_expression"
  | "represses_expression"
  | "regulates_expression" // the review says "regulates" without a direction
  | "polarises"
  | "recruits"
  | "expands" // a cell population
  | "promotes" // a process or phenotype
  | "suppresses" // a process or phenotype
  | "regulates" // an effect on a process the review states without a sign
  | "required_for"
  | "hyperactivated_in" // STAT3 is hyperactivated in a cancer (refs 12-21)
  | "correlates"; // an association the review reports without a causal verb

/** Sections of the review, in reading order; `heading` is the exact heading line of the text. */
export type SectionId =
  | "abstract"
  | "introduction"
  | "persistent_activation"
  | "proliferation_survival"
  | "angiogenesis"
  | "metastasis"
  | "immune_evasion"
  | "stemness"
  | "tme"
  | "targeting"
  | "sh2_inhibitors"
  | "dbd_inhibitors"
  | "upstream_inhibitors"
  | "conclusion"
  | "fig1_legend"
  | "fig2_legend"
  | "tables";

export interface Evidence {
  /** the review's sentence, verbatim (whitespace and line breaks normalised) */
  sentence: string;
  section: SectionId;
  /** the review's reference numbers cited in (or for) the sentence; [] when it cites none */
  refs: number[];
  /** when `refs` are not the numbers printed in the sentence itself: why (e.g. cited in the next sentence) */
  refsNote?: string;
  /** figures / tables the sentence points to */
  figures?: ("fig1" | "fig2" | "table1" | "table2")[];
}

export interface Interaction {
  /** stable id */
  id: string;
  source: string;
  target: string;
  type: InteractionType;
  /** intermediaries the sentence names (e.g. IL-6 → gp130 → JAK → STAT3) */
  via?: string[];
  /** cell or cancer context the sentence names, as entity ids */
  context?: string[];
  /**
   * How the sentence states it. "direct": A does X to B. "loss_of_function": blocking A lowers B (kept
   * as stated: the claim is about inhibition of A). "association": A correlates with B.
   */
  mode?: "direct" | "loss_of_function" | "association";
  /** true when the sentence's claim is itself negative (e.g. STAT3 down-regulates CXCL10). */
  negative?: boolean;
  /** free-text note on how the sentence was read, when not obvious */
  note?: string;
  /** the review's sentence; absent only for interactions brought in from outside (then `outside` is set) */
  evidence?: Evidence;
  /** for interactions the review does not state: where they come from */
  outside?: OutsideSource & { statement: string };
}

/** A row of Table 1 (the target genes of STAT3), reconstructed from the text and the Fig. 1 legend. */
export interface TargetRow {
  gene: string;
  hallmark: Hallmark;
  /** "regulated" where the review gives no direction */
  direction: "up" | "down" | "regulated";
  /** the cancer or cell context the review names, in words */
  context: string;
  refs: number[];
  /** the interactions this row summarises */
  interactions: string[];
  /** the gene also appears among the Fig. 1 legend's targets */
  inFig1: boolean;
}

export type DrugClass = "sh2" | "dbd" | "upstream_rtk" | "upstream_jak" | "upstream_src" | "other";
export const DRUG_CLASSES: readonly DrugClass[] = [
  "sh2",
  "dbd",
  "upstream_rtk",
  "upstream_jak",
  "upstream_src",
  "other",
];

/** Outside facts about a drug, each with its source and tag; never mixed with the review's words. */
export interface OutsideDrugFacts {
  potency?: { text: string; source: OutsideSource }[];
  clinicalStatus?: { text: string; source: OutsideSource };
  mechanismDetail?: { text: string; source: OutsideSource };
  caveat?: { text: string; source: OutsideSource };
}

/** A row of Table 2 (small-molecule inhibitors directly / indirectly targeting STAT3). */
export interface InhibitorRow {
  drug: string;
  class: DrugClass;
  /** direct (binds STAT3) or indirect (upstream) as the review divides them */
  mode: "direct" | "indirect";
  /** molecular target entity (a STAT3 domain, a kinase) */
  target: string;
  /** what the review says it does */
  mechanism: string;
  refs: number[];
  interactions: string[];
  /** false for drugs brought in from stat3-facts.md as examples of a class the review names */
  inReview: boolean;
  outside?: OutsideDrugFacts;
}

/** Fig. 2: what STAT3 activation does in one cell type of the tumour microenvironment. */
export interface CellRow {
  cell: string;
  /** short phrases, as the review puts them */
  effects: string[];
  /** net role for the tumour: immunosuppressive / tumour-promoting */
  role: "immunosuppressive" | "tumour_promoting" | "both";
  refs: number[];
  interactions: string[];
}

/** The review itself, cited once. */
export interface ReviewMeta {
  id: string;
  /** title as it can be read from the text (the text carries none: see `note`) */
  title: string;
  authors: string[];
  year?: number;
  journal?: string;
  doi?: string;
  /** highest reference number cited (the reference list is not in the text) */
  referenceCount: number;
  file: string;
  sha?: string;
  note: string;
}

export interface KnowledgeBase {
  review: ReviewMeta;
  entities: Entity[];
  interactions: Interaction[];
  table1: TargetRow[];
  table2: InhibitorRow[];
  fig2: CellRow[];
}
