/**
 * `stat3 map --figure 1|2 --out FILE.svg|.png` — the review's figures drawn from the knowledge base.
 * SVG from @stat3/stat3's emitter; PNG through resvg (render/png.ts). The time taken goes to stderr so
 * the < 2 s budget is visible on every run.
 */

import { buildFigure, loadKb, renderSvg } from "@stat3/stat3";
import type { Command } from "commander";
import { writeFigure } from "../render/png.js";

export interface MapResult {
  file: string;
  format: "svg" | "png";
  width: number;
  height: number;
  nodes: number;
  arcs: number;
  /** wall-clock time of build + layout + render + write */
  ms: number;
  /** CPU time of the same (user + system), which other processes' load does not inflate */
  cpuMs: number;
}

/** Build, lay out, render and write one figure. */
export async function renderMap(
  figure: string,
  file: string,
  options: { width?: number; linkBase?: string } = {},
): Promise<MapResult> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const kb = loadKb();
  const g = buildFigure(kb, figure);
  const svg = renderSvg(g, kb, options.linkBase ? { linkBase: options.linkBase } : {});
  const format = await writeFigure(file, svg, options.width ? { width: options.width } : {});
  const cpu = process.cpuUsage(c0);
  return {
    file,
    format,
    width: g.width,
    height: g.height,
    nodes: g.nodes.length,
    arcs: g.arcs.length,
    ms: Math.round(performance.now() - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  };
}

export function registerMap(program: Command): void {
  program
    .command("map")
    .description(
      "draw the review's Fig. 1 (STAT3 signalling) or Fig. 2 (tumour microenvironment) from the knowledge base",
    )
    .requiredOption("--figure <n>", "1 or 2")
    .requiredOption("--out <file>", "output file, .svg or .png")
    .option("--width <px>", "PNG width in pixels (default: twice the SVG width)")
    .option("--link-base <page>", "make each entity a link to <page>#<entity id> (e.g. entities.md)")
    .option("--json", "print the result as JSON")
    .action(async (o: { figure: string; out: string; width?: string; linkBase?: string; json?: boolean }) => {
      const r = await renderMap(o.figure, o.out, {
        width: o.width ? Number(o.width) : undefined,
        linkBase: o.linkBase,
      });
      if (o.json) process.stdout.write(`${JSON.stringify(r)}\n`);
      process.stderr.write(
        `wrote ${r.file} (${r.format}, ${r.width}×${r.height} px, ${r.nodes} nodes, ${r.arcs} arcs) in ${r.ms} ms (${r.cpuMs} ms CPU)\n`,
      );
    });
}
