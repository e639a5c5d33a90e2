// The compiler on hand-built models: layout, validation errors, the analytic Jacobian against
// finite differences, chunking of long generated functions, and the OdeSystem it produces.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compileModel, toOdeSystem } from "../../src/compile/index.js";
import { call, num, sym } from "../../src/expr/ast.js";
import { Codes, EngineError } from "../../src/messages.js";
import { initialState } from "../../src/simulate/simulate.js";
import { baseModel, reaction, times } from "./build-model.js";

const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof EngineError) return e.diagnostic.code;
    throw e;
  }
  return "no error";
};

test("layout: reacting species are states, constants stored, rates assigned; concentrations read as amount/V", () => {
  const m = baseModel("m", { A: 2, B: 0 }, { k: 0.5 }, 4);
  m.species[0].hasOnlySubstanceUnits = false; // A means [A] = amount/V in math
  m.reactions.push(reaction("R", ["A"], ["B"], times(sym("k"), sym("A"))));
  const c = compileModel(m);
  const { symbols } = c.layout;
  assert.equal(symbols.get("A")?.home, "y");
  assert.equal(symbols.get("B")?.home, "y");
  assert.equal(symbols.get("k")?.home, "p");
  assert.equal(symbols.get("R")?.home, "w");
  const { y, p } = initialState(c, 0);
  const sys = toOdeSystem(c, p);
  const dy = new Float64Array(2);
  sys.rhs(0, y, dy);
  // rate = k [A] = 0.5 · 2/4 = 0.25 extent/time; amounts change by ∓0.25
  assert.deepEqual([...dy], [-0.25, 0.25]);
});

test("validation: undefined symbol, cyclic assignment rules, overdetermined species, constant event target", () => {
  const undef = baseModel("u", { A: 1 }, {});
  undef.reactions.push(reaction("R", ["A"], [], times(sym("kk"), sym("A"))));
  assert.equal(
    code(() => compileModel(undef)),
    Codes.MODEL_UNDEFINED_SYMBOL,
  );

  const cyc = baseModel("c", {}, {});
  cyc.parameters.push({ id: "a", constant: false }, { id: "b", constant: false });
  cyc.rules.push(
    { kind: "assignment", variable: "a", math: sym("b") },
    { kind: "assignment", variable: "b", math: sym("a") },
  );
  assert.equal(
    code(() => compileModel(cyc)),
    Codes.MODEL_CYCLIC_RULES,
  );

  const over = baseModel("o", { A: 1 }, { k: 1 });
  over.reactions.push(reaction("R", ["A"], [], sym("k")));
  over.rules.push({ kind: "rate", variable: "A", math: num(1) });
  assert.equal(
    code(() => compileModel(over)),
    Codes.MODEL_OVERDETERMINED,
  );

  const ev = baseModel("e", { A: 1 }, { k: 1 });
  ev.events.push({
    useValuesFromTriggerTime: true,
    trigger: { math: call("gt", { kind: "time" }, num(1)), initialValue: true, persistent: true },
    assignments: [{ variable: "k", math: num(2) }],
  });
  assert.equal(
    code(() => compileModel(ev)),
    Codes.MODEL_OVERDETERMINED,
  );
});

test("analytic Jacobian equals finite differences (through an assignment rule and a concentration)", () => {
  const m = baseModel("j", { A: 2, B: 1 }, { k: 0.7, K: 0.3 }, 2);
  m.species[0].hasOnlySubstanceUnits = false;
  m.parameters.push({ id: "h", constant: false });
  // h = A²/(K + A²) (A a concentration); R: A → B at V·k·h·B
  m.rules.push({
    kind: "assignment",
    variable: "h",
    math: call(
      "divide",
      call("power", sym("A"), num(2)),
      call("plus", sym("K"), call("power", sym("A"), num(2))),
    ),
  });
  m.reactions.push(reaction("R", ["A"], ["B"], times(sym("V"), sym("k"), sym("h"), sym("B"))));
  const c = compileModel(m);
  assert.ok(c.fns.jac, "a Jacobian is generated");
  const { y, p } = initialState(c, 0);
  const sys = toOdeSystem(c, p);
  const n = sys.n;
  const J = new Float64Array(n * n);
  sys.jac?.(0, y, J);
  const f0 = new Float64Array(n);
  const f1 = new Float64Array(n);
  sys.rhs(0, y, f0);
  for (let j = 0; j < n; j++) {
    const h = 1e-7;
    const yy = y.slice();
    yy[j] += h;
    sys.rhs(0, yy, f1);
    for (let i = 0; i < n; i++) {
      const fd = (f1[i] - f0[i]) / h;
      assert.ok(
        Math.abs(fd - J[i * n + j]) < 1e-5 * Math.max(1, Math.abs(fd)),
        `J[${i},${j}] = ${J[i * n + j]} vs FD ${fd}`,
      );
    }
  }
});

test("long generated functions are split into chunks of at most 100 statements and still agree", () => {
  const species: Record<string, number> = {};
  for (let i = 0; i <= 250; i++) species[`S${i}`] = i === 0 ? 1 : 0;
  const m = baseModel("chain", species, { k: 1 });
  for (let i = 0; i < 250; i++)
    m.reactions.push(reaction(`R${i}`, [`S${i}`], [`S${i + 1}`], times(sym("k"), sym(`S${i}`))));
  const c = compileModel(m);
  assert.match(c.source, /function assign_2\(/);
  assert.match(c.source, /function deriv_2\(/);
  const { y, p } = initialState(c, 0);
  const dy = new Float64Array(c.layout.nStates);
  toOdeSystem(c, p).rhs(0, y, dy);
  assert.equal(dy[0], -1);
  assert.equal(dy[1], 1);
  for (let i = 2; i < dy.length; i++) assert.equal(dy[i], 0);
});

test("initial assignments and assignment rules are evaluated together in dependency order at t0", () => {
  const m = baseModel("ia", { A: 0 }, {});
  m.parameters.push(
    { id: "a", constant: false },
    { id: "b", value: 1, constant: true },
    { id: "c", constant: true },
  );
  // a = 2 c (rule), c = b + 1 (initial assignment), A = a (initial assignment): A = 4
  m.rules.push({ kind: "assignment", variable: "a", math: times(num(2), sym("c")) });
  m.initialAssignments.push(
    { symbol: "c", math: call("plus", sym("b"), num(1)) },
    { symbol: "A", math: sym("a") },
  );
  const c = compileModel(m);
  const { y, p, w } = initialState(c, 0);
  assert.equal(w[c.layout.symbols.get("a")!.index], 4);
  assert.equal(p[c.layout.symbols.get("A")!.index], 4);
  // an override of b propagates through the initial assignments
  const o = initialState(c, 0, { b: 2 });
  assert.equal(o.p[c.layout.symbols.get("A")!.index], 6);
  assert.equal(y.length, 0);
});

test("conveniences: initialValues with overrides, rhs, rates, getValue by selection", () => {
  const m = baseModel("conv", { A: 2, B: 0 }, { k: 0.5 }, 4);
  m.species[0].hasOnlySubstanceUnits = false;
  m.reactions.push(reaction("R", ["A"], ["B"], times(sym("k"), sym("A"))));
  const c = compileModel(m);
  const { y, p } = c.initialValues({ k: 2 });
  const dy = new Float64Array(2);
  c.rhs(0, y, p, dy);
  assert.deepEqual([...dy], [-1, 1]); // k [A] = 2 · 2/4
  const r = new Float64Array(1);
  c.rates(0, y, p, r);
  assert.equal(r[0], 1);
  assert.equal(c.getValue("[A]", 0, y, p), 0.5);
  assert.equal(c.getValue("A", 0, y, p), 2);
  assert.equal(c.getValue("R", 0, y, p), 1);
  assert.equal(c.getValue("B'", 0, y, p), 1);
  assert.equal(c.getValue("k", 0, y, p), 2);
});

test("no Jacobian (finite differences instead) when assignment rules nest into an exponentially large tree", () => {
  const m = baseModel("swell", { A: 1 }, { k: 0.1 });
  // a0 = A, a_i = a_{i-1} · a_{i-1} + k: printed as a tree a_40 has ~2^40 nodes
  m.parameters.push({ id: "a0", constant: false });
  m.rules.push({ kind: "assignment", variable: "a0", math: sym("A") });
  for (let i = 1; i <= 40; i++) {
    m.parameters.push({ id: `a${i}`, constant: false });
    m.rules.push({
      kind: "assignment",
      variable: `a${i}`,
      math: call("plus", times(sym(`a${i - 1}`), sym(`a${i - 1}`)), sym("k")),
    });
  }
  m.reactions.push(reaction("R", ["A"], [], times(num(1e-30), sym("a40"))));
  const t0 = performance.now();
  const c = compileModel(m);
  assert.ok(performance.now() - t0 < 2000, "compiles quickly");
  assert.equal(c.fns.jac, undefined);
  assert.equal(c.jacPattern, undefined);
});
