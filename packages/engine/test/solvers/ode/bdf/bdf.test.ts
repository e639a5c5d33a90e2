import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EngineError } from "../../../../src/messages.js";
import { BdfIntegrator, type BdfOptions } from "../../../../src/solvers/ode/bdf/bdf.js";
import { hires, robertson, robertsonDae, vanDerPol } from "../../../../src/solvers/problem-library/index.js";
import type { ReferenceProblem } from "../../../../src/solvers/problem-library/types.js";
import { getSolver, makeIntegrator } from "../../../../src/solvers/registry.js";
import {
  defaultIntegratorOptions,
  type IntegratorOptions,
  type OdeSystem,
} from "../../../../src/solvers/types.js";
import { fitOrder } from "../../convergence.js";

function opts(rtol: number, atol: number, extra: Partial<IntegratorOptions> = {}): IntegratorOptions {
  return { ...defaultIntegratorOptions, relativeTolerance: rtol, absoluteTolerance: atol, ...extra };
}

function solve(p: ReferenceProblem, o: IntegratorOptions, bdf: BdfOptions = {}, sys: OdeSystem = p.system) {
  const integ = new BdfIntegrator(sys, o, bdf);
  integ.init(p.t0, p.y0);
  while (integ.t < p.tEnd) integ.step(p.tEnd);
  return integ;
}

function report(name: string, integ: BdfIntegrator): void {
  const s = integ.stats;
  console.log(
    `  [bdf] ${name}: steps ${s.steps}, rejected ${s.rejectedSteps}, rhs ${s.rhsEvals}, jac ${s.jacEvals}, LU ${s.luDecompositions}, newton ${integ.newtonIters}`,
  );
}

/** max_i |a_i − b_i| / (|b_i| + floor) */
function relErr(a: Float64Array, b: Float64Array, floor: number): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]) / (Math.abs(b[i]) + floor));
  return m;
}

// y' = A y with eigenvalues −1 ± 0.5i (inside every BDF1–5 stability region at the steps used)
const A = [-1, 0.5, -0.5, -1];
const linear: OdeSystem = {
  n: 2,
  rhs(_t, y, dy) {
    dy[0] = A[0] * y[0] + A[1] * y[1];
    dy[1] = A[2] * y[0] + A[3] * y[1];
  },
  jac(_t, _y, J) {
    for (let k = 0; k < 4; k++) J[k] = A[k];
  },
};
function linearExact(t: number): Float64Array {
  // exp(At) y0 with y0 = (1, 0): e^{−t}(cos(t/2), −sin(t/2))
  return Float64Array.of(Math.exp(-t) * Math.cos(t / 2), -Math.exp(-t) * Math.sin(t / 2));
}

describe("BDF (CVODE-style variable order, Nordsieck form)", () => {
  it("fixed-step BDF1..BDF5 converge with their order on a linear problem (fitted slope ±0.2)", () => {
    const tEnd = 1;
    for (let q = 1; q <= 5; q++) {
      const Ns = q <= 2 ? [40, 80, 160, 320] : [10, 20, 40, 80];
      const hs: number[] = [];
      const errs: number[] = [];
      for (const N of Ns) {
        const h = tEnd / N;
        const integ = new BdfIntegrator(linear, opts(1e-13, 1e-15), { fixedStep: h, fixedOrder: q });
        // exact Nordsieck start: y^(k) = A^k y0
        const y0 = Float64Array.of(1, 0);
        const derivs: Float64Array[] = [];
        let prev = y0;
        for (let k = 0; k < q; k++) {
          const d = new Float64Array(2);
          linear.rhs(0, prev, d);
          derivs.push(d);
          prev = d;
        }
        integ.initNordsieck(0, y0, derivs);
        for (let k = 1; k <= N; k++) integ.step(k === N ? tEnd : k * h);
        assert.equal(integ.t, tEnd);
        assert.equal(integ.stats.steps, N);
        const ex = linearExact(tEnd);
        hs.push(h);
        errs.push(Math.max(Math.abs(integ.y[0] - ex[0]), Math.abs(integ.y[1] - ex[1])));
      }
      const order = fitOrder(hs, errs);
      console.log(
        `  [bdf] BDF${q}: errors ${errs.map((e) => e.toExponential(2)).join(" ")} → order ${order.toFixed(3)}`,
      );
      assert.ok(Math.abs(order - q) <= 0.2, `BDF${q}: observed order ${order}`);
    }
  });

  it("Robertson to t = 1e11 at rtol 1e-8 matches the IVP test set reference", () => {
    const p = robertson();
    const integ = solve(p, opts(1e-8, 1e-14));
    report("Robertson rtol 1e-8", integ);
    // y1 ~ 2e-8 and y2 ~ 8e-14 are far below atol-scale: compare relative to the reference values
    const e = relErr(integ.y, p.reference, 0);
    assert.ok(e < 1e-4, `relative error ${e}`);
    assert.ok(Math.abs(integ.y[0] + integ.y[1] + integ.y[2] - 1) < 1e-12);
  });

  it("Robertson with the finite-difference Jacobian (no system.jac) agrees too", () => {
    const p = robertson();
    const sys: OdeSystem = { n: 3, rhs: p.system.rhs };
    const integ = solve(p, opts(1e-8, 1e-14), {}, sys);
    report("Robertson rtol 1e-8, FD Jacobian", integ);
    assert.ok(relErr(integ.y, p.reference, 0) < 1e-4);
  });

  it("Robertson as an index-1 DAE (mass matrix diag(1,1,0)) matches the same reference", () => {
    const p = robertsonDae();
    const integ = solve(p, opts(1e-8, 1e-14));
    report("Robertson DAE rtol 1e-8", integ);
    assert.ok(relErr(integ.y, p.reference, 0) < 1e-4, `${Array.from(integ.y)}`);
  });

  it("steps over a jump of an algebraic variable (a fast equilibrium switching branch, as SBML case 01570)", () => {
    // k' = −1 from 4.5; 0 = z (k > 0) or 0 = 6 − z (k ≤ 0): z jumps from 0 to 6 at t = 4.5
    const sys: OdeSystem = {
      n: 2,
      massDiagonal: Float64Array.of(1, 0),
      rhs(_t, y, f) {
        f[0] = -1;
        f[1] = y[0] > 0 ? -y[1] : 6 - y[1];
      },
    };
    const integ = new BdfIntegrator(sys, opts(1e-8, 1e-10));
    integ.init(0, Float64Array.of(4.5, 0));
    while (integ.t < 10) integ.step(10);
    report("algebraic jump", integ);
    assert.ok(Math.abs(integ.y[0] + 5.5) < 1e-8);
    assert.ok(Math.abs(integ.y[1] - 6) < 1e-8);
  });

  it("HIRES at rtol 1e-8 matches the IVP test set reference", () => {
    const p = hires();
    const integ = solve(p, opts(1e-8, 1e-10));
    report("HIRES rtol 1e-8", integ);
    const e = relErr(integ.y, p.reference, 1e-8);
    assert.ok(e < 1e-4, `relative error ${e}`);
  });

  it("Van der Pol μ = 1000 to t = 2000 matches the IVP test set reference", () => {
    const p = vanDerPol(1000);
    const integ = solve(p, opts(1e-8, 1e-8));
    report("Van der Pol mu=1000 rtol 1e-8", integ);
    const e = relErr(integ.y, p.reference, 1e-3);
    assert.ok(e < 1e-3, `relative error ${e}: ${Array.from(integ.y)}`);
  });

  it("dense output is accurate inside the steps and never passes tStop", () => {
    const tEnd = 4;
    const integ = new BdfIntegrator(linear, opts(1e-9, 1e-12));
    integ.init(0, Float64Array.of(1, 0));
    const out = new Float64Array(2);
    let maxErr = 0;
    while (integ.t < tEnd) {
      integ.step(tEnd);
      assert.ok(integ.t <= tEnd);
      for (let k = 0; k <= 4; k++) {
        const t = integ.tPrev + ((integ.t - integ.tPrev) * k) / 4;
        integ.interpolate(t, out);
        const ex = linearExact(t);
        maxErr = Math.max(maxErr, Math.abs(out[0] - ex[0]), Math.abs(out[1] - ex[1]));
      }
    }
    assert.equal(integ.t, tEnd);
    report("linear dense output rtol 1e-9", integ);
    assert.ok(maxErr < 1e-7, `dense output error ${maxErr}`);
    assert.throws(() => integ.interpolate(tEnd + 1, out), EngineError);
  });

  it("restarts at order 1 after init (as after an event) and continues correctly", () => {
    // y' = −y, with a jump y → 2y at t = 1 (an event): y(2) = 2 e^{−2}
    const sys: OdeSystem = {
      n: 1,
      rhs(_t, y, dy) {
        dy[0] = -y[0];
      },
    };
    const integ = new BdfIntegrator(sys, opts(1e-10, 1e-12));
    integ.init(0, Float64Array.of(1));
    while (integ.t < 1) integ.step(1);
    assert.equal(integ.t, 1);
    assert.ok(Math.abs(integ.y[0] - Math.exp(-1)) < 1e-8);
    assert.ok(integ.order > 1, "the order rose during the first segment");
    const steps1 = integ.stats.steps;
    integ.init(1, Float64Array.of(2 * integ.y[0]));
    assert.equal(integ.order, 1);
    integ.step(2);
    assert.equal(integ.order, 1, "first step after init is BDF1");
    while (integ.t < 2) integ.step(2);
    assert.ok(Math.abs(integ.y[0] - 2 * Math.exp(-2)) < 1e-8, `${integ.y[0]}`);
    assert.ok(integ.stats.steps > steps1, "stats accumulate across init");
  });

  it("reports maximum_num_steps as SIM_MAX_STEPS", () => {
    const p = robertson();
    const integ = new BdfIntegrator(p.system, opts(1e-8, 1e-14, { maxSteps: 50 }));
    integ.init(p.t0, p.y0);
    assert.throws(
      () => {
        while (integ.t < p.tEnd) integ.step(p.tEnd);
      },
      (e: unknown) => e instanceof EngineError && e.diagnostic.code === "E-SIM-002",
    );
    assert.equal(integ.stats.steps, 50);
  });

  it("reports a blow-up as a step failure, and rejects bad settings", () => {
    // y' = y², y(0) = 1 blows up at t = 1
    const sys: OdeSystem = {
      n: 1,
      rhs(_t, y, dy) {
        dy[0] = y[0] * y[0];
      },
    };
    const integ = new BdfIntegrator(sys, opts(1e-6, 1e-8));
    integ.init(0, Float64Array.of(1));
    assert.throws(
      () => {
        while (integ.t < 2) integ.step(2);
      },
      (e: unknown) => e instanceof EngineError && /E-SIM-00[125]/.test(e.diagnostic.code),
    );
    assert.ok(integ.t < 1 && integ.t > 0.99);
    assert.throws(() => new BdfIntegrator(sys, opts(1e-6, 1e-8), { maxOrder: 6 }), EngineError);
    assert.throws(() => new BdfIntegrator(sys, opts(-1, 1e-8)), EngineError);
  });

  it("maximum_bdf_order limits the order; maximum_time_step limits the step", () => {
    const p = robertson(40);
    const integ = new BdfIntegrator(p.system, opts(1e-6, 1e-10, { maxStep: 0.5 }), { maxOrder: 2 });
    integ.init(p.t0, p.y0);
    let maxQ = 0;
    let maxH = 0;
    while (integ.t < p.tEnd) {
      integ.step(p.tEnd);
      maxQ = Math.max(maxQ, integ.order);
      maxH = Math.max(maxH, integ.t - integ.tPrev);
    }
    assert.ok(maxQ <= 2);
    assert.ok(maxH <= 0.5 * (1 + 1e-12));
  });

  it("sparse LU and dense LU give the same trajectory (HIRES, forced sparse)", () => {
    const p = hires();
    const d = solve(p, opts(1e-8, 1e-10), { linearSolver: "dense" });
    const s = solve(p, opts(1e-8, 1e-10), { linearSolver: "sparse" });
    report("HIRES sparse LU", s);
    assert.ok(s.usesSparseLU && !d.usesSparseLU);
    // the two differ by roundoff only, which the step-size control amplifies into a slightly different
    // step sequence: both must meet the reference, with similar work
    assert.ok(relErr(s.y, p.reference, 1e-8) < 1e-4);
    assert.ok(relErr(s.y, d.y, 1e-8) < 1e-5);
    assert.ok(Math.abs(s.stats.steps - d.stats.steps) <= 0.1 * d.stats.steps);
  });

  it('is registered as "bdf" (KISAO:0000019) with libRoadRunner\'s settings, maximum_bdf_order included', () => {
    const spec = getSolver("KISAO:0000019");
    assert.equal(spec?.name, "bdf");
    assert.equal(getSolver("bdf"), spec);
    const names = spec?.settings.map((x) => x.name) ?? [];
    for (const n of [
      "relative_tolerance",
      "absolute_tolerance",
      "maximum_num_steps",
      "initial_time_step",
      "maximum_time_step",
      "minimum_time_step",
      "maximum_bdf_order",
    ]) {
      assert.ok(names.includes(n), n);
    }
    const p = robertson(40);
    const integ = makeIntegrator(p.system, "bdf", {
      relative_tolerance: 1e-6,
      absolute_tolerance: 1e-10,
      maximum_bdf_order: 2,
    }) as BdfIntegrator;
    assert.ok(integ instanceof BdfIntegrator);
    integ.init(p.t0, p.y0);
    let maxQ = 0;
    while (integ.t < p.tEnd) {
      integ.step(p.tEnd);
      maxQ = Math.max(maxQ, integ.order);
    }
    assert.equal(maxQ, 2);
    assert.throws(() => makeIntegrator(p.system, "bdf", { maximum_bdf_order: 7 }), EngineError);
  });

  it("takes about as many steps as CVODE on the same problems (≤ 1.3×)", () => {
    // CVODE 6.4.1 release build (/work/shared/perf/build-sundials.sh), BDF, Newton, dense LU with its
    // difference-quotient Jacobian, driven by /work/shared/perf/cvode_driver.c with these right-hand
    // sides in C (helper D, 2026-11-27): accepted steps to tEnd.
    const cvodeSteps: [ReferenceProblem, number, number, number][] = [
      [robertson(), 1e-8, 1e-14, 2111],
      [robertson(), 1e-6, 1e-10, 914],
      [hires(), 1e-8, 1e-10, 820],
      [hires(), 1e-6, 1e-8, 415],
      [vanDerPol(1000), 1e-8, 1e-8, 2038],
      [vanDerPol(1000), 1e-6, 1e-6, 880],
    ];
    for (const [p, rtol, atol, cv] of cvodeSteps) {
      // the same Jacobian kind as CVODE: difference quotients
      const integ = solve(p, opts(rtol, atol), {}, { n: p.system.n, rhs: p.system.rhs });
      const ratio = integ.stats.steps / cv;
      report(`${p.name} rtol ${rtol} (FD Jacobian): CVODE ${cv} steps, ratio ${ratio.toFixed(2)}`, integ);
      assert.ok(ratio <= 1.3, `${p.name} rtol ${rtol}: ${integ.stats.steps} steps vs CVODE ${cv}`);
    }
  });

  it("probes the Jacobian pattern when none is declared, and widens it when new entries appear", () => {
    // y0' = −y0, y1' = −k·y1·y0·s(t) where the coupling switches on at t = 1 (∂f1/∂y0 = 0 before)
    const sys: OdeSystem = {
      n: 2,
      rhs(t, y, dy) {
        const s = t > 1 ? 1 : 0;
        dy[0] = -y[0];
        dy[1] = -y[1] - 5 * s * y[0] * y[1];
      },
      jac(t, y, J) {
        const s = t > 1 ? 1 : 0;
        J[0] = -1;
        J[1] = 0;
        J[2] = -5 * s * y[1];
        J[3] = -1 - 5 * s * y[0];
      },
    };
    const integ = new BdfIntegrator(sys, opts(1e-8, 1e-12));
    integ.init(0, Float64Array.of(1, 1));
    while (integ.t < 1) integ.step(1);
    integ.init(1, Float64Array.from(integ.y)); // the switch is a discontinuity: restart there
    while (integ.t < 2) integ.step(2);
    assert.ok(integ.usesSparseLU);
    // exact: y0 = e^{−t}; for t > 1, y1 = y1(1)·exp(−(t−1) − 5∫₁ᵗ e^{−s} ds)
    const y11 = Math.exp(-1);
    const ex = y11 * Math.exp(-1 - 5 * (Math.exp(-1) - Math.exp(-2)));
    assert.ok(Math.abs(integ.y[0] - Math.exp(-2)) < 1e-7);
    assert.ok(Math.abs(integ.y[1] - ex) < 1e-7, `${integ.y[1]} vs ${ex}`);
  });

  it("uses sparse LU on a large sparse system (1-D Brusselator, n = 200) and agrees with dense LU", () => {
    // Hairer, Nørsett & Wanner, Solving ODEs I, II.10 (BRUS with diffusion), N = 100 grid points
    const N = 100;
    const alpha = 0.02;
    const c = alpha * (N + 1) * (N + 1);
    const n = 2 * N;
    const pattern = new Uint8Array(n * n);
    for (let i = 0; i < N; i++) {
      const u = 2 * i;
      const v = u + 1;
      for (const [r, cc] of [
        [u, u],
        [u, v],
        [v, u],
        [v, v],
      ]) {
        pattern[r * n + cc] = 1;
      }
      if (i > 0) {
        pattern[u * n + u - 2] = 1;
        pattern[v * n + v - 2] = 1;
      }
      if (i < N - 1) {
        pattern[u * n + u + 2] = 1;
        pattern[v * n + v + 2] = 1;
      }
    }
    const sys: OdeSystem = {
      n,
      jacPattern: pattern,
      rhs(_t, y, dy) {
        for (let i = 0; i < N; i++) {
          const u = y[2 * i];
          const v = y[2 * i + 1];
          const ul = i > 0 ? y[2 * i - 2] : 1;
          const ur = i < N - 1 ? y[2 * i + 2] : 1;
          const vl = i > 0 ? y[2 * i - 1] : 3;
          const vr = i < N - 1 ? y[2 * i + 3] : 3;
          dy[2 * i] = 1 + u * u * v - 4 * u + c * (ul - 2 * u + ur);
          dy[2 * i + 1] = 3 * u - u * u * v + c * (vl - 2 * v + vr);
        }
      },
    };
    const y0 = new Float64Array(n);
    for (let i = 0; i < N; i++) {
      const x = (i + 1) / (N + 1);
      y0[2 * i] = 1 + Math.sin(2 * Math.PI * x);
      y0[2 * i + 1] = 3;
    }
    const p: ReferenceProblem = {
      name: "brusselator-1d",
      system: sys,
      t0: 0,
      tEnd: 10,
      y0,
      reference: new Float64Array(n),
      source: "",
      stiff: true,
    };
    const t0 = performance.now();
    const s = solve(p, opts(1e-6, 1e-8));
    const ts = performance.now() - t0;
    const t1 = performance.now();
    const d = solve(p, opts(1e-6, 1e-8), { linearSolver: "dense" });
    const td = performance.now() - t1;
    report(`Brusselator-1D n=${n} sparse LU (${ts.toFixed(0)} ms; dense ${td.toFixed(0)} ms)`, s);
    assert.ok(s.usesSparseLU && !d.usesSparseLU);
    assert.ok(relErr(s.y, d.y, 1e-3) < 1e-4, `sparse vs dense ${relErr(s.y, d.y, 1e-3)}`);
    // coloured difference quotients: far fewer RHS calls per Jacobian than n
    assert.ok((s.stats.rhsEvals - s.newtonIters) / s.stats.jacEvals < 20);
  });
});
