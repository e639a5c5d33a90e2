import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fitHill } from "@stat3/pharm";
import { fitHill4, hill4, hillProfileCi, tQuantile975 } from "../../src/scenarios/hill.js";

/**
 * Brute-force profile of log10 IC50 = lc: for fixed (lc, h) the 4PL is linear in (top, bottom), so the
 * conditional minimum over (top, bottom) is a 2×2 least-squares solve; h is scanned on a fine log grid
 * and refined by golden section. Independent of pharm's LM.
 */
function bruteProfileLc(doses: number[], ys: number[], lc: number): number {
  const rssAt = (h: number) => {
    let s00 = 0;
    let s01 = 0;
    let s11 = 0;
    let b0 = 0;
    let b1 = 0;
    const s = doses.map((d) => {
      const u = (d / 10 ** lc) ** h;
      return u / (1 + u);
    });
    for (let i = 0; i < doses.length; i++) {
      const a0 = 1 - s[i];
      s00 += a0 * a0;
      s01 += a0 * s[i];
      s11 += s[i] * s[i];
      b0 += a0 * ys[i];
      b1 += s[i] * ys[i];
    }
    const det = s00 * s11 - s01 * s01;
    const top = (b0 * s11 - b1 * s01) / det;
    const bottom = (s00 * b1 - s01 * b0) / det;
    return ys.reduce((acc, y, i) => acc + (y - (top + (bottom - top) * s[i])) ** 2, 0);
  };
  let best = 0;
  let bestH = 1;
  let first = true;
  for (let k = 0; k <= 2000; k++) {
    const h = 0.05 * 400 ** (k / 2000);
    const r = rssAt(h);
    if (first || r < best) [best, bestH, first] = [r, h, false];
  }
  let a = bestH / 1.01;
  let c = bestH * 1.01;
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let j = 0; j < 100; j++) {
    const x1 = c - phi * (c - a);
    const x2 = a + phi * (c - a);
    if (rssAt(x1) < rssAt(x2)) c = x2;
    else a = x1;
  }
  return Math.min(best, rssAt((a + c) / 2));
}

describe("dose–response Hill fit (pharm's fitHill + profile-likelihood intervals)", () => {
  const doses = [1, 3, 10, 30, 100, 300, 1000, 3000, 10000];

  it("recovers the parameters of exact data (falling and rising curves)", () => {
    const p = [0.1, 0.9, Math.log10(250), 1.3];
    const f = fitHill4(
      doses,
      doses.map((d) => hill4(d, p)),
    );
    assert.ok(Math.abs(f.ic50 / 250 - 1) < 1e-5, `IC50 ${f.ic50}`);
    assert.ok(Math.abs(f.hill - 1.3) < 1e-5);
    assert.ok(Math.abs(f.bottom - 0.1) < 1e-6 && Math.abs(f.top - 0.9) < 1e-6);
    assert.equal(f.ciMethod, "profile-likelihood");
    // exact data: RSS ≈ 0, so the interval collapses onto the estimate
    assert.ok(f.ic50Ci[1] / f.ic50Ci[0] < 1.001, `${f.ic50Ci}`);
    const up = fitHill4(
      doses,
      doses.map((d) => hill4(d, [5, 1, 1, 2])),
    );
    assert.ok(Math.abs(up.ic50 / 10 - 1) < 1e-5 && Math.abs(up.hill - 2) < 1e-5);
    assert.ok(up.bottom > up.top, "rising curve: response at infinite dose above zero dose");
  });

  it("gives a 95 % interval that holds the truth for noisy data (fixed pseudo-noise)", () => {
    const p = [0, 1, 2, 1];
    const noise = [0.02, -0.015, 0.01, -0.02, 0.018, -0.01, 0.012, -0.016, 0.005];
    const f = fitHill4(
      doses,
      doses.map((d, i) => hill4(d, p) + noise[i]),
    );
    assert.ok(f.ic50Ci[0] < 100 && 100 < f.ic50Ci[1], `${f.ic50Ci}`);
    assert.ok(f.hillCi[0] < 1 && 1 < f.hillCi[1], `${f.hillCi}`);
    assert.ok(f.ic50Ci[0] < f.ic50 && f.ic50 < f.ic50Ci[1]);
    assert.ok(f.ic50Ci[1] / f.ic50Ci[0] < 2, "interval is informative");
  });

  it("interval ends sit where the profile RSS crosses RSS_min·(1 + t²/(n−4)) (brute-force profile)", () => {
    const p = [0.05, 0.8, Math.log10(300), 1.6];
    const noise = [0.012, -0.02, 0.007, 0.015, -0.011, -0.018, 0.02, -0.006, 0.009];
    const ys = doses.map((d, i) => hill4(d, p) + noise[i]);
    const f = fitHill(doses, ys);
    const ci = hillProfileCi(doses, ys, f);
    const t = tQuantile975(doses.length - 4);
    assert.ok(Math.abs(ci.threshold / (f.rss * (1 + (t * t) / 5)) - 1) < 1e-12);
    for (const lc of ci.logEc50) {
      const r = bruteProfileLc(doses, ys, lc);
      assert.ok(
        Math.abs(r / ci.threshold - 1) < 1e-3,
        `profile RSS ${r} vs threshold ${ci.threshold} at ${lc}`,
      );
    }
    // just inside the interval the brute-force profile is below the threshold, just outside above
    const [lo, hi] = ci.logEc50;
    assert.ok(bruteProfileLc(doses, ys, lo + 0.01) < ci.threshold);
    assert.ok(bruteProfileLc(doses, ys, hi + 0.01) > ci.threshold);
    assert.ok(ci.h[0] < f.params.h && f.params.h < ci.h[1]);
  });

  it("t quantiles match the table (df 5: 2.571) and bad input is refused", () => {
    assert.equal(tQuantile975(5), 2.571);
    assert.throws(() => fitHill4([1, 2, 3], [1, 2, 3]), /≥ 4/);
    assert.throws(() => fitHill4([-1, 1, 2, 3], [1, 2, 3, 4]), /dose -1 is not ≥ 0/);
    assert.throws(() => fitHill4([1, 2, 3, 4], [1, 2, Number.NaN, 4]), /response NaN is not finite/);
  });
});
