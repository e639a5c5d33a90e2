import assert from "node:assert/strict";
import { test } from "node:test";
import { lineChartSvg, niceTicks } from "../../src/render/line-chart.js";
import { svgToPng } from "../../src/render/png.js";

test("nice ticks cover the range with round steps", () => {
  assert.deepEqual(niceTicks(0, 50), [0, 10, 20, 30, 40, 50]);
  const t = niceTicks(0.013, 0.87);
  assert.ok(t[0] <= 0.013 && t[t.length - 1] >= 0.87);
  assert.equal(niceTicks(5, 5).length > 1, true);
  // a range just above a round number keeps about `count` ticks (Heckbert's range rounding gave −50…100)
  assert.deepEqual(niceTicks(-6, 95), [-20, 0, 20, 40, 60, 80, 100]);
});

test("a line chart is SVG with one path per series and escapes names", () => {
  const x = [0, 1, 2, 3];
  const svg = lineChartSvg([{ name: "[S1]", x, y: [1, 2, 3, 4] }, { name: "a<b", x, y: [4, 3, 2, 1] }], { title: "t" });
  assert.equal((svg.match(/<path /g) ?? []).length, 2);
  assert.ok(svg.includes("a&lt;b"));
  const png = svgToPng(svg);
  assert.deepEqual([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join(""), "PNG");
});

test("series on very different scales get one panel each; similar scales share one axis", () => {
  const x = [0, 1, 2];
  const fraction = { name: "fraction", x, y: [0, 0.5, 0.2] };
  const fold = { name: "fold", x, y: [1, 50, 15] };
  const panels = lineChartSvg([fraction, fold]);
  assert.equal((panels.match(/<g transform="translate\(0 /g) ?? []).length, 2);
  const overlay = lineChartSvg([fraction, { name: "other", x, y: [0.1, 0.3, 0.9] }]);
  assert.equal((overlay.match(/<g transform=/g) ?? []).length, 0);
  assert.equal((overlay.match(/<path /g) ?? []).length, 2);
});
