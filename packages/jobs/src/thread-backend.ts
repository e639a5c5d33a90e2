/** The default back end: chunks on this machine's worker threads. */
import { hostname } from "node:os";
import { ThreadPool, type ThreadPoolOptions } from "./pool.js";
import type { Backend, ChunkSink } from "./runner.js";
import type { ChunkPlan, JobSpec } from "./types.js";

export class ThreadBackend implements Backend {
  readonly name = "threads";
  readonly pool: ThreadPool;
  private readonly who = `${hostname()}:${process.pid}`;

  constructor(o: ThreadPoolOptions = {}) {
    this.pool = new ThreadPool(o);
  }

  async execute(jobId: string, spec: JobSpec, chunks: readonly ChunkPlan[], sink: ChunkSink): Promise<void> {
    await Promise.all(
      chunks.map((c) =>
        this.pool.run(jobId, spec, c.index).then(
          (d) => sink.done(c.index, d.result, d.computeMs, this.who),
          (e: Error) => sink.failed(c.index, e.message, this.who),
        ),
      ),
    );
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
