// The simulator on hand-built models with closed-form answers: output sampling, selections, event
// semantics (t0 firing, persistence, priorities, cascades, location accuracy), overrides.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compileModel } from "../../src/compile/index.js";
import { call, type Expr, num, sym, TIME } from "../../src/expr/ast.js";
import { Codes, EngineError } from "../../src/messages.js";
import type { Event, Model } from "../../src/model/types.js";
import { simulate } from "../../src/simulate/simulate.js";
import { baseModel, reaction, times } from "../compile/build-model.js";

const tight = { relativeTolerance: 1e-10, absoluteTolerance: 1e-12 };

function decay(): Model {
  // A → ∅ at k·A, A(0) = 10, k = 0.5: A = 10 e^{-t/2}
  const m = baseModel("decay", { A: 10 }, { k: 0.5 });
  m.reactions.push(reaction("R", ["A"], [], times(sym("k"), sym("A"))));
  return m;
}

function event(
  trigger: Expr,
  assignments: [string, Expr][],
  extra: Partial<Event> = {},
  persistent = true,
  initialValue = true,
): Event {
  return {
    useValuesFromTriggerTime: true,
    trigger: { math: trigger, initialValue, persistent },
    assignments: assignments.map(([variable, math]) => ({ variable, math })),
    ...extra,
  };
}

test("outputs at exactly the requested times, from dense output, with selections", () => {
  const c = compileModel(decay());
  const sol = simulate(c, {
    start: 0,
    end: 4,
    points: 9,
    selections: ["time", "A", "[A]", "R", "A'"],
    options: tight,
  });
  assert.deepEqual(sol.columns, ["time", "A", "[A]", "R", "A'"]);
  for (let i = 0; i < 9; i++) {
    const t = i * 0.5;
    assert.equal(sol.t[i], t);
    const A = 10 * Math.exp(-0.5 * t);
    assert.ok(Math.abs(sol.values[1][i] - A) < 1e-8 * A + 1e-12, `A(${t})`);
    assert.ok(Math.abs(sol.values[3][i] - 0.5 * A) < 1e-8 * A, `R(${t})`);
    assert.ok(Math.abs(sol.values[4][i] + 0.5 * A) < 1e-8 * A, `A'(${t})`);
  }
  // far fewer steps than a fixed grid would need: dense output, not stepping to each point
  assert.ok(sol.stats.steps < 200, `steps ${sol.stats.steps}`);
});

test("unknown selection names similar ids", () => {
  const c = compileModel(decay());
  assert.throws(
    () => simulate(c, { end: 1, selections: ["time", "AA"] }),
    (e: unknown) =>
      e instanceof EngineError &&
      e.diagnostic.code === Codes.SIM_BAD_SELECTION &&
      /A/.test(e.diagnostic.hint ?? ""),
  );
});

test("a state event is located to high accuracy: A < 5 fires at t = 2 ln 2", () => {
  const m = decay();
  m.parameters.push({ id: "hit", value: 0, constant: false });
  m.events.push(
    event(call("lt", sym("A"), num(5)), [
      ["A", num(10)],
      ["hit", call("plus", sym("hit"), num(1))],
    ]),
  );
  const c = compileModel(m);
  // (a second crossing would come at 4 ln 2 ≈ 2.77: stop before it)
  const sol = simulate(c, {
    start: 0,
    end: 2.5,
    points: 6,
    selections: ["time", "A", "hit"],
    options: tight,
  });
  assert.equal(sol.events.length, 1);
  assert.ok(Math.abs(sol.events[0].t - 2 * Math.LN2) < 1e-9, `event at ${sol.events[0].t}`);
  // after the reset at t* = 2 ln 2, A = 10 e^{-(t - t*)/2}
  const tStar = 2 * Math.LN2;
  assert.ok(Math.abs(sol.values[1][5] - 10 * Math.exp(-(2.5 - tStar) / 2)) < 1e-7);
  assert.equal(sol.values[2][5], 1);
});

test("initialValue=false fires at t0; priorities order simultaneous events; cascades at one instant", () => {
  const m = baseModel("ev", {}, {});
  m.parameters.push(
    { id: "x", value: 0, constant: false },
    { id: "y", value: 0, constant: false },
    { id: "z", value: 0, constant: false },
  );
  // both fire at t0 (trigger true, initial value false); the higher priority runs first, so y sees x = 1
  m.events.push(event(call("geq", TIME, num(0)), [["x", num(1)]], { priority: num(10) }, true, false));
  m.events.push(
    event(
      call("geq", TIME, num(0)),
      [["y", call("plus", sym("x"), num(1))]],
      { priority: num(1), useValuesFromTriggerTime: false },
      true,
      false,
    ),
  );
  // a cascade: y > 1 becomes true by the second event and sets z at the same instant
  m.events.push(event(call("gt", sym("y"), num(1)), [["z", num(7)]]));
  const c = compileModel(m);
  const sol = simulate(c, {
    start: 0,
    end: 1,
    points: 2,
    selections: ["time", "x", "y", "z"],
    options: tight,
  });
  assert.deepEqual([sol.values[1][0], sol.values[2][0], sol.values[3][0]], [1, 2, 7]);
  assert.deepEqual(
    sol.events.map((e) => e.t),
    [0, 0, 0],
  );
});

test("persistent=false: a delayed event is cancelled when its trigger turns false first", () => {
  const m = baseModel("np", {}, {});
  m.parameters.push({ id: "a", value: 0, constant: false }, { id: "b", value: 0, constant: false });
  // trigger true on [1, 1.5) only; delay 1: the persistent copy executes at t = 2, the other is cancelled
  const window = call("and", call("geq", TIME, num(1)), call("lt", TIME, num(1.5)));
  m.events.push(event(window, [["a", num(1)]], { delay: num(1) }, true));
  m.events.push(event(window, [["b", num(1)]], { delay: num(1) }, false));
  const c = compileModel(m);
  const sol = simulate(c, { start: 0, end: 3, points: 7, selections: ["time", "a", "b"], options: tight });
  assert.deepEqual([...sol.values[1]], [0, 0, 0, 0, 1, 1, 1]);
  assert.deepEqual([...sol.values[2]], [0, 0, 0, 0, 0, 0, 0]);
});

test("parameter overrides propagate to initial assignments; unknown override is an error", () => {
  const m = decay();
  m.initialAssignments.push({ symbol: "A", math: times(num(4), sym("k")) });
  const c = compileModel(m);
  const sol = simulate(c, {
    start: 0,
    end: 1,
    points: 2,
    selections: ["A"],
    parameters: { k: 1 },
    options: tight,
  });
  assert.equal(sol.values[0][0], 4);
  assert.ok(Math.abs(sol.values[0][1] - 4 * Math.exp(-1)) < 1e-8);
  assert.throws(() => simulate(c, { end: 1, parameters: { nope: 1 } }), /E-SIM-003/);
});

test("negative start time: events and outputs before zero", () => {
  const m = baseModel("neg", {}, {});
  m.parameters.push({ id: "x", value: 0, constant: false });
  m.events.push(event(call("geq", TIME, num(-2)), [["x", num(1)]]));
  const c = compileModel(m);
  const sol = simulate(c, { start: -5, end: 0, points: 6, selections: ["time", "x"], options: tight });
  assert.deepEqual([...sol.values[0]], [-5, -4, -3, -2, -1, 0]);
  assert.deepEqual([...sol.values[1]], [0, 0, 0, 1, 1, 1]);
  assert.equal(sol.events[0].t, -2);
});
