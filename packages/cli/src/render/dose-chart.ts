/**
 * A dose-response figure: the simulated responses and the fitted 4-parameter Hill curve over
 * log10 dose, drawn with the shared line chart (x is log10 of the dose in nM, so the axis is a log axis
 * labelled in decades).
 */
import { lineChartSvg } from "./line-chart.js";

export interface DoseChartInput {
  title: string;
  readout: string;
  doses: number[];
  responses: number[];
  fit?: (dose: number) => number;
  fitLabel?: string;
}

export function doseChartSvg(o: DoseChartInput): string {
  const lx = o.doses.map((d) => Math.log10(d));
  const series = [{ name: "simulated", x: lx, y: o.responses }];
  if (o.fit) {
    const lo = Math.min(...lx);
    const hi = Math.max(...lx);
    const xs = Array.from({ length: 200 }, (_, i) => lo + ((hi - lo) * i) / 199);
    series.push({ name: o.fitLabel ?? "Hill fit", x: xs, y: xs.map((x) => o.fit?.(10 ** x) ?? Number.NaN) });
  }
  return lineChartSvg(series, {
    title: o.title,
    xLabel: "log10 dose (nM): 0 = 1 nM, 3 = 1 µM",
    yLabel: o.readout,
  });
}
