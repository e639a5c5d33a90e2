/** One entry point for the review's figures: build the laid-out graph, or go straight to SVG. */

import type { Kb } from "../kb/kb.js";
import { EngineError, KbCodes } from "../messages.js";
import { buildFigure1 } from "./figure1.js";
import { buildFigure2 } from "./figure2.js";
import { renderSvg, type SvgOptions } from "./svg.js";
import type { MapGraph } from "./types.js";

export const FIGURES = [1, 2] as const;

export function buildFigure(kb: Kb, figure: number | string): MapGraph {
  const n = Number(figure);
  if (n === 1) return buildFigure1(kb);
  if (n === 2) return buildFigure2(kb);
  throw new EngineError(KbCodes.MAP_UNKNOWN_FIGURE, `no figure ${figure}; the review has Fig. 1 and Fig. 2`);
}

export function figureSvg(kb: Kb, figure: number | string, options: SvgOptions = {}): string {
  return renderSvg(buildFigure(kb, figure), kb, options);
}
