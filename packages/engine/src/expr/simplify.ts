/**
 * Algebraic simplification: constant folding and identities that do not change results.
 *
 * Guarantee: for finite inputs (symbol values and time finite, no overflow of the double range), the
 * simplified expression evaluates to the same double as the original, up to the sign of zero: x + 0 → x
 * and 0 − x → −x keep a −0 where the original had +0 (or the reverse), which only a later 1/x, atan,
 * root… can reveal (as −∞ instead of +∞). SBML results never depend on it in practice.
 * To keep that guarantee the pass never reassociates floating-point sums or products:
 * - constant folding evaluates literal-only sub-expressions with the reference interpreter itself
 *   (so the folded number is exactly what evaluation would produce);
 * - plus/times: left-nested chains are flattened ((a + b) + c → plus(a, b, c): same association as the
 *   left-to-right evaluation), a leading run of numeric literals is folded, 0 terms and 1 factors are
 *   dropped (exact up to the sign of zero); right-nested sums a + (b + c) are left alone;
 * - x·0 → 0 only when every factor is *finite-safe*: built from finite literals, symbols, time, π, e,
 *   avogadro, + − ·, abs, sin, cos, tanh, arctan, floor, ceiling, min, max, relational/logical operators,
 *   integer powers ≥ 0 and complete piecewise of such — expressions that cannot be NaN or ±∞ for finite
 *   inputs barring overflow. Anything with division, exp, log, roots, … keeps its `· 0` (0·∞ is NaN).
 * - x − 0 → x, 0 − x → −x, x − x → 0 for finite-safe x, x/1 → x, x^1 → x, x^0 → 1 (IEEE pow(x, 0) = 1 for every x), −(−x) → x,
 *   not(not b) → b and and/or literal pruning when b is Boolean-typed, piecewise pruning of constant
 *   conditions and of a last piece equal to otherwise.
 * The pass runs to a fixpoint, hence it is idempotent.
 *
 * Reference: IEEE 754-2019 (exactness of x + 0, x·1, x/1, pow(x, 0) = 1); SBML L3V2 Core §3.4.
 */

import type { Expr, Op } from "./ast.js";
import { evaluate, evaluateBool } from "./evaluate.js";
import { mapChildren } from "./inline.js";
import { exprEquals, isBoolean } from "./ops.js";

const MAX_PASSES = 32;

/** Simplified equivalent of `e` (see the module comment for what "equivalent" means). */
export function simplify(e: Expr): Expr {
  let cur = e;
  for (let i = 0; i < MAX_PASSES; i++) {
    // a pass returns the very same node when nothing changed, so the fixpoint test is identity; the
    // per-pass memo keeps shared sub-expressions (DAGs from substitution and inlining) linear
    const next = once(cur, new Map());
    if (next === cur) return cur;
    cur = next;
  }
  return cur;
}

/** The original node when `out` is shallowly the same (same kind, op or name, identical children), else `out`. */
function keepIfSame(orig: Expr, out: Expr): Expr {
  if (orig === out) return orig;
  if (orig.kind === "call" && out.kind === "call") {
    return orig.op === out.op && sameList(orig.args, out.args) ? orig : out;
  }
  if (orig.kind === "fn" && out.kind === "fn")
    return orig.name === out.name && sameList(orig.args, out.args) ? orig : out;
  if (orig.kind === "lambda" && out.kind === "lambda")
    return orig.body === out.body && sameList(orig.params, out.params) ? orig : out;
  if (orig.kind === "piecewise" && out.kind === "piecewise") {
    const same =
      orig.otherwise === out.otherwise &&
      orig.pieces.length === out.pieces.length &&
      orig.pieces.every((p, i) => p.value === out.pieces[i].value && p.cond === out.pieces[i].cond);
    return same ? orig : out;
  }
  return out;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const isLiteral = (e: Expr): boolean => e.kind === "num" || e.kind === "bool" || e.kind === "const";
const num = (value: number): Expr => ({ kind: "num", value });
const isNumVal = (e: Expr, v: number): boolean => e.kind === "num" && e.value === v;

/** A literal condition's truth value, or undefined when not constant. */
function constTruth(e: Expr): boolean | undefined {
  if (!isLiteral(e)) return undefined;
  return evaluateBool(e);
}

/** Cannot be NaN/±∞ for finite inputs (barring overflow). */
export function isFiniteSafe(e: Expr): boolean {
  if (e.kind === "call" || e.kind === "piecewise") {
    const c = FINITE_SAFE.get(e);
    if (c !== undefined) return c;
    const r = finiteSafe(e);
    FINITE_SAFE.set(e, r);
    return r;
  }
  return finiteSafe(e);
}

/** AST nodes are immutable, so the answer can be cached per node (keeps DAGs linear). */
const FINITE_SAFE = new WeakMap<Expr, boolean>();

function finiteSafe(e: Expr): boolean {
  switch (e.kind) {
    case "num":
      return Number.isFinite(e.value);
    case "bool":
    case "sym":
    case "time":
    case "avogadro":
      return true;
    case "const":
      return e.name === "pi" || e.name === "exponentiale";
    case "piecewise":
      return (
        e.otherwise !== undefined &&
        isFiniteSafe(e.otherwise) &&
        e.pieces.every((p) => isFiniteSafe(p.value) && isFiniteSafe(p.cond))
      );
    case "call":
      switch (e.op) {
        case "plus":
        case "minus":
        case "times":
        case "abs":
        case "sin":
        case "cos":
        case "tanh":
        case "arctan":
        case "floor":
        case "ceiling":
        case "min":
        case "max":
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
          return e.args.every(isFiniteSafe);
        case "power": {
          const x = e.args[1];
          return x.kind === "num" && Number.isInteger(x.value) && x.value >= 0 && isFiniteSafe(e.args[0]);
        }
        default:
          return false;
      }
    default:
      return false;
  }
}

function once(e: Expr, memo: Map<Expr, Expr>): Expr {
  const hit = memo.get(e);
  if (hit !== undefined) return hit;
  const rec = (x: Expr): Expr => once(x, memo);
  let out: Expr;
  switch (e.kind) {
    case "call":
      out = simplifyCall(e.op, e.args.map(rec));
      break;
    case "piecewise":
      out = simplifyPiecewise(
        e.pieces.map((p) => ({ value: rec(p.value), cond: rec(p.cond) })),
        e.otherwise && rec(e.otherwise),
      );
      break;
    case "fn":
    case "lambda":
      out = mapChildren(e, rec);
      break;
    default:
      out = e;
  }
  out = keepIfSame(e, out);
  memo.set(e, out);
  return out;
}

function simplifyPiecewise(pieces: { value: Expr; cond: Expr }[], otherwise: Expr | undefined): Expr {
  const kept: { value: Expr; cond: Expr }[] = [];
  let other = otherwise;
  for (const p of pieces) {
    const t = constTruth(p.cond);
    if (t === false) continue;
    if (t === true) {
      other = p.value;
      break;
    }
    kept.push(p);
  }
  // a last piece equal to the fallback is redundant
  while (kept.length > 0 && other !== undefined && exprEquals(kept[kept.length - 1].value, other)) kept.pop();
  if (kept.length === 0) return other ?? num(Number.NaN);
  return other === undefined
    ? { kind: "piecewise", pieces: kept }
    : { kind: "piecewise", pieces: kept, otherwise: other };
}

function fold(e: Expr): Expr | undefined {
  try {
    if (isBoolean(e)) return { kind: "bool", value: evaluateBool(e) };
    return num(evaluate(e));
  } catch {
    return undefined; // e.g. an arity error: leave it for the consumer to report
  }
}

function simplifyCall(op: Op, args: Expr[]): Expr {
  const e: Expr = { kind: "call", op, args };
  if (op !== "delay" && op !== "rateOf" && args.every(isLiteral)) {
    const f = fold(e);
    if (f !== undefined) return f;
  }
  switch (op) {
    case "plus":
    case "times": {
      const unit = op === "plus" ? 0 : 1;
      // flatten the left-nested chain: op(op(a, b), c) evaluates as ((a ∘ b) ∘ c) either way
      let flat = args;
      while (flat.length > 0 && flat[0].kind === "call" && flat[0].op === op && flat[0].args.length >= 1) {
        flat = [...flat[0].args, ...flat.slice(1)];
      }
      // drop identity elements (exact up to the sign of zero)
      flat = flat.filter((x) => !isNumVal(x, unit));
      // fold a leading run of numeric literals: same association as evaluation
      let k = 0;
      while (k < flat.length && flat[k].kind === "num") k++;
      if (k >= 2) {
        let acc = (flat[0] as { value: number }).value;
        for (let i = 1; i < k; i++) {
          const v = (flat[i] as { value: number }).value;
          acc = op === "plus" ? acc + v : acc * v;
        }
        flat = [num(acc), ...flat.slice(k)];
        if (isNumVal(flat[0], unit) && flat.length > 1) flat = flat.slice(1);
      }
      if (op === "times" && flat.some((x) => isNumVal(x, 0)) && flat.every(isFiniteSafe)) return num(0);
      if (flat.length === 0) return num(unit);
      if (flat.length === 1 && !isBoolean(flat[0])) return flat[0];
      if (op === "times" && flat.length === 2 && isNumVal(flat[0], -1))
        return { kind: "call", op: "minus", args: [flat[1]] };
      return { kind: "call", op, args: flat };
    }
    case "minus": {
      if (args.length === 1) {
        const a = args[0];
        if (a.kind === "call" && a.op === "minus" && a.args.length === 1 && !isBoolean(a.args[0]))
          return a.args[0];
        return e;
      }
      const [a, b] = args;
      if (isNumVal(b, 0) && !isBoolean(a)) return a;
      if (isNumVal(a, 0)) return { kind: "call", op: "minus", args: [b] };
      // x − x = 0 exactly when x cannot be ±∞ or NaN
      if (exprEquals(a, b) && isFiniteSafe(a)) return num(0);
      return e;
    }
    case "divide":
      return isNumVal(args[1], 1) && !isBoolean(args[0]) ? args[0] : e;
    case "power":
      if (isNumVal(args[1], 1) && !isBoolean(args[0])) return args[0];
      if (isNumVal(args[1], 0)) return num(1);
      return e;
    case "not": {
      const a = args[0];
      if (a.kind === "call" && a.op === "not" && isBoolean(a.args[0])) return a.args[0];
      return e;
    }
    case "and":
    case "or": {
      const absorbing = op === "or"; // or: true absorbs; and: false absorbs
      const out: Expr[] = [];
      for (const a of args) {
        const parts = a.kind === "call" && a.op === op ? a.args : [a];
        for (const p of parts) {
          const t = constTruth(p);
          if (t === absorbing) return { kind: "bool", value: absorbing };
          if (t === !absorbing) continue;
          out.push(p);
        }
      }
      if (out.length === 0) return { kind: "bool", value: !absorbing };
      if (out.length === 1 && isBoolean(out[0])) return out[0];
      return { kind: "call", op, args: out };
    }
    default:
      return e;
  }
}
