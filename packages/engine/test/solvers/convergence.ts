/**
 * Convergence-order helpers for the solver tests (OrdinaryDiffEq's DiffEqDevTools.test_convergence
 * idea): run a method with fixed steps dt_k, measure the error at tEnd against the exact/reference
 * solution, fit log(error) = p·log(dt) + c by least squares, and report the observed order p.
 */

import type { InternalIntegratorOptions } from "../../src/solvers/ode/common.js";
import { Dopri5 } from "../../src/solvers/ode/dopri5/dopri5.js";
import { Rosenbrock } from "../../src/solvers/ode/rosenbrock/rosenbrock.js";
import { RODAS4, RODAS5P } from "../../src/solvers/ode/rosenbrock/tableaus.js";
import { Tsit5 } from "../../src/solvers/ode/tsit5/tsit5.js";
import type { ReferenceProblem } from "../../src/solvers/problem-library/types.js";
import type { Integrator, OdeSystem } from "../../src/solvers/types.js";
import { defaultIntegratorOptions } from "../../src/solvers/types.js";

export type MethodName = "dopri5" | "tsit5" | "rodas4" | "rodas5p";

export function makeFixed(system: OdeSystem, method: MethodName, dt: number): Integrator {
  const o: InternalIntegratorOptions = { ...defaultIntegratorOptions, fixedStep: dt };
  if (method === "dopri5") return new Dopri5(system, o);
  if (method === "tsit5") return new Tsit5(system, o);
  return new Rosenbrock(system, o, method === "rodas4" ? RODAS4 : RODAS5P);
}

/** Least-squares slope of log(y) against log(x). */
export function fitOrder(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Integrate with fixed steps dt over [t0, tEnd]; return the observed order and the errors at tEnd. */
export function testConvergence(
  dts: number[],
  problem: ReferenceProblem,
  method: MethodName,
): { order: number; errors: number[] } {
  const errors: number[] = [];
  for (const dt of dts) {
    const integ = makeFixed(problem.system, method, dt);
    integ.init(problem.t0, problem.y0);
    while (integ.t < problem.tEnd) integ.step(problem.tEnd);
    errors.push(maxAbsDiff(integ.y, problem.reference));
  }
  return { order: fitOrder(dts, errors), errors };
}

/**
 * Local order of the dense output: one step of size h from the exact solution at t0, error of the
 * interpolant at t0 + θh against the exact solution. For a continuous extension of order q this
 * error is O(h^(q+1)); returns the fitted exponent (max over the θ values).
 */
export function denseOutputLocalOrder(
  hs: number[],
  problem: ReferenceProblem,
  method: MethodName,
  thetas = [0.3, 0.7],
): { order: number; errors: number[] } {
  const exact = problem.exact;
  if (!exact) throw new Error(`${problem.name} has no analytic solution`);
  const n = problem.system.n;
  const out = new Float64Array(n);
  const ref = new Float64Array(n);
  const errors: number[] = [];
  for (const h of hs) {
    const integ = makeFixed(problem.system, method, h);
    integ.init(problem.t0, problem.y0);
    integ.step(problem.t0 + h);
    let e = 0;
    for (const th of thetas) {
      const t = problem.t0 + th * h;
      integ.interpolate(t, out);
      exact(t, ref);
      e = Math.max(e, maxAbsDiff(out, ref));
    }
    errors.push(e);
  }
  return { order: fitOrder(hs, errors), errors };
}
