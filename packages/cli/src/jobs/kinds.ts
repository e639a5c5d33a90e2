/**
 * Job kinds that live in the CLI (loaded by `stat3 worker` and the in-process pool as a kind module):
 *
 *  - "screen": the therapy-lab screen (drugs × doses × contexts → read-outs, screen/job.ts and
 *    screen/evaluate.ts). The queue carries the expanded items and the model by content — an SBML
 *    model's text with its SHA-256, never a path — so any machine can run a chunk; the worker writes
 *    the checked content to a temp file named by its hash for the screen's evaluator. As in the
 *    screen's own runner, a scenario that fails gives NaN values and its message, not a failed chunk.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Codes, EngineError } from "@stat3/engine";
import { type ChunkPlan, type JobKind, type JobSpec, sha256 } from "@stat3/jobs";
import { type Evaluator, type ModelSpec, makeEvaluator, parseReadouts } from "../screen/evaluate.js";
import type { ScreenJob } from "../screen/job.js";

const K = "screen";
/** scenarios per chunk: ~0.1–0.2 s of STAT3 simulations, so the queue's per-chunk cost is ≪ 5 % */
export const DEFAULT_SCREEN_CHUNK = 100;

export interface ScreenParams {
  model:
    | { kind: "stat3"; il6?: number; preIncubate?: number; regimens?: Record<string, unknown> }
    | {
        kind: "sbml";
        content: string;
        hash: string;
        contexts?: Record<string, Record<string, number>>;
        method?: string;
      };
  readouts: string[];
  items: { context: string; drugs: Record<string, number> }[];
  chunkSize: number;
}

export interface ScreenChunk {
  /** count × readouts, item-major */
  values: Float64Array;
  errors: [number, string][];
}

export interface ScreenAnswer {
  readouts: string[];
  n: number;
  values: Float64Array;
  /** item index → error message (failed scenarios and items of failed chunks) */
  errors: [number, string][];
}

const bad = (msg: string) => new EngineError(Codes.SIM_BAD_SETTING, `job ${K}: ${msg}`);
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
const numRec = (v: unknown, what: string): Record<string, number> => {
  if (!isObj(v)) throw bad(`${what} must be an object of numbers`);
  for (const [k, x] of Object.entries(v))
    if (typeof x !== "number" || !Number.isFinite(x)) throw bad(`${what}.${k} must be a finite number`);
  return v as Record<string, number>;
};

/** A CLI screen job (screen/job.ts) as queue data: the SBML model travels by content, not path. */
export function screenSpec(job: ScreenJob, chunkSize = DEFAULT_SCREEN_CHUNK): JobSpec {
  const m = job.model;
  const model: ScreenParams["model"] =
    m.kind === "stat3"
      ? { ...m }
      : (() => {
          const content = readFileSync(m.file, "utf8");
          return {
            kind: "sbml" as const,
            content,
            hash: sha256(content),
            ...(m.contexts ? { contexts: m.contexts } : {}),
            ...(m.method ? { method: m.method } : {}),
          };
        })();
  return { kind: K, params: { model, readouts: job.readouts, items: job.items, chunkSize } };
}

interface Ctx {
  ev: Evaluator;
}

export const screenKind: JobKind<ScreenParams, Ctx, ScreenChunk, ScreenAnswer> = {
  name: K,
  validate(raw) {
    if (!isObj(raw)) throw bad("params must be an object");
    const m = raw.model;
    if (!isObj(m)) throw bad("model must be an object");
    let model: ScreenParams["model"];
    if (m.kind === "stat3") {
      for (const k of Object.keys(m))
        if (!["kind", "il6", "preIncubate", "regimens"].includes(k)) throw bad(`model: unknown field ${k}`);
      if (m.il6 !== undefined && !(typeof m.il6 === "number" && m.il6 >= 0))
        throw bad("model.il6 must be ≥ 0");
      if (m.preIncubate !== undefined && !(typeof m.preIncubate === "number" && m.preIncubate >= 0))
        throw bad("model.preIncubate must be ≥ 0");
      if (m.regimens !== undefined) {
        if (!isObj(m.regimens)) throw bad("model.regimens must be an object");
        for (const [d, r] of Object.entries(m.regimens)) {
          if (!isObj(r) || !["constant", "bolus", "repeated"].includes(r.kind as string))
            throw bad(`model.regimens.${d}: kind constant, bolus or repeated`);
          for (const [k, x] of Object.entries(r))
            if (k !== "kind" && typeof x !== "number") throw bad(`model.regimens.${d}.${k} must be a number`);
        }
      }
      model = m as ScreenParams["model"];
    } else if (m.kind === "sbml") {
      for (const k of Object.keys(m))
        if (!["kind", "content", "hash", "contexts", "method"].includes(k))
          throw bad(`model: unknown field ${k}`);
      if (typeof m.content !== "string") throw bad("model.content must be the SBML text");
      if (m.hash !== sha256(m.content)) throw bad("model.hash does not match the content's SHA-256");
      if (m.contexts !== undefined) {
        if (!isObj(m.contexts)) throw bad("model.contexts must be an object");
        for (const [c, ps] of Object.entries(m.contexts)) numRec(ps, `model.contexts.${c}`);
      }
      if (m.method !== undefined && typeof m.method !== "string") throw bad("model.method must be a string");
      model = m as ScreenParams["model"];
    } else throw bad('model.kind must be "stat3" or "sbml"');
    const readouts = raw.readouts;
    if (!Array.isArray(readouts) || readouts.length === 0 || readouts.some((r) => typeof r !== "string"))
      throw bad("readouts: a non-empty list of strings");
    parseReadouts(readouts as string[]); // syntax errors now, naming the read-out
    if (!Array.isArray(raw.items)) throw bad("items must be a list");
    const items = raw.items.map((it, i) => {
      if (!isObj(it) || typeof it.context !== "string") throw bad(`items[${i}] needs a context`);
      return { context: it.context, drugs: numRec(it.drugs ?? {}, `items[${i}].drugs`) };
    });
    const cs = raw.chunkSize ?? DEFAULT_SCREEN_CHUNK;
    if (!(typeof cs === "number" && Number.isInteger(cs) && cs >= 1))
      throw bad("chunkSize must be an integer ≥ 1");
    return { model, readouts: readouts as string[], items, chunkSize: cs };
  },
  plan(p) {
    const out: ChunkPlan[] = [];
    for (let k = 0, s = 0; s < p.items.length; k++, s += p.chunkSize)
      out.push({ index: k, start: s, count: Math.min(p.chunkSize, p.items.length - s) });
    return out;
  },
  prepare(p) {
    let spec: ModelSpec;
    if (p.model.kind === "sbml") {
      // the evaluator reads a file: the checked content goes to a file named by its hash
      const dir = join(tmpdir(), "stat3-job-models");
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${p.model.hash}.xml`);
      writeFileSync(file, p.model.content);
      spec = {
        kind: "sbml",
        file,
        ...(p.model.contexts ? { contexts: p.model.contexts } : {}),
        ...(p.model.method ? { method: p.model.method } : {}),
      };
    } else spec = p.model as ModelSpec;
    return { ev: makeEvaluator(spec, parseReadouts(p.readouts)) };
  },
  run(ctx, p, chunk) {
    const r = p.readouts.length;
    const values = new Float64Array(chunk.count * r);
    const errors: [number, string][] = [];
    for (let q = 0; q < chunk.count; q++) {
      const i = chunk.start + q;
      const it = p.items[i];
      try {
        const v = ctx.ev(it.context, it.drugs);
        for (let k = 0; k < r; k++) values[q * r + k] = v[k];
      } catch (e) {
        for (let k = 0; k < r; k++) values[q * r + k] = Number.NaN;
        errors.push([i, e instanceof Error ? e.message : String(e)]);
      }
    }
    return { values, errors };
  },
  merge(p, parts) {
    const r = p.readouts.length;
    const values = new Float64Array(p.items.length * r).fill(Number.NaN);
    const errors: [number, string][] = [];
    this.plan(p).forEach((c, k) => {
      const part = parts[k];
      if (!part) {
        for (let i = c.start; i < c.start + c.count; i++) errors.push([i, `chunk ${k} failed`]);
        return;
      }
      values.set(part.values, c.start * r);
      errors.push(...part.errors);
    });
    return { readouts: p.readouts, n: p.items.length, values, errors };
  },
};

export const kinds = [screenKind];

/** URL of this module, for `kindModules` (the built CLI loads kinds.js; from source, kinds.ts). */
export const CLI_KINDS_URL = import.meta.url;
