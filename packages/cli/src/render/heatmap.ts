/**
 * Dose-matrix heatmaps and the one-combination report (single-agent curves, response matrix, synergy
 * map) as dependency-free SVG; `writeFigure` (png.ts) turns them into PNG.
 *
 * Colours: the synergy map uses a diverging scale centred on 0 — red for synergy, green for antagonism,
 * as SynergyFinder draws its maps (Ianevski et al. 2017, doi:10.1093/bioinformatics/btx162) — clamped
 * at ±max(10, |score|max) so a flat map stays pale; the response matrix uses a sequential white→purple
 * scale over 0–100 % inhibition. Each cell shows its value, in dark or light ink chosen by the cell's
 * luminance so the numbers stay readable.
 */
import { niceTicks } from "./line-chart.js";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const FONT = `font-family="DejaVu Sans, Arial, sans-serif"`;

type Rgb = [number, number, number];
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((k) => a[k] + (b[k] - a[k]) * t) as Rgb;
const hex = (c: Rgb) =>
  `#${c
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
const luminance = (c: Rgb) => (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;

const RED: Rgb = [200, 30, 45];
const GREEN: Rgb = [30, 140, 70];
const WHITE: Rgb = [255, 255, 255];
const PURPLE: Rgb = [63, 0, 125];
const PALE: Rgb = [252, 251, 253];

/** Diverging colour of a synergy score in [−lim, lim]. */
export function synergyColor(v: number, lim: number): Rgb {
  if (!Number.isFinite(v)) return [200, 200, 200];
  const t = Math.max(-1, Math.min(1, v / lim));
  return t >= 0 ? mix(WHITE, RED, t) : mix(WHITE, GREEN, -t);
}

/** Sequential colour of an inhibition in % (0–100). */
export function responseColor(v: number): Rgb {
  if (!Number.isFinite(v)) return [200, 200, 200];
  return mix(PALE, PURPLE, Math.max(0, Math.min(1, v / 100)));
}

/** Concentration in nM as a short label: 0, 30 pM, 1 nM, 2.5 µM, 1 mM. */
export function formatDose(nM: number): string {
  if (nM === 0) return "0";
  const units: [number, string][] = [
    [1e6, "mM"],
    [1e3, "µM"],
    [1, "nM"],
    [1e-3, "pM"],
  ];
  for (const [f, u] of units)
    if (nM >= f * 0.9995 || f === 1e-3) return `${Number((nM / f).toPrecision(2))} ${u}`;
  return `${nM} nM`;
}

export interface HeatmapPanel {
  x: number;
  y: number;
  /** cell size in px */
  cell: number;
  title: string;
  /** rows: doses of drug A (bottom to top), columns: drug B */
  rowsLabel: string;
  colsLabel: string;
  rowDoses: number[];
  colDoses: number[];
  values: number[][];
  color: (v: number) => Rgb;
  /** legend: from, to and a label */
  legend: {
    lo: number;
    hi: number;
    label: string /** words at the ends of the bar */;
    ends?: [string, string];
  };
  /** cells to draw hatched (e.g. the single-agent row/column of a synergy map) */
  muted?: (i: number, j: number) => boolean;
  /** decimals of the cell numbers */
  digits?: number;
}

/** A cell's number; a value that rounds to zero prints without a sign ("-0.0" reads as a bug). */
function cellText(v: number, digits: number): string {
  const t = v.toFixed(digits);
  return Number(t) === 0 ? (0).toFixed(digits) : t;
}

/** One heatmap panel as an SVG group; drug A dose increases upwards, drug B to the right. */
export function heatmapGroup(p: HeatmapPanel): string {
  const nR = p.rowDoses.length;
  const nC = p.colDoses.length;
  const c = p.cell;
  const left = p.x + 78;
  const top = p.y + 34;
  const out: string[] = [];
  out.push(
    `<text x="${left + (nC * c) / 2}" y="${p.y + 18}" ${FONT} font-size="15" font-weight="bold" text-anchor="middle">${esc(p.title)}</text>`,
  );
  const fs = Math.max(8, Math.min(12, c * 0.3));
  for (let i = 0; i < nR; i++)
    for (let j = 0; j < nC; j++) {
      const v = p.values[i][j];
      const col = p.color(v);
      const cx = left + j * c;
      const cy = top + (nR - 1 - i) * c;
      const muted = p.muted?.(i, j) ?? false;
      out.push(
        `<rect x="${cx}" y="${cy}" width="${c}" height="${c}" fill="${muted ? "#f2f2f2" : hex(col)}" stroke="#ffffff" stroke-width="1"/>`,
      );
      if (!muted && Number.isFinite(v)) {
        const ink = luminance(col) < 0.55 ? "#ffffff" : "#222222";
        out.push(
          `<text x="${cx + c / 2}" y="${cy + c / 2 + fs * 0.35}" ${FONT} font-size="${fs}" text-anchor="middle" fill="${ink}">${cellText(v, p.digits ?? 0)}</text>`,
        );
      }
    }
  out.push(
    `<rect x="${left}" y="${top}" width="${nC * c}" height="${nR * c}" fill="none" stroke="#555" stroke-width="1"/>`,
  );
  // axes: dose labels
  for (let i = 0; i < nR; i++)
    out.push(
      `<text x="${left - 5}" y="${top + (nR - 1 - i) * c + c / 2 + 4}" ${FONT} font-size="10.5" text-anchor="end">${esc(formatDose(p.rowDoses[i]))}</text>`,
    );
  for (let j = 0; j < nC; j++) {
    const tx = left + j * c + c / 2;
    const ty = top + nR * c + 8;
    out.push(
      `<text x="${tx}" y="${ty}" ${FONT} font-size="10.5" text-anchor="end" transform="rotate(-45 ${tx} ${ty})">${esc(formatDose(p.colDoses[j]))}</text>`,
    );
  }
  out.push(
    `<text x="${left + (nC * c) / 2}" y="${top + nR * c + 58}" ${FONT} font-size="13" text-anchor="middle">${esc(p.colsLabel)}</text>`,
  );
  const ly = top + (nR * c) / 2;
  out.push(
    `<text x="${p.x + 12}" y="${ly}" ${FONT} font-size="13" text-anchor="middle" transform="rotate(-90 ${p.x + 12} ${ly})">${esc(p.rowsLabel)}</text>`,
  );
  // colour bar
  const bx = left + nC * c + 14;
  const bh = nR * c;
  const steps = 40;
  for (let k = 0; k < steps; k++) {
    const v = p.legend.hi - ((k + 0.5) / steps) * (p.legend.hi - p.legend.lo);
    out.push(
      `<rect x="${bx}" y="${top + (k * bh) / steps}" width="14" height="${bh / steps + 0.5}" fill="${hex(p.color(v))}"/>`,
    );
  }
  out.push(`<rect x="${bx}" y="${top}" width="14" height="${bh}" fill="none" stroke="#555"/>`);
  for (const t of niceTicks(p.legend.lo, p.legend.hi, 5)) {
    if (t < p.legend.lo - 1e-9 || t > p.legend.hi + 1e-9) continue;
    const ty = top + ((p.legend.hi - t) / (p.legend.hi - p.legend.lo)) * bh;
    out.push(`<line x1="${bx + 14}" x2="${bx + 18}" y1="${ty}" y2="${ty}" stroke="#555"/>`);
    out.push(`<text x="${bx + 21}" y="${ty + 4}" ${FONT} font-size="10">${t}</text>`);
  }
  if (p.legend.ends) {
    out.push(
      `<text x="${bx + 7}" y="${top - 9}" ${FONT} font-size="10" text-anchor="middle" fill="#a01c2c">${esc(p.legend.ends[1])}</text>`,
    );
    out.push(
      `<text x="${bx + 7}" y="${top + bh + 14}" ${FONT} font-size="10" text-anchor="middle" fill="#1e7a46">${esc(p.legend.ends[0])}</text>`,
    );
  }
  const lx = bx + 52;
  out.push(
    `<text x="${lx}" y="${top + bh / 2}" ${FONT} font-size="11" text-anchor="middle" transform="rotate(-90 ${lx} ${top + bh / 2})">${esc(p.legend.label)}</text>`,
  );
  return `<g>${out.join("")}</g>`;
}

/** Width and height a heatmap panel occupies. */
export function heatmapSize(nRows: number, nCols: number, cell: number): { width: number; height: number } {
  return { width: 78 + nCols * cell + 14 + 62, height: 34 + nRows * cell + 68 };
}

const svgDoc = (w: number, h: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#ffffff"/>${body}</svg>\n`;

export interface SynergyMapInput {
  title: string;
  drugA: string;
  drugB: string;
  dosesA: number[];
  dosesB: number[];
  scores: number[][];
  label: string;
}

/** A stand-alone synergy map (the combo command's heatmap.svg/png). */
export function synergyHeatmapSvg(o: SynergyMapInput): string {
  const cell = 46;
  const lim = synergyLimit(o.scores);
  const { width, height } = heatmapSize(o.dosesA.length, o.dosesB.length, cell);
  return svgDoc(
    width + 20,
    height + 10,
    heatmapGroup({
      x: 10,
      y: 5,
      cell,
      title: o.title,
      rowsLabel: o.drugA,
      colsLabel: o.drugB,
      rowDoses: o.dosesA,
      colDoses: o.dosesB,
      values: o.scores,
      color: (v) => synergyColor(v, lim),
      legend: { lo: -lim, hi: lim, label: o.label, ends: ["antagonism", "synergy"] },
      muted: (i, j) => i === 0 || j === 0,
      digits: 1,
    }),
  );
}

function synergyLimit(s: number[][]): number {
  let m = 0;
  for (let i = 1; i < s.length; i++)
    for (let j = 1; j < s[i].length; j++) if (Number.isFinite(s[i][j])) m = Math.max(m, Math.abs(s[i][j]));
  return Math.max(10, Math.ceil(m / 5) * 5);
}

export interface CurveInput {
  name: string;
  doses: number[];
  responses: number[];
  fit?: (dose: number) => number;
  ic50?: number;
  color: string;
}

/** Single-agent dose–response curves on a log dose axis (zero dose drawn at the left edge). */
export function curvesGroup(
  x: number,
  y: number,
  w: number,
  h: number,
  title: string,
  curves: CurveInput[],
  yLabel: string,
): string {
  const out: string[] = [];
  const left = x + 56;
  const top = y + 34;
  const pw = w - 70;
  const ph = h - 34 - 56;
  const pos = curves.flatMap((c) => c.doses.filter((d) => d > 0));
  const lo = Math.floor(Math.log10(Math.min(...pos)));
  const hi = Math.ceil(Math.log10(Math.max(...pos)));
  const zeroX = left;
  const gap = 44; // the zero dose sits left of an axis break
  const xOf = (d: number) =>
    d > 0 ? left + gap + ((Math.log10(d) - lo) / (hi - lo)) * (pw - gap) : zeroX + 10;
  const ys = curves.flatMap((c) => c.responses);
  const yLo = Math.min(0, ...ys);
  const yHi = Math.max(100, ...ys);
  const yt = niceTicks(yLo, yHi, 6);
  const y0 = yt[0];
  const y1 = yt[yt.length - 1];
  const yOf = (v: number) => top + ph - ((v - y0) / (y1 - y0)) * ph;
  out.push(
    `<text x="${left + pw / 2}" y="${y + 18}" ${FONT} font-size="15" font-weight="bold" text-anchor="middle">${esc(title)}</text>`,
  );
  for (const t of yt) {
    out.push(`<line x1="${left}" x2="${left + pw}" y1="${yOf(t)}" y2="${yOf(t)}" stroke="#e6e6e6"/>`);
    out.push(
      `<text x="${left - 6}" y="${yOf(t) + 4}" ${FONT} font-size="10.5" text-anchor="end">${t}</text>`,
    );
  }
  for (let e = lo; e <= hi; e++) {
    const xx = xOf(10 ** e);
    out.push(`<line x1="${xx}" x2="${xx}" y1="${top}" y2="${top + ph}" stroke="#eeeeee"/>`);
    out.push(
      `<text x="${xx}" y="${top + ph + 16}" ${FONT} font-size="10.5" text-anchor="middle">${esc(formatDose(10 ** e))}</text>`,
    );
  }
  out.push(
    `<text x="${zeroX + 10}" y="${top + ph + 16}" ${FONT} font-size="10.5" text-anchor="middle">0</text>`,
  );
  // axis break between the zero dose and the log axis
  const bx = left + gap / 2 + 2;
  out.push(`<rect x="${bx - 4}" y="${top + ph - 6}" width="8" height="12" fill="#ffffff"/>`);
  out.push(
    `<path d="M${bx - 6} ${top + ph + 5} l4 -10 M${bx + 1} ${top + ph + 5} l4 -10" stroke="#555" stroke-width="1"/>`,
  );
  out.push(`<rect x="${left}" y="${top}" width="${pw}" height="${ph}" fill="none" stroke="#555"/>`);
  out.push(
    `<text x="${left + pw / 2}" y="${top + ph + 38}" ${FONT} font-size="13" text-anchor="middle">dose (log scale)</text>`,
  );
  const ly = top + ph / 2;
  out.push(
    `<text x="${x + 14}" y="${ly}" ${FONT} font-size="13" text-anchor="middle" transform="rotate(-90 ${x + 14} ${ly})">${esc(yLabel)}</text>`,
  );
  curves.forEach((c, k) => {
    if (c.fit) {
      const pts: string[] = [];
      for (let s = 0; s <= 200; s++) {
        const d = 10 ** (lo + ((hi - lo) * s) / 200);
        const v = c.fit(d);
        if (Number.isFinite(v)) pts.push(`${xOf(d).toFixed(1)},${yOf(v).toFixed(1)}`);
      }
      out.push(`<polyline points="${pts.join(" ")}" fill="none" stroke="${c.color}" stroke-width="2.2"/>`);
    }
    c.doses.forEach((d, i) => {
      out.push(
        `<circle cx="${xOf(d)}" cy="${yOf(c.responses[i])}" r="4" fill="${c.color}" stroke="#fff" stroke-width="1"/>`,
      );
    });
    if (c.ic50 !== undefined && Number.isFinite(c.ic50) && c.ic50 > 10 ** lo && c.ic50 < 10 ** hi) {
      const xx = xOf(c.ic50);
      out.push(
        `<line x1="${xx}" x2="${xx}" y1="${top + ph}" y2="${top}" stroke="${c.color}" stroke-dasharray="4 3" stroke-width="1"/>`,
      );
    }
    const lyk = top + 14 + k * 18;
    out.push(
      `<line x1="${left + 10}" x2="${left + 30}" y1="${lyk}" y2="${lyk}" stroke="${c.color}" stroke-width="2.5"/>`,
    );
    out.push(
      `<text x="${left + 36}" y="${lyk + 4}" ${FONT} font-size="11.5">${esc(c.name)}${c.ic50 !== undefined && Number.isFinite(c.ic50) ? `, EC50 ${esc(formatDose(c.ic50))}` : ""}</text>`,
    );
  });
  return `<g>${out.join("")}</g>`;
}

export interface ReportInput {
  title: string;
  subtitle: string;
  drugA: string;
  drugB: string;
  dosesA: number[];
  dosesB: number[];
  /** % inhibition */
  response: number[][];
  curveA: CurveInput;
  curveB: CurveInput;
  model: string;
  scores: number[][];
  /** summary lines shown under the panels (e.g. "Bliss mean 4.2, max 12.0") */
  summary: string[];
}

/** The one-combination report: curves | response matrix | synergy map, with the summary scores. */
export function comboReportSvg(o: ReportInput): string {
  const nR = o.dosesA.length;
  const nC = o.dosesB.length;
  const cell = Math.max(30, Math.min(46, Math.floor(420 / Math.max(nR, nC))));
  const hm = heatmapSize(nR, nC, cell);
  const panelH = Math.max(hm.height, 380);
  const curveW = 420;
  const top = 64;
  const W = 20 + curveW + 20 + hm.width + 20 + hm.width + 20;
  const H = top + panelH + 28 + 20 * Math.ceil(o.summary.length / 2) + 16;
  const lim = synergyLimit(o.scores);
  const parts: string[] = [];
  parts.push(`<text x="20" y="30" ${FONT} font-size="20" font-weight="bold">${esc(o.title)}</text>`);
  parts.push(`<text x="20" y="52" ${FONT} font-size="13" fill="#444">${esc(o.subtitle)}</text>`);
  parts.push(
    curvesGroup(
      20,
      top,
      curveW,
      Math.min(panelH, hm.height),
      "Single agents",
      [o.curveA, o.curveB],
      "inhibition (%)",
    ),
  );
  const x2 = 20 + curveW + 20;
  parts.push(
    heatmapGroup({
      x: x2,
      y: top,
      cell,
      title: "Response (% inhibition)",
      rowsLabel: o.drugA,
      colsLabel: o.drugB,
      rowDoses: o.dosesA,
      colDoses: o.dosesB,
      values: o.response,
      color: responseColor,
      legend: { lo: 0, hi: 100, label: "inhibition (%)" },
    }),
  );
  const x3 = x2 + hm.width + 20;
  parts.push(
    heatmapGroup({
      x: x3,
      y: top,
      cell,
      title: `${o.model} synergy`,
      rowsLabel: o.drugA,
      colsLabel: o.drugB,
      rowDoses: o.dosesA,
      colDoses: o.dosesB,
      values: o.scores,
      color: (v) => synergyColor(v, lim),
      legend: { lo: -lim, hi: lim, label: "synergy (% points)", ends: ["antagonism", "synergy"] },
      muted: (i, j) => i === 0 || j === 0,
      digits: 1,
    }),
  );
  const sy = top + panelH + 28;
  o.summary.forEach((line, k) => {
    parts.push(
      `<text x="${20 + (k % 2) * (W / 2)}" y="${sy + Math.floor(k / 2) * 20}" ${FONT} font-size="13">${esc(line)}</text>`,
    );
  });
  return svgDoc(W, H, parts.join(""));
}
