/**
 * Hallmark read-outs: the five groups of the review's Table 1 as functions of their target genes.
 *
 *   hallmark_h(t) = ( Π_g  r_g(t) )^(1/n_h),   r_g = protein_g(t) / protein_g(unstimulated steady state)
 *
 * — the geometric mean of the fold changes of the hallmark's target proteins, each relative to the
 * context's unstimulated steady state (so every read-out is 1 before stimulation and a drug that
 * lowers it gives < 1). Genes the review lists as repressed by STAT3 (CXCL10) enter inverted: their
 * loss favours the hallmark (immune evasion). Genes the review lists as "regulated" without a sign
 * (Twist, Snail, Vimentin, ZEB1, MMP1/9, Oct3/4, Nanog, CD133) count as induced, as Fig. 1 draws them.
 * A geometric mean weighs a 2-fold rise and a 2-fold fall equally, and no single gene dominates.
 * The formulas live in the model as SBML assignment rules (model/build.ts); this module documents
 * them and summarises their time courses.
 */
import type { Hallmark } from "../kb/types.js";
import { HALLMARK_READOUTS, TARGET_GENES } from "../model/targets.js";

export interface HallmarkDefinition {
  /** read-out name: SBML id hallmark_<name> */
  name: string;
  hallmark: Hallmark;
  genes: { id: string; name: string; direction: "up" | "down" }[];
  formula: string;
}

export const HALLMARK_DEFINITIONS: readonly HallmarkDefinition[] = HALLMARK_READOUTS.map((h) => {
  const genes = TARGET_GENES.filter((t) => t.hallmarks.includes(h.hallmark)).map((t) => ({
    id: t.id,
    name: t.name,
    direction: t.direction,
  }));
  const terms = genes.map((g) => (g.direction === "up" ? g.name : `1/${g.name}`));
  return {
    name: h.name,
    hallmark: h.hallmark,
    genes,
    formula: `(${terms.join(" · ")})^(1/${genes.length}), each protein / its unstimulated level`,
  };
});

export const HALLMARK_IDS = HALLMARK_DEFINITIONS.map((h) => `hallmark_${h.name}`);

export interface SeriesSummary {
  name: string;
  initial: number;
  final: number;
  /** time average (trapezoid rule) */
  mean: number;
  min: number;
  max: number;
  /** time of the largest deviation from 1 */
  tExtreme: number;
}

/** Summary of each column of a time course (used for hallmarks; works for any read-out). */
export function summarise(
  t: ArrayLike<number>,
  columns: string[],
  values: ArrayLike<number>[],
): SeriesSummary[] {
  return columns.map((name, k) => {
    const v = values[k];
    const n = v.length;
    let area = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let iExt = 0;
    for (let i = 0; i < n; i++) {
      min = Math.min(min, v[i]);
      max = Math.max(max, v[i]);
      if (Math.abs(v[i] - 1) > Math.abs(v[iExt] - 1)) iExt = i;
      if (i > 0) area += ((v[i] + v[i - 1]) / 2) * (t[i] - t[i - 1]);
    }
    const span = n > 1 ? t[n - 1] - t[0] : 0;
    return {
      name,
      initial: v[0],
      final: v[n - 1],
      mean: span > 0 ? area / span : v[0],
      min,
      max,
      tExtreme: t[iExt],
    };
  });
}
