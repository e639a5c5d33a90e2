/**
 * Fig. 2 of the review ("The role of STAT3 signaling in the tumor microenvironment") generated from
 * the knowledge base's Fig. 2 rows: the tumour cell on top, then one cell glyph per cell type of the
 * microenvironment, each holding active STAT3 and what STAT3 does there (stimulation or inhibition arcs
 * to phenotypes and genes). Cells are grouped as the legend divides them — immunosuppressive effects and
 * tumour-promoting effects — and laid out in a grid whose column count follows the canvas width.
 */
import type { Kb } from "../kb/kb.js";
import type { CellRow, Interaction } from "../kb/types.js";
import { MapBuilder } from "./figure1.js";
import { FONT, LINE, sizeNode } from "./layout.js";
import type { MapGraph, MapNode } from "./types.js";

/** Short phrases for effects inside a cell (the entity name where none is needed). */
const PHRASE: Record<string, string> = {
  proc_dc_maturation: "maturation, activation, antigen presentation",
  proc_immune_tolerance: "immune tolerance",
  proc_immunosuppression: "immunosuppressive effects",
  proc_nk_function: "NK-cell function",
  cell_th1: "Th1 response",
  proinflammatory_cytokines: "pro-inflammatory cytokines",
  cell_m2: "M2-like polarisation",
  cell_mdsc: "MDSC expansion",
  proc_b_cell_growth: "survival, proliferation, development",
  proc_angiogenesis: "tumour vascularisation",
  cam: "cell adhesion molecules",
  proc_tumour_growth: "tumour-promoting effects",
  proc_metastasis: "tumour metastasis",
  hallmark_immune_evasion: "immune escape",
};

const NEGATIVE = new Set(["inhibits", "suppresses", "represses_expression"]);
const GENE_TYPES = new Set(["protein", "ligand", "receptor", "protein_family", "transcription_factor"]);

const CELL_W = 384;
const GAP = 22;
const MARGIN = 28;
const STAT3_X = 18; // STAT3 glyph offset inside a cell
const EFFECT_X = 138; // effects column offset inside a cell

function cellBlock(b: MapBuilder, row: CellRow, tone: MapNode["tone"]): { cell: MapNode; parts: MapNode[] } {
  const kb = b.kb;
  const e = kb.entity(row.cell)!;
  const cid = `cell_${row.cell.replace(/^cell_/, "")}`;
  const cell = b.node({
    id: cid,
    glyph: "cell",
    label: [
      e.name === "tumour cell" ? "Tumour cell" : e.name[0]!.toUpperCase() + e.name.slice(1),
      e.xrefs?.cl ?? "",
    ],
    entity: row.cell,
    tone,
    evidence: row.interactions,
    refs: row.refs,
  });
  const stat3 = b.node({
    id: `${cid}__stat3`,
    glyph: "macromolecule",
    label: ["STAT3"],
    entity: "stat3_py705",
    state: "pY705",
    parent: cid,
  });
  sizeNode(stat3);
  // effects: the row's interactions with STAT3 as source, one node per target
  const byTarget = new Map<string, Interaction[]>();
  for (const id of row.interactions) {
    const i = kb.interactions.find((x) => x.id === id);
    if (i?.source !== "stat3") continue;
    byTarget.set(i.target, [...(byTarget.get(i.target) ?? []), i]);
  }
  const parts: MapNode[] = [stat3];
  const effects: MapNode[] = [];
  for (const [target, ixs] of byTarget) {
    const ent = kb.entity(target)!;
    const negative = ixs.some((i) => NEGATIVE.has(i.type) || i.negative);
    const ev = b.evidence((i) => ixs.includes(i));
    const n = b.node({
      id: `${cid}__${target}`,
      glyph: GENE_TYPES.has(ent.type) ? "gene" : "phenotype",
      label: [PHRASE[target] ?? ent.name],
      entity: target,
      parent: cid,
      tone: negative ? "down" : "up",
      ...ev,
    });
    sizeNode(n, CELL_W - EFFECT_X - 70);
    effects.push(n);
    const arc = b.arc(stat3.id, n.id, negative ? "inhibition" : "stimulation", ev);
    arc.route = "horizontal";
  }
  parts.push(...effects);
  // inner layout: header, then STAT3 on the left, effects stacked on the right
  const header = FONT * LINE + 22;
  const stackH = effects.reduce((s, n) => s + n.h!, 0) + Math.max(0, effects.length - 1) * 10;
  const bodyH = Math.max(stat3.h!, stackH);
  cell.w = CELL_W;
  cell.h = Math.ceil(header + bodyH + 22);
  stat3.x = STAT3_X;
  stat3.y = header + (bodyH - stat3.h!) / 2 + 4;
  let y = header + (bodyH - stackH) / 2 + 4;
  for (const n of effects) {
    n.x = EFFECT_X;
    n.y = y;
    y += n.h! + 10;
  }
  return { cell, parts };
}

export function buildFigure2(kb: Kb, width = 1280): MapGraph {
  const b = new MapBuilder(kb);
  const rows = kb.cells();
  const tumourRow = rows.find((r) => r.cell === "cell_tumour");
  const immuno = rows.filter((r) => r.cell !== "cell_tumour" && r.role === "immunosuppressive");
  const promoting = rows.filter((r) => r.cell !== "cell_tumour" && r.role !== "immunosuppressive");

  const cols = Math.max(1, Math.floor((width - 2 * MARGIN - 24 + GAP) / (CELL_W + GAP)));
  const gridW = cols * CELL_W + (cols - 1) * GAP;
  const canvasW = Math.max(width, gridW + 2 * MARGIN + 24);
  const x0 = (canvasW - gridW) / 2;
  let y = 92;

  // the tumour cell, centred on top
  if (tumourRow) {
    const { cell } = cellBlock(b, tumourRow, "tumour");
    cell.x = (canvasW - cell.w!) / 2;
    cell.y = y;
    y += cell.h! + 58;
  }
  const place = (title: string, list: CellRow[], tone: MapNode["tone"]): void => {
    if (list.length === 0) return;
    const gid = `group_${tone}`;
    const group = b.node({
      id: gid,
      glyph: "group",
      label: [title],
      ...b.evidence((i) => list.some((r) => r.interactions.includes(i.id))),
    });
    const blocks = list.map((r) => cellBlock(b, r, r.role === "both" ? "both" : tone));
    const gy = y;
    y += FONT * LINE + 22;
    for (let k = 0; k < blocks.length; k += cols) {
      const line = blocks.slice(k, k + cols);
      const h = Math.max(...line.map((bl) => bl.cell.h!));
      for (const [j, bl] of line.entries()) {
        bl.cell.x = x0 + j * (CELL_W + GAP);
        bl.cell.y = y;
        // equal heights in a row; the contents stay centred in the taller box
        const shift = (h - bl.cell.h!) / 2;
        for (const p of bl.parts) p.y = p.y! + shift;
        bl.cell.h = h;
      }
      y += h + GAP;
    }
    group.x = x0 - 12;
    group.y = gy;
    group.w = gridW + 24;
    group.h = y - gy - GAP + 12;
    y += 30;
  };
  place("Immunosuppressive effects", immuno, "immuno");
  place("Tumour-promoting effects", promoting, "tumour");

  // children to absolute coordinates, centred vertically in their (possibly taller) cell
  const byId = new Map(b.nodes.map((n) => [n.id, n]));
  for (const n of b.nodes.filter((m) => m.parent)) {
    const p = byId.get(n.parent!)!;
    n.x = Math.round(p.x! + n.x!);
    n.y = Math.round(p.y! + n.y!);
  }
  // communication arrow: tumour cell → microenvironment groups
  const tumour = byId.get("cell_tumour");
  for (const gid of ["group_immuno", "group_tumour"]) {
    if (tumour && byId.has(gid))
      b.arc(
        "cell_tumour",
        gid,
        "stimulation",
        b.evidence((i) => i.id.startsWith("f2a:")),
        "STAT3 supports tumour–microenvironment communication",
      );
  }
  // only the first group gets the arrow from the tumour cell; the second is reached through it
  if (b.arcs.length && byId.has("group_tumour") && byId.has("group_immuno"))
    b.arcs.splice(
      b.arcs.findIndex((a) => a.target === "group_tumour"),
      1,
    );

  return {
    figure: 2,
    title: "Fig. 2 — STAT3 signalling in the tumour microenvironment",
    subtitle: `Generated from the knowledge base: what STAT3 activation does in each cell type (review Fig. 2 legend and text; ${rows.length} cell types)`,
    nodes: b.nodes,
    arcs: b.arcs,
    regions: [],
    width: Math.ceil(canvasW),
    height: Math.ceil(y - 30 + MARGIN),
  };
}
