/**
 * Logical models: the one expression AST for Boolean update functions (BoolNet, BNET, SBML-qual) and
 * for MaBoSS rate expressions, and the network IR every logical format reads into.
 *
 * One AST for both because MaBoSS writes logic and rates in the same C-like language (booleans are the
 * numbers 0/1, `@logic ? $k : 0`); a BoolNet factor is the special case that only uses and/or/not.
 * Node references carry the node index (resolved by the readers), so compiled code never sees a name.
 *
 * Semantics follow the reference tools:
 *   - BoolNet: Müssel, Hopfensitz & Kestler 2010, Bioinformatics 26:1378, doi:10.1093/bioinformatics/btq124
 *   - MaBoSS: Stoll, Viara, Barillot & Calzone 2012, BMC Syst Biol 6:116, doi:10.1186/1752-0509-6-116
 */

export type BinOp = "and" | "or" | "xor" | "+" | "-" | "*" | "/" | "==" | "!=" | "<" | "<=" | ">" | ">=";

export type LExpr =
  | { readonly k: "num"; readonly v: number }
  /** node value; `delay` d > 0 reads the value d synchronous steps ago (BoolNet temporal `X[-(d+1)]`) */
  | { readonly k: "node"; readonly i: number; readonly delay?: number }
  /** `$name` — a run parameter, folded to a number when the model is compiled */
  | { readonly k: "param"; readonly name: string }
  /** `@name` — another attribute of the same node (MaBoSS `@logic`) */
  | { readonly k: "attr"; readonly name: string }
  | { readonly k: "not"; readonly a: LExpr }
  | { readonly k: "neg"; readonly a: LExpr }
  | { readonly k: "bin"; readonly op: BinOp; readonly a: LExpr; readonly b: LExpr }
  | { readonly k: "cond"; readonly c: LExpr; readonly a: LExpr; readonly b: LExpr };

export const TRUE: LExpr = { k: "num", v: 1 };
export const FALSE: LExpr = { k: "num", v: 0 };
export const num = (v: number): LExpr => ({ k: "num", v });
export const nodeRef = (i: number, delay = 0): LExpr =>
  delay > 0 ? { k: "node", i, delay } : { k: "node", i };
export const not = (a: LExpr): LExpr => ({ k: "not", a });
export const bin = (op: BinOp, a: LExpr, b: LExpr): LExpr => ({ k: "bin", op, a, b });
export const cond = (c: LExpr, a: LExpr, b: LExpr): LExpr => ({ k: "cond", c, a, b });
export function and(...xs: LExpr[]): LExpr {
  if (xs.length === 0) return TRUE;
  return xs.reduce((acc, x) => bin("and", acc, x));
}
export function or(...xs: LExpr[]): LExpr {
  if (xs.length === 0) return FALSE;
  return xs.reduce((acc, x) => bin("or", acc, x));
}

/** One node of a logical network. */
export interface LogicalNode {
  readonly name: string;
  /** the Boolean update function (BoolNet factor, MaBoSS `logic`); absent = MaBoSS node without logic */
  logic?: LExpr;
  /** MaBoSS `rate_up` (used while the node is 0); default `@logic ? 1 : 0` */
  rateUp?: LExpr;
  /** MaBoSS `rate_down` (used while the node is 1); default `@logic ? 0 : 1` */
  rateDown?: LExpr;
  /** other MaBoSS attributes (`logic_p53 = …`), referenced as `@name` */
  attrs?: Record<string, LExpr>;
  /** free text: description, evidence (kept by writers as comments / notes) */
  notes?: string;
  /** 1-based line of the definition in its source file */
  line?: number;
}

export type LogicalFormat = "maboss" | "boolnet" | "bnet" | "sbml-qual" | "code";

/** A logical network: nodes in a fixed order (the order labels and state strings use). */
export interface LogicalNetwork {
  readonly nodes: LogicalNode[];
  /** parameters defined in the network file itself (MaBoSS allows `$x = …;` there) */
  parameters: Record<string, LExpr>;
  format: LogicalFormat;
  file?: string;
  /** BoolNet temporal networks: the largest delay used (0 for ordinary networks) */
  maxDelay: number;
}

/** Node index by name. */
export function nodeIndex(net: LogicalNetwork): Map<string, number> {
  const m = new Map<string, number>();
  net.nodes.forEach((n, i) => {
    m.set(n.name, i);
  });
  return m;
}

/** Nodes an expression reads (without following `@attr`). */
export function nodesRead(e: LExpr, out: Set<number> = new Set()): Set<number> {
  switch (e.k) {
    case "node":
      out.add(e.i);
      break;
    case "not":
    case "neg":
      nodesRead(e.a, out);
      break;
    case "bin":
      nodesRead(e.a, out);
      nodesRead(e.b, out);
      break;
    case "cond":
      nodesRead(e.c, out);
      nodesRead(e.a, out);
      nodesRead(e.b, out);
      break;
    default:
      break;
  }
  return out;
}

/** Map every subexpression bottom-up. */
export function mapExpr(e: LExpr, f: (e: LExpr) => LExpr): LExpr {
  switch (e.k) {
    case "not":
      return f({ k: "not", a: mapExpr(e.a, f) });
    case "neg":
      return f({ k: "neg", a: mapExpr(e.a, f) });
    case "bin":
      return f({ k: "bin", op: e.op, a: mapExpr(e.a, f), b: mapExpr(e.b, f) });
    case "cond":
      return f({ k: "cond", c: mapExpr(e.c, f), a: mapExpr(e.a, f), b: mapExpr(e.b, f) });
    default:
      return f(e);
  }
}

/** Constant value of an expression without node references, or undefined. */
export function constValue(e: LExpr): number | undefined {
  switch (e.k) {
    case "num":
      return e.v;
    case "not": {
      const a = constValue(e.a);
      return a === undefined ? undefined : a === 0 ? 1 : 0;
    }
    case "neg": {
      const a = constValue(e.a);
      return a === undefined ? undefined : -a;
    }
    case "bin": {
      const a = constValue(e.a);
      const b = constValue(e.b);
      // short circuits: FALSE and x = FALSE, TRUE or x = TRUE, whatever x is
      if (e.op === "and" && (a === 0 || b === 0)) return 0;
      if (e.op === "or" && ((a !== undefined && a !== 0) || (b !== undefined && b !== 0))) return 1;
      if (a === undefined || b === undefined) return undefined;
      return applyBin(e.op, a, b);
    }
    case "cond": {
      const c = constValue(e.c);
      if (c === undefined) return undefined;
      return constValue(c !== 0 ? e.a : e.b);
    }
    default:
      return undefined;
  }
}

export function applyBin(op: BinOp, a: number, b: number): number {
  switch (op) {
    case "and":
      return a !== 0 && b !== 0 ? 1 : 0;
    case "or":
      return a !== 0 || b !== 0 ? 1 : 0;
    case "xor":
      return (a !== 0) !== (b !== 0) ? 1 : 0;
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "==":
      return a === b ? 1 : 0;
    case "!=":
      return a !== b ? 1 : 0;
    case "<":
      return a < b ? 1 : 0;
    case "<=":
      return a <= b ? 1 : 0;
    case ">":
      return a > b ? 1 : 0;
    case ">=":
      return a >= b ? 1 : 0;
  }
}

/** Reference interpreter (tests and one-off evaluation); `x(i, delay)` gives node values as 0/1. */
export function evalExpr(
  e: LExpr,
  x: (i: number, delay: number) => number,
  params: Readonly<Record<string, number>> = {},
  attr?: (name: string) => number,
): number {
  switch (e.k) {
    case "num":
      return e.v;
    case "node":
      return x(e.i, e.delay ?? 0);
    case "param": {
      const v = params[e.name];
      if (v === undefined) throw new Error(`parameter $${e.name} has no value`);
      return v;
    }
    case "attr":
      if (!attr) throw new Error(`@${e.name} outside a node`);
      return attr(e.name);
    case "not":
      return evalExpr(e.a, x, params, attr) === 0 ? 1 : 0;
    case "neg":
      return -evalExpr(e.a, x, params, attr);
    case "bin":
      if (e.op === "and")
        return evalExpr(e.a, x, params, attr) !== 0 && evalExpr(e.b, x, params, attr) !== 0 ? 1 : 0;
      if (e.op === "or")
        return evalExpr(e.a, x, params, attr) !== 0 || evalExpr(e.b, x, params, attr) !== 0 ? 1 : 0;
      return applyBin(e.op, evalExpr(e.a, x, params, attr), evalExpr(e.b, x, params, attr));
    case "cond":
      return evalExpr(e.c, x, params, attr) !== 0
        ? evalExpr(e.a, x, params, attr)
        : evalExpr(e.b, x, params, attr);
  }
}

const PREC: Record<BinOp, number> = {
  or: 1,
  xor: 2,
  and: 3,
  "==": 4,
  "!=": 4,
  "<": 5,
  "<=": 5,
  ">": 5,
  ">=": 5,
  "+": 6,
  "-": 6,
  "*": 7,
  "/": 7,
};

export type PrintDialect = "maboss" | "bnet";

/**
 * Infix text of an expression. `maboss` prints `AND/OR/NOT/XOR` and `$p`, `@a`; `bnet` prints `& | !`
 * (BoolNet and BNET), only for pure Boolean functions, and delays as BoolNet's `X[-k]`.
 */
export function printExpr(
  e: LExpr,
  names: readonly string[],
  dialect: PrintDialect = "maboss",
  outer = 0,
): string {
  const sym =
    dialect === "bnet"
      ? { and: "&", or: "|", xor: "^", not: "!" }
      : { and: "AND", or: "OR", xor: "XOR", not: "NOT " };
  switch (e.k) {
    case "num":
      if (dialect === "bnet") return e.v !== 0 ? "1" : "0";
      return Number.isFinite(e.v) ? String(e.v) : e.v > 0 ? "1e+300" : "-1e+300";
    case "node":
      return names[e.i] + (e.delay ? `[-${e.delay + 1}]` : "");
    case "param":
      return `$${e.name}`;
    case "attr":
      return `@${e.name}`;
    case "not":
      return `${sym.not}${printExpr(e.a, names, dialect, 8)}`;
    case "neg":
      return `-${printExpr(e.a, names, dialect, 8)}`;
    case "bin": {
      const p = PREC[e.op];
      const op = e.op === "and" ? sym.and : e.op === "or" ? sym.or : e.op === "xor" ? sym.xor : e.op;
      const s = `${printExpr(e.a, names, dialect, p)} ${op} ${printExpr(e.b, names, dialect, p + 1)}`;
      return p < outer ? `(${s})` : s;
    }
    case "cond": {
      const s = `${printExpr(e.c, names, dialect, 1)} ? ${printExpr(e.a, names, dialect, 0)} : ${printExpr(e.b, names, dialect, 0)}`;
      return outer > 0 ? `(${s})` : s;
    }
  }
}
