/**
 * A small, dependency-free SVG line chart for time courses: one panel, several series, nice axis
 * ticks (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990), a legend, optional log y.
 * Used by `stat3 simulate --out run.svg|.png`; the web app draws its own interactive plots.
 */

export interface Series {
  name: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

export interface LineChartOptions {
  title?: string;
  xLabel?: string;
  yLabel?: string;
  width?: number;
  height?: number;
  logY?: boolean;
  /**
   * `overlay`: all series on one axis; `panels`: one stacked panel per series, each with its own
   * value axis; `auto` (default): panels when the series' ranges differ by more than 10×, so a
   * fraction (0..1) is not drawn flat beside a 50-fold induction.
   */
  layout?: "overlay" | "panels" | "auto";
}

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];

export function niceNumber(x: number, round: boolean): number {
  const exp = Math.floor(Math.log10(x));
  const f = x / 10 ** exp;
  let nf: number;
  if (round) nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
  else nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  return nf * 10 ** exp;
}

/** Tick positions covering [lo, hi] with about `count` ticks. */
export function niceTicks(lo: number, hi: number, count = 6): number[] {
  if (!(hi > lo)) {
    const d = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= d;
    hi += d;
  }
  // the step from the raw range: Heckbert's rounding of the range first (niceNumber(range, false)) can
  // double it (a range of 101 becomes 200), leaving two ticks on an axis from −6 to 95
  const step = niceNumber((hi - lo) / (count - 1), true);
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  // first tick at or below lo, last tick at or above hi
  for (let k = 0; k < 1000; k++) {
    const v = start + k * step;
    ticks.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
    if (v >= hi - step * 1e-9) break;
  }
  return ticks;
}

function fmt(v: number): string {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(1).replace("e+", "e");
  return Number(v.toPrecision(6)).toString();
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function seriesSpan(s: Series): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < s.y.length; i++) {
    const v = s.y[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return Number.isFinite(lo) ? Math.max(Math.abs(hi), Math.abs(lo), hi - lo) : 0;
}

export function lineChartSvg(series: Series[], options: LineChartOptions = {}): string {
  const layout = options.layout ?? "auto";
  if (series.length > 1 && layout !== "overlay") {
    const spans = series.map(seriesSpan).filter((v) => v > 0);
    const spread = spans.length > 1 ? Math.max(...spans) / Math.min(...spans) : 1;
    if (layout === "panels" || spread > 10) return panelsSvg(series, options);
  }
  return overlaySvg(series, options);
}

/** One panel per series, stacked, sharing the time axis. */
function panelsSvg(series: Series[], options: LineChartOptions): string {
  const W = options.width ?? 800;
  const panelH = 200;
  const titleH = options.title ? 34 : 0;
  const H = titleH + panelH * series.length;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Arial, sans-serif">`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  if (options.title) out.push(`<text x="${W / 2}" y="24" font-size="16" text-anchor="middle" font-weight="bold">${esc(options.title)}</text>`);
  series.forEach((s, k) => {
    const inner = overlaySvg([s], {
      ...options,
      title: undefined,
      height: panelH,
      yLabel: undefined,
      xLabel: k === series.length - 1 ? options.xLabel : undefined,
      colourOffset: k,
      legendWidth: legendWidthFor(series),
    });
    out.push(`<g transform="translate(0 ${titleH + k * panelH})">${inner.replace(/^<svg[^>]*>/, "").replace(/<\/svg>$/, "")}</g>`);
  });
  out.push("</svg>");
  return out.join("\n");
}

function legendWidthFor(series: Series[]): number {
  // as wide as the longest name (≈7.2 px per character at 12 px), within reason
  const longest = series.reduce((m, s) => Math.max(m, s.name.length), 0);
  return Math.min(360, Math.max(120, 44 + longest * 7.2));
}

function overlaySvg(series: Series[], options: LineChartOptions & { colourOffset?: number; legendWidth?: number }): string {
  const W = options.width ?? 800;
  const H = options.height ?? 480;
  const legendW = options.legendWidth ?? legendWidthFor(series);
  const m = { left: 72, right: legendW + 16, top: options.title ? 40 : 16, bottom: 52 };
  const pw = W - m.left - m.right;
  const ph = H - m.top - m.bottom;
  const tf = (v: number) => (options.logY ? Math.log10(v) : v);
  let xmin = Infinity, xmax = -Infinity, ymin = Infinity, ymax = -Infinity;
  for (const s of series) {
    for (let i = 0; i < s.x.length; i++) {
      const x = s.x[i];
      const y = tf(s.y[i]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (x < xmin) xmin = x;
      if (x > xmax) xmax = x;
      if (y < ymin) ymin = y;
      if (y > ymax) ymax = y;
    }
  }
  if (!Number.isFinite(xmin)) { xmin = 0; xmax = 1; ymin = 0; ymax = 1; }
  const xt = niceTicks(xmin, xmax);
  const yt = niceTicks(ymin, ymax);
  // the time axis spans exactly the data; the value axis is widened to round ticks
  const x0 = xmin, x1 = xmax > xmin ? xmax : xmin + 1;
  const y0 = Math.min(yt[0], ymin), y1 = Math.max(yt[yt.length - 1], ymax);
  const sx = (x: number) => m.left + ((x - x0) / (x1 - x0 || 1)) * pw;
  const sy = (y: number) => m.top + ph - ((y - y0) / (y1 - y0 || 1)) * ph;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Arial, sans-serif">`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  if (options.title) out.push(`<text x="${m.left + pw / 2}" y="24" font-size="16" text-anchor="middle" font-weight="bold">${esc(options.title)}</text>`);
  // grid and ticks
  for (const v of xt) {
    if (v < x0 || v > x1) continue;
    const x = sx(v).toFixed(1);
    out.push(`<line x1="${x}" y1="${m.top}" x2="${x}" y2="${m.top + ph}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${x}" y="${m.top + ph + 18}" font-size="12" text-anchor="middle">${fmt(v)}</text>`);
  }
  for (const v of yt) {
    if (v < y0 || v > y1) continue;
    const y = sy(v).toFixed(1);
    out.push(`<line x1="${m.left}" y1="${y}" x2="${m.left + pw}" y2="${y}" stroke="#e5e5e5"/>`);
    const label = options.logY ? fmt(10 ** v) : fmt(v);
    out.push(`<text x="${m.left - 6}" y="${y}" font-size="12" text-anchor="end" dominant-baseline="middle">${label}</text>`);
  }
  out.push(`<rect x="${m.left}" y="${m.top}" width="${pw}" height="${ph}" fill="none" stroke="#333"/>`);
  if (options.xLabel) out.push(`<text x="${m.left + pw / 2}" y="${H - 12}" font-size="13" text-anchor="middle">${esc(options.xLabel)}</text>`);
  if (options.yLabel) out.push(`<text transform="translate(16 ${m.top + ph / 2}) rotate(-90)" font-size="13" text-anchor="middle">${esc(options.yLabel)}</text>`);
  // series
  series.forEach((s, k) => {
    const colour = PALETTE[(k + (options.colourOffset ?? 0)) % PALETTE.length];
    let d = "";
    let pen = false;
    for (let i = 0; i < s.x.length; i++) {
      const y = tf(s.y[i]);
      if (!Number.isFinite(s.x[i]) || !Number.isFinite(y)) { pen = false; continue; }
      d += `${pen ? "L" : "M"}${sx(s.x[i]).toFixed(2)} ${sy(y).toFixed(2)}`;
      pen = true;
    }
    out.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    const ly = m.top + 10 + k * 20;
    out.push(`<line x1="${W - legendW}" y1="${ly}" x2="${W - legendW + 24}" y2="${ly}" stroke="${colour}" stroke-width="3"/>`);
    out.push(`<text x="${W - legendW + 30}" y="${ly}" font-size="12" dominant-baseline="middle">${esc(s.name)}</text>`);
  });
  out.push("</svg>");
  return out.join("\n");
}
