/**
 * Documentation generated from the knowledge base: markdown pages (overview with Table 1, Table 2 and
 * Fig. 2; entities; interactions with their evidence) and the two maps as SVG. Returns file name →
 * content; the caller writes them (the CLI: `stat3 kb docs --out docs/kb`). Nothing here is written by
 * hand, so the pages cannot drift from the base.
 */
import { figureSvg } from "../map/figures.js";
import type { Kb } from "./kb.js";
import { SECTIONS } from "./text.js";
import { DRUG_CLASSES, type DrugClass, HALLMARKS, type Hallmark, type Interaction } from "./types.js";

export const REGENERATE_COMMAND = "npm run build && node packages/cli/dist/main.js kb docs --out docs/kb";
export const REGENERATE_COMMAND_SOURCE =
  "node --conditions=source --import tsx packages/cli/src/main.ts kb docs --out docs/kb";

const HALLMARK_NAMES: Record<Hallmark, string> = {
  proliferation_survival: "Proliferation and survival",
  angiogenesis: "Angiogenesis",
  invasion_metastasis: "Invasion, migration and metastasis (EMT)",
  immune_evasion: "Immune evasion",
  stemness: "Cancer stemness",
};
const CLASS_NAMES: Record<DrugClass, string> = {
  sh2: "SH2 domain (direct)",
  dbd: "DNA-binding domain (direct)",
  upstream_rtk: "Upstream: receptor tyrosine kinase (EGFR)",
  upstream_jak: "Upstream: JAK",
  upstream_src: "Upstream: Src",
  other: "Other (inhibit STAT3 activation; target not stated)",
};

/** Escape a table cell. */
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const refs = (r: number[]): string => (r.length ? r.join(", ") : "–");

function header(title: string): string {
  return [
    `# ${title}`,
    "",
    "<!-- generated from the knowledge base (packages/stat3/src/kb); do not edit by hand -->",
    `_Generated from the knowledge base of the review. Regenerate with \`${REGENERATE_COMMAND_SOURCE}\`._`,
    "",
  ].join("\n");
}

function overview(kb: Kb): string {
  const r = kb.data.review;
  const out: string[] = [header("STAT3 review — knowledge base")];
  const inReview = kb.entities.filter((e) => !e.outside);
  const stated = kb.interactions.filter((i) => i.evidence);
  out.push(
    "## The review",
    "",
    `${r.title}. File \`${r.file}\` (${r.sha}). ${r.note}`,
    "",
    "References below are the review's own numbers (1–" +
      r.referenceCount +
      "); facts from outside the review are marked " +
      "**[outside]** with their source and provenance tag from `shared/reference/stat3-facts.md` " +
      "([V] read in a public source, [C] computed from one, [R] as commonly reported, not re-checked).",
    "",
    "## Contents",
    "",
    `- [Entities](entities.md): ${kb.entities.length} (${inReview.length} named in the review, ${kb.entities.length - inReview.length} from outside)`,
    `- [Interactions with evidence](interactions.md): ${kb.interactions.length} (${stated.length} from the review's sentences, ${kb.interactions.length - stated.length} from outside)`,
    `- Table 1 (${kb.data.table1.length} rows), Table 2 (${kb.data.table2.length} rows), Fig. 2 (${kb.data.fig2.length} cell types): below`,
    "- Maps: [Fig. 1](fig1.svg), [Fig. 2](fig2.svg)",
    "",
    "## Fig. 1 — STAT3 signalling in cancer",
    "",
    "![Fig. 1 generated from the knowledge base](fig1.svg)",
    "",
    "## Table 1 — the target genes of STAT3 (reconstructed)",
    "",
    "The review prints only the caption; rows come from the text and the Fig. 1 legend. Direction: up, down, or " +
      '"regulated" where the review gives none.',
    "",
  );
  for (const h of HALLMARKS) {
    out.push(
      `### ${HALLMARK_NAMES[h]}`,
      "",
      "| Gene | HGNC | Direction | Context | Fig. 1 | Refs | Evidence |",
      "|---|---|---|---|---|---|---|",
    );
    for (const row of kb.targets(h)) {
      const e = kb.entity(row.gene)!;
      out.push(
        `| [${cell(e.name)}](entities.md#${e.id}) | ${e.xrefs?.hgnc ?? ""} | ${row.direction} | ${cell(row.context)} | ${row.inFig1 ? "yes" : ""} | ${refs(row.refs)} | ${row.interactions.map((id) => `[${id}](interactions.md#${anchor(id)})`).join(", ")} |`,
      );
    }
    out.push("");
  }
  out.push(
    "## Table 2 — small-molecule inhibitors directly / indirectly targeting STAT3 (reconstructed)",
    "",
    "Mechanism as the review states it; potencies and clinical status **[outside]** the review, each with its source and tag.",
    "",
  );
  for (const c of DRUG_CLASSES) {
    const rows = kb.drugs(c);
    if (rows.length === 0) continue;
    out.push(
      `### ${CLASS_NAMES[c]}`,
      "",
      "| Inhibitor | Target | Mechanism (review) | Refs | Potency [outside] | Clinical status [outside] |",
      "|---|---|---|---|---|---|",
    );
    for (const row of rows) {
      const e = kb.entity(row.drug)!;
      const pot = (row.outside?.potency ?? [])
        .map((p) => `${p.text} [${p.source.tag}: ${p.source.source}]`)
        .join("; ");
      const cs = row.outside?.clinicalStatus;
      const extra = [row.outside?.mechanismDetail, row.outside?.caveat]
        .filter(Boolean)
        .map((m) => ` [outside: ${m!.text} — ${m!.source.tag}]`)
        .join("");
      out.push(
        `| [${cell(e.name)}](entities.md#${e.id})${row.inReview ? "" : " **[outside]**"} | ${cell(kb.name(row.target))} | ${cell(row.mechanism + extra)} | ${refs(row.refs)} | ${cell(pot)} | ${cs ? cell(`${cs.text} [${cs.source.tag}]`) : ""} |`,
      );
    }
    out.push("");
  }
  out.push(
    "## Fig. 2 — STAT3 in the cells of the tumour microenvironment",
    "",
    "![Fig. 2 generated from the knowledge base](fig2.svg)",
    "",
    "| Cell type | Cell Ontology | Role | What STAT3 activation does | Refs | Evidence |",
    "|---|---|---|---|---|---|",
  );
  for (const row of kb.cells()) {
    const e = kb.entity(row.cell)!;
    out.push(
      `| [${cell(e.name)}](entities.md#${e.id}) | ${e.xrefs?.cl ?? ""} | ${row.role.replace("_", "-")} | ${cell(row.effects.join("; "))} | ${refs(row.refs)} | ${row.interactions.map((id) => `[${id}](interactions.md#${anchor(id)})`).join(", ")} |`,
    );
  }
  out.push("");
  return out.join("\n");
}

function entities(kb: Kb): string {
  const out: string[] = [header("Entities")];
  const types = [...new Set(kb.entities.map((e) => e.type))];
  for (const t of types) {
    out.push(
      `## ${t.replace(/_/g, " ")}`,
      "",
      "| Id | Name | Synonyms (as in the review first) | Identifiers | Notes |",
      "|---|---|---|---|---|",
    );
    for (const e of kb.entities.filter((x) => x.type === t)) {
      const x = e.xrefs ?? {};
      const ids = [
        x.hgnc && `HGNC ${x.hgnc}`,
        x.uniprot && `UniProt [${x.uniprot}](https://www.uniprot.org/uniprotkb/${x.uniprot})`,
        x.chebi && x.chebi,
        x.pubchem && `PubChem CID ${x.pubchem}`,
        x.cl && x.cl,
      ].filter(Boolean);
      const notes = [
        e.description,
        e.partOf && `part of ${e.partOf}`,
        e.members?.length && `members: ${e.members.join(", ")}`,
        e.implied && `implied: ${e.implied}`,
        e.outside && `**[outside]** ${e.outside.source} [${e.outside.tag}]`,
      ].filter(Boolean);
      out.push(
        `| <a id="${e.id}"></a>\`${e.id}\` | ${cell(e.name)} | ${cell(e.synonyms.join(", "))} | ${ids.join("; ")} | ${cell(notes.join(". "))} |`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}

/** Markdown-safe anchor of an interaction id. */
export function anchor(id: string): string {
  return id.replace(/[^a-z0-9_-]/gi, "-").toLowerCase();
}

function interactionLine(kb: Kb, i: Interaction): string {
  const arrow = `${kb.name(i.source)} —${i.type.replace(/_/g, " ")}→ ${kb.name(i.target)}`;
  const bits = [
    i.mode && i.mode !== "direct" ? `mode: ${i.mode.replace("_", " ")}` : "",
    i.negative ? "negative statement" : "",
    i.context?.length ? `context: ${i.context.map((c) => kb.name(c)).join(", ")}` : "",
    i.via?.length ? `via: ${i.via.map((c) => kb.name(c)).join(", ")}` : "",
    i.note ? `note: ${i.note}` : "",
  ].filter(Boolean);
  return `| <a id="${anchor(i.id)}"></a>\`${i.id}\` | ${cell(arrow)} | ${refs(i.evidence?.refs ?? [])} | ${cell(bits.join("; "))} |`;
}

function interactions(kb: Kb): string {
  const out: string[] = [header("Interactions with their evidence")];
  out.push(
    "Each sentence is quoted from the review (whitespace and PDF line breaks normalised); the interactions read from it follow.",
    "",
  );
  for (const s of SECTIONS) {
    const inSection = kb.interactions.filter((i) => i.evidence?.section === s.id);
    if (inSection.length === 0) continue;
    out.push(`## ${s.title}`, "");
    const sentences = [...new Set(inSection.map((i) => i.evidence!.sentence))];
    for (const sentence of sentences) {
      const ixs = inSection.filter((i) => i.evidence!.sentence === sentence);
      const ev = ixs[0]!.evidence!;
      out.push(`> ${sentence}`, "");
      if (ev.refsNote) out.push(`_References: ${ev.refsNote}._`, "");
      out.push("| Id | Interaction | Refs | Reading |", "|---|---|---|---|");
      for (const i of ixs) out.push(interactionLine(kb, i));
      out.push("");
    }
  }
  const outside = kb.interactions.filter((i) => i.outside);
  if (outside.length) {
    out.push(
      "## From outside the review",
      "",
      "| Id | Interaction | Statement | Source [tag] |",
      "|---|---|---|---|",
    );
    for (const i of outside)
      out.push(
        `| <a id="${anchor(i.id)}"></a>\`${i.id}\` | ${cell(`${kb.name(i.source)} —${i.type.replace(/_/g, " ")}→ ${kb.name(i.target)}`)} | ${cell(i.outside!.statement)} | ${cell(`${i.outside!.source} [${i.outside!.tag}]`)} |`,
      );
    out.push("");
  }
  return out.join("\n");
}

/** All documentation files, name → content. */
export function generateDocs(kb: Kb): Record<string, string> {
  return {
    "README.md": overview(kb),
    "entities.md": entities(kb),
    "interactions.md": interactions(kb),
    "fig1.svg": figureSvg(kb, 1, { linkBase: "entities.md" }),
    "fig2.svg": figureSvg(kb, 2, { linkBase: "entities.md" }),
  };
}
