/**
 * PetabObjective.trajectories — the model trajectories behind a fit on a dense time grid:
 * - at the measurement times they equal evaluate().simulation (all 20 PEtab v1 test-suite cases, Boehm);
 * - between the measurement times they follow the closed-form solution of the conversion reaction
 *   A ⇄ B of the test suite (A' = −k1 A + k2 B): A(t) = A∞ + (A0 − A∞) e^{−(k1+k2) t},
 *   A∞ = k2 (A0 + B0)/(k1 + k2) (petabtests.analytical_a), including pre-equilibration with and without
 *   re-initialised species (cases 0009, 0018) and per-row observable-parameter overrides (case 0006).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { type ObservableTrajectory, petabObjective } from "../src/objective.js";
import { loadPetabProblem } from "../src/petab/read.js";
import { withTimeEvent } from "./fixtures/events.js";

const SUITE = "/work/shared/petab/test-suite-v1";
const BENCH = "/work/shared/petab/benchmarks";

function load(dir: string, yaml: string) {
  return loadPetabProblem(yaml, (f) => readFileSync(join(dir, f), "utf8"));
}
const suiteCase = (c: string) => petabObjective(load(join(SUITE, c), `_${c}.yaml`));

/** petabtests.analytical_a: A(t) of A ⇄ B with A(0) = a0, B(0) = b0 */
const analyticA = (t: number, a0: number, b0: number, k1: number, k2: number) => {
  const aInf = (k2 * (a0 + b0)) / (k1 + k2);
  return aInf + (a0 - aInf) * Math.exp(-(k1 + k2) * t);
};

/** every finite-time measurement row is on exactly one trajectory, whose value there is the simulation */
function checkAgainstEvaluate(name: string, obj: ReturnType<typeof suiteCase>, trs: ObservableTrajectory[]) {
  const r = obj.evaluate();
  const seen = new Set<number>();
  for (const tr of trs) {
    for (let i = 1; i < tr.time.length; i++)
      assert.ok(tr.time[i] > tr.time[i - 1], `${name}: grid increasing`);
    for (const row of tr.rows) {
      assert.ok(!seen.has(row), `${name}: row ${row} on two trajectories`);
      seen.add(row);
      const m = obj.problem.measurements[row];
      assert.equal(m.observableId, tr.observableId);
      assert.equal(m.simulationConditionId, tr.conditionId);
      assert.equal(m.preequilibrationConditionId, tr.preequilibrationConditionId);
      assert.equal(m.observableParameters.join(";"), tr.observableParameters);
      const k = tr.time.indexOf(m.time);
      assert.ok(k >= 0, `${name}: measurement time ${m.time} is on the grid`);
      const want = r.simulation[row];
      assert.ok(
        Math.abs(tr.value[k] - want) <= 1e-8 * Math.max(Math.abs(want), 1e-12),
        `${name}: row ${row} t=${m.time}: trajectory ${tr.value[k]} vs simulation ${want}`,
      );
    }
  }
  const finiteRows = obj.problem.measurements.flatMap((m, i) => (Number.isFinite(m.time) ? [i] : []));
  assert.deepEqual(
    [...seen].sort((a, b) => a - b),
    finiteRows,
    `${name}: every finite-time row on a trajectory`,
  );
}

test("trajectories equal evaluate().simulation at the measurement times (20 test-suite cases, Boehm)", () => {
  const cases = readdirSync(SUITE).filter((d) => /^\d{4}$/.test(d));
  assert.equal(cases.length, 20);
  for (const c of cases) {
    const obj = suiteCase(c);
    checkAgainstEvaluate(c, obj, obj.trajectories());
  }
  const dir = join(BENCH, "Boehm_JProteomeRes2014");
  const boehm = petabObjective(load(dir, "Boehm_JProteomeRes2014.yaml"));
  // away from the nominal point too
  const x = boehm.nominal.map((v, k) => v + 0.1 * Math.sin(k + 1));
  const trs = boehm.trajectories(x, { points: 101 });
  assert.equal(trs.length, 3); // one condition, three observables
  const r = boehm.evaluate(x);
  for (const tr of trs) {
    // 0…240 in 101 points (step 2.4) merged with the 16 measurement times
    assert.equal(tr.time[0], 0);
    assert.equal(tr.time[tr.time.length - 1], 240);
    assert.ok(tr.time.length >= 101 && tr.time.length <= 117, String(tr.time.length));
    for (const row of tr.rows) {
      const k = tr.time.indexOf(boehm.problem.measurements[row].time);
      assert.ok(Math.abs(tr.value[k] - r.simulation[row]) <= 1e-8 * Math.abs(r.simulation[row]));
    }
  }
});

test("case 0001: the dense trajectory of A ⇄ B follows the closed form between the measurements", () => {
  const obj = suiteCase("0001");
  const trs = obj.trajectories(undefined, { points: 200 });
  assert.equal(trs.length, 1);
  const [tr] = trs;
  assert.equal(tr.conditionId, "c0");
  assert.equal(tr.preequilibrationConditionId, undefined);
  assert.equal(tr.observableId, "obs_a");
  assert.deepEqual(tr.rows, [0, 1]);
  assert.equal(tr.time.length, 200); // 0 and 10 are grid points already
  let worst = 0;
  for (let i = 0; i < tr.time.length; i++)
    worst = Math.max(worst, Math.abs(tr.value[i] - analyticA(tr.time[i], 1, 0, 0.8, 0.6)));
  assert.ok(worst < 1e-6, `max |A − A_exact| = ${worst}`);
  // at another point: a0 = 2, b0 = 0.5, k1 = 0.3, k2 = 1.2 (parameter order a0, b0, k1, k2; linear scale)
  assert.deepEqual(obj.parameterIds, ["a0", "b0", "k1", "k2"]);
  const [t2] = obj.trajectories([2, 0.5, 0.3, 1.2], { points: 57 });
  assert.equal(t2.time.length, 57);
  for (let i = 0; i < t2.time.length; i++)
    assert.ok(Math.abs(t2.value[i] - analyticA(t2.time[i], 2, 0.5, 0.3, 1.2)) < 1e-6);
});

test("case 0006: per-row observable-parameter overrides give one trajectory each (10·A and 15·A)", () => {
  const obj = suiteCase("0006");
  const trs = obj.trajectories(undefined, { points: 50 });
  assert.deepEqual(
    trs.map((t) => [t.observableParameters, t.rows]),
    [
      ["10", [0]],
      ["15", [1]],
    ],
  );
  for (const [tr, scale] of [
    [trs[0], 10],
    [trs[1], 15],
  ] as const)
    for (let i = 0; i < tr.time.length; i++)
      assert.ok(Math.abs(tr.value[i] - scale * analyticA(tr.time[i], 1, 0, 0.8, 0.6)) < 1e-5);
  checkAgainstEvaluate("0006", obj, trs);
});

test("pre-equilibration: from the steady state (0009), with a re-initialised species (0018)", () => {
  // 0009: pre-equilibrated with k1 = 0.3, then k1 = 0.8; nothing re-initialised
  const obj9 = suiteCase("0009");
  const [tr9] = obj9.trajectories();
  assert.equal(tr9.preequilibrationConditionId, "preeq_c0");
  assert.equal(tr9.time[0], 0);
  const aSS = analyticA(1000, 1, 0, 0.3, 0.6);
  for (let i = 0; i < tr9.time.length; i++)
    assert.ok(Math.abs(tr9.value[i] - analyticA(tr9.time[i], aSS, 1 - aSS, 0.8, 0.6)) < 1e-6);
  // 0018: pre-equilibrated from A = 0, B = 2 (k1 = 0.3); then A re-initialised to 1, B carried over
  const obj18 = suiteCase("0018");
  const trs = obj18.trajectories();
  const byObs = new Map(trs.map((t) => [t.observableId, t]));
  assert.deepEqual([...byObs.keys()].sort(), ["obs_a", "obs_b"]);
  const bSS = 2 - analyticA(1000, 0, 2, 0.3, 0.6);
  const a = byObs.get("obs_a") as ObservableTrajectory;
  const b = byObs.get("obs_b") as ObservableTrajectory;
  assert.deepEqual(a.rows, [0, 1, 2]);
  for (let i = 0; i < a.time.length; i++) {
    const exact = analyticA(a.time[i], 1, bSS, 0.8, 0.6);
    assert.ok(Math.abs(a.value[i] - exact) < 1e-6, `A(${a.time[i]}) ${a.value[i]} vs ${exact}`);
  }
  // obs_b is measured at t = 0 only, but on the grid of its simulation (to t = 10): B = A0 + B0 − A
  assert.deepEqual(Array.from(b.time), Array.from(a.time));
  assert.deepEqual(b.rows, [3]);
  for (let i = 0; i < b.time.length; i++)
    assert.ok(Math.abs(b.value[i] - (1 + bSS - analyticA(b.time[i], 1, bSS, 0.8, 0.6))) < 1e-6);
  checkAgainstEvaluate("0018", obj18, trs);
});

test("models with events: trajectories by the engine's simulate(), an event that fires mid-course (case 0001)", () => {
  const problem = load(join(SUITE, "0001"), "_0001.yaml");
  // at t = 5, between the measurements at 0 and 10: A is reset to 1
  const withEvent = withTimeEvent(problem, { id: "reset", at: 5, species: "A", value: 1 });
  const obj = petabObjective(withEvent);
  const [tr] = obj.trajectories(undefined, { points: 201 });
  const r = obj.evaluate();
  // before the event: the closed form from (1, 0); after it: from (1, B(5)) over t − 5
  const b5 = 1 - analyticA(5, 1, 0, 0.8, 0.6);
  const exact = (t: number) => (t < 5 ? analyticA(t, 1, 0, 0.8, 0.6) : analyticA(t - 5, 1, b5, 0.8, 0.6));
  let worst = 0;
  for (let i = 0; i < tr.time.length; i++)
    if (tr.time[i] !== 5) worst = Math.max(worst, Math.abs(tr.value[i] - exact(tr.time[i])));
  assert.ok(worst < 1e-5, `max |A − A_exact| = ${worst}`);
  assert.ok(Math.abs(tr.value[tr.time.length - 1] - r.simulation[1]) < 1e-6);
});
