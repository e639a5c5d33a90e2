/**
 * Symbolic differentiation of the expression AST with respect to one symbol, used by the compiler
 * for the analytic Jacobian (and by sensitivities later).
 *
 * Rules: the standard derivative table (e.g. Abramowitz & Stegun, Handbook of Mathematical Functions,
 * 1964, §4.3.45–4.4.62 and §4.5.17–4.6.31 for the trigonometric/hyperbolic families and inverses;
 * NIST DLMF §4.21, §4.24, §4.34, §4.37, https://dlmf.nist.gov/4). The inverse reciprocal functions follow
 * the definitions of runtime.ts (arccot x = atan(1/x), …), whose derivatives are those of the composition.
 *
 * Conventions (documented choices):
 * - abs'(u) = sign(u) as piecewise(1, u > 0, −1, u < 0, 0); floor, ceiling, quotient, relational and
 *   logical operators have derivative 0 (piecewise constant; jumps ignored, as in every ODE Jacobian).
 * - min/max: the derivative of the argument that is selected (ties: the first), as a piecewise.
 * - piecewise: a piecewise of the derivatives with the same conditions.
 * - delay(x, τ): 0 — the delayed value depends on the past state, not on the current one.
 * - rateOf, factorial of a variable argument, lambdas: UnsupportedFeatureError (the caller can fall back to
 *   finite differences). User function calls must be inlined first (EngineError MODEL_BAD_FUNCTION_CALL).
 * The input and the result are simplified (simplify.ts).
 */

import { Codes, EngineError, UnsupportedFeatureError } from "../messages.js";
import type { Expr } from "./ast.js";
import { add, div, isZero, mul, n, neg, ONE, op, pow, sub, TWO, ZERO } from "./build.js";
import { simplify } from "./simplify.js";

/** d e / d variable, simplified. */
export function differentiate(e: Expr, variable: string): Expr {
  // Simplifying first turns constant sub-expressions into literals, so their derivatives are structural zeros.
  return simplify(new Differentiator(variable).d(simplify(e)));
}

/** d e / d variable without the final simplification pass (for tests and inspection). */
export function differentiateRaw(e: Expr, variable: string): Expr {
  return new Differentiator(variable).d(e);
}

const sq = (u: Expr): Expr => pow(u, TWO);
const sqrt = (u: Expr): Expr => op("root", TWO, u);
const recip = (u: Expr): Expr => div(ONE, u);
/**
 * ln|u| where the derivative with respect to an exponent needs ln u: for u > 0 it is ln u; for u < 0,
 * u^w is real only at integer w, where w' is 0 wherever the derivative exists — ln|u| keeps 0·ln|u| = 0
 * there instead of 0·NaN (e.g. (−2)^max(4, x) at x < 4).
 */
const lnAbs = (u: Expr): Expr => (u.kind === "num" && u.value > 0 ? op("ln", u) : op("ln", op("abs", u)));

class Differentiator {
  /** derivatives by node: shared sub-expressions (DAGs from substitution/inlining) are differentiated once */
  private readonly memo = new Map<Expr, Expr>();
  constructor(private readonly v: string) {}

  d(e: Expr): Expr {
    if (e.kind !== "call" && e.kind !== "piecewise") return this.d1(e);
    const hit = this.memo.get(e);
    if (hit !== undefined) return hit;
    const r = this.d1(e);
    this.memo.set(e, r);
    return r;
  }

  private d1(e: Expr): Expr {
    switch (e.kind) {
      case "num":
      case "bool":
      case "time":
      case "avogadro":
      case "const":
        return ZERO;
      case "sym":
        return e.name === this.v ? ONE : ZERO;
      case "piecewise": {
        const pieces = e.pieces.map((p) => ({ value: this.d(p.value), cond: p.cond }));
        const otherwise = e.otherwise === undefined ? undefined : this.d(e.otherwise);
        // piecewise-constant: a structural zero (where no piece holds and there is no otherwise the
        // function itself is NaN, so 0 there changes nothing that matters)
        if (pieces.every((p) => isZero(p.value)) && (otherwise === undefined || isZero(otherwise)))
          return ZERO;
        return otherwise === undefined
          ? { kind: "piecewise", pieces }
          : { kind: "piecewise", pieces, otherwise };
      }
      case "fn":
        throw new EngineError(
          Codes.MODEL_BAD_FUNCTION_CALL,
          `cannot differentiate call of user function '${e.name}': inline function definitions first`,
        );
      case "lambda":
        throw new UnsupportedFeatureError("differentiate-lambda", "cannot differentiate a lambda expression");
      case "call":
        return this.call(e);
    }
  }

  private call(e: Expr & { kind: "call" }): Expr {
    const a = e.args;
    switch (e.op) {
      case "plus":
        return add(...a.map((x) => this.d(x)));
      case "minus":
        return a.length === 1 ? neg(this.d(a[0])) : sub(this.d(a[0]), this.d(a[1]));
      case "times": {
        const terms: Expr[] = [];
        for (let i = 0; i < a.length; i++) {
          const di = this.d(a[i]);
          if (isZero(di)) continue;
          terms.push(mul(...a.slice(0, i), di, ...a.slice(i + 1)));
        }
        return add(...terms);
      }
      case "divide": {
        const [u, w] = a;
        const du = this.d(u);
        const dw = this.d(w);
        if (isZero(dw)) return div(du, w);
        // (u/w)' = u'/w − u·w'/w²
        return sub(div(du, w), div(mul(u, dw), sq(w)));
      }
      case "power": {
        const [u, w] = a;
        const du = this.d(u);
        const dw = this.d(w);
        if (isZero(du) && isZero(dw)) return ZERO;
        if (isZero(dw)) {
          const wm1 = w.kind === "num" ? n(w.value - 1) : sub(w, ONE);
          return mul(w, pow(u, wm1), du);
        }
        // 0^w is 0 for every w > 0 (and not differentiable elsewhere): avoid 0·ln 0 = NaN
        if (isZero(du)) return isZero(u) ? ZERO : mul(e, lnAbs(u), dw);
        // (u^w)' = u^w · (w'·ln u + w·u'/u)
        return mul(e, add(mul(dw, lnAbs(u)), div(mul(w, du), u)));
      }
      case "root": {
        const [k, u] = a;
        const dk = this.d(k);
        const du = this.d(u);
        if (isZero(dk)) {
          if (isZero(du)) return ZERO;
          // (u^(1/k))' = root(k, u) / (k·u) · u'
          return mul(div(e, mul(k, u)), du);
        }
        // general: root(k, u) · (−k'/k² · ln u + u'/(k·u))
        return mul(e, add(mul(neg(div(dk, sq(k))), lnAbs(u)), div(du, mul(k, u))));
      }
      case "log": {
        const [b, u] = a;
        const db = this.d(b);
        const du = this.d(u);
        if (isZero(db)) return isZero(du) ? ZERO : div(du, mul(u, op("ln", b)));
        // log_b u = ln u / ln b
        const lnb = op("ln", b);
        return div(sub(mul(div(du, u), lnb), mul(op("ln", u), div(db, b))), sq(lnb));
      }
      case "rem": {
        // rem(u, w) = u − w·trunc(u/w)
        const [u, w] = a;
        return sub(this.d(u), mul(this.d(w), op("quotient", u, w)));
      }
      case "min":
      case "max":
        return this.minmax(e.op, a);
      case "delay":
        return ZERO;
      case "rateOf":
        throw new UnsupportedFeatureError(
          "differentiate-rateOf",
          "cannot differentiate rateOf() symbolically",
        );
      case "floor":
      case "ceiling":
      case "quotient":
      case "eq":
      case "neq":
      case "gt":
      case "lt":
      case "geq":
      case "leq":
      case "and":
      case "or":
      case "xor":
      case "not":
      case "implies":
        return ZERO;
      default:
        return this.unary(e.op, a[0]);
    }
  }

  private minmax(which: "min" | "max", a: readonly Expr[]): Expr {
    if (a.length === 1) return this.d(a[0]);
    const ds = a.map((x) => this.d(x));
    if (ds.every(isZero)) return ZERO;
    const rel = which === "min" ? "leq" : "geq";
    const pieces: { value: Expr; cond: Expr }[] = [];
    for (let i = 0; i < a.length - 1; i++) {
      const conds = a.slice(i + 1).map((other) => op(rel, a[i], other));
      pieces.push({ value: ds[i], cond: conds.length === 1 ? conds[0] : op("and", ...conds) });
    }
    return { kind: "piecewise", pieces, otherwise: ds[a.length - 1] };
  }

  private unary(o: string, u: Expr): Expr {
    const du = this.d(u);
    if (isZero(du)) return ZERO;
    const chain = (f: Expr): Expr => mul(f, du);
    switch (o) {
      case "abs":
        return {
          kind: "piecewise",
          pieces: [
            { value: du, cond: op("gt", u, ZERO) },
            { value: neg(du), cond: op("lt", u, ZERO) },
          ],
          otherwise: ZERO,
        };
      case "exp":
        return chain(op("exp", u));
      case "ln":
        return div(du, u);
      case "factorial":
        throw new UnsupportedFeatureError(
          "differentiate-factorial",
          "cannot differentiate factorial() of a variable argument",
        );
      case "sin":
        return chain(op("cos", u));
      case "cos":
        return neg(chain(op("sin", u)));
      case "tan":
        return chain(sq(op("sec", u)));
      case "sec":
        return chain(mul(op("sec", u), op("tan", u)));
      case "csc":
        return neg(chain(mul(op("csc", u), op("cot", u))));
      case "cot":
        return neg(chain(sq(op("csc", u))));
      case "sinh":
        return chain(op("cosh", u));
      case "cosh":
        return chain(op("sinh", u));
      case "tanh":
        return chain(sq(op("sech", u)));
      case "sech":
        return neg(chain(mul(op("sech", u), op("tanh", u))));
      case "csch":
        return neg(chain(mul(op("csch", u), op("coth", u))));
      case "coth":
        return neg(chain(sq(op("csch", u))));
      case "arcsin":
        return div(du, sqrt(sub(ONE, sq(u))));
      case "arccos":
        return neg(div(du, sqrt(sub(ONE, sq(u)))));
      case "arctan":
        return div(du, add(ONE, sq(u)));
      case "arcsec": // acos(1/u)' = 1 / (u² √(1 − 1/u²))
        return div(du, mul(sq(u), sqrt(sub(ONE, recip(sq(u))))));
      case "arccsc": // asin(1/u)' = −1 / (u² √(1 − 1/u²))
        return neg(div(du, mul(sq(u), sqrt(sub(ONE, recip(sq(u)))))));
      case "arccot": // atan(1/u)' = −1 / (1 + u²)
        return neg(div(du, add(ONE, sq(u))));
      case "arcsinh":
        return div(du, sqrt(add(sq(u), ONE)));
      case "arccosh":
        return div(du, sqrt(sub(sq(u), ONE)));
      case "arctanh":
        return div(du, sub(ONE, sq(u)));
      case "arcsech": // acosh(1/u)' = −1 / (u² √(1/u² − 1))
        return neg(div(du, mul(sq(u), sqrt(sub(recip(sq(u)), ONE)))));
      case "arccsch": // asinh(1/u)' = −1 / (u² √(1 + 1/u²))
        return neg(div(du, mul(sq(u), sqrt(add(ONE, recip(sq(u)))))));
      case "arccoth": // atanh(1/u)' = 1 / (1 − u²)
        return div(du, sub(ONE, sq(u)));
    }
    throw new EngineError(Codes.MATHML_UNKNOWN, `cannot differentiate operator '${o}'`);
  }
}
