// Steady states with known closed forms: a reversible isomerisation with a conservation law and a
// synthesis/degradation balance; the conservation law must fix which steady state is found.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compileModel } from "../../src/compile/index.js";
import { conservationLaws, steadyState } from "../../src/solvers/steady-state.js";
import { baseModel, reaction, sym, times } from "../compile/build-model.js";

test("A <-> B: Newton with the conservation law A + B = 3 gives A = 3 k2/(k1 + k2)", () => {
  const m = baseModel("iso", { A: 3, B: 0 }, { k1: 1, k2: 2 });
  m.reactions.push(reaction("f", ["A"], ["B"], times(sym("k1"), sym("A"))));
  m.reactions.push(reaction("b", ["B"], ["A"], times(sym("k2"), sym("B"))));
  const c = compileModel(m);
  const cons = conservationLaws(c);
  assert.equal(cons.laws.length, 1);
  const ss = steadyState(c);
  const [A, B] = [ss.y[c.layout.symbols.get("A")!.index], ss.y[c.layout.symbols.get("B")!.index]];
  assert.ok(Math.abs(A - 2) < 1e-9, `A = ${A}`);
  assert.ok(Math.abs(B - 1) < 1e-9, `B = ${B}`);
  assert.equal(ss.method, "newton");
  assert.equal(ss.conservationLaws, 1);
});

test("synthesis and degradation: X* = k0/k; overriding k0 moves it", () => {
  const m = baseModel("syn", { X: 0 }, { k0: 2, k: 0.5 });
  m.reactions.push(reaction("syn", [], ["X"], sym("k0")));
  m.reactions.push(reaction("deg", ["X"], [], times(sym("k"), sym("X"))));
  const c = compileModel(m);
  const ss = steadyState(c);
  assert.ok(Math.abs(ss.y[0] - 4) < 1e-9, `X = ${ss.y[0]}`);
  const ss2 = steadyState(c, { parameters: { k0: 3 } });
  assert.ok(Math.abs(ss2.y[0] - 6) < 1e-9, `X = ${ss2.y[0]}`);
  assert.ok(ss2.residual < 1e-10);
});

test("a model without a steady state is reported, not returned", () => {
  const m = baseModel("grow", { X: 1 }, { k: 1 });
  m.reactions.push(reaction("g", [], ["X"], sym("k")));
  const c = compileModel(m);
  assert.throws(() => steadyState(c, { integrate: false }), /E-SIM-006/);
});
