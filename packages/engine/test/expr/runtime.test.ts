import assert from "node:assert/strict";
import { test } from "node:test";
import { AVOGADRO, runtimeHelpers as M } from "../../src/expr/runtime.js";

const close = (a: number, b: number, rel = 1e-12) =>
  assert.ok(Math.abs(a - b) <= rel * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

test("root: odd roots of negatives are real, even roots NaN", () => {
  assert.equal(M.root(3, -8), -2);
  assert.equal(M.root(2, 9), 3);
  close(M.root(5, -32), -2);
  assert.ok(Number.isNaN(M.root(4, -16)));
  close(M.root(0.5, 3), 9);
});

test("factorial: integers exact, non-integers via gamma, negatives NaN", () => {
  assert.equal(M.factorial(0), 1);
  assert.equal(M.factorial(4), 24); // SBML Test Suite case 00957, P9
  assert.equal(M.factorial(20), 2432902008176640000);
  assert.equal(M.factorial(171), Number.POSITIVE_INFINITY);
  // Γ(1.5) = √π/2 (exact identity)
  close(M.factorial(0.5), Math.sqrt(Math.PI) / 2, 1e-14);
  // Γ(0.5) = √π
  close(M.factorial(-0.5), Math.sqrt(Math.PI), 1e-14);
  // Lanczos agrees with the exact integer table
  close(M.gamma(11), 3628800, 1e-13);
  assert.ok(Number.isNaN(M.factorial(-1)));
});

test("rem has the sign of the dividend; quotient truncates toward zero", () => {
  assert.equal(M.rem(7, 3), 1);
  assert.equal(M.rem(-7, 3), -1);
  assert.equal(M.quotient(7, 2), 3);
  assert.equal(M.quotient(-7, 2), -3);
});

test("log with base", () => {
  assert.equal(M.log(10, 1000), 3);
  assert.equal(M.log(2, 8), 3);
  close(M.log(3, 81), 4, 1e-15);
});

test("reciprocal trig and inverses match SBML Test Suite case 00957 (10 significant digits)", () => {
  const rel = 5e-10;
  close(M.sec(0.5), 1.139493927, rel);
  close(M.csc(4.5), -1.022986384, rel);
  close(M.cot(0.2), 4.933154876, rel);
  close(M.arcsec(2.3), 1.120999466, rel);
  close(M.arccsc(1.1), 1.141096661, rel);
  close(M.arccot(-0.1), -1.471127674, rel);
  close(M.arcsech(0.42), 1.513306688, rel);
  close(M.arccsch(0.01), 5.298342366, rel);
  close(M.arccoth(8.2), 0.122561229, rel);
});

test("helpers are frozen and Avogadro is the SBML L3 value (case 00960)", () => {
  assert.ok(Object.isFrozen(M));
  assert.equal(AVOGADRO, 6.02214179e23);
});
