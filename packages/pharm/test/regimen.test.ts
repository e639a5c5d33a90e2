import assert from "node:assert/strict";
import { test } from "node:test";
import { call, compileModel, emptyModel, type Model, num, simulate, sym } from "@stat3/engine";
import { applyRegimen, type DosingRegimen, exposureAt } from "../src/regimen.js";

/** A drug parameter D acting on X: dX/dt = 1 − (1 + D)·X (X is only there to make a real ODE). */
function model(): Model {
  const m = emptyModel("regimen_test");
  m.compartments.push({
    id: "c",
    size: 1,
    constant: true,
    spatialDimensions: 3,
  } as Model["compartments"][number]);
  m.species.push({
    id: "X",
    compartment: "c",
    initialConcentration: 0,
    hasOnlySubstanceUnits: false,
    boundaryCondition: false,
    constant: false,
  } as Model["species"][number]);
  m.parameters.push({ id: "D", value: 0, constant: true });
  m.rules.push({
    kind: "rate",
    variable: "X",
    math: call("minus", num(1), call("times", call("plus", num(1), sym("D")), sym("X"))),
  });
  return m;
}

function trace(r: DosingRegimen, times: number[]): number[] {
  const c = compileModel(applyRegimen(model(), "D", r));
  const sol = simulate(c, {
    times,
    selections: ["D"],
    method: "bdf",
    options: { relative_tolerance: 1e-10, absolute_tolerance: 1e-12 },
  });
  return Array.from(sol.values[0]);
}

const T = [0, 0.5, 1, 2, 3.5, 5, 7.25, 10, 14, 20];

test("bolus with first-order decay follows dose·2^(−(t − at)/t½)", () => {
  const r: DosingRegimen = { kind: "bolus", dose: 100, at: 1, halfLife: 2 };
  const got = trace(r, T);
  T.forEach((t, i) => {
    // written out independently of exposureAt: exp(−ln2·(t − 1)/2) after the dose
    const ref = t < 1 ? 0 : 100 * Math.exp((-Math.LN2 * (t - 1)) / 2);
    assert.ok(Math.abs(got[i] - ref) < 1e-6 * 100, `t=${t}: ${got[i]} vs ${ref}`);
    assert.ok(Math.abs(exposureAt(r, t) - ref) < 1e-9);
  });
});

test("repeated dosing superposes the doses (accumulation)", () => {
  const r: DosingRegimen = { kind: "repeated", dose: 10, first: 0, every: 3, doses: 4, halfLife: 3 };
  const got = trace(r, T);
  T.forEach((t, i) => {
    let ref = 0;
    for (const td of [0, 3, 6, 9]) if (t >= td) ref += 10 * 0.5 ** ((t - td) / 3);
    assert.ok(Math.abs(got[i] - ref) < 1e-6 * 20, `t=${t}: ${got[i]} vs ${ref}`);
  });
  // the dose at t = 0 fires at the start
  assert.ok(Math.abs(got[0] - 10) < 1e-9);
});

test("constant exposure over a window (wash-out) and without decay", () => {
  const got = trace({ kind: "constant", dose: 5, start: 2, stop: 7 }, T);
  T.forEach((t, i) => {
    assert.equal(got[i], t >= 2 && t < 7 ? 5 : 0, `t=${t}`);
  });
  const flat = trace({ kind: "bolus", dose: 3, at: 0 }, T);
  for (const v of flat) assert.ok(Math.abs(v - 3) < 1e-12);
});

test("the drug acts on the model: X tracks 1/(1 + D) under constant exposure", () => {
  const c = compileModel(applyRegimen(model(), "D", { kind: "constant", dose: 3 }));
  const sol = simulate(c, { times: [0, 30], selections: ["[X]"], method: "bdf" });
  assert.ok(Math.abs(sol.values[0][1] - 0.25) < 1e-5);
});

test("bad regimens are rejected with E-PHARM-301", () => {
  assert.throws(
    () => applyRegimen(model(), "Q", { kind: "bolus", dose: 1 }),
    /E-PHARM-301.*no parameter "Q"/,
  );
  assert.throws(() => applyRegimen(model(), "D", { kind: "bolus", dose: -1 }), /dose must be ≥ 0/);
  assert.throws(() => applyRegimen(model(), "D", { kind: "constant", dose: 1, start: 5, stop: 5 }), /stop/);
  assert.throws(() => applyRegimen(model(), "D", { kind: "repeated", dose: 1, every: 0, doses: 2 }), /every/);
  const twice = applyRegimen(model(), "D", { kind: "constant", dose: 1 });
  assert.throws(() => applyRegimen(twice, "D", { kind: "constant", dose: 1 }), /already has a rule/);
});
