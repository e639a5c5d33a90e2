import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { bool, call, type Expr, num, sym, TIME } from "../../src/expr/ast.js";
import { evaluate, evaluateBool } from "../../src/expr/evaluate.js";
import { parseInfix } from "../../src/expr/infix-parse.js";
import { freeSymbols } from "../../src/expr/inline.js";
import { EngineError } from "../../src/messages.js";

const pw = (pieces: [Expr, Expr][], otherwise?: Expr): Expr => ({
  kind: "piecewise",
  pieces: pieces.map(([value, cond]) => ({ value, cond })),
  ...(otherwise ? { otherwise } : {}),
});
const PI: Expr = { kind: "const", name: "pi" };
const E: Expr = { kind: "const", name: "exponentiale" };

test("SBML Test Suite case 00957: piecewise, relational, logical, factorial, constants", () => {
  // values from cases/00957/00957-results.csv
  const env = { values: { P1: Math.PI } };
  const cases: [Expr, number][] = [
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: the 10-digit value printed in the case's CSV
    [PI, 3.141592654],
    [pw([[num(2), call("gt", num(1), num(0.5))]], num(3)), 2],
    [pw([[num(2), call("geq", num(1), num(0.5))]], num(3)), 2],
    [pw([[num(2), call("lt", num(1), num(0.5))]], num(3)), 3],
    [pw([[num(2), call("leq", num(1), num(0.5))]], num(3)), 3],
    [pw([[num(2), call("eq", sym("P1"), PI)]], num(3)), 2],
    [pw([[num(2), call("neq", sym("P1"), PI)]], num(3)), 3],
    [call("factorial", num(4)), 24],
    [pw([[num(2), call("and", bool(true), bool(false))]], num(3)), 3],
    [pw([[num(2), call("or", bool(true), bool(false))]], num(3)), 2],
    [pw([[num(2), call("xor", bool(true), bool(false))]], num(3)), 2],
    [pw([[num(2), call("not", bool(false))]], num(3)), 2],
    [call("sinh", num(0.3)), 0.304520293],
    [call("cosh", num(1.7)), 2.828315458],
    [call("arcsinh", num(99)), 5.288292537],
    [call("arccosh", num(1.34)), 0.802881971],
    [call("arctanh", num(-0.7)), -0.867300528],
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: the 10-digit value printed in the case's CSV
    [E, 2.718281828],
    [call("exp", E), 15.15426224],
  ];
  for (const [e, want] of cases) {
    const got = evaluate(e, env);
    assert.ok(
      Math.abs(got - want) <= 5e-10 * Math.max(1, Math.abs(want)),
      `${JSON.stringify(e)}: ${got} vs ${want}`,
    );
  }
});

test("Booleans are 1/0 in numeric context, numbers truthy when non-zero", () => {
  assert.equal(evaluate(call("plus", call("lt", num(1), num(2)), bool(true))), 2);
  assert.equal(evaluateBool(num(0)), false);
  assert.equal(evaluateBool(num(-3)), true);
  assert.equal(evaluateBool(num(Number.NaN)), true); // as C: NaN != 0
  assert.equal(evaluate(call("and", num(2), num(3))), 1);
  assert.equal(evaluate(call("not", num(0))), 1);
});

test("piecewise without true piece and otherwise is NaN", () => {
  assert.ok(Number.isNaN(evaluate(pw([[num(1), bool(false)]]))));
});

test("n-ary relational chains, empty and/or/xor, implies", () => {
  assert.equal(evaluate(call("lt", num(1), num(2), num(3))), 1);
  assert.equal(evaluate(call("lt", num(1), num(3), num(2))), 0);
  assert.equal(evaluate(call("eq", num(2), num(2), num(2))), 1);
  assert.equal(evaluate(call("and")), 1);
  assert.equal(evaluate(call("or")), 0);
  assert.equal(evaluate(call("xor", bool(true), bool(true), bool(true))), 1);
  assert.equal(evaluate(call("implies", bool(false), bool(false))), 1);
  assert.equal(evaluate(call("implies", bool(true), bool(false))), 0);
});

test("arithmetic, roots, logs, time, avogadro", () => {
  const env = { values: new Map([["x", 3]]), time: 2 };
  assert.equal(evaluate(call("root", num(3), num(-8))), -2);
  assert.equal(evaluate(call("log", num(2), num(1024))), 10);
  assert.equal(evaluate(call("minus", sym("x")), env), -3);
  assert.equal(evaluate(call("times", sym("x"), TIME), env), 6);
  assert.equal(evaluate(call("plus")), 0);
  assert.equal(evaluate(call("times")), 1);
  assert.equal(evaluate({ kind: "avogadro" }), 6.02214179e23);
  assert.equal(evaluate(call("rem", num(-7), num(3))), -1);
  assert.equal(evaluate(call("quotient", num(-7), num(2))), -3);
  assert.equal(evaluate(call("max", num(1), num(5), num(2))), 5);
});

test("user functions, recursion detected, and delay/rateOf hooks", () => {
  const functions = new Map<string, Expr>([
    [
      "f",
      { kind: "lambda", params: ["x", "y"], body: call("plus", sym("x"), call("times", num(2), sym("y"))) },
    ],
    ["g", { kind: "lambda", params: ["x"], body: { kind: "fn", name: "f", args: [sym("x"), sym("x")] } }],
    ["r", { kind: "lambda", params: ["x"], body: { kind: "fn", name: "r", args: [sym("x")] } }],
  ]);
  // f(y, x) with x = 1, y = 10: parameters bind simultaneously → 10 + 2·1
  assert.equal(
    evaluate({ kind: "fn", name: "f", args: [sym("y"), sym("x")] }, { values: { x: 1, y: 10 }, functions }),
    12,
  );
  assert.equal(evaluate({ kind: "fn", name: "g", args: [num(3)] }, { functions }), 9);
  assert.throws(() => evaluate({ kind: "fn", name: "r", args: [num(3)] }, { functions }), /recursive/);
  assert.throws(() => evaluate({ kind: "fn", name: "f", args: [num(3)] }, { functions }), EngineError);
  assert.throws(() => evaluate(sym("nope")), /nope/);
  assert.throws(() => evaluate(sym("constructor"), { values: {} }), EngineError);
  const d = call("delay", sym("x"), num(0.5));
  assert.throws(() => evaluate(d, { values: { x: 1 } }), EngineError);
  assert.equal(evaluate(d, { values: { x: 1 }, delay: (_x, tau) => 100 + tau }), 100.5);
  assert.equal(
    evaluate(call("rateOf", sym("x")), { rateOf: (x) => (x.kind === "sym" && x.name === "x" ? 7 : 0) }),
    7,
  );
});

test("arity errors are EngineErrors", () => {
  assert.throws(() => evaluate(call("divide", num(1))), /divide/);
  assert.throws(() => evaluate(call("sin")), EngineError);
});

// ---- SBML Test Suite cases made only of parameters, assignment rules, initial assignments and function
// definitions: their .m descriptions give every formula in infix, their results CSV the expected values,
// so the interpreter's semantics (and the infix parser) are checked against the suite's reference values.
const SUITE = new URL("../../../../../shared/sbml-test-suite/cases/", import.meta.url);
const RULE_ONLY_CASES = [
  "00954",
  "00955",
  "00957",
  "00959",
  "01216",
  "01277",
  "01278",
  "01279",
  "01280",
  "01291",
  "01317",
  "01485",
  "01486",
  "01487",
  "01488",
  "01491",
  "01495",
  "01497",
  "01782",
];

/** One unit in the last printed digit of a CSV cell (the suite prints 5 to 16 significant digits). */
function printedUnit(cell: string): number {
  const m = /^[-+]?\d*\.?(\d*)(?:[eE]([-+]?\d+))?$/.exec(cell.trim());
  if (!m) return 0;
  return 10 ** ((m[2] ? Number(m[2]) : 0) - m[1].length) * (1 + 1e-9);
}

test("SBML Test Suite rule-only cases: every assigned value at every output time (19 cases)", () => {
  // The descriptions write ln as log (as SBML Level 1 did), hence singleArgLog: "ln".
  const opts = { singleArgLog: "ln" as const };
  let checked = 0;
  for (const c of RULE_ONLY_CASES) {
    const m = readFileSync(new URL(`${c}/${c}-model.m`, SUITE), "utf8");
    const functions = new Map<string, Expr>();
    for (const x of m.matchAll(/^ ?\| (\w+) \| ([\w, ]*) \| \$(.*)\$ \|/gm)) {
      if (["Assignment", "Rate", "Algebraic"].includes(x[1])) continue;
      const params = x[2]
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
      functions.set(x[1], { kind: "lambda", params, body: parseInfix(x[3], opts) });
    }
    const parse = (f: string) => parseInfix(f, { ...opts, functions: new Set(functions.keys()) });
    const constants: Record<string, number> = {};
    for (const x of m.matchAll(
      /^\| Initial value of (?:parameter|compartment) (\w+) \| \$([^$]*)\$ \| constant \|/gm,
    )) {
      constants[x[1]] = evaluate(parse(x[2]), { values: constants, time: 0, functions });
    }
    const rules = [...m.matchAll(/^\| Assignment \| (\w+) \| \$(.*)\$ \|/gm)].map((r) => ({
      id: r[1],
      e: parse(r[2]),
    }));
    const lines = readFileSync(new URL(`${c}/${c}-results.csv`, SUITE), "utf8")
      .trim()
      .split("\n");
    const header = lines[0].split(",").map((h) => h.trim());
    const timeCol = header.findIndex((h) => h.toLowerCase() === "time");
    for (const line of lines.slice(1)) {
      const cells = line.split(",");
      const time = Number(cells[timeCol]);
      const values: Record<string, number> = { ...constants };
      // rules in dependency order: evaluate whatever has all its inputs, until nothing is left
      let pending = rules;
      while (pending.length > 0) {
        const before = pending.length;
        pending = pending.filter((r) => {
          if ([...freeSymbols(r.e)].some((s) => !(s in values))) return true;
          values[r.id] = evaluate(r.e, { values, time, functions });
          return false;
        });
        assert.ok(
          pending.length < before,
          `case ${c}: rules ${pending.map((r) => r.id)} never become computable`,
        );
      }
      for (const [k, id] of header.entries()) {
        if (k === timeCol || !(id in values)) continue;
        const want = Number(cells[k]);
        const got = values[id];
        const ok =
          got === want ||
          (Number.isNaN(got) && Number.isNaN(want)) ||
          Math.abs(got - want) <= printedUnit(cells[k]);
        assert.ok(ok, `case ${c}, ${id} at t = ${time}: ${got} vs ${cells[k]}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 3000, `only ${checked} values checked`);
});
