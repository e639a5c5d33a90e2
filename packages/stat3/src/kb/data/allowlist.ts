/**
 * Allow-list of the completeness test: name-like tokens of the review's text that are not things the
 * knowledge base should hold, each with the reason. Keep it short and honest; the test fails on stale
 * entries, so the list only ever holds tokens that are still in the text.
 */
export interface Allowed {
  token: string;
  reason: string;
}

export const ALLOW_LIST: Allowed[] = [
  {
    token: "DNA",
    reason:
      "DNA as the molecule STAT3 binds; modelled as the state stat3_dna_bound, not an entity of its own",
  },
  { token: "Fig", reason: 'figure pointer "(Fig. 1)"' },
  { token: "Table", reason: 'table pointer "(Table 1)"' },
  {
    token: "Y*",
    reason: 'notation inside "PY*LKTK (Y* is the phosphorylated tyrosine)"; the peptide is entity py_lktk',
  },
  { token: "such cells", reason: "refers back to cancer cells" },
  {
    token: "precancerous cells",
    reason:
      "generic: cells before transformation, the targets of immune surveillance; not a cell type of the figures",
  },
  {
    token: "abnormal cells",
    reason: "generic: transformed cells evading the immune system (the tumour cells of the base)",
  },
  {
    token: "normal cells",
    reason: 'generic contrast ("properly controlled in normal cells"); no claim about a cell type',
  },
];

/**
 * Sentences that match a causal verb but state no interaction between things of the base (aims of the
 * review, definitions, therapeutic outlook). Identified by their first words.
 */
export const NOT_CAUSAL: { start: string; reason: string }[] = [
  { start: "In this review, we summarized", reason: "aim of the review" },
  {
    start: "Hallmarks of cancer consist of",
    reason: "definition of the hallmarks of cancer (ref 1); no interaction; the hallmarks are entities",
  },
  { start: "So, STAT3 is a prominent target", reason: "therapeutic rationale, no interaction" },
  { start: "However, there are knowledge gaps", reason: "statement about the literature" },
  { start: "Additionally, STAT3 is a promising target", reason: "therapeutic rationale, no interaction" },
  { start: "Also, this review focuses on", reason: "aim of the review" },
  {
    start: "Some of these small molecule inhibitors have recently been in clinical trials",
    reason:
      "clinical-trial status of JAK/Src inhibitors (99, 104-110); kept in Table 2 (mechanism text and references) and the disease entities",
  },
  {
    start: "Although STAT3 expression is properly controlled",
    reason: "restates constitutive activation in cancers (the hyperactivated_in interactions, refs 12-21)",
  },
  { start: "Thus, it is a valuable therapeutic target", reason: "therapeutic rationale, no interaction" },
  {
    start: "Therefore, as this review suggests, future perspectives",
    reason: "outlook (combination therapies)",
  },
  {
    start: "Table 2. Small molecule inhibitors",
    reason: "table caption; the table is reconstructed as Table 2 rows",
  },
];
