import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fitHill4, hill4, tQuantile975 } from "../../src/scenarios/hill.js";

describe("4-parameter Hill fit", () => {
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
    const up = fitHill4(
      doses,
      doses.map((d) => hill4(d, [5, 1, 1, 2])),
    );
    assert.ok(Math.abs(up.ic50 / 10 - 1) < 1e-5 && Math.abs(up.hill - 2) < 1e-5);
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
    assert.ok(f.ic50Ci[1] / f.ic50Ci[0] < 2, "interval is informative");
  });

  it("t quantiles match the table (df 5: 2.571) and refuses bad input", () => {
    assert.equal(tQuantile975(5), 2.571);
    assert.throws(() => fitHill4([1, 2, 3], [1, 2, 3]), /≥ 4/);
    assert.throws(() => fitHill4([0, 1, 2, 3], [1, 2, 3, 4]), /doses must be > 0/);
  });
});
