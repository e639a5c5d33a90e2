/**
 * Infix printing of the expression AST, in the text syntax of libSBML's Level 3 formulas
 * (SBML_formulaToL3String; https://sbml.org/software/libsbml/5.18.0/docs/formatted/c-api/group__l3-formula-parsing.html)
 * and of PEtab v2 math (https://petab.readthedocs.io/en/latest/v2/documentation_data_format.html#math-expressions-syntax):
 * `a*b^c`, `piecewise(v, cond, otherwise)`, `delay(x, t)`, `f(x)`, `&&`, `||`, `!`, `==`, `<=`, `time`,
 * `avogadro`, `pi`, `exponentiale`, `INF`, `NaN`, `true`/`false`.
 *
 * Precedence, loosest first (the parser in infix-parse.ts is the inverse of this printer):
 *   1 `&&` `||` (equal precedence, left-associative, as PEtab v2 specifies; the printer always
 *     parenthesises a logical operand of a logical operator, so the text reads the same under C rules)
 *   3 `==` `!=` `<` `>` `<=` `>=` (non-associative; n-ary chains print as lt(a, b, c))
 *   4 `+` `-`     5 `*` `/`     6 unary `-` `!`     7 `^` (right-associative: 2^2^3 = 2^8)
 *   8 numbers, names, calls, parentheses
 * Parentheses are the minimal ones that make `parseInfix(toInfix(e))` return `e` again: n-ary sums and
 * products that are themselves the first operand of a sum/product are bracketed (the parser flattens
 * `a + b + c` into one n-ary plus), and a non-negative number under unary minus is bracketed (`-2` reads
 * as the literal −2, `-(2)` as minus applied to 2).
 */

import type { Expr } from "./ast.js";

export interface InfixOptions {
  /** "sbml" (default): log(b, x) is log base b; "petab": log(x, b) (argument order of PEtab v2/SymPy) */
  dialect?: "sbml" | "petab";
}

const P_LOGIC = 2;
const P_REL = 3;
const P_ADD = 4;
const P_MUL = 5;
const P_UNARY = 6;
const P_POW = 7;
const P_ATOM = 8;

interface Printed {
  text: string;
  prec: number;
}

const REL_TEXT: Record<string, string> = { eq: "==", neq: "!=", gt: ">", lt: "<", geq: ">=", leq: "<=" };

/** Function names used when printing unary operators (libSBML L3 spelling). */
const FN_NAME: Record<string, string> = {
  ceiling: "ceil",
  arcsin: "asin",
  arccos: "acos",
  arctan: "atan",
};

/** Infix text of `e`. */
export function toInfix(e: Expr, opts: InfixOptions = {}): string {
  return new Printer(opts.dialect ?? "sbml").p(e).text;
}

function numberText(v: number): Printed {
  if (Number.isNaN(v)) return { text: "NaN", prec: P_ATOM };
  if (v === Number.POSITIVE_INFINITY) return { text: "INF", prec: P_ATOM };
  if (v === Number.NEGATIVE_INFINITY) return { text: "-INF", prec: P_UNARY };
  if (Object.is(v, -0)) return { text: "-0", prec: P_UNARY };
  const s = String(v);
  return { text: s, prec: v < 0 ? P_UNARY : P_ATOM };
}

class Printer {
  constructor(private readonly dialect: "sbml" | "petab") {}

  /** Operand text, parenthesised when its precedence is below `min`. */
  private at(e: Expr, min: number): string {
    const r = this.p(e);
    return r.prec < min ? `(${r.text})` : r.text;
  }

  private fn(name: string, args: readonly Expr[]): Printed {
    return { text: `${name}(${args.map((a) => this.p(a).text).join(", ")})`, prec: P_ATOM };
  }

  p(e: Expr): Printed {
    switch (e.kind) {
      case "num":
        return numberText(e.value);
      case "bool":
        return { text: e.value ? "true" : "false", prec: P_ATOM };
      case "sym":
        return { text: e.name, prec: P_ATOM };
      case "time":
        return { text: "time", prec: P_ATOM };
      case "avogadro":
        return { text: "avogadro", prec: P_ATOM };
      case "const":
        return {
          text: { pi: "pi", exponentiale: "exponentiale", infinity: "INF", notanumber: "NaN" }[e.name],
          prec: P_ATOM,
        };
      case "fn":
        return this.fn(e.name, e.args);
      case "lambda":
        return {
          text: `lambda(${[...e.params, this.p(e.body).text].join(", ")})`,
          prec: P_ATOM,
        };
      case "piecewise": {
        const parts: string[] = [];
        for (const pc of e.pieces) parts.push(this.p(pc.value).text, this.p(pc.cond).text);
        if (e.otherwise !== undefined) parts.push(this.p(e.otherwise).text);
        return { text: `piecewise(${parts.join(", ")})`, prec: P_ATOM };
      }
      case "call":
        return this.call(e);
    }
  }

  /** n-ary left-associative operator: the first operand may be at `prec` unless it is `op` itself. */
  private chain(e: Expr & { kind: "call" }, sym: string, prec: number): Printed {
    const parts = e.args.map((a, i) => {
      if (i === 0) {
        const flattens = a.kind === "call" && a.op === e.op && this.isInfixChain(a);
        return flattens ? `(${this.p(a).text})` : this.at(a, prec);
      }
      return this.at(a, prec + 1);
    });
    return { text: parts.join(` ${sym} `), prec };
  }

  private isInfixChain(e: Expr & { kind: "call" }): boolean {
    return e.args.length >= 2;
  }

  private unary(sym: string, a: Expr): Printed {
    const r = this.p(a);
    // "-2" is the literal −2; "- -x" is legal but "-(-x)" reads better
    const needParens =
      r.prec < P_UNARY ||
      (sym === "-" && a.kind === "num" && !r.text.startsWith("-")) ||
      r.text.startsWith("-");
    return { text: `${sym}${needParens ? `(${r.text})` : r.text}`, prec: P_UNARY };
  }

  private call(e: Expr & { kind: "call" }): Printed {
    const a = e.args;
    switch (e.op) {
      case "plus":
        return a.length >= 2 ? this.chain(e, "+", P_ADD) : this.fn("plus", a);
      case "times":
        return a.length >= 2 ? this.chain(e, "*", P_MUL) : this.fn("times", a);
      case "and":
        return a.length >= 2 ? this.logic(a, "&&") : this.fn("and", a);
      case "or":
        return a.length >= 2 ? this.logic(a, "||") : this.fn("or", a);
      case "minus":
        if (a.length === 1) return this.unary("-", a[0]);
        if (a.length === 2)
          return { text: `${this.at(a[0], P_ADD)} - ${this.at(a[1], P_ADD + 1)}`, prec: P_ADD };
        return this.fn("minus", a);
      case "divide":
        if (a.length === 2)
          return { text: `${this.at(a[0], P_MUL)} / ${this.at(a[1], P_MUL + 1)}`, prec: P_MUL };
        return this.fn("divide", a);
      case "power":
        if (a.length === 2)
          return { text: `${this.at(a[0], P_ATOM)}^${this.at(a[1], P_UNARY)}`, prec: P_POW };
        return this.fn("pow", a);
      case "not":
        return a.length === 1 ? this.unary("!", a[0]) : this.fn("not", a);
      case "eq":
      case "neq":
      case "gt":
      case "lt":
      case "geq":
      case "leq":
        if (a.length === 2) {
          return {
            text: `${this.at(a[0], P_REL + 1)} ${REL_TEXT[e.op]} ${this.at(a[1], P_REL + 1)}`,
            prec: P_REL,
          };
        }
        return this.fn(e.op, a);
      case "root":
        if (a.length === 2 && a[0].kind === "num" && a[0].value === 2) return this.fn("sqrt", [a[1]]);
        return this.fn("root", a);
      case "log":
        if (a.length === 2 && a[0].kind === "num" && a[0].value === 10) return this.fn("log10", [a[1]]);
        if (a.length === 2 && this.dialect === "petab") return this.fn("log", [a[1], a[0]]);
        return this.fn("log", a);
      default:
        return this.fn(FN_NAME[e.op] ?? e.op, a);
    }
  }

  private logic(args: readonly Expr[], sym: string): Printed {
    // every logical operand is bracketed: && and || share one precedence level in PEtab but not in C
    const parts = args.map((x) => this.at(x, P_LOGIC + 1));
    return { text: parts.join(` ${sym} `), prec: P_LOGIC };
  }
}
