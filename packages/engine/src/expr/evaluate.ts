/**
 * The reference interpreter: a tree-walking evaluator of the expression AST with SBML semantics.
 * Slow but obviously right; the generated JavaScript (codegen-js.ts) is tested against it.
 *
 * Reference: SBML Level 3 Version 2 Core, section 3.4 (MathML semantics), section 4.3.3 (function
 * definitions). Semantics implemented (shared with the code generator through ops.ts/runtime.ts):
 * - Booleans are 1/0 in numeric context; a number in Boolean context is true when ≠ 0 (NaN is ≠ 0).
 * - piecewise: the value of the first piece whose condition holds, else otherwise, else NaN.
 * - Relational operators with n arguments are chains (a < b < c ⇔ a < b ∧ b < c); with one, true.
 * - and() = true, or() = false, xor = odd number of true arguments, implies(a, b) = ¬a ∨ b.
 * - plus() = 0, times() = 1, evaluated left to right ((a + b) + c), the order generated code uses.
 * - factorial, rem, quotient, root, log with base, sec/csc/cot and the inverse functions: runtime.ts.
 */

import { Codes, EngineError } from "../messages.js";
import type { Expr } from "./ast.js";
import { checkArity, isBoolean, unaryFunction } from "./ops.js";
import { AVOGADRO, runtimeHelpers as M } from "./runtime.js";

export interface EvalEnv {
  /** Values of symbols by name (a Map, or a plain object read through its own properties only). */
  values?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** Current simulation time (csymbol time); required only when the expression uses it. */
  time?: number;
  /** User function definitions by id: each a `lambda` expression. */
  functions?: ReadonlyMap<string, Expr>;
  /** delay(x, tau): the value of x at time − tau. Required only when the expression uses delay. */
  delay?: (x: Expr, tau: number) => number;
  /** rateOf(x): the current rate of change of x. Required only when the expression uses rateOf. */
  rateOf?: (x: Expr) => number;
  /** Override of Avogadro's number (default: the SBML L3 value 6.02214179e23). */
  avogadro?: number;
}

type Lookup = (name: string) => number | undefined;

function rootLookup(values: EvalEnv["values"]): Lookup {
  if (values === undefined) return () => undefined;
  if (values instanceof Map) return (name) => values.get(name);
  const rec = values as Readonly<Record<string, number>>;
  return (name) => (Object.hasOwn(rec, name) ? rec[name] : undefined);
}

/** Evaluates `e` as a number (Booleans become 1/0). Throws EngineError for unknown symbols or functions. */
export function evaluate(e: Expr, env: EvalEnv = {}): number {
  return new Evaluator(env).num(e, rootLookup(env.values), []);
}

/** Evaluates `e` as a condition (numbers are true when ≠ 0). */
export function evaluateBool(e: Expr, env: EvalEnv = {}): boolean {
  return new Evaluator(env).bool(e, rootLookup(env.values), []);
}

class Evaluator {
  constructor(private readonly env: EvalEnv) {}

  num(e: Expr, look: Lookup, stack: string[]): number {
    switch (e.kind) {
      case "num":
        return e.value;
      case "bool":
        return e.value ? 1 : 0;
      case "sym": {
        const v = look(e.name);
        if (v === undefined) {
          throw new EngineError(Codes.MODEL_UNDEFINED_SYMBOL, `symbol '${e.name}' has no value`);
        }
        return v;
      }
      case "time":
        if (this.env.time === undefined) {
          throw new EngineError(Codes.MODEL_UNDEFINED_SYMBOL, "'time' used but no time was given");
        }
        return this.env.time;
      case "avogadro":
        return this.env.avogadro ?? AVOGADRO;
      case "const":
        switch (e.name) {
          case "pi":
            return Math.PI;
          case "exponentiale":
            return Math.E;
          case "infinity":
            return Number.POSITIVE_INFINITY;
          case "notanumber":
            return Number.NaN;
        }
        break;
      case "piecewise": {
        for (const p of e.pieces) {
          if (this.bool(p.cond, look, stack)) return this.num(p.value, look, stack);
        }
        return e.otherwise === undefined ? Number.NaN : this.num(e.otherwise, look, stack);
      }
      case "fn":
        return this.callFunction(e.name, e.args, look, stack);
      case "lambda":
        throw new EngineError(Codes.MODEL_BAD_FUNCTION_CALL, "a lambda cannot be evaluated as a number");
      case "call":
        return this.callNum(e, look, stack);
    }
    throw new EngineError(Codes.MATHML_UNKNOWN, `cannot evaluate expression of kind '${(e as Expr).kind}'`);
  }

  bool(e: Expr, look: Lookup, stack: string[]): boolean {
    if (e.kind === "bool") return e.value;
    if (e.kind === "call" && isBoolean(e)) return this.callBool(e, look, stack);
    if (e.kind === "piecewise" && isBoolean(e)) {
      for (const p of e.pieces) {
        if (this.bool(p.cond, look, stack)) return this.bool(p.value, look, stack);
      }
      return this.bool(e.otherwise as Expr, look, stack);
    }
    return this.num(e, look, stack) !== 0;
  }

  private callBool(e: Expr & { kind: "call" }, look: Lookup, stack: string[]): boolean {
    const a = e.args;
    checkArity(e.op, a.length);
    switch (e.op) {
      case "and":
        for (const x of a) if (!this.bool(x, look, stack)) return false;
        return true;
      case "or":
        for (const x of a) if (this.bool(x, look, stack)) return true;
        return false;
      case "xor": {
        let r = false;
        for (const x of a) if (this.bool(x, look, stack)) r = !r;
        return r;
      }
      case "not":
        return !this.bool(a[0], look, stack);
      case "implies":
        return !this.bool(a[0], look, stack) || this.bool(a[1], look, stack);
      default: {
        // relational chain
        const v = a.map((x) => this.num(x, look, stack));
        for (let i = 0; i + 1 < v.length; i++) {
          if (!compare(e.op, v[i], v[i + 1])) return false;
        }
        return true;
      }
    }
  }

  private callNum(e: Expr & { kind: "call" }, look: Lookup, stack: string[]): number {
    const a = e.args;
    checkArity(e.op, a.length);
    if (isBoolean(e)) return this.callBool(e, look, stack) ? 1 : 0;
    const n = (x: Expr): number => this.num(x, look, stack);
    const f = unaryFunction(e.op);
    if (f !== undefined) return f(n(a[0]));
    switch (e.op) {
      case "plus": {
        if (a.length === 0) return 0;
        let s = n(a[0]);
        for (let i = 1; i < a.length; i++) s = s + n(a[i]);
        return s;
      }
      case "times": {
        if (a.length === 0) return 1;
        let s = n(a[0]);
        for (let i = 1; i < a.length; i++) s = s * n(a[i]);
        return s;
      }
      case "minus":
        return a.length === 1 ? -n(a[0]) : n(a[0]) - n(a[1]);
      case "divide":
        return n(a[0]) / n(a[1]);
      case "power":
        return n(a[0]) ** n(a[1]);
      case "root": {
        const deg = n(a[0]);
        return M.root(deg, n(a[1]));
      }
      case "log": {
        const base = n(a[0]);
        return M.log(base, n(a[1]));
      }
      case "rem": {
        const x = n(a[0]);
        return M.rem(x, n(a[1]));
      }
      case "quotient": {
        const x = n(a[0]);
        return M.quotient(x, n(a[1]));
      }
      case "min":
        return Math.min(...a.map(n));
      case "max":
        return Math.max(...a.map(n));
      case "delay": {
        if (this.env.delay === undefined) {
          throw new EngineError(
            Codes.MODEL_UNSUPPORTED,
            "delay() needs a history: no delay hook was given to evaluate()",
          );
        }
        return this.env.delay(a[0], n(a[1]));
      }
      case "rateOf": {
        if (this.env.rateOf === undefined) {
          throw new EngineError(
            Codes.MODEL_UNSUPPORTED,
            "rateOf() needs the model's rates: no rateOf hook was given",
          );
        }
        return this.env.rateOf(a[0]);
      }
      default:
        break;
    }
    throw new EngineError(Codes.MATHML_UNKNOWN, `cannot evaluate operator '${e.op}'`);
  }

  private callFunction(name: string, args: readonly Expr[], look: Lookup, stack: string[]): number {
    const def = this.env.functions?.get(name);
    if (def === undefined) {
      throw new EngineError(Codes.MODEL_BAD_FUNCTION_CALL, `call of undefined function '${name}'`);
    }
    if (def.kind !== "lambda") {
      throw new EngineError(Codes.MODEL_BAD_FUNCTION_CALL, `function definition '${name}' is not a lambda`);
    }
    if (def.params.length !== args.length) {
      throw new EngineError(
        Codes.MODEL_BAD_FUNCTION_CALL,
        `function '${name}' takes ${def.params.length} argument(s), called with ${args.length}`,
      );
    }
    if (stack.includes(name)) {
      throw new EngineError(
        Codes.MODEL_BAD_FUNCTION_CALL,
        `recursive function definition: ${[...stack, name].join(" → ")}`,
      );
    }
    const vals = args.map((x) => this.num(x, look, stack));
    const bound = new Map<string, number>();
    for (let i = 0; i < def.params.length; i++) bound.set(def.params[i], vals[i]);
    // Parameters shadow outer symbols; other names fall through to the caller's scope (lenient: SBML
    // forbids free names in a function body, and inline.ts behaves the same way).
    const inner: Lookup = (s) => (bound.has(s) ? bound.get(s) : look(s));
    return this.num(def.body, inner, [...stack, name]);
  }
}

function compare(op: string, x: number, y: number): boolean {
  switch (op) {
    case "eq":
      return x === y;
    case "neq":
      return x !== y;
    case "gt":
      return x > y;
    case "lt":
      return x < y;
    case "geq":
      return x >= y;
    case "leq":
      return x <= y;
  }
  throw new EngineError(Codes.MATHML_UNKNOWN, `unknown relational operator '${op}'`);
}
