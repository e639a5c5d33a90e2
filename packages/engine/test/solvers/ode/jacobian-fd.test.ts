import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FiniteDifferenceJacobian } from "../../../src/solvers/ode/jacobian-fd.js";
import { Rosenbrock } from "../../../src/solvers/ode/rosenbrock/rosenbrock.js";
import { RODAS5P } from "../../../src/solvers/ode/rosenbrock/tableaus.js";
import { hires, pollution } from "../../../src/solvers/problem-library/index.js";
import { defaultIntegratorOptions, type OdeSystem } from "../../../src/solvers/types.js";

/** Structural pattern of an analytic Jacobian, from its value at a generic point. */
function patternOf(sys: OdeSystem, y: Float64Array): Uint8Array {
  const n = sys.n;
  const J = new Float64Array(n * n);
  sys.jac?.(0, y, J);
  return Uint8Array.from(J, (v) => (v !== 0 ? 1 : 0));
}

describe("finite-difference Jacobian", () => {
  it("dense: matches the analytic Jacobian of POLLU to 1e-6 of each row's size, with n rhs calls", () => {
    const p = pollution();
    const n = p.system.n;
    const y = Float64Array.from(p.reference, (v, i) => v + 1e-3 * (i + 1));
    const f0 = new Float64Array(n);
    p.system.rhs(0, y, f0);
    const Ja = new Float64Array(n * n);
    const Jf = new Float64Array(n * n);
    p.system.jac?.(0, y, Ja);
    const fd = new FiniteDifferenceJacobian(n);
    assert.equal(fd.compute(p.system, 0, y, f0, Jf), n);
    // forward differences are O(δ·f'') accurate, and cancellation scales with the row's size
    for (let r = 0; r < n; r++) {
      let rowMax = 1;
      for (let c = 0; c < n; c++) rowMax = Math.max(rowMax, Math.abs(Ja[r * n + c]));
      for (let c = 0; c < n; c++) {
        const k = r * n + c;
        assert.ok(Math.abs(Ja[k] - Jf[k]) <= 1e-6 * rowMax, `J[${r},${c}] analytic ${Ja[k]} FD ${Jf[k]}`);
      }
    }
  });

  it("grouped (Curtis–Powell–Reid): same values with far fewer rhs calls when a pattern is given", () => {
    for (const p of [pollution(), hires()]) {
      const n = p.system.n;
      const y = Float64Array.from(p.reference, (v, i) => v + 1e-3 * (i + 1));
      const pattern = patternOf(p.system, y);
      const f0 = new Float64Array(n);
      p.system.rhs(0, y, f0);
      const Jd = new Float64Array(n * n);
      const Jg = new Float64Array(n * n);
      new FiniteDifferenceJacobian(n).compute(p.system, 0, y, f0, Jd);
      const grouped = new FiniteDifferenceJacobian(n, pattern);
      const calls = grouped.compute(p.system, 0, y, f0, Jg);
      assert.equal(calls, grouped.groups);
      assert.ok(calls < n, `${p.name}: ${calls} groups for n = ${n}`);
      // identical increments per column → identical quotients wherever the pattern is nonzero
      for (let i = 0; i < n * n; i++) {
        if (pattern[i])
          assert.ok(Math.abs(Jd[i] - Jg[i]) <= 1e-9 * Math.max(1, Math.abs(Jd[i])), `${p.name} [${i}]`);
        else assert.equal(Jg[i], 0);
      }
    }
  });

  it("lets Rodas5P solve POLLU to the published reference without an analytic Jacobian", () => {
    const p = pollution();
    const y = Float64Array.from(p.y0, (v, i) => v + 1e-3 * (i + 1));
    const sys: OdeSystem = {
      n: p.system.n,
      rhs: p.system.rhs,
      autonomous: true,
      jacPattern: patternOf(p.system, y),
    };
    const r = new Rosenbrock(
      sys,
      { ...defaultIntegratorOptions, relativeTolerance: 1e-8, absoluteTolerance: 1e-12 },
      RODAS5P,
    );
    r.init(p.t0, p.y0);
    while (r.t < p.tEnd) r.step(p.tEnd);
    let err = 0;
    for (let i = 0; i < sys.n; i++)
      err = Math.max(err, Math.abs(r.y[i] - p.reference[i]) / (Math.abs(p.reference[i]) + 1e-12));
    assert.ok(err < 1e-5, `relative error ${err}`);
  });
});
