/**
 * Worker thread of the in-process pool: validates each job's data once, prepares it (compiles the
 * model) once, then runs the chunks it is handed. Kinds come from this thread's own registry (built-ins
 * plus the local modules named in workerData.kindModules).
 */
import { parentPort, workerData } from "node:worker_threads";
import { getKind, loadKindModules } from "./kinds/registry.js";
import type { JobKind, JobSpec } from "./types.js";

interface Task {
  task: number;
  jobId: string;
  spec?: JobSpec;
  chunk: number;
}

const port = parentPort;
if (!port) throw new Error("thread.ts must run as a worker thread");
await loadKindModules((workerData as { kindModules?: string[] } | undefined)?.kindModules ?? []);

interface Prepared {
  kind: JobKind;
  p: unknown;
  ctx: unknown;
  plan: ReturnType<JobKind["plan"]>;
}
const jobs = new Map<string, Prepared>();
const MAX_CACHED = 8;

port.on("message", (m: Task) => {
  const t0 = performance.now();
  try {
    let job = jobs.get(m.jobId);
    if (!job) {
      if (!m.spec) throw new Error(`thread: no spec for job ${m.jobId}`);
      const kind = getKind(m.spec.kind);
      const p = kind.validate(m.spec.params);
      job = { kind, p, ctx: kind.prepare(p), plan: kind.plan(p) };
      if (jobs.size >= MAX_CACHED) jobs.delete(jobs.keys().next().value as string);
      jobs.set(m.jobId, job);
    }
    const chunk = job.plan[m.chunk];
    if (!chunk) throw new Error(`job ${m.jobId} has no chunk ${m.chunk} (it has ${job.plan.length})`);
    const result = job.kind.run(job.ctx, job.p, chunk);
    port.postMessage({ task: m.task, result, ms: performance.now() - t0 });
  } catch (err) {
    port.postMessage({ task: m.task, error: err instanceof Error ? err.message : String(err) });
  }
});
port.postMessage({ ready: true });
