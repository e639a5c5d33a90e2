/**
 * Attractors of Boolean networks under synchronous and asynchronous update.
 *
 * Semantics and conventions are BoolNet's (Müssel, Hopfensitz & Kestler 2010,
 * doi:10.1093/bioinformatics/btq124): nodes with a constant function are fixed and left out of the
 * state space; the synchronous state-transition graph is a functional graph whose cycles are the
 * attractors and whose in-trees are the basins (exhaustive search, every state visited once); the
 * asynchronous graph has one edge per node whose update changes the state, and its attractors are the
 * terminal strongly connected components (Tarjan 1972, doi:10.1137/0201010, iteratively).
 * Beyond the exact limit a random-walk heuristic (as BoolNet's method "random") starts from random
 * states, walks, and accepts a state whose forward-reachable set is closed and strongly connected.
 * Fixed points of any size come from a constraint search with three-valued (Kleene) propagation.
 *
 * A state string lists nodes in network order, "1" = on; cycles start at the state with the smallest
 * value when node 0 is the least significant bit (BoolNet's order).
 */
import { Codes, EngineError } from "../messages.js";
import { evalExpr, type LExpr, type LogicalNetwork } from "./ast.js";
import { type CompiledLogical, compileLogical, stateString } from "./compile.js";
import { type Mutations, mutate } from "./mutate.js";
import { Xoshiro128 } from "./prng.js";

export type UpdateScheme = "sync" | "async";

export interface Attractor {
  kind: "steady" | "cycle" | "complex";
  states: string[];
  /** synchronous exhaustive: the number of states that end in this attractor; null otherwise */
  basin_size: number | null;
  /** asynchronous exact: number of states from which this attractor can be reached */
  reachable_from?: number;
  /** heuristic search: fraction of random starts that ended here */
  basin_fraction?: number;
  /** asynchronous: the smallest trap space containing the attractor (0/1/* per node) */
  trap_space?: string;
}

export interface AttractorResult {
  nodes: string[];
  update: UpdateScheme;
  method: "exhaustive" | "random-walk";
  n_free: number;
  attractors: Attractor[];
}

export interface AttractorOptions {
  update?: UpdateScheme;
  fix?: Mutations;
  /** "auto": exhaustive up to `maxExactNodes` free nodes, random walks beyond */
  method?: "auto" | "exhaustive" | "random";
  /** default 25 (synchronous), 22 (asynchronous: Tarjan needs ~20 bytes per state) */
  maxExactNodes?: number;
  /** random method: number of random starts (default 1000) and walk length (default 10000) */
  starts?: number;
  walkLength?: number;
  seed?: number;
  parameters?: Readonly<Record<string, number>>;
  /** asynchronous exact: also count the states each attractor is reachable from (default: ≤ 2^20 states) */
  reachability?: boolean;
}

/** The free (non-constant) nodes and conversions between compact indices and full states. */
class Space {
  readonly free: number[];
  readonly base: Int32Array;
  readonly s: Int32Array;
  readonly out: Int32Array;
  constructor(readonly c: CompiledLogical) {
    this.free = [];
    this.base = new Int32Array(c.W);
    for (let i = 0; i < c.n; i++) {
      const k = c.constants.get(i);
      if (k === undefined) this.free.push(i);
      else if (k === 1) this.base[i >> 5] |= 1 << (i & 31);
    }
    this.s = new Int32Array(c.W);
    this.out = new Int32Array(c.W);
  }
  expand(x: number, s: Int32Array = this.s): Int32Array {
    s.set(this.base);
    const f = this.free;
    for (let k = 0; k < f.length; k++) if ((x >>> k) & 1) s[f[k] >> 5] |= 1 << (f[k] & 31);
    return s;
  }
  compress(s: Int32Array): number {
    const f = this.free;
    let x = 0;
    for (let k = 0; k < f.length; k++) if ((s[f[k] >> 5] >>> (f[k] & 31)) & 1) x |= 1 << k;
    return x >>> 0;
  }
  /** synchronous successor of compact state x */
  succ(x: number): number {
    this.c.step(this.expand(x), this.out);
    return this.compress(this.out);
  }
  /** bit mask of the free nodes whose update would change compact state x */
  diff(x: number): number {
    const s = this.expand(x);
    this.c.step(s, this.out);
    const f = this.free;
    let d = 0;
    for (let k = 0; k < f.length; k++) {
      const w = f[k] >> 5;
      if (((s[w] ^ this.out[w]) >>> (f[k] & 31)) & 1) d |= 1 << k;
    }
    return d >>> 0;
  }
  str(x: number): string {
    return stateString(this.expand(x, new Int32Array(this.c.W)), this.c.n);
  }
}

function prepare(net: LogicalNetwork, o: AttractorOptions): CompiledLogical {
  const m = o.fix && Object.keys(o.fix).length ? mutate(net, o.fix) : net;
  const c = compileLogical(m, { parameters: o.parameters ?? numericParams(m) });
  if (!c.boolean) {
    const missing = m.nodes.filter((x) => !x.logic).map((x) => x.name);
    throw new EngineError(
      Codes.LOGIC_UNSUPPORTED,
      `attractors need a logic for every node; ${missing.join(", ")} only have rates`,
      { file: net.file },
    );
  }
  return c;
}

/** Parameters defined in the network file with constant values (MaBoSS `$p = 1;`). */
function numericParams(net: LogicalNetwork): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(net.parameters)) if (v.k === "num") out[k] = v.v;
  return out;
}

export function findAttractors(net: LogicalNetwork, o: AttractorOptions = {}): AttractorResult {
  const update = o.update ?? "sync";
  const c = prepare(net, o);
  const sp = new Space(c);
  const nFree = sp.free.length;
  const limit = o.maxExactNodes ?? (update === "sync" ? 25 : 22);
  const method = o.method ?? "auto";
  if (method === "exhaustive" && nFree > limit) {
    throw new EngineError(
      Codes.LOGIC_TOO_LARGE,
      `exhaustive ${update} search over ${nFree} free nodes (2^${nFree} states) exceeds the limit of ${limit}; use the random method or fix inputs`,
      { file: net.file },
    );
  }
  const exact = method === "exhaustive" || (method === "auto" && nFree <= limit);
  let attractors: Attractor[];
  if (c.maxDelay > 0) {
    if (update !== "sync")
      throw new EngineError(
        Codes.LOGIC_UNSUPPORTED,
        "temporal (delayed) networks have synchronous semantics only",
        { file: net.file },
      );
    if (nFree > 20)
      throw new EngineError(
        Codes.LOGIC_TOO_LARGE,
        `temporal network with ${nFree} free genes: exhaustive search is limited to 20`,
      );
    attractors = temporalSync(c, sp);
  } else if (exact)
    attractors = update === "sync" ? exhaustiveSync(sp) : exactAsync(sp, o.reachability ?? nFree <= 20);
  else attractors = randomSearch(sp, update, o.starts ?? 1000, o.walkLength ?? 10000, o.seed ?? 1);
  if (update === "async") {
    // the smallest trap space around each asynchronous attractor (skipped when a node has too many free inputs)
    for (const a of attractors) {
      try {
        a.trap_space = enclosingTrapSpace(net, a.states, { fix: o.fix, parameters: o.parameters });
      } catch (err) {
        if (!(err instanceof EngineError) || err.diagnostic.code !== Codes.LOGIC_TOO_LARGE) throw err;
      }
    }
  }
  return {
    nodes: [...c.names],
    update,
    method: exact ? "exhaustive" : "random-walk",
    n_free: nFree,
    attractors,
  };
}

/** Rotate a cycle (compact states in successor order) to start at its smallest state. */
function rotateMin(cycle: number[]): number[] {
  let m = 0;
  for (let i = 1; i < cycle.length; i++) if (cycle[i] < cycle[m]) m = i;
  return [...cycle.slice(m), ...cycle.slice(0, m)];
}

function exhaustiveSync(sp: Space): Attractor[] {
  const N = 2 ** sp.free.length;
  const label = new Int32Array(N); // 0 unvisited, -1 on the current walk, a+1 = attractor a
  const path: number[] = [];
  const cycles: number[][] = [];
  const basins: number[] = [];
  for (let start = 0; start < N; start++) {
    if (label[start] !== 0) continue;
    path.length = 0;
    let x = start;
    while (label[x] === 0) {
      label[x] = -1;
      path.push(x);
      x = sp.succ(x);
    }
    let a: number;
    if (label[x] === -1) {
      const at = path.lastIndexOf(x);
      a = cycles.length;
      cycles.push(rotateMin(path.slice(at)));
      basins.push(0);
    } else a = label[x] - 1;
    for (const p of path) label[p] = a + 1;
    basins[a] += path.length;
  }
  return cycles.map((cy, a) => ({
    kind: cy.length === 1 ? "steady" : "cycle",
    states: cy.map((x) => sp.str(x)),
    basin_size: basins[a],
  }));
}

function exactAsync(sp: Space, reachability: boolean): Attractor[] {
  const f = sp.free.length;
  const N = 2 ** f;
  const index = new Int32Array(N); // 0 = unvisited, else DFS index + 1
  const low = new Int32Array(N);
  const comp = new Int32Array(N).fill(-1);
  const stack = new Int32Array(N);
  let sp_ = 0;
  const callNode = new Int32Array(N);
  const callMask = new Int32Array(N);
  let counter = 0;
  let nComp = 0;
  const terminal: number[][] = [];
  for (let root = 0; root < N; root++) {
    if (index[root] !== 0) continue;
    let depth = 0;
    callNode[0] = root;
    callMask[0] = sp.diff(root);
    index[root] = low[root] = ++counter;
    stack[sp_++] = root;
    while (depth >= 0) {
      const v = callNode[depth];
      const m = callMask[depth];
      if (m !== 0) {
        const bit = m & -m;
        callMask[depth] = m ^ bit;
        const w = (v ^ bit) >>> 0;
        if (index[w] === 0) {
          index[w] = low[w] = ++counter;
          stack[sp_++] = w;
          depth++;
          callNode[depth] = w;
          callMask[depth] = sp.diff(w);
        } else if (comp[w] === -1 && index[w] < low[v]) low[v] = index[w];
        continue;
      }
      if (low[v] === index[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack[--sp_];
          comp[w] = nComp;
          members.push(w);
        } while (w !== v);
        let closed = true;
        for (const x of members) {
          let d = sp.diff(x);
          while (d !== 0 && closed) {
            const bit = d & -d;
            d ^= bit;
            if (comp[(x ^ bit) >>> 0] !== nComp) closed = false;
          }
          if (!closed) break;
        }
        if (closed) terminal.push(members.sort((a, b) => a - b));
        nComp++;
      }
      depth--;
      if (depth >= 0) {
        const u = callNode[depth];
        if (low[v] < low[u]) low[u] = low[v];
      }
    }
  }
  const out: Attractor[] = terminal.map((members) => ({
    kind: members.length === 1 ? "steady" : "complex",
    states: members.map((x) => sp.str(x)),
    basin_size: null,
  }));
  if (reachability) {
    // reverse search: y → x is an edge when x = y ^ bit and node `bit` of y would flip, i.e. f(y) has x's value there
    const seen = new Uint8Array(N);
    terminal.forEach((members, a) => {
      seen.fill(0);
      const queue: number[] = [...members];
      for (const x of members) seen[x] = 1;
      let count = members.length;
      for (let q = 0; q < queue.length; q++) {
        const x = queue[q];
        for (let k = 0; k < f; k++) {
          const y = (x ^ (1 << k)) >>> 0;
          if (seen[y]) continue;
          if ((sp.diff(y) >>> k) & 1) {
            seen[y] = 1;
            count++;
            queue.push(y);
          }
        }
      }
      out[a].reachable_from = count;
    });
  }
  return out;
}

/** Temporal networks: history-constant start states (the past equals the start state), synchronous. */
function temporalSync(c: CompiledLogical, sp: Space): Attractor[] {
  const D = c.maxDelay;
  const N = 2 ** sp.free.length;
  const label = new Map<string, number>();
  const cycles: { seq: string[]; basin: number }[] = [];
  for (let start = 0; start < N; start++) {
    let cur = sp.expand(start, new Int32Array(c.W));
    let hist: Int32Array[] = Array.from({ length: D }, () => cur.slice());
    const keyOf = () => [cur, ...hist].map((h) => Array.from(h).join(",")).join("|");
    const walk: string[] = [];
    const walkStates: string[] = [];
    const onWalk = new Map<string, number>();
    let k = keyOf();
    while (!label.has(k) && !onWalk.has(k)) {
      onWalk.set(k, walk.length);
      walk.push(k);
      walkStates.push(stateString(cur, c.n));
      const next = new Int32Array(c.W);
      c.step(cur, next, hist);
      hist = [cur, ...hist.slice(0, D - 1)];
      cur = next;
      k = keyOf();
    }
    let a: number;
    if (onWalk.has(k)) {
      const at = onWalk.get(k) as number;
      const keys = walk.slice(at);
      const seq = walkStates.slice(at);
      // rotate to the smallest extended-state key so the same cycle prints the same way
      let m = 0;
      for (let i = 1; i < keys.length; i++) if (keys[i] < keys[m]) m = i;
      a = cycles.length;
      cycles.push({ seq: [...seq.slice(m), ...seq.slice(0, m)], basin: 0 });
    } else a = label.get(k) as number;
    for (const w of walk) label.set(w, a);
    cycles[a].basin++;
  }
  return cycles.map((cy) => ({
    kind: cy.seq.length === 1 ? "steady" : "cycle",
    states: cy.seq,
    basin_size: cy.basin,
  }));
}

/** Random-walk search (BoolNet method "random"): for networks beyond the exact limit. */
function randomSearch(
  sp: Space,
  update: UpdateScheme,
  starts: number,
  walkLength: number,
  seed: number,
): Attractor[] {
  const f = sp.free.length;
  const rng = new Xoshiro128(seed, 0x5eed);
  const W = Math.ceil(f / 32);
  const found = new Map<string, { states: string[]; hits: number }>();
  const key = (x: Int32Array) => Array.from(x).join(",");
  // compact states of > 32 free nodes: use word arrays over free-node positions
  const freeState = () => {
    const x = new Int32Array(W);
    for (let w = 0; w < W; w++) x[w] = rng.nextU32() | 0;
    if (f % 32) x[W - 1] &= (1 << (f % 32)) - 1;
    return x;
  };
  const full = (x: Int32Array) => {
    const s = sp.base.slice();
    for (let k = 0; k < f; k++)
      if ((x[k >> 5] >>> (k & 31)) & 1) s[sp.free[k] >> 5] |= 1 << (sp.free[k] & 31);
    return s;
  };
  const toFree = (s: Int32Array) => {
    const x = new Int32Array(W);
    for (let k = 0; k < f; k++)
      if ((s[sp.free[k] >> 5] >>> (sp.free[k] & 31)) & 1) x[k >> 5] |= 1 << (k & 31);
    return x;
  };
  const out = new Int32Array(sp.c.W);
  const flips = (x: Int32Array): number[] => {
    const s = full(x);
    sp.c.step(s, out);
    const r: number[] = [];
    for (let k = 0; k < f; k++) {
      const i = sp.free[k];
      if (((s[i >> 5] ^ out[i >> 5]) >>> (i & 31)) & 1) r.push(k);
    }
    return r;
  };
  const flip = (x: Int32Array, k: number) => {
    const y = x.slice();
    y[k >> 5] ^= 1 << (k & 31);
    return y;
  };
  const strOf = (x: Int32Array) => stateString(full(x), sp.c.n);
  const CLOSURE_LIMIT = 100000;
  for (let s = 0; s < starts; s++) {
    let x = freeState();
    if (update === "sync") {
      const seen = new Map<string, number>();
      const seq: Int32Array[] = [];
      while (!seen.has(key(x))) {
        seen.set(key(x), seq.length);
        seq.push(x);
        sp.c.step(full(x), out);
        x = toFree(out);
      }
      const cyc = seq.slice(seen.get(key(x)));
      const strs = cyc.map(strOf);
      const ordered = cyc.map((c, i) => ({ c, i })).sort((a, b) => cmpWords(a.c, b.c));
      const m = ordered[0].i;
      const rot = [...strs.slice(m), ...strs.slice(0, m)];
      const id = [...strs].sort().join(";");
      const e = found.get(id) ?? { states: rot, hits: 0 };
      e.hits++;
      found.set(id, e);
      continue;
    }
    for (let step = 0; step < walkLength; step++) {
      const fl = flips(x);
      if (fl.length === 0) break;
      x = flip(x, fl[rng.nextU32() % fl.length]);
    }
    // accept x when its forward closure is strongly connected (then it is a terminal SCC)
    for (let attempt = 0; attempt < 20; attempt++) {
      const closure = new Map<string, Int32Array>([[key(x), x]]);
      const queue = [x];
      let tooBig = false;
      for (let q = 0; q < queue.length && !tooBig; q++) {
        for (const k of flips(queue[q])) {
          const y = flip(queue[q], k);
          const ky = key(y);
          if (!closure.has(ky)) {
            closure.set(ky, y);
            queue.push(y);
            if (closure.size > CLOSURE_LIMIT) tooBig = true;
          }
        }
      }
      if (!tooBig && reachesBack(closure, x, flips, flip, key)) {
        const states = [...closure.values()].sort(cmpWords).map(strOf);
        const id = states.join(";");
        const e = found.get(id) ?? { states, hits: 0 };
        e.hits++;
        found.set(id, e);
        break;
      }
      for (let step = 0; step < walkLength; step++) {
        const fl = flips(x);
        if (fl.length === 0) break;
        x = flip(x, fl[rng.nextU32() % fl.length]);
      }
    }
  }
  return [...found.values()].map((e) => ({
    kind: e.states.length === 1 ? "steady" : update === "sync" ? "cycle" : "complex",
    states: e.states,
    basin_size: null,
    basin_fraction: e.hits / starts,
  }));
}

function cmpWords(a: Int32Array, b: Int32Array): number {
  for (let w = a.length - 1; w >= 0; w--) {
    const x = a[w] >>> 0;
    const y = b[w] >>> 0;
    if (x !== y) return x - y;
  }
  return 0;
}

/** Every state of the closure reaches x (reverse search restricted to the closure). */
function reachesBack(
  closure: Map<string, Int32Array>,
  x: Int32Array,
  flips: (x: Int32Array) => number[],
  flip: (x: Int32Array, k: number) => Int32Array,
  key: (x: Int32Array) => string,
): boolean {
  const preds = new Map<string, string[]>();
  for (const [k, y] of closure) {
    for (const b of flips(y)) {
      const kz = key(flip(y, b));
      const l = preds.get(kz) ?? [];
      l.push(k);
      preds.set(kz, l);
    }
  }
  const seen = new Set([key(x)]);
  const queue = [key(x)];
  for (let q = 0; q < queue.length; q++)
    for (const p of preds.get(queue[q]) ?? []) {
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
    }
  return seen.size === closure.size;
}

/**
 * All fixed points f(x) = x, by depth-first search over node values with three-valued propagation:
 * after each assignment every node that reads it is evaluated in Kleene logic and the branch is cut
 * as soon as a node's function is known to differ from its value. Works for networks of any size
 * whose fixed points are not astronomically many (`limit`, default 100000).
 */
export function fixedPoints(
  net: LogicalNetwork,
  o: { fix?: Mutations; parameters?: Readonly<Record<string, number>>; limit?: number } = {},
): string[] {
  const c = prepare(net, o);
  const n = c.n;
  const logic = c.logic as LExpr[];
  const readers: number[][] = Array.from({ length: n }, () => []);
  const regs: number[][] = logic.map((l, i) => {
    const s = new Set<number>();
    collect(l, s);
    for (const j of s) readers[j].push(i);
    return [...s];
  });
  // order: constants first, then greedily the node that completes the most functions
  const order: number[] = [];
  const placed = new Uint8Array(n);
  const missing = regs.map((r, i) => new Set([...r, i]));
  for (let step = 0; step < n; step++) {
    let best = -1;
    let bestScore = -1;
    for (let i = 0; i < n; i++) {
      if (placed[i]) continue;
      let score = c.constants.has(i) ? 1e9 : 0;
      for (const r of [...readers[i], i]) if (missing[r].size === 1 && missing[r].has(i)) score += 10;
      score -= regs[i].filter((j) => !placed[j]).length * 0.01;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    placed[best] = 1;
    order.push(best);
    for (const r of [...readers[best], best]) missing[r].delete(best);
  }
  const val = new Int8Array(n).fill(2); // 0, 1, 2 = unknown
  const results: string[] = [];
  const limit = o.limit ?? 100000;
  const consistent = (i: number): boolean => {
    const targets = readers[i].includes(i) ? readers[i] : [...readers[i], i];
    for (const r of targets) {
      if (val[r] === 2) continue;
      const v = kleene(logic[r], val);
      if (v !== 2 && v !== val[r]) return false;
    }
    return true;
  };
  const rec = (depth: number) => {
    if (results.length >= limit) return;
    if (depth === n) {
      // exact check with the compiled function (three-valued pruning is only a filter)
      const str = Array.from(val, (v) => String(v)).join("");
      const s = new Int32Array(c.W);
      for (let i = 0; i < n; i++) if (val[i] === 1) s[i >> 5] |= 1 << (i & 31);
      const out = new Int32Array(c.W);
      c.step(s, out);
      if (out.every((w, k) => w === s[k])) results.push(str);
      return;
    }
    const i = order[depth];
    const k = c.constants.get(i);
    for (const v of k !== undefined ? [k] : [0, 1]) {
      val[i] = v;
      if (consistent(i)) rec(depth + 1);
    }
    val[i] = 2;
  };
  rec(0);
  if (results.length >= limit)
    throw new EngineError(Codes.LOGIC_TOO_LARGE, `more than ${limit} fixed points`);
  return results.sort();
}

function collect(e: LExpr, s: Set<number>): void {
  if (e.k === "node") s.add(e.i);
  else if (e.k === "not" || e.k === "neg") collect(e.a, s);
  else if (e.k === "bin") {
    collect(e.a, s);
    collect(e.b, s);
  } else if (e.k === "cond") {
    collect(e.c, s);
    collect(e.a, s);
    collect(e.b, s);
  }
}

/** Kleene three-valued evaluation (2 = unknown) of a Boolean function. */
function kleene(e: LExpr, val: Int8Array): number {
  switch (e.k) {
    case "num":
      return e.v !== 0 ? 1 : 0;
    case "node":
      return val[e.i];
    case "not": {
      const a = kleene(e.a, val);
      return a === 2 ? 2 : 1 - a;
    }
    case "bin": {
      const a = kleene(e.a, val);
      if (e.op === "and" && a === 0) return 0;
      if (e.op === "or" && a === 1) return 1;
      const b = kleene(e.b, val);
      if (e.op === "and") return b === 0 ? 0 : a === 1 && b === 1 ? 1 : 2;
      if (e.op === "or") return b === 1 ? 1 : a === 0 && b === 0 ? 0 : 2;
      if (a === 2 || b === 2) return 2;
      if (e.op === "xor") return a !== b ? 1 : 0;
      return 2;
    }
    case "cond": {
      const c = kleene(e.c, val);
      const a = kleene(e.a, val);
      const b = kleene(e.b, val);
      if (c === 1) return a;
      if (c === 0) return b;
      return a === b ? a : 2;
    }
    default:
      return 2;
  }
}

/**
 * The smallest trap space containing the given states (e.g. an attractor): a subspace, written as a
 * string of 0/1/* in node order, that no update can leave — every fixed node's function is constant
 * (and equal to its value) over the subspace (Klarner, Bockmayr & Siebert 2015, "Computing maximal and
 * minimal trap spaces of Boolean networks", Nat Comput 14:535, doi:10.1007/s11047-015-9520-7).
 * Found by percolation: start from the nodes constant across the states and free any fixed node whose
 * function can take the other value somewhere in the subspace, until nothing changes. The check
 * enumerates the free regulators of each node (at most `maxFreeInputs`, default 20).
 */
export function enclosingTrapSpace(
  net: LogicalNetwork,
  states: readonly string[],
  o: { fix?: Mutations; parameters?: Readonly<Record<string, number>>; maxFreeInputs?: number } = {},
): string {
  const c = prepare(net, o);
  const n = c.n;
  if (states.length === 0)
    throw new EngineError(Codes.LOGIC_BAD_SETTING, "enclosingTrapSpace needs at least one state");
  const pattern: (0 | 1 | 2)[] = [];
  for (let i = 0; i < n; i++) {
    const v = states[0][i];
    pattern.push(states.every((s) => s[i] === v) ? (v === "1" ? 1 : 0) : 2);
  }
  const logic = c.logic as LExpr[];
  const regs = logic.map((l) => {
    const s = new Set<number>();
    collect(l, s);
    return [...s];
  });
  const limit = o.maxFreeInputs ?? 20;
  const val = new Float64Array(n);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (pattern[i] === 2) continue;
      const free = regs[i].filter((j) => pattern[j] === 2);
      if (free.length > limit) {
        throw new EngineError(
          Codes.LOGIC_TOO_LARGE,
          `node ${c.names[i]} has ${free.length} free regulators in the trap-space check (limit ${limit})`,
        );
      }
      for (let j = 0; j < n; j++) val[j] = pattern[j] === 1 ? 1 : 0;
      let constant = true;
      for (let m = 0; m < 2 ** free.length && constant; m++) {
        for (let k = 0; k < free.length; k++) val[free[k]] = (m >>> k) & 1;
        const v = evalExpr(logic[i], (j) => val[j]) !== 0 ? 1 : 0;
        if (v !== pattern[i]) constant = false;
      }
      if (!constant) {
        pattern[i] = 2;
        changed = true;
      }
    }
  }
  return pattern.map((p) => (p === 2 ? "*" : String(p))).join("");
}
