/**
 * A deterministic layered layout for pathway maps, in the spirit of Sugiyama, Tagawa & Toda (1981),
 * "Methods for visual understanding of hierarchical system structures", IEEE SMC 11:109,
 * doi:10.1109/TSMC.1981.4308636 — rank assignment, crossing reduction by barycentres, then coordinate
 * assignment — with one biological constraint added: ranks are grouped into compartment bands
 * (extracellular above membrane above cytoplasm above nucleus above phenotypes), so the picture reads
 * like a cell. Satellite nodes (drugs) sit beside the node or process they act on; process nodes sit on
 * their arc; group nodes (Table 1 boxes) carry their children in a grid.
 *
 * Same input → same output (no randomness, stable sorts), so the SVG is reproducible byte for byte.
 */
import { textWidth, wrap } from "./text-metrics.js";
import type { Band, MapGraph, MapNode, MapRegion } from "./types.js";

export const FONT = 16; // node names
export const SMALL = 13.5; // second lines, member lists
export const LINE = 1.25; // line height factor
const PAD_X = 12;
const PAD_Y = 8;

/** Size a node from its glyph and label (w, h); member lists wrap at `maxWidth`. */
export function sizeNode(n: MapNode, maxWidth = 250): void {
  if (n.glyph === "process") {
    n.w = 18;
    n.h = 18;
    return;
  }
  if (n.glyph === "group" || n.glyph === "cell") return; // sized from children
  if (n.glyph === "gene") {
    // gene names wrap onto several lines of the same size
    n.label = n.label.flatMap((l) => wrap(l, FONT - 1, maxWidth));
    n.w = Math.ceil(Math.max(...n.label.map((l) => textWidth(l, FONT - 1))) + 2 * PAD_X);
    n.h = Math.ceil(n.label.length * (FONT - 1) * LINE + 2 * PAD_Y);
    return;
  }
  const [name = "", ...rest] = n.label;
  const names = wrap(name, FONT, maxWidth, true);
  const lines: string[] = [];
  for (const r of rest) lines.push(...wrap(r, SMALL, maxWidth));
  n.label = [...names, ...lines];
  n.nameLines = names.length;
  const wName = Math.max(...names.map((l) => textWidth(l, FONT, true)));
  const wRest = Math.max(0, ...lines.map((l) => textWidth(l, SMALL)));
  const extra = n.glyph === "phenotype" ? 28 : n.glyph === "complex" ? 16 : n.glyph === "drug" ? 18 : 0;
  // room for the state variable (top right) and unit of information (top left) side by side
  const tags =
    (n.state ? textWidth(n.state, 11.5) + 20 : 0) +
    (n.info ? textWidth(n.info, 11) + 18 : 0) +
    (n.state && n.info ? 8 : 0);
  n.w = Math.ceil(Math.max(wName, wRest, tags) + 2 * PAD_X + extra);
  n.h = Math.ceil(
    names.length * FONT * LINE + lines.length * SMALL * LINE + 2 * PAD_Y + (n.state || n.info ? 6 : 0),
  );
  if (n.glyph === "complex") n.h += 26; // room for the two subunits drawn inside
}

/** Lay children of a group out in a grid of `cols` columns under a header; sizes the group. */
export function gridGroup(
  group: MapNode,
  children: MapNode[],
  cols: number,
  gap = 8,
  header = FONT * LINE + 14,
): void {
  cols = Math.min(cols, children.length);
  // each column as wide as its widest child; rows as tall as their tallest
  const colW = Array.from({ length: cols }, (_, c) =>
    Math.max(...children.filter((_, i) => i % cols === c).map((n) => n.w!)),
  );
  const rows = Math.ceil(children.length / cols);
  const rowH = Array.from({ length: rows }, (_, r) =>
    Math.max(...children.slice(r * cols, r * cols + cols).map((n) => n.h!)),
  );
  const headerW = textWidth(group.label[0] ?? "", FONT, true) + 24;
  const innerW = colW.reduce((a, b) => a + b, 0) + (cols - 1) * gap;
  group.w = Math.ceil(Math.max(innerW + 20, headerW));
  group.h = Math.ceil(header + rowH.reduce((a, b) => a + b, 0) + (rows - 1) * gap + 12);
  const left = (group.w - innerW) / 2;
  children.forEach((c, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    c.w = colW[col]!;
    c.h = rowH[row]!;
    // relative position; made absolute after the group is placed
    c.x = left + colW.slice(0, col).reduce((a, b) => a + b, 0) + col * gap;
    c.y = header + rowH.slice(0, row).reduce((a, b) => a + b, 0) + row * gap;
  });
}

export interface LayeredOptions {
  bands: Band[];
  margin: number;
  rowGap: number;
  colGap: number;
  /** extra space where the band changes (membrane, nuclear envelope) */
  bandGap: number;
  /** top offset for title */
  top: number;
  /** minimum canvas width */
  minWidth: number;
}

export function layoutLayered(g: MapGraph, o: LayeredOptions): void {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const isRanked = (n: MapNode): boolean => n.glyph !== "process" && !n.anchor && !n.parent;
  const top = (id: string): string => byId.get(id)?.parent ?? id; // children stand for their group
  const ranked = g.nodes.filter(isRanked);

  // flow constraints u → v between ranked nodes (processes resolved to their arc's ends)
  const flow: [string, string][] = [];
  const endOf = (id: string, side: "source" | "target"): string => {
    const n = byId.get(id)!;
    return n.on ? top(n.on[side]) : top(id);
  };
  for (const p of g.nodes) if (p.on) flow.push([top(p.on.source), top(p.on.target)]);
  for (const a of g.arcs) {
    if (a.kind === "inhibition") continue;
    const u = endOf(a.source, "source");
    const v = endOf(a.target, "target");
    if (u !== v && isRanked(byId.get(u)!) && isRanked(byId.get(v)!)) flow.push([u, v]);
  }

  // 1. ranks, band by band (longest path inside a band, bands stacked)
  const rank = new Map<string, number>();
  const bandOf = (n: MapNode): number => o.bands.indexOf(n.band ?? "cytoplasm");
  let base = 0;
  for (let b = 0; b < o.bands.length; b++) {
    const inBand = ranked.filter((n) => bandOf(n) === b);
    if (inBand.length === 0) continue;
    for (const n of inBand) rank.set(n.id, base);
    for (let iter = 0; iter < inBand.length; iter++) {
      let changed = false;
      for (const [u, v] of flow) {
        const nu = byId.get(u)!;
        const nv = byId.get(v)!;
        if (bandOf(nu) !== b || bandOf(nv) !== b) continue;
        const r = rank.get(u)! + 1;
        if (r > rank.get(v)!) {
          rank.set(v, r);
          changed = true;
        }
      }
      if (!changed) break;
    }
    base = Math.max(...inBand.map((n) => rank.get(n.id)!)) + 1;
  }
  const nRanks = base;
  const rows: MapNode[][] = Array.from({ length: nRanks }, () => []);
  for (const n of ranked) rows[rank.get(n.id)!]!.push(n);

  // 2. order inside ranks: barycentre sweeps over flow neighbours
  const nbrs = new Map<string, string[]>();
  for (const [u, v] of flow) {
    nbrs.set(u, [...(nbrs.get(u) ?? []), v]);
    nbrs.set(v, [...(nbrs.get(v) ?? []), u]);
  }
  const pos = (): Map<string, number> => {
    const m = new Map<string, number>();
    for (const row of rows) for (const [i, n] of row.entries()) m.set(n.id, (i + 0.5) / row.length);
    return m;
  };
  for (let sweep = 0; sweep < 6; sweep++) {
    const p = pos();
    const order = sweep % 2 === 0 ? rows : [...rows].reverse();
    for (const row of order) {
      const key = new Map<string, number>();
      row.forEach((n) => {
        const ns = (nbrs.get(n.id) ?? []).filter((m) => rank.get(m) !== rank.get(n.id));
        key.set(n.id, ns.length ? ns.reduce((s, m) => s + p.get(m)!, 0) / ns.length : p.get(n.id)!);
      });
      row.sort((a, b) => key.get(a.id)! - key.get(b.id)!);
    }
  }

  // 3. satellites beside their anchor (a process anchor means: beside the process's source)
  const anchorNode = (n: MapNode): MapNode => {
    const a = byId.get(n.anchor!)!;
    return a.on ? byId.get(top(a.on.source))! : byId.get(top(a.id))!;
  };
  for (const s of g.nodes.filter((n) => n.anchor)) {
    const a = anchorNode(s);
    const row = rows[rank.get(a.id)!]!;
    let i = row.indexOf(a) + 1;
    while (i < row.length && row[i]!.anchor && anchorNode(row[i]!) === a) i++;
    row.splice(i, 0, s);
    rank.set(s.id, rank.get(a.id)!);
  }

  // 4. x: start packed and centred, then pull towards neighbours and resolve overlaps in order
  const cx = new Map<string, number>();
  const rowWidth = (row: MapNode[]): number =>
    row.reduce((s, n) => s + n.w!, 0) + (row.length - 1) * o.colGap;
  const widest = Math.max(o.minWidth - 2 * o.margin, ...rows.map(rowWidth));
  for (const row of rows) {
    let x = (widest - rowWidth(row)) / 2;
    for (const n of row) {
      cx.set(n.id, x + n.w! / 2);
      x += n.w! + o.colGap;
    }
  }
  const resolve = (row: MapNode[], want: number[]): void => {
    // forward pass pushes right, backward pass pushes left; average them (a simple balanced placement)
    const f = [...want];
    for (let i = 1; i < row.length; i++)
      f[i] = Math.max(f[i]!, f[i - 1]! + (row[i - 1]!.w! + row[i]!.w!) / 2 + o.colGap);
    const b = [...want];
    for (let i = row.length - 2; i >= 0; i--)
      b[i] = Math.min(b[i]!, b[i + 1]! - (row[i + 1]!.w! + row[i]!.w!) / 2 - o.colGap);
    const avg = want.map((_, i) => (f[i]! + b[i]!) / 2);
    for (let i = 1; i < row.length; i++)
      avg[i] = Math.max(avg[i]!, avg[i - 1]! + (row[i - 1]!.w! + row[i]!.w!) / 2 + o.colGap);
    for (const [i, n] of row.entries()) cx.set(n.id, avg[i]!);
  };
  for (let iter = 0; iter < 12; iter++) {
    const order = iter % 2 === 0 ? rows : [...rows].reverse();
    for (const row of order) {
      const want = row.map((n) => {
        if (n.anchor) {
          const a = anchorNode(n);
          return cx.get(a.id)! + a.w! / 2 + o.colGap + n.w! / 2;
        }
        const ns = (nbrs.get(n.id) ?? []).filter((m) => rank.get(m) !== rank.get(n.id));
        return ns.length ? ns.reduce((s, m) => s + cx.get(m)!, 0) / ns.length : cx.get(n.id)!;
      });
      resolve(row, want);
    }
  }
  // satellites placed after their anchor's final position
  for (const row of rows) {
    const want = row.map((n) => {
      if (!n.anchor) return cx.get(n.id)!;
      const a = anchorNode(n);
      const sibs = row.filter((m) => m.anchor && anchorNode(m) === a);
      let x = cx.get(a.id)! + a.w! / 2 + o.colGap;
      for (const s of sibs) {
        if (s === n) return x + n.w! / 2;
        x += s.w! + o.colGap;
      }
      return x;
    });
    resolve(row, want);
  }
  const minLeft = Math.min(...g.nodes.filter((n) => cx.has(n.id)).map((n) => cx.get(n.id)! - n.w! / 2));
  for (const [id, x] of cx) cx.set(id, x - minLeft + o.margin);
  const maxRight = Math.max(...g.nodes.filter((n) => cx.has(n.id)).map((n) => cx.get(n.id)! + n.w! / 2));
  g.width = Math.ceil(Math.max(o.minWidth, maxRight + o.margin));
  // centre the drawing if the canvas is wider than it
  const shift = (g.width - (maxRight + o.margin)) / 2;
  if (shift > 0) for (const [id, x] of cx) cx.set(id, x + shift);

  // 5. y: rows stacked, extra gap at band changes
  const rowBand = rows.map((row) => Math.min(...row.filter((n) => !n.anchor).map(bandOf)));
  let y = o.top;
  const rowTop: number[] = [];
  rows.forEach((row, r) => {
    if (r > 0 && rowBand[r] !== rowBand[r - 1]) y += o.bandGap;
    rowTop.push(y);
    const h = Math.max(...row.map((n) => n.h!));
    for (const n of row) {
      n.x = Math.round(cx.get(n.id)! - n.w! / 2);
      n.y = Math.round(y + (h - n.h!) / 2);
    }
    y += h + o.rowGap;
  });
  g.height = Math.ceil(y - o.rowGap + o.margin);

  // 6. children of groups, then processes on their arcs
  for (const c of g.nodes.filter((n) => n.parent)) {
    const p = byId.get(c.parent!)!;
    c.x = Math.round(p.x! + c.x!);
    c.y = Math.round(p.y! + c.y!);
  }
  for (const p of g.nodes.filter((n) => n.on)) {
    const s = byId.get(p.on!.source)!;
    const t = byId.get(p.on!.target)!;
    const x1 = s.x! + s.w! / 2;
    const y1 = s.y! + s.h!;
    const x2 = t.x! + t.w! / 2;
    const y2 = t.y!;
    p.x = Math.round((x1 + x2) / 2 - p.w! / 2);
    p.y = Math.round((y1 + y2) / 2 - p.h! / 2);
  }

  // 7. regions: membrane line, cell, nucleus, band labels
  g.regions = regionsFor(g, rows, rowBand, rowTop, o);
}

function regionsFor(
  g: MapGraph,
  rows: MapNode[][],
  rowBand: number[],
  rowTop: number[],
  o: LayeredOptions,
): MapRegion[] {
  const regions: MapRegion[] = [];
  const rowsOf = (band: Band): number[] => rowBand.flatMap((b, r) => (o.bands[b] === band ? [r] : []));
  const extent = (rs: number[]): { y0: number; y1: number } => {
    const ns = rs.flatMap((r) => rows[r]!);
    return { y0: Math.min(...ns.map((n) => n.y!)), y1: Math.max(...ns.map((n) => n.y! + n.h!)) };
  };
  const mem = rowsOf("membrane");
  const cyt = rowsOf("cytoplasm");
  const nuc = rowsOf("nucleus");
  const m = o.margin / 2;
  if (mem.length) {
    const e = extent(mem);
    const mid = (e.y0 + e.y1) / 2;
    regions.push({
      id: "membrane",
      kind: "membrane",
      label: "plasma membrane",
      x: m,
      y: mid - 9,
      w: g.width - 2 * m,
      h: 18,
    });
    const inner = [...cyt, ...nuc];
    if (inner.length) {
      const ei = extent(inner);
      regions.push({
        id: "cytoplasm",
        kind: "band-label",
        label: "cytoplasm",
        x: m,
        y: mid + 14,
        w: g.width - 2 * m,
        h: ei.y1 - mid,
      });
    }
    regions.push({
      id: "extracellular",
      kind: "band-label",
      label: "extracellular",
      x: m,
      y: o.top - 20,
      w: g.width - 2 * m,
      h: mid - o.top,
    });
  }
  if (nuc.length) {
    const ns = nuc.flatMap((r) => rows[r]!);
    const x0 = Math.min(...ns.map((n) => n.x!)) - 24;
    const x1 = Math.max(...ns.map((n) => n.x! + n.w!)) + 24;
    const e = extent(nuc);
    // the envelope passes through the import process (SBGN: a translocation sits on the boundary)
    const nucIds = new Set(ns.map((n) => n.id));
    const crossing = g.nodes.find((n) => n.on && !nucIds.has(n.on.source) && nucIds.has(n.on.target));
    const y0 = crossing ? crossing.y! + crossing.h! / 2 : rowTop[nuc[0]!]! - 30;
    regions.push({
      id: "nucleus",
      kind: "compartment",
      label: "nucleus",
      x: x0,
      y: y0,
      w: x1 - x0,
      h: e.y1 - y0 + 24,
    });
  }
  return regions;
}
