import assert from "node:assert/strict";
import { test } from "node:test";
import {
  atBound,
  decades,
  type FitStart,
  fitSummary,
  fmt,
  type PetabFitResult,
  parameterRows,
  summaryText,
  timeCapText,
  toLinear,
  WATERFALL_OFFSET,
  waterfall,
} from "../src/petabFit.js";

const start = (s: number, llh: number | null): FitStart => ({
  start: s,
  llh,
  exit: "converged",
  iterations: 10,
  evaluations: 12,
  timeMs: 5,
});

test("waterfall: best first whatever the input order, failed starts last, heights offset for a log axis", () => {
  const w = waterfall([start(0, -3), start(1, null), start(2, -1.05), start(3, -1), start(4, -1.08)]);
  assert.deepEqual(
    w.map((p) => p.start),
    [3, 2, 4, 0, 1],
  );
  assert.deepEqual(
    w.map((p) => p.rank),
    [1, 2, 3, 4, 5],
  );
  assert.equal(w[0].delta, 0);
  assert.equal(w[0].y, WATERFALL_OFFSET);
  assert.ok(Math.abs((w[1].delta as number) - 0.05) < 1e-12);
  assert.ok(Math.abs((w[3].y as number) - (2 + WATERFALL_OFFSET)) < 1e-12);
  // within 0.1 of the best: the best itself, −1.05 and −1.08
  assert.deepEqual(
    w.map((p) => p.sameOptimum),
    [true, true, true, false, false],
  );
  assert.equal(w[4].llh, null);
  assert.equal(w[4].y, null);
  assert.equal(w[4].sameOptimum, false);
});

test("summary: best llh, its start, how many starts reached it; all failed", () => {
  const s = fitSummary([start(0, -3), start(1, -0.5), start(2, -0.55), start(3, null)]);
  assert.deepEqual(s, { bestLlh: -0.5, bestStart: 1, within: 2, total: 4, failed: 1 });
  assert.equal(
    summaryText(s),
    "best llh -0.50000000 from start 1; 2 of 4 starts within 0.1 of it (1 failed)",
  );
  const none = fitSummary([start(0, null), start(1, null)]);
  assert.equal(none.bestLlh, null);
  assert.equal(none.within, 0);
  assert.match(summaryText(none), /all 2 starts failed/);
  assert.deepEqual(fitSummary([]), { bestLlh: null, bestStart: null, within: 0, total: 0, failed: 0 });
});

test("at-bound detection on parameter scale, with missing (infinite) bounds", () => {
  assert.equal(atBound(0.0005, 0, 10), "lower");
  assert.equal(atBound(9.9995, 0, 10), "upper");
  assert.equal(atBound(0.002, 0, 10), null);
  assert.equal(atBound(-1e9, null, null), null);
  assert.equal(atBound(3, null, 3), "upper");
  assert.equal(atBound(0.05, 0, 10, 0.1), "lower");
});

test("parameter rows: linear values, bounds, flags; toLinear per scale", () => {
  assert.equal(toLinear(2, "lin"), 2);
  assert.equal(toLinear(2, "log10"), 100);
  assert.ok(Math.abs(toLinear(1, "log") - Math.E) < 1e-15);
  const r: PetabFitResult = {
    parameterIds: ["a", "b", "c"],
    scales: ["lin", "log10", "log"],
    lowerBounds: [0, -3, null],
    upperBounds: [10, 3, null],
    best: { llh: -1, x: [0.0001, 1, 0], values: { a: 0.0001, b: 10, c: 1 }, start: 2 },
    starts: [start(2, -1)],
  };
  const rows = parameterRows(r);
  assert.deepEqual(
    rows.map((p) => [p.id, p.value, p.atBound]),
    [
      ["a", 0.0001, "lower"],
      ["b", 10, null],
      ["c", 1, null],
    ],
  );
  assert.equal(rows[2].lower, null);
});

test("decades and number formatting", () => {
  assert.deepEqual(decades([1e-3, 0.5, 20]), [-3, 2]);
  assert.deepEqual(decades([1e-3]), [-4, -2]);
  assert.deepEqual(decades([]), [-3, 0]);
  assert.equal(fmt(null, "-"), "−∞");
  assert.equal(fmt(null), "∞");
  assert.equal(fmt(0.123456789), "0.123457");
});

test("time cap note: only when the server's time cap ended the job, with how many of the requested starts ran", () => {
  const starts = [start(0, -1), start(1, -2)];
  assert.equal(timeCapText({ starts, startsRequested: 10, timeCapReached: false }), null);
  assert.equal(timeCapText({ starts }), null);
  assert.match(
    timeCapText({ starts, startsRequested: 10, timeCapReached: true }) ?? "",
    /time cap: 2 of 10 starts ran/,
  );
});
