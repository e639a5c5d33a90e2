/**
 * Cell contexts: named parameter presets of the one model. `hepatocyte` is the calibrated reference
 * (primary mouse hepatocytes, Sobotta 2017); the cancer contexts are the routes to persistent STAT3
 * activation the review describes (autocrine/paracrine IL-6, hyperactive RTKs and Src, loss of
 * SOCS3, activating JAK mutations). Their strengths are assumptions chosen so that the unstimulated
 * pY705 fraction is clearly above the hepatocyte's 1.1–1.5 % (facts §2a) — "constitutive activation" —
 * without saturating the response to IL-6.
 */
export interface CellContext {
  id: string;
  title: string;
  description: string;
  /** parameter overrides of the model */
  params: Record<string, number>;
  /** review sentence / fact each override stands for */
  source: string;
}

export const CONTEXTS: readonly CellContext[] = [
  {
    id: "hepatocyte",
    title: "Primary hepatocyte (calibrated reference)",
    description:
      "Normal cell: IL-6 gives a transient pSTAT3 peak and a low plateau; SOCS3 feedback intact; no RTK/Src input.",
    params: {},
    source: "Sobotta et al. 2017 (facts §1b, §2a)",
  },
  {
    id: "autocrine-il6",
    title: "Tumour cell with an autocrine IL-6 loop",
    description:
      "The cell secretes IL-6 (NF-κB-driven basal IL-6 transcription, raised 20-fold) and STAT3 induces more: persistent activation.",
    params: { il6_secretion: 0.0025, il6_basal: 20 },
    source: "review: IL-6 is a STAT3 target and activator (autocrine loop, Table 1 / Fig. 1); strengths [A]",
  },
  {
    id: "egfr-driven",
    title: "EGFR-driven tumour cell",
    description:
      "Ligand-independent EGFR activity (amplification / activating mutation) phosphorylates STAT3 directly and through Src.",
    params: { k_egfr_on_basal: 0.1 },
    source: "review: EGFR → STAT3 (Fig. 1, upstream RTKs); strength [A]",
  },
  {
    id: "src-driven",
    title: "Src-driven tumour cell",
    description: "Constitutively active Src phosphorylates STAT3.",
    params: { k_src_on_basal: 0.1 },
    source: "review: Src → STAT3 (Fig. 1, non-receptor kinases); strength [A]",
  },
  {
    id: "socs3-silenced",
    title: "SOCS3-silenced cell",
    description:
      "SOCS3 promoter methylation leaves 5 % of SOCS3 transcription: the negative feedback is lost and IL-6 responses persist.",
    params: { socs3_silencing: 0.05 },
    source: "review: loss of negative regulators (SOCS3) in persistent activation; residual 5 % [A]",
  },
  {
    id: "jak-activating-mutation",
    title: "Activating JAK mutation",
    description:
      "Ligand-independent JAK activity on the receptor complex (JAK V617F-like); still JAK-inhibitor sensitive.",
    params: { k_jak_mut: 0.01 },
    source: "review: JAKs as upstream activators; strength [A]",
  },
];

export const CONTEXT_IDS = CONTEXTS.map((c) => c.id);

export function getContext(id: string): CellContext | undefined {
  return CONTEXTS.find((c) => c.id === id);
}
