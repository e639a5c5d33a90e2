/**
 * BullMQ-on-Redis back end. The submitter stores the job spec once under `<prefix>:spec:<jobId>` and
 * adds one BullMQ job per chunk with the id `<jobId>.<index>` (BullMQ ignores an add whose id exists,
 * so a resubmission never duplicates a chunk). Workers (`stat3 worker --queue …`, any number, any
 * machine) fetch the spec, check that it hashes to the job id, validate it with the kind's schema and
 * run the chunk on their thread pool — the event loop stays free, so BullMQ's lock renewal keeps
 * working during long chunks, and a worker that dies stops renewing: its chunk is moved back to the
 * wait list by another worker's stalled-job check and runs elsewhere. Results travel back as the
 * BullMQ return value (exact JSON, see codec.ts); the submitter stores each one as it completes and
 * then deletes the BullMQ job. If the submitter dies, completed chunks wait in Redis until a rerun of
 * the same job collects them.
 */
import { hostname } from "node:os";
import { Job, Queue, QueueEvents, Worker } from "bullmq";
import { Redis } from "ioredis";
import { decodeValue, encodeValue } from "./codec.js";
import { jobIdOf } from "./hash.js";
import { loadKindModules } from "./kinds/registry.js";
import { ThreadPool } from "./pool.js";
import type { Backend, ChunkSink } from "./runner.js";
import type { ChunkPlan, JobSpec } from "./types.js";

export const DEFAULT_QUEUE = "stat3-jobs";
const SPEC_TTL_S = 7 * 24 * 3600;

export interface QueueOptions {
  /** redis://host:port[/db] */
  url: string;
  /** BullMQ queue name (default "stat3-jobs") */
  queue?: string;
  /** key prefix (default "bull", BullMQ's own) */
  prefix?: string;
  /** allow a non-loopback Redis (then protect it: password, TLS via rediss://, firewall) */
  allowRemote?: boolean;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** Parse and check a queue URL: redis:// or rediss:// only; loopback unless allowed. */
export function checkQueueUrl(url: string, allowRemote = false): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--queue: not a URL: ${url} (expected redis://127.0.0.1:6379)`);
  }
  if (u.protocol !== "redis:" && u.protocol !== "rediss:")
    throw new Error(`--queue: expected redis:// or rediss://, got ${u.protocol}`);
  if (!allowRemote && !LOOPBACK.has(u.hostname))
    throw new Error(
      `--queue: ${u.hostname} is not a loopback address; Redis must not be exposed unprotected (set STAT3_QUEUE_ALLOW_REMOTE=1 once it is protected by a password/TLS and a firewall)`,
    );
  return u;
}

function connect(o: QueueOptions): Redis {
  checkQueueUrl(o.url, o.allowRemote ?? process.env.STAT3_QUEUE_ALLOW_REMOTE === "1");
  // BullMQ requires maxRetriesPerRequest: null on connections that block (workers, events)
  return new Redis(o.url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

const specKey = (prefix: string, jobId: string) => `${prefix}:stat3:spec:${jobId}`;
const chunkId = (jobId: string, index: number) => `${jobId}.${index}`;

interface ChunkReturn {
  r: unknown;
  ms: number;
  w: string;
}

export class RedisBackend implements Backend {
  readonly name = "redis";
  private readonly conn: Redis;
  private readonly queue: Queue;
  private readonly prefix: string;
  private readonly events: QueueEvents;
  private readonly eventsConn: Redis;
  /** after this long without a result event, outstanding chunks are polled in case an event was missed (ms) */
  sweepMs = 3000;

  constructor(o: QueueOptions) {
    this.conn = connect(o);
    this.prefix = o.prefix ?? "bull";
    this.queue = new Queue(o.queue ?? DEFAULT_QUEUE, { connection: this.conn, prefix: this.prefix });
    // BullMQ never closes connections it was handed: both are quit in close()
    this.eventsConn = connect(o);
    this.events = new QueueEvents(o.queue ?? DEFAULT_QUEUE, {
      connection: this.eventsConn,
      prefix: this.prefix,
    });
  }

  async execute(jobId: string, spec: JobSpec, chunks: readonly ChunkPlan[], sink: ChunkSink): Promise<void> {
    const open = new Map<string, number>(chunks.map((c) => [chunkId(jobId, c.index), c.index]));
    let finish!: () => void;
    const allDone = new Promise<void>((r) => {
      finish = r;
    });
    let lastEvent = performance.now();
    const settle = (id: string, ok: boolean, value: unknown) => {
      const index = open.get(id);
      if (index === undefined) return;
      lastEvent = performance.now();
      open.delete(id);
      if (ok) {
        const ret = (typeof value === "string" ? JSON.parse(value) : value) as ChunkReturn;
        sink.done(index, decodeValue(ret.r as never), ret.ms, ret.w);
      } else sink.failed(index, String(value), "redis");
      // the result is in the store now: drop it from Redis (a failed chunk's id is freed for a retry)
      this.queue.remove(id).catch(() => {});
      if (open.size === 0) finish();
    };
    const onCompleted = ({ jobId: id, returnvalue }: { jobId: string; returnvalue: unknown }) =>
      settle(id, true, returnvalue);
    const onFailed = ({ jobId: id, failedReason }: { jobId: string; failedReason: string }) =>
      settle(id, false, failedReason);
    this.events.on("completed", onCompleted);
    this.events.on("failed", onFailed);
    const sweep = async () => {
      // chunks that finished while no one listened (before this submitter started, or a lost event)
      const ids = [...open.keys()];
      for (let i = 0; i < ids.length; i += 200) {
        const jobs = await Promise.all(ids.slice(i, i + 200).map((id) => Job.fromId(this.queue, id)));
        for (const j of jobs) {
          if (!j?.id) continue;
          if (
            j.finishedOn &&
            j.failedReason === undefined &&
            j.returnvalue !== null &&
            j.returnvalue !== undefined
          )
            settle(j.id, true, j.returnvalue);
          else if (j.finishedOn && j.failedReason) {
            const state = await j.getState();
            if (state === "failed") settle(j.id, false, j.failedReason);
          }
        }
      }
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      await this.events.waitUntilReady();
      await this.conn.set(specKey(this.prefix, jobId), JSON.stringify(spec), "EX", SPEC_TTL_S);
      await sweep(); // resume: collect what finished while no submitter listened
      const toAdd = chunks.filter((c) => open.has(chunkId(jobId, c.index)));
      for (let i = 0; i < toAdd.length; i += 500)
        await this.queue.addBulk(
          toAdd.slice(i, i + 500).map((c) => ({
            name: spec.kind,
            data: { jobId, chunk: c.index },
            opts: {
              jobId: chunkId(jobId, c.index),
              attempts: 1,
              // kept until collected (the submitter removes each one it stores); the age limit only
              // clears copies nobody collects, e.g. a duplicate run of a stalled chunk
              removeOnComplete: { age: SPEC_TTL_S },
              removeOnFail: { age: SPEC_TTL_S },
            },
          })),
        );
      if (open.size === 0) finish();
      // the periodic sweep costs Redis one read per open chunk: run it only when no result has come
      // back for a whole period (a lost event, or every worker busy on long chunks)
      const tick = () => {
        timer = setTimeout(() => {
          if (performance.now() - lastEvent < this.sweepMs) return tick();
          sweep().then(tick, tick);
        }, this.sweepMs);
      };
      tick();
      await allDone;
    } finally {
      if (timer) clearTimeout(timer);
      this.events.off("completed", onCompleted);
      this.events.off("failed", onFailed);
    }
  }

  /** Chunks waiting / running / finished-but-uncollected in the queue (for status displays). */
  counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts("wait", "active", "completed", "failed", "delayed");
  }

  async close(): Promise<void> {
    await this.events.close();
    await this.queue.close();
    await this.conn.quit().catch(() => {});
    await this.eventsConn.quit().catch(() => {});
  }
}

export interface QueueWorkerOptions extends QueueOptions {
  /** chunks run at once by this process, each on its own thread (default 1) */
  threads?: number;
  kindModules?: string[];
  /** BullMQ lock duration, ms: how long a dead worker's chunk stays claimed (default 30 000) */
  lockDuration?: number;
  /** how often this worker looks for stalled chunks of dead workers, ms (default 30 000) */
  stalledInterval?: number;
  /** name recorded with each result (default host:pid) */
  name?: string;
  /**
   * After each chunk: compute ms, and gapMs — time from this worker's previous chunk end to this
   * chunk's start (with one thread and a non-empty queue: the queue's round trip per chunk).
   */
  onChunk?: (info: { jobId: string; chunk: number; ms: number; gapMs: number; error?: string }) => void;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** A queue worker process's main loop; resolves once connected. */
export async function startQueueWorker(
  o: QueueWorkerOptions,
): Promise<{ close(): Promise<void>; worker: Worker }> {
  const kindModules = o.kindModules ?? [];
  await loadKindModules(kindModules);
  const threads = Math.max(1, o.threads ?? 1);
  const pool = new ThreadPool({ threads, kindModules });
  const conn = connect(o);
  const prefix = o.prefix ?? "bull";
  const name = o.name ?? `${hostname()}:${process.pid}`;
  const specs = new Map<string, JobSpec>();
  let lastEnd = Number.NaN;
  const worker = new Worker(
    o.queue ?? DEFAULT_QUEUE,
    async (job): Promise<ChunkReturn> => {
      const gapMs = performance.now() - lastEnd;
      // everything taken off the queue is checked: shape, id, hash of the spec; the kind validates the rest
      const d = job.data as { jobId?: unknown; chunk?: unknown };
      if (
        typeof d?.jobId !== "string" ||
        !HEX64.test(d.jobId) ||
        !Number.isInteger(d.chunk) ||
        (d.chunk as number) < 0
      )
        throw new Error("malformed chunk message");
      const jobId = d.jobId;
      const chunk = d.chunk as number;
      let spec = specs.get(jobId);
      if (!spec) {
        const text = await conn.get(specKey(prefix, jobId));
        if (text === null) throw new Error(`job ${jobId}: spec not found in Redis`);
        const parsed = JSON.parse(text) as JobSpec;
        if (!parsed || typeof parsed.kind !== "string" || jobIdOf(parsed) !== jobId)
          throw new Error(`job ${jobId}: spec does not hash to its id`);
        spec = parsed;
        if (specs.size > 16) specs.delete(specs.keys().next().value as string);
        specs.set(jobId, spec);
      }
      try {
        const { result, computeMs } = await pool.run(jobId, spec, chunk);
        o.onChunk?.({ jobId, chunk, ms: computeMs, gapMs });
        return { r: encodeValue(result), ms: computeMs, w: name };
      } catch (err) {
        o.onChunk?.({ jobId, chunk, ms: 0, gapMs, error: (err as Error).message });
        throw err;
      } finally {
        lastEnd = performance.now();
      }
    },
    {
      connection: conn,
      prefix,
      concurrency: threads,
      lockDuration: o.lockDuration ?? 30_000,
      stalledInterval: o.stalledInterval ?? 30_000,
      maxStalledCount: 3,
    },
  );
  await worker.waitUntilReady();
  return {
    worker,
    async close() {
      await worker.close();
      await pool.close();
      await conn.quit().catch(() => {});
    },
  };
}
