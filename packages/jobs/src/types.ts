/**
 * The job abstraction. A job is data only — a kind name, the model by content (and its hash), and
 * parameters — never code: a worker looks the kind up in its own registry and validates the data
 * before running anything. A job splits into chunks; chunk i is a pure function of (job, i) (its
 * random streams are seeded from the job seed and i, never from the worker or the clock), and the
 * answer is merged from the chunks in index order — so it does not depend on how many workers ran
 * it, on which machines, or in what order they finished.
 */

/** What travels through a queue and is stored: plain JSON. */
export interface JobSpec {
  /** registered kind name, e.g. "maboss", "scan" */
  kind: string;
  /** kind-specific parameters, model content included (JSON only; validated by the kind) */
  params: unknown;
}

/** One chunk of a job: `count` work units starting at unit `start` (units: trajectories, scenarios…). */
export interface ChunkPlan {
  index: number;
  start: number;
  count: number;
}

/** A kind of long work. P: validated parameters; C: per-thread prepared state; R: chunk result; A: answer. */
export interface JobKind<P = unknown, C = unknown, R = unknown, A = unknown> {
  name: string;
  /** Check untrusted data (from a file, the API or the queue) → typed parameters; throws EngineError. */
  validate(params: unknown): P;
  /** Fixed chunk layout of a job (same on every machine). */
  plan(p: P): ChunkPlan[];
  /** Once per job per thread: compile the model etc. */
  prepare(p: P): C;
  /** Run one chunk. The result must be structured-clone safe; `encodeValue` makes it JSON for Redis. */
  run(ctx: C, p: P, chunk: ChunkPlan): R;
  /**
   * Merge chunk results in index order. `parts[i]` is undefined when chunk i failed; a kind that
   * cannot give a partial answer throws (the runner then reports the failures without an answer).
   */
  merge(p: P, parts: readonly (R | undefined)[]): A;
}

export interface ChunkFailure {
  chunk: number;
  error: string;
}

export interface JobProgress {
  jobId: string;
  total: number;
  done: number;
  failed: number;
  /** work units (trajectories, scenarios) in finished chunks, and in all chunks */
  unitsDone: number;
  unitsTotal: number;
}

export interface JobOutcome<A = unknown> {
  jobId: string;
  /** merged answer; undefined when some chunk failed and the kind cannot merge a partial result */
  answer: A | undefined;
  failures: ChunkFailure[];
  chunks: number;
  /** chunks found already done in the store when the run started (resume) */
  resumed: number;
  /** wall time of this run, ms; summed compute time of the chunks computed in this run, ms */
  wallMs: number;
  computeMs: number;
}
