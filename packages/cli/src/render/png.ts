/**
 * SVG → PNG for the CLI, through resvg (a Rust SVG renderer shipped as a napi binary in an npm
 * package: no Cairo, no browser). Every figure the CLI writes is made as SVG first; PNG is this step.
 */
import { Resvg } from "@resvg/resvg-js";

export interface PngOptions {
  /** output width in pixels (height follows the aspect ratio); default: the SVG's own width × 2 */
  width?: number;
  /** background colour; default white (transparent PNGs read badly in viewers and slides) */
  background?: string;
}

export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    background: options.background ?? "white",
    fitTo: options.width ? { mode: "width", value: options.width } : { mode: "zoom", value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}

/** Writes `svg` to `path` as SVG or PNG according to the file extension. Returns the format used. */
export async function writeFigure(path: string, svg: string, options: PngOptions = {}): Promise<"svg" | "png"> {
  const { writeFile } = await import("node:fs/promises");
  if (path.toLowerCase().endsWith(".png")) {
    await writeFile(path, svgToPng(svg, options));
    return "png";
  }
  await writeFile(path, svg, "utf8");
  return "svg";
}
