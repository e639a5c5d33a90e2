import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { call, type Expr, num, sym, TIME } from "../../src/expr/ast.js";
import { compileExpression, emitJs, emitJsCondition, jsNumber } from "../../src/expr/codegen-js.js";
import { evaluate, evaluateBool } from "../../src/expr/evaluate.js";
import { runtimeHelpers } from "../../src/expr/runtime.js";
import { EngineError } from "../../src/messages.js";
import { exprArb, numberArb, SYMBOLS, valuesArb } from "./arbitrary.js";

const INDEX = { x: 0, y: 1, z: 2, k_1: 3 };

test("numbers are printed exactly, negatives parenthesised", () => {
  fc.assert(
    fc.property(numberArb(true), (v) => {
      const s = jsNumber(v);
      const back = new Function(`return ${s};`)() as number;
      assert.ok(Object.is(back, v), `${v} → ${s}`);
      // safe after a minus sign: "-" + literal never reads as a decrement or a different number
      const neg = new Function(`return -${s};`)() as number;
      assert.ok(Object.is(neg, -v));
    }),
    { numRuns: 500 },
  );
  assert.equal(jsNumber(-1e-7), "(-1e-7)");
  assert.equal(jsNumber(-0), "(-0)");
});

test("compiled code equals the reference interpreter on random expressions (incl. NaN/Infinity)", () => {
  fc.assert(
    fc.property(exprArb({ depth: 4, nonFinite: true }), valuesArb, (e, v) => {
      const f = compileExpression(e, INDEX);
      const vars = new Float64Array([v.x, v.y, v.z, v.k_1]);
      const got = f(v.t, vars);
      const want = evaluate(e, { values: { x: v.x, y: v.y, z: v.z, k_1: v.k_1 }, time: v.t });
      assert.ok(Object.is(got, want), `${JSON.stringify(e)}\n got ${got} want ${want}`);
    }),
    { numRuns: 3000 },
  );
});

test("compiled conditions equal the interpreter's truth values on random expressions", () => {
  const names = Object.keys(INDEX);
  fc.assert(
    fc.property(exprArb({ depth: 3, nonFinite: true }), valuesArb, (e, v) => {
      const src = emitJsCondition(e, { time: "t", runtime: "M", symbol: (n) => `v[${names.indexOf(n)}]` });
      const f = new Function("M", `return function (t, v) { return ${src}; };`)(runtimeHelpers) as (
        t: number,
        v: Float64Array,
      ) => unknown;
      const got = f(v.t, new Float64Array([v.x, v.y, v.z, v.k_1]));
      assert.equal(typeof got, "boolean");
      assert.equal(got, evaluateBool(e, { values: { x: v.x, y: v.y, z: v.z, k_1: v.k_1 }, time: v.t }));
    }),
    { numRuns: 1000 },
  );
});

test("SBML typing in generated code: Booleans are 1/0, numbers truthy when non-zero", () => {
  const f = compileExpression(
    call("plus", call("gt", sym("x"), num(1)), call("and", sym("x"), num(2))),
    INDEX,
  );
  assert.equal(f(0, new Float64Array([3, 0, 0, 0])), 2);
  assert.equal(f(0, new Float64Array([0, 0, 0, 0])), 0);
  const ctx = { time: "t", symbol: (n: string) => `y[${Object.keys(INDEX).indexOf(n)}]` };
  assert.equal(emitJsCondition(sym("x"), ctx), "(y[0] !== 0)");
  assert.equal(emitJsCondition(call("lt", sym("x"), TIME), ctx), "(y[0] < t)");
  const pw: Expr = { kind: "piecewise", pieces: [{ value: num(1), cond: call("gt", sym("y"), num(0)) }] };
  assert.equal(emitJs(pw, ctx), "((y[1] > 0) ? 1 : NaN)");
});

test("user text never reaches the generated source", () => {
  const evil = "x; process.exit(1); //";
  const evil2 = "constructor";
  const e = call("plus", sym(evil), call("times", sym(evil2), num(2)));
  const names = [evil, evil2];
  const src = emitJs(e, { time: "t", symbol: (n) => `v[${names.indexOf(n)}]` });
  assert.equal(src, "(v[0] + (v[1] * 2))");
  assert.ok(!src.includes("process"));
  const f = compileExpression(
    e,
    new Map([
      [evil, 0],
      [evil2, 1],
    ]),
  );
  assert.equal(f(0, new Float64Array([1, 5])), 11);
  // unknown symbols, uninlined function calls, and delay without a compiler hook are errors
  assert.throws(() => compileExpression(sym("nope"), INDEX), EngineError);
  assert.throws(() => compileExpression(sym("toString"), {}), EngineError);
  assert.throws(() => compileExpression({ kind: "fn", name: "f", args: [] }, INDEX), /inline/);
  assert.throws(() => compileExpression(call("delay", sym("x"), num(1)), INDEX), EngineError);
});

test("delay and rateOf are delegated to the compiler", () => {
  const ctx = {
    time: "t",
    symbol: (n: string) => `y[${SYMBOLS.indexOf(n as "x")}]`,
    delay: (x: Expr, tau: string) =>
      `H.delayed(${x.kind === "sym" ? SYMBOLS.indexOf(x.name as "x") : -1}, t - ${tau})`,
    rateOf: (x: Expr) => `dy[${x.kind === "sym" ? SYMBOLS.indexOf(x.name as "x") : -1}]`,
  };
  assert.equal(emitJs(call("delay", sym("y"), num(2)), ctx), "(H.delayed(1, t - 2))");
  assert.equal(emitJs(call("rateOf", sym("z")), ctx), "(dy[2])");
});

test("special cases use exact Math intrinsics", () => {
  const ctx = { time: "t", symbol: () => "y[0]" };
  assert.equal(emitJs(call("root", num(2), sym("x")), ctx), "Math.sqrt(y[0])");
  assert.equal(emitJs(call("log", num(10), sym("x")), ctx), "Math.log10(y[0])");
  assert.equal(emitJs(call("sec", sym("x")), ctx), "M.sec(y[0])");
  assert.equal(emitJs(call("sec", sym("x")), { ...ctx, runtime: "R" }), "R.sec(y[0])");
  assert.equal(emitJs(call("minus", num(-1e-7)), ctx), "(-(-1e-7))");
  assert.equal(emitJs(call("power", sym("x"), num(2)), ctx), "(y[0] * y[0])");
  assert.equal(emitJs(call("power", call("exp", sym("x")), num(2)), ctx), "Math.pow(Math.exp(y[0]), 2)");
  // x * x is bit-identical to Math.pow(x, 2) (fdlibm returns x*x for y = 2)
  const sq = compileExpression(call("power", sym("x"), num(2)), INDEX);
  for (const v of [0.1, -3.7, 1e200, 1.0000000000000002, 5e-324, -0, 123456.789]) {
    assert.ok(Object.is(sq(0, new Float64Array([v, 0, 0, 0])), v ** 2), String(v));
  }
});
