/**
 * SVG emitter for laid-out maps: one string, no DOM, so it runs in Node, in a Worker or in the browser.
 * Glyphs are SBGN-like (see types.ts); arcs use SBGN arrowheads: stimulation (open triangle),
 * inhibition (bar), catalysis (open circle), production (filled triangle). Every node and arc is a
 * group with `data-entity`, `data-evidence` (interaction ids) and `data-refs` attributes and a <title>
 * quoting the review's sentences, so the picture links back to its evidence; with `linkBase` each
 * entity also links to its documentation anchor.
 */

import { xmlEscape as esc } from "../kb/export.js";
import type { Kb } from "../kb/kb.js";
import { FONT, LINE, SMALL } from "./layout.js";
import { textWidth } from "./text-metrics.js";
import type { MapArc, MapGraph, MapNode } from "./types.js";

export interface SvgOptions {
  /** documentation page entity anchors link to, e.g. "entities.md" (no link when absent) */
  linkBase?: string;
  /** draw the glyph legend under the map (default true) */
  legend?: boolean;
}

const FAMILY = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
const COLORS = {
  ink: "#1f2933",
  macro: ["#e4f0fb", "#2a5d8f"],
  complex: ["#e6f4e6", "#2e7d32"],
  geneUp: ["#fff4d1", "#8a6d00"],
  geneDown: ["#fde4e1", "#b23a2e"],
  geneNeutral: ["#f1f3f5", "#5c6670"],
  drug: ["#fdeaea", "#b03a2e"],
  pheno: ["#f3ecfb", "#6a3d9a"],
  group: ["#fffdf7", "#8c8c8c"],
  cellImmuno: ["#eef5fd", "#2a5d8f"],
  cellTumour: ["#fff3e6", "#c25e00"],
  cellBoth: ["#f6effa", "#7b3f98"],
  stim: "#2f7d32",
  inhib: "#b03a2e",
  neutral: "#4b5563",
};

const f = (n: number): string => (Math.round(n * 10) / 10).toString();

function tooltip(kb: Kb | undefined, title: string, evidence: string[], refs: number[]): string {
  const lines = [title];
  if (refs.length) lines.push(`Review refs: ${refs.join(", ")}`);
  if (kb) {
    const seen = new Set<string>();
    for (const id of evidence) {
      const i = kb.interactions.find((x) => x.id === id);
      const s =
        i?.evidence?.sentence ??
        (i?.outside ? `[outside, ${i.outside.tag}] ${i.outside.statement}` : undefined);
      if (s && !seen.has(s)) seen.add(s);
      if (seen.size >= 4) break;
    }
    for (const s of seen) lines.push(`“${s}”`);
    if (evidence.length > seen.size) lines.push(`(${evidence.length} interactions)`);
  }
  return `<title>${esc(lines.join("\n"))}</title>`;
}

function dataAttrs(entity: string | undefined, evidence: string[], refs: number[]): string {
  return (
    (entity ? ` data-entity="${esc(entity)}"` : "") +
    ` data-evidence="${esc(evidence.join(" "))}"` +
    (refs.length ? ` data-refs="${refs.join(",")}"` : "")
  );
}

function text(
  x: number,
  y: number,
  s: string,
  size: number,
  opts: { bold?: boolean; anchor?: string; fill?: string; italic?: boolean } = {},
): string {
  return `<text x="${f(x)}" y="${f(y)}" font-size="${size}"${opts.bold ? ' font-weight="bold"' : ""}${opts.italic ? ' font-style="italic"' : ""} text-anchor="${opts.anchor ?? "middle"}" fill="${opts.fill ?? COLORS.ink}">${esc(s)}</text>`;
}

function hexagon(x: number, y: number, w: number, h: number): string {
  const d = Math.min(14, h / 2);
  return `M${f(x + d)},${f(y)} H${f(x + w - d)} L${f(x + w)},${f(y + h / 2)} L${f(x + w - d)},${f(y + h)} H${f(x + d)} L${f(x)},${f(y + h / 2)} Z`;
}
function octagon(x: number, y: number, w: number, h: number, c = 10): string {
  return `M${f(x + c)},${f(y)} H${f(x + w - c)} L${f(x + w)},${f(y + c)} V${f(y + h - c)} L${f(x + w - c)},${f(y + h)} H${f(x + c)} L${f(x)},${f(y + h - c)} V${f(y + c)} Z`;
}
function geneShape(x: number, y: number, w: number, h: number, r = 9): string {
  return `M${f(x)},${f(y)} H${f(x + w)} V${f(y + h - r)} Q${f(x + w)},${f(y + h)} ${f(x + w - r)},${f(y + h)} H${f(x + r)} Q${f(x)},${f(y + h)} ${f(x)},${f(y + h - r)} Z`;
}

/** The glyph of one node (shape and its text), without the wrapping group. */
export function glyphSvg(n: MapNode): string {
  const x = n.x!;
  const y = n.y!;
  const w = n.w!;
  const h = n.h!;
  const out: string[] = [];
  const k = n.nameLines ?? 1;
  const names = n.label.slice(0, k);
  const name = names[0] ?? "";
  const rest = n.label.slice(k);
  const labelBlock = (top: number, color = COLORS.ink): void => {
    for (const [i, l] of names.entries())
      out.push(text(x + w / 2, top + FONT * 0.95 + i * FONT * LINE, l, FONT, { bold: true, fill: color }));
    const base = top + names.length * FONT * LINE;
    for (const [i, l] of rest.entries())
      out.push(text(x + w / 2, base + SMALL * (0.95 + i * LINE), l, SMALL, { fill: color }));
  };
  const vcenter = (): number => y + (h - (names.length * FONT * LINE + rest.length * SMALL * LINE)) / 2 + 2;
  switch (n.glyph) {
    case "macromolecule": {
      const [fill, stroke] = n.tone === "outside" ? ["#ffffff", "#7b8794"] : COLORS.macro;
      out.push(
        `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="10" fill="${fill}" stroke="${stroke}" stroke-width="1.8"${n.tone === "outside" ? ' stroke-dasharray="5 3"' : ""}/>`,
      );
      labelBlock(vcenter() + (n.state || n.info ? 3 : 0));
      break;
    }
    case "gene": {
      const [fill, stroke] =
        n.tone === "down" ? COLORS.geneDown : n.tone === "up" ? COLORS.geneUp : COLORS.geneNeutral;
      out.push(`<path d="${geneShape(x, y, w, h)}" fill="${fill}" stroke="${stroke}" stroke-width="1.4"/>`);
      const lh = (FONT - 1) * LINE;
      const y0 = y + h / 2 - (n.label.length * lh) / 2 + (FONT - 1) * 0.95;
      for (const [i, l] of n.label.entries())
        out.push(
          text(x + w / 2, y0 + i * lh, l, FONT - 1, {
            fill: n.tone === "down" ? COLORS.geneDown[1] : COLORS.ink,
          }),
        );
      break;
    }
    case "complex": {
      const [fill, stroke] = COLORS.complex;
      out.push(`<path d="${octagon(x, y, w, h)}" fill="${fill}" stroke="${stroke}" stroke-width="1.8"/>`);
      out.push(text(x + w / 2, y + FONT + 4, name, FONT, { bold: true }));
      // two STAT3 subunits, each with its pY705 state
      const sw = Math.min(64, (w - 30) / 2);
      const sy = y + FONT + 12;
      for (const k of [0, 1]) {
        const sx = x + w / 2 - sw - 4 + k * (sw + 8);
        out.push(
          `<rect x="${f(sx)}" y="${f(sy)}" width="${f(sw)}" height="20" rx="7" fill="${COLORS.macro[0]}" stroke="${COLORS.macro[1]}" stroke-width="1.2"/>`,
        );
        out.push(text(sx + sw / 2, sy + 14.5, "STAT3", 11.5));
        out.push(
          `<circle cx="${f(sx + sw - 2)}" cy="${f(sy)}" r="6.5" fill="#fff" stroke="${COLORS.macro[1]}" stroke-width="1.1"/>`,
        );
        out.push(text(sx + sw - 2, sy + 3.6, "P", 9.5, { bold: true }));
      }
      break;
    }
    case "drug": {
      const [fill, stroke] = COLORS.drug;
      out.push(
        `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(Math.min(h / 2, 22))}" fill="${fill}" stroke="${stroke}" stroke-width="1.6"/>`,
      );
      labelBlock(vcenter(), "#7a1f16");
      break;
    }
    case "phenotype": {
      const [fill, stroke] = COLORS.pheno;
      out.push(`<path d="${hexagon(x, y, w, h)}" fill="${fill}" stroke="${stroke}" stroke-width="1.8"/>`);
      labelBlock(vcenter());
      break;
    }
    case "process": {
      out.push(
        `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="#ffffff" stroke="${COLORS.ink}" stroke-width="1.6"/>`,
      );
      if (name)
        out.push(
          text(x + w + 5, y + h / 2 + 4.5, name, 12.5, { anchor: "start", fill: "#374151", bold: true }),
        );
      break;
    }
    case "group": {
      const [fill, stroke] = COLORS.group;
      out.push(
        `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="1.3" stroke-dasharray="6 3"/>`,
      );
      out.push(text(x + w / 2, y + FONT + 6, name, FONT, { bold: true }));
      break;
    }
    case "cell": {
      const [fill, stroke] =
        n.tone === "tumour" ? COLORS.cellTumour : n.tone === "both" ? COLORS.cellBoth : COLORS.cellImmuno;
      out.push(
        `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="16" fill="${fill}" stroke="${stroke}" stroke-width="3"/>`,
      );
      out.push(
        `<rect x="${f(x + 4)}" y="${f(y + 4)}" width="${f(w - 8)}" height="${f(h - 8)}" rx="13" fill="none" stroke="${stroke}" stroke-width="1"/>`,
      );
      out.push(text(x + 16, y + FONT + 10, name, FONT + 1, { bold: true, anchor: "start", fill: stroke }));
      if (rest[0])
        out.push(text(x + w - 14, y + FONT + 9, rest[0], 11.5, { anchor: "end", fill: "#52606d" }));
      break;
    }
    case "label": {
      out.push(text(x, y + FONT, name, FONT, { anchor: "start", italic: true, fill: "#52606d" }));
      break;
    }
  }
  // SBGN state variable (top right) and unit of information (top left)
  if (n.state) {
    const sw = textWidth(n.state, 11.5) + 12;
    const sx = x + w - sw - 8;
    out.push(
      `<rect x="${f(sx)}" y="${f(y - 9)}" width="${f(sw)}" height="17" rx="8.5" fill="#ffffff" stroke="${COLORS.macro[1]}" stroke-width="1.2"/>`,
    );
    out.push(text(sx + sw / 2, y + 3.5, n.state, 11.5, { bold: n.state.startsWith("p") }));
  }
  if (n.info) {
    const iw = textWidth(n.info, 11) + 10;
    const ix = x + 8;
    out.push(
      `<rect x="${f(ix)}" y="${f(y - 8)}" width="${f(iw)}" height="15" fill="#ffffff" stroke="#7b8794" stroke-width="1"/>`,
    );
    out.push(text(ix + iw / 2, y + 3.5, n.info, 11, { fill: "#374151" }));
  }
  return out.join("");
}

interface Pt {
  x: number;
  y: number;
}

/** Endpoints and path of an arc between two laid-out boxes. */
export function arcPath(s: MapNode, t: MapNode, route: MapArc["route"] = "vertical"): { d: string; end: Pt } {
  const sc = { x: s.x! + s.w! / 2, y: s.y! + s.h! / 2 };
  const tc = { x: t.x! + t.w! / 2, y: t.y! + t.h! / 2 };
  if (route === "horizontal") {
    const a = { x: s.x! + s.w!, y: sc.y };
    const b = { x: t.x!, y: tc.y };
    const dx = (b.x - a.x) * 0.5;
    return {
      d: `M${f(a.x)},${f(a.y)} C${f(a.x + dx)},${f(a.y)} ${f(b.x - dx)},${f(b.y)} ${f(b.x)},${f(b.y)}`,
      end: b,
    };
  }
  const overlapY = s.y! < t.y! + t.h! && t.y! < s.y! + s.h!;
  if (overlapY || Math.abs(sc.y - tc.y) < 12) {
    // side by side: a straight horizontal-ish line between facing sides
    const left = sc.x < tc.x;
    const a = { x: left ? s.x! + s.w! : s.x!, y: sc.y };
    const b = { x: left ? t.x! : t.x! + t.w!, y: tc.y };
    return { d: `M${f(a.x)},${f(a.y)} L${f(b.x)},${f(b.y)}`, end: b };
  }
  const down = tc.y > sc.y;
  const a = { x: sc.x, y: down ? s.y! + s.h! : s.y! };
  const b = { x: tc.x, y: down ? t.y! : t.y! + t.h! };
  const dy = (b.y - a.y) * 0.5;
  return {
    d: `M${f(a.x)},${f(a.y)} C${f(a.x)},${f(a.y + dy)} ${f(b.x)},${f(b.y - dy)} ${f(b.x)},${f(b.y)}`,
    end: b,
  };
}

function markerDefs(): string {
  return [
    "<defs>",
    `<marker id="m-stimulation" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto"><path d="M1,1 L11,6 L1,11 Z" fill="#ffffff" stroke="${COLORS.stim}" stroke-width="1.6"/></marker>`,
    `<marker id="m-production" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto"><path d="M1,1 L11,6 L1,11 Z" fill="${COLORS.ink}"/></marker>`,
    `<marker id="m-inhibition" viewBox="0 0 6 16" refX="3" refY="8" markerWidth="6" markerHeight="16" markerUnits="userSpaceOnUse" orient="auto"><path d="M3,0 L3,16" stroke="${COLORS.inhib}" stroke-width="3.2"/></marker>`,
    `<marker id="m-catalysis" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto"><circle cx="6" cy="6" r="4.6" fill="#ffffff" stroke="${COLORS.neutral}" stroke-width="1.6"/></marker>`,
    "</defs>",
  ].join("");
}

function arcSvg(kb: Kb | undefined, a: MapArc, byId: Map<string, MapNode>): string {
  const s = byId.get(a.source)!;
  const t = byId.get(a.target)!;
  const { d } = arcPath(s, t, a.route);
  const color =
    a.kind === "inhibition"
      ? COLORS.inhib
      : a.kind === "stimulation"
        ? COLORS.stim
        : a.kind === "catalysis"
          ? COLORS.neutral
          : COLORS.ink;
  const marker = a.kind === "consumption" || a.kind === "binding" ? "" : ` marker-end="url(#m-${a.kind})"`;
  const width = a.kind === "inhibition" ? 2.2 : 1.8;
  const title = `${s.label[0]} ${a.kind === "inhibition" ? "⊣" : "→"} ${t.label[0] || a.target} (${a.kind})`;
  let label = "";
  if (a.label) {
    const { end } = arcPath(s, t, a.route);
    const sy = a.route === "horizontal" ? s.y! + s.h! / 2 : s.y! + s.h!;
    label = text((s.x! + s.w! / 2 + end.x) / 2 + 12, (sy + end.y) / 2 + 5, a.label, 13.5, {
      anchor: "start",
      italic: true,
      fill: "#52606d",
    });
  }
  return `<g class="arc arc-${a.kind}" id="a-${esc(a.id)}"${dataAttrs(undefined, a.evidence, a.refs)}>${tooltip(kb, title, a.evidence, a.refs)}<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}"${marker}/>${label}</g>`;
}

function legendSvg(g: MapGraph, x: number, y: number, width: number): { svg: string; height: number } {
  const used = (glyph: MapNode["glyph"], tone?: MapNode["tone"]): boolean =>
    g.nodes.some(
      (n) =>
        n.glyph === glyph && (!tone || n.tone === tone || (tone === "up" && n.glyph === "gene" && !n.tone)),
    );
  const allItems: { glyph: MapNode["glyph"]; label: string; tone?: MapNode["tone"] }[] = [
    { glyph: "macromolecule", label: "protein" },
    { glyph: "complex", label: "complex" },
    { glyph: "gene", label: "target gene", tone: "up" },
    { glyph: "gene", label: "↓ repressed", tone: "down" },
    { glyph: "gene", label: "regulated (no direction)", tone: "neutral" },
    { glyph: "drug", label: "inhibitor" },
    { glyph: "phenotype", label: "phenotype" },
    { glyph: "cell", label: "cell: immunosuppressive", tone: "immuno" },
    { glyph: "cell", label: "tumour-promoting", tone: "tumour" },
    { glyph: "cell", label: "both", tone: "both" },
  ];
  const items = allItems.filter((it) => used(it.glyph, it.tone));
  const out: string[] = [];
  let cx = x;
  const rowY = y + 8;
  for (const it of items) {
    const w = it.glyph === "complex" ? 60 : 34;
    const n: MapNode = {
      id: "legend",
      glyph: it.glyph,
      label: [""],
      evidence: [],
      refs: [],
      x: cx,
      y: rowY,
      w,
      h: it.glyph === "complex" ? 22 : 20,
      tone: it.tone,
    };
    if (it.glyph === "complex")
      out.push(
        `<path d="${octagon(cx, rowY, w, 22, 6)}" fill="${COLORS.complex[0]}" stroke="${COLORS.complex[1]}" stroke-width="1.6"/>`,
      );
    else if (it.glyph === "cell") {
      const [fill, stroke] =
        it.tone === "tumour" ? COLORS.cellTumour : it.tone === "both" ? COLORS.cellBoth : COLORS.cellImmuno;
      out.push(
        `<rect x="${f(cx)}" y="${f(rowY)}" width="${f(w)}" height="20" rx="7" fill="${fill}" stroke="${stroke}" stroke-width="2.5"/>`,
      );
    } else out.push(glyphSvg(n));
    out.push(text(cx + w + 6, rowY + 15, it.label, 13, { anchor: "start" }));
    cx += w + 14 + textWidth(it.label, 13) + 18;
  }
  const arcs = (
    [
      ["stimulation", "activates / induces", COLORS.stim],
      ["inhibition", "inhibits / represses", COLORS.inhib],
      ["catalysis", "phosphorylates (catalysis)", COLORS.neutral],
      ["production", "process output", COLORS.ink],
    ] as [string, string, string][]
  ).filter(([kind]) => g.arcs.some((a) => a.kind === kind));
  let ax = x;
  const ay = y + 46;
  for (const [kind, label, color] of arcs) {
    out.push(
      `<path d="M${f(ax)},${f(ay)} L${f(ax + 40)},${f(ay)}" stroke="${color}" stroke-width="2" marker-end="url(#m-${kind})"/>`,
    );
    out.push(text(ax + 50, ay + 4.5, label, 13, { anchor: "start" }));
    ax += 60 + textWidth(label, 13) + 24;
  }
  if (g.nodes.some((n) => n.glyph === "process")) {
    out.push(
      `<rect x="${f(ax)}" y="${f(ay - 9)}" width="18" height="18" fill="#fff" stroke="${COLORS.ink}" stroke-width="1.5"/>`,
    );
    out.push(text(ax + 26, ay + 4.5, "process (P = Y705 phosphorylation)", 13, { anchor: "start" }));
  }
  const frame = `<rect x="${f(x - 10)}" y="${f(y - 4)}" width="${f(width)}" height="70" rx="6" fill="#fafafa" stroke="#d0d4d9"/>`;
  return { svg: frame + out.join(""), height: 78 };
}

/** Render a laid-out map to a standalone SVG document. */
export function renderSvg(g: MapGraph, kb?: Kb, options: SvgOptions = {}): string {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const body: string[] = [];
  body.push(`<rect x="0" y="0" width="${g.width}" height="HEIGHT" fill="#ffffff"/>`);
  body.push(text(24, 36, g.title, 24, { bold: true, anchor: "start" }));
  body.push(text(24, 60, g.subtitle, 13.5, { anchor: "start", fill: "#52606d" }));
  for (const r of g.regions) {
    if (r.kind === "membrane") {
      body.push(
        `<g class="region membrane"><rect x="${f(r.x)}" y="${f(r.y)}" width="${f(r.w)}" height="${f(r.h)}" fill="#fbeee0"/>` +
          `<line x1="${f(r.x)}" y1="${f(r.y)}" x2="${f(r.x + r.w)}" y2="${f(r.y)}" stroke="#c9a27e" stroke-width="3"/>` +
          `<line x1="${f(r.x)}" y1="${f(r.y + r.h)}" x2="${f(r.x + r.w)}" y2="${f(r.y + r.h)}" stroke="#c9a27e" stroke-width="3"/></g>`,
      );
    } else if (r.kind === "compartment") {
      body.push(
        `<g class="region compartment" id="r-${esc(r.id)}"><rect x="${f(r.x)}" y="${f(r.y)}" width="${f(r.w)}" height="${f(r.h)}" rx="28" fill="#f7fbff" stroke="#7e9cc0" stroke-width="5"/>` +
          `<rect x="${f(r.x + 5)}" y="${f(r.y + 5)}" width="${f(r.w - 10)}" height="${f(r.h - 10)}" rx="24" fill="none" stroke="#7e9cc0" stroke-width="1.2"/>` +
          text(r.x + 22, r.y + 26, r.label, 15, { anchor: "start", italic: true, fill: "#4a6a8f" }) +
          "</g>",
      );
    } else {
      body.push(
        `<g class="region band" id="r-${esc(r.id)}">${text(r.x + 6, r.y + 14, r.label, 15, { anchor: "start", italic: true, fill: "#8a6240" })}</g>`,
      );
    }
  }
  // groups and cells under arcs, arcs under the other nodes
  const under = g.nodes.filter((n) => n.glyph === "group" || n.glyph === "cell");
  const over = g.nodes.filter((n) => n.glyph !== "group" && n.glyph !== "cell");
  const nodeSvg = (n: MapNode): string => {
    const inner =
      tooltip(
        kb,
        n.members ? `${n.label[0]}: ${n.members.map((m) => kb?.name(m) ?? m).join(", ")}` : n.label.join(" "),
        n.evidence,
        n.refs,
      ) + glyphSvg(n);
    const g0 = `<g class="node glyph-${n.glyph}" id="n-${esc(n.id)}"${dataAttrs(n.entity, n.evidence, n.refs)}>${inner}</g>`;
    return options.linkBase && n.entity
      ? `<a href="${esc(`${options.linkBase}#${n.entity}`)}">${g0}</a>`
      : g0;
  };
  for (const n of under) body.push(nodeSvg(n));
  for (const a of g.arcs) body.push(arcSvg(kb, a, byId));
  for (const n of over) body.push(nodeSvg(n));
  let height = g.height;
  if (options.legend !== false) {
    const l = legendSvg(g, 24, height, g.width - 28);
    body.push(`<g class="legend">${l.svg}</g>`);
    height += l.height;
  }
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width}" height="${height}" viewBox="0 0 ${g.width} ${height}" font-family="${FAMILY}">`,
    markerDefs(),
    ...body,
    "</svg>",
    "",
  ].join("\n");
  return svg.replace(`height="HEIGHT"`, `height="${height}"`);
}
