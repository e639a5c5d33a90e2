/**
 * Tokens and expression parser shared by the logical-model readers (MaBoSS .bnd/.cfg, BoolNet .bn,
 * .bnet). Precedence is MaBoSS's C-like order (BooleanGrammar.y of MaBoSS 2.x): `?:` < OR < XOR < AND
 * < `== !=` < relational < `+ -` < `* /` < unary (`!`, NOT, `-`). BoolNet factors only use `! & |`
 * and parentheses, for which both orders agree (`&` binds tighter than `|`).
 *
 * Names are resolved by a callback so each reader decides what a bare name means (a node, created
 * on first use in MaBoSS order, or an error naming the line).
 */
import { Codes, EngineError } from "../messages.js";
import type { BinOp, LExpr } from "./ast.js";

export type TokKind = "id" | "num" | "param" | "attr" | "op" | "eof";
export interface Token {
  kind: TokKind;
  text: string;
  line: number;
  value?: number;
}

export interface LexOptions {
  file?: string;
  /** `#` starts a comment (BoolNet, BNET) */
  hashComments?: boolean;
  /** `//` and block comments (MaBoSS) */
  cComments?: boolean;
  /** line number of the first character (when lexing one line of a file) */
  startLine?: number;
}

const OPS = [
  "&&",
  "||",
  "==",
  "!=",
  "<=",
  ">=",
  "&",
  "|",
  "!",
  "^",
  "?",
  ":",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ",",
  ";",
  "=",
  "<",
  ">",
  "+",
  "-",
  "*",
  "/",
  ".",
];

export function lex(text: string, o: LexOptions): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = o.startLine ?? 1;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v" || c === "\ufeff") {
      i++;
      continue;
    }
    if (o.hashComments && c === "#") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (o.cComments && c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (o.cComments && c === "/" && text[i + 1] === "*") {
      const start = line;
      i += 2;
      while (i < n && !(text[i] === "*" && text[i + 1] === "/")) {
        if (text[i] === "\n") line++;
        i++;
      }
      if (i >= n)
        throw new EngineError(Codes.LOGIC_SYNTAX, "unterminated /* comment", { file: o.file, line: start });
      i += 2;
      continue;
    }
    if (c === '"') {
      // MaBoSS string attributes (description = "…"): kept as an opaque token
      const start = i;
      i++;
      while (i < n && text[i] !== '"') {
        if (text[i] === "\n") line++;
        i++;
      }
      if (i >= n) throw new EngineError(Codes.LOGIC_SYNTAX, "unterminated string", { file: o.file, line });
      i++;
      out.push({ kind: "op", text: text.slice(start, i), line });
      continue;
    }
    const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (m && (/\d/.test(c) || (c === "." && /\d/.test(text[i + 1] ?? "")))) {
      out.push({ kind: "num", text: m[0], line, value: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (c === "$" || c === "@" || /[A-Za-z_]/.test(c)) {
      let j = c === "$" || c === "@" ? i + 1 : i;
      while (j < n && /[A-Za-z0-9_]/.test(text[j])) j++;
      const name = text.slice(c === "$" || c === "@" ? i + 1 : i, j);
      if (name === "")
        throw new EngineError(Codes.LOGIC_SYNTAX, `"${c}" must be followed by a name`, {
          file: o.file,
          line,
        });
      out.push({ kind: c === "$" ? "param" : c === "@" ? "attr" : "id", text: name, line });
      i = j;
      continue;
    }
    const op = OPS.find((p) => text.startsWith(p, i));
    if (!op) throw new EngineError(Codes.LOGIC_SYNTAX, `unexpected character "${c}"`, { file: o.file, line });
    out.push({ kind: "op", text: op, line });
    i += op.length;
  }
  out.push({ kind: "eof", text: "end of file", line });
  return out;
}

export interface ParseContext {
  file?: string;
  /** resolve a bare name to an expression (node reference), or throw */
  name(name: string, line: number): LExpr;
  /** accept MaBoSS words (AND, OR, NOT, XOR, TRUE, FALSE) */
  words: boolean;
  /** accept BoolNet temporal `X[-k]` */
  delays?: boolean;
}

/** A cursor over tokens with an expression parser. */
export class TokenStream {
  pos = 0;
  constructor(
    readonly toks: Token[],
    readonly file?: string,
  ) {}
  peek(o = 0): Token {
    return this.toks[Math.min(this.pos + o, this.toks.length - 1)];
  }
  next(): Token {
    const t = this.toks[this.pos];
    if (this.pos < this.toks.length - 1) this.pos++;
    return t;
  }
  isOp(text: string, o = 0): boolean {
    const t = this.peek(o);
    return t.kind === "op" && t.text === text;
  }
  accept(text: string): boolean {
    if (this.isOp(text)) {
      this.pos++;
      return true;
    }
    return false;
  }
  expect(text: string, what?: string): Token {
    const t = this.peek();
    if (t.kind !== "op" || t.text !== text)
      this.fail(`expected "${text}"${what ? ` ${what}` : ""}, found ${describe(t)}`, t);
    return this.next();
  }
  expectId(what: string): Token {
    const t = this.peek();
    if (t.kind !== "id") this.fail(`expected ${what}, found ${describe(t)}`, t);
    return this.next();
  }
  fail(msg: string, t: Token = this.peek()): never {
    throw new EngineError(Codes.LOGIC_SYNTAX, msg, { file: this.file, line: t.line });
  }

  parseExpr(ctx: ParseContext): LExpr {
    const c = this.parseBinary(ctx, 1);
    if (this.accept("?")) {
      const a = this.parseExpr(ctx);
      this.expect(":", "in a ? b : c");
      const b = this.parseExpr(ctx);
      return { k: "cond", c, a, b };
    }
    return c;
  }

  private binOp(ctx: ParseContext): { op: BinOp; prec: number; len: number } | undefined {
    const t = this.peek();
    if (t.kind === "id" && ctx.words) {
      const w = t.text.toUpperCase();
      if (w === "AND") return { op: "and", prec: 3, len: 1 };
      if (w === "OR") return { op: "or", prec: 1, len: 1 };
      if (w === "XOR") return { op: "xor", prec: 2, len: 1 };
      return undefined;
    }
    if (t.kind !== "op") return undefined;
    switch (t.text) {
      case "|":
      case "||":
        return { op: "or", prec: 1, len: 1 };
      case "^":
        return { op: "xor", prec: 2, len: 1 };
      case "&":
      case "&&":
        return { op: "and", prec: 3, len: 1 };
      case "==":
      case "!=":
        return { op: t.text as BinOp, prec: 4, len: 1 };
      case "<":
      case "<=":
      case ">":
      case ">=":
        return { op: t.text as BinOp, prec: 5, len: 1 };
      case "+":
      case "-":
        return { op: t.text as BinOp, prec: 6, len: 1 };
      case "*":
      case "/":
        return { op: t.text as BinOp, prec: 7, len: 1 };
      default:
        return undefined;
    }
  }

  private parseBinary(ctx: ParseContext, minPrec: number): LExpr {
    let a = this.parseUnary(ctx);
    for (;;) {
      const op = this.binOp(ctx);
      if (!op || op.prec < minPrec) return a;
      this.pos += op.len;
      const b = this.parseBinary(ctx, op.prec + 1);
      a = { k: "bin", op: op.op, a, b };
    }
  }

  private parseUnary(ctx: ParseContext): LExpr {
    const t = this.peek();
    if (
      (t.kind === "op" && t.text === "!") ||
      (ctx.words && t.kind === "id" && t.text.toUpperCase() === "NOT")
    ) {
      this.next();
      return { k: "not", a: this.parseUnary(ctx) };
    }
    if (t.kind === "op" && t.text === "-") {
      this.next();
      const a = this.parseUnary(ctx);
      return a.k === "num" ? { k: "num", v: -a.v } : { k: "neg", a };
    }
    if (t.kind === "op" && t.text === "+") {
      this.next();
      return this.parseUnary(ctx);
    }
    return this.parsePrimary(ctx);
  }

  private parsePrimary(ctx: ParseContext): LExpr {
    const t = this.next();
    switch (t.kind) {
      case "num":
        return { k: "num", v: t.value as number };
      case "param":
        return { k: "param", name: t.text };
      case "attr":
        return { k: "attr", name: t.text };
      case "id": {
        if (ctx.words) {
          const w = t.text.toUpperCase();
          if (w === "TRUE") return { k: "num", v: 1 };
          if (w === "FALSE") return { k: "num", v: 0 };
          if (w === "AND" || w === "OR" || w === "XOR")
            this.fail(`operator ${t.text} where an operand was expected`, t);
        }
        const ref = ctx.name(t.text, t.line);
        if (ctx.delays && this.isOp("[")) {
          this.next();
          this.expect("-", "in a BoolNet time delay X[-k]");
          const d = this.next();
          if (d.kind !== "num" || !Number.isInteger(d.value) || (d.value as number) < 1)
            this.fail("a time delay must be X[-k] with an integer k ≥ 1", d);
          this.expect("]");
          if (ref.k !== "node") this.fail(`a time delay applies to a gene, not to ${t.text}`, t);
          const delay = (d.value as number) - 1;
          return delay > 0 ? { k: "node", i: ref.i, delay } : ref;
        }
        return ref;
      }
      case "op":
        if (t.text === "(") {
          const e = this.parseExpr(ctx);
          this.expect(")", "to close (");
          return e;
        }
        this.fail(`unexpected ${describe(t)} where an operand was expected`, t);
        break;
      case "eof":
        this.fail("unexpected end of file in an expression", t);
    }
    this.fail(`unexpected ${describe(t)}`, t);
  }
}

export function describe(t: Token): string {
  if (t.kind === "eof") return "end of file";
  if (t.kind === "param") return `"$${t.text}"`;
  if (t.kind === "attr") return `"@${t.text}"`;
  return `"${t.text}"`;
}
