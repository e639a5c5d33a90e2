/**
 * Running a job, whatever the back end: validate, plan, record the job, skip the chunks already in the
 * store (resume), hand the rest to the back end, store each result the moment it arrives (exactly
 * once per chunk index), report progress, then merge every chunk in index order.
 */
import { jobIdOf } from "./hash.js";
import { getKind } from "./kinds/registry.js";
import type { JobStore } from "./store.js";
import type { ChunkPlan, JobOutcome, JobProgress, JobSpec } from "./types.js";

/** Where a back end reports each chunk as it finishes. */
export interface ChunkSink {
  done(index: number, result: unknown, computeMs: number, worker: string): void;
  failed(index: number, error: string, worker: string): void;
}

export interface Backend {
  readonly name: string;
  /** Run the given chunks of a job; resolves once every one of them has been reported to the sink. */
  execute(jobId: string, spec: JobSpec, chunks: readonly ChunkPlan[], sink: ChunkSink): Promise<void>;
  close(): Promise<void>;
}

export interface RunJobOptions {
  backend: Backend;
  store: JobStore;
  onProgress?: (p: JobProgress) => void;
  /** retry chunks recorded as failed by an earlier run (default true) */
  retryFailed?: boolean;
}

/** Validate and plan a job without running it. */
export function planJob(spec: JobSpec): { jobId: string; chunks: ChunkPlan[]; units: number } {
  const kind = getKind(spec.kind);
  const p = kind.validate(spec.params);
  const chunks = kind.plan(p);
  return { jobId: jobIdOf(spec), chunks, units: chunks.reduce((a, c) => a + c.count, 0) };
}

export async function runJob<A = unknown>(spec: JobSpec, o: RunJobOptions): Promise<JobOutcome<A>> {
  const t0 = performance.now();
  const kind = getKind(spec.kind);
  const p = kind.validate(spec.params);
  const plan = kind.plan(p);
  const jobId = jobIdOf(spec);
  const units = plan.reduce((a, c) => a + c.count, 0);
  const { store } = o;
  store.putJob(jobId, spec, plan.length, units);
  if (o.retryFailed ?? true) store.clearFailures(jobId);
  const already = store.doneIndices(jobId);
  const pending = plan.filter((c) => !already.has(c.index));
  const progress: JobProgress = {
    jobId,
    total: plan.length,
    done: already.size,
    failed: 0,
    unitsDone: plan.reduce((a, c) => a + (already.has(c.index) ? c.count : 0), 0),
    unitsTotal: units,
  };
  o.onProgress?.({ ...progress });
  let computeMs = 0;
  const open = new Set(pending.map((c) => c.index));
  const sink: ChunkSink = {
    done(index, result, ms, worker) {
      if (!open.delete(index)) return; // a duplicate delivery: already counted
      if (store.putResult(jobId, index, result, plan[index].count, ms, worker)) computeMs += ms;
      progress.done++;
      progress.unitsDone += plan[index].count;
      o.onProgress?.({ ...progress });
    },
    failed(index, error, worker) {
      if (!open.delete(index)) return;
      store.putFailure(jobId, index, error, plan[index].count, worker);
      progress.failed++;
      o.onProgress?.({ ...progress });
    },
  };
  if (pending.length > 0) await o.backend.execute(jobId, spec, pending, sink);
  return finishJob<A>(store, jobId, { resumed: already.size, wallMs: performance.now() - t0, computeMs });
}

/** Merge what the store holds for a job (also usable by an API process reading another's job). */
export function finishJob<A = unknown>(
  store: JobStore,
  jobId: string,
  stats: { resumed: number; wallMs: number; computeMs: number } = { resumed: 0, wallMs: 0, computeMs: 0 },
): JobOutcome<A> {
  const job = store.getJob(jobId);
  if (!job) throw new Error(`no job ${jobId} in the store`);
  const kind = getKind(job.spec.kind);
  const p = kind.validate(job.spec.params);
  const parts: unknown[] = new Array(job.chunks).fill(undefined);
  for (const r of store.rows(jobId)) if (r.status === "done") parts[r.index] = r.result;
  const failures = store.failures(jobId);
  const missing = parts.reduce<number>((a, x) => a + (x === undefined ? 1 : 0), 0);
  let answer: A | undefined;
  if (missing === 0) answer = kind.merge(p, parts) as A;
  else {
    try {
      answer = kind.merge(p, parts) as A; // kinds that can give a partial answer do
    } catch {
      answer = undefined;
    }
  }
  store.setStatus(jobId, missing === 0 ? "done" : "failed");
  return { jobId, answer, failures, chunks: job.chunks, ...stats };
}
