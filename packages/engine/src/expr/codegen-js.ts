/**
 * JavaScript source generation from the expression AST, for the compiler's generated functions.
 *
 * Safety: the emitted text contains only the compiler's symbol snippets (ctx.symbol, e.g. "y[3]"),
 * numeric literals, operators, `Math.*` and `<runtime>.*` — never a name from the user's model, so
 * user text cannot reach `new Function`.
 * Semantics: exactly those of evaluate.ts (the reference interpreter): SBML Booleans are 1/0 in numeric
 * context, numbers are true when ≠ 0 in Boolean context, piecewise without a true piece and without
 * otherwise is NaN, n-ary plus/times associate left to right. Every compound is fully parenthesised.
 * Speed: plain arithmetic on typed-array reads, `Math.*` intrinsics that V8 inlines, no closures and no
 * allocation in the emitted text.
 *
 * Reference: SBML Level 3 Version 2 Core, section 3.4 (MathML semantics); ECMAScript 2022 §21.3 (Math).
 */

import { Codes, EngineError } from "../messages.js";
import type { Expr } from "./ast.js";
import { checkArity, isBoolean, MATH_UNARY, RUNTIME_UNARY } from "./ops.js";
import { AVOGADRO, runtimeHelpers } from "./runtime.js";

export interface JsEmitContext {
  /** JS source to read symbol `name`, produced by the compiler (e.g. "y[3]", "p[0]", "c[2]"); never user text. Throw EngineError for unknown names. */
  symbol(name: string): string;
  /** JS source of the current time, e.g. "t" */
  time: string;
  /** JS for delay(x, tau) — compiler supplies it; if absent, delay is an error */
  delay?(x: Expr, tauJs: string): string;
  /** JS for rateOf(x) — compiler supplies it */
  rateOf?(x: Expr): string;
  /** name of the runtime-helper object in scope of the generated code, default "M" */
  runtime?: string;
  /** JS source of Avogadro's number; default the SBML L3 literal 6.02214179e23 */
  avogadro?: string;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;
const SIMPLE_SNIPPET = /^[A-Za-z_$][\w$]*(\[\d+\])?$/;

/** Exact JS literal of a double: shortest round-trip repr, negatives (and −0) parenthesised. */
export function jsNumber(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "Infinity";
  if (v === Number.NEGATIVE_INFINITY) return "(-Infinity)";
  if (Object.is(v, -0)) return "(-0)";
  const s = String(v);
  return v < 0 ? `(${s})` : s;
}

/** JS source of `e` as a number. */
export function emitJs(e: Expr, ctx: JsEmitContext): string {
  return new Emitter(ctx).num(e);
}

/** JS source of `e` as a JS boolean (for event triggers and conditions). */
export function emitJsCondition(e: Expr, ctx: JsEmitContext): string {
  return new Emitter(ctx).bool(e);
}

class Emitter {
  private readonly M: string;
  constructor(private readonly ctx: JsEmitContext) {
    this.M = ctx.runtime ?? "M";
    if (!IDENT.test(this.M)) {
      throw new EngineError(
        Codes.MODEL_UNSUPPORTED,
        "the runtime helper object name must be a plain JS identifier",
      );
    }
  }

  num(e: Expr): string {
    switch (e.kind) {
      case "num":
        return jsNumber(e.value);
      case "bool":
        return e.value ? "1" : "0";
      case "sym": {
        const s = this.ctx.symbol(e.name);
        return SIMPLE_SNIPPET.test(s) ? s : `(${s})`;
      }
      case "time":
        return SIMPLE_SNIPPET.test(this.ctx.time) ? this.ctx.time : `(${this.ctx.time})`;
      case "avogadro":
        return this.ctx.avogadro ?? jsNumber(AVOGADRO);
      case "const":
        switch (e.name) {
          case "pi":
            return "Math.PI";
          case "exponentiale":
            return "Math.E";
          case "infinity":
            return "Infinity";
          case "notanumber":
            return "NaN";
        }
        break;
      case "piecewise": {
        if (e.pieces.length === 0) return e.otherwise === undefined ? "NaN" : this.num(e.otherwise);
        let s = "(";
        for (const p of e.pieces) s += `${this.bool(p.cond)} ? ${this.num(p.value)} : `;
        return `${s}${e.otherwise === undefined ? "NaN" : this.num(e.otherwise)})`;
      }
      case "fn":
        throw new EngineError(
          Codes.MODEL_BAD_FUNCTION_CALL,
          `call of function '${e.name}' reached code generation: inline function definitions first`,
        );
      case "lambda":
        throw new EngineError(Codes.MODEL_BAD_FUNCTION_CALL, "a lambda cannot be compiled as a number");
      case "call":
        return this.callNum(e);
    }
    throw new EngineError(
      Codes.MATHML_UNKNOWN,
      `cannot generate code for expression kind '${(e as Expr).kind}'`,
    );
  }

  bool(e: Expr): string {
    if (e.kind === "bool") return e.value ? "true" : "false";
    if (e.kind === "call" && isBoolean(e)) return this.callBool(e);
    if (e.kind === "piecewise" && isBoolean(e)) {
      let s = "(";
      for (const p of e.pieces) s += `${this.bool(p.cond)} ? ${this.bool(p.value)} : `;
      return `${s}${this.bool(e.otherwise as Expr)})`;
    }
    return `(${this.num(e)} !== 0)`;
  }

  private callBool(e: Expr & { kind: "call" }): string {
    const a = e.args;
    checkArity(e.op, a.length);
    switch (e.op) {
      case "and":
        return a.length === 0 ? "true" : `(${a.map((x) => this.bool(x)).join(" && ")})`;
      case "or":
        return a.length === 0 ? "false" : `(${a.map((x) => this.bool(x)).join(" || ")})`;
      case "xor":
        // Booleans: x !== y is exclusive or; left to right gives the parity of the true arguments.
        return a.length === 0 ? "false" : `(${a.map((x) => this.bool(x)).join(" !== ")})`;
      case "not":
        return `(!${this.bool(a[0])})`;
      case "implies":
        return `(!${this.bool(a[0])} || ${this.bool(a[1])})`;
      default: {
        const js = { eq: "===", neq: "!==", gt: ">", lt: "<", geq: ">=", leq: "<=" }[e.op as "eq"];
        if (a.length < 2) return "true";
        const v = a.map((x) => this.num(x));
        const parts: string[] = [];
        for (let i = 0; i + 1 < v.length; i++) parts.push(`(${v[i]} ${js} ${v[i + 1]})`);
        return parts.length === 1 ? parts[0] : `(${parts.join(" && ")})`;
      }
    }
  }

  private callNum(e: Expr & { kind: "call" }): string {
    const a = e.args;
    checkArity(e.op, a.length);
    if (isBoolean(e)) return `(${this.callBool(e)} ? 1 : 0)`;
    const m = MATH_UNARY[e.op];
    if (m !== undefined) return `Math.${m}(${this.num(a[0])})`;
    if (RUNTIME_UNARY.has(e.op)) return `${this.M}.${e.op}(${this.num(a[0])})`;
    switch (e.op) {
      case "plus":
        return a.length === 0
          ? "0"
          : a.length === 1
            ? this.num(a[0])
            : `(${a.map((x) => this.num(x)).join(" + ")})`;
      case "times":
        return a.length === 0
          ? "1"
          : a.length === 1
            ? this.num(a[0])
            : `(${a.map((x) => this.num(x)).join(" * ")})`;
      case "minus":
        return a.length === 1 ? `(-${this.num(a[0])})` : `(${this.num(a[0])} - ${this.num(a[1])})`;
      case "divide":
        return `(${this.num(a[0])} / ${this.num(a[1])})`;
      case "power": {
        const base = this.num(a[0]);
        // x² as x * x: exactly Math.pow(x, 2) (fdlibm's pow returns x*x for y = 2, which V8 uses), and
        // cheaper; only for a plain read, so the base is not computed twice
        if (a[1].kind === "num" && a[1].value === 2 && SIMPLE_SNIPPET.test(base))
          return `(${base} * ${base})`;
        return `Math.pow(${base}, ${this.num(a[1])})`;
      }
      case "root": {
        const d = a[0];
        // Same results as runtime root(): it takes these branches for degree 2 and 3.
        if (d.kind === "num" && d.value === 2) return `Math.sqrt(${this.num(a[1])})`;
        if (d.kind === "num" && d.value === 3) return `Math.cbrt(${this.num(a[1])})`;
        return `${this.M}.root(${this.num(d)}, ${this.num(a[1])})`;
      }
      case "log": {
        const b = a[0];
        if (b.kind === "num" && b.value === 10) return `Math.log10(${this.num(a[1])})`;
        if (b.kind === "num" && b.value === 2) return `Math.log2(${this.num(a[1])})`;
        return `${this.M}.log(${this.num(b)}, ${this.num(a[1])})`;
      }
      case "rem":
        return `(${this.num(a[0])} % ${this.num(a[1])})`;
      case "quotient":
        return `Math.trunc(${this.num(a[0])} / ${this.num(a[1])})`;
      case "min":
        return a.length === 1 ? this.num(a[0]) : `Math.min(${a.map((x) => this.num(x)).join(", ")})`;
      case "max":
        return a.length === 1 ? this.num(a[0]) : `Math.max(${a.map((x) => this.num(x)).join(", ")})`;
      case "delay": {
        if (this.ctx.delay === undefined) {
          throw new EngineError(Codes.MODEL_UNSUPPORTED, "delay() is not supported in this context");
        }
        return `(${this.ctx.delay(a[0], this.num(a[1]))})`;
      }
      case "rateOf": {
        if (this.ctx.rateOf === undefined) {
          throw new EngineError(Codes.MODEL_UNSUPPORTED, "rateOf() is not supported in this context");
        }
        return `(${this.ctx.rateOf(a[0])})`;
      }
      default:
        break;
    }
    throw new EngineError(Codes.MATHML_UNKNOWN, `cannot generate code for operator '${e.op}'`);
  }
}

/** A compiled expression: time and a vector of symbol values in, a number out. */
export type CompiledExpression = (t: number, vars: Float64Array | readonly number[]) => number;

/**
 * Convenience for tests and non-hot paths: compiles `e` into `(t, vars) => number` where symbol `name`
 * reads `vars[symbols[name]]`. Built with `new Function` from emitted text only (symbols become
 * indices). Unknown symbols → EngineError(MODEL_UNDEFINED_SYMBOL). delay and rateOf are not available.
 */
export function compileExpression(
  e: Expr,
  symbols: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
): CompiledExpression {
  const index = (name: string): number | undefined =>
    symbols instanceof Map
      ? symbols.get(name)
      : Object.hasOwn(symbols, name)
        ? (symbols as Readonly<Record<string, number>>)[name]
        : undefined;
  const body = emitJs(e, {
    time: "t",
    runtime: "M",
    symbol(name) {
      const i = index(name);
      if (i === undefined || !Number.isInteger(i) || i < 0) {
        throw new EngineError(
          Codes.MODEL_UNDEFINED_SYMBOL,
          `symbol '${name}' has no slot in the compiled expression`,
        );
      }
      return `v[${i}]`;
    },
  });
  // The source is generated from the AST only (symbols are indices): no user text reaches new Function.
  const factory = new Function(
    "M",
    `"use strict"; return function compiledExpression(t, v) { return ${body}; };`,
  );
  return factory(runtimeHelpers) as CompiledExpression;
}
