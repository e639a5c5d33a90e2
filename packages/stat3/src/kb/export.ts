/**
 * Exports of the knowledge base as strings (the caller writes them): JSON (the whole base), CSV (one
 * table: interactions by default), SIF (Cytoscape's simple interaction format, one `source<TAB>type<TAB>
 * target` line per interaction) and GraphML (nodes and edges with their attributes and evidence).
 * Formats: JSON RFC 8259; CSV RFC 4180 (CRLF, quoted where needed); SIF as read by Cytoscape
 * (https://manual.cytoscape.org/en/stable/Supported_Network_File_Formats.html); GraphML 1.0
 * (http://graphml.graphdrawing.org/specification.html).
 */
import { EngineError, KbCodes } from "../messages.js";
import type { Kb } from "./kb.js";
import type { Interaction } from "./types.js";

export type ExportFormat = "json" | "csv" | "sif" | "graphml";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["json", "csv", "sif", "graphml"];
export type CsvTable = "interactions" | "entities" | "table1" | "table2" | "fig2";
export const CSV_TABLES: readonly CsvTable[] = ["interactions", "entities", "table1", "table2", "fig2"];

export interface ExportOptions {
  /** which table the CSV holds (default interactions) */
  table?: CsvTable;
}

export function exportKb(kb: Kb, format: string, options: ExportOptions = {}): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(kb.data, null, 2)}\n`;
    case "csv":
      return toCsv(kb, options.table ?? "interactions");
    case "sif":
      return toSif(kb);
    case "graphml":
      return toGraphml(kb);
    default:
      throw new EngineError(
        KbCodes.KB_BAD_FORMAT,
        `unknown export format "${format}"; use one of ${EXPORT_FORMATS.join(", ")}`,
      );
  }
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────────
function csvCell(v: unknown): string {
  const s = v === undefined || v === null ? "" : Array.isArray(v) ? v.join(";") : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function csvLines(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const provenance = (i: Interaction): string =>
  i.evidence ? "review" : `outside [${i.outside!.tag}] ${i.outside!.source}`;

function toCsv(kb: Kb, table: string): string {
  switch (table) {
    case "interactions":
      return csvLines(
        [
          "id",
          "source",
          "source_name",
          "type",
          "target",
          "target_name",
          "negative",
          "mode",
          "via",
          "context",
          "section",
          "refs",
          "sentence",
          "note",
          "provenance",
        ],
        kb.interactions.map((i) => [
          i.id,
          i.source,
          kb.name(i.source),
          i.type,
          i.target,
          kb.name(i.target),
          i.negative ? "true" : "",
          i.mode ?? "direct",
          i.via ?? [],
          i.context ?? [],
          i.evidence?.section ?? "",
          i.evidence?.refs ?? [],
          i.evidence?.sentence ?? i.outside?.statement ?? "",
          i.note ?? "",
          provenance(i),
        ]),
      );
    case "entities":
      return csvLines(
        [
          "id",
          "type",
          "name",
          "synonyms",
          "hgnc",
          "uniprot",
          "chebi",
          "pubchem",
          "cl",
          "compartment",
          "part_of",
          "members",
          "roles",
          "provenance",
        ],
        kb.entities.map((e) => [
          e.id,
          e.type,
          e.name,
          e.synonyms,
          e.xrefs?.hgnc,
          e.xrefs?.uniprot,
          e.xrefs?.chebi,
          e.xrefs?.pubchem,
          e.xrefs?.cl,
          e.compartment,
          e.partOf,
          e.members ?? [],
          e.roles ?? [],
          e.outside ? `outside [${e.outside.tag}] ${e.outside.source}` : "review",
        ]),
      );
    case "table1":
      return csvLines(
        ["hallmark", "gene", "name", "hgnc", "direction", "context", "refs", "in_fig1", "interactions"],
        kb.data.table1.map((r) => [
          r.hallmark,
          r.gene,
          kb.name(r.gene),
          kb.entity(r.gene)?.xrefs?.hgnc,
          r.direction,
          r.context,
          r.refs,
          r.inFig1,
          r.interactions,
        ]),
      );
    case "table2":
      return csvLines(
        [
          "class",
          "drug",
          "name",
          "mode",
          "target",
          "mechanism",
          "refs",
          "in_review",
          "outside_potency",
          "outside_clinical_status",
        ],
        kb.data.table2.map((r) => [
          r.class,
          r.drug,
          kb.name(r.drug),
          r.mode,
          kb.name(r.target),
          r.mechanism,
          r.refs,
          r.inReview,
          (r.outside?.potency ?? []).map((p) => `${p.text} [${p.source.tag}] (${p.source.source})`),
          r.outside?.clinicalStatus
            ? `${r.outside.clinicalStatus.text} [${r.outside.clinicalStatus.source.tag}]`
            : "",
        ]),
      );
    case "fig2":
      return csvLines(
        ["cell", "name", "cl", "role", "effects", "refs", "interactions"],
        kb.data.fig2.map((r) => [
          r.cell,
          kb.name(r.cell),
          kb.entity(r.cell)?.xrefs?.cl,
          r.role,
          r.effects,
          r.refs,
          r.interactions,
        ]),
      );
    default:
      throw new EngineError(
        KbCodes.KB_BAD_FORMAT,
        `unknown CSV table "${table}"; use one of ${CSV_TABLES.join(", ")}`,
      );
  }
}

// ── SIF ──────────────────────────────────────────────────────────────────────────────────────────
function toSif(kb: Kb): string {
  return kb.interactions.map((i) => `${i.source}\t${i.type}\t${i.target}\n`).join("");
}

// ── GraphML ──────────────────────────────────────────────────────────────────────────────────────
export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function toGraphml(kb: Kb): string {
  const nodeKeys = [
    "name",
    "type",
    "hgnc",
    "uniprot",
    "chebi",
    "pubchem",
    "cl",
    "compartment",
    "synonyms",
    "provenance",
  ];
  const edgeKeys = ["type", "negative", "mode", "section", "refs", "sentence", "context", "provenance"];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of nodeKeys) out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`);
  for (const k of edgeKeys) out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`);
  out.push(`  <graph id="${xmlEscape(kb.data.review.id)}" edgedefault="directed">`);
  const data = (prefix: string, k: string, v: unknown): string => {
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return "";
    const s = Array.isArray(v) ? v.join(";") : String(v);
    return `<data key="${prefix}_${k}">${xmlEscape(s)}</data>`;
  };
  for (const e of kb.entities) {
    const x = e.xrefs ?? {};
    out.push(
      `    <node id="${xmlEscape(e.id)}">` +
        data("n", "name", e.name) +
        data("n", "type", e.type) +
        data("n", "hgnc", x.hgnc) +
        data("n", "uniprot", x.uniprot) +
        data("n", "chebi", x.chebi) +
        data("n", "pubchem", x.pubchem) +
        data("n", "cl", x.cl) +
        data("n", "compartment", e.compartment) +
        data("n", "synonyms", e.synonyms) +
        data("n", "provenance", e.outside ? `outside [${e.outside.tag}] ${e.outside.source}` : "review") +
        "</node>",
    );
  }
  for (const i of kb.interactions) {
    out.push(
      `    <edge id="${xmlEscape(i.id)}" source="${xmlEscape(i.source)}" target="${xmlEscape(i.target)}">` +
        data("e", "type", i.type) +
        data("e", "negative", i.negative ? "true" : undefined) +
        data("e", "mode", i.mode) +
        data("e", "section", i.evidence?.section) +
        data("e", "refs", i.evidence?.refs) +
        data("e", "sentence", i.evidence?.sentence ?? i.outside?.statement) +
        data("e", "context", i.context) +
        data("e", "provenance", provenance(i)) +
        "</edge>",
    );
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
