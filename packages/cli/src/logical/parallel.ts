/**
 * MaBoSS simulation on worker threads. Work is split in the engine's fixed-size chunks (CHUNK
 * trajectories, each with its own seeded stream); idle workers pull the next chunk; results are merged
 * in chunk order — so the numbers are identical for 1, 2 or 16 workers and equal to the engine's
 * single-threaded `simulateMaBoSS`.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { logical } from "@stat3/engine";

export interface ParallelOptions extends logical.RunOverrides {
  /** number of worker threads (default: available cores); 0 runs in this thread */
  workers?: number;
  /** start all `workers` even when there are fewer chunks (benchmarks measure the start-up cost this way) */
  spawnAll?: boolean;
  /** called after each finished chunk with (trajectories done, total) */
  onProgress?: (done: number, total: number) => void;
}

function startWorker(workerData: unknown): Worker {
  if (import.meta.url.endsWith(".ts")) {
    // running from source under tsx: Node 20 does not apply the parent's --import hooks to a worker's
    // entry module, so the worker registers tsx itself before importing worker.ts
    const url = new URL("./worker.ts", import.meta.url).href;
    const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(url)}); });`;
    return new Worker(boot, { eval: true, workerData });
  }
  return new Worker(new URL("./worker.js", import.meta.url), { workerData });
}

export async function simulateParallel(
  net0: logical.LogicalNetwork,
  cfg: logical.MaBoSSConfig | undefined,
  o: ParallelOptions = {},
): Promise<logical.MaBoSSResult> {
  const { net, run } = logical.resolveRun(net0, cfg, o);
  const compiled = logical.compileLogical(net, { parameters: run.parameters }); // also validates before spawning
  const chunks = logical.chunksOf(run);
  const wanted = o.workers ?? availableParallelism();
  const nWorkers = o.spawnAll ? wanted : Math.min(wanted, chunks.length);
  const results: logical.ChunkResult[] = new Array(chunks.length);
  let done = 0;
  if (nWorkers <= 0) {
    for (const [k, cnt] of chunks) {
      results[k] = logical.simulateChunk(compiled, run, k, cnt);
      done += cnt;
      o.onProgress?.(done, run.sampleCount);
    }
    return logical.finalizeResult(compiled, run, logical.mergeChunks(results));
  }
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      let ready = 0;
      // done when every chunk is back and every worker has started (so start-up is never cut short)
      const check = () => {
        if (finished === chunks.length && ready === nWorkers) resolve();
      };
      const give = (w: Worker) => {
        if (next < chunks.length) {
          const [chunk, count] = chunks[next++];
          w.postMessage({ chunk, count });
        } else w.postMessage(null);
      };
      for (let i = 0; i < nWorkers; i++) {
        const w = startWorker({ net, run });
        workers.push(w);
        w.on(
          "message",
          (m: { ready?: boolean; chunk?: number; result?: logical.ChunkResult; error?: string }) => {
            if (m.ready) {
              ready++;
              give(w);
              return check();
            }
            if (m.error !== undefined)
              return reject(new Error(`worker failed on chunk ${m.chunk}: ${m.error}`));
            results[m.chunk as number] = m.result as logical.ChunkResult;
            done += chunks[m.chunk as number][1];
            o.onProgress?.(done, run.sampleCount);
            finished++;
            give(w);
            check();
          },
        );
        w.on("error", reject);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return logical.finalizeResult(compiled, run, logical.mergeChunks(results));
}
