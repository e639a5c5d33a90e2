/**
 * The review's network (Fig. 1 signalling cascade + Fig. 2 tumour microenvironment) as a Boolean model,
 * generated from the knowledge base.
 *
 * How it is built:
 *   1. NODES below name every node and the KB entities it stands for (a target-gene group stands for its
 *      genes). KB entity `stat3` is read as pY705-STAT3 when it is acted on ("X activates STAT3") and as
 *      DNA-bound STAT3 when it acts ("STAT3 induces X"), the cascade the review spells out in its
 *      introduction (refs 3–5): Y705 phosphorylation → SH2 dimerisation → nuclear import → DNA binding.
 *   2. Every KB interaction whose endpoints map to two different nodes becomes a signed regulation with
 *      the interaction (sentence, section, reference numbers) attached as evidence. Families expand to
 *      their member nodes. Signs: activates/phosphorylates/induces/promotes/polarises/expands/recruits/
 *      binds/dimerises/translocates → +; inhibits/represses/suppresses → −; an unsigned "regulates" is
 *      read as + (Table 1 lists these genes as STAT3-promoted or gives no direction), and "X is required
 *      for Y" is an AND condition when X is a STAT3 domain (SH2 → dimer, DBD → DNA binding, refs 75–76).
 *      Associations, "hyperactivated in" and drug statements are not regulations (drugs act by class).
 *   3. Shortcuts are realised through the cascade: a positive regulation A → B is dropped when B is
 *      reachable from A through other positive regulations (e.g. "IL-6 activates STAT3", ref 58, runs
 *      through IL-6 → gp130 → JAK → pY705, refs 48–49, so SOCS3 feedback on JAK applies); its evidence
 *      stays attached to the path's first regulation and is listed as `realisedVia`.
 *   4. Logic of a node: (all AND conditions) ∧ (any activator, or true if it has none) ∧ ¬(any inhibitor).
 *      Nodes without regulators are inputs (they keep their value) unless declared constant.
 * A few links the review does not state are marked `assumption` with their reason and source.
 */

import { logical } from "@stat3/engine";
import { type Kb, loadKb } from "../kb/kb.js";
import type { Interaction, InteractionType, KnowledgeBase } from "../kb/types.js";

export type NodeKind =
  | "input"
  | "receptor"
  | "kinase"
  | "stat3"
  | "domain"
  | "regulator"
  | "genes"
  | "phenotype"
  | "tme";

export interface NodeSpec {
  name: string;
  kind: NodeKind;
  /** KB entity ids this node stands for (as source and target) */
  kb: string[];
  description: string;
  /** constant value (domains present unless a drug removes them) */
  constant?: 0 | 1;
}

/** The nodes, in the order states are printed. */
export const NODES: readonly NodeSpec[] = [
  // inputs: ligands, conditions and kinases without upstream regulators in the review
  { name: "IL6", kind: "input", kb: ["il6"], description: "IL-6 (ligand; autocrine in tumour cells, ref 4)" },
  { name: "EGF", kind: "input", kb: ["egf"], description: "EGF (ligand of EGFR, ref 88)" },
  {
    name: "Hypoxia",
    kind: "input",
    kb: ["cond_hypoxia"],
    description: "hypoxia (activates HIF, tme section)",
  },
  {
    name: "ROS",
    kind: "input",
    kb: ["ros"],
    description: "reactive oxygen species (activate STAT3 in CSCs, ref 58)",
  },
  {
    name: "SRC",
    kind: "kinase",
    kb: ["src"],
    description: "Src (non-receptor kinase phosphorylating STAT3, Fig. 1)",
  },
  {
    name: "ABL1",
    kind: "kinase",
    kb: ["abl1"],
    description: "Abl (non-receptor kinase phosphorylating STAT3, Fig. 1)",
  },
  // receptors and kinases
  {
    name: "GP130",
    kind: "receptor",
    kb: ["il6st"],
    description: "gp130 (IL-6 signal transducer, refs 48–49)",
  },
  {
    name: "EGFR",
    kind: "receptor",
    kb: ["egfr"],
    description: "EGFR (receptor tyrosine kinase, refs 88–89)",
  },
  { name: "VEGFR2", kind: "receptor", kb: ["kdr"], description: "VEGFR2/KDR (VEGF receptor, ref 63)" },
  { name: "JAK", kind: "kinase", kb: ["jak", "jak1"], description: "JAK kinases (JAK1, refs 48–49, 60)" },
  // STAT3 and its activation cascade
  {
    name: "STAT3_SH2",
    kind: "domain",
    kb: ["stat3_sh2"],
    description: "SH2 domain (needed for dimerisation, refs 75–76)",
    constant: 1,
  },
  {
    name: "STAT3_DBD",
    kind: "domain",
    kb: ["stat3_dbd"],
    description: "DNA-binding domain (needed for DNA binding, refs 75–76)",
    constant: 1,
  },
  {
    name: "STAT3_pY705",
    kind: "stat3",
    kb: ["stat3_py705"],
    description: "Y705-phosphorylated STAT3 (refs 3–5)",
  },
  {
    name: "STAT3_dimer",
    kind: "stat3",
    kb: ["stat3_dimer"],
    description: "pSTAT3 homodimer (SH2–pY705, refs 3–5)",
  },
  {
    name: "STAT3_nuclear",
    kind: "stat3",
    kb: ["stat3_nuclear"],
    description: "nuclear pSTAT3 dimer (refs 3–5)",
  },
  {
    name: "STAT3_DNA",
    kind: "stat3",
    kb: ["stat3_dna_bound"],
    description: "DNA-bound STAT3: transcriptional activity (refs 3–5)",
  },
  // negative regulators
  {
    name: "SOCS3",
    kind: "regulator",
    kb: ["socs3"],
    description: "SOCS3 (STAT3 target, inhibits JAK; outside the review's text)",
  },
  {
    name: "PIAS3",
    kind: "regulator",
    kb: ["pias3"],
    description: "PIAS3 (blocks STAT3 DNA binding; outside the review's text)",
  },
  {
    name: "SHP2",
    kind: "regulator",
    kb: ["ptpn11"],
    description: "SHP2/PTPN11 (dephosphorylates gp130; outside the review's text)",
  },
  // target-gene groups (Fig. 1, Table 1)
  {
    name: "CellCycleGenes",
    kind: "genes",
    kb: ["ccnd1", "myc", "birc5"],
    description: "Cyclin D1, c-Myc, Survivin (refs 25–27)",
  },
  {
    name: "AntiApoptoticGenes",
    kind: "genes",
    kb: ["bcl2", "bcl2l1", "mcl1", "anti_apoptotic"],
    description: "Bcl-2, Bcl-xL, Mcl-1 (refs 28–29)",
  },
  { name: "HIF1", kind: "genes", kb: ["hif1", "hif"], description: "HIF-1α (refs 35–36, 66–67)" },
  { name: "VEGF", kind: "genes", kb: ["vegf"], description: "VEGF (refs 33–34, 36, 71–73)" },
  {
    name: "AngiogenicFactors",
    kind: "genes",
    kb: ["fgf2", "hgf", "pro_angiogenic", "cytokines_growth_factors"],
    description: "bFGF, HGF and other pro-angiogenic factors (ref 37)",
  },
  {
    name: "EMTGenes",
    kind: "genes",
    kb: [
      "twist1",
      "vim",
      "snai1",
      "zeb1",
      "hmgb1",
      "mmp1",
      "mmp2",
      "mmp9",
      "mmp",
      "migration_factors",
      "cam",
    ],
    description: "Twist, Vimentin, Snail, ZEB1, HMGB1, MMP1/2/9, CAMs (refs 38–45, 70)",
  },
  {
    name: "StemnessGenes",
    kind: "genes",
    kb: ["pou5f1", "nanog", "prom1", "cd44", "sox2", "csc_markers", "pluripotency_markers"],
    description: "Oct3/4, Nanog, CD133, CD44, Sox2 (refs 55, 61–63)",
  },
  { name: "IL10", kind: "genes", kb: ["il10"], description: "IL-10 (refs 48–49)" },
  { name: "TGFB", kind: "genes", kb: ["tgfb"], description: "TGF-β (refs 71–73)" },
  { name: "PDL1", kind: "genes", kb: ["cd274"], description: "PD-L1 (ref 69)" },
  { name: "CXCL10", kind: "genes", kb: ["cxcl10"], description: "CXCL10, repressed by STAT3 (ref 50)" },
  { name: "CTLA4", kind: "genes", kb: ["ctla4"], description: "CTLA-4 (Fig. 2, Tregs)" },
  { name: "NFkB", kind: "regulator", kb: ["nfkb"], description: "NF-κB (immune evasion section)" },
  {
    name: "ProinflammatoryCytokines",
    kind: "genes",
    kb: ["proinflammatory_cytokines"],
    description: "pro-inflammatory cytokines (ref 4)",
  },
  // phenotypes
  {
    name: "Proliferation",
    kind: "phenotype",
    kb: ["proc_proliferation", "proc_cell_cycle", "hallmark_proliferation_survival"],
    description: "proliferation (Table 1 group 1)",
  },
  {
    name: "Apoptosis",
    kind: "phenotype",
    kb: ["proc_apoptosis"],
    description: "apoptosis (survival = not apoptosis)",
  },
  {
    name: "Angiogenesis",
    kind: "phenotype",
    kb: ["proc_angiogenesis", "hallmark_angiogenesis"],
    description: "angiogenesis",
  },
  {
    name: "Invasion_EMT",
    kind: "phenotype",
    kb: [
      "proc_invasion",
      "proc_emt",
      "proc_migration",
      "proc_metastasis",
      "hallmark_invasion_metastasis",
      "proc_wound_healing",
    ],
    description: "invasion, EMT, migration, metastasis",
  },
  {
    name: "ImmuneEvasion",
    kind: "phenotype",
    kb: ["hallmark_immune_evasion", "proc_immunosuppression", "proc_immune_tolerance"],
    description: "immune evasion",
  },
  {
    name: "Stemness",
    kind: "phenotype",
    kb: ["hallmark_stemness", "proc_self_renewal", "cell_csc"],
    description: "cancer stemness",
  },
  {
    name: "TumourGrowth",
    kind: "phenotype",
    kb: ["proc_tumour_growth"],
    description: "tumour growth and progression (Fig. 2: the net effect on the tumour)",
  },
  // tumour-microenvironment cell states (Fig. 2)
  {
    name: "M2_macrophage",
    kind: "tme",
    kb: ["cell_m2"],
    description: "M2 (tumour-promoting) macrophage polarisation (ref 69)",
  },
  { name: "M1_macrophage", kind: "tme", kb: [], description: "M1 (anti-tumour) macrophage polarisation" },
  {
    name: "DC_maturation",
    kind: "tme",
    kb: ["proc_dc_maturation"],
    description: "dendritic-cell maturation and antigen presentation (Fig. 2)",
  },
  {
    name: "NK_cytotoxicity",
    kind: "tme",
    kb: ["proc_nk_function"],
    description: "NK-cell function and cytotoxicity (refs 50, 71–73)",
  },
  {
    name: "CD8_effector",
    kind: "tme",
    kb: ["proc_immune_response", "proc_immunosurveillance"],
    description: "effector (CD8) T-cell function, anti-tumour immunity",
  },
  {
    name: "Treg_suppression",
    kind: "tme",
    kb: ["cell_treg"],
    description: "regulatory T-cell suppression (Fig. 2)",
  },
  { name: "MDSC_expansion", kind: "tme", kb: ["cell_mdsc"], description: "MDSC expansion (refs 71–73)" },
  {
    name: "B_cell_growth",
    kind: "tme",
    kb: ["proc_b_cell_growth"],
    description: "B-cell survival, proliferation and development (Fig. 2)",
  },
];

/** KB endpoints whose meaning depends on the cell the sentence names (Fig. 2 is per cell type). */
const CONTEXT_TARGETS: Record<string, { node: string; flip?: boolean }> = {
  "proc_immunosuppression@cell_nk": { node: "NK_cytotoxicity", flip: true },
  "proc_immunosuppression@cell_teff": { node: "CD8_effector", flip: true },
  "proc_immune_tolerance@cell_treg": { node: "Treg_suppression" },
  "proc_immune_tolerance@cell_dc": { node: "DC_maturation", flip: true },
};

/** Endpoints read through another node with the sign flipped: "promotes survival" = "suppresses apoptosis". */
const FLIPPED_TARGETS: Record<string, string> = { proc_survival: "Apoptosis" };

export type Sign = 1 | -1;

export interface RegulationEvidence {
  interaction: string;
  sentence: string;
  section: string;
  refs: number[];
  figures: string[];
  /** how the sentence was read when not literally (family expansion, flipped sign, shortcut) */
  reading?: string;
}

export interface Regulation {
  source: string;
  target: string;
  sign: Sign;
  /** an AND condition (STAT3 domain required for a step) */
  required: boolean;
  evidence: RegulationEvidence[];
  /** modelling assumption not stated by the review: why, and the source */
  assumption?: string;
}

/** Links the review does not state, each with its reason and source. */
const ASSUMPTIONS: { source: string; target: string; sign: Sign; why: string }[] = [
  {
    source: "M2_macrophage",
    target: "M1_macrophage",
    sign: -1,
    why: "M1 and M2 are alternative macrophage polarisation states (Mantovani et al. 2004, Trends Immunol 25:677, doi:10.1016/j.it.2004.09.015)",
  },
  {
    source: "DC_maturation",
    target: "CD8_effector",
    sign: 1,
    why: "mature dendritic cells prime effector CD8 T cells (Banchereau & Steinman 1998, Nature 392:245, doi:10.1038/32588)",
  },
  {
    source: "Treg_suppression",
    target: "ImmuneEvasion",
    sign: 1,
    why: "Fig. 2 lists Treg tolerance among STAT3's immunosuppressive effects; the hallmark node collects them",
  },
  {
    source: "MDSC_expansion",
    target: "ImmuneEvasion",
    sign: 1,
    why: "Fig. 2 lists MDSC expansion among STAT3's immunosuppressive effects; the hallmark node collects them",
  },
  {
    source: "PDL1",
    target: "CD8_effector",
    sign: -1,
    why: "PD-L1 inhibits effector T cells through PD-1 (Freeman et al. 2000, J Exp Med 192:1027, doi:10.1084/jem.192.7.1027)",
  },
];

/** longest cascade a shortcut statement is realised through (IL-6 → gp130 → JAK → pY705 is 3) */
const MAX_HOPS = 4;

const POSITIVE: InteractionType[] = [
  "activates",
  "phosphorylates",
  "binds",
  "dimerises",
  "translocates",
  "induces_expression",
  "polarises",
  "recruits",
  "expands",
  "promotes",
  "regulates",
  "regulates_expression",
  "required_for",
];
const NEGATIVE: InteractionType[] = ["inhibits", "represses_expression", "suppresses"];

/** Why a KB interaction is not a regulation of the model (stable reasons, reported by `unmapped`). */
export interface Unmapped {
  interaction: string;
  reason: string;
}

export interface ReviewLogicalModel {
  network: logical.LogicalNetwork;
  nodes: readonly NodeSpec[];
  regulations: Regulation[];
  /** KB interactions that did not become regulations, with the reason */
  unmapped: Unmapped[];
}

function isDrugEntity(kb: Kb, id: string): boolean {
  const e = kb.entity(id);
  return (
    !!e &&
    (e.type === "small_molecule" ||
      e.type === "peptide" ||
      e.type === "drug_class" ||
      id === "stat3_inhibitors")
  );
}

/** Build the model from the knowledge base (loaded once by default). */
export function buildReviewLogicalModel(kb: Kb = loadKb()): ReviewLogicalModel {
  const byEntity = new Map<string, string>();
  for (const n of NODES) for (const id of n.kb) byEntity.set(id, n.name);
  const expand = (id: string, seen = new Set<string>()): string[] => {
    if (byEntity.has(id)) return [byEntity.get(id) as string];
    if (seen.has(id)) return [];
    seen.add(id);
    const e = kb.entity(id);
    return e?.members ? [...new Set(e.members.flatMap((m) => expand(m, seen)))] : [];
  };
  const sourceNodes = (id: string) => (id === "stat3" ? ["STAT3_DNA"] : expand(id));
  const targetNodes = (i: Interaction): { node: string; flip: boolean }[] => {
    if (i.target === "stat3") return [{ node: "STAT3_pY705", flip: false }];
    for (const c of i.context ?? []) {
      const m = CONTEXT_TARGETS[`${i.target}@${c}`];
      if (m) return [{ node: m.node, flip: !!m.flip }];
    }
    if (FLIPPED_TARGETS[i.target]) return [{ node: FLIPPED_TARGETS[i.target], flip: true }];
    return expand(i.target).map((node) => ({ node, flip: false }));
  };

  const regs = new Map<string, Regulation>();
  const unmapped: Unmapped[] = [];
  const isFamily = (id: string) => !byEntity.has(id) && (kb.entity(id)?.members?.length ?? 0) > 0;
  const evidenceOf = (i: Interaction, readings: string[]): RegulationEvidence => ({
    interaction: i.id,
    sentence: i.evidence?.sentence ?? i.outside?.statement ?? "",
    section: i.evidence?.section ?? "outside",
    refs: i.evidence?.refs ?? [],
    figures: i.evidence?.figures ?? [],
    ...(i.outside
      ? { reading: [`outside the review: ${i.outside.source} [${i.outside.tag}]`, ...readings].join("; ") }
      : readings.length
        ? { reading: readings.join("; ") }
        : {}),
  });
  // pass 1: signed statements between specific entities (or from/to one family); pass 2: statements
  // between two families (Fig. 1's "ligands bind receptors") and unsigned ones ("STAT3 regulates
  // apoptosis") only attach to regulations pass 1 made, so they never invent a pairing or a sign
  const deferred: Interaction[] = [];
  for (const pass of [1, 2] as const) {
    for (const i of pass === 1 ? kb.interactions : deferred) {
      const skip = (reason: string) => unmapped.push({ interaction: i.id, reason });
      if (pass === 1) {
        if (i.mode === "association" || i.type === "correlates") {
          skip("association, not a causal claim");
          continue;
        }
        if (i.type === "hyperactivated_in") {
          skip("STAT3 hyperactivation in a cancer: a context, not a regulation (see the presets)");
          continue;
        }
        if (isDrugEntity(kb, i.source) || isDrugEntity(kb, i.target)) {
          skip("drug statement: drugs act by class through the drug presets");
          continue;
        }
        if (i.target === "stat3" && (i.context ?? []).includes("cell_csc") && i.type === "required_for") {
          skip(
            "CSC-specific requirement of STAT3 for pluripotency factors (ref 61): not part of the tumour-cell core",
          );
          continue;
        }
      }
      const srcs = sourceNodes(i.source);
      const tgts = targetNodes(i);
      if (srcs.length === 0 || tgts.length === 0) {
        skip(`endpoint not modelled: ${srcs.length === 0 ? i.source : i.target}`);
        continue;
      }
      const base = POSITIVE.includes(i.type) ? 1 : NEGATIVE.includes(i.type) ? -1 : 0;
      if (base === 0) {
        skip(`interaction type ${i.type} has no sign`);
        continue;
      }
      const unsigned = i.type === "regulates" || i.type === "regulates_expression";
      const familyPair = isFamily(i.source) && isFamily(i.target);
      if (pass === 1 && (unsigned || familyPair)) {
        deferred.push(i);
        continue;
      }
      let added = 0;
      for (const s of srcs) {
        for (const t of tgts) {
          if (s === t.node) continue;
          const readings: string[] = [];
          if (isFamily(i.source) || isFamily(i.target)) readings.push("family expanded to its member nodes");
          if (t.flip) readings.push(`"${i.type} ${i.target}" read as the opposite effect on ${t.node}`);
          if (pass === 2) {
            // attach to an existing regulation of this pair (either sign for unsigned statements)
            const existing = [...regs.values()].filter(
              (r) =>
                r.source === s && r.target === t.node && (unsigned || r.sign === (t.flip ? -base : base)),
            );
            if (existing.length) {
              for (const r of existing)
                r.evidence.push(
                  evidenceOf(i, [
                    ...readings,
                    familyPair
                      ? "family-to-family statement: evidence for the member pairing"
                      : "unsigned statement: evidence for the signed regulation",
                  ]),
                );
              added++;
              continue;
            }
            if (familyPair) continue;
            readings.push(
              "unsigned in the review; read as activation (Table 1 lists STAT3's targets as up or without direction)",
            );
          }
          const sign = (t.flip ? -base : base) as Sign;
          const required = i.type === "required_for" && (s === "STAT3_SH2" || s === "STAT3_DBD");
          const key = `${s}>${t.node}:${sign}`;
          const r = regs.get(key) ?? { source: s, target: t.node, sign, required: false, evidence: [] };
          r.required ||= required;
          r.evidence.push(evidenceOf(i, readings));
          regs.set(key, r);
          added++;
        }
      }
      if (added === 0)
        skip(
          familyPair
            ? "family-to-family statement with no member pairing in the model"
            : "source and target are the same node",
        );
    }
  }
  for (const a of ASSUMPTIONS) {
    regs.set(`${a.source}>${a.target}:${a.sign}`, {
      source: a.source,
      target: a.target,
      sign: a.sign,
      required: false,
      evidence: [],
      assumption: a.why,
    });
  }

  // 3. realise shortcuts through the cascade (transitive reduction of positive, non-required regulations)
  const list = [...regs.values()].sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1));
  const alive = new Set(list);
  const reachableAvoiding = (from: string, to: string, skipReg: Regulation): Regulation | undefined => {
    // BFS over positive regulations; returns the first regulation of a path (for the evidence link)
    // only the review's own positive regulations, and paths of at most MAX_HOPS steps: a shortcut is a
    // cascade spelt out elsewhere (IL-6 → gp130 → JAK → pY705), not a long way round a feedback loop
    const usable = (r: Regulation) => r !== skipReg && r.sign === 1 && !r.assumption;
    const first = new Map<string, Regulation>();
    const depth = new Map<string, number>();
    const queue: string[] = [];
    for (const r of alive) {
      if (!usable(r) || r.source !== from) continue;
      if (!first.has(r.target)) {
        first.set(r.target, r);
        depth.set(r.target, 1);
        queue.push(r.target);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const x = queue[q];
      if (x === to) return first.get(x);
      const d = depth.get(x) as number;
      if (d >= MAX_HOPS) continue;
      for (const r of alive) {
        if (!usable(r) || r.source !== x || first.has(r.target) || r.target === from) continue;
        first.set(r.target, first.get(x) as Regulation);
        depth.set(r.target, d + 1);
        queue.push(r.target);
      }
    }
    return undefined;
  };
  for (const r of list) {
    if (r.sign !== 1 || r.required || r.assumption) continue;
    const via = reachableAvoiding(r.source, r.target, r);
    if (via) {
      alive.delete(r);
      for (const ev of r.evidence) {
        via.evidence.push({
          ...ev,
          reading: `${ev.reading ? `${ev.reading}; ` : ""}stated as ${r.source} → ${r.target}, realised via ${via.source} → ${via.target} → … → ${r.target}`,
        });
      }
    }
  }
  const regulations = list.filter((r) => alive.has(r));

  // 4. logic
  const index = new Map(NODES.map((n, i) => [n.name, i]));
  const ref = (name: string): logical.LExpr => ({ k: "node", i: index.get(name) as number });
  const nodes: logical.LogicalNode[] = NODES.map((spec, i) => {
    const incoming = regulations.filter((r) => r.target === spec.name);
    let logic: logical.LExpr;
    if (spec.constant !== undefined) logic = { k: "num", v: spec.constant };
    else if (incoming.length === 0) logic = { k: "node", i };
    else {
      const req = incoming.filter((r) => r.required).map((r) => ref(r.source));
      const act = incoming.filter((r) => !r.required && r.sign === 1).map((r) => ref(r.source));
      const inh = incoming.filter((r) => r.sign === -1).map((r) => ref(r.source));
      const parts: logical.LExpr[] = [...req];
      if (act.length) parts.push(logical.or(...act));
      if (inh.length) parts.push({ k: "not", a: logical.or(...inh) });
      logic = logical.and(...parts);
    }
    const ev = incoming
      .map(
        (r) =>
          `${r.sign === 1 ? (r.required ? "requires" : "+") : "-"} ${r.source}: ${r.assumption ? `assumption — ${r.assumption}` : `${r.evidence.map((e) => e.interaction).join(", ")} (refs ${[...new Set(r.evidence.flatMap((e) => e.refs))].sort((a, b) => a - b).join(",") || "none"})`}`,
      )
      .join("\n");
    return { name: spec.name, logic, notes: `${spec.description}${ev ? `\n${ev}` : ""}` };
  });
  const network: logical.LogicalNetwork = { nodes, parameters: {}, format: "code", maxDelay: 0 };
  return { network, nodes: NODES, regulations, unmapped };
}

/** The KB's own interactions for Fig. 1 and Fig. 2 (legend sentences or sentences pointing to them). */
export function figureInteractions(kb: KnowledgeBase | Kb): Interaction[] {
  return kb.interactions.filter(
    (i) =>
      i.evidence?.section === "fig1_legend" ||
      i.evidence?.section === "fig2_legend" ||
      (i.evidence?.figures ?? []).some((f) => f === "fig1" || f === "fig2"),
  );
}
