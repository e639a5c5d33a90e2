/**
 * `stat3 kb …` — the review's knowledge base from the command line: search, show, targets by hallmark
 * (Table 1), drugs by class (Table 2), cells (Fig. 2), export (JSON/CSV/SIF/GraphML), the completeness
 * check against the review's text, and the generated documentation. Every query takes `--json` for
 * scripting; the text form is for people. Formatting functions are exported so tests call them
 * directly; the actions only print.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type CellRow,
  CSV_TABLES,
  causalCoverage,
  checkCompleteness,
  type EntityView,
  EXPORT_FORMATS,
  exportKb,
  generateDocs,
  type InhibitorRow,
  type Interaction,
  type Kb,
  loadKb,
  type SearchResult,
  type TargetRow,
} from "@stat3/stat3";
import type { Command } from "commander";

const out = (s: string): void => {
  process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);
};
const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
const refs = (r: number[]): string => (r.length ? `(${r.join(", ")})` : "");

export function formatInteraction(kb: Kb, i: Interaction): string {
  const head = `${i.id}  ${kb.name(i.source)} —${i.type.replace(/_/g, " ")}→ ${kb.name(i.target)}`;
  const tags = [
    i.negative ? "negative" : "",
    i.mode && i.mode !== "direct" ? i.mode.replace("_", " ") : "",
    i.context?.length ? `in ${i.context.map((c) => kb.name(c)).join(", ")}` : "",
  ].filter(Boolean);
  const ev = i.evidence
    ? `    [${i.evidence.section}] ${refs(i.evidence.refs)} “${i.evidence.sentence}”`
    : `    [outside ${i.outside!.tag}] ${i.outside!.statement} — ${i.outside!.source}`;
  return `${head}${tags.length ? `  [${tags.join("; ")}]` : ""}\n${ev}`;
}

export function formatSearch(kb: Kb, r: SearchResult): string {
  const lines: string[] = [];
  if (r.entities.length === 0 && r.interactions.length === 0) return `no match for "${r.query}"`;
  for (const h of r.entities)
    lines.push(
      `${h.entity.id.padEnd(28)} ${h.entity.type.padEnd(20)} ${h.entity.name}${h.field === "synonym" ? "  (synonym)" : ""}`,
    );
  if (r.interactions.length) {
    lines.push("", `sentences mentioning "${r.query}":`);
    for (const i of r.interactions) lines.push(formatInteraction(kb, i));
  }
  return lines.join("\n");
}

export function formatShow(kb: Kb, v: EntityView): string {
  const e = v.entity;
  const x = e.xrefs ?? {};
  const lines = [
    `${e.name}  [${e.id}, ${e.type}]${e.outside ? `  (outside the review: ${e.outside.source} [${e.outside.tag}])` : ""}`,
  ];
  if (e.synonyms.length) lines.push(`synonyms: ${e.synonyms.join(", ")}`);
  const ids = Object.entries(x).map(([k, val]) => `${k} ${val}`);
  if (ids.length) lines.push(`identifiers: ${ids.join("; ")}`);
  if (e.description) lines.push(e.description);
  if (e.partOf) lines.push(`part of: ${e.partOf}`);
  if (v.parts.length) lines.push(`parts: ${v.parts.join(", ")}`);
  if (e.members?.length) lines.push(`members: ${e.members.join(", ")}`);
  if (v.memberOf.length) lines.push(`member of: ${v.memberOf.join(", ")}`);
  for (const r of v.table1)
    lines.push(`Table 1: ${r.hallmark} ${r.direction} — ${r.context} ${refs(r.refs)}`);
  for (const r of v.table2)
    lines.push(
      `Table 2: ${kb.name(r.drug)} (${r.class}) → ${kb.name(r.target)}: ${r.mechanism} ${refs(r.refs)}`,
    );
  for (const r of v.fig2) lines.push(`Fig. 2: ${r.effects.join("; ")} ${refs(r.refs)}`);
  const block = (title: string, list: Interaction[]): void => {
    if (list.length === 0) return;
    lines.push("", `${title} (${list.length}):`);
    for (const i of list) lines.push(formatInteraction(kb, i));
  };
  block("acts on", v.outgoing);
  block("acted on by", v.incoming);
  block("named as context or intermediary in", v.inContext);
  return lines.join("\n");
}

export function formatTargets(kb: Kb, rows: TargetRow[]): string {
  return rows
    .map(
      (r) =>
        `${r.hallmark.padEnd(24)} ${kb.name(r.gene).padEnd(28)} ${r.direction.padEnd(10)} ${refs(r.refs).padEnd(18)} ${r.context}`,
    )
    .join("\n");
}

export function formatDrugs(kb: Kb, rows: InhibitorRow[]): string {
  const lines: string[] = [];
  for (const r of rows) {
    lines.push(
      `${kb.name(r.drug).padEnd(26)} ${r.class.padEnd(13)} → ${kb.name(r.target).padEnd(26)} ${refs(r.refs)}${r.inReview ? "" : "  [outside the review]"}`,
    );
    lines.push(`    ${r.mechanism}`);
    for (const p of r.outside?.potency ?? [])
      lines.push(`    potency [${p.source.tag}]: ${p.text} — ${p.source.source}`);
    if (r.outside?.clinicalStatus)
      lines.push(
        `    clinical status [${r.outside.clinicalStatus.source.tag}]: ${r.outside.clinicalStatus.text}`,
      );
  }
  return lines.join("\n");
}

export function formatCells(kb: Kb, rows: CellRow[]): string {
  return rows
    .map((r) => `${kb.name(r.cell).padEnd(34)} ${r.role.padEnd(18)} ${r.effects.join("; ")} ${refs(r.refs)}`)
    .join("\n");
}

async function writeOrPrint(text: string, file?: string): Promise<void> {
  if (file) {
    await writeFile(file, text, "utf8");
    process.stderr.write(`wrote ${file}\n`);
  } else process.stdout.write(text);
}

export function registerKb(program: Command): void {
  const kbCmd = program
    .command("kb")
    .description("query the review's knowledge base (entities, interactions, Table 1, Table 2, Fig. 2)");

  kbCmd
    .command("search")
    .description("find entities by name or synonym, and sentences mentioning TEXT")
    .argument("<text>", "name, synonym or words of a sentence")
    .option("--limit <n>", "maximum hits of each kind", "25")
    .option("--json", "machine-readable output")
    .action((text: string, o: { json?: boolean; limit: string }) => {
      const kb = loadKb();
      const r = kb.search(text, Number(o.limit));
      out(o.json ? json(r) : formatSearch(kb, r));
    });

  kbCmd
    .command("show")
    .description("everything the base holds about one entity (by id or name), with the review's sentences")
    .argument("<id>", 'entity id (e.g. stat3, cell_dc) or a name/synonym (e.g. "PD-L1")')
    .option("--json", "machine-readable output")
    .action((id: string, o: { json?: boolean }) => {
      const kb = loadKb();
      const v = kb.show(id);
      out(o.json ? json(v) : formatShow(kb, v));
    });

  kbCmd
    .command("targets")
    .description("Table 1: STAT3 target genes, optionally for one hallmark")
    .option(
      "--hallmark <h>",
      "proliferation | angiogenesis | invasion | immune | stemness (or the full names)",
    )
    .option("--json", "machine-readable output")
    .action((o: { hallmark?: string; json?: boolean }) => {
      const kb = loadKb();
      const rows = kb.targets(o.hallmark);
      out(o.json ? json(rows) : formatTargets(kb, rows));
    });

  kbCmd
    .command("drugs")
    .description("Table 2: inhibitors, optionally of one class")
    .option("--class <c>", "sh2 | dbd | rtk | jak | src | other | upstream | direct")
    .option("--review-only", "leave out the examples brought in from outside the review")
    .option("--json", "machine-readable output")
    .action((o: { class?: string; reviewOnly?: boolean; json?: boolean }) => {
      const kb = loadKb();
      const rows = kb.drugs(o.class, o.reviewOnly ?? false);
      out(o.json ? json(rows) : formatDrugs(kb, rows));
    });

  kbCmd
    .command("cells")
    .description("Fig. 2: what STAT3 activation does in each cell type of the tumour microenvironment")
    .option("--json", "machine-readable output")
    .action((o: { json?: boolean }) => {
      const kb = loadKb();
      const rows = kb.cells();
      out(o.json ? json(rows) : formatCells(kb, rows));
    });

  kbCmd
    .command("export")
    .description("export the base")
    .requiredOption("--format <f>", EXPORT_FORMATS.join(" | "))
    .option("--table <t>", `for CSV: ${CSV_TABLES.join(" | ")}`, "interactions")
    .option("--out <file>", "write to a file instead of stdout")
    .action(async (o: { format: string; table: string; out?: string }) => {
      const kb = loadKb();
      await writeOrPrint(exportKb(kb, o.format, { table: o.table as (typeof CSV_TABLES)[number] }), o.out);
    });

  kbCmd
    .command("check")
    .description(
      "completeness against the review's text: named things the base lacks, causal sentences without interactions",
    )
    .requiredOption("--review <file>", "the review's plain text (shared/seed/000_bf640c73cefc563f.txt)")
    .option("--json", "machine-readable output")
    .action(async (o: { review: string; json?: boolean }) => {
      const kb = loadKb();
      let text: string;
      try {
        text = await readFile(o.review, "utf8");
      } catch {
        throw new Error(`cannot read review text ${o.review}`);
      }
      const c = checkCompleteness(kb.data, text);
      const cov = causalCoverage(kb.data, text);
      if (o.json) out(json({ completeness: c, coverage: cov }));
      else {
        out(
          `entities found in the text: ${c.entitiesFound}; name-like tokens examined: ${c.candidates}; misses: ${c.misses.length}; ` +
            `causal sentences: ${cov.causal} (${cov.covered} with interactions, ${cov.uncovered.length} uncovered)`,
        );
        for (const m of c.misses) out(`miss: ${m.token}  [${m.section}] …${m.context}…`);
        for (const id of c.entitiesNotFound) out(`entity not found in the text: ${id}`);
        for (const u of cov.uncovered) out(`uncovered causal sentence [${u.section}]: ${u.text}`);
      }
      if (c.misses.length || c.entitiesNotFound.length || cov.uncovered.length) process.exitCode = 1;
    });

  kbCmd
    .command("docs")
    .description("regenerate the knowledge-base documentation (markdown + SVG maps)")
    .option("--out <dir>", "output directory", "docs/kb")
    .action(async (o: { out: string }) => {
      const kb = loadKb();
      await mkdir(o.out, { recursive: true });
      for (const [name, content] of Object.entries(generateDocs(kb))) {
        await writeFile(join(o.out, name), content, "utf8");
        process.stderr.write(`wrote ${join(o.out, name)}\n`);
      }
    });
}
