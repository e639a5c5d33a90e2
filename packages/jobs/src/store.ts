/**
 * Results store (SQLite through better-sqlite3): one row per (job id, chunk index), written as each
 * chunk finishes. The primary key makes a chunk's result land exactly once — a chunk computed twice
 * (a worker presumed dead that was only slow) is deterministic, so the second copy is dropped; a
 * failed chunk's row is replaced if a later attempt succeeds. WAL mode lets an API process read
 * progress while the submitting process writes.
 */
import Database from "better-sqlite3";
import { fromJsonText, toJsonText } from "./codec.js";
import type { ChunkFailure, JobSpec } from "./types.js";

export interface StoredJob {
  id: string;
  kind: string;
  spec: JobSpec;
  chunks: number;
  units: number;
  status: "running" | "done" | "failed";
  created: number;
  updated: number;
}

export interface ChunkRow {
  index: number;
  status: "done" | "failed";
  result?: unknown;
  error?: string;
  units: number;
  computeMs: number;
  worker: string;
}

export class JobStore {
  readonly db: Database.Database;

  constructor(readonly file = ":memory:") {
    this.db = new Database(file, { timeout: 10_000 });
    if (file !== ":memory:") this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS jobs (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, spec TEXT NOT NULL, chunks INTEGER NOT NULL,
        units INTEGER NOT NULL, status TEXT NOT NULL, created INTEGER NOT NULL, updated INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS chunks (
        job_id TEXT NOT NULL, idx INTEGER NOT NULL, status TEXT NOT NULL, result TEXT, error TEXT,
        units INTEGER NOT NULL, compute_ms REAL NOT NULL, worker TEXT NOT NULL, finished INTEGER NOT NULL,
        PRIMARY KEY (job_id, idx));`);
  }

  /** Record a job (idempotent: an existing job keeps its rows). */
  putJob(id: string, spec: JobSpec, chunks: number, units: number): void {
    const now = Date.now();
    this.db
      .prepare(
        `INSERT INTO jobs (id, kind, spec, chunks, units, status, created, updated) VALUES (?, ?, ?, ?, ?, 'running', ?, ?)
         ON CONFLICT(id) DO UPDATE SET status = 'running', updated = excluded.updated`,
      )
      .run(id, spec.kind, JSON.stringify(spec), chunks, units, now, now);
  }

  getJob(id: string): StoredJob | undefined {
    const r = this.db.prepare("SELECT * FROM jobs WHERE id = ?").get(id) as
      | {
          id: string;
          kind: string;
          spec: string;
          chunks: number;
          units: number;
          status: StoredJob["status"];
          created: number;
          updated: number;
        }
      | undefined;
    return r && { ...r, spec: JSON.parse(r.spec) as JobSpec };
  }

  listJobs(): StoredJob[] {
    return (this.db.prepare("SELECT id FROM jobs ORDER BY created").all() as { id: string }[]).map(
      (r) => this.getJob(r.id) as StoredJob,
    );
  }

  setStatus(id: string, status: StoredJob["status"]): void {
    this.db.prepare("UPDATE jobs SET status = ?, updated = ? WHERE id = ?").run(status, Date.now(), id);
  }

  /** Store a finished chunk; returns false when the chunk was already done (a duplicate). */
  putResult(
    id: string,
    index: number,
    result: unknown,
    units: number,
    computeMs: number,
    worker: string,
  ): boolean {
    const r = this.db
      .prepare(
        `INSERT INTO chunks (job_id, idx, status, result, error, units, compute_ms, worker, finished)
         VALUES (?, ?, 'done', ?, NULL, ?, ?, ?, ?)
         ON CONFLICT(job_id, idx) DO UPDATE SET status = 'done', result = excluded.result, error = NULL,
           compute_ms = excluded.compute_ms, worker = excluded.worker, finished = excluded.finished
         WHERE chunks.status = 'failed'`,
      )
      .run(id, index, toJsonText(result), units, computeMs, worker, Date.now());
    return r.changes > 0;
  }

  /** Record a failed chunk (never overwrites a success). */
  putFailure(id: string, index: number, error: string, units: number, worker: string): void {
    this.db
      .prepare(
        `INSERT INTO chunks (job_id, idx, status, result, error, units, compute_ms, worker, finished)
         VALUES (?, ?, 'failed', NULL, ?, ?, 0, ?, ?)
         ON CONFLICT(job_id, idx) DO UPDATE SET error = excluded.error, finished = excluded.finished
         WHERE chunks.status = 'failed'`,
      )
      .run(id, index, error, units, worker, Date.now());
  }

  /** Chunk indices with a stored success. */
  doneIndices(id: string): Set<number> {
    const rows = this.db.prepare("SELECT idx FROM chunks WHERE job_id = ? AND status = 'done'").all(id) as {
      idx: number;
    }[];
    return new Set(rows.map((r) => r.idx));
  }

  /** Forget failures so that a resumed run retries those chunks. */
  clearFailures(id: string): void {
    this.db.prepare("DELETE FROM chunks WHERE job_id = ? AND status = 'failed'").run(id);
  }

  /** All stored chunk rows of a job, in index order (results decoded). */
  rows(id: string): ChunkRow[] {
    const rs = this.db
      .prepare(
        "SELECT idx, status, result, error, units, compute_ms, worker FROM chunks WHERE job_id = ? ORDER BY idx",
      )
      .all(id) as {
      idx: number;
      status: "done" | "failed";
      result: string | null;
      error: string | null;
      units: number;
      compute_ms: number;
      worker: string;
    }[];
    return rs.map((r) => ({
      index: r.idx,
      status: r.status,
      ...(r.result !== null ? { result: fromJsonText(r.result) } : {}),
      ...(r.error !== null ? { error: r.error } : {}),
      units: r.units,
      computeMs: r.compute_ms,
      worker: r.worker,
    }));
  }

  failures(id: string): ChunkFailure[] {
    const rs = this.db
      .prepare("SELECT idx, error FROM chunks WHERE job_id = ? AND status = 'failed' ORDER BY idx")
      .all(id) as { idx: number; error: string }[];
    return rs.map((r) => ({ chunk: r.idx, error: r.error }));
  }

  /** Progress as the API reports it: chunks and units done / failed / total. */
  progress(
    id: string,
  ): { total: number; done: number; failed: number; unitsDone: number; unitsTotal: number } | undefined {
    const job = this.getJob(id);
    if (!job) return undefined;
    const r = this.db
      .prepare(
        `SELECT SUM(status = 'done') AS done, SUM(status = 'failed') AS failed,
                SUM(CASE WHEN status = 'done' THEN units ELSE 0 END) AS u FROM chunks WHERE job_id = ?`,
      )
      .get(id) as { done: number | null; failed: number | null; u: number | null };
    return {
      total: job.chunks,
      done: r.done ?? 0,
      failed: r.failed ?? 0,
      unitsDone: r.u ?? 0,
      unitsTotal: job.units,
    };
  }

  close(): void {
    this.db.close();
  }
}
