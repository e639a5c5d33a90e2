/**
 * Parser of infix formulas into the expression AST — the inverse of infix-print.ts. Used for PEtab
 * formulas, model-as-code rate laws and the CLI's `--set k=expr`.
 *
 * Syntax: libSBML's Level 3 formula text (SBML_parseL3Formula;
 * https://sbml.org/software/libsbml/5.18.0/docs/formatted/c-api/group__l3-formula-parsing.html) and PEtab v2
 * math (https://petab.readthedocs.io/en/latest/v2/documentation_data_format.html#math-expressions-syntax;
 * its 98 test expressions are in ../shared/petab/math_tests_v2.yaml and all pass). Precedence, loosest first:
 * `&&` `||` (one level, left-associative, as PEtab v2 specifies) < relational (non-associative; a chain of the
 * same operator a < b < c is the n-ary MathML lt(a, b, c)) < `+ -` < `* /` < unary `- + !` < `^` (also `**`,
 * right-associative, its exponent may carry a sign: 2^-1) < atoms. `-2` directly before anything but `^`
 * is the literal −2 (so `-2^2` is −4).
 *
 * Names: numbers (1, 1.5, .5, 1e-3, 1E+3); true/false; pi, exponentiale (and e is NOT special),
 * avogadro, time; INF/inf/infinity and NaN/nan/notanumber. Functions: exp, ln, log (one argument: log10 in
 * the "sbml" dialect as libSBML's default, ln in "petab"; two arguments: log(base, x) in "sbml",
 * log(x, base) in "petab"), log10, log2, sqrt, root(n, x), pow/power, abs, sign, floor, ceil/ceiling,
 * factorial, min, max, rem, quotient, the trigonometric and hyperbolic functions with their inverses
 * (arcsin or asin, …), piecewise(v1, c1, …, [otherwise]), delay, rateOf, lambda(x, body), and the MathML
 * names of the operators themselves (plus, times, minus, divide, eq, lt, and, or, xor, not, implies, …).
 * Any other name called like a function is a user function ({kind: "fn"}).
 *
 * Errors are EngineError(INFIX_SYNTAX) naming the column, with the formula and a caret under the spot.
 */

import { Codes, EngineError, type SourceLocation } from "../messages.js";
import type { Expr, Op } from "./ast.js";
import { arity, isOp } from "./ops.js";

export interface ParseInfixOptions {
  /** "sbml" (default) or "petab": only the meaning of log(x) and log(a, b) differ. */
  dialect?: "sbml" | "petab";
  /**
   * Names that are model symbols and win over reserved words: a parameter called `time`, `pi` or `delay`
   * (legal in SBML) is then read as that parameter.
   */
  symbols?: ReadonlySet<string>;
  /** Names of user functions that win over the built-in functions of the same name. */
  functions?: ReadonlySet<string>;
  /** Where the formula comes from, for error messages (file, line, element). */
  location?: SourceLocation;
  /**
   * Meaning of log(x) with one argument (libSBML's L3P_PARSE_LOG_AS_LOG10 / _LN / _ERROR setting):
   * default "log10" in the "sbml" dialect, "ln" in "petab". The SBML Test Suite's prose writes ln as log.
   */
  singleArgLog?: "log10" | "ln" | "error";
}

type TokKind = "num" | "id" | "op" | "end";
interface Token {
  kind: TokKind;
  text: string;
  pos: number;
  value?: number;
}

const TWO_CHAR = new Set(["==", "!=", "<=", ">=", "&&", "||", "**"]);
const ONE_CHAR = new Set(["+", "-", "*", "/", "^", "(", ")", ",", "<", ">", "!"]);

const CONSTANTS: Record<string, Expr> = {
  true: { kind: "bool", value: true },
  True: { kind: "bool", value: true },
  TRUE: { kind: "bool", value: true },
  false: { kind: "bool", value: false },
  False: { kind: "bool", value: false },
  FALSE: { kind: "bool", value: false },
  pi: { kind: "const", name: "pi" },
  exponentiale: { kind: "const", name: "exponentiale" },
  avogadro: { kind: "avogadro" },
  time: { kind: "time" },
  INF: { kind: "const", name: "infinity" },
  Inf: { kind: "const", name: "infinity" },
  inf: { kind: "const", name: "infinity" },
  infinity: { kind: "const", name: "infinity" },
  Infinity: { kind: "const", name: "infinity" },
  NaN: { kind: "const", name: "notanumber" },
  nan: { kind: "const", name: "notanumber" },
  NAN: { kind: "const", name: "notanumber" },
  notanumber: { kind: "const", name: "notanumber" },
};

/** Alternative spellings of operators used as function names. */
const ALIASES: Record<string, Op> = {
  ceil: "ceiling",
  asin: "arcsin",
  acos: "arccos",
  atan: "arctan",
  asec: "arcsec",
  acsc: "arccsc",
  acot: "arccot",
  asinh: "arcsinh",
  acosh: "arccosh",
  atanh: "arctanh",
  asech: "arcsech",
  acsch: "arccsch",
  acoth: "arccoth",
  pow: "power",
};

const RELATIONAL: Record<string, Op> = {
  "==": "eq",
  "!=": "neq",
  "<": "lt",
  ">": "gt",
  "<=": "leq",
  ">=": "geq",
};

/** Parses an infix formula. Throws EngineError(INFIX_SYNTAX) with column and caret on bad input. */
export function parseInfix(text: string, opts: ParseInfixOptions = {}): Expr {
  return new Parser(text, opts).parseAll();
}

class Parser {
  private readonly toks: Token[];
  private i = 0;
  private readonly dialect: "sbml" | "petab";

  constructor(
    private readonly src: string,
    private readonly opts: ParseInfixOptions,
  ) {
    this.dialect = opts.dialect ?? "sbml";
    this.toks = this.tokenize();
  }

  // ---- errors ----
  private fail(pos: number, message: string, hint?: string): never {
    const col = pos + 1;
    const line = this.src.replace(/[\r\n\t]/g, " ");
    const snippet = `\n    ${line}\n    ${" ".repeat(pos)}^`;
    throw new EngineError(
      Codes.INFIX_SYNTAX,
      `${message} at column ${col}${snippet}`,
      this.opts.location,
      hint,
    );
  }

  private describe(t: Token): string {
    return t.kind === "end" ? "end of formula" : `'${t.text}'`;
  }

  // ---- tokens ----
  private tokenize(): Token[] {
    const s = this.src;
    const out: Token[] = [];
    let p = 0;
    while (p < s.length) {
      const c = s[p];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") {
        p++;
        continue;
      }
      const numMatch = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(s.slice(p));
      if (numMatch) {
        const text = numMatch[0];
        const next = s[p + text.length];
        if (next !== undefined && /[A-Za-z_]/.test(next)) {
          // 1e, 2x, 3.5ml: a number glued to a name
          if (/[eE]/.test(next) && /^[eE][+-]?(\D|$)/.test(s.slice(p + text.length))) {
            this.fail(p + text.length, `malformed number '${text}${next}': the exponent has no digits`);
          }
          this.fail(
            p + text.length,
            `unexpected '${next}' right after the number '${text}'`,
            "write the multiplication explicitly, e.g. 2*x",
          );
        }
        out.push({ kind: "num", text, pos: p, value: Number(text) });
        p += text.length;
        continue;
      }
      const idMatch = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(p));
      if (idMatch) {
        out.push({ kind: "id", text: idMatch[0], pos: p });
        p += idMatch[0].length;
        continue;
      }
      const two = s.slice(p, p + 2);
      if (TWO_CHAR.has(two)) {
        out.push({ kind: "op", text: two, pos: p });
        p += 2;
        continue;
      }
      if (ONE_CHAR.has(c)) {
        out.push({ kind: "op", text: c, pos: p });
        p++;
        continue;
      }
      if (c === "=") this.fail(p, "unexpected '='", "use '==' to compare; an assignment is not a formula");
      if (c === "&") this.fail(p, "unexpected '&'", "logical and is '&&'");
      if (c === "|") this.fail(p, "unexpected '|'", "logical or is '||'");
      if (c === "%") this.fail(p, "unexpected '%'", "use rem(a, b) for the remainder");
      if (c === "[" || c === "{") this.fail(p, `unexpected '${c}'`, "use round parentheses ( ) for grouping");
      this.fail(p, `unexpected character '${c}'`);
    }
    out.push({ kind: "end", text: "", pos: s.length });
    return out;
  }

  private peek(k = 0): Token {
    return this.toks[Math.min(this.i + k, this.toks.length - 1)];
  }

  private next(): Token {
    const t = this.toks[this.i];
    if (this.i < this.toks.length - 1) this.i++;
    return t;
  }

  private isOp(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === "op" && t.text === text;
  }

  private expect(text: string, openPos?: number): Token {
    const t = this.peek();
    if (t.kind === "op" && t.text === text) return this.next();
    if (text === ")" && openPos !== undefined) {
      this.fail(t.pos, `expected ')' to close the '(' at column ${openPos + 1}, found ${this.describe(t)}`);
    }
    return this.fail(t.pos, `expected '${text}', found ${this.describe(t)}`);
  }

  // ---- grammar ----
  parseAll(): Expr {
    if (this.peek().kind === "end") this.fail(0, "empty formula");
    const e = this.parseLogical();
    const t = this.peek();
    if (t.kind !== "end") {
      if (t.kind === "op" && t.text === ")") this.fail(t.pos, "unbalanced ')': no '(' to close");
      this.fail(
        t.pos,
        `unexpected ${this.describe(t)} after a complete expression`,
        "is an operator missing?",
      );
    }
    return e;
  }

  private parseLogical(): Expr {
    let cur = this.parseRelational();
    let chainOp: Op | undefined; // op of the n-ary node this loop built last
    for (;;) {
      const t = this.peek();
      if (!(t.kind === "op" && (t.text === "&&" || t.text === "||"))) return cur;
      this.next();
      const op: Op = t.text === "&&" ? "and" : "or";
      const rhs = this.parseRelational();
      if (chainOp === op && cur.kind === "call") cur = { kind: "call", op, args: [...cur.args, rhs] };
      else cur = { kind: "call", op, args: [cur, rhs] };
      chainOp = op;
    }
  }

  private parseRelational(): Expr {
    const first = this.parseAdditive();
    const t = this.peek();
    if (!(t.kind === "op" && t.text in RELATIONAL)) return first;
    const op = RELATIONAL[t.text];
    const args = [first];
    while (this.peek().kind === "op" && this.peek().text in RELATIONAL) {
      const u = this.next();
      if (RELATIONAL[u.text] !== op) {
        this.fail(
          u.pos,
          `mixed comparison chain '${t.text}' … '${u.text}'`,
          "combine comparisons with && and parentheses",
        );
      }
      args.push(this.parseAdditive());
    }
    return { kind: "call", op, args };
  }

  private parseAdditive(): Expr {
    let cur = this.parseMultiplicative();
    let chained = false;
    for (;;) {
      const t = this.peek();
      if (!(t.kind === "op" && (t.text === "+" || t.text === "-"))) return cur;
      this.next();
      const rhs = this.parseMultiplicative();
      if (t.text === "+") {
        if (chained && cur.kind === "call") cur = { kind: "call", op: "plus", args: [...cur.args, rhs] };
        else cur = { kind: "call", op: "plus", args: [cur, rhs] };
        chained = true;
      } else {
        cur = { kind: "call", op: "minus", args: [cur, rhs] };
        chained = false;
      }
    }
  }

  private parseMultiplicative(): Expr {
    let cur = this.parseUnary();
    let chained = false;
    for (;;) {
      const t = this.peek();
      if (!(t.kind === "op" && (t.text === "*" || t.text === "/"))) return cur;
      this.next();
      const rhs = this.parseUnary();
      if (t.text === "*") {
        if (chained && cur.kind === "call") cur = { kind: "call", op: "times", args: [...cur.args, rhs] };
        else cur = { kind: "call", op: "times", args: [cur, rhs] };
        chained = true;
      } else {
        cur = { kind: "call", op: "divide", args: [cur, rhs] };
        chained = false;
      }
    }
  }

  private parseUnary(): Expr {
    const t = this.peek();
    if (t.kind === "op" && t.text === "-") {
      this.next();
      const n = this.peek();
      // "-2" is the literal −2 unless a power follows ("-2^2" is −(2²))
      if (n.kind === "num" && !this.isOp("^", 1) && !this.isOp("**", 1)) {
        this.next();
        return { kind: "num", value: -(n.value as number) };
      }
      if (n.kind === "end") this.fail(n.pos, "the formula ends after '-'");
      return { kind: "call", op: "minus", args: [this.parseUnary()] };
    }
    if (t.kind === "op" && t.text === "+") {
      this.next();
      return this.parseUnary();
    }
    if (t.kind === "op" && t.text === "!") {
      this.next();
      return { kind: "call", op: "not", args: [this.parseUnary()] };
    }
    return this.parsePower();
  }

  private parsePower(): Expr {
    const base = this.parsePrimary();
    if (this.isOp("^") || this.isOp("**")) {
      this.next();
      const exponent = this.parseUnary();
      return { kind: "call", op: "power", args: [base, exponent] };
    }
    return base;
  }

  private parsePrimary(): Expr {
    const t = this.next();
    if (t.kind === "num") return { kind: "num", value: t.value as number };
    if (t.kind === "id") {
      if (this.isOp("(")) return this.parseCall(t);
      if (this.opts.symbols?.has(t.text)) return { kind: "sym", name: t.text };
      const c = CONSTANTS[t.text];
      return c ?? { kind: "sym", name: t.text };
    }
    if (t.kind === "op" && t.text === "(") {
      if (this.isOp(")")) this.fail(this.peek().pos, "empty parentheses");
      const e = this.parseLogical();
      this.expect(")", t.pos);
      return e;
    }
    if (t.kind === "end") this.fail(t.pos, "the formula ends where a value was expected");
    if (t.kind === "op" && t.text === ")") this.fail(t.pos, "unexpected ')' where a value was expected");
    if (t.kind === "op" && t.text === ",") this.fail(t.pos, "unexpected ',' outside a function call");
    return this.fail(t.pos, `unexpected ${this.describe(t)} where a value was expected`);
  }

  private parseArgs(open: Token): { args: Expr[]; pos: number[] } {
    this.expect("(");
    const args: Expr[] = [];
    const pos: number[] = [];
    if (this.isOp(")")) {
      this.next();
      return { args, pos };
    }
    for (;;) {
      pos.push(this.peek().pos);
      if (this.isOp(",") || this.isOp(")"))
        this.fail(this.peek().pos, `missing argument in the call of '${open.text}'`);
      args.push(this.parseLogical());
      if (this.isOp(",")) {
        this.next();
        continue;
      }
      const t = this.peek();
      if (t.kind === "op" && t.text === ")") {
        this.next();
        return { args, pos };
      }
      this.fail(
        t.pos,
        `expected ',' or ')' in the call of '${open.text}' (opened at column ${open.pos + 1}), found ${this.describe(t)}`,
      );
    }
  }

  private parseCall(nameTok: Token): Expr {
    const name = nameTok.text;
    const { args, pos } = this.parseArgs(nameTok);
    const n = args.length;
    const arityError = (want: string): never => this.fail(nameTok.pos, `'${name}' takes ${want}, got ${n}`);
    if (this.opts.functions?.has(name)) return { kind: "fn", name, args };
    const call = (op: Op, a: Expr[]): Expr => ({ kind: "call", op, args: a });
    switch (name) {
      case "log":
        if (n === 1) {
          const mode = this.opts.singleArgLog ?? (this.dialect === "petab" ? "ln" : "log10");
          if (mode === "error") {
            this.fail(nameTok.pos, "log(x) with one argument is ambiguous here", "write ln(x) or log10(x)");
          }
          return mode === "ln" ? call("ln", args) : call("log", [{ kind: "num", value: 10 }, args[0]]);
        }
        if (n === 2) return this.dialect === "petab" ? call("log", [args[1], args[0]]) : call("log", args);
        return arityError("1 or 2 arguments");
      case "log10":
        return n === 1 ? call("log", [{ kind: "num", value: 10 }, args[0]]) : arityError("1 argument");
      case "log2":
        return n === 1 ? call("log", [{ kind: "num", value: 2 }, args[0]]) : arityError("1 argument");
      case "sqrt":
        return n === 1 ? call("root", [{ kind: "num", value: 2 }, args[0]]) : arityError("1 argument");
      case "root":
        if (n === 1) return call("root", [{ kind: "num", value: 2 }, args[0]]);
        return n === 2 ? call("root", args) : arityError("1 or 2 arguments");
      case "sign": {
        if (n !== 1) return arityError("1 argument");
        const x = args[0];
        const zero: Expr = { kind: "num", value: 0 };
        return {
          kind: "piecewise",
          pieces: [
            { value: { kind: "num", value: 1 }, cond: call("gt", [x, zero]) },
            { value: { kind: "num", value: -1 }, cond: call("lt", [x, zero]) },
          ],
          otherwise: zero,
        };
      }
      case "piecewise": {
        const pieces: { value: Expr; cond: Expr }[] = [];
        for (let k = 0; k + 1 < n; k += 2) pieces.push({ value: args[k], cond: args[k + 1] });
        return n % 2 === 1
          ? { kind: "piecewise", pieces, otherwise: args[n - 1] }
          : { kind: "piecewise", pieces };
      }
      case "lambda": {
        if (n === 0) return arityError("at least 1 argument (the body)");
        const params: string[] = [];
        for (let k = 0; k < n - 1; k++) {
          const p = args[k];
          if (p.kind !== "sym") this.fail(pos[k], "lambda parameters must be plain names");
          params.push(p.name);
        }
        return { kind: "lambda", params, body: args[n - 1] };
      }
      default:
        break;
    }
    const op: string = ALIASES[name] ?? name;
    if (isOp(op)) {
      const [lo, hi] = arity(op);
      if (n < lo || n > hi) {
        arityError(
          lo === hi
            ? `${lo} argument${lo === 1 ? "" : "s"}`
            : hi === Number.POSITIVE_INFINITY
              ? `at least ${lo} argument${lo === 1 ? "" : "s"}`
              : `${lo} or ${hi} arguments`,
        );
      }
      return call(op, args);
    }
    return { kind: "fn", name, args };
  }
}
