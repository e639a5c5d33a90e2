/**
 * MaBoSS network (`.bnd`) and run configuration (`.cfg`) — read and write (MaBoSS 2.x; Stoll et al. 2012,
 * doi:10.1186/1752-0509-6-116, and the MaBoSS 2.0 reference card).
 *
 * Network: `node X { logic = …; rate_up = …; rate_down = …; other = …; }` (keyword case-insensitive) and
 * the short form `X : expr` (logic with default rates). Node order is MaBoSS's: a node exists from its
 * first mention — a reference inside another node's block, or the end of its own block — which is the
 * order MaBoSS prints state labels in ("Output nodes: A B T C D" for Four_cycle.bnd, whose first block
 * is `Node T` but reads A and B).
 *
 * Configuration: `$p = expr;`, `X.istate = 0|1;`, `[A,B].istate = w1 [0,0], w2 [1,1];` (weights are
 * normalised), `X.is_internal`, `X.refstate`, and the run settings (`time_tick`, `max_time`,
 * `sample_count`, `discrete_time`, `seed_pseudorandom`, …; `thread_count` and the random generator
 * choice are accepted and ignored — this engine has its own seeded generator and worker layout).
 */
import { Codes, EngineError } from "../messages.js";
import { evalExpr, type LExpr, type LogicalNetwork, type LogicalNode, printExpr } from "./ast.js";
import { describe, lex, type Token, TokenStream } from "./lexer.js";

export interface ReadMaBoSSOptions {
  file?: string;
}

/** Read a MaBoSS `.bnd` network. */
export function readMaBoSSNetwork(text: string, o: ReadMaBoSSOptions = {}): LogicalNetwork {
  const ts = new TokenStream(lex(text, { file: o.file, cComments: true }), o.file);
  const order: string[] = [];
  const index = new Map<string, number>();
  const firstUse = new Map<string, number>();
  const defs = new Map<string, LogicalNode>();
  const parameters: Record<string, LExpr> = {};
  const create = (name: string, line: number): number => {
    let i = index.get(name);
    if (i === undefined) {
      i = order.length;
      order.push(name);
      index.set(name, i);
      firstUse.set(name, line);
    }
    return i;
  };
  const ctx = {
    file: o.file,
    words: true,
    name: (name: string, line: number): LExpr => ({ k: "node", i: create(name, line) }) as LExpr,
  };
  const endStmt = () => {
    while (ts.accept(";")) {
      /* empty statements are harmless */
    }
  };
  while (ts.peek().kind !== "eof") {
    const t = ts.peek();
    if (t.kind === "param") {
      ts.next();
      ts.expect("=", `after $${t.text}`);
      if (parameters[t.text]) ts.fail(`parameter $${t.text} is defined twice`, t);
      parameters[t.text] = ts.parseExpr(ctx);
      ts.expect(";", `after the value of $${t.text}`);
      continue;
    }
    if (t.kind !== "id") ts.fail(`expected "node NAME { … }" or "NAME : logic", found ${describe(t)}`, t);
    if (t.text.toLowerCase() === "node" && ts.peek(1).kind === "id") {
      ts.next();
      const nameTok = ts.expectId("a node name");
      const name = nameTok.text;
      if (defs.has(name))
        ts.fail(`node ${name} is defined twice (first on line ${defs.get(name)?.line})`, nameTok);
      ts.expect("{", `after node ${name}`);
      const node: LogicalNode = { name, line: nameTok.line };
      const attrs: Record<string, LExpr> = {};
      while (!ts.isOp("}")) {
        const a = ts.peek();
        if (a.kind === "eof") ts.fail(`node ${name} (line ${nameTok.line}) is not closed with "}"`, a);
        const attrTok = ts.expectId(`an attribute of node ${name} (logic, rate_up, rate_down, …)`);
        ts.expect("=", `after ${attrTok.text}`);
        const v = ts.peek();
        if (v.kind === "op" && v.text.startsWith('"')) {
          ts.next();
          if (attrTok.text === "description") node.notes = v.text.slice(1, -1);
        } else {
          const e = ts.parseExpr(ctx);
          if (attrs[attrTok.text] !== undefined)
            ts.fail(`attribute ${attrTok.text} of node ${name} is set twice`, attrTok);
          attrs[attrTok.text] = e;
        }
        if (!ts.isOp("}")) ts.expect(";", `after the attribute ${attrTok.text} of node ${name}`);
        endStmt();
      }
      ts.expect("}");
      endStmt();
      if (attrs.logic) node.logic = attrs.logic;
      if (attrs.rate_up) node.rateUp = attrs.rate_up;
      if (attrs.rate_down) node.rateDown = attrs.rate_down;
      const rest: Record<string, LExpr> = {};
      for (const [k, v] of Object.entries(attrs))
        if (k !== "logic" && k !== "rate_up" && k !== "rate_down") rest[k] = v;
      if (Object.keys(rest).length > 0) node.attrs = rest;
      create(name, nameTok.line);
      defs.set(name, node);
      continue;
    }
    if (ts.isOp(":", 1)) {
      const nameTok = ts.next();
      ts.next();
      if (defs.has(nameTok.text)) ts.fail(`node ${nameTok.text} is defined twice`, nameTok);
      const logic = ts.parseExpr(ctx);
      endStmt();
      create(nameTok.text, nameTok.line);
      defs.set(nameTok.text, { name: nameTok.text, logic, line: nameTok.line });
      continue;
    }
    ts.fail(`expected "node NAME { … }" or "NAME : logic", found ${describe(t)}`, t);
  }
  const nodes = order.map((name) => {
    const d = defs.get(name);
    if (!d) {
      throw new EngineError(
        Codes.LOGIC_UNDEFINED,
        `node ${name} is used but never declared with "node ${name} { … }"`,
        {
          file: o.file,
          line: firstUse.get(name),
        },
      );
    }
    return d;
  });
  if (nodes.length === 0)
    throw new EngineError(Codes.LOGIC_SYNTAX, "no nodes defined", { file: o.file, line: 1 });
  // @attr references must name an attribute of the same node
  for (const n of nodes) {
    const check = (e: LExpr | undefined, where: string) => {
      if (!e) return;
      visitAttrs(e, (a) => {
        if (
          a === "logic"
            ? !n.logic
            : a === "rate_up"
              ? !n.rateUp
              : a === "rate_down"
                ? !n.rateDown
                : !n.attrs?.[a]
        ) {
          throw new EngineError(
            Codes.LOGIC_UNDEFINED,
            `@${a} in ${where} of node ${n.name}: the node has no attribute ${a}`,
            { file: o.file, line: n.line },
          );
        }
      });
    };
    check(n.logic, "logic");
    check(n.rateUp, "rate_up");
    check(n.rateDown, "rate_down");
    for (const [k, v] of Object.entries(n.attrs ?? {})) check(v, k);
    if (!n.logic && (!n.rateUp || !n.rateDown)) {
      // MaBoSS's default rates read @logic; without logic they cannot be formed
      throw new EngineError(
        Codes.LOGIC_UNDEFINED,
        `node ${n.name} has no logic and no explicit ${!n.rateUp ? "rate_up" : "rate_down"}: give it a logic or both rates`,
        { file: o.file, line: n.line },
      );
    }
  }
  return { nodes, parameters, format: "maboss", file: o.file, maxDelay: 0 };
}

function visitAttrs(e: LExpr, f: (name: string) => void): void {
  switch (e.k) {
    case "attr":
      f(e.name);
      return;
    case "not":
    case "neg":
      visitAttrs(e.a, f);
      return;
    case "bin":
      visitAttrs(e.a, f);
      visitAttrs(e.b, f);
      return;
    case "cond":
      visitAttrs(e.c, f);
      visitAttrs(e.a, f);
      visitAttrs(e.b, f);
      return;
    default:
      return;
  }
}

/** One initial-state statement: a joint distribution over a group of nodes. */
export interface IStateGroup {
  nodes: string[];
  /** weights (expressions over parameters) and the node values they give */
  choices: { weight: LExpr; values: LExpr[] }[];
  line?: number;
}

export interface MaBoSSConfig {
  parameters: Record<string, LExpr>;
  /** run settings by MaBoSS name, unevaluated */
  settings: Record<string, LExpr>;
  istate: IStateGroup[];
  internal: Record<string, LExpr>;
  refstate: Record<string, LExpr>;
  file?: string;
}

/** MaBoSS run settings this reader knows (MaBoSS 2.x reference card); anything else is an error. */
export const MABOSS_SETTINGS = [
  "time_tick",
  "max_time",
  "sample_count",
  "discrete_time",
  "use_physrandgen",
  "use_glibcrandgen",
  "use_mtrandgen",
  "seed_pseudorandom",
  "display_traj",
  "statdist_traj_count",
  "statdist_cluster_threshold",
  "statdist_similarity_cache_max_size",
  "thread_count",
] as const;

export function emptyConfig(): MaBoSSConfig {
  return { parameters: {}, settings: {}, istate: [], internal: {}, refstate: {} };
}

/**
 * Read a MaBoSS `.cfg` (or a `-e` expression string such as `max_time=50;X.is_internal=1;`) into
 * `base` (later statements override earlier ones, as MaBoSS applies several -c/-e in order).
 */
export function readMaBoSSConfig(
  text: string,
  o: ReadMaBoSSOptions = {},
  base: MaBoSSConfig = emptyConfig(),
): MaBoSSConfig {
  const cfg: MaBoSSConfig = {
    parameters: { ...base.parameters },
    settings: { ...base.settings },
    istate: [...base.istate],
    internal: { ...base.internal },
    refstate: { ...base.refstate },
    file: o.file ?? base.file,
  };
  const ts = new TokenStream(lex(text, { file: o.file, cComments: true }), o.file);
  const ctx = {
    file: o.file,
    words: true,
    name: (name: string, line: number): LExpr => {
      throw new EngineError(
        Codes.LOGIC_SYNTAX,
        `node name ${name} inside a configuration value (use a number, TRUE/FALSE or a $parameter)`,
        {
          file: o.file,
          line,
        },
      );
    },
  };
  const semi = (what: string) => {
    if (ts.peek().kind !== "eof") ts.expect(";", what);
    while (ts.accept(";"));
  };
  while (ts.accept(";"));
  while (ts.peek().kind !== "eof") {
    const t = ts.peek();
    if (t.kind === "param") {
      ts.next();
      ts.expect("=", `after $${t.text}`);
      cfg.parameters[t.text] = ts.parseExpr(ctx);
      semi(`after the value of $${t.text}`);
      continue;
    }
    if (ts.isOp("[")) {
      ts.next();
      const names: string[] = [ts.expectId("a node name").text];
      while (ts.accept(",")) names.push(ts.expectId("a node name").text);
      ts.expect("]");
      ts.expect(".");
      const attr = ts.expectId("istate");
      if (attr.text !== "istate")
        ts.fail(`only [..].istate is a group setting, found [..].${attr.text}`, attr);
      ts.expect("=");
      const choices: IStateGroup["choices"] = [];
      do {
        const weight = ts.parseExpr(ctx);
        ts.expect("[", "before the node values of an istate choice");
        const values: LExpr[] = [ts.parseExpr(ctx)];
        while (ts.accept(",")) values.push(ts.parseExpr(ctx));
        const close = ts.expect("]");
        if (values.length !== names.length) {
          ts.fail(
            `istate choice has ${values.length} values for ${names.length} nodes [${names.join(", ")}]`,
            close,
          );
        }
        choices.push({ weight, values });
      } while (ts.accept(","));
      cfg.istate.push({ nodes: names, choices, line: t.line });
      semi("after an istate statement");
      continue;
    }
    const id = ts.expectId("a setting, $parameter, NODE.istate or [NODES].istate");
    if (ts.accept(".")) {
      const attr = ts.expectId("istate, is_internal or refstate");
      ts.expect("=", `after ${id.text}.${attr.text}`);
      const v = ts.parseExpr(ctx);
      if (attr.text === "istate")
        cfg.istate.push({
          nodes: [id.text],
          choices: [{ weight: { k: "num", v: 1 }, values: [v] }],
          line: id.line,
        });
      else if (attr.text === "is_internal") cfg.internal[id.text] = v;
      else if (attr.text === "refstate") cfg.refstate[id.text] = v;
      else ts.fail(`unknown node setting ${id.text}.${attr.text} (istate, is_internal, refstate)`, attr);
      semi(`after ${id.text}.${attr.text}`);
      continue;
    }
    ts.expect("=", `after ${id.text}`);
    if (!(MABOSS_SETTINGS as readonly string[]).includes(id.text)) {
      throw new EngineError(
        Codes.LOGIC_BAD_SETTING,
        `unknown MaBoSS setting "${id.text}" (known: ${MABOSS_SETTINGS.join(", ")})`,
        {
          file: o.file,
          line: id.line,
        },
      );
    }
    cfg.settings[id.text] = ts.parseExpr(ctx);
    semi(`after ${id.text}`);
  }
  return cfg;
}

/** Parameter values: the network's `$p`, overridden by the configuration's, then by `overrides`. */
export function resolveParameters(
  net: LogicalNetwork,
  cfg: MaBoSSConfig | undefined,
  overrides: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const defs: Record<string, LExpr> = { ...net.parameters, ...(cfg?.parameters ?? {}) };
  for (const [k, v] of Object.entries(overrides)) defs[k.replace(/^\$/, "")] = { k: "num", v };
  const out: Record<string, number> = {};
  const busy = new Set<string>();
  const value = (name: string): number => {
    if (out[name] !== undefined) return out[name];
    const d = defs[name];
    if (!d)
      throw new EngineError(Codes.LOGIC_UNDEFINED, `parameter $${name} is used but never given a value`, {
        file: cfg?.file ?? net.file,
      });
    if (busy.has(name))
      throw new EngineError(Codes.LOGIC_BAD_SETTING, `parameter $${name} is defined in terms of itself`, {
        file: cfg?.file ?? net.file,
      });
    busy.add(name);
    const v = evalConst(d, value);
    busy.delete(name);
    out[name] = v;
    return v;
  };
  for (const k of Object.keys(defs)) value(k);
  // lazily-used names are checked when expressions are compiled; return a resolver-friendly record
  return out;
}

/** Evaluate an expression without node references. */
export function evalConst(e: LExpr, param: (name: string) => number): number {
  return evalExpr(
    e,
    () => {
      throw new EngineError(Codes.LOGIC_BAD_SETTING, "a node value inside a constant expression");
    },
    new Proxy({}, { get: (_t, k) => (typeof k === "string" ? param(k) : undefined) }) as Record<
      string,
      number
    >,
  );
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(v) : v > 0 ? "1e+300" : "-1e+300";
}

/** Write a `.bnd` MaBoSS 2.x reads (explicit rates, parameters by name). */
export function writeMaBoSSNetwork(net: LogicalNetwork): string {
  const names = net.nodes.map((n) => n.name);
  const out: string[] = [];
  for (const [k, v] of Object.entries(net.parameters)) out.push(`$${k} = ${printExpr(v, names)};`);
  if (out.length) out.push("");
  // MaBoSS orders nodes by first mention; a network read from a .bnd keeps its declaration lines, and
  // writing the blocks in that order makes MaBoSS (and this reader) see the same node order again
  const blocks = net.nodes.every((n) => n.line !== undefined)
    ? [...net.nodes].sort((a, b) => (a.line as number) - (b.line as number))
    : net.nodes;
  for (const n of blocks) {
    if (n.notes) out.push(...n.notes.split("\n").map((l) => `// ${l}`));
    out.push(`node ${n.name} {`);
    if (n.logic) out.push(`  logic = ${printExpr(n.logic, names)};`);
    out.push(`  rate_up = ${n.rateUp ? printExpr(n.rateUp, names) : "@logic ? 1 : 0"};`);
    out.push(`  rate_down = ${n.rateDown ? printExpr(n.rateDown, names) : "@logic ? 0 : 1"};`);
    for (const [k, v] of Object.entries(n.attrs ?? {})) out.push(`  ${k} = ${printExpr(v, names)};`);
    out.push("}", "");
  }
  return out.join("\n");
}

/** Write a `.cfg` from resolved settings. */
export function writeMaBoSSConfig(
  net: LogicalNetwork,
  run: {
    timeTick: number;
    maxTime: number;
    sampleCount: number;
    seed?: number;
    discreteTime?: boolean;
    parameters?: Record<string, number>;
    istate?: Record<string, 0 | 1>;
    internal?: readonly string[];
  },
): string {
  const out = [
    `time_tick = ${fmt(run.timeTick)};`,
    `max_time = ${fmt(run.maxTime)};`,
    `sample_count = ${run.sampleCount};`,
    `discrete_time = ${run.discreteTime ? 1 : 0};`,
    "use_physrandgen = 0;",
    `seed_pseudorandom = ${run.seed ?? 0};`,
    "",
  ];
  for (const [k, v] of Object.entries(run.parameters ?? {})) out.push(`$${k} = ${fmt(v)};`);
  const internal = new Set(run.internal ?? []);
  for (const n of net.nodes) out.push(`${n.name}.is_internal = ${internal.has(n.name) ? 1 : 0};`);
  for (const [k, v] of Object.entries(run.istate ?? {})) out.push(`${k}.istate = ${v};`);
  return `${out.join("\n")}\n`;
}

export type { Token };
