/**
 * MaBoSS semantics: a continuous-time Markov process on Boolean states (Stoll, Viara, Barillot &
 * Calzone 2012, BMC Syst Biol 6:116, doi:10.1186/1752-0509-6-116), simulated with Gillespie's direct
 * method (Gillespie 1977, doi:10.1021/j100540a008): in state x every node i has the flip rate
 * r_i = x_i ? rate_down_i : rate_up_i; the waiting time is Exp(R) with R = Σ r_i, and node i flips with
 * probability r_i / R. `discrete_time = 1` replaces the waiting time by `time_tick` (MaBoSS's discrete
 * mode). A trajectory ends at `max_time`, or at a fixed point (R = 0), which is then held to max_time.
 *
 * Estimates, as MaBoSS reports them:
 *   - per time tick [kτ, (k+1)τ): the probability of every state of the non-internal nodes, the
 *     trajectory average of the fraction of the tick spent in it; its standard error
 *     sqrt((E[f²] − p²)/(n − 1)) over trajectories; the entropy H = −Σ p log2 p; the transition
 *     entropy TH = time-average of −Σ (r_i/R_out) log2(r_i/R_out) over non-internal nodes with r_i > 0;
 *   - the distribution of final states and of the fixed points reached.
 *
 * Reproducibility and parallelism: trajectories are grouped in chunks of a fixed size (CHUNK), chunk
 * k draws from its own xoshiro128** stream (seed, k), and chunk results are merged in chunk order — so
 * the result is bit-identical for any number of workers.
 */
import { Codes, EngineError } from "../messages.js";
import { type LExpr, type LogicalNetwork, mapExpr, nodeIndex } from "./ast.js";
import { type CompiledLogical, compileLogical, stateString } from "./compile.js";
import { emptyConfig, evalConst, type MaBoSSConfig, resolveParameters } from "./maboss.js";
import { type Mutations, mutate, type RateChange } from "./mutate.js";
import { Xoshiro128 } from "./prng.js";

/** trajectories per chunk: the unit of seeding and of work distribution (never change casually) */
export const CHUNK = 1000;

export interface IStateSampler {
  nodes: number[];
  /** cumulative normalised weights */
  cum: number[];
  values: number[][];
}

/** A fully resolved run: everything a worker needs besides the network. */
export interface MaBoSSRun {
  timeTick: number;
  maxTime: number;
  sampleCount: number;
  discreteTime: boolean;
  seed: number;
  parameters: Record<string, number>;
  /** per node: hidden from reported states */
  internal: boolean[];
  istate: IStateSampler[];
}

export interface RunOverrides {
  samples?: number;
  seed?: number;
  maxTime?: number;
  timeTick?: number;
  parameters?: Readonly<Record<string, number>>;
  fix?: Mutations;
  rates?: Readonly<Record<string, RateChange>>;
  /** initial values that override the configuration's */
  initial?: Readonly<Record<string, 0 | 1>>;
  /** names of nodes to report (all others internal); overrides is_internal */
  outputs?: readonly string[];
}

/** Combine a network and a configuration (plus overrides and mutations) into a runnable spec. */
export function resolveRun(
  net0: LogicalNetwork,
  cfg: MaBoSSConfig = emptyConfig(),
  o: RunOverrides = {},
): { net: LogicalNetwork; run: MaBoSSRun } {
  const net = o.fix || o.rates ? mutate(net0, o.fix ?? {}, o.rates ?? {}) : net0;
  const parameters = resolveParameters(net, cfg, o.parameters ?? {});
  const param = (name: string) => {
    const v = parameters[name];
    if (v === undefined)
      throw new EngineError(Codes.LOGIC_UNDEFINED, `parameter $${name} is used but never given a value`, {
        file: cfg.file,
      });
    return v;
  };
  // every $parameter the network reads must have a value (an early error naming it, not a NaN rate)
  for (const node of net.nodes) {
    for (const e of [node.logic, node.rateUp, node.rateDown, ...Object.values(node.attrs ?? {})]) {
      if (e) forEachParam(e, (p) => param(p));
    }
  }
  const setting = (name: string, dflt: number): number => {
    const e = cfg.settings[name];
    return e ? evalConst(e, param) : dflt;
  };
  const idx = nodeIndex(net);
  const node = (name: string, what: string, line?: number) => {
    const i = idx.get(name);
    if (i === undefined)
      throw new EngineError(Codes.LOGIC_UNDEFINED, `${what}: no node named ${name}`, {
        file: cfg.file,
        line,
      });
    return i;
  };
  const run: MaBoSSRun = {
    timeTick: o.timeTick ?? setting("time_tick", 1),
    maxTime: o.maxTime ?? setting("max_time", 10),
    sampleCount: o.samples ?? setting("sample_count", 1000),
    discreteTime: setting("discrete_time", 0) !== 0,
    seed: (o.seed ?? setting("seed_pseudorandom", 0)) >>> 0,
    parameters,
    internal: net.nodes.map(() => false),
    istate: [],
  };
  if (!(run.timeTick > 0))
    throw new EngineError(Codes.LOGIC_BAD_SETTING, `time_tick must be > 0, got ${run.timeTick}`, {
      file: cfg.file,
    });
  if (!(run.maxTime > 0))
    throw new EngineError(Codes.LOGIC_BAD_SETTING, `max_time must be > 0, got ${run.maxTime}`, {
      file: cfg.file,
    });
  if (!Number.isInteger(run.sampleCount) || run.sampleCount < 1) {
    throw new EngineError(
      Codes.LOGIC_BAD_SETTING,
      `sample_count must be a positive integer, got ${run.sampleCount}`,
      { file: cfg.file },
    );
  }
  for (const [name, e] of Object.entries(cfg.internal))
    run.internal[node(name, `${name}.is_internal`)] = evalConst(e, param) !== 0;
  if (o.outputs) {
    const keep = new Set(o.outputs.map((n) => node(n, "output node")));
    run.internal = net.nodes.map((_, i) => !keep.has(i));
  }
  for (const g of cfg.istate) {
    const nodes = g.nodes.map((n) => node(n, `${n}.istate`, g.line));
    const w = g.choices.map((ch) => evalConst(ch.weight, param));
    const total = w.reduce((a, b) => a + b, 0);
    if (!(total > 0) || w.some((x) => !(x >= 0))) {
      throw new EngineError(
        Codes.LOGIC_BAD_SETTING,
        `istate weights of [${g.nodes.join(", ")}] must be ≥ 0 with a positive sum`,
        {
          file: cfg.file,
          line: g.line,
        },
      );
    }
    let acc = 0;
    const cum = w.map((x) => (acc += x / total));
    cum[cum.length - 1] = 1;
    const values = g.choices.map((ch) =>
      ch.values.map((v) => {
        const x = evalConst(v, param);
        if (x !== 0 && x !== 1) {
          throw new EngineError(
            Codes.LOGIC_BAD_SETTING,
            `istate value ${x} of [${g.nodes.join(", ")}] must be 0 or 1`,
            { file: cfg.file, line: g.line },
          );
        }
        return x;
      }),
    );
    run.istate.push({ nodes, cum, values });
  }
  const forced = { ...(o.initial ?? {}), ...(o.fix ?? {}) };
  for (const [name, v] of Object.entries(forced))
    run.istate.push({ nodes: [node(name, "initial value")], cum: [1], values: [[v]] });
  return { net, run };
}

function forEachParam(e: LExpr, f: (name: string) => void): void {
  mapExpr(e, (x) => {
    if (x.k === "param") f(x.name);
    return x;
  });
}

type Key = number | string;

/** Sums of one chunk (or of a merge of chunks): plain data, structured-clone safe. */
export interface ChunkResult {
  n: number;
  nTicks: number;
  /** reported-state keys seen; `sums[q]` holds [Σ f, Σ f²] for every tick (2·nTicks) of key q */
  keys: Key[];
  sums: Float64Array[];
  /** per tick: Σ over trajectories of the tick-averaged transition entropy */
  th: Float64Array;
  final: Map<Key, number>;
  /** full-state string (all nodes) → count */
  fixed: Map<string, number>;
}

export function nTicksOf(run: MaBoSSRun): number {
  return Math.max(1, Math.ceil(run.maxTime / run.timeTick - 1e-9));
}

/** Simulate `count` trajectories of chunk `chunk` (its own random stream). */
export function simulateChunk(c: CompiledLogical, run: MaBoSSRun, chunk: number, count: number): ChunkResult {
  const n = c.n;
  const W = c.W;
  const rng = new Xoshiro128(run.seed, chunk);
  const nTicks = nTicksOf(run);
  const tau = run.timeTick;
  const maxTime = run.maxTime;
  const discrete = run.discreteTime;
  const outList: number[] = [];
  for (let i = 0; i < n; i++) if (!run.internal[i]) outList.push(i);
  const outIdx = Int32Array.from(outList);
  const nOut = outIdx.length;
  const numericKey = nOut <= 52;
  const keyWeight = new Float64Array(n); // 2^position among outputs, 0 for internal nodes
  for (let p = 0; p < nOut; p++) keyWeight[outIdx[p]] = 2 ** p;
  const isOut = new Uint8Array(n);
  for (let p = 0; p < nOut; p++) isOut[outIdx[p]] = 1;
  const res: ChunkResult = {
    n: count,
    nTicks,
    keys: [],
    sums: [],
    th: new Float64Array(nTicks),
    final: new Map(),
    fixed: new Map(),
  };
  const slotOf = new Map<Key, number>();
  const slot = (key: Key): number => {
    let q = slotOf.get(key);
    if (q === undefined) {
      q = res.keys.length;
      slotOf.set(key, q);
      res.keys.push(key);
      res.sums.push(new Float64Array(2 * nTicks));
    }
    return q;
  };
  const sums = res.sums;
  const thSum = res.th;
  const s = new Int32Array(W);
  const r = new Float64Array(n);
  // per-trajectory buffer of the current tick: (slot, time) pairs
  let bufSlot = new Int32Array(64);
  let bufDt = new Float64Array(64);
  let bufLen = 0;
  let tick = 0;
  let tickEnd = tau;
  let thTick = 0;
  let curSlot = 0;
  let th = 0;
  const stringKey = (): string => {
    let k = "";
    for (let p = 0; p < nOut; p++) k += (s[outIdx[p] >> 5] >>> (outIdx[p] & 31)) & 1 ? "1" : "0";
    return k;
  };
  const transitionEntropy = (): number => {
    let tot = 0;
    let cnt = 0;
    for (let p = 0; p < nOut; p++) {
      const x = r[outIdx[p]];
      if (x > 0) {
        tot += x;
        cnt++;
      }
    }
    if (cnt <= 1 || !(tot > 0)) return 0;
    let h = 0;
    for (let p = 0; p < nOut; p++) {
      const x = r[outIdx[p]];
      if (x > 0) {
        const q = x / tot;
        h -= q * Math.log2(q);
      }
    }
    return h;
  };
  const flush = () => {
    const o = 2 * tick;
    for (let q = 0; q < bufLen; q++) {
      const f = bufDt[q] / tau;
      const a = sums[bufSlot[q]];
      a[o] += f;
      a[o + 1] += f * f;
    }
    thSum[tick] += thTick / tau;
    bufLen = 0;
    thTick = 0;
  };
  /** time [t0, t1) spent in the current state */
  const accumulate = (t0: number, t1: number) => {
    while (t0 < t1 && tick < nTicks) {
      if (bufLen === 0 && t0 === tick * tau && t1 >= tickEnd) {
        // a whole tick in one state: fraction 1 (the common case once a trajectory settles)
        const a = sums[curSlot];
        a[2 * tick] += 1;
        a[2 * tick + 1] += 1;
        thSum[tick] += th;
        t0 = tickEnd;
        tick++;
        tickEnd = (tick + 1) * tau;
        continue;
      }
      const seg = Math.min(t1, tickEnd) - t0;
      let q = 0;
      while (q < bufLen && bufSlot[q] !== curSlot) q++;
      if (q === bufLen) {
        if (bufLen === bufSlot.length) flushGrow();
        bufSlot[q] = curSlot;
        bufDt[q] = 0;
        bufLen++;
      }
      bufDt[q] += seg;
      thTick += th * seg;
      if (t1 >= tickEnd) {
        flush();
        t0 = tickEnd;
        tick++;
        tickEnd = (tick + 1) * tau;
      } else t0 = t1;
    }
  };
  // more than 64 distinct states inside one tick (very long ticks): grow the buffer
  const flushGrow = () => {
    const ns = new Int32Array(bufSlot.length * 2);
    ns.set(bufSlot);
    const nd = new Float64Array(bufDt.length * 2);
    nd.set(bufDt);
    bufSlot = ns;
    bufDt = nd;
  };
  for (let traj = 0; traj < count; traj++) {
    // initial state: unlisted nodes are 0/1 with probability 1/2 (MaBoSS's default), then istate groups in order
    for (let w = 0; w < W; w++) s[w] = rng.nextU32() | 0;
    if (n % 32) s[W - 1] &= (1 << (n % 32)) - 1;
    for (const g of run.istate) {
      let ch = 0;
      if (g.cum.length > 1) {
        const u = rng.uniform();
        while (ch < g.cum.length - 1 && u > g.cum[ch]) ch++;
      }
      const vals = g.values[ch];
      for (let q = 0; q < g.nodes.length; q++) {
        const i = g.nodes[q];
        if (vals[q]) s[i >> 5] |= 1 << (i & 31);
        else s[i >> 5] &= ~(1 << (i & 31));
      }
    }
    c.rates(s, r);
    let key: Key = 0;
    if (numericKey) {
      for (let p = 0; p < nOut; p++)
        if ((s[outIdx[p] >> 5] >>> (outIdx[p] & 31)) & 1) key += keyWeight[outIdx[p]];
    } else key = stringKey();
    curSlot = slot(key);
    th = transitionEntropy();
    let t = 0;
    tick = 0;
    tickEnd = tau;
    bufLen = 0;
    thTick = 0;
    let steps = 0;
    let fixedPoint = false;
    for (;;) {
      let total = 0;
      for (let i = 0; i < n; i++) total += r[i];
      let tNext: number;
      if (!(total > 0)) {
        fixedPoint = true;
        tNext = maxTime;
      } else if (discrete) tNext = (steps + 1) * tau;
      else tNext = t - Math.log(rng.uniform()) / total;
      if (tNext >= maxTime) {
        accumulate(t, maxTime);
        break;
      }
      accumulate(t, tNext);
      t = tNext;
      steps++;
      // choose the node to flip in proportion to its rate
      const x = rng.uniform() * total;
      let j = 0;
      let acc = r[0];
      while (acc <= x && j < n - 1) acc += r[++j];
      while (r[j] === 0 && j > 0) j--;
      s[j >> 5] ^= 1 << (j & 31);
      c.update(s, r, j);
      if (isOut[j]) {
        if (numericKey) key = (key as number) + ((s[j >> 5] >>> (j & 31)) & 1 ? keyWeight[j] : -keyWeight[j]);
        else key = stringKey();
        curSlot = slot(key);
      }
      if (nOut > 0) th = transitionEntropy();
    }
    if (tick < nTicks && bufLen > 0) flush();
    res.final.set(key, (res.final.get(key) ?? 0) + 1);
    if (fixedPoint) {
      const fk = stateString(s, n);
      res.fixed.set(fk, (res.fixed.get(fk) ?? 0) + 1);
    }
  }
  return res;
}

/** Merge chunk results in the given order (the order fixes floating-point sums). */
export function mergeChunks(parts: readonly ChunkResult[]): ChunkResult {
  if (parts.length === 0) throw new Error("mergeChunks: nothing to merge");
  const nTicks = parts[0].nTicks;
  const out: ChunkResult = {
    n: 0,
    nTicks,
    keys: [],
    sums: [],
    th: new Float64Array(nTicks),
    final: new Map(),
    fixed: new Map(),
  };
  const slotOf = new Map<Key, number>();
  for (const p of parts) {
    out.n += p.n;
    p.keys.forEach((key, q) => {
      let k = slotOf.get(key);
      if (k === undefined) {
        k = out.keys.length;
        slotOf.set(key, k);
        out.keys.push(key);
        out.sums.push(new Float64Array(2 * nTicks));
      }
      const a = out.sums[k];
      const b = p.sums[q];
      for (let x = 0; x < a.length; x++) a[x] += b[x];
    });
    for (let k = 0; k < nTicks; k++) out.th[k] += p.th[k];
    for (const [key, v] of p.final) out.final.set(key, (out.final.get(key) ?? 0) + v);
    for (const [key, v] of p.fixed) out.fixed.set(key, (out.fixed.get(key) ?? 0) + v);
  }
  return out;
}

export interface StateProb {
  label: string;
  p: number;
  err: number;
}

export interface TickResult {
  t: number;
  states: StateProb[];
  H: number;
  TH: number;
  marginals: Record<string, number>;
}

export interface MaBoSSResult {
  nodes: string[];
  outputs: string[];
  sampleCount: number;
  timeTick: number;
  maxTime: number;
  ticks: TickResult[];
  lastTick: TickResult;
  final: StateProb[];
  fixedPoints: { state: string; on: string[]; p: number }[];
}

/** Turn sums into probabilities, errors, entropies and labels. */
export function finalizeResult(c: CompiledLogical, run: MaBoSSRun, sum: ChunkResult): MaBoSSResult {
  const outIdx: number[] = [];
  for (let i = 0; i < c.n; i++) if (!run.internal[i]) outIdx.push(i);
  const outputs = outIdx.map((i) => c.names[i]);
  const onOf = (key: Key): boolean[] =>
    typeof key === "number"
      ? outIdx.map((_, p) => Math.floor(key / 2 ** p) % 2 === 1)
      : Array.from(key, (ch) => ch === "1");
  const labelOf = (key: Key): string => {
    const on = onOf(key);
    const names = outputs.filter((_, p) => on[p]);
    return names.length ? names.join(" -- ") : "<nil>";
  };
  const n = sum.n;
  const byP = (a: StateProb, b: StateProb) =>
    b.p - a.p || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  const ticks: TickResult[] = Array.from({ length: sum.nTicks }, (_, k) => {
    const states: StateProb[] = [];
    const marginals: Record<string, number> = {};
    for (const name of outputs) marginals[name] = 0;
    let H = 0;
    for (let q = 0; q < sum.keys.length; q++) {
      const a = sum.sums[q][2 * k];
      const b = sum.sums[q][2 * k + 1];
      if (a === 0) continue;
      const key = sum.keys[q];
      const p = a / n;
      const varf = Math.max(0, b / n - p * p);
      states.push({ label: labelOf(key), p, err: n > 1 ? Math.sqrt(varf / (n - 1)) : 0 });
      if (p > 0) H -= p * Math.log2(p);
      const on = onOf(key);
      outputs.forEach((name, q) => {
        if (on[q]) marginals[name] += p;
      });
    }
    states.sort(byP);
    return { t: k * run.timeTick, states, H, TH: sum.th[k] / n, marginals };
  });
  const final: StateProb[] = [...sum.final].map(([key, cnt]) => {
    const p = cnt / n;
    return { label: labelOf(key), p, err: Math.sqrt((p * (1 - p)) / n) };
  });
  final.sort(byP);
  const fixedPoints = [...sum.fixed].map(([state, cnt]) => {
    const on = c.names.filter((_, i) => state[i] === "1");
    return { state, on, p: cnt / n };
  });
  fixedPoints.sort((a, b) => b.p - a.p);
  return {
    nodes: [...c.names],
    outputs,
    sampleCount: n,
    timeTick: run.timeTick,
    maxTime: run.maxTime,
    ticks,
    lastTick: ticks[ticks.length - 1],
    final,
    fixedPoints,
  };
}

/** Chunk layout of a run: [chunk index, trajectories] pairs. */
export function chunksOf(run: MaBoSSRun): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0, left = run.sampleCount; left > 0; k++, left -= CHUNK) out.push([k, Math.min(CHUNK, left)]);
  return out;
}

/** Single-threaded MaBoSS run (the same numbers the worker-pool runner gives). */
export function simulateMaBoSS(net: LogicalNetwork, cfg?: MaBoSSConfig, o: RunOverrides = {}): MaBoSSResult {
  const { net: m, run } = resolveRun(net, cfg, o);
  const c = compileLogical(m, { parameters: run.parameters });
  const parts = chunksOf(run).map(([k, cnt]) => simulateChunk(c, run, k, cnt));
  return finalizeResult(c, run, mergeChunks(parts));
}

/** The `stat3 logical simulate --json` contract. */
export function simulateJson(res: MaBoSSResult): {
  final: Record<string, number>;
  last_tick: Record<string, number>;
  node_marginals: Record<string, number>;
  final_err: Record<string, number>;
  last_tick_err: Record<string, number>;
  entropy: { H: number; TH: number };
  fixed_points: { state: string; p: number }[];
  sample_count: number;
  last_tick_time: number;
} {
  const rec = (xs: StateProb[], f: (x: StateProb) => number) =>
    Object.fromEntries(xs.map((x) => [x.label, f(x)]));
  return {
    final: rec(res.final, (x) => x.p),
    last_tick: rec(res.lastTick.states, (x) => x.p),
    node_marginals: res.lastTick.marginals,
    final_err: rec(res.final, (x) => x.err),
    last_tick_err: rec(res.lastTick.states, (x) => x.err),
    entropy: { H: res.lastTick.H, TH: res.lastTick.TH },
    fixed_points: res.fixedPoints.map((f) => ({ state: f.on.length ? f.on.join(" -- ") : "<nil>", p: f.p })),
    sample_count: res.sampleCount,
    last_tick_time: res.lastTick.t,
  };
}
