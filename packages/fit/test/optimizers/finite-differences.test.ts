/**
 * Models without sensitivities (events, delays): petabBoxProblem takes the gradient and the Fisher
 * information by central differences, so the gradient-based optimisers fit them instead of failing.
 * Problem: PEtab test-suite case 0001 (A ⇄ B, k1 forward, k2 back; obs A with σ = 0.5, data at t = 0 and
 * 10) with an event that resets A to 1 at t = 5. Reference: the closed form
 *   A(t) = A∞ + (A(0) − A∞)·e^{−(k1+k2)t},  A∞ = k2·(A + B)/(k1 + k2),
 * before and after the event, and its gradient by differences of the exact expression (step 1e-6).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { petabObjective } from "../../src/objective.js";
import { petabBoxProblem, runOptimizer } from "../../src/optimizers/multistart.js";
import { loadPetabProblem } from "../../src/petab/read.js";
import { withTimeEvent } from "../fixtures/events.js";

const dir = "/work/shared/petab/test-suite-v1/0001";

function eventProblem() {
  const p = loadPetabProblem("_0001.yaml", (f) => readFileSync(join(dir, f), "utf8"));
  return withTimeEvent(p, { id: "reset", at: 5, species: "A", value: 1 });
}

/** −llh of the closed form at x = (a0, b0, k1, k2); data 0.7 at t = 0 and 0.1 at t = 10, σ = 0.5 */
function exactNllh([a0, b0, k1, k2]: ArrayLike<number>): number {
  const A = (t: number, a: number, b: number) => {
    const inf = (k2 * (a + b)) / (k1 + k2);
    return inf + (a - inf) * Math.exp(-(k1 + k2) * t);
  };
  const b5 = a0 + b0 - A(5, a0, b0);
  const h = [a0, A(5, 1, b5)];
  const data = [0.7, 0.1];
  const s = 0.5;
  return h.reduce(
    (acc, v, i) => acc + 0.5 * Math.log(2 * Math.PI * s * s) + 0.5 * ((data[i] - v) / s) ** 2,
    0,
  );
}

test("an event model has no sensitivities; its box problem's gradient by central differences matches the closed form", () => {
  const obj = petabObjective(eventProblem());
  assert.equal(obj.sensitivitiesAvailable, false);
  const p = petabBoxProblem(obj);
  const x = Float64Array.of(1.2, 0.3, 0.8, 0.6);
  const e = p.evaluate(x, 2);
  assert.ok(Math.abs(e.f - exactNllh(x)) < 1e-7, `f ${e.f} vs ${exactNllh(x)}`);
  for (let k = 0; k < 4; k++) {
    const xp = Float64Array.from(x);
    const xm = Float64Array.from(x);
    xp[k] += 1e-6;
    xm[k] -= 1e-6;
    const exact = (exactNllh(xp) - exactNllh(xm)) / 2e-6;
    const got = (e.g as Float64Array)[k];
    // central differences with step FD_STEP = 1e-3: truncation O(1e-6)
    assert.ok(Math.abs(got - exact) < 1e-5 * Math.max(1, Math.abs(exact)), `∂/∂x${k}: ${got} vs ${exact}`);
  }
  // the Fisher matrix is symmetric positive semi-definite, with ∂h(0)/∂a0 = 1 on its diagonal: ≥ 1/σ²
  const H = e.H as Float64Array;
  for (let k = 0; k < 4; k++)
    for (let l = 0; l < 4; l++) assert.ok(Math.abs(H[k * 4 + l] - H[l * 4 + k]) < 1e-9);
  assert.ok(H[0] >= 4 - 1e-6, `H[a0,a0] = ${H[0]}`);
});

test("the default optimiser fits the event model (it used to fail every start: no gradient)", () => {
  const obj = petabObjective(eventProblem());
  const p = petabBoxProblem(obj);
  const x0 = Float64Array.of(3, 2, 2, 3);
  const r = runOptimizer("trr", p, x0, {});
  assert.notEqual(r.exit, "failed");
  // two data points, four parameters: the fit reaches the data (residuals → 0), −llh → 2 · ½ log(2πσ²)
  const floor = Math.log(2 * Math.PI * 0.25);
  assert.ok(r.f < exactNllh(x0) && Math.abs(r.f - floor) < 1e-6, `f ${r.f}, floor ${floor} (${r.exit})`);
  assert.ok(Math.abs(r.f - exactNllh(r.x)) < 1e-7);
});
