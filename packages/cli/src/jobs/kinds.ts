/**
 * Job kinds that live in the CLI (loaded by `stat3 worker` and the in-process pool as a kind module):
 *
 *  - "screen": the therapy-lab screen (drugs × doses × contexts → read-outs, screen/job.ts and
 *    screen/evaluate.ts). The queue carries the expanded items and the model by content — an SBML
 *    model's text with its SHA-256, never a path — so any machine can run a chunk; the worker writes
 *    the checked content to a temp file named by its hash for the screen's evaluator. As in the
 *    screen's own runner, a scenario that fails gives NaN values and its message, not a failed chunk.
 *  - "multistart": local optimisations of a PEtab problem (@stat3/fit runOptimizer) from the seeded
 *    start design (startPoints: LHS, Sobol or uniform; "lhs" when the spec has no design field, as
 *    specs written before Sobol starts); the problem travels as its files' contents (YAML, SBML,
 *    TSV tables), read back through loadPetabProblem's reader — nothing is written to disk.
 *    A chunk is a range of starts; a start that throws is reported with f = +Infinity and its message
 *    (as the CLI's own fit pool does). The answer is in waterfall order (f, then start index).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Codes, EngineError } from "@stat3/engine";
import {
  loadPetabProblem,
  type ObjectiveOptions,
  type OptimizeOptions,
  type OptimizerName,
  optimizerNames,
  petabBoxProblem,
  petabObjective,
  runOptimizer,
  type StartDesign,
  startDesigns,
  startPoints,
} from "@stat3/fit";
import { type ChunkPlan, canonicalJson, type JobKind, type JobSpec, sha256 } from "@stat3/jobs";
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

const M = "multistart";

export interface MultistartParams {
  problem: { yaml: string; files: Record<string, string>; hash: string };
  objective: ObjectiveOptions;
  optimizer: OptimizerName;
  options: OptimizeOptions;
  starts: number;
  seed: number;
  design: StartDesign;
  chunkSize: number;
}

export interface MultistartStart {
  start: number;
  x0: number[];
  x: number[];
  f: number;
  iterations: number;
  evaluations: number;
  exit: string;
  error?: string;
  /** wall time of this start on its worker, ms (optional: added for `stat3 fit --queue`'s starts.tsv) */
  timeMs?: number;
}

const badM = (msg: string) => new EngineError(Codes.SIM_BAD_SETTING, `job ${M}: ${msg}`);
const safeName = (f: string) => !f.startsWith("/") && !f.split(/[\\/]/).includes("..") && !f.includes("\0");

/** A PEtab problem on disk as queue data: every file the problem reads, by name → content. */
export function multistartSpec(
  yamlPath: string,
  o: {
    starts: number;
    seed?: number;
    optimizer?: OptimizerName;
    design?: StartDesign;
    options?: OptimizeOptions;
    objective?: ObjectiveOptions;
    chunkSize?: number;
  },
): JobSpec {
  const dir = dirname(yamlPath);
  const yaml = basename(yamlPath);
  const files: Record<string, string> = {};
  loadPetabProblem(yaml, (p) => {
    files[p] = readFileSync(join(dir, p), "utf8");
    return files[p];
  });
  return {
    kind: M,
    params: {
      problem: { yaml, files, hash: sha256(canonicalJson(files)) },
      objective: o.objective ?? {},
      optimizer: o.optimizer ?? "trr",
      options: o.options ?? {},
      starts: o.starts,
      seed: o.seed ?? 1,
      design: o.design ?? "lhs",
      chunkSize: o.chunkSize ?? 1,
    },
  };
}

interface MCtx {
  problem: ReturnType<typeof petabBoxProblem>;
  x0s: Float64Array[];
}

export const multistartKind: JobKind<MultistartParams, MCtx, MultistartStart[], MultistartStart[]> = {
  name: M,
  validate(raw) {
    if (!isObj(raw)) throw badM("params must be an object");
    for (const k of Object.keys(raw))
      if (
        !["problem", "objective", "optimizer", "options", "starts", "seed", "design", "chunkSize"].includes(k)
      )
        throw badM(`unknown field ${k}`);
    const pr = raw.problem;
    if (!isObj(pr) || typeof pr.yaml !== "string" || !isObj(pr.files))
      throw badM("problem: { yaml, files: { name: content } }");
    for (const [f, c] of Object.entries(pr.files)) {
      if (!safeName(f)) throw badM(`problem.files: "${f}" is not a relative path inside the problem`);
      if (typeof c !== "string") throw badM(`problem.files.${f} must be the file's text`);
    }
    const files = pr.files as Record<string, string>;
    if (!(pr.yaml in files)) throw badM(`problem.files has no ${pr.yaml}`);
    const hash = sha256(canonicalJson(files));
    if (pr.hash !== undefined && pr.hash !== hash)
      throw badM("problem.hash does not match the files' SHA-256");
    const optimizer = (raw.optimizer ?? "trr") as OptimizerName;
    if (!optimizerNames.includes(optimizer))
      throw badM(`optimizer must be one of ${optimizerNames.join(", ")}`);
    // objective options are numbers, except the gradient method
    const rawObjective = raw.objective ?? {};
    if (!isObj(rawObjective)) throw badM("objective must be an object");
    const { sensitivityMethod, ...objectiveNumbers } = rawObjective;
    if (sensitivityMethod !== undefined && sensitivityMethod !== "forward" && sensitivityMethod !== "adjoint")
      throw badM('objective.sensitivityMethod must be "forward" or "adjoint"');
    const objective = {
      ...numRec(objectiveNumbers, "objective"),
      ...(sensitivityMethod !== undefined ? { sensitivityMethod } : {}),
    } as ObjectiveOptions;
    const options = numRec(raw.options ?? {}, "options") as OptimizeOptions;
    const int = (v: unknown, what: string, min: number) => {
      if (!(typeof v === "number" && Number.isInteger(v) && v >= min))
        throw badM(`${what} must be an integer ≥ ${min}`);
      return v;
    };
    const design = (raw.design ?? "lhs") as StartDesign;
    if (!startDesigns.includes(design))
      throw badM(`design must be one of ${startDesigns.map((d) => `"${d}"`).join(", ")}`);
    return {
      problem: { yaml: pr.yaml, files, hash },
      objective,
      optimizer,
      options,
      starts: int(raw.starts, "starts", 1),
      seed: int(raw.seed ?? 1, "seed", 0),
      design,
      chunkSize: int(raw.chunkSize ?? 1, "chunkSize", 1),
    };
  },
  plan(p) {
    const out: ChunkPlan[] = [];
    for (let k = 0, s = 0; s < p.starts; k++, s += p.chunkSize)
      out.push({ index: k, start: s, count: Math.min(p.chunkSize, p.starts - s) });
    return out;
  },
  prepare(p) {
    const files = p.problem.files;
    const problem = loadPetabProblem(p.problem.yaml, (f) => {
      const c = files[f];
      if (c === undefined) throw badM(`the problem reads ${f}, which is not among its files`);
      return c;
    });
    const box = petabBoxProblem(petabObjective(problem, p.objective));
    return { problem: box, x0s: startPoints(box.lb, box.ub, p.starts, p.seed, p.design) };
  },
  run(ctx, p, chunk) {
    const out: MultistartStart[] = [];
    for (let k = chunk.start; k < chunk.start + chunk.count; k++) {
      const x0 = ctx.x0s[k];
      const t = Date.now();
      try {
        const r = runOptimizer(p.optimizer, ctx.problem, Float64Array.from(x0), p.options);
        out.push({
          start: k,
          x0: Array.from(x0),
          x: Array.from(r.x),
          f: r.f,
          iterations: r.iterations,
          evaluations: r.evaluations,
          exit: r.exit,
          timeMs: Date.now() - t,
        });
      } catch (e) {
        out.push({
          start: k,
          x0: Array.from(x0),
          x: Array.from(x0),
          f: Number.POSITIVE_INFINITY,
          iterations: 0,
          evaluations: 0,
          exit: "failed",
          error: (e as Error).message,
          timeMs: Date.now() - t,
        });
      }
    }
    return out;
  },
  merge(_p, parts) {
    const all = parts.flatMap((r) => r ?? []);
    return all.sort(
      (a, b) =>
        (Number.isFinite(a.f) ? a.f : Infinity) - (Number.isFinite(b.f) ? b.f : Infinity) ||
        a.start - b.start,
    );
  },
};

export const kinds = [screenKind, multistartKind];

/** URL of this module, for `kindModules` (the built CLI loads kinds.js; from source, kinds.ts). */
export const CLI_KINDS_URL = import.meta.url;
