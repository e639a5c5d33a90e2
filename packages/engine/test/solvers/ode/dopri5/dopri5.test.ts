import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Codes, EngineError } from "../../../../src/messages.js";
import { Dopri5 } from "../../../../src/solvers/ode/dopri5/dopri5.js";
import { DOPRI5 as T } from "../../../../src/solvers/ode/dopri5/tableau.js";
import {
  brusselator,
  linear2d,
  manufactured,
  vanDerPol,
} from "../../../../src/solvers/problem-library/index.js";
import { defaultIntegratorOptions, type OdeSystem } from "../../../../src/solvers/types.js";
import { denseOutputLocalOrder, testConvergence } from "../../convergence.js";

const opts = (o: Partial<typeof defaultIntegratorOptions> = {}) => ({ ...defaultIntegratorOptions, ...o });

describe("DOPRI5 tableau", () => {
  it("satisfies the row-sum and order conditions up to order 5 (Hairer I, Table II.2.1 subset)", () => {
    const a = [
      [],
      [T.a21],
      [T.a31, T.a32],
      [T.a41, T.a42, T.a43],
      [T.a51, T.a52, T.a53, T.a54],
      [T.a61, T.a62, T.a63, T.a64, T.a65],
    ];
    const c = [0, T.c2, T.c3, T.c4, T.c5, 1];
    for (let i = 1; i < 6; i++)
      assert.ok(Math.abs(a[i].reduce((s, v) => s + v, 0) - c[i]) < 1e-14, `row ${i}`);
    const b = [T.a71, 0, T.a73, T.a74, T.a75, T.a76];
    const dot = (u: number[], v: number[]) => u.reduce((s, x, i) => s + x * v[i], 0);
    const pow = (k: number) => c.map((x) => x ** k);
    // bushy trees: Σ b c^{k-1} = 1/k, k = 1..5
    for (let k = 1; k <= 5; k++) assert.ok(Math.abs(dot(b, pow(k - 1)) - 1 / k) < 1e-14, `bushy order ${k}`);
    // Σ b_i a_ij c_j = 1/6, Σ b_i c_i a_ij c_j = 1/8, Σ b_i a_ij c_j² = 1/12, Σ b a a c = 1/24
    const Ac = a.map((row) => dot(row, c));
    const Ac2 = a.map((row) => dot(row, pow(2)));
    const AAc = a.map((row) => dot(row, Ac));
    assert.ok(Math.abs(dot(b, Ac) - 1 / 6) < 1e-14);
    assert.ok(
      Math.abs(
        dot(
          b,
          c.map((x, i) => x * Ac[i]),
        ) -
          1 / 8,
      ) < 1e-14,
    );
    assert.ok(Math.abs(dot(b, Ac2) - 1 / 12) < 1e-14);
    assert.ok(Math.abs(dot(b, AAc) - 1 / 24) < 1e-14);
    // an order-5 condition: Σ b_i a_ij a_jk a_kl c_l = 1/120
    const AAAc = a.map((row) => dot(row, AAc));
    assert.ok(Math.abs(dot(b, AAAc) - 1 / 120) < 1e-14);
    // the embedded solution is of order 4: Σ e_i c_i^{k-1} = 0 for k ≤ 4 (e = b − b̂, with stage 7 = b)
    const e = [T.e1, 0, T.e3, T.e4, T.e5, T.e6, T.e7];
    const c7 = [...c, 1];
    for (let k = 1; k <= 4; k++)
      assert.ok(
        Math.abs(
          dot(
            e,
            c7.map((x) => x ** (k - 1)),
          ),
        ) < 1e-14,
        `embedded ${k}`,
      );
  });
});

describe("DOPRI5 integrator", () => {
  it("converges with order 5 in fixed-step mode on a nonlinear non-autonomous problem (±0.2)", () => {
    const { order, errors } = testConvergence([0.1, 0.05, 0.025, 0.0125], manufactured(2), "dopri5");
    assert.ok(Math.abs(order - 5) <= 0.2, `observed order ${order}, errors ${errors}`);
  });

  it("has a dense output with local error O(h^5) (continuous extension of order 4)", () => {
    const { order, errors } = denseOutputLocalOrder([0.4, 0.2, 0.1, 0.05], manufactured(1), "dopri5");
    assert.ok(order >= 4.8, `dense-output local order ${order}, errors ${errors}`);
  });

  it("meets the tolerance on a damped rotation, and the error is tolerance-proportional", () => {
    const p = linear2d(3);
    const errs: number[] = [];
    for (const rtol of [1e-6, 1e-9]) {
      const integ = new Dopri5(p.system, opts({ relativeTolerance: rtol, absoluteTolerance: rtol }));
      integ.init(p.t0, p.y0);
      while (integ.t < p.tEnd) integ.step(p.tEnd);
      assert.equal(integ.t, p.tEnd);
      errs.push(Math.max(Math.abs(integ.y[0] - p.reference[0]), Math.abs(integ.y[1] - p.reference[1])));
    }
    assert.ok(errs[0] < 1e-5 && errs[1] < 1e-8, `errors ${errs}`);
    // 1000× tighter tolerance → error drops by 10^2 … 10^4 (the global error of an order-5 method
    // with PI control scales like tol^(5/5) to tol^(5/4) in practice)
    const ratio = errs[0] / errs[1];
    assert.ok(ratio > 100 && ratio < 1e4, `ratio ${ratio}`);
  });

  it("interpolates to within the tolerance everywhere on [t0, tEnd] (dense output sampled on a grid)", () => {
    const p = linear2d(3);
    const integ = new Dopri5(p.system, opts({ relativeTolerance: 1e-8, absoluteTolerance: 1e-10 }));
    integ.init(p.t0, p.y0);
    const out = new Float64Array(2);
    const ref = new Float64Array(2);
    let maxErr = 0;
    let k = 0;
    while (integ.t < p.tEnd) {
      integ.step(p.tEnd);
      for (; k <= 300 && k * 0.01 <= integ.t; k++) {
        const t = k * 0.01;
        integ.interpolate(t, out);
        p.exact?.(t, ref);
        maxErr = Math.max(maxErr, Math.abs(out[0] - ref[0]), Math.abs(out[1] - ref[1]));
      }
    }
    assert.equal(k, 301);
    assert.ok(maxErr < 1e-7, `max dense error ${maxErr}`);
  });

  it("takes a sane number of steps on the Brusselator and matches its reference (rtol 1e-8)", () => {
    const p = brusselator();
    const integ = new Dopri5(p.system, opts({ relativeTolerance: 1e-8, absoluteTolerance: 1e-10 }));
    integ.init(p.t0, p.y0);
    while (integ.t < p.tEnd) integ.step(p.tEnd);
    const err = Math.max(Math.abs(integ.y[0] - p.reference[0]), Math.abs(integ.y[1] - p.reference[1]));
    assert.ok(err < 1e-6, `error ${err}`);
    // Hairer I, Fig. II.4.x: DOPRI5 needs a few hundred steps at this tolerance; bound loosely
    assert.ok(integ.stats.steps > 50 && integ.stats.steps < 1000, `steps ${integ.stats.steps}`);
    assert.ok(integ.stats.rejectedSteps < integ.stats.steps / 5);
    assert.equal(integ.stats.rhsEvals, 6 * (integ.stats.steps + integ.stats.rejectedSteps) + 2);
  });

  it("never passes tStop and lands exactly on it", () => {
    const p = linear2d(3);
    const integ = new Dopri5(p.system, opts());
    integ.init(0, p.y0);
    const stops = [0.1, 0.1000001, 0.5, 2.9999, 3];
    for (const s of stops) {
      while (integ.t < s) {
        integ.step(s);
        assert.ok(integ.t <= s);
      }
      assert.equal(integ.t, s);
    }
  });

  it("detects stiffness on Van der Pol μ = 1000 (Hairer's test)", () => {
    const p = vanDerPol(1000);
    const integ = new Dopri5(p.system, opts({ relativeTolerance: 1e-6, absoluteTolerance: 1e-6 }), true);
    integ.init(p.t0, p.y0);
    let steps = 0;
    while (!integ.stiff && steps < 2000) {
      integ.step(p.tEnd);
      steps++;
    }
    assert.ok(integ.stiff, `not detected after ${steps} steps`);
    assert.ok(integ.hLambda > 3.25);
  });

  it("throws SIM_MAX_STEPS after maximum_num_steps", () => {
    const p = vanDerPol(1000);
    const integ = new Dopri5(p.system, opts({ maxSteps: 50 }));
    integ.init(p.t0, p.y0);
    assert.throws(
      () => {
        while (integ.t < p.tEnd) integ.step(p.tEnd);
      },
      (e: unknown) => e instanceof EngineError && e.diagnostic.code === Codes.SIM_MAX_STEPS,
    );
  });

  it("rejects and shrinks the step on non-finite values, and fails with SIM_STEP_FAILURE on a blow-up", () => {
    // y' = y² from y(0) = 1 blows up at t = 1
    const sys: OdeSystem = {
      n: 1,
      rhs(_t, y, dy) {
        dy[0] = y[0] * y[0];
      },
    };
    const integ = new Dopri5(sys, opts({ relativeTolerance: 1e-8, absoluteTolerance: 1e-8 }));
    integ.init(0, Float64Array.of(1));
    assert.throws(
      () => {
        while (integ.t < 2) integ.step(2);
      },
      (e: unknown) => e instanceof EngineError && e.diagnostic.code === Codes.SIM_STEP_FAILURE,
    );
    assert.ok(integ.t > 0.99 && integ.t < 1.0001, `stopped at ${integ.t}`);

    // a rhs that returns NaN beyond y = 1.5 on a solution that stays below it: steps into the
    // NaN region are rejected and the integration carries on
    const nanSys: OdeSystem = {
      n: 1,
      rhs(_t, y, dy) {
        dy[0] = y[0] > 1.5 ? Number.NaN : 1 - y[0];
      },
    };
    const i2 = new Dopri5(nanSys, opts({ initialStep: 5 }));
    i2.init(0, Float64Array.of(0));
    while (i2.t < 10) i2.step(10);
    assert.ok(Math.abs(i2.y[0] - (1 - Math.exp(-10))) < 1e-5);
    assert.ok(i2.stats.rejectedSteps >= 1);
  });

  it("rejects bad settings with SIM_BAD_SETTING naming the setting", () => {
    const p = linear2d();
    assert.throws(
      () => new Dopri5(p.system, opts({ relativeTolerance: -1 })),
      (e: unknown) => e instanceof EngineError && /relative_tolerance/.test(e.message),
    );
    assert.throws(
      () => new Dopri5(p.system, opts({ absoluteTolerance: new Float64Array(3) })),
      (e: unknown) => e instanceof EngineError && e.diagnostic.code === Codes.SIM_BAD_SETTING,
    );
  });
});
