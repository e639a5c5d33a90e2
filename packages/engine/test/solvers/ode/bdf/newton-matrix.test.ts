import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EngineError } from "../../../../src/messages.js";
import { BdfIntegrator } from "../../../../src/solvers/ode/bdf/bdf.js";
import { NewtonMatrix } from "../../../../src/solvers/ode/bdf/newton-matrix.js";
import { robertson } from "../../../../src/solvers/problem-library/index.js";
import { defaultIntegratorOptions, type OdeSystem } from "../../../../src/solvers/types.js";

/**
 * Three uncoupled copies of ROBER (Robertson 1966; Hairer & Wanner, Solving ODEs II, §IV.10) as one
 * 9-dimensional system whose Jacobian is diag(J, J, J) only when the copies start equal — so the
 * block-diagonal declaration uses the first block's Jacobian for all three, exactly what the
 * simultaneous forward-sensitivity corrector does (its blocks share J by construction).
 */
const rober = robertson(40);

function tripled(declareBlocks: boolean): OdeSystem {
  const base = rober.system;
  const y1 = new Float64Array(3);
  const f1 = new Float64Array(3);
  const J1 = new Float64Array(9);
  const sys: OdeSystem = {
    n: 9,
    rhs(t, y, dy) {
      for (let b = 0; b < 3; b++) {
        for (let i = 0; i < 3; i++) y1[i] = y[3 * b + i];
        base.rhs(t, y1, f1);
        for (let i = 0; i < 3; i++) dy[3 * b + i] = f1[i];
      }
    },
    jac(t, y, J) {
      J.fill(0);
      for (let b = 0; b < 3; b++) {
        for (let i = 0; i < 3; i++) y1[i] = y[3 * b + i];
        (base.jac as NonNullable<typeof base.jac>)(t, y1, J1);
        for (let i = 0; i < 3; i++)
          for (let j = 0; j < 3; j++) J[(3 * b + i) * 9 + 3 * b + j] = J1[i * 3 + j];
      }
    },
  };
  if (declareBlocks) {
    sys.blockDiagonal = {
      blockSize: 3,
      jacBlock(t, y, B) {
        for (let i = 0; i < 3; i++) y1[i] = y[i];
        (base.jac as NonNullable<typeof base.jac>)(t, y1, B);
      },
    };
  }
  return sys;
}

describe("NewtonMatrix: block-diagonal systems", () => {
  it("solves each block with the one factored block: the same BDF steps and solution as the full matrix", () => {
    const y0 = new Float64Array(9);
    for (let b = 0; b < 3; b++) y0.set(rober.y0, 3 * b);
    const o = { ...defaultIntegratorOptions, relativeTolerance: 1e-8, absoluteTolerance: 1e-12 };
    const run = (declare: boolean) => {
      const integ = new BdfIntegrator(tripled(declare), o, { linearSolver: "dense" });
      integ.init(0, y0);
      while (integ.t < 40) integ.step(40);
      return integ;
    };
    const full = run(false);
    const blocks = run(true);
    assert.ok(full.stats.steps > 50, "a real stiff run");
    assert.equal(blocks.stats.steps, full.stats.steps);
    assert.equal(blocks.stats.jacEvals, full.stats.jacEvals);
    for (let i = 0; i < 9; i++) {
      assert.ok(
        Math.abs(blocks.y[i] - full.y[i]) <= 1e-12 * (Math.abs(full.y[i]) + 1e-20),
        `component ${i}: ${blocks.y[i]} vs ${full.y[i]}`,
      );
    }
    // the copies stay equal and match the reference solution of ROBER at t = 40 (Hairer & Wanner)
    assert.ok(Math.abs(blocks.y[0] - 0.7158270687) < 1e-6, `y1(40) = ${blocks.y[0]}`);
  });

  it("rejects a block size that does not divide the system", () => {
    const sys = tripled(true);
    (sys.blockDiagonal as NonNullable<OdeSystem["blockDiagonal"]>).blockSize = 4;
    assert.throws(() => new NewtonMatrix(sys, null, "auto", 60), EngineError);
  });
});
