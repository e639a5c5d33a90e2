/**
 * Smart constructors for the symbolic passes (differentiate, simplify): they fold the structurally
 * trivial cases as they build — a literal 0 term vanishes, a literal 1 factor vanishes, a literal 0
 * factor makes the product 0 — so derivatives do not grow chains of `0 * …` terms.
 *
 * The zero-factor rule is used only where the zero is structural (the derivative of something that does
 * not depend on the variable): that derivative is exactly 0 whatever the other factor's value, so
 * dropping the product is the mathematically right answer, not a floating-point approximation.
 */

import type { Expr, Op } from "./ast.js";

export const ZERO: Expr = { kind: "num", value: 0 };
export const ONE: Expr = { kind: "num", value: 1 };
export const TWO: Expr = { kind: "num", value: 2 };

export const isNum = (e: Expr, v?: number): e is Expr & { kind: "num" } =>
  e.kind === "num" && (v === undefined || e.value === v);
export const isZero = (e: Expr): boolean => e.kind === "num" && e.value === 0;
export const isOne = (e: Expr): boolean => e.kind === "num" && e.value === 1;

export const n = (value: number): Expr => ({ kind: "num", value });
export const op = (o: Op, ...args: Expr[]): Expr => ({ kind: "call", op: o, args });

/**
 * a + b + … with literal zeros dropped and the numeric literals summed into one trailing term. (These
 * builders make new expressions — derivatives — so there is no original association to preserve.)
 */
export function add(...terms: Expr[]): Expr {
  const out: Expr[] = [];
  let c = 0;
  let hasNum = false;
  for (const t of terms.flatMap((x) => (x.kind === "call" && x.op === "plus" ? x.args : [x]))) {
    if (t.kind === "num") {
      c += t.value;
      hasNum = true;
    } else out.push(t);
  }
  if (hasNum && c !== 0) out.push(n(c));
  if (out.length === 0) return hasNum ? n(c) : ZERO;
  if (out.length === 1) return out[0];
  return { kind: "call", op: "plus", args: out };
}

/** −a (double negation and literals folded). */
export function neg(a: Expr): Expr {
  if (a.kind === "num") return n(-a.value);
  if (a.kind === "call" && a.op === "minus" && a.args.length === 1) return a.args[0];
  return { kind: "call", op: "minus", args: [a] };
}

/** a − b */
export function sub(a: Expr, b: Expr): Expr {
  if (isZero(b)) return a;
  if (isZero(a)) return neg(b);
  return { kind: "call", op: "minus", args: [a, b] };
}

/**
 * a · b · … with the numeric literals multiplied into one leading coefficient; a zero coefficient makes
 * the product 0 (structural zeros only), 1 vanishes, −1 becomes a negation.
 */
export function mul(...factors: Expr[]): Expr {
  const out: Expr[] = [];
  let c = 1;
  for (const f of factors.flatMap((x) => (x.kind === "call" && x.op === "times" ? x.args : [x]))) {
    if (f.kind === "num") c *= f.value;
    else out.push(f);
  }
  if (c === 0) return ZERO;
  if (out.length === 0) return n(c);
  const body = out.length === 1 ? out[0] : ({ kind: "call", op: "times", args: out } as Expr);
  if (c === 1) return body;
  if (c === -1) return neg(body);
  return { kind: "call", op: "times", args: [n(c), ...out] };
}

/** a / b (b = 1 dropped; a = 0 structural gives 0). */
export function div(a: Expr, b: Expr): Expr {
  if (isZero(a)) return ZERO;
  if (isOne(b)) return a;
  return { kind: "call", op: "divide", args: [a, b] };
}

/** a ^ b (b = 1 → a). */
export function pow(a: Expr, b: Expr): Expr {
  if (isOne(b)) return a;
  return { kind: "call", op: "power", args: [a, b] };
}
