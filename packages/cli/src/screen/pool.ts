/**
 * Runs a screen on a Piscina worker-thread pool. Pending items (those not yet in the store) are cut into
 * batches in item order; idle threads take the next batch; each finished batch is stored at once (so a
 * killed run resumes) and counted on the progress callback. Results come back ordered by item index,
 * identical for any number of workers (each item is a deterministic simulation). `workers: 0` runs in
 * this thread (no pool start-up: fastest for a few dozen items).
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { ScreenJob } from "./job.js";
import type { ItemResult, ScreenStore } from "./store.js";
import { runBatch, type ScreenTask } from "./worker.js";

export interface RunScreenOptions {
  /** worker threads; "auto" = available cores; 0 = in this thread */
  workers?: number | "auto";
  /** scenarios per task (default: about 8 tasks per worker, 4–64 items each) */
  batchSize?: number;
  /** store for resumable runs; without it results are kept in memory */
  store?: ScreenStore;
  onProgress?: (done: number, total: number) => void;
  /** a running pool to reuse (from createScreenPool; not destroyed here): models stay compiled between jobs */
  pool?: Piscina;
}

export interface ScreenRun {
  results: ItemResult[];
  /** items simulated in this run (the rest came from the store) */
  simulated: number;
  workers: number;
  seconds: number;
}

function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith(".ts") ? "./worker-boot.mjs" : "./worker.js", here));
}

/** A pool of screen workers to keep across jobs (a server, a benchmark); destroy() it when done. */
export function createScreenPool(workers: number | "auto" = "auto"): Piscina {
  const n = Math.max(1, resolveWorkers(workers));
  return new Piscina({ filename: workerFile(), minThreads: n, maxThreads: n });
}

export function resolveWorkers(w: number | "auto" | undefined): number {
  if (w === undefined || w === "auto") return availableParallelism();
  if (!(Number.isInteger(w) && w >= 0))
    throw new Error(`--workers expects "auto" or an integer ≥ 0, got ${w}`);
  return w;
}

export async function runScreen(job: ScreenJob, o: RunScreenOptions = {}): Promise<ScreenRun> {
  const t0 = performance.now();
  const total = job.items.length;
  const store = o.store;
  store?.ensureJob(job);
  const done = store ? store.done(job.hash) : new Set<number>();
  const pending: number[] = [];
  for (let i = 0; i < total; i++) if (!done.has(i)) pending.push(i);
  const nWorkers = o.pool ? o.pool.options.maxThreads : Math.min(resolveWorkers(o.workers), pending.length);
  const size =
    o.batchSize ?? Math.max(4, Math.min(64, Math.ceil(pending.length / Math.max(1, nWorkers * 8))));
  const batches: ScreenTask[] = [];
  for (let k = 0; k < pending.length; k += size)
    batches.push({
      model: job.model,
      readouts: job.readouts,
      items: pending.slice(k, k + size).map((idx) => ({ idx, item: job.items[idx] })),
    });
  const byIdx: (ItemResult | undefined)[] = new Array(total);
  let count = done.size;
  o.onProgress?.(count, total);
  const accept = (res: ItemResult[]) => {
    store?.put(job.hash, job.items, res);
    for (const r of res) byIdx[r.idx] = r;
    count += res.length;
    o.onProgress?.(count, total);
  };
  if (o.pool) {
    const pool = o.pool;
    await Promise.all(batches.map((b) => (pool.run(b) as Promise<ItemResult[]>).then(accept)));
  } else if (nWorkers === 0) {
    for (const b of batches) accept(runBatch(b));
  } else {
    const pool = new Piscina({ filename: workerFile(), minThreads: nWorkers, maxThreads: nWorkers });
    try {
      await Promise.all(batches.map((b) => (pool.run(b) as Promise<ItemResult[]>).then(accept)));
    } finally {
      await pool.destroy();
    }
  }
  let results: ItemResult[];
  if (store) results = store.rows(job.hash);
  else results = byIdx as ItemResult[];
  return { results, simulated: pending.length, workers: nWorkers, seconds: (performance.now() - t0) / 1000 };
}
