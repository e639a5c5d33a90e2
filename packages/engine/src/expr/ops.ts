/**
 * Facts about the built-in operators shared by every pass (evaluate, JS code generation, infix,
 * differentiate, simplify): arity, Boolean-valuedness, and the one function each unary operator
 * maps to. Keeping these in one table is what makes the interpreter and the generated code agree.
 *
 * Reference: SBML Level 3 Version 2 Core, section 3.4 (the MathML subset and its Boolean/numeric
 * typing: relational and logical operators yield Booleans, read as 1/0 in numeric context).
 */

import { Codes, EngineError } from "../messages.js";
import type { Expr, Op } from "./ast.js";
import { runtimeHelpers } from "./runtime.js";

export const RELATIONAL_OPS: ReadonlySet<Op> = new Set<Op>(["eq", "neq", "gt", "lt", "geq", "leq"]);
export const LOGICAL_OPS: ReadonlySet<Op> = new Set<Op>(["and", "or", "xor", "not", "implies"]);

/** Unary operators that are exactly a `Math` function. */
export const MATH_UNARY: Readonly<Partial<Record<Op, keyof Math & string>>> = {
  abs: "abs",
  exp: "exp",
  ln: "log",
  floor: "floor",
  ceiling: "ceil",
  sin: "sin",
  cos: "cos",
  tan: "tan",
  sinh: "sinh",
  cosh: "cosh",
  tanh: "tanh",
  arcsin: "asin",
  arccos: "acos",
  arctan: "atan",
  arcsinh: "asinh",
  arccosh: "acosh",
  arctanh: "atanh",
};

/** Unary operators implemented in `runtimeHelpers` (same name). */
export const RUNTIME_UNARY: ReadonlySet<Op> = new Set<Op>([
  "factorial",
  "sec",
  "csc",
  "cot",
  "sech",
  "csch",
  "coth",
  "arcsec",
  "arccsc",
  "arccot",
  "arcsech",
  "arccsch",
  "arccoth",
]);

/** The numeric function of a unary operator (Math.* or the runtime helper). */
export function unaryFunction(op: Op): ((x: number) => number) | undefined {
  const m = MATH_UNARY[op];
  if (m !== undefined) return Math[m] as (x: number) => number;
  if (RUNTIME_UNARY.has(op)) return (runtimeHelpers as unknown as Record<string, (x: number) => number>)[op];
  return undefined;
}

/** [min, max] number of arguments; max Infinity for n-ary. */
export function arity(op: Op): readonly [number, number] {
  switch (op) {
    case "plus":
    case "times":
    case "and":
    case "or":
    case "xor":
      return [0, Number.POSITIVE_INFINITY];
    case "minus":
      return [1, 2];
    case "divide":
    case "power":
    case "root":
    case "log":
    case "rem":
    case "quotient":
    case "implies":
    case "delay":
      return [2, 2];
    case "min":
    case "max":
      return [1, Number.POSITIVE_INFINITY];
    case "eq":
    case "neq":
    case "gt":
    case "lt":
    case "geq":
    case "leq":
      return [1, Number.POSITIVE_INFINITY];
    default:
      return [1, 1];
  }
}

const ALL_OPS: ReadonlySet<string> = new Set<string>([
  "plus",
  "minus",
  "times",
  "divide",
  "power",
  "root",
  "abs",
  "exp",
  "ln",
  "log",
  "floor",
  "ceiling",
  "factorial",
  "min",
  "max",
  "rem",
  "quotient",
  "sin",
  "cos",
  "tan",
  "sec",
  "csc",
  "cot",
  "sinh",
  "cosh",
  "tanh",
  "sech",
  "csch",
  "coth",
  "arcsin",
  "arccos",
  "arctan",
  "arcsec",
  "arccsc",
  "arccot",
  "arcsinh",
  "arccosh",
  "arctanh",
  "arcsech",
  "arccsch",
  "arccoth",
  "eq",
  "neq",
  "gt",
  "lt",
  "geq",
  "leq",
  "and",
  "or",
  "xor",
  "not",
  "implies",
  "delay",
  "rateOf",
]);

export function isOp(name: string): name is Op {
  return ALL_OPS.has(name);
}

/** Throws EngineError(MATHML_ARITY) when a call has the wrong number of arguments. */
export function checkArity(op: Op, n: number): void {
  if (!ALL_OPS.has(op)) throw new EngineError(Codes.MATHML_UNKNOWN, `unknown operator '${String(op)}'`);
  const [lo, hi] = arity(op);
  if (n < lo || n > hi) {
    const want = lo === hi ? `${lo}` : hi === Number.POSITIVE_INFINITY ? `at least ${lo}` : `${lo} or ${hi}`;
    throw new EngineError(
      Codes.MATHML_ARITY,
      `'${op}' takes ${want} argument${want === "1" ? "" : "s"}, got ${n}`,
    );
  }
}

/**
 * True when the expression is Boolean-valued (SBML typing): true/false, relational and logical
 * operators, and piecewise whose every value (and otherwise, which must be present) is Boolean.
 * Everything else is numeric; a number in Boolean context is true when ≠ 0 (NaN counts as ≠ 0, as in C).
 */
export function isBoolean(e: Expr): boolean {
  switch (e.kind) {
    case "bool":
      return true;
    case "call":
      return RELATIONAL_OPS.has(e.op) || LOGICAL_OPS.has(e.op);
    case "piecewise":
      return e.otherwise !== undefined && isBoolean(e.otherwise) && e.pieces.every((p) => isBoolean(p.value));
    default:
      return false;
  }
}

/** Structural equality of two expressions (ignores `units` on numbers; NaN equals NaN, 0 ≠ −0). */
export function exprEquals(a: Expr, b: Expr): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "num":
      return Object.is(a.value, (b as typeof a).value);
    case "bool":
      return a.value === (b as typeof a).value;
    case "sym":
      return a.name === (b as typeof a).name;
    case "time":
    case "avogadro":
      return true;
    case "const":
      return a.name === (b as typeof a).name;
    case "call": {
      const c = b as typeof a;
      return (
        a.op === c.op && a.args.length === c.args.length && a.args.every((x, i) => exprEquals(x, c.args[i]))
      );
    }
    case "fn": {
      const c = b as typeof a;
      return (
        a.name === c.name &&
        a.args.length === c.args.length &&
        a.args.every((x, i) => exprEquals(x, c.args[i]))
      );
    }
    case "piecewise": {
      const c = b as typeof a;
      if (a.pieces.length !== c.pieces.length) return false;
      if ((a.otherwise === undefined) !== (c.otherwise === undefined)) return false;
      if (a.otherwise !== undefined && !exprEquals(a.otherwise, c.otherwise as Expr)) return false;
      return a.pieces.every(
        (p, i) => exprEquals(p.value, c.pieces[i].value) && exprEquals(p.cond, c.pieces[i].cond),
      );
    }
    case "lambda": {
      const c = b as typeof a;
      return (
        a.params.length === c.params.length &&
        a.params.every((p, i) => p === c.params[i]) &&
        exprEquals(a.body, c.body)
      );
    }
  }
}

/**
 * Number of nodes of `e` read as a tree (shared sub-expressions counted at every use — what printing or
 * code generation will produce), counting stops once it exceeds `cap`. Lets callers refuse expressions
 * that substitution has blown up before generating text from them.
 */
export function exprSize(e: Expr, cap = Number.POSITIVE_INFINITY): number {
  let n = 0;
  const stack: Expr[] = [e];
  while (stack.length > 0) {
    const x = stack.pop() as Expr;
    if (++n > cap) return n;
    switch (x.kind) {
      case "call":
      case "fn":
        for (const a of x.args) stack.push(a);
        break;
      case "piecewise":
        for (const p of x.pieces) stack.push(p.value, p.cond);
        if (x.otherwise !== undefined) stack.push(x.otherwise);
        break;
      case "lambda":
        stack.push(x.body);
        break;
      default:
        break;
    }
  }
  return n;
}
