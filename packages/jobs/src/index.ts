/**
 * @stat3/jobs — one job abstraction for all long work (screens, ensembles, multistarts, logical
 * samples): chunked, deterministic per chunk, merged in a fixed order; run in-process on worker
 * threads by default, or on many machines through BullMQ on Redis. Node-only.
 *
 *   1. abstraction   types.ts (JobSpec, JobKind, ChunkPlan), hash.ts (job id), codec.ts (exact JSON)
 *   2. kinds         kinds/registry.ts, kinds/maboss.ts, kinds/scan.ts
 *   3. store         store.ts — SQLite, one row per (job, chunk)
 *   4. running       runner.ts (runJob, finishJob), pool.ts + thread-backend.ts, redis.ts (BullMQ)
 */
// 1. abstraction

export { canonicalJson, decodeValue, encodeValue, fromJsonText, toJsonText } from "./codec.js";
export { jobIdOf, sha256 } from "./hash.js";
export { type MaBoSSParams, mabossKind } from "./kinds/maboss.js";
// 2. kinds
export { getKind, kindNames, loadKindModules, registerKind } from "./kinds/registry.js";
export {
  DEFAULT_SCAN_CHUNK,
  pointCount,
  type ScanAnswer,
  type ScanParams,
  scanKind,
  scanPoint,
  unitCoordinate,
} from "./kinds/scan.js";
export { type ChunkDone, ThreadPool, type ThreadPoolOptions } from "./pool.js";
export {
  checkQueueUrl,
  DEFAULT_QUEUE,
  type QueueOptions,
  type QueueWorkerOptions,
  RedisBackend,
  startQueueWorker,
} from "./redis.js";
// 4. running
export { type Backend, type ChunkSink, finishJob, planJob, type RunJobOptions, runJob } from "./runner.js";
// 3. store
export { type ChunkRow, JobStore, type StoredJob } from "./store.js";
export { ThreadBackend } from "./thread-backend.js";
export type { ChunkFailure, ChunkPlan, JobKind, JobOutcome, JobProgress, JobSpec } from "./types.js";
