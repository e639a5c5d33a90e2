/**
 * In-process back end: a pool of worker threads (node:worker_threads), the default — no service.
 * Each thread runs one chunk at a time; a job's spec is sent to a thread once and cached there. A
 * thread that dies (crash, out of memory) fails only the chunk it held and is replaced.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { JobSpec } from "./types.js";

export interface ChunkDone {
  result: unknown;
  computeMs: number;
}

interface Pending {
  task: number;
  jobId: string;
  spec: JobSpec;
  chunk: number;
  resolve: (d: ChunkDone) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: Pending | null;
  sent: Set<string>;
}

export interface ThreadPoolOptions {
  /** threads (default: available cores) */
  threads?: number;
  /** file URLs of local modules exporting `kinds` (job kinds beyond the built-ins) */
  kindModules?: string[];
}

function startThread(kindModules: string[]): Worker {
  const workerData = { kindModules };
  if (import.meta.url.endsWith(".ts")) {
    // from source under tsx: Node 20 does not apply the parent's --import hooks to a worker's entry
    // module, so the thread registers tsx itself before importing thread.ts
    const url = new URL("./thread.ts", import.meta.url).href;
    const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(url)}); });`;
    return new Worker(boot, { eval: true, workerData });
  }
  return new Worker(new URL("./thread.js", import.meta.url), { workerData });
}

export class ThreadPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextTask = 0;
  private closed = false;
  private readonly kindModules: string[];

  constructor(o: ThreadPoolOptions = {}) {
    this.size = Math.max(1, o.threads ?? availableParallelism());
    this.kindModules = o.kindModules ?? [];
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startThread(this.kindModules), ready: false, busy: null, sent: new Set() };
    slot.worker.on(
      "message",
      (m: { ready?: boolean; task?: number; result?: unknown; ms?: number; error?: string }) => {
        if (m.ready) {
          slot.ready = true;
          return this.pump();
        }
        const p = slot.busy;
        slot.busy = null;
        if (p && p.task === m.task) {
          if (m.error !== undefined) p.reject(new Error(m.error));
          else p.resolve({ result: m.result, computeMs: m.ms ?? 0 });
        }
        this.pump();
      },
    );
    const die = (err: Error) => {
      const p = slot.busy;
      slot.busy = null;
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
      if (p) p.reject(new Error(`worker thread died on chunk ${p.chunk}: ${err.message}`));
    };
    slot.worker.on("error", die);
    slot.worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot)) die(new Error(`exit code ${code}`));
    });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.busy || this.queue.length === 0) continue;
      const p = this.queue.shift() as Pending;
      slot.busy = p;
      const first = !slot.sent.has(p.jobId);
      if (first) slot.sent.add(p.jobId);
      slot.worker.postMessage({
        task: p.task,
        jobId: p.jobId,
        chunk: p.chunk,
        ...(first ? { spec: p.spec } : {}),
      });
    }
  }

  /** Run chunk `chunk` of a job on the next free thread. */
  run(jobId: string, spec: JobSpec, chunk: number): Promise<ChunkDone> {
    if (this.closed) return Promise.reject(new Error("thread pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: this.nextTask++, jobId, spec, chunk, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error("thread pool closed"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
