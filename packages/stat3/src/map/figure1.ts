/**
 * Fig. 1 of the review ("STAT3 signaling in cancer") generated from the knowledge base: ligands bind
 * their receptors, receptor-associated and non-receptor kinases phosphorylate STAT3 on Y705, pSTAT3
 * dimerises through SH2–pY, enters the nucleus, binds DNA and drives the Table 1 target genes grouped by
 * hallmark; the inhibitor classes of Table 2 attack the receptor, the kinases, the SH2-mediated
 * dimerisation and DNA binding. Only what the review states is drawn; each element lists the
 * interactions (sentences, references) behind it.
 */
import type { Kb } from "../kb/kb.js";
import type { Hallmark, Interaction } from "../kb/types.js";
import { gridGroup, layoutLayered, sizeNode } from "./layout.js";
import type { ArcKind, MapArc, MapGraph, MapNode } from "./types.js";

/** Processes of the knowledge base that make up each hallmark phenotype. */
export const HALLMARK_PROCESSES: Record<Hallmark, string[]> = {
  proliferation_survival: ["proc_proliferation", "proc_survival", "proc_apoptosis", "proc_cell_cycle"],
  angiogenesis: ["proc_angiogenesis"],
  invasion_metastasis: ["proc_invasion", "proc_migration", "proc_metastasis", "proc_emt"],
  immune_evasion: [
    "proc_immunosurveillance",
    "proc_nk_function",
    "proc_immune_tolerance",
    "proc_immunosuppression",
  ],
  stemness: ["proc_self_renewal", "cell_csc"],
};

export const HALLMARK_TITLES: Record<Hallmark, string> = {
  proliferation_survival: "Proliferation & survival",
  angiogenesis: "Angiogenesis",
  invasion_metastasis: "Invasion & migration",
  immune_evasion: "Immune evasion",
  stemness: "Cancer stem cells",
};

/** Helpers shared by both figures: evidence lookup and element constructors. */
export class MapBuilder {
  readonly nodes: MapNode[] = [];
  readonly arcs: MapArc[] = [];
  constructor(readonly kb: Kb) {}

  /** Interactions matching a predicate, as ids, and the union of their references. */
  evidence(pred: (i: Interaction) => boolean): { evidence: string[]; refs: number[] } {
    const ix = this.kb.interactions.filter(pred);
    const refs = new Set<number>();
    for (const i of ix) for (const r of i.evidence?.refs ?? []) refs.add(r);
    return { evidence: ix.map((i) => i.id), refs: [...refs].sort((a, b) => a - b) };
  }

  /** Interactions between any of `sources` and any of `targets` (optionally of some types). */
  between(sources: string[], targets: string[], types?: string[]): { evidence: string[]; refs: number[] } {
    return this.evidence(
      (i) => sources.includes(i.source) && targets.includes(i.target) && (!types || types.includes(i.type)),
    );
  }

  node(n: Omit<MapNode, "evidence" | "refs"> & Partial<Pick<MapNode, "evidence" | "refs">>): MapNode {
    const full: MapNode = { evidence: [], refs: [], ...n };
    this.nodes.push(full);
    return full;
  }

  arc(
    source: string,
    target: string,
    kind: ArcKind,
    ev: { evidence: string[]; refs: number[] },
    label?: string,
  ): MapArc {
    const a: MapArc = { id: `${source}->${target}`, source, target, kind, ...ev };
    if (label) a.label = label;
    this.arcs.push(a);
    return a;
  }
}

export function buildFigure1(kb: Kb): MapGraph {
  const b = new MapBuilder(kb);
  const name = (id: string): string => kb.name(id);
  const involving = (id: string) => b.evidence((i) => i.source === id || i.target === id);

  // ligands and receptors (the pairs the review names)
  const pairs: [string, string][] = [
    ["il6", "il6st"],
    ["egf", "egfr"],
    ["vegf", "kdr"],
  ];
  for (const [l, r] of pairs) {
    b.node({
      id: l,
      glyph: "macromolecule",
      label: [name(l)],
      entity: l,
      band: "extracellular",
      ...b.between([l], [r, "stat3"]),
    });
    b.node({
      id: r,
      glyph: "macromolecule",
      label: [name(r)],
      entity: r,
      band: "membrane",
      info: "receptor",
      ...b.between([r], ["stat3", "stat3_py705", "jak"]),
    });
    b.arc(l, r, "stimulation", b.between([l, "ligand"], [r, "receptor"]));
  }
  // kinases
  b.node({
    id: "jak",
    glyph: "macromolecule",
    label: ["JAK"],
    entity: "jak",
    info: "JAK1",
    band: "cytoplasm",
    ...involving("jak"),
  });
  b.node({
    id: "src",
    glyph: "macromolecule",
    label: ["Src"],
    entity: "src",
    band: "cytoplasm",
    ...involving("src"),
  });
  b.node({
    id: "abl1",
    glyph: "macromolecule",
    label: ["Abl"],
    entity: "abl1",
    band: "cytoplasm",
    ...involving("abl1"),
  });
  b.arc("il6st", "jak", "stimulation", b.between(["il6st"], ["jak"]));

  // the STAT3 cycle
  b.node({
    id: "stat3",
    glyph: "macromolecule",
    label: ["STAT3"],
    entity: "stat3",
    state: "Y705",
    info: "SH2 · DBD",
    band: "cytoplasm",
    ...b.between(["upstream_kinases", "rtk", "nrtk", "ligand"], ["stat3"]),
  });
  b.node({
    id: "stat3_py705",
    glyph: "macromolecule",
    label: ["STAT3"],
    entity: "stat3_py705",
    state: "pY705",
    band: "cytoplasm",
    ...involving("stat3_py705"),
  });
  b.node({
    id: "stat3_dimer",
    glyph: "complex",
    label: ["pSTAT3 dimer"],
    entity: "stat3_dimer",
    band: "cytoplasm",
    ...involving("stat3_dimer"),
  });
  b.node({
    id: "stat3_nuclear",
    glyph: "complex",
    label: ["pSTAT3 dimer"],
    entity: "stat3_nuclear",
    band: "nucleus",
    ...involving("stat3_nuclear"),
  });
  b.node({
    id: "stat3_dna_bound",
    glyph: "complex",
    label: ["pSTAT3 dimer : DNA"],
    entity: "stat3_dna_bound",
    info: "promoter",
    band: "nucleus",
    ...involving("stat3_dna_bound"),
  });
  const steps: [string, string, string, string][] = [
    ["p_phos", "stat3", "stat3_py705", "P"],
    ["p_dimer", "stat3_py705", "stat3_dimer", "SH2"],
    ["p_import", "stat3_dimer", "stat3_nuclear", "import"],
    ["p_dna", "stat3_nuclear", "stat3_dna_bound", "DBD"],
  ];
  const stepEvidence: Record<string, { evidence: string[]; refs: number[] }> = {
    p_phos: b.evidence((i) => i.target === "stat3_py705" && i.type === "phosphorylates"),
    p_dimer: b.evidence((i) => i.target === "stat3_dimer"),
    p_import: b.evidence((i) => i.target === "stat3_nuclear"),
    p_dna: b.evidence((i) => i.target === "stat3_dna_bound"),
  };
  for (const [id, s, t, label] of steps) {
    b.node({ id, glyph: "process", label: [label], on: { source: s, target: t }, ...stepEvidence[id]! });
    b.arc(s, id, "consumption", stepEvidence[id]!);
    b.arc(id, t, "production", stepEvidence[id]!);
  }
  for (const k of ["jak", "src", "abl1", "egfr", "kdr"])
    b.arc(k, "p_phos", "catalysis", b.between([k], ["stat3", "stat3_py705"]));

  // Table 1 target groups (genes the review says STAT3 itself regulates) and hallmark phenotypes
  const stated = (ids: string[]): boolean =>
    ids.some((id) => kb.interactions.find((i) => i.id === id)?.source !== "cell_tumour");
  for (const [h, title] of Object.entries(HALLMARK_TITLES) as [Hallmark, string][]) {
    const rows = kb.targets(h).filter((r) => stated(r.interactions));
    const gid = `group_${h}`;
    const group = b.node({
      id: gid,
      glyph: "group",
      label: [title],
      band: "nucleus",
      ...b.evidence((i) => rows.some((r) => r.interactions.includes(i.id))),
    });
    const children: MapNode[] = [];
    for (const r of rows) {
      const arrow = r.direction === "down" ? "↓\u00a0" : "";
      const label =
        r.gene === "proinflammatory_cytokines"
          ? "pro-inflammatory cytokines"
          : r.gene === "cam"
            ? "CAMs"
            : name(r.gene);
      children.push(
        b.node({
          id: `gene_${h}_${r.gene}`,
          glyph: "gene",
          label: [`${arrow}${label}`],
          entity: r.gene,
          parent: gid,
          tone: r.direction === "down" ? "down" : r.direction === "up" ? "up" : "neutral",
          ...b.evidence((i) => r.interactions.includes(i.id)),
        }),
      );
    }
    for (const c of children) sizeNode(c, 120);
    gridGroup(group, children, 2);
    b.arc(
      "stat3_dna_bound",
      gid,
      "stimulation",
      b.evidence(
        (i) =>
          i.source === "stat3_dna_bound" ||
          (i.source === "stat3_nuclear" && i.target === "stat3_target_genes"),
      ),
    );
    const hid = `hallmark_${h}`;
    b.node({
      id: hid,
      glyph: "phenotype",
      label: [title],
      entity: hid,
      band: "phenotype",
      ...involving(hid),
    });
    // evidence: the group's genes (or a family holding them) acting on the hallmark or its processes
    const genes = new Set(rows.map((r) => r.gene));
    const families = kb.entities.filter((e) => (e.members ?? []).some((m) => genes.has(m))).map((e) => e.id);
    const sources = new Set([...genes, ...families]);
    const targets = new Set([hid, ...HALLMARK_PROCESSES[h]]);
    b.arc(
      gid,
      hid,
      "stimulation",
      b.evidence(
        (i) => targets.has(i.target) && (sources.has(i.source) || (i.via ?? []).some((v) => sources.has(v))),
      ),
    );
  }

  // inhibitor classes of Table 2, beside what they attack
  const classNode = (id: string, title: string, drugs: string[], anchor: string, target: string): void => {
    const list = drugs.map((d) => name(d)).join(", ");
    const ev = b.evidence((i) => drugs.includes(i.source) && i.evidence !== undefined);
    b.node({
      id,
      glyph: "drug",
      label: list && list !== title ? [title, list] : [title],
      members: drugs,
      anchor,
      ...ev,
    });
    b.arc(id, target, "inhibition", ev);
  };
  const inReview = (cls: string): string[] => kb.drugs(cls, true).map((r) => r.drug);
  classNode("inh_rtk", "RTK inhibitors", inReview("upstream_rtk"), "egfr", "egfr");
  classNode("inh_jak", "JAK inhibitors", inReview("upstream_jak"), "jak", "jak");
  classNode("inh_src", "Src inhibitors", inReview("upstream_src"), "src", "src");
  classNode("inh_sh2", "SH2-domain inhibitors", inReview("sh2"), "p_dimer", "p_dimer");
  classNode("inh_dbd", "DNA-binding-domain inhibitors", inReview("dbd"), "p_dna", "p_dna");
  classNode("inh_other", "Other STAT3 inhibitors", inReview("other"), "p_phos", "p_phos");

  for (const n of b.nodes) if (!n.parent && n.glyph !== "group") sizeNode(n, n.glyph === "drug" ? 230 : 250);
  const g: MapGraph = {
    figure: 1,
    title: "Fig. 1 — STAT3 signalling in cancer",
    subtitle: `Generated from the knowledge base of the review (${kb.interactions.length} interactions); arrows carry the review's references`,
    nodes: b.nodes,
    arcs: b.arcs,
    regions: [],
    width: 0,
    height: 0,
  };
  layoutLayered(g, {
    bands: ["extracellular", "membrane", "cytoplasm", "nucleus", "phenotype"],
    margin: 28,
    rowGap: 46,
    colGap: 26,
    bandGap: 34,
    top: 96,
    minWidth: 1200,
  });
  return g;
}
