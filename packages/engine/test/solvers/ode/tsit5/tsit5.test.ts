import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TSIT5 as T } from "../../../../src/solvers/ode/tsit5/tableau.js";
import { Tsit5 } from "../../../../src/solvers/ode/tsit5/tsit5.js";
import {
  brusselator,
  linear2d,
  linearDecay,
  manufactured,
  vanDerPol,
} from "../../../../src/solvers/problem-library/index.js";
import { defaultIntegratorOptions } from "../../../../src/solvers/types.js";
import { denseOutputLocalOrder, testConvergence } from "../../convergence.js";

const opts = (o: Partial<typeof defaultIntegratorOptions> = {}) => ({ ...defaultIntegratorOptions, ...o });

describe("Tsit5 tableau", () => {
  const a = [
    [],
    [T.a21],
    [T.a31, T.a32],
    [T.a41, T.a42, T.a43],
    [T.a51, T.a52, T.a53, T.a54],
    [T.a61, T.a62, T.a63, T.a64, T.a65],
  ];
  const c = [0, T.c2, T.c3, T.c4, T.c5, 1];
  const b = [T.a71, T.a72, T.a73, T.a74, T.a75, T.a76];
  const dot = (u: number[], v: number[]) => u.reduce((s, x, i) => s + x * v[i], 0);

  it("has row sums equal to the nodes and satisfies the quadrature conditions to order 5", () => {
    for (let i = 1; i < 6; i++)
      assert.ok(Math.abs(a[i].reduce((s, v) => s + v, 0) - c[i]) < 1e-14, `row ${i}`);
    for (let k = 1; k <= 5; k++)
      assert.ok(
        Math.abs(
          dot(
            b,
            c.map((x) => x ** (k - 1)),
          ) -
            1 / k,
        ) < 1e-13,
        `bushy order ${k}`,
      );
    const Ac = a.map((row) => dot(row, c));
    const AAc = a.map((row) => dot(row, Ac));
    assert.ok(Math.abs(dot(b, Ac) - 1 / 6) < 1e-13);
    assert.ok(Math.abs(dot(b, AAc) - 1 / 24) < 1e-13);
    assert.ok(
      Math.abs(
        dot(
          b,
          a.map((row) => dot(row, AAc)),
        ) -
          1 / 120,
      ) < 1e-13,
    );
  });

  it("has a consistent error estimator (Σ e_i c_i^{k−1} = 0 for k ≤ 4)", () => {
    const e = [T.e1, T.e2, T.e3, T.e4, T.e5, T.e6, T.e7];
    const c7 = [...c, 1];
    for (let k = 1; k <= 4; k++)
      assert.ok(
        Math.abs(
          dot(
            e,
            c7.map((x) => x ** (k - 1)),
          ),
        ) < 1e-12,
        `k = ${k}`,
      );
  });

  it("has an interpolant with b_i(1) = b_i", () => {
    const r = [
      [T.r11, T.r12, T.r13, T.r14],
      [0, T.r22, T.r23, T.r24],
      [0, T.r32, T.r33, T.r34],
      [0, T.r42, T.r43, T.r44],
      [0, T.r52, T.r53, T.r54],
      [0, T.r62, T.r63, T.r64],
      [0, T.r72, T.r73, T.r74],
    ];
    const full = [...b, 0];
    for (let i = 0; i < 7; i++)
      assert.ok(Math.abs(r[i].reduce((s, v) => s + v, 0) - full[i]) < 1e-13, `b${i + 1}(1)`);
  });
});

describe("Tsit5 integrator", () => {
  // Tsit5's principal (h^5) error coefficients are minimised by design (Tsitouras 2011), so the h^6
  // term dominates down to almost the roundoff floor: local rates approach 5 from above
  // (5.64, 5.42, 5.25, 5.13 on the manufactured problem for dt = 0.2 … 0.0125, then roundoff).
  it("converges with order 5 in fixed-step mode (±0.2 on the linear test equation)", () => {
    const { order, errors } = testConvergence([0.04, 0.02, 0.01], linearDecay(1.5, 1), "tsit5");
    assert.ok(Math.abs(order - 5) <= 0.2, `observed order ${order}, errors ${errors}`);
  });

  it("converges with order ≈ 5 on a nonlinear non-autonomous problem (order conditions beyond the linear ones)", () => {
    const { order, errors } = testConvergence([0.05, 0.025, 0.0125], manufactured(2), "tsit5");
    assert.ok(order > 4.8 && order < 5.3, `observed order ${order}, errors ${errors}`);
  });

  it("has a dense output with local error O(h^5)", () => {
    const { order, errors } = denseOutputLocalOrder([0.4, 0.2, 0.1, 0.05], manufactured(1), "tsit5");
    assert.ok(order >= 4.8, `dense-output local order ${order}, errors ${errors}`);
  });

  it("meets the tolerance and interpolates within it on a damped rotation", () => {
    const p = linear2d(3);
    const integ = new Tsit5(p.system, opts({ relativeTolerance: 1e-8, absoluteTolerance: 1e-10 }));
    integ.init(p.t0, p.y0);
    const out = new Float64Array(2);
    const ref = new Float64Array(2);
    let maxErr = 0;
    while (integ.t < p.tEnd) {
      integ.step(p.tEnd);
      for (const th of [0.25, 0.5, 0.75]) {
        const t = integ.tPrev + th * (integ.t - integ.tPrev);
        integ.interpolate(t, out);
        p.exact?.(t, ref);
        maxErr = Math.max(maxErr, Math.abs(out[0] - ref[0]), Math.abs(out[1] - ref[1]));
      }
    }
    assert.ok(maxErr < 1e-7, `max dense error ${maxErr}`);
    assert.ok(Math.abs(integ.y[0] - p.reference[0]) < 1e-7);
  });

  it("matches the Brusselator reference at rtol 1e-10", () => {
    const p = brusselator();
    const integ = new Tsit5(p.system, opts({ relativeTolerance: 1e-10, absoluteTolerance: 1e-12 }));
    integ.init(p.t0, p.y0);
    while (integ.t < p.tEnd) integ.step(p.tEnd);
    assert.ok(Math.abs(integ.y[0] - p.reference[0]) / p.reference[0] < 1e-7);
    assert.ok(Math.abs(integ.y[1] - p.reference[1]) / p.reference[1] < 1e-7);
  });

  it("detects stiffness on Van der Pol μ = 1000", () => {
    const p = vanDerPol(1000);
    const integ = new Tsit5(p.system, opts(), true);
    integ.init(p.t0, p.y0);
    for (let k = 0; k < 2000 && !integ.stiff; k++) integ.step(p.tEnd);
    assert.ok(integ.stiff);
  });
});
