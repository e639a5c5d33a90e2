/**
 * Substitution passes: inlining of user function definitions (SBML functionDefinition / lambda),
 * capture-avoiding substitution, free symbols, operator search.
 *
 * Reference: SBML Level 3 Version 2 Core, section 4.3 (function definitions: a lambda's body may use
 * only its bound variables and other function definitions; recursion is not allowed). Substitution is
 * the capture-avoiding substitution of the lambda calculus (bound variables renamed when a replacement
 * mentions them), e.g. Barendregt, "The Lambda Calculus" (1984), section 2.1.
 */

import { Codes, EngineError } from "../messages.js";
import type { Expr, Op } from "./ast.js";

/** Symbols of `e` not bound by an enclosing lambda. */
export function freeSymbols(e: Expr, out: Set<string> = new Set()): Set<string> {
  collectFree(e, new Set(), out, new Set());
  return out;
}

/**
 * Walks share a `seen` set of nodes visited under the same binders, so a DAG (the shape substitution and
 * inlining produce when an argument is used twice) costs its number of distinct nodes, not its tree size.
 */
function collectFree(e: Expr, bound: ReadonlySet<string>, out: Set<string>, seen: Set<Expr>): void {
  if (seen.has(e)) return;
  seen.add(e);
  switch (e.kind) {
    case "sym":
      if (!bound.has(e.name)) out.add(e.name);
      return;
    case "call":
    case "fn":
      for (const a of e.args) collectFree(a, bound, out, seen);
      return;
    case "piecewise":
      for (const p of e.pieces) {
        collectFree(p.value, bound, out, seen);
        collectFree(p.cond, bound, out, seen);
      }
      if (e.otherwise) collectFree(e.otherwise, bound, out, seen);
      return;
    case "lambda": {
      const b = new Set(bound);
      for (const p of e.params) b.add(p);
      collectFree(e.body, b, out, new Set());
      return;
    }
    default:
      return;
  }
}

/** True when `e` contains a call of operator `op` anywhere. */
export function containsOp(e: Expr, op: Op, seen: Set<Expr> = new Set()): boolean {
  if (seen.has(e)) return false; // already searched (shared sub-expression)
  seen.add(e);
  const c = (x: Expr): boolean => containsOp(x, op, seen);
  switch (e.kind) {
    case "call":
      return e.op === op || e.args.some(c);
    case "fn":
      return e.args.some(c);
    case "piecewise":
      return e.pieces.some((p) => c(p.value) || c(p.cond)) || (e.otherwise !== undefined && c(e.otherwise));
    case "lambda":
      return c(e.body);
    default:
      return false;
  }
}

/** Names of user functions called anywhere in `e`. */
export function calledFunctions(
  e: Expr,
  out: Set<string> = new Set(),
  seen: Set<Expr> = new Set(),
): Set<string> {
  if (seen.has(e)) return out;
  seen.add(e);
  const c = (x: Expr): void => {
    calledFunctions(x, out, seen);
  };
  switch (e.kind) {
    case "fn":
      out.add(e.name);
      e.args.forEach(c);
      break;
    case "call":
      e.args.forEach(c);
      break;
    case "piecewise":
      for (const p of e.pieces) {
        c(p.value);
        c(p.cond);
      }
      if (e.otherwise) c(e.otherwise);
      break;
    case "lambda":
      c(e.body);
      break;
    default:
      break;
  }
  return out;
}

/**
 * Generic structural map over children (no binder handling: callers deal with lambda). Returns `e`
 * itself when every child maps to itself, so unchanged sub-trees stay shared.
 */
export function mapChildren(e: Expr, f: (c: Expr) => Expr): Expr {
  switch (e.kind) {
    case "call": {
      const args = mapList(e.args, f);
      return args === e.args ? e : { kind: "call", op: e.op, args };
    }
    case "fn": {
      const args = mapList(e.args, f);
      return args === e.args ? e : { kind: "fn", name: e.name, args };
    }
    case "piecewise": {
      let changed = false;
      const pieces = e.pieces.map((p) => {
        const value = f(p.value);
        const cond = f(p.cond);
        if (value !== p.value || cond !== p.cond) changed = true;
        return { value, cond };
      });
      const otherwise = e.otherwise !== undefined ? f(e.otherwise) : undefined;
      if (otherwise !== e.otherwise) changed = true;
      if (!changed) return e;
      return otherwise !== undefined
        ? { kind: "piecewise", pieces, otherwise }
        : { kind: "piecewise", pieces };
    }
    case "lambda": {
      const body = f(e.body);
      return body === e.body ? e : { kind: "lambda", params: e.params, body };
    }
    default:
      return e;
  }
}

function mapList(a: readonly Expr[], f: (c: Expr) => Expr): readonly Expr[] {
  let out: Expr[] | undefined;
  for (let i = 0; i < a.length; i++) {
    const y = f(a[i]);
    if (out === undefined && y !== a[i]) out = a.slice(0, i);
    if (out !== undefined) out.push(y);
  }
  return out ?? a;
}

/**
 * Simultaneous, capture-avoiding substitution of symbols by expressions. Symbols bound by a lambda
 * inside `e` are not replaced; a bound variable that occurs free in a replacement is renamed first.
 */
export function substitute(e: Expr, map: ReadonlyMap<string, Expr> | Readonly<Record<string, Expr>>): Expr {
  const m = map instanceof Map ? map : new Map(Object.entries(map));
  if (m.size === 0) return e;
  return subst(e, m as ReadonlyMap<string, Expr>);
}

function subst(e: Expr, m: ReadonlyMap<string, Expr>, memo: Map<Expr, Expr> = new Map()): Expr {
  const hit = memo.get(e);
  if (hit !== undefined) return hit;
  const r = subst1(e, m, memo);
  memo.set(e, r);
  return r;
}

function subst1(e: Expr, m: ReadonlyMap<string, Expr>, memo: Map<Expr, Expr>): Expr {
  switch (e.kind) {
    case "sym": {
      const r = m.get(e.name);
      // x ↦ x keeps the original node (and so the sharing of everything above it)
      return r === undefined || (r.kind === "sym" && r.name === e.name) ? e : r;
    }
    case "lambda": {
      // Drop replacements of names this lambda binds.
      const inner = new Map(m);
      for (const p of e.params) inner.delete(p);
      if (inner.size === 0) return e;
      // Names the remaining replacements mention: a bound variable among them would be captured.
      const danger = new Set<string>();
      for (const [k, r] of inner) {
        if (freeSymbols(e.body).has(k)) freeSymbols(r, danger);
      }
      const taken = new Set([...freeSymbols(e.body), ...danger, ...e.params]);
      const params = e.params.map((p) => {
        if (!danger.has(p)) return p;
        const fresh = freshName(p, taken);
        taken.add(fresh);
        inner.set(p, { kind: "sym", name: fresh });
        return fresh;
      });
      return { kind: "lambda", params, body: subst(e.body, inner) };
    }
    default:
      return mapChildren(e, (c) => subst(c, m, memo));
  }
}

function freshName(base: string, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const n = `${base}_${i}`;
    if (!taken.has(n)) return n;
  }
}

/**
 * Replaces every call of a user function by its body with the arguments substituted, recursively
 * (functions may call functions). Throws EngineError(MODEL_BAD_FUNCTION_CALL) for an undefined function,
 * an arity mismatch, a definition that is not a lambda, or recursion (direct or mutual).
 * `definitions`: a map id → lambda, or the model's `functionDefinitions` list ({ id, math }).
 */
export function inlineFunctions(
  e: Expr,
  definitions: ReadonlyMap<string, Expr> | readonly { readonly id: string; readonly math: Expr }[],
): Expr {
  const defs: ReadonlyMap<string, Expr> =
    definitions instanceof Map
      ? definitions
      : new Map((definitions as readonly { id: string; math: Expr }[]).map((d) => [d.id, d.math]));
  const done = new Map<string, { params: readonly string[]; body: Expr }>();
  const inlineDef = (name: string, stack: readonly string[]): { params: readonly string[]; body: Expr } => {
    const cached = done.get(name);
    if (cached) return cached;
    if (stack.includes(name)) {
      throw new EngineError(
        Codes.MODEL_BAD_FUNCTION_CALL,
        `recursive function definition: ${[...stack.slice(stack.indexOf(name)), name].join(" → ")} (SBML forbids recursion)`,
      );
    }
    const def = defs.get(name);
    if (def === undefined) {
      throw new EngineError(Codes.MODEL_BAD_FUNCTION_CALL, `call of undefined function '${name}'`);
    }
    if (def.kind !== "lambda") {
      throw new EngineError(Codes.MODEL_BAD_FUNCTION_CALL, `function definition '${name}' is not a lambda`);
    }
    const r = { params: def.params, body: walk(def.body, [...stack, name]) };
    done.set(name, r);
    return r;
  };
  const memo = new Map<Expr, Expr>(); // shared sub-expressions are inlined once
  const walk = (x: Expr, stack: readonly string[]): Expr => {
    const hit = memo.get(x);
    if (hit !== undefined) return hit;
    const r = walk1(x, stack);
    memo.set(x, r);
    return r;
  };
  const walk1 = (x: Expr, stack: readonly string[]): Expr => {
    if (x.kind === "fn") {
      const args = x.args.map((a) => walk(a, stack));
      const d = inlineDef(x.name, stack);
      if (d.params.length !== args.length) {
        throw new EngineError(
          Codes.MODEL_BAD_FUNCTION_CALL,
          `function '${x.name}' takes ${d.params.length} argument(s), called with ${args.length}`,
        );
      }
      const m = new Map<string, Expr>();
      for (let i = 0; i < d.params.length; i++) m.set(d.params[i], args[i]);
      return subst(d.body, m);
    }
    return mapChildren(x, (c) => walk(c, stack));
  };
  return walk(e, []);
}
