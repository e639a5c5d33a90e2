/**
 * Jobs: long work off the request thread. POST /api/jobs stores a queued row and hands the task to a
 * worker-thread pool (piscina); the worker posts progress on a MessagePort; the row gets the result or a
 * coded error. `inline` mode runs tasks on the main thread (tests without workers, tiny deployments).
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { errorBody } from "./errors.js";
import { LIMITS, LimitError } from "./limits.js";
import type { JobRow, Store } from "./store.js";
import { runTask, type TaskKind } from "./tasks.js";
import type { WorkerReply } from "./worker.js";

export interface JobRunnerOptions {
  /** run tasks on the main thread instead of a worker pool */
  inline?: boolean;
  maxThreads?: number;
}

export class JobRunner {
  private readonly pool?: Piscina;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly store: Store,
    options: JobRunnerOptions = {},
  ) {
    if (!options.inline) {
      // dist/worker.js after a build; the .ts source under tsx (tests), whose loader workers inherit
      const js = new URL("./worker.js", import.meta.url);
      const filename = existsSync(js) ? js.href : new URL("./worker.ts", import.meta.url).href;
      this.pool = new Piscina({
        filename,
        maxThreads: options.maxThreads ?? Math.max(1, Math.min(2, availableParallelism() - 1)),
        minThreads: 0,
        idleTimeout: 30_000,
      });
    }
  }

  submit(kind: TaskKind, input: unknown): JobRow {
    if (this.store.countJobs(["queued", "running"]) >= LIMITS.maxQueuedJobs)
      throw new LimitError(
        `${LIMITS.maxQueuedJobs} jobs are already queued or running; try again later`,
        429,
        "E-BUSY",
      );
    const job = this.store.createJob(kind, input);
    const p = this.execute(job.id, kind, input).finally(() => this.pending.delete(p));
    this.pending.add(p);
    return job;
  }

  private async execute(id: string, kind: TaskKind, input: unknown): Promise<void> {
    this.store.updateJob(id, { status: "running" });
    let reply: WorkerReply;
    if (!this.pool) {
      await new Promise((r) => setImmediate(r)); // answer the POST first
      try {
        reply = { ok: true, result: runTask(kind, input, (f) => this.store.updateJob(id, { progress: f })) };
      } catch (e) {
        const { statusCode, body } = errorBody(e);
        reply = { ok: false, status: statusCode, error: body.error };
      }
    } else {
      const { port1, port2 } = new MessageChannel();
      port1.on("message", (f: number) => this.store.updateJob(id, { progress: f }));
      try {
        reply = await this.pool.run({ kind, input, port: port2 }, { transferList: [port2] });
      } catch (e) {
        reply = {
          ok: false,
          status: 500,
          error: { code: "E-WORKER", message: `worker failed: ${String((e as Error)?.message ?? e)}` },
        };
      } finally {
        port1.close();
      }
    }
    if (reply.ok) this.store.updateJob(id, { status: "done", progress: 1, result: reply.result });
    else this.store.updateJob(id, { status: "failed", error: reply.error });
  }

  /** Resolves when every submitted job has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    await this.idle();
    await this.pool?.destroy();
  }
}
