/**
 * Kind "maboss": stochastic Boolean (MaBoSS) simulation of a logical network, chunked exactly as the
 * engine's own single-threaded `simulateMaBoSS` (engine CHUNK = 1000 trajectories per chunk, each
 * chunk with its own xoshiro128 stream seeded by (seed, chunk index)) and merged with the engine's
 * `mergeChunks` in chunk order — so the answer equals `simulateMaBoSS` to the last bit.
 */
import { logical } from "@stat3/engine";
import type { ChunkPlan, JobKind } from "../types.js";
import { bad, checkedContent, int, numRecord, obj, optNum, optStr, strList } from "./check.js";

const K = "maboss";
const FORMATS = ["maboss", "bnet", "boolnet", "sbml-qual"] as const;

export interface MaBoSSParams {
  model: { format: (typeof FORMATS)[number]; content: string; hash: string; config?: string };
  overrides: logical.RunOverrides;
}

interface Ctx {
  compiled: logical.CompiledLogical;
  run: logical.MaBoSSRun;
}

function resolve(p: MaBoSSParams) {
  const net0 = logical.readLogical(p.model.content, { format: p.model.format } as Parameters<
    typeof logical.readLogical
  >[1]);
  const cfg = p.model.config !== undefined ? logical.readMaBoSSConfig(p.model.config) : undefined;
  return logical.resolveRun(net0, cfg, p.overrides);
}

export const mabossKind: JobKind<MaBoSSParams, Ctx, logical.ChunkResult, logical.MaBoSSResult> = {
  name: K,
  validate(raw) {
    const o = obj(raw, K, "params", ["model", "overrides"]);
    const m = obj(o.model, K, "model", ["format", "content", "hash", "config"]);
    const format = m.format as MaBoSSParams["model"]["format"];
    if (!FORMATS.includes(format)) throw bad(K, `model.format must be one of ${FORMATS.join(", ")}`);
    const { content, hash } = checkedContent(m, K, "model");
    const config = optStr(m.config, K, "model.config");
    const ov = obj(o.overrides ?? {}, K, "overrides", [
      "samples",
      "seed",
      "maxTime",
      "timeTick",
      "parameters",
      "fix",
      "initial",
      "outputs",
    ]);
    const overrides: logical.RunOverrides = {};
    if (ov.samples !== undefined) overrides.samples = int(ov.samples, K, "overrides.samples", 1, 1e9);
    if (ov.seed !== undefined) overrides.seed = int(ov.seed, K, "overrides.seed", 0, 2 ** 32 - 1);
    const maxTime = optNum(ov.maxTime, K, "overrides.maxTime");
    if (maxTime !== undefined) overrides.maxTime = maxTime;
    const timeTick = optNum(ov.timeTick, K, "overrides.timeTick");
    if (timeTick !== undefined) overrides.timeTick = timeTick;
    if (ov.parameters !== undefined)
      overrides.parameters = numRecord(ov.parameters, K, "overrides.parameters");
    for (const key of ["fix", "initial"] as const)
      if (ov[key] !== undefined) {
        const r = numRecord(ov[key], K, `overrides.${key}`);
        for (const [n, v] of Object.entries(r))
          if (v !== 0 && v !== 1) throw bad(K, `overrides.${key}.${n} must be 0 or 1`);
        (overrides as Record<string, unknown>)[key] = r;
      }
    if (ov.outputs !== undefined) overrides.outputs = strList(ov.outputs, K, "overrides.outputs");
    const p: MaBoSSParams = {
      model: { format, content, hash, ...(config !== undefined ? { config } : {}) },
      overrides,
    };
    resolve(p); // parse errors surface at validation, naming the line
    return p;
  },
  plan(p) {
    const { run } = resolve(p);
    return logical.chunksOf(run).map(([index, count]) => ({ index, start: index * logical.CHUNK, count }));
  },
  prepare(p) {
    const { net, run } = resolve(p);
    return { compiled: logical.compileLogical(net, { parameters: run.parameters }), run };
  },
  run(ctx, _p, chunk: ChunkPlan) {
    return logical.simulateChunk(ctx.compiled, ctx.run, chunk.index, chunk.count);
  },
  merge(p, parts) {
    const missing = parts.indexOf(undefined);
    if (missing >= 0) throw bad(K, `chunk ${missing} failed: no MaBoSS answer without every chunk`);
    const ctx = this.prepare(p);
    return logical.finalizeResult(ctx.compiled, ctx.run, logical.mergeChunks(parts as logical.ChunkResult[]));
  },
};
