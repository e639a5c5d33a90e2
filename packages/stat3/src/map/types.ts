/**
 * Pathway maps as plain graph-element data: what the figure shows (nodes with SBGN-like glyphs,
 * compartments, arcs) and, after layout, where. Every node and arc carries the knowledge-base
 * interactions it draws (its evidence), so a viewer can go from any element back to the review's
 * sentences and references. The same data feeds the SVG emitter here and the web app's map.
 *
 * Glyphs follow SBGN Process Description / Activity Flow where they fit (Le Novère et al. 2009,
 * doi:10.1038/nbt.1558): macromolecule (rounded rectangle), nucleic-acid feature (gene: rectangle with
 * rounded bottom), complex (cut corners), simple chemical / drug (stadium), phenotype (hexagon),
 * process (small square on an arc), compartment (thick rounded outline).
 */
import type { Compartment } from "../kb/types.js";

export type Glyph =
  | "macromolecule"
  | "gene"
  | "complex"
  | "drug"
  | "phenotype"
  | "process"
  | "cell"
  | "group"
  | "label";

export type ArcKind = "stimulation" | "inhibition" | "catalysis" | "production" | "consumption" | "binding";

/** Map layer of a node: the compartments of Fig. 1 plus a row below the cell for phenotypes. */
export type Band = Compartment | "phenotype";

export interface MapNode {
  id: string;
  glyph: Glyph;
  /** lines of text; the first is the name */
  label: string[];
  /** how many leading lines of `label` are the (wrapped) name; the rest are smaller detail lines */
  nameLines?: number;
  /** knowledge-base entity drawn (absent for process and class nodes) */
  entity?: string;
  /** entities a class node stands for (e.g. the eight SH2 inhibitors) */
  members?: string[];
  /** interaction ids this node draws */
  evidence: string[];
  /** union of the review's reference numbers of its evidence */
  refs: number[];
  band?: Band;
  /** SBGN state variable shown on the glyph, e.g. "Y705" or "pY705" */
  state?: string;
  /** SBGN unit of information, e.g. "SH2" or "CL:0000235" */
  info?: string;
  /** for a satellite node (drugs): the node it sits beside */
  anchor?: string;
  /** for process nodes: drawn on the arc source → target */
  on?: { source: string; target: string };
  /** parent group/compartment node (genes inside a Table 1 group, effects inside a cell) */
  parent?: string;
  /** visual emphasis: "down" draws a down-regulated gene, "outside" facts from outside the review */
  tone?: "down" | "up" | "neutral" | "outside" | "immuno" | "tumour" | "both";
  // layout result (top-left corner and size, px)
  x?: number;
  y?: number;
  w?: number;
  h?: number;
}

export interface MapArc {
  id: string;
  source: string;
  target: string;
  kind: ArcKind;
  evidence: string[];
  refs: number[];
  /** small text on the arc */
  label?: string;
  /** "horizontal": leave the source's right side and enter the target's left side (Fig. 2 cells) */
  route?: "vertical" | "horizontal";
}

export interface MapRegion {
  id: string;
  kind: "membrane" | "compartment" | "band-label";
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapGraph {
  figure: 1 | 2;
  title: string;
  subtitle: string;
  nodes: MapNode[];
  arcs: MapArc[];
  /** filled in by layout */
  regions: MapRegion[];
  width: number;
  height: number;
}
