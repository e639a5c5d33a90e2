import assert from "node:assert/strict";
import { test } from "node:test";
import { bootstrapHill, fitHill, hill, hillInverse } from "../src/hill.js";
import { mulberry32 } from "../src/rng.js";

const TRUE = { e0: 2, emax: 95, ec50: 30, h: 1.3 };
const DOSES = [0, 1, 3, 10, 30, 100, 300, 1000, 3000];

test("hill: closed form at the EC50, the plateaus and the inverse", () => {
  // at x = EC50 the response is half-way whatever the slope
  assert.ok(Math.abs(hill(30, TRUE) - (2 + 95) / 2) < 1e-12);
  assert.equal(hill(0, TRUE), 2);
  // written out directly, differently from the module: e0 + (emax − e0) / (1 + (EC50/x)^h)
  for (const x of [0.5, 7, 123]) {
    const ref = 2 + 93 / (1 + (30 / x) ** 1.3);
    assert.ok(Math.abs(hill(x, TRUE) - ref) < 1e-12);
    assert.ok(Math.abs(hillInverse(hill(x, TRUE), TRUE) / x - 1) < 1e-10);
  }
  assert.ok(Number.isNaN(hillInverse(96, TRUE)));
});

test("fitHill recovers exact parameters from noise-free data (1e-6)", () => {
  const ys = DOSES.map((d) => hill(d, TRUE));
  const f = fitHill(DOSES, ys);
  assert.ok(Math.abs(f.params.ec50 / 30 - 1) < 1e-6, `ec50 ${f.params.ec50}`);
  assert.ok(Math.abs(f.params.h - 1.3) < 1e-6, `h ${f.params.h}`);
  assert.ok(Math.abs(f.params.e0 - 2) < 1e-6);
  assert.ok(Math.abs(f.params.emax - 95) < 1e-6);
  assert.ok(f.rss < 1e-12);
  assert.ok(f.r2 > 1 - 1e-12);
  assert.deepEqual(f.free, ["e0", "emax", "logEc50", "h"]);
});

test("fitHill: a falling curve (IC50) is fitted with h > 0 and e0 > emax", () => {
  const p = { e0: 1, emax: 0.1, ec50: 250, h: 0.8 };
  const f = fitHill(
    DOSES,
    DOSES.map((d) => hill(d, p)),
  );
  assert.ok(Math.abs(f.params.ec50 / 250 - 1) < 1e-6);
  assert.ok(Math.abs(f.params.h - 0.8) < 1e-6);
});

test("fitHill honours bounds and fixed parameters", () => {
  const ys = DOSES.map((d) => hill(d, TRUE));
  const b = fitHill(DOSES, ys, { upper: { emax: 80 } });
  assert.equal(b.params.emax, 80);
  assert.ok(b.rss > 1);
  const fx = fitHill(DOSES, ys, { fixed: { e0: 2, emax: 95 } });
  assert.deepEqual(fx.free, ["logEc50", "h"]);
  assert.equal(fx.params.e0, 2);
  assert.ok(Math.abs(fx.params.ec50 / 30 - 1) < 1e-6);
  const h = fitHill(DOSES, ys, { lower: { h: 2 } });
  assert.equal(h.params.h, 2);
});

test("fitHill rejects bad data with E-PHARM codes", () => {
  assert.throws(() => fitHill([1, 2, 3], [1, 2]), /E-PHARM-001/);
  assert.throws(() => fitHill([1, 2, 3], [1, 2, 3]), /E-PHARM-001.*at least 4/);
  assert.throws(() => fitHill([1, -2, 3, 4], [1, 2, 3, 4]), /point 2: dose -2/);
  assert.throws(() => fitHill([1, 2, 3, 4], [1, Number.NaN, 3, 4]), /point 2/);
  assert.throws(() => fitHill(DOSES, DOSES, { lower: { h: 3 }, upper: { h: 2 } }), /E-PHARM-002/);
});

function noisy(seed: number): { doses: number[]; ys: number[] } {
  const rand = mulberry32(seed);
  // triplicates with Gaussian noise (Box–Muller), sd 3 percentage points
  const doses: number[] = [];
  const ys: number[] = [];
  for (const d of DOSES)
    for (let r = 0; r < 3; r++) {
      const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
      doses.push(d);
      ys.push(hill(d, TRUE) + 3 * z);
    }
  return { doses, ys };
}

test("bootstrap CI: seeded and reproducible; goodness of fit matches the noise", () => {
  const { doses, ys } = noisy(42);
  const f = fitHill(doses, ys);
  const ci = bootstrapHill(doses, ys, f, { resamples: 200, seed: 7 });
  const again = bootstrapHill(doses, ys, f, { resamples: 200, seed: 7 });
  assert.deepEqual(ci, again);
  assert.notDeepEqual(ci, bootstrapHill(doses, ys, f, { resamples: 200, seed: 8 }));
  assert.ok(ci.ec50[0] < f.params.ec50 && f.params.ec50 < ci.ec50[1]);
  // informative: well under a decade wide
  assert.ok(ci.ec50[1] / ci.ec50[0] < 3, `EC50 CI ${ci.ec50}`);
  assert.ok(f.r2 > 0.98 && f.rmse > 1.5 && f.rmse < 5, `r2 ${f.r2} rmse ${f.rmse}`);
});

test("bootstrap CI: coverage of the true EC50 over 30 simulated experiments", () => {
  // nominal 95 %: P(≤ 23 of 30 | p = 0.95) ≈ 4e-4, so ≥ 24 separates a working interval from a broken one
  let covered = 0;
  for (let s = 1; s <= 30; s++) {
    const { doses, ys } = noisy(1000 + s);
    const f = fitHill(doses, ys);
    const ci = bootstrapHill(doses, ys, f, { resamples: 100, seed: s });
    if (ci.ec50[0] < 30 && 30 < ci.ec50[1]) covered++;
  }
  assert.ok(covered >= 24, `covered ${covered}/30`);
});
