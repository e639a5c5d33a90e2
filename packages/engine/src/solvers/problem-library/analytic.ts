/**
 * Problems with closed-form solutions, for convergence-order and dense-output tests.
 *
 * - linearDecay: y' = −k y (the scalar test equation, Dahlquist 1963; OrdinaryDiffEq's prob_ode_linear
 *   uses the same problem with growth).
 * - linear2d: y' = A y with A = [[−1, 2], [−2, −1]] (a damped rotation: eigenvalues −1 ± 2i),
 *   y(t) = e^{−t} (cos 2t·y0 + sin 2t·[y0_2, −y0_1]).
 * - manufactured: a nonlinear, non-autonomous 3-state system with a manufactured solution
 *   u(t) = (1 + sin t, cos t, e^{−t/2}): y' = g(y) + (u'(t) − g(u(t))). Linear and autonomous
 *   problems only test part of the order conditions of a Runge–Kutta or Rosenbrock method (for
 *   linear problems only the "tall tree" conditions, and the d_i of Rosenbrock methods only
 *   enter through ∂f/∂t), so the convergence-order tests run on this one.
 */
import type { OdeSystem } from "../types.js";
import type { ReferenceProblem } from "./types.js";

export function linearDecay(k = 1.5, tEnd = 1): ReferenceProblem {
  const system: OdeSystem = {
    n: 1,
    autonomous: true,
    rhs(_t, y, dy) {
      dy[0] = -k * y[0];
    },
    jac(_t, _y, J) {
      J[0] = -k;
    },
  };
  const exact = (t: number, out: Float64Array): void => {
    out[0] = Math.exp(-k * t);
  };
  const reference = new Float64Array(1);
  exact(tEnd, reference);
  return {
    name: "linear-decay",
    system,
    t0: 0,
    tEnd,
    y0: Float64Array.of(1),
    exact,
    reference,
    source: "analytic: y(t) = exp(−k t)",
    stiff: false,
  };
}

export function linear2d(tEnd = 3): ReferenceProblem {
  const system: OdeSystem = {
    n: 2,
    autonomous: true,
    rhs(_t, y, dy) {
      dy[0] = -y[0] + 2 * y[1];
      dy[1] = -2 * y[0] - y[1];
    },
    jac(_t, _y, J) {
      J[0] = -1;
      J[1] = 2;
      J[2] = -2;
      J[3] = -1;
    },
  };
  const y0 = Float64Array.of(1, 0.5);
  const exact = (t: number, out: Float64Array): void => {
    const e = Math.exp(-t);
    const c = Math.cos(2 * t);
    const s = Math.sin(2 * t);
    out[0] = e * (c * y0[0] + s * y0[1]);
    out[1] = e * (c * y0[1] - s * y0[0]);
  };
  const reference = new Float64Array(2);
  exact(tEnd, reference);
  return {
    name: "linear-2d",
    system,
    t0: 0,
    tEnd,
    y0: Float64Array.from(y0),
    exact,
    reference,
    source: "analytic: y(t) = exp(−t)·R(2t)·y0",
    stiff: false,
  };
}

export function manufactured(tEnd = 2): ReferenceProblem {
  const u = (t: number, out: Float64Array): void => {
    out[0] = 1 + Math.sin(t);
    out[1] = Math.cos(t);
    out[2] = Math.exp(-0.5 * t);
  };
  // g(y) = (−y1 + y2², −2 y2 + y1 y3, −y3 + y1 − y2 y3)
  const g0 = (y1: number, y2: number, _y3: number) => -y1 + y2 * y2;
  const g1 = (y1: number, y2: number, y3: number) => -2 * y2 + y1 * y3;
  const g2 = (y1: number, y2: number, y3: number) => -y3 + y1 - y2 * y3;
  const system: OdeSystem = {
    n: 3,
    rhs(t, y, dy) {
      const u1 = 1 + Math.sin(t);
      const u2 = Math.cos(t);
      const u3 = Math.exp(-0.5 * t);
      // forcing = u'(t) − g(u(t))
      const f1 = Math.cos(t) - g0(u1, u2, u3);
      const f2 = -Math.sin(t) - g1(u1, u2, u3);
      const f3 = -0.5 * u3 - g2(u1, u2, u3);
      dy[0] = g0(y[0], y[1], y[2]) + f1;
      dy[1] = g1(y[0], y[1], y[2]) + f2;
      dy[2] = g2(y[0], y[1], y[2]) + f3;
    },
    // ∂f/∂t = u''(t) − Dg(u(t))·u'(t): only the forcing depends on t
    dfdt(t, _y, out) {
      const u1 = 1 + Math.sin(t);
      const u2 = Math.cos(t);
      const u3 = Math.exp(-0.5 * t);
      const d1 = Math.cos(t);
      const d2 = -Math.sin(t);
      const d3 = -0.5 * u3;
      // u''
      const s1 = -Math.sin(t);
      const s2 = -Math.cos(t);
      const s3 = 0.25 * u3;
      // Dg(u)·u' with Dg rows (−1, 2u2, 0), (u3, −2, u1), (1, −u3, −1 − u2)
      out[0] = s1 - (-d1 + 2 * u2 * d2);
      out[1] = s2 - (u3 * d1 - 2 * d2 + u1 * d3);
      out[2] = s3 - (d1 - u3 * d2 + (-1 - u2) * d3);
    },
    jac(_t, y, J) {
      J[0] = -1;
      J[1] = 2 * y[1];
      J[2] = 0;
      J[3] = y[2];
      J[4] = -2;
      J[5] = y[0];
      J[6] = 1;
      J[7] = -y[2];
      J[8] = -1 - y[1];
    },
  };
  const y0 = new Float64Array(3);
  u(0, y0);
  const reference = new Float64Array(3);
  u(tEnd, reference);
  return {
    name: "manufactured-3",
    system,
    t0: 0,
    tEnd,
    y0,
    exact: u,
    reference,
    source: "manufactured solution u(t) = (1 + sin t, cos t, exp(−t/2))",
    stiff: false,
  };
}
