/**
 * Multistart on worker threads (Node only — this is why it lives in the CLI package and not in the
 * isomorphic @stat3/fit): each worker loads the problem once and takes starts from a shared queue.
 * Start points come from the main thread (startPoints with the seed), so the results do not depend
 * on the number of workers or the order in which they finish.
 */
import { cpus } from "node:os";
import { Worker } from "node:worker_threads";
import type { ObjectiveOptions, OptimizeOptions, OptimizerName, StartResult } from "@stat3/fit";

export interface PoolSetup {
  yaml: string;
  objective: ObjectiveOptions;
  optimizer: OptimizerName;
  options: OptimizeOptions;
}

export interface PoolJob {
  start: number;
  x0: number[];
}

function startWorker(workerData: PoolSetup): Worker {
  if (import.meta.url.endsWith(".ts")) {
    // from source under tsx: Node 20 does not apply the parent's --import hooks to a worker's entry
    // module, so the worker registers tsx itself before importing worker.ts
    const url = new URL("./worker.ts", import.meta.url).href;
    const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(url)}); });`;
    return new Worker(boot, { eval: true, workerData });
  }
  return new Worker(new URL("./worker.js", import.meta.url), { workerData });
}

export function workerCount(spec: string | undefined, jobs: number): number {
  if (spec === undefined || spec === "auto") return Math.max(1, Math.min(cpus().length, jobs));
  const n = Number(spec);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--workers expects a positive integer or "auto", got "${spec}"`);
  return Math.min(n, Math.max(1, jobs));
}

/** Run every start on `nWorkers` threads; `onResult` is called as results arrive (progress bars). */
export function runPool(
  setup: PoolSetup,
  x0s: Float64Array[],
  nWorkers: number,
  onResult?: (r: StartResult) => void,
): Promise<StartResult[]> {
  return new Promise((resolve, reject) => {
    const results: StartResult[] = [];
    let next = 0;
    let done = 0;
    const workers: Worker[] = [];
    // with a deadline (options.deadline, `stat3 fit --max-time`) no start is handed out after it
    const deadline = setup.options.deadline;
    const closed = () => next === x0s.length || (deadline !== undefined && Date.now() >= deadline);
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      for (const x of workers) x.postMessage(null);
      resolve(results);
    };
    const give = (w: Worker) => {
      if (!closed()) {
        const k = next++;
        w.postMessage({ start: k, x0: Array.from(x0s[k]) } satisfies PoolJob);
      } else if (done === next) finish();
    };
    for (let i = 0; i < nWorkers; i++) {
      const w = startWorker(setup);
      workers.push(w);
      w.on("message", (m: Record<string, unknown>) => {
        if (m.ready) {
          give(w);
          return;
        }
        const r: StartResult = {
          start: m.start as number,
          x0: x0s[m.start as number],
          x: Float64Array.from(m.x as number[]),
          f: m.f as number,
          iterations: m.iterations as number,
          evaluations: m.evaluations as number,
          exit: m.exit as StartResult["exit"],
          trace: m.trace as number[],
          timeMs: m.timeMs as number,
        };
        results.push(r);
        onResult?.(r);
        done++;
        if (done === x0s.length) finish();
        else give(w);
      });
      w.on("error", (err) => {
        for (const x of workers) void x.terminate();
        reject(err);
      });
    }
  });
}
