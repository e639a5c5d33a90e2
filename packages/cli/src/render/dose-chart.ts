/**
 * The dose–response figure of `stat3 dose-response --out fig.svg|.png`, drawn the way pharmacology
 * papers draw them: simulated responses as markers, the fitted 4-parameter Hill curve as a smooth line,
 * a log-concentration axis labelled in units (1 nM, 10 nM, …, 1 µM) with minor ticks at 2–9 × each
 * decade, the IC50 marked by a dashed drop line from the curve to the axis with its 95 % interval as a
 * shaded band, and a subtitle with the experimental context. Dependency-free SVG (PNG via png.ts).
 */
import { niceTicks } from "./line-chart.js";

export interface DoseChartFit {
  /** fitted response at a dose (nM) */
  curve: (doseNm: number) => number;
  ic50: number;
  ic50Ci: [number, number];
  hill: number;
  /** how the interval was obtained, for the legend (e.g. "profile likelihood") */
  ciMethod?: string;
  /** "IC50" for falling curves, "EC50" for rising ones */
  label?: "IC50" | "EC50";
}

export interface DoseChartInput {
  title: string;
  /** one line of context under the title (cell context, read-out time, stimulus, pre-incubation) */
  subtitle?: string;
  /** y-axis label */
  readout: string;
  /** x-axis label, e.g. "ruxolitinib concentration" */
  doseLabel?: string;
  /** doses in nM (> 0) */
  doses: number[];
  responses: number[];
  fit?: DoseChartFit;
  width?: number;
  height?: number;
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** 10^k nM as a concentration with a unit: 1 pM … 100 pM, 1 nM … 100 nM, 1 µM …, 1 mM …, 1 M. */
export function formatConcentrationNm(nm: number): string {
  const units: [number, string][] = [
    [1e9, "M"],
    [1e6, "mM"],
    [1e3, "µM"],
    [1, "nM"],
    [1e-3, "pM"],
    [1e-6, "fM"],
  ];
  for (const [f, u] of units) if (nm >= f * 0.9999999) return `${Number((nm / f).toPrecision(3))} ${u}`;
  return `${Number((nm / 1e-6).toPrecision(3))} fM`;
}

/** "259–286 nM" when both ends share a unit, else "850 nM – 1.2 µM". */
export function formatRangeNm(lo: number, hi: number): string {
  const a = formatConcentrationNm(lo).split(" ");
  const b = formatConcentrationNm(hi).split(" ");
  return a[1] === b[1] ? `${a[0]}–${b[0]} ${b[1]}` : `${a.join(" ")} – ${b.join(" ")}`;
}

/** Compact number for labels: 3 significant figures. */
const fmt3 = (v: number) => (v === 0 ? "0" : Number(v.toPrecision(3)).toString());

const C = {
  marker: "#1f4e79",
  curve: "#c0392b",
  band: "#c0392b",
  grid: "#ececec",
  axis: "#333",
  text: "#222",
  muted: "#555",
};

export function doseChartSvg(o: DoseChartInput): string {
  const W = o.width ?? 880;
  const H = o.height ?? 540;
  const m = { left: 84, right: 28, top: 48, bottom: 62 };
  const pw = W - m.left - m.right;
  // the subtitle wraps at its "·" separators to the plot width (≈6.6 px per character at 13 px, DejaVu Sans)
  const subLines: string[] = [];
  for (const part of (o.subtitle ?? "").split(/\s+·\s+/).filter((x) => x.length > 0)) {
    const last = subLines.length - 1;
    if (last >= 0 && (subLines[last].length + 3 + part.length) * 6.6 <= pw) subLines[last] += ` · ${part}`;
    else subLines.push(part);
  }
  m.top += subLines.length * 19 + (subLines.length ? 8 : 0);
  const ph = H - m.top - m.bottom;
  const pos = o.doses.map((d, i) => [d, o.responses[i]]).filter(([d, y]) => d > 0 && Number.isFinite(y));
  const lx = pos.map(([d]) => Math.log10(d));
  const lmin = lx.length ? Math.min(...lx) : 0;
  const lmax = lx.length ? Math.max(...lx) : 1;
  // x spans the data plus a quarter decade each side so edge markers are not cut by the frame
  const x0 = lmin - 0.25;
  const x1 = (lmax > lmin ? lmax : lmin + 1) + 0.25;
  const curveX = Array.from({ length: 241 }, (_, i) => x0 + ((x1 - x0) * i) / 240);
  const curveY = o.fit ? curveX.map((x) => o.fit?.curve(10 ** x) ?? Number.NaN) : [];
  // y: the data and the curve; 0 stays the floor when every response is ≥ 0 (a fraction, a level)
  const ys = [...pos.map(([, y]) => y), ...curveY.filter(Number.isFinite)];
  let ymin = ys.length ? Math.min(...ys) : 0;
  const ymax = ys.length ? Math.max(...ys) : 1;
  const nonNegative = pos.every(([, y]) => y >= 0);
  if (nonNegative) ymin = 0;
  const yt = niceTicks(ymin, ymax, 6).filter((v) => !nonNegative || v >= 0);
  const y0 = nonNegative ? 0 : Math.min(yt[0], ymin);
  const y1 = Math.max(yt[yt.length - 1], ymax);
  const sx = (x: number) => m.left + ((x - x0) / (x1 - x0)) * pw;
  const sy = (y: number) => m.top + ph - ((y - y0) / (y1 - y0 || 1)) * ph;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Arial, sans-serif" fill="${C.text}">`,
  );
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  out.push(
    `<defs><clipPath id="plot"><rect x="${m.left}" y="${m.top}" width="${pw}" height="${ph}"/></clipPath></defs>`,
  );
  out.push(`<text x="${m.left}" y="28" font-size="18" font-weight="bold">${esc(o.title)}</text>`);
  subLines.forEach((line, k) => {
    out.push(`<text x="${m.left}" y="${52 + 19 * k}" font-size="13" fill="${C.muted}">${esc(line)}</text>`);
  });

  // IC50 interval band (behind everything else)
  const f = o.fit;
  if (f && Number.isFinite(f.ic50Ci[0]) && Number.isFinite(f.ic50Ci[1])) {
    const a = Math.max(x0, Math.log10(f.ic50Ci[0]));
    const b = Math.min(x1, Math.log10(f.ic50Ci[1]));
    if (b > a) {
      // at least 3 px wide so a tight interval is still visible
      const wpx = Math.max(3, sx(b) - sx(a));
      const cx = (sx(a) + sx(b)) / 2;
      out.push(
        `<rect x="${(cx - wpx / 2).toFixed(1)}" y="${m.top}" width="${wpx.toFixed(1)}" height="${ph}" fill="${C.band}" fill-opacity="0.16"/>`,
      );
    }
  }
  // grid: major decades and y ticks
  const decades: number[] = [];
  for (let k = Math.ceil(x0); k <= Math.floor(x1); k++) decades.push(k);
  for (const k of decades) {
    const x = sx(k).toFixed(1);
    out.push(`<line x1="${x}" y1="${m.top}" x2="${x}" y2="${m.top + ph}" stroke="${C.grid}"/>`);
  }
  for (const v of yt) {
    if (v < y0 - 1e-12 || v > y1 + 1e-12) continue;
    const y = sy(v).toFixed(1);
    out.push(`<line x1="${m.left}" y1="${y}" x2="${m.left + pw}" y2="${y}" stroke="${C.grid}"/>`);
    out.push(
      `<line x1="${m.left - 5}" y1="${y}" x2="${m.left}" y2="${y}" stroke="${C.axis}"/>` +
        `<text x="${m.left - 9}" y="${y}" font-size="13" text-anchor="end" dominant-baseline="middle">${fmt3(v)}</text>`,
    );
  }
  // x ticks: labelled decades, minor ticks at 2..9 × 10^k
  for (const k of decades) {
    const x = sx(k).toFixed(1);
    out.push(
      `<line x1="${x}" y1="${m.top + ph}" x2="${x}" y2="${m.top + ph + 7}" stroke="${C.axis}"/>` +
        `<text x="${x}" y="${m.top + ph + 24}" font-size="13" text-anchor="middle">${formatConcentrationNm(10 ** k)}</text>`,
    );
  }
  for (let k = Math.floor(x0); k <= Math.ceil(x1); k++)
    for (let j = 2; j <= 9; j++) {
      const v = k + Math.log10(j);
      if (v < x0 || v > x1) continue;
      const x = sx(v).toFixed(1);
      out.push(`<line x1="${x}" y1="${m.top + ph}" x2="${x}" y2="${m.top + ph + 4}" stroke="${C.axis}"/>`);
    }
  // axes: left and bottom only (open frame)
  out.push(
    `<path d="M${m.left} ${m.top}V${m.top + ph}H${m.left + pw}" fill="none" stroke="${C.axis}" stroke-width="1.2"/>`,
  );
  out.push(
    `<text x="${m.left + pw / 2}" y="${H - 14}" font-size="14" text-anchor="middle">${esc(o.doseLabel ?? "concentration")} (log scale)</text>`,
  );
  out.push(
    `<text transform="translate(22 ${m.top + ph / 2}) rotate(-90)" font-size="14" text-anchor="middle">${esc(o.readout)}</text>`,
  );

  // fitted curve, the IC50 drop line and its marker
  if (f) {
    let d = "";
    let pen = false;
    curveX.forEach((x, i) => {
      const y = curveY[i];
      if (!Number.isFinite(y)) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${sx(x).toFixed(2)} ${sy(y).toFixed(2)}`;
      pen = true;
    });
    out.push(
      `<path d="${d}" fill="none" stroke="${C.curve}" stroke-width="2.5" stroke-linejoin="round" clip-path="url(#plot)"/>`,
    );
    const lc = Math.log10(f.ic50);
    if (lc >= x0 && lc <= x1) {
      const xc = sx(lc);
      const yc = sy(f.curve(f.ic50));
      out.push(
        `<line x1="${xc.toFixed(1)}" y1="${yc.toFixed(1)}" x2="${xc.toFixed(1)}" y2="${m.top + ph}" stroke="${C.curve}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
      );
      out.push(
        `<line x1="${m.left}" y1="${yc.toFixed(1)}" x2="${xc.toFixed(1)}" y2="${yc.toFixed(1)}" stroke="${C.curve}" stroke-width="1" stroke-dasharray="2 4" stroke-opacity="0.7"/>`,
      );
      out.push(
        `<circle cx="${xc.toFixed(1)}" cy="${yc.toFixed(1)}" r="5" fill="white" stroke="${C.curve}" stroke-width="2"/>`,
      );
      // annotation in the empty quadrant beside the drop line, below the half-maximal level: left of
      // it for a falling curve (the curve is above there), right of it for a rising one
      const name = f.label ?? "IC50";
      const falls = f.curve(10 ** (lc - 1)) >= f.curve(10 ** (lc + 1));
      const tx = falls ? xc - 12 : xc + 12;
      const anchor = falls ? "end" : "start";
      const ty = Math.min(m.top + ph - 30, yc + 30);
      out.push(
        `<text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" font-size="15" font-weight="bold" fill="${C.curve}" text-anchor="${anchor}">${name} = ${esc(formatConcentrationNm(f.ic50))}</text>`,
      );
      if (Number.isFinite(f.ic50Ci[0]) && Number.isFinite(f.ic50Ci[1]))
        out.push(
          `<text x="${tx.toFixed(1)}" y="${(ty + 19).toFixed(1)}" font-size="12.5" fill="${C.muted}" text-anchor="${anchor}">95% CI ${esc(formatRangeNm(f.ic50Ci[0], f.ic50Ci[1]))}</text>`,
        );
    }
  }
  // simulated points on top
  for (const [dose, y] of pos)
    out.push(
      `<circle cx="${sx(Math.log10(dose)).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="5" fill="${C.marker}" stroke="white" stroke-width="1.2"/>`,
    );

  // legend in the empty upper corner: upper right for a falling curve, upper left for a rising one
  const falling = pos.length > 1 && pos[0][1] >= pos[pos.length - 1][1];
  const entries: { kind: "dot" | "line" | "band"; text: string }[] = [
    { kind: "dot", text: "simulated (mechanistic model)" },
  ];
  if (f) {
    entries.push({ kind: "line", text: `4-parameter Hill fit, slope ${fmt3(f.hill)}` });
    if (Number.isFinite(f.ic50Ci[0]))
      entries.push({
        kind: "band",
        text: `${f.label ?? "IC50"} 95% CI${f.ciMethod ? ` (${f.ciMethod})` : ""}`,
      });
  }
  const lw = 24 + Math.max(...entries.map((e) => e.text.length)) * 7.4;
  const lxp = falling ? m.left + pw - lw - 8 : m.left + 16;
  entries.forEach((e, k) => {
    const y = m.top + 14 + k * 22;
    const sx0 = lxp;
    if (e.kind === "dot")
      out.push(
        `<circle cx="${sx0 + 9}" cy="${y}" r="5" fill="${C.marker}" stroke="white" stroke-width="1.2"/>`,
      );
    else if (e.kind === "line")
      out.push(
        `<line x1="${sx0}" y1="${y}" x2="${sx0 + 18}" y2="${y}" stroke="${C.curve}" stroke-width="2.5"/>`,
      );
    else
      out.push(
        `<rect x="${sx0 + 2}" y="${y - 7}" width="14" height="14" fill="${C.band}" fill-opacity="0.16" stroke="${C.curve}" stroke-width="1" stroke-dasharray="3 2"/>`,
      );
    out.push(
      `<text x="${sx0 + 26}" y="${y}" font-size="12.5" dominant-baseline="middle">${esc(e.text)}</text>`,
    );
  });
  out.push("</svg>");
  return out.join("\n");
}
