import assert from "node:assert/strict";
import { test } from "node:test";
import {
  KUZNETSOV,
  KUZNETSOV_PARAMETERS,
  kuznetsovEquilibria,
  runKuznetsov,
} from "../../src/tme/kuznetsov.js";
import { simulateTme } from "../../src/tme/model.js";

// Reference behaviour: Kuznetsov et al. 1994 (BIOMD0000000762) with the curated parameters of
// shared/reference/stat3-facts.md §5a: from E0 = 3.2e5, T0 = 5e6 the tumour first grows, is cut back by the
// effector response and then settles in damped oscillations onto a dormant state (stable focus); a large
// tumour escapes to the high-T state instead (the model's bistability).

test("parameters are the curated values with sources", () => {
  assert.equal(KUZNETSOV.s, 1.3e4);
  assert.equal(KUZNETSOV.n, 1.101e-7);
  assert.equal(KUZNETSOV.b, 2.0e-9);
  for (const v of Object.values(KUZNETSOV_PARAMETERS)) assert.match(v.source, /BIOMD0000000762/);
});

test("three positive-tumour equilibria: dormant stable focus, saddle, escaped node", () => {
  const eq = kuznetsovEquilibria();
  assert.equal(eq.length, 3);
  const [dormant, saddle, escaped] = eq;
  assert.ok(dormant!.stable && dormant!.focus, "dormant state is a stable focus (damped oscillations)");
  assert.ok(dormant!.T > 7e6 && dormant!.T < 9.5e6, `dormant T ${dormant!.T}`);
  assert.ok(!saddle!.stable);
  assert.ok(escaped!.stable && !escaped!.focus && escaped!.T > 4e8);
});

test("simulated trajectory: damped oscillations onto the dormant focus", () => {
  const eq = kuznetsovEquilibria()[0]!;
  const r = runKuznetsov({ days: 1500, points: 3001 });
  // local maxima of T after the first transient
  const peaks: { t: number; T: number }[] = [];
  for (let i = 1; i < r.t.length - 1; i++)
    if (r.T[i]! > r.T[i - 1]! && r.T[i]! >= r.T[i + 1]!) peaks.push({ t: r.t[i]!, T: r.T[i]! });
  assert.ok(peaks.length >= 5, `oscillates (${peaks.length} peaks)`);
  for (let k = 1; k < 5; k++) assert.ok(peaks[k]!.T < peaks[k - 1]!.T, "peak heights decrease (damped)");
  assert.ok(peaks[0]!.T > 5e7, "first tumour peak well above T0 (the initial escape before immune control)");
  // period ≈ 2π / Im(λ) of the linearisation at the focus
  const period = (2 * Math.PI) / eq.eigenIm;
  const observed = (peaks[4]!.t - peaks[1]!.t) / 3;
  assert.ok(
    Math.abs(observed - period) / period < 0.15,
    `period ${observed.toFixed(1)} vs ${period.toFixed(1)} days`,
  );
  const last = r.T.length - 1;
  assert.ok(Math.abs(r.T[last]! - eq.T) / eq.T < 0.02, "dormant tumour reached");
  assert.ok(Math.abs(r.E[last]! - eq.E) / eq.E < 0.02);
});

test("a large tumour escapes to the high-T state", () => {
  const eq = kuznetsovEquilibria()[2]!;
  const r = runKuznetsov({ days: 400, T0: 1e9 });
  const last = r.T.length - 1;
  assert.ok(Math.abs(r.T[last]! - eq.T) / eq.T < 0.02, `T ${r.T[last]} → ${eq.T}`);
});

test("TME model with STAT3 coupling off reproduces Kuznetsov (T + CSC = T, E)", () => {
  const ref = runKuznetsov({ days: 120, points: 121 });
  const tme = simulateTme({ days: 120, perDay: 1, coupling: false });
  let worst = 0;
  for (let i = 0; i < ref.t.length; i++) {
    worst = Math.max(worst, Math.abs(tme.series.tumour![i]! - ref.T[i]!) / ref.T[i]!);
    worst = Math.max(worst, Math.abs(tme.series.E![i]! - ref.E[i]!) / ref.E[i]!);
  }
  assert.ok(worst < 2e-3, `max relative deviation ${worst}`);
});
