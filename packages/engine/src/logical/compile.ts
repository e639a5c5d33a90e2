/**
 * Compile a logical network to fast JavaScript over bit-packed states.
 *
 * State layout: node i is bit (i & 31) of word (i >> 5) of an Int32Array, so networks of any size work
 * (MaBoSS itself is built for ≤ 64 or ≤ 128 nodes; here the word count just grows).
 *
 * Generated code comes only from the AST with every node mangled to a word/bit pair and every
 * parameter folded to a number literal: no user text reaches `new Function`.
 *
 * Two kinds of function are generated:
 *   - `step(s, out, hist)`: the synchronous update x(t+1) = f(x(t), x(t-1), …) of all nodes (BoolNet
 *     semantics; asynchronous successors are the single-bit flips where f(x) differs from x).
 *   - `rates(s, r)` / `update(s, r, j)`: MaBoSS flip rates r[i] = x_i ? rate_down_i : rate_up_i, all of
 *     them, or only those that read node j after j flipped (dependency lists computed from the AST).
 * The defaults are MaBoSS's: rate_up = @logic ? 1 : 0, rate_down = @logic ? 0 : 1.
 */
import { Codes, EngineError } from "../messages.js";
import { constValue, type LExpr, type LogicalNetwork, mapExpr, nodesRead } from "./ast.js";

export interface CompileLogicalOptions {
  /** parameter values ($name → number); missing ones used by the network are an error */
  parameters?: Readonly<Record<string, number>>;
}

export interface CompiledLogical {
  readonly n: number;
  /** words per state */
  readonly W: number;
  readonly names: readonly string[];
  /** folded logic per node (undefined for MaBoSS rate-only nodes) */
  readonly logic: readonly (LExpr | undefined)[];
  /** synchronous step; `hist[d-1]` is the state d steps ago (temporal networks only) */
  readonly step: (s: Int32Array, out: Int32Array, hist?: readonly Int32Array[]) => void;
  /** true when every node has a logic (Boolean semantics available) */
  readonly boolean: boolean;
  readonly maxDelay: number;
  /** node indices whose folded logic is constant (0/1), and that constant */
  readonly constants: ReadonlyMap<number, 0 | 1>;
  /** MaBoSS rates: folded rate_up / rate_down per node */
  readonly rateUp: readonly LExpr[];
  readonly rateDown: readonly LExpr[];
  readonly rates: (s: Int32Array, r: Float64Array) => void;
  readonly update: (s: Int32Array, r: Float64Array, j: number) => void;
  /** deps[j] = nodes whose rate must be recomputed after node j flips */
  readonly deps: readonly Int32Array[];
}

const DEFAULT_UP: LExpr = {
  k: "cond",
  c: { k: "attr", name: "logic" },
  a: { k: "num", v: 1 },
  b: { k: "num", v: 0 },
};
const DEFAULT_DOWN: LExpr = {
  k: "cond",
  c: { k: "attr", name: "logic" },
  a: { k: "num", v: 0 },
  b: { k: "num", v: 1 },
};

/** Fold parameters and constants: `$Low ? 0 : x` with $Low = 0 becomes x. */
export function foldExpr(e: LExpr, params: (name: string) => number): LExpr {
  return mapExpr(e, (x) => {
    if (x.k === "param") return { k: "num", v: params(x.name) };
    const c = constValue(x);
    if (c !== undefined) return { k: "num", v: c };
    if (x.k === "cond") {
      const cv = constValue(x.c);
      if (cv !== undefined) return cv !== 0 ? x.a : x.b;
    }
    if (x.k === "bin" && (x.op === "and" || x.op === "or")) {
      const a = constValue(x.a);
      const b = constValue(x.b);
      // TRUE and y = y (as 0/1 only when y is Boolean-valued; keep the operator otherwise)
      if (x.op === "and" && a !== undefined && a !== 0 && isBool(x.b)) return x.b;
      if (x.op === "and" && b !== undefined && b !== 0 && isBool(x.a)) return x.a;
      if (x.op === "or" && a === 0 && isBool(x.b)) return x.b;
      if (x.op === "or" && b === 0 && isBool(x.a)) return x.a;
    }
    return x;
  });
}

function isBool(e: LExpr): boolean {
  switch (e.k) {
    case "node":
    case "not":
      return true;
    case "num":
      return e.v === 0 || e.v === 1;
    case "bin":
      return !["+", "-", "*", "/"].includes(e.op);
    case "cond":
      return isBool(e.a) && isBool(e.b);
    default:
      return false;
  }
}

/** Resolve `@attr` references of node i (inline), with a cycle check. */
function inlineAttrs(net: LogicalNetwork, i: number, e: LExpr, stack: string[] = []): LExpr {
  const node = net.nodes[i];
  return mapExpr(e, (x) => {
    if (x.k !== "attr") return x;
    const target =
      x.name === "logic"
        ? node.logic
        : x.name === "rate_up"
          ? node.rateUp
          : x.name === "rate_down"
            ? node.rateDown
            : node.attrs?.[x.name];
    if (!target) {
      throw new EngineError(
        Codes.LOGIC_UNDEFINED,
        `@${x.name} used in node ${node.name}, which has no attribute ${x.name}`,
        {
          file: net.file,
          line: node.line,
        },
      );
    }
    if (stack.includes(x.name)) {
      throw new EngineError(
        Codes.LOGIC_BAD_SETTING,
        `attribute @${x.name} of node ${node.name} refers to itself`,
        { file: net.file, line: node.line },
      );
    }
    return inlineAttrs(net, i, target, [...stack, x.name]);
  });
}

function lit(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "Infinity" : "(-Infinity)";
  return v < 0 || Object.is(v, -0) ? `(${v})` : String(v);
}

function bitMask(i: number): string {
  return String((1 << (i & 31)) | 0);
}

function emitBool(e: LExpr, s: string): string {
  switch (e.k) {
    case "num":
      return e.v !== 0 ? "true" : "false";
    case "node":
      if (e.delay) return `((hist[${e.delay - 1}][${e.i >> 5}]&${bitMask(e.i)})!==0)`;
      return `((${s}[${e.i >> 5}]&${bitMask(e.i)})!==0)`;
    case "not":
      return `!${emitBool(e.a, s)}`;
    case "neg":
      return `(${emitNum(e.a, s)}!==0)`;
    case "bin":
      switch (e.op) {
        case "and":
          return `(${emitBool(e.a, s)}&&${emitBool(e.b, s)})`;
        case "or":
          return `(${emitBool(e.a, s)}||${emitBool(e.b, s)})`;
        case "xor":
          return `(${emitBool(e.a, s)}!==${emitBool(e.b, s)})`;
        case "==":
          return `(${emitNum(e.a, s)}===${emitNum(e.b, s)})`;
        case "!=":
          return `(${emitNum(e.a, s)}!==${emitNum(e.b, s)})`;
        case "<":
        case "<=":
        case ">":
        case ">=":
          return `(${emitNum(e.a, s)}${e.op}${emitNum(e.b, s)})`;
        default:
          return `((${emitNum(e.a, s)}${e.op}${emitNum(e.b, s)})!==0)`;
      }
    case "cond":
      return `(${emitBool(e.c, s)}?${emitBool(e.a, s)}:${emitBool(e.b, s)})`;
    case "param":
    case "attr":
      throw new Error(`internal: unresolved ${e.k} ${e.name}`);
  }
}

function emitNum(e: LExpr, s: string): string {
  switch (e.k) {
    case "num":
      return lit(e.v);
    case "node":
      if (e.delay) return `((hist[${e.delay - 1}][${e.i >> 5}]>>>${e.i & 31})&1)`;
      return `((${s}[${e.i >> 5}]>>>${e.i & 31})&1)`;
    case "neg":
      return `(-${emitNum(e.a, s)})`;
    case "bin":
      if (e.op === "+" || e.op === "-" || e.op === "*" || e.op === "/")
        return `(${emitNum(e.a, s)}${e.op}${emitNum(e.b, s)})`;
      return `(${emitBool(e, s)}?1:0)`;
    case "cond":
      return `(${emitBool(e.c, s)}?${emitNum(e.a, s)}:${emitNum(e.b, s)})`;
    default:
      return `(${emitBool(e, s)}?1:0)`;
  }
}

/** Compile a network (after mutations) with parameter values. */
export function compileLogical(net: LogicalNetwork, o: CompileLogicalOptions = {}): CompiledLogical {
  const n = net.nodes.length;
  const W = Math.max(1, Math.ceil(n / 32));
  const names = net.nodes.map((x) => x.name);
  const params = o.parameters ?? {};
  const param = (name: string): number => {
    const v = params[name];
    if (v === undefined)
      throw new EngineError(Codes.LOGIC_UNDEFINED, `parameter $${name} is used but never given a value`, {
        file: net.file,
      });
    return v;
  };
  const logic: (LExpr | undefined)[] = net.nodes.map((node, i) =>
    node.logic ? foldExpr(inlineAttrs(net, i, node.logic), param) : undefined,
  );
  const boolean = logic.every((l) => l !== undefined);
  const constants = new Map<number, 0 | 1>();
  logic.forEach((l, i) => {
    if (l && l.k === "num") constants.set(i, l.v !== 0 ? 1 : 0);
  });

  // synchronous step
  const body: string[] = [];
  for (let w = 0; w < W; w++) body.push(`let w${w}=0;`);
  logic.forEach((l, i) => {
    // rate-only MaBoSS nodes keep their value under Boolean semantics
    const b = l ? emitBool(l, "s") : `((s[${i >> 5}]&${bitMask(i)})!==0)`;
    if (b === "false") return;
    body.push(b === "true" ? `w${i >> 5}|=${bitMask(i)};` : `if(${b})w${i >> 5}|=${bitMask(i)};`);
  });
  for (let w = 0; w < W; w++) body.push(`out[${w}]=w${w};`);
  const step = new Function("s", "out", "hist", body.join("\n")) as CompiledLogical["step"];

  // MaBoSS rates
  const rateUp: LExpr[] = [];
  const rateDown: LExpr[] = [];
  const withDefault = (i: number, e: LExpr | undefined, d: LExpr): LExpr => {
    const node = net.nodes[i];
    if (!e && !node.logic) {
      // a Boolean-only node (BoolNet/BNET file simulated with MaBoSS semantics): defaults need logic
      throw new EngineError(Codes.LOGIC_UNDEFINED, `node ${node.name} has neither logic nor rates`, {
        file: net.file,
        line: node.line,
      });
    }
    return foldExpr(inlineAttrs(net, i, e ?? d), param);
  };
  net.nodes.forEach((node, i) => {
    rateUp.push(withDefault(i, node.rateUp, DEFAULT_UP));
    rateDown.push(withDefault(i, node.rateDown, DEFAULT_DOWN));
  });
  const rateCode = (i: number) => {
    const up = emitNum(rateUp[i], "s");
    const down = emitNum(rateDown[i], "s");
    return `r[${i}]=((s[${i >> 5}]&${bitMask(i)})!==0)?${down}:${up};`;
  };
  const rates = new Function(
    "s",
    "r",
    net.nodes.map((_, i) => rateCode(i)).join("\n"),
  ) as CompiledLogical["rates"];
  const readers: Set<number>[] = net.nodes.map(() => new Set<number>());
  net.nodes.forEach((_, i) => {
    readers[i].add(i);
    for (const j of nodesRead(rateUp[i])) readers[j].add(i);
    for (const j of nodesRead(rateDown[i])) readers[j].add(i);
  });
  const deps = readers.map((s) => Int32Array.from([...s].sort((a, b) => a - b)));
  const cases = deps.map((d, j) => `case ${j}:\n${Array.from(d, (i) => rateCode(i)).join("\n")}\nreturn;`);
  const update = new Function(
    "s",
    "r",
    "j",
    `switch(j){\n${cases.join("\n")}\n}`,
  ) as CompiledLogical["update"];

  return {
    n,
    W,
    names,
    logic,
    step,
    boolean,
    maxDelay: net.maxDelay,
    constants,
    rateUp,
    rateDown,
    rates,
    update,
    deps,
  };
}

/** State string "0101…" in node order. */
export function stateString(s: Int32Array, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += (s[i >> 5] >>> (i & 31)) & 1 ? "1" : "0";
  return out;
}

export function parseStateString(str: string, n: number): Int32Array {
  if (str.length !== n || !/^[01]*$/.test(str))
    throw new EngineError(Codes.LOGIC_BAD_SETTING, `state "${str}" must be ${n} characters 0/1`);
  const s = new Int32Array(Math.max(1, Math.ceil(n / 32)));
  for (let i = 0; i < n; i++) if (str[i] === "1") s[i >> 5] |= 1 << (i & 31);
  return s;
}

export function getBit(s: Int32Array, i: number): number {
  return (s[i >> 5] >>> (i & 31)) & 1;
}

export function setBit(s: Int32Array, i: number, v: number): void {
  if (v) s[i >> 5] |= 1 << (i & 31);
  else s[i >> 5] &= ~(1 << (i & 31));
}
