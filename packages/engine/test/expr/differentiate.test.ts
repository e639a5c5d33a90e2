import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { call, type Expr, num, type Op, sym } from "../../src/expr/ast.js";
import { differentiate } from "../../src/expr/differentiate.js";
import { evaluate } from "../../src/expr/evaluate.js";
import { exprEquals, exprSize } from "../../src/expr/ops.js";
import { EngineError, UnsupportedFeatureError } from "../../src/messages.js";
import { exprArb, TRIG_OPS } from "./arbitrary.js";

const FIXED = { y: 0.7, z: 1.3, k_1: 2 };
const T = 0.4;

// delay(x, τ) reads the past (a constant history here): its derivative w.r.t. the current x is 0
const f = (e: Expr, x: number): number =>
  evaluate(e, { values: { ...FIXED, x }, time: T, delay: () => 0.123 });

/** 5-point central difference (error O(h⁴)). */
function fd(e: Expr, x: number, h: number): number {
  return (f(e, x - 2 * h) - 8 * f(e, x - h) + 8 * f(e, x + h) - f(e, x + 2 * h)) / (12 * h);
}

/** FD estimate when it is trustworthy (finite, and two step sizes agree to 1e-8), else undefined. */
function reliableFd(e: Expr, x: number): { value: number; scale: number } | undefined {
  const h = 1e-3 * Math.max(1, Math.abs(x));
  const vals = [-2, -1, 0, 1, 2].map((k) => f(e, x + k * h));
  if (!vals.every(Number.isFinite)) return undefined;
  const a = fd(e, x, h);
  const b = fd(e, x, h / 2);
  const scale = Math.max(1, Math.abs(b), Math.abs(vals[2]));
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.abs(a - b) > 1e-8 * scale) return undefined;
  // the central stencil ignores f(x) itself: reject isolated-point discontinuities (x = 0 exactly in a condition)
  if (Math.abs((vals[1] + vals[3]) / 2 - vals[2]) > 1e-3 * scale) return undefined;
  // and kinks (abs, min, max at the switch point): one-sided slopes must agree to O(h·f'')
  const left = (vals[2] - vals[1]) / h;
  const right = (vals[3] - vals[2]) / h;
  if (Math.abs(right - left) > 0.05 * scale) return undefined;
  return { value: b, scale };
}

function hasDegenerateBase(e: Expr, x0: number): boolean {
  if (e.kind === "call") {
    if (e.op === "root") {
      const k = f(e.args[0], x0);
      if (!(Math.abs(k) >= 0.1)) return true;
    }
    // log base 0 or 1, power base 0: the function is locally constant (0, ±∞) while the exact formula
    // meets ln 0 = −∞ or 1/ln 1 = ∞ — a 0·∞ that no finite-precision derivative can resolve
    if (e.op === "log") {
      const b = f(e.args[0], x0);
      if (b === 0 || b === 1) return true;
    }
    if (e.op === "power" && f(e.args[0], x0) === 0) return true;
    // an infinite intermediate (u/0, exponent ±∞) likewise makes a locally constant 0 or ∞ out of 0·∞
    if (!Number.isFinite(f(e, x0))) return true;
    return e.args.some((a) => hasDegenerateBase(a, x0));
  }
  if (e.kind === "piecewise") {
    return (
      e.pieces.some((p) => hasDegenerateBase(p.value, x0) || hasDegenerateBase(p.cond, x0)) ||
      (e.otherwise !== undefined && hasDegenerateBase(e.otherwise, x0))
    );
  }
  return false;
}

/** the differentiable one-argument operators (factorial and not have no derivative) */
const UNARY: Op[] = ["abs", "exp", "ln", "floor", "ceiling", ...TRIG_OPS, "minus"];

test("every differentiable operator matches a finite difference (relative 1e-6)", () => {
  const x = sym("x");
  const inner = call("times", num(1.3), x); // exercises the chain rule
  const exprs: Expr[] = [
    ...UNARY.map((op) => call(op, inner)),
    call("power", x, num(3)),
    call("power", x, sym("y")),
    call("power", sym("z"), x),
    call("power", call("plus", x, num(3)), call("sin", x)),
    call("root", num(3), x),
    call("root", num(2), call("plus", x, num(4))),
    call("root", call("plus", x, num(5)), num(7)),
    call("log", num(3), call("plus", x, num(4))),
    call("log", call("plus", x, num(4)), num(9)),
    call("log", num(10), call("plus", x, num(4))),
    call("divide", call("sin", x), call("plus", x, num(4))),
    call("divide", num(2), call("plus", x, num(4))),
    call("rem", call("times", num(3), x), num(0.7)),
    call("quotient", x, num(0.3)),
    call("min", x, call("times", x, x), num(0.2)),
    call("max", call("sin", x), call("cos", x)),
    call("times", x, call("exp", x), sym("k_1"), x),
    call("minus", call("times", x, x), call("ln", call("plus", x, num(4)))),
    {
      kind: "piecewise",
      pieces: [{ value: call("times", x, x), cond: call("lt", x, num(0)) }],
      otherwise: call("sin", x),
    },
    call("plus", call("lt", x, num(1)), call("delay", x, num(1)), { kind: "time" }),
  ];
  let checked = 0;
  for (const e of exprs) {
    const d = differentiate(e, "x");
    for (const x0 of [0.4, 1.7, -0.6, -2.3, 0.93]) {
      const ref = reliableFd(e, x0);
      if (ref === undefined) continue;
      const got = f(d, x0);
      assert.ok(
        Math.abs(got - ref.value) <= 1e-6 * ref.scale,
        `d/dx ${JSON.stringify(e)} at ${x0}: ${got} vs FD ${ref.value}`,
      );
      checked++;
    }
  }
  // every expression is checked at ≥ 1 point; most at all five
  assert.ok(checked >= 160, `only ${checked} checks`);
});

test("random smooth expressions: derivative matches finite differences (property)", () => {
  let checked = 0;
  fc.assert(
    fc.property(
      exprArb({
        depth: 3,
        // literals bounded away from 0, ±1 and the double range's ends: 0^x, log base 0 or 1, x·1e-308 make
        // the exact symbolic formulas meet 0·∞ in floating point (not what this test is about)
        numbers: fc
          .oneof(
            fc.double({ min: 1.25, max: 4, noNaN: true }),
            fc.double({ min: 0.25, max: 0.75, noNaN: true }),
            fc.integer({ min: 2, max: 4 }),
          )
          .chain((a) => fc.constantFrom(a, -a)),
        bools: false,
        unary: [
          "exp",
          "ln",
          "sin",
          "cos",
          "tan",
          "sinh",
          "tanh",
          "arctan",
          "arcsinh",
          "sec",
          "arccot",
          "abs",
          "minus",
          "sech",
        ],
        binary: ["minus", "divide", "power", "root", "log"],
        nary: ["plus", "times", "min", "max"],
      }),
      // away from 0: at subnormal x the (correct) symbolic formulas meet 0·∞ in floating point, e.g. d(x/x)
      fc.double({ min: 0.01, max: 3, noNaN: true }).chain((a) => fc.constantFrom(a, -a)),
      (e, x0) => {
        // root(k, u) with k ≈ 0 is u^(±huge): not a smooth expression (the formula gives 0/0 at u = 0);
        // bases 0 and 1 of log/power: see hasDegenerateBase
        fc.pre(!hasDegenerateBase(e, x0));
        const ref = reliableFd(e, x0);
        fc.pre(ref !== undefined);
        if (ref === undefined) return;
        const got = f(differentiate(e, "x"), x0);
        checked++;
        assert.ok(
          Math.abs(got - ref.value) <= 1e-6 * ref.scale,
          `${JSON.stringify(e)} at ${x0}: ${got} vs ${ref.value}`,
        );
      },
    ),
    { numRuns: 600 },
  );
  assert.ok(checked >= 600);
});

test("results are simplified and structural zeros vanish", () => {
  const x = sym("x");
  assert.ok(exprEquals(differentiate(call("times", sym("k"), x), "x"), sym("k")));
  assert.ok(exprEquals(differentiate(call("power", x, num(2)), "x"), call("times", num(2), x)));
  assert.ok(exprEquals(differentiate(call("exp", sym("y")), "x"), num(0)));
  assert.ok(
    exprEquals(
      differentiate(call("plus", call("times", num(3), call("power", x, num(2))), sym("y")), "x"),
      call("times", num(6), x),
    ),
  );
  assert.ok(exprEquals(differentiate(call("delay", x, num(2)), "x"), num(0)));
});

test("unsupported constructs are typed errors", () => {
  assert.throws(() => differentiate(call("factorial", sym("x")), "x"), UnsupportedFeatureError);
  assert.ok(exprEquals(differentiate(call("factorial", sym("y")), "x"), num(0)));
  assert.throws(() => differentiate(call("rateOf", sym("x")), "x"), UnsupportedFeatureError);
  assert.throws(
    () => differentiate({ kind: "fn", name: "f", args: [sym("x")] }, "x"),
    (err) => err instanceof EngineError && /inline/.test(err.message),
  );
});

test("shared sub-expressions (DAGs from substitution) stay linear in simplify and differentiate", () => {
  // w_{k+1} = w_k · w_k + x: 2^40 nodes as a tree, 80 as a DAG
  let w: Expr = sym("x");
  for (let k = 0; k < 40; k++) w = call("plus", call("times", w, w), sym("x"));
  assert.ok(exprSize(w, 1e6) > 1e6);
  const t0 = performance.now();
  const d = differentiate(w, "x");
  assert.ok(performance.now() - t0 < 2000, "differentiation of a shared DAG took too long");
  // check the value against the recurrence w' = 2 w w' + 1 at x = 0.1 for a short chain
  let u: Expr = sym("x");
  for (let k = 0; k < 3; k++) u = call("plus", call("times", u, u), sym("x"));
  let val = 0.1;
  let der = 1;
  for (let k = 0; k < 3; k++) {
    der = 2 * val * der + 1;
    val = val * val + 0.1;
  }
  const got = evaluate(differentiate(u, "x"), { values: { x: 0.1 } });
  assert.ok(Math.abs(got - der) < 1e-14, `${got} vs ${der}`);
  assert.equal(d.kind, "call");
});
