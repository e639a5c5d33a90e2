import assert from "node:assert/strict";
import { test } from "node:test";
import { call, type Expr, num, sym } from "../../src/expr/ast.js";
import { evaluate } from "../../src/expr/evaluate.js";
import { containsOp, freeSymbols, inlineFunctions, substitute } from "../../src/expr/inline.js";
import { exprEquals } from "../../src/expr/ops.js";

const lam = (params: string[], body: Expr): Expr => ({ kind: "lambda", params, body });
const fn = (name: string, ...args: Expr[]): Expr => ({ kind: "fn", name, args });

test("inlining substitutes parameters simultaneously and recursively", () => {
  const defs = new Map<string, Expr>([
    ["f", lam(["x", "y"], call("minus", sym("x"), sym("y")))],
    ["g", lam(["a"], fn("f", sym("a"), num(1)))],
  ]);
  const e = fn("f", sym("y"), fn("g", sym("x")));
  const out = inlineFunctions(e, defs);
  assert.ok(exprEquals(out, call("minus", sym("y"), call("minus", sym("x"), num(1)))));
  // same value as the interpreter calling the definitions
  const values = { x: 5, y: 2 };
  assert.equal(evaluate(out, { values }), evaluate(e, { values, functions: defs }));
});

test("inlining accepts the model's functionDefinitions list", () => {
  const out = inlineFunctions(fn("sq", num(3)), [
    { id: "sq", math: lam(["u"], call("times", sym("u"), sym("u"))) },
  ]);
  assert.equal(evaluate(out), 9);
});

test("recursion, unknown functions and arity mismatches are errors", () => {
  const defs = new Map<string, Expr>([
    ["a", lam(["x"], fn("b", sym("x")))],
    ["b", lam(["x"], fn("a", sym("x")))],
    ["one", lam(["x"], sym("x"))],
  ]);
  assert.throws(() => inlineFunctions(fn("a", num(1)), defs), /recursive function definition: a → b → a/);
  assert.throws(() => inlineFunctions(fn("zz", num(1)), defs), /undefined function 'zz'/);
  assert.throws(() => inlineFunctions(fn("one", num(1), num(2)), defs), /takes 1 argument/);
});

test("substitution avoids capture under a lambda", () => {
  // (lambda(y, x + y))[x := y]  must not become lambda(y, y + y)
  const l = lam(["y"], call("plus", sym("x"), sym("y")));
  const out = substitute(l, { x: sym("y") });
  assert.equal(out.kind, "lambda");
  if (out.kind !== "lambda") return;
  assert.notEqual(out.params[0], "y");
  assert.ok(exprEquals(out.body, call("plus", sym("y"), sym(out.params[0]))));
  // bound names are not replaced
  assert.ok(exprEquals(substitute(l, { y: num(1) }), l));
});

test("freeSymbols and containsOp", () => {
  const e = call(
    "plus",
    sym("a"),
    lam(["b"], call("times", sym("b"), sym("c"))),
    call("delay", sym("d"), num(1)),
  );
  assert.deepEqual([...freeSymbols(e)].sort(), ["a", "c", "d"]);
  assert.equal(containsOp(e, "delay"), true);
  assert.equal(containsOp(e, "rateOf"), false);
  const p: Expr = { kind: "piecewise", pieces: [{ value: num(1), cond: call("rateOf", sym("q")) }] };
  assert.equal(containsOp(p, "rateOf"), true);
  assert.deepEqual([...freeSymbols(p)], ["q"]);
});

test("shared sub-expressions are walked once (inlining nested definitions stays fast)", () => {
  // f0(x) = x; f_{k+1}(x) = f_k(x) + f_k(x) — 2^40 leaves as a tree
  const defs = new Map<string, Expr>([["f0", lam(["x"], sym("x"))]]);
  for (let k = 0; k < 40; k++)
    defs.set(`f${k + 1}`, lam(["x"], call("plus", fn(`f${k}`, sym("x")), fn(`f${k}`, sym("x")))));
  const t0 = performance.now();
  const out = inlineFunctions(fn("f40", sym("y")), defs);
  assert.deepEqual([...freeSymbols(out)], ["y"]);
  assert.equal(containsOp(out, "times"), false);
  const s = substitute(out, { y: num(1) });
  assert.equal(containsOp(s, "plus"), true);
  assert.ok(performance.now() - t0 < 2000);
  // value check on a small instance: f3(y) = 8y
  assert.equal(evaluate(inlineFunctions(fn("f3", sym("y")), defs), { values: { y: 0.5 } }), 4);
});
