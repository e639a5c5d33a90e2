/**
 * MathML (content markup) ⇄ expression AST, for the subset SBML uses.
 *
 * Reference: SBML Level 3 Version 2 Core specification, section 3.4 "Mathematical formulas"
 * (Hucka et al., J. Integr. Bioinform. 2019, doi:10.1515/jib-2019-0021) and W3C MathML 2.0
 * chapter 4 (content markup). Conventions taken from there:
 * - `cn` types: integer, real (default), double, e-notation (`m<sep/>e` = m·10^e), rational
 *   (`n<sep/>d` = n/d); all folded to a double; L3 `sbml:units` kept in `units`.
 * - `log` without `<logbase>` is base 10, `root` without `<degree>` is degree 2; both defaults are
 *   made explicit: log(base, x), root(degree, x).
 * - Empty n-ary operators take their MathML identity: plus() = 0, times() = 1, and() = true,
 *   or() = false, xor() = false; these are folded to constants by the reader, so later passes
 *   only see n-ary calls with at least one argument; a relational chain of one operand is
 *   `true`, so relational calls always have at least two.
 * - csymbols by definitionURL: http://www.sbml.org/sbml/symbols/{time,avogadro,delay,rateOf}.
 * - `semantics` is transparent (its first child is the expression; annotations are dropped).
 */
import { Codes, EngineError, type SourceLocation } from "../messages.js";
import { attr, childElements, escapeAttr, escapeText, type XmlElement } from "../xml/parse.js";
import type { Expr, Op } from "./ast.js";

export const MATHML_NS = "http://www.w3.org/1998/Math/MathML";
export const CSYMBOL_TIME = "http://www.sbml.org/sbml/symbols/time";
export const CSYMBOL_AVOGADRO = "http://www.sbml.org/sbml/symbols/avogadro";
export const CSYMBOL_DELAY = "http://www.sbml.org/sbml/symbols/delay";
export const CSYMBOL_RATE_OF = "http://www.sbml.org/sbml/symbols/rateOf";

/** Context for diagnostics: file name and the SBML element the math belongs to. */
export interface MathMLContext {
  file?: string;
  element?: string;
}

/** Operators that map 1:1 from a MathML element name; value = allowed arity [min, max]. */
const OPS: Readonly<Record<string, readonly [number, number]>> = {
  plus: [0, Infinity],
  minus: [1, 2],
  times: [0, Infinity],
  divide: [2, 2],
  power: [2, 2],
  abs: [1, 1],
  exp: [1, 1],
  ln: [1, 1],
  floor: [1, 1],
  ceiling: [1, 1],
  factorial: [1, 1],
  min: [1, Infinity],
  max: [1, Infinity],
  rem: [2, 2],
  quotient: [2, 2],
  sin: [1, 1],
  cos: [1, 1],
  tan: [1, 1],
  sec: [1, 1],
  csc: [1, 1],
  cot: [1, 1],
  sinh: [1, 1],
  cosh: [1, 1],
  tanh: [1, 1],
  sech: [1, 1],
  csch: [1, 1],
  coth: [1, 1],
  arcsin: [1, 1],
  arccos: [1, 1],
  arctan: [1, 1],
  arcsec: [1, 1],
  arccsc: [1, 1],
  arccot: [1, 1],
  arcsinh: [1, 1],
  arccosh: [1, 1],
  arctanh: [1, 1],
  arcsech: [1, 1],
  arccsch: [1, 1],
  arccoth: [1, 1],
  eq: [1, Infinity],
  neq: [2, 2],
  gt: [1, Infinity],
  lt: [1, Infinity],
  geq: [1, Infinity],
  leq: [1, Infinity],
  and: [0, Infinity],
  or: [0, Infinity],
  xor: [0, Infinity],
  not: [1, 1],
  implies: [2, 2],
};

/** n-ary relational operators (chains a < b < c). */
const RELATIONAL_CHAINS = new Set(["eq", "gt", "lt", "geq", "leq"]);

/** Identity of an empty n-ary operator (MathML 2.0 §4.4). */
const EMPTY_IDENTITY: Readonly<Record<string, Expr>> = {
  plus: { kind: "num", value: 0 },
  times: { kind: "num", value: 1 },
  and: { kind: "bool", value: true },
  or: { kind: "bool", value: false },
  xor: { kind: "bool", value: false },
};

/**
 * Read a MathML element — either `<math>` (whose single child is read) or any content element —
 * into an `Expr`. Throws EngineError (E-MATH-00x) naming the element and line.
 */
export function readMathML(el: XmlElement, ctx: MathMLContext = {}): Expr {
  if (el.local === "math") {
    const kids = childElements(el);
    if (kids.length !== 1) {
      throw err(
        Codes.MATHML_ARITY,
        `<math> must contain exactly one expression, found ${kids.length}`,
        el,
        ctx,
      );
    }
    return readNode(kids[0] as XmlElement, ctx);
  }
  return readNode(el, ctx);
}

function loc(el: XmlElement, ctx: MathMLContext): SourceLocation {
  const l: SourceLocation = { line: el.line, column: el.column };
  if (ctx.file !== undefined) l.file = ctx.file;
  l.element = ctx.element ?? el.name;
  return l;
}

function err(code: string, message: string, el: XmlElement, ctx: MathMLContext): EngineError {
  return new EngineError(code, `${message} (MathML <${el.local}> at line ${el.line})`, loc(el, ctx));
}

function readNode(el: XmlElement, ctx: MathMLContext): Expr {
  if (el.uri !== MATHML_NS) {
    throw err(Codes.MATHML_UNKNOWN, `element <${el.name}> is not MathML (namespace "${el.uri}")`, el, ctx);
  }
  switch (el.local) {
    case "cn":
      return readCn(el, ctx);
    case "ci": {
      const name = ownText(el).trim();
      if (!name) throw err(Codes.MATHML_UNKNOWN, "empty <ci>", el, ctx);
      return { kind: "sym", name };
    }
    case "csymbol": {
      const url = (attr(el, "definitionURL") ?? "").trim();
      if (url === CSYMBOL_TIME) return { kind: "time" };
      if (url === CSYMBOL_AVOGADRO) return { kind: "avogadro" };
      if (url === CSYMBOL_DELAY || url === CSYMBOL_RATE_OF) {
        throw err(
          Codes.MATHML_ARITY,
          `csymbol ${url} is a function and must be the head of an <apply>`,
          el,
          ctx,
        );
      }
      throw err(Codes.MATHML_UNKNOWN, `unknown csymbol definitionURL "${url}"`, el, ctx);
    }
    case "true":
      return { kind: "bool", value: true };
    case "false":
      return { kind: "bool", value: false };
    case "pi":
    case "exponentiale":
    case "infinity":
    case "notanumber":
      return { kind: "const", name: el.local };
    case "apply":
      return readApply(el, ctx);
    case "piecewise":
      return readPiecewise(el, ctx);
    case "lambda":
      return readLambda(el, ctx);
    case "semantics": {
      const first = childElements(el)[0];
      if (!first) throw err(Codes.MATHML_ARITY, "empty <semantics>", el, ctx);
      return readNode(first, ctx);
    }
    case "math":
      return readMathML(el, ctx);
    default:
      throw err(Codes.MATHML_UNKNOWN, `unsupported MathML element <${el.local}>`, el, ctx);
  }
}

function ownText(el: XmlElement): string {
  let s = "";
  for (const c of el.children) if (c.type === "text") s += c.text;
  return s;
}

/** Parse a decimal number as MathML/SBML writers emit it, incl. INF/NaN spellings. */
function parseNumber(text: string, el: XmlElement, ctx: MathMLContext): number {
  const t = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  const lower = t.toLowerCase();
  if (lower === "inf" || lower === "+inf" || lower === "infinity" || lower === "+infinity") return Infinity;
  if (lower === "-inf" || lower === "-infinity") return -Infinity;
  if (lower === "nan") return Number.NaN;
  throw err(Codes.MATHML_NUMBER, `"${t}" is not a number`, el, ctx);
}

function readCn(el: XmlElement, ctx: MathMLContext): Expr {
  const type = (attr(el, "type") ?? "real").trim();
  let units: string | undefined;
  for (const a of el.attributes) {
    // sbml:units lives in the SBML Level 3 core namespace (any version)
    if (a.local === "units" && a.uri.startsWith("http://www.sbml.org/sbml/level3/")) units = a.value;
  }
  // split the content at <sep/>
  const parts: string[] = [""];
  for (const c of el.children) {
    if (c.type === "text") parts[parts.length - 1] += c.text;
    else if (c.type === "element") {
      if (c.local === "sep") parts.push("");
      else throw err(Codes.MATHML_UNKNOWN, `unexpected <${c.local}> inside <cn>`, el, ctx);
    }
  }
  let value: number;
  switch (type) {
    case "integer":
    case "real":
    case "double": {
      if (parts.length !== 1)
        throw err(Codes.MATHML_NUMBER, `<cn type="${type}"> must not contain <sep/>`, el, ctx);
      const base = attr(el, "base");
      if (base !== undefined && base.trim() !== "10") {
        const b = Number(base.trim());
        const t = (parts[0] as string).trim();
        // MathML 2 `base` (integers only in practice): digits in radix b
        value =
          type === "integer" && Number.isInteger(b) && b >= 2 && b <= 36 ? Number.parseInt(t, b) : Number.NaN;
        if (Number.isNaN(value))
          throw err(Codes.MATHML_NUMBER, `cannot read "${t}" in base ${base}`, el, ctx);
      } else {
        value = parseNumber(parts[0] as string, el, ctx);
      }
      if (type === "integer" && Number.isFinite(value) && !Number.isInteger(value)) {
        throw err(Codes.MATHML_NUMBER, `"${(parts[0] as string).trim()}" is not an integer`, el, ctx);
      }
      break;
    }
    case "e-notation": {
      if (parts.length !== 2)
        throw err(Codes.MATHML_NUMBER, `<cn type="e-notation"> needs mantissa<sep/>exponent`, el, ctx);
      const m = (parts[0] as string).trim();
      const e = (parts[1] as string).trim();
      parseNumber(m, el, ctx);
      if (!/^[+-]?\d+$/.test(e))
        throw err(Codes.MATHML_NUMBER, `e-notation exponent "${e}" is not an integer`, el, ctx);
      // Number("m" + "e" + "e") rounds once, exactly like a decimal literal would.
      value = Number(`${m}e${e}`);
      break;
    }
    case "rational": {
      if (parts.length !== 2)
        throw err(Codes.MATHML_NUMBER, `<cn type="rational"> needs numerator<sep/>denominator`, el, ctx);
      value = parseNumber(parts[0] as string, el, ctx) / parseNumber(parts[1] as string, el, ctx);
      break;
    }
    default:
      throw err(Codes.MATHML_NUMBER, `unsupported <cn type="${type}">`, el, ctx);
  }
  return units === undefined ? { kind: "num", value } : { kind: "num", value, units };
}

function readApply(el: XmlElement, ctx: MathMLContext): Expr {
  const kids = childElements(el);
  const head = kids[0];
  if (!head) throw err(Codes.MATHML_ARITY, "empty <apply>", el, ctx);
  if (head.uri !== MATHML_NS) {
    throw err(Codes.MATHML_UNKNOWN, `element <${head.name}> is not MathML`, head, ctx);
  }
  const rest = kids.slice(1);
  const name = head.local;

  if (name === "ci") {
    const fname = ownText(head).trim();
    return { kind: "fn", name: fname, args: rest.map((k) => readNode(k, ctx)) };
  }
  if (name === "csymbol") {
    const url = (attr(head, "definitionURL") ?? "").trim();
    const args = rest.map((k) => readNode(k, ctx));
    if (url === CSYMBOL_DELAY) {
      if (args.length !== 2)
        throw err(Codes.MATHML_ARITY, `delay takes 2 arguments, got ${args.length}`, el, ctx);
      return { kind: "call", op: "delay", args };
    }
    if (url === CSYMBOL_RATE_OF) {
      if (args.length !== 1)
        throw err(Codes.MATHML_ARITY, `rateOf takes 1 argument, got ${args.length}`, el, ctx);
      return { kind: "call", op: "rateOf", args };
    }
    throw err(Codes.MATHML_UNKNOWN, `unknown csymbol function "${url}"`, head, ctx);
  }
  if (name === "log" || name === "root") {
    // qualifier: <logbase> / <degree>, wherever it appears among the operands
    const qualName = name === "log" ? "logbase" : "degree";
    let qual: Expr | undefined;
    const operands: Expr[] = [];
    for (const k of rest) {
      if (k.local === qualName && k.uri === MATHML_NS) {
        const q = childElements(k);
        if (q.length !== 1) throw err(Codes.MATHML_ARITY, `<${qualName}> must hold one expression`, k, ctx);
        qual = readNode(q[0] as XmlElement, ctx);
      } else operands.push(readNode(k, ctx));
    }
    if (operands.length !== 1)
      throw err(Codes.MATHML_ARITY, `${name} takes 1 operand, got ${operands.length}`, el, ctx);
    const dflt: Expr = { kind: "num", value: name === "log" ? 10 : 2 };
    return { kind: "call", op: name, args: [qual ?? dflt, operands[0] as Expr] };
  }
  const arity = OPS[name];
  if (arity) {
    for (const k of rest) {
      if (k.local === "logbase" || k.local === "degree" || k.local === "bvar") {
        throw err(Codes.MATHML_UNKNOWN, `<${k.local}> is not allowed in <apply><${name}/>`, k, ctx);
      }
    }
    const args = rest.map((k) => readNode(k, ctx));
    const [min, max] = arity;
    if (args.length === 0 && EMPTY_IDENTITY[name]) return EMPTY_IDENTITY[name] as Expr;
    // A relational chain of one operand has no pair to compare: it holds (MathML 2.0 §4.4.4).
    if (args.length === 1 && RELATIONAL_CHAINS.has(name)) return { kind: "bool", value: true };
    if (args.length < min || args.length > max) {
      throw err(
        Codes.MATHML_ARITY,
        `<${name}/> takes ${min === max ? min : `${min}..${max}`} argument(s), got ${args.length}`,
        el,
        ctx,
      );
    }
    return { kind: "call", op: name as Op, args };
  }
  if (name === "apply" || name === "lambda") {
    throw err(Codes.MATHML_UNKNOWN, `<${name}> as the head of an <apply> is not supported`, head, ctx);
  }
  throw err(Codes.MATHML_UNKNOWN, `unsupported MathML operator <${name}>`, head, ctx);
}

function readPiecewise(el: XmlElement, ctx: MathMLContext): Expr {
  const pieces: { value: Expr; cond: Expr }[] = [];
  let otherwise: Expr | undefined;
  for (const k of childElements(el)) {
    if (k.local === "piece") {
      const pk = childElements(k);
      if (pk.length !== 2)
        throw err(
          Codes.MATHML_ARITY,
          `<piece> needs a value and a condition, got ${pk.length} children`,
          k,
          ctx,
        );
      pieces.push({ value: readNode(pk[0] as XmlElement, ctx), cond: readNode(pk[1] as XmlElement, ctx) });
    } else if (k.local === "otherwise") {
      const ok = childElements(k);
      if (ok.length !== 1 || otherwise)
        throw err(Codes.MATHML_ARITY, "<otherwise> must appear once and hold one expression", k, ctx);
      otherwise = readNode(ok[0] as XmlElement, ctx);
    } else {
      throw err(Codes.MATHML_UNKNOWN, `unexpected <${k.local}> in <piecewise>`, k, ctx);
    }
  }
  return otherwise === undefined ? { kind: "piecewise", pieces } : { kind: "piecewise", pieces, otherwise };
}

function readLambda(el: XmlElement, ctx: MathMLContext): Expr {
  const params: string[] = [];
  let body: Expr | undefined;
  for (const k of childElements(el)) {
    if (k.local === "bvar") {
      const ci = childElements(k, "ci")[0];
      if (!ci) throw err(Codes.MATHML_UNKNOWN, "<bvar> must hold a <ci>", k, ctx);
      params.push(ownText(ci).trim());
    } else {
      if (body) throw err(Codes.MATHML_ARITY, "<lambda> has more than one body", k, ctx);
      body = readNode(k, ctx);
    }
  }
  if (!body) throw err(Codes.MATHML_ARITY, "<lambda> has no body", el, ctx);
  return { kind: "lambda", params, body };
}

// ---------------------------------------------------------------------------------------------
// Writer

export interface WriteMathMLOptions {
  /** declare the MathML namespace on <math> (default true) */
  xmlns?: boolean;
  /**
   * SBML L3 namespace URI for `sbml:units` on numbers; when given and some number has units,
   * `xmlns:sbml` is declared on <math> (unless `declareSbmlPrefix` is false because an
   * enclosing element declares it already).
   */
  sbmlNamespace?: string;
  declareSbmlPrefix?: boolean;
}

/** Write an expression as a `<math>` element that `readMathML` reads back to the same AST. */
export function writeMathML(expr: Expr, opts: WriteMathMLOptions = {}): string {
  const out: string[] = [];
  let usesUnits = false;
  const w = (e: Expr): void => {
    switch (e.kind) {
      case "num": {
        let unitsAttr = "";
        if (e.units !== undefined) {
          usesUnits = true;
          unitsAttr = ` sbml:units="${escapeAttr(e.units)}"`;
        }
        out.push(writeNumber(e.value, unitsAttr));
        return;
      }
      case "bool":
        out.push(e.value ? "<true/>" : "<false/>");
        return;
      case "sym":
        out.push(`<ci> ${escapeText(e.name)} </ci>`);
        return;
      case "time":
        out.push(`<csymbol encoding="text" definitionURL="${CSYMBOL_TIME}"> time </csymbol>`);
        return;
      case "avogadro":
        out.push(`<csymbol encoding="text" definitionURL="${CSYMBOL_AVOGADRO}"> avogadro </csymbol>`);
        return;
      case "const":
        out.push(`<${e.name}/>`);
        return;
      case "fn":
        out.push(`<apply><ci> ${escapeText(e.name)} </ci>`);
        for (const a of e.args) w(a);
        out.push("</apply>");
        return;
      case "call":
        writeCall(e.op, e.args);
        return;
      case "piecewise":
        out.push("<piecewise>");
        for (const p of e.pieces) {
          out.push("<piece>");
          w(p.value);
          w(p.cond);
          out.push("</piece>");
        }
        if (e.otherwise) {
          out.push("<otherwise>");
          w(e.otherwise);
          out.push("</otherwise>");
        }
        out.push("</piecewise>");
        return;
      case "lambda":
        out.push("<lambda>");
        for (const p of e.params) out.push(`<bvar><ci> ${escapeText(p)} </ci></bvar>`);
        w(e.body);
        out.push("</lambda>");
        return;
    }
  };
  const writeCall = (op: Op, args: readonly Expr[]): void => {
    if (op === "delay" || op === "rateOf") {
      const url = op === "delay" ? CSYMBOL_DELAY : CSYMBOL_RATE_OF;
      out.push(`<apply><csymbol encoding="text" definitionURL="${url}"> ${op} </csymbol>`);
      for (const a of args) w(a);
      out.push("</apply>");
      return;
    }
    if ((op === "log" || op === "root") && args.length === 2) {
      const q = op === "log" ? "logbase" : "degree";
      out.push(`<apply><${op}/><${q}>`);
      w(args[0] as Expr);
      out.push(`</${q}>`);
      w(args[1] as Expr);
      out.push("</apply>");
      return;
    }
    out.push(`<apply><${op}/>`);
    for (const a of args) w(a);
    out.push("</apply>");
  };
  w(expr);
  let open = "<math";
  if (opts.xmlns !== false) open += ` xmlns="${MATHML_NS}"`;
  if (usesUnits && opts.sbmlNamespace && opts.declareSbmlPrefix !== false)
    open += ` xmlns:sbml="${opts.sbmlNamespace}"`;
  return `${open}>${out.join("")}</math>`;
}

/** Shortest decimal that reads back to the same double, as MathML `cn` content. */
function writeNumber(v: number, unitsAttr: string): string {
  if (Number.isNaN(v)) return `<cn${unitsAttr}> NaN </cn>`;
  if (v === Infinity) return `<cn${unitsAttr}> INF </cn>`;
  if (v === -Infinity) return `<cn${unitsAttr}> -INF </cn>`;
  if (Object.is(v, -0)) return `<cn${unitsAttr}> -0 </cn>`;
  const s = String(v);
  const i = s.indexOf("e");
  if (i >= 0) {
    // JS prints 1e+21 / 1.5e-7: MathML wants e-notation with an explicit <sep/>
    const m = s.slice(0, i);
    const e = s.slice(i + 1).replace(/^\+/, "");
    return `<cn${unitsAttr} type="e-notation"> ${m} <sep/> ${e} </cn>`;
  }
  if (Number.isInteger(v)) return `<cn${unitsAttr} type="integer"> ${s} </cn>`;
  return `<cn${unitsAttr}> ${s} </cn>`;
}
