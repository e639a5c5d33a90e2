/** A time-course plot (uPlot): the scenario's series solid, the baseline dashed, a cursor line at the time slider. */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface Line {
  label: string;
  values: number[];
  color: string;
  dash?: boolean;
}

const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** a log axis tick: 10⁴ at powers of ten, nothing between them */
function powerOfTen(v: number): string {
  const k = Math.round(Math.log10(v));
  if (!(v > 0) || Math.abs(v / 10 ** k - 1) > 1e-9) return "";
  return k >= 0 && k < 10 ? `10${SUP[k]}` : `1e${k}`;
}

export function Plot({
  title,
  t,
  lines,
  cursorT,
  yLabel,
  xLabel = "time (min)",
  height = 200,
  testId,
  xTick,
  yFromZero,
  yLog,
}: {
  title: string;
  t: number[];
  lines: Line[];
  cursorT?: number;
  yLabel: string;
  xLabel?: string;
  height?: number;
  testId?: string;
  /** tick text for an x value (e.g. a log10 dose shown as "1 µM") */
  xTick?: (v: number) => string;
  /** y axis from 0 (amounts and fractions read better against zero) */
  yFromZero?: boolean;
  /** log-scale y (cell counts over orders of magnitude); values must be positive */
  yLog?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const cursor = useRef<number | undefined>(cursorT);
  cursor.current = cursorT;

  useEffect(() => {
    if (!box.current || t.length === 0) return;
    const width = box.current.clientWidth || 420;
    const opts: uPlot.Options = {
      width,
      height,
      title,
      scales: {
        x: { time: false },
        ...(yLog
          ? { y: { distr: 3 } }
          : yFromZero
            ? {
                y: {
                  range: (_u: uPlot, _min: number, max: number): uPlot.Range.MinMax => [
                    0,
                    max > 0 ? max * 1.08 : 1,
                  ],
                },
              }
            : {}),
      },
      axes: [
        xTick
          ? {
              label: xLabel,
              stroke: "#333",
              values: (_u: uPlot, vals: number[]) => vals.map((v) => (Number.isInteger(v) ? xTick(v) : "")),
            }
          : { label: xLabel, stroke: "#333" },
        yLog
          ? {
              label: yLabel,
              stroke: "#333",
              size: 60,
              values: (_u: uPlot, vals: number[]) => vals.map(powerOfTen),
            }
          : { label: yLabel, stroke: "#333", size: 60 },
      ],
      series: [
        { label: "t" },
        ...lines.map((l) => ({
          label: l.label,
          stroke: l.color,
          width: 2,
          dash: l.dash ? [6, 4] : undefined,
          points: { show: false },
        })),
      ],
      legend: { show: true, live: false },
      hooks: {
        draw: [
          (u: uPlot) => {
            const c = cursor.current;
            if (c === undefined) return;
            const x = u.valToPos(c, "x", true);
            const ctx = u.ctx;
            ctx.save();
            ctx.strokeStyle = "#1f6feb";
            ctx.lineWidth = 1.5;
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            ctx.restore();
          },
        ],
      },
    };
    const data = [t, ...lines.map((l) => l.values)] as uPlot.AlignedData;
    plot.current?.destroy();
    plot.current = new uPlot(opts, data, box.current);
    return () => {
      plot.current?.destroy();
      plot.current = null;
    };
  }, [t, lines, title, yLabel, xLabel, height, xTick, yFromZero, yLog]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the draw hook reads the cursor from a ref; this redraws when it moves
  useEffect(() => {
    plot.current?.redraw(false, false);
  }, [cursorT]);

  return (
    <div
      ref={box}
      className="plot"
      data-testid={testId}
      data-points={t.length}
      data-last={lines[0]?.values.at(-1)}
      data-cursor={cursorT}
    />
  );
}
