/**
 * Kind "scan": an ensemble of deterministic simulations of one model — parameter scans, dose grids,
 * sampled parameter uncertainty — either of an SBML model (by content) or of the built-in STAT3 model
 * (@stat3/stat3 runStat3). Point i is a pure function of (job, i): explicit list, Cartesian grid
 * (last key fastest), or a counter-based random sample (point i's coordinates hash (seed, i, j), so
 * no stream has to be advanced through earlier points and any chunking gives the same points).
 * Chunk k holds points [k·chunkSize, …); its result is the flat read-out block of those points.
 *
 * Random coordinates: lowbias32 integer hash (C. Wellons, "Hash function prospector", 2018,
 * constants 0x7feb352d, 0x846ca68b), u = (h + 0.5)/2^32 ∈ (0, 1).
 */
import { Codes, type CompiledModel, compileModel, EngineError, readSBML, simulate } from "@stat3/engine";
import { runStat3 } from "@stat3/stat3";
import type { ChunkPlan, JobKind } from "../types.js";
import { bad, checkedContent, int, numList, numRecord, obj, optNum, optStr, strList } from "./check.js";

const K = "scan";
/** default points per chunk: ~0.1–0.3 s of compute for the STAT3 model, so queue overhead stays ≪ 5 % */
export const DEFAULT_SCAN_CHUNK = 100;
const MAX_POINTS = 100_000_000;

export type ScanModel =
  | { kind: "sbml"; content: string; hash: string; method?: string }
  | { kind: "stat3"; context?: string; il6?: number; preIncubate?: number; method?: string };

export interface ScanRange {
  lo: number;
  hi: number;
  scale: "lin" | "log";
}

export type ScanPoints =
  | { list: Record<string, number>[] }
  | { grid: Record<string, number[]> }
  | { sample: { n: number; seed: number; ranges: Record<string, ScanRange> } };

export interface ScanParams {
  model: ScanModel;
  /** values applied to every point before the point's own */
  base: Record<string, number>;
  points: ScanPoints;
  times: number[];
  selections: string[];
  chunkSize: number;
}

export interface ScanChunk {
  /** count × selections × times, point-major */
  values: Float64Array;
}

export interface ScanAnswer {
  selections: string[];
  times: number[];
  n: number;
  /** n × selections × times, point-major; NaN for points of failed chunks */
  values: Float64Array;
  failedPoints: number;
}

function lowbias32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Uniform (0,1) coordinate j of point i for a seed. */
export function unitCoordinate(seed: number, i: number, j: number): number {
  const h = lowbias32((lowbias32((seed ^ lowbias32(i)) >>> 0) + Math.imul(j + 1, 0x9e3779b9)) >>> 0);
  return (h + 0.5) / 4294967296;
}

export function pointCount(pts: ScanPoints): number {
  if ("list" in pts) return pts.list.length;
  if ("grid" in pts) return Object.values(pts.grid).reduce((a, v) => a * v.length, 1);
  return pts.sample.n;
}

/** The values of point i (names → numbers). */
export function scanPoint(p: ScanParams, i: number): Record<string, number> {
  const pts = p.points;
  if ("list" in pts) return { ...p.base, ...pts.list[i] };
  const out: Record<string, number> = { ...p.base };
  if ("grid" in pts) {
    const keys = Object.keys(pts.grid);
    let r = i;
    for (let k = keys.length - 1; k >= 0; k--) {
      const v = pts.grid[keys[k]];
      out[keys[k]] = v[r % v.length];
      r = Math.floor(r / v.length);
    }
    return out;
  }
  const { seed, ranges } = pts.sample;
  Object.keys(ranges).forEach((name, j) => {
    const { lo, hi, scale } = ranges[name];
    const u = unitCoordinate(seed, i, j);
    out[name] =
      scale === "log" ? Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo))) : lo + u * (hi - lo);
  });
  return out;
}

function validatePoints(raw: unknown): ScanPoints {
  const o = obj(raw, K, "points", ["list", "grid", "sample"]);
  const given = Object.keys(o);
  if (given.length !== 1) throw bad(K, "points: give exactly one of list, grid, sample");
  if (o.list !== undefined) {
    if (!Array.isArray(o.list) || o.list.length > 10_000_000) throw bad(K, "points.list must be a list");
    return { list: o.list.map((x, i) => numRecord(x, K, `points.list[${i}]`)) };
  }
  if (o.grid !== undefined) {
    const g = obj(o.grid, K, "points.grid");
    const grid: Record<string, number[]> = {};
    for (const [k, v] of Object.entries(g)) {
      grid[k] = numList(v, K, `points.grid.${k}`);
      if (grid[k].length === 0) throw bad(K, `points.grid.${k} is empty`);
    }
    if (pointCount({ grid }) > MAX_POINTS) throw bad(K, `points.grid has more than ${MAX_POINTS} points`);
    return { grid };
  }
  const s = obj(o.sample, K, "points.sample", ["n", "seed", "ranges"]);
  const ranges: Record<string, ScanRange> = {};
  for (const [name, r0] of Object.entries(obj(s.ranges, K, "points.sample.ranges"))) {
    const r = obj(r0, K, `points.sample.ranges.${name}`, ["lo", "hi", "scale"]);
    const lo = optNum(r.lo, K, `ranges.${name}.lo`) ?? Number.NaN;
    const hi = optNum(r.hi, K, `ranges.${name}.hi`) ?? Number.NaN;
    const scale = r.scale ?? "lin";
    if (scale !== "lin" && scale !== "log") throw bad(K, `ranges.${name}.scale must be "lin" or "log"`);
    if (!(hi >= lo) || (scale === "log" && !(lo > 0)))
      throw bad(K, `ranges.${name}: need lo ≤ hi (and lo > 0 on log scale)`);
    ranges[name] = { lo, hi, scale };
  }
  return {
    sample: {
      n: int(s.n, K, "points.sample.n", 0, MAX_POINTS),
      seed: int(s.seed ?? 1, K, "points.sample.seed", 0, 2 ** 32 - 1),
      ranges,
    },
  };
}

interface Ctx {
  compiled?: CompiledModel;
}

export const scanKind: JobKind<ScanParams, Ctx, ScanChunk, ScanAnswer> = {
  name: K,
  validate(raw) {
    const o = obj(raw, K, "params", ["model", "base", "points", "times", "selections", "chunkSize"]);
    const m = obj(o.model, K, "model");
    let model: ScanModel;
    if (m.kind === "sbml") {
      obj(m, K, "model", ["kind", "content", "hash", "method"]);
      const { content, hash } = checkedContent(m, K, "model");
      model = { kind: "sbml", content, hash };
    } else if (m.kind === "stat3") {
      obj(m, K, "model", ["kind", "context", "il6", "preIncubate", "method"]);
      model = { kind: "stat3" };
      const context = optStr(m.context, K, "model.context");
      if (context !== undefined) model.context = context;
      const il6 = optNum(m.il6, K, "model.il6");
      if (il6 !== undefined) model.il6 = il6;
      const pre = optNum(m.preIncubate, K, "model.preIncubate");
      if (pre !== undefined) model.preIncubate = pre;
    } else throw bad(K, `model.kind must be "sbml" or "stat3"`);
    const method = optStr(m.method, K, "model.method");
    if (method !== undefined) model.method = method;
    const times = numList(o.times, K, "times", 100_000);
    if (times.length === 0 || times.some((t, i) => i > 0 && t < times[i - 1]))
      throw bad(K, "times must be a non-empty, non-decreasing list");
    const selections = strList(o.selections, K, "selections", 10_000);
    if (selections.length === 0) throw bad(K, "selections: give at least one");
    const p: ScanParams = {
      model,
      base: o.base === undefined ? {} : numRecord(o.base, K, "base"),
      points: validatePoints(o.points),
      times,
      selections,
      chunkSize:
        o.chunkSize === undefined ? DEFAULT_SCAN_CHUNK : int(o.chunkSize, K, "chunkSize", 1, 1_000_000),
    };
    return p;
  },
  plan(p) {
    const n = pointCount(p.points);
    const out: ChunkPlan[] = [];
    for (let k = 0, s = 0; s < n; k++, s += p.chunkSize)
      out.push({ index: k, start: s, count: Math.min(p.chunkSize, n - s) });
    return out;
  },
  prepare(p) {
    if (p.model.kind !== "sbml") return {};
    return { compiled: compileModel(readSBML(p.model.content)) };
  },
  run(ctx, p, chunk) {
    const nS = p.selections.length;
    const nT = p.times.length;
    const values = new Float64Array(chunk.count * nS * nT);
    const model = p.model;
    for (let q = 0; q < chunk.count; q++) {
      const i = chunk.start + q;
      const point = scanPoint(p, i);
      let cols: ArrayLike<number>[];
      try {
        if (model.kind === "sbml") {
          cols = simulate(ctx.compiled as CompiledModel, {
            times: p.times,
            selections: p.selections,
            parameters: point,
            ...(model.method ? { method: model.method } : {}),
          }).values;
        } else {
          const drugs: Record<string, number> = {};
          const params: Record<string, number> = {};
          let il6 = model.il6 ?? 40;
          for (const [k, v] of Object.entries(point)) {
            if (k.startsWith("drug:")) drugs[k.slice(5)] = v;
            else if (k === "il6") il6 = v;
            else params[k] = v;
          }
          cols = runStat3({
            context: model.context ?? "hepatocyte",
            il6,
            preIncubate: model.preIncubate ?? 0,
            drugs,
            params,
            times: p.times,
            selections: p.selections,
            ...(model.method ? { method: model.method } : {}),
          }).values;
        }
      } catch (err) {
        const msg =
          err instanceof EngineError
            ? err.diagnostic.message
            : err instanceof Error
              ? err.message
              : String(err);
        throw new EngineError(
          err instanceof EngineError ? err.diagnostic.code : Codes.SIM_BAD_SETTING,
          `scan point ${i} (${JSON.stringify(point)}): ${msg}`,
        );
      }
      for (let s = 0; s < nS; s++) {
        const col = cols[s];
        for (let t = 0; t < nT; t++) values[(q * nS + s) * nT + t] = col[t];
      }
    }
    return { values };
  },
  merge(p, parts) {
    const nS = p.selections.length;
    const nT = p.times.length;
    const n = pointCount(p.points);
    const values = new Float64Array(n * nS * nT).fill(Number.NaN);
    let failedPoints = 0;
    const plan = this.plan(p);
    plan.forEach((c, k) => {
      const part = parts[k];
      if (!part) {
        failedPoints += c.count;
        return;
      }
      values.set(part.values, c.start * nS * nT);
    });
    return { selections: p.selections, times: p.times, n, values, failedPoints };
  },
};
