// Tests of infix-parse.ts, and of the print → parse round trip (infix-print.ts is its inverse).

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import fc from "fast-check";
import { call, type Expr, num, sym } from "../../src/expr/ast.js";
import { evaluate } from "../../src/expr/evaluate.js";
import { parseInfix } from "../../src/expr/infix-parse.js";
import { toInfix } from "../../src/expr/infix-print.js";
import { exprEquals } from "../../src/expr/ops.js";
import { Codes, EngineError } from "../../src/messages.js";
import { exprArb } from "./arbitrary.js";

const eq = (a: Expr, b: Expr) => assert.ok(exprEquals(a, b), `${JSON.stringify(a)}\n≠ ${JSON.stringify(b)}`);
const SHARED = new URL("../../../../../shared/", import.meta.url);

test("parsing: precedence, unary minus, scientific notation, function names", () => {
  const v = (s: string, values: Record<string, number> = {}) => evaluate(parseInfix(s), { values, time: 3 });
  assert.equal(v("1 + 2 * 3"), 7);
  assert.equal(v("-2^2"), -4);
  assert.equal(v("2^3^2"), 512);
  assert.equal(v("2**3"), 8);
  assert.equal(v("1.5e-3 * 1E+3"), 1.5);
  assert.equal(v(".5 + 1."), 1.5);
  assert.equal(
    v("sqrt(16) + root(3, -8) + pow(2, 3) + log(100) + log(2, 8) + log10(1000) + ln(exp(2))"),
    4 - 2 + 8 + 2 + 3 + 3 + 2,
  );
  assert.equal(v("min(3, x, 2) + max(1, 5) + abs(-3) + floor(2.5) + ceil(2.5)", { x: 1 }), 1 + 5 + 3 + 2 + 3);
  assert.equal(v("piecewise(1, time > 5, 2, time > 2, 3)"), 2);
  assert.equal(v("a < b < c", { a: 1, b: 2, c: 3 }), 1);
  assert.equal(v("!(1 > 2) && true"), 1);
  assert.equal(v("factorial(5) + rem(7, 3) + quotient(7, 2)"), 120 + 1 + 3);
  eq(parseInfix("asin(x) + acosh(x)"), call("plus", call("arcsin", sym("x")), call("arccosh", sym("x"))));
  eq(parseInfix("f(x, 2)"), { kind: "fn", name: "f", args: [sym("x"), num(2)] });
  eq(parseInfix("lambda(x, y, x * y)"), {
    kind: "lambda",
    params: ["x", "y"],
    body: call("times", sym("x"), sym("y")),
  });
  eq(
    parseInfix("delay(S1, 0.5) + rateOf(S2)"),
    call("plus", call("delay", sym("S1"), num(0.5)), call("rateOf", sym("S2"))),
  );
  eq(
    parseInfix("INF - NaN"),
    call("minus", { kind: "const", name: "infinity" }, { kind: "const", name: "notanumber" }),
  );
  // a model parameter may be called time or pi (SBML Test Suite case 00960 names one 'time')
  eq(
    parseInfix("time * pi", { symbols: new Set(["time"]) }),
    call("times", sym("time"), { kind: "const", name: "pi" }),
  );
  eq(parseInfix("sin(x)", { functions: new Set(["sin"]) }), { kind: "fn", name: "sin", args: [sym("x")] });
});

function caught(f: () => unknown): EngineError {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof EngineError, String(e));
    return e;
  }
  assert.fail("no error thrown");
}

test("syntax errors name the column, show a caret, and suggest a fix", () => {
  const e1 = caught(() => parseInfix("k1 * (S1 + S2"));
  assert.equal(e1.diagnostic.code, Codes.INFIX_SYNTAX);
  assert.match(e1.message, /expected '\)' to close the '\(' at column 6, found end of formula at column 14/);
  assert.match(e1.message, /\n {4}k1 \* \(S1 \+ S2\n {4} {13}\^/);
  assert.match(caught(() => parseInfix("k = 2")).message, /unexpected '=' at column 3.*use '=='/s);
  assert.match(caught(() => parseInfix("2x")).message, /right after the number '2'.*2\*x/s);
  assert.match(caught(() => parseInfix("1e + 2")).message, /malformed number/);
  assert.match(
    caught(() => parseInfix("a b")).message,
    /unexpected 'b' after a complete expression at column 3/,
  );
  assert.match(caught(() => parseInfix("sin(1, 2)")).message, /'sin' takes 1 argument, got 2 at column 1/);
  assert.match(caught(() => parseInfix("f(1,)")).message, /missing argument in the call of 'f'/);
  assert.match(caught(() => parseInfix("a < b > c")).message, /mixed comparison chain/);
  assert.match(caught(() => parseInfix("")).message, /empty formula/);
  assert.match(caught(() => parseInfix("(a))")).message, /unbalanced '\)'/);
  assert.match(caught(() => parseInfix("a % b")).message, /rem\(a, b\)/);
  const loc = caught(() => parseInfix("1 +", { location: { file: "obs.tsv", line: 4 } }));
  assert.match(loc.message, /obs\.tsv:4/);
});

test("print → parse is the identity on random ASTs (property)", () => {
  const arb = exprArb({ depth: 4 });
  fc.assert(
    fc.property(arb, (e) => {
      const text = toInfix(e);
      eq(parseInfix(text), e);
      // and in the PEtab dialect
      eq(parseInfix(toInfix(e, { dialect: "petab" }), { dialect: "petab" }), e);
    }),
    { numRuns: 2000 },
  );
});

/** The 98 expression cases of the PEtab v2 math test suite (../shared/petab/math_tests_v2.yaml). */
function petabCases(): { expression: string; expected: string }[] {
  const lines = readFileSync(new URL("petab/math_tests_v2.yaml", SHARED), "utf8").split("\n");
  const unquote = (s: string) => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);
  const out: { expression: string; expected: string }[] = [];
  for (const line of lines) {
    const m = /^- expression: (.*)$/.exec(line);
    if (m) out.push({ expression: unquote(m[1].trim()), expected: "" });
    const x = /^ {2}expected: (.*)$/.exec(line);
    if (x) out[out.length - 1].expected = x[1].trim();
  }
  return out;
}

test("PEtab v2 math test suite: every numeric case evaluates to the expected value", () => {
  const cases = petabCases();
  assert.equal(cases.length, 98);
  let checked = 0;
  for (const c of cases) {
    const want = c.expected === "inf" ? Infinity : c.expected === "-inf" ? -Infinity : Number(c.expected);
    if (Number.isNaN(want)) continue; // the one symbolic case, "a * b"
    const got = evaluate(parseInfix(c.expression, { dialect: "petab" }));
    assert.ok(
      got === want || Math.abs(got - want) <= 1e-14 * Math.abs(want),
      `${c.expression}: ${got} vs ${want}`,
    );
    // printing and re-parsing keeps the value
    assert.equal(
      evaluate(
        parseInfix(toInfix(parseInfix(c.expression, { dialect: "petab" }), { dialect: "petab" }), {
          dialect: "petab",
        }),
      ),
      got,
    );
    checked++;
  }
  assert.equal(checked, 97);
});

test("SBML Test Suite case 00957: formulas of its description evaluate to its results", () => {
  // the formulas are read from the case's .m description, the values from its results CSV
  const dir = new URL("sbml-test-suite/cases/00957/", SHARED);
  const model = readFileSync(new URL("00957-model.m", dir), "utf8");
  const csv = readFileSync(new URL("00957-results.csv", dir), "utf8").trim().split("\n");
  const header = csv[0].split(",");
  const row = csv[1].split(",").map(Number);
  let checked = 0;
  const values: Record<string, number> = {};
  for (const m of model.matchAll(/^\| Assignment \| (\w+) \| \$(.*)\$ \|/gm)) {
    const [, id, formula] = m;
    const got = evaluate(parseInfix(formula), { values });
    values[id] = got;
    const want = row[header.indexOf(id)];
    assert.ok(
      Math.abs(got - want) <= 5e-10 * Math.max(1, Math.abs(want)),
      `${id} = ${formula}: ${got} vs ${want}`,
    );
    checked++;
  }
  assert.equal(checked, 28);
});

test("formulas of the SBML Test Suite descriptions parse and round-trip", () => {
  // Every $…$ span of the cases' .m descriptions: mostly libSBML-style formulas, plus some prose notation
  // (reactions "S1 -> S2", "1.5 \x 10^-3", Mathematica "Piecewise({{…}})") that must be rejected cleanly.
  const root = new URL("sbml-test-suite/cases/", SHARED);
  let parsed = 0;
  let rejected = 0;
  for (const c of readdirSync(root)) {
    let m: string;
    try {
      m = readFileSync(new URL(`${c}/${c}-model.m`, root), "utf8");
    } catch {
      continue;
    }
    for (const x of m.matchAll(/\$([^$\n]+)\$/g)) {
      let e: Expr;
      try {
        e = parseInfix(x[1]);
      } catch (err) {
        assert.ok(err instanceof EngineError && err.diagnostic.code === Codes.INFIX_SYNTAX, String(err));
        rejected++;
        continue;
      }
      eq(parseInfix(toInfix(e)), e);
      parsed++;
    }
  }
  assert.ok(parsed >= 11000, `only ${parsed} formulas parsed (${rejected} rejected)`);
});
