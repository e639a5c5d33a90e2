import assert from "node:assert/strict";
import { test } from "node:test";
import { doseChartSvg, formatConcentrationNm, formatRangeNm } from "../../src/render/dose-chart.js";
import { svgToPng } from "../../src/render/png.js";

const hill = (d: number, top: number, bottom: number, ic50: number, h: number) =>
  bottom + (top - bottom) / (1 + (d / ic50) ** h);
const doses = Array.from({ length: 12 }, (_, i) => 10 ** ((5 * i) / 11)); // 1 nM .. 100 µM

test("concentration labels carry units", () => {
  assert.equal(formatConcentrationNm(1), "1 nM");
  assert.equal(formatConcentrationNm(100), "100 nM");
  assert.equal(formatConcentrationNm(1000), "1 µM");
  assert.equal(formatConcentrationNm(1e5), "100 µM");
  assert.equal(formatConcentrationNm(1e-3), "1 pM");
  assert.equal(formatConcentrationNm(1e6), "1 mM");
  assert.equal(formatConcentrationNm(272.4), "272 nM");
  assert.equal(formatConcentrationNm(1520), "1.52 µM");
  assert.equal(formatRangeNm(259.2, 286.3), "259–286 nM");
  assert.equal(formatRangeNm(850, 1200), "850 nM – 1.2 µM");
});

test("falling curve: unit decades, markers, IC50 drop line and CI band, y floor at 0, legend upper right", () => {
  const ys = doses.map((d) => hill(d, 0.53, 0, 272, 1.4));
  const svg = doseChartSvg({
    title: "Ruxolitinib dose response: pSTAT3 fraction",
    subtitle:
      "context: hepatocyte · read-out: pSTAT3 fraction at 20 min · IL-6 40 ng/mL · ruxolitinib pre-incubated 60 min",
    readout: "pSTAT3 fraction at 20 min",
    doseLabel: "ruxolitinib concentration",
    doses,
    responses: ys,
    fit: {
      curve: (d) => hill(d, 0.53, -0.003, 272, 1.4),
      ic50: 272,
      ic50Ci: [259, 286],
      hill: 1.4,
      ciMethod: "profile likelihood",
    },
  });
  for (const label of ["1 nM", "10 nM", "100 nM", "1 µM", "10 µM", "100 µM"])
    assert.ok(svg.includes(`>${label}</text>`), label);
  assert.ok(!/>log10/.test(svg), "no log10 axis label");
  // 12 simulated markers (r=5, filled) plus the legend's marker
  assert.equal((svg.match(/<circle [^>]*r="5" fill="#1f4e79"/g) ?? []).length, 13);
  assert.match(svg, /IC50 = 272 nM/);
  assert.match(svg, /95% CI 259–286 nM/);
  // the drop line is dashed and sits at log10(272) on the axis, inside the shaded band
  const drop =
    /<line x1="([0-9.]+)" y1="[0-9.]+" x2="\1" y2="([0-9.]+)" stroke="#c0392b" stroke-width="1.5" stroke-dasharray="6 4"/.exec(
      svg,
    );
  assert.ok(drop, "dashed drop line");
  const band =
    /<rect x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)" height="[0-9.]+" fill="#c0392b" fill-opacity="0.16"\/>/.exec(
      svg,
    );
  assert.ok(band, "CI band");
  const xd = Number(drop[1]);
  assert.ok(Number(band[1]) <= xd && xd <= Number(band[1]) + Number(band[2]));
  // y axis: ticks from 0, none negative although the fitted curve dips to −0.003
  const yTicks = [...svg.matchAll(/text-anchor="end" dominant-baseline="middle">([^<]+)</g)].map((m) =>
    Number(m[1]),
  );
  assert.equal(Math.min(...yTicks), 0);
  assert.ok(Math.max(...yTicks) >= 0.53);
  // the subtitle is one line at the default width and wraps at "·" on a narrow figure
  const subtitleLines = (x: string) => (x.match(/font-size="13" fill="#555">/g) ?? []).length;
  assert.equal(subtitleLines(svg), 1);
  const narrow = doseChartSvg({
    title: "t",
    subtitle:
      "context: hepatocyte · read-out: pSTAT3 fraction at 20 min · IL-6 40 ng/mL · ruxolitinib pre-incubated 60 min",
    readout: "r",
    doses,
    responses: ys,
    width: 560,
  });
  assert.equal(subtitleLines(narrow), 2);
  assert.ok(narrow.includes(">ruxolitinib pre-incubated 60 min</text>") || narrow.includes("60 min</text>"));
  assert.equal(svgToPng(svg).subarray(1, 4).toString(), "PNG");
});

test("rising curve with negative data: EC50 label, legend upper left, axis below 0", () => {
  const ys = doses.map((d) => hill(d, -0.2, 1, 50, 1));
  const svg = doseChartSvg({
    title: "t",
    readout: "r",
    doses,
    responses: ys,
    fit: { curve: (d) => hill(d, -0.2, 1, 50, 1), ic50: 50, ic50Ci: [40, 60], hill: 1, label: "EC50" },
  });
  assert.match(svg, /EC50 = 50 nM/);
  const yTicks = [...svg.matchAll(/text-anchor="end" dominant-baseline="middle">([^<]+)</g)].map((m) =>
    Number(m[1]),
  );
  assert.ok(Math.min(...yTicks) < 0);
  const legendX = Number(
    /<circle cx="([0-9.]+)" cy="[0-9.]+" r="5" fill="#1f4e79" stroke="white" stroke-width="1.2"\/>\n<text x="[0-9.]+" y="[0-9.]+" font-size="12.5"/.exec(
      svg,
    )?.[1],
  );
  assert.ok(legendX < 200, `legend at x=${legendX}`);
});
