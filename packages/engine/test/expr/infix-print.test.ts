// Tests of infix-print.ts (the round trip through the parser is in infix-parse.test.ts).

import assert from "node:assert/strict";
import { test } from "node:test";
import { call, num, sym } from "../../src/expr/ast.js";
import { toInfix } from "../../src/expr/infix-print.js";

test("printing uses minimal parentheses", () => {
  const [a, b, c] = [sym("a"), sym("b"), sym("c")];
  assert.equal(toInfix(call("times", a, call("power", b, c))), "a * b^c");
  assert.equal(toInfix(call("power", call("times", a, b), c)), "(a * b)^c");
  assert.equal(toInfix(call("power", a, call("power", b, c))), "a^b^c");
  assert.equal(toInfix(call("power", call("power", a, b), c)), "(a^b)^c");
  assert.equal(toInfix(call("minus", a, call("minus", b, c))), "a - (b - c)");
  assert.equal(toInfix(call("minus", call("minus", a, b), c)), "a - b - c");
  assert.equal(toInfix(call("plus", call("plus", a, b), c)), "(a + b) + c");
  assert.equal(toInfix(call("plus", a, b, c)), "a + b + c");
  assert.equal(toInfix(call("divide", a, call("times", b, c))), "a / (b * c)");
  assert.equal(toInfix(call("minus", call("power", num(2), a))), "-2^a");
  assert.equal(toInfix(call("minus", num(2))), "-(2)");
  assert.equal(toInfix(call("power", num(-2), a)), "(-2)^a");
  assert.equal(toInfix(call("power", a, num(-1))), "a^-1");
  assert.equal(toInfix(call("and", call("lt", a, b), call("or", a, c))), "a < b && (a || c)");
  assert.equal(toInfix(call("lt", a, b, c)), "lt(a, b, c)");
  assert.equal(toInfix(call("root", num(2), a)), "sqrt(a)");
  assert.equal(toInfix(call("log", num(10), a)), "log10(a)");
  assert.equal(toInfix(call("log", num(3), a)), "log(3, a)");
  assert.equal(toInfix(call("log", num(3), a), { dialect: "petab" }), "log(a, 3)");
  assert.equal(toInfix(call("delay", a, num(1e-7))), "delay(a, 1e-7)");
  assert.equal(
    toInfix({
      kind: "piecewise",
      pieces: [{ value: a, cond: call("gt", { kind: "time" }, num(2)) }],
      otherwise: { kind: "const", name: "pi" },
    }),
    "piecewise(a, time > 2, pi)",
  );
  assert.equal(toInfix({ kind: "fn", name: "f", args: [a, { kind: "avogadro" }] }), "f(a, avogadro)");
  assert.equal(toInfix(call("not", call("eq", a, b))), "!(a == b)");
});
