/**
 * The screen's results in the project's embedded database (SQLite through better-sqlite3): one row per
 * (job hash, item index), written in transactions as batches come back, so a killed screen loses at
 * most the batches in flight and resumes from the rows already stored. Rows are read back ordered by
 * item index — the order never depends on which worker finished first.
 */
import Database from "better-sqlite3";
import type { ScreenItem, ScreenJob } from "./job.js";

export interface ItemResult {
  idx: number;
  /** one value per read-out (NaN when the simulation failed) */
  values: number[];
  error?: string;
}

export interface StoredRow extends ItemResult {
  context: string;
  drugs: Record<string, number>;
}

export class ScreenStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS jobs (
        hash TEXT PRIMARY KEY, name TEXT NOT NULL, spec TEXT NOT NULL, readouts TEXT NOT NULL,
        n_items INTEGER NOT NULL, created TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS results (
        job TEXT NOT NULL, idx INTEGER NOT NULL, context TEXT NOT NULL, drugs TEXT NOT NULL,
        vals TEXT NOT NULL, error TEXT, PRIMARY KEY (job, idx)) WITHOUT ROWID;`);
  }

  /** Registers the job (idempotent). */
  ensureJob(job: ScreenJob): void {
    this.db
      .prepare(
        "INSERT OR IGNORE INTO jobs (hash, name, spec, readouts, n_items, created) VALUES (?, ?, ?, ?, ?, ?)",
      )
      .run(
        job.hash,
        job.name,
        JSON.stringify({
          model: job.model,
          contexts: job.contexts,
          drugs: job.drugs,
          combinations: job.combinations,
        }),
        JSON.stringify(job.readouts),
        job.items.length,
        new Date().toISOString(),
      );
  }

  /** Indices already stored for the job. */
  done(hash: string): Set<number> {
    const rows = this.db.prepare("SELECT idx FROM results WHERE job = ?").pluck().all(hash) as number[];
    return new Set(rows);
  }

  put(hash: string, items: readonly ScreenItem[], results: readonly ItemResult[]): void {
    const ins = this.db.prepare(
      "INSERT OR REPLACE INTO results (job, idx, context, drugs, vals, error) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.db.transaction(() => {
      for (const r of results) {
        const it = items[r.idx];
        // JSON has no NaN: failed values are stored as null
        ins.run(hash, r.idx, it.context, JSON.stringify(it.drugs), JSON.stringify(r.values), r.error ?? null);
      }
    })();
  }

  rows(hash: string): StoredRow[] {
    const rows = this.db
      .prepare("SELECT idx, context, drugs, vals, error FROM results WHERE job = ? ORDER BY idx")
      .all(hash) as { idx: number; context: string; drugs: string; vals: string; error: string | null }[];
    return rows.map((r) => ({
      idx: r.idx,
      context: r.context,
      drugs: JSON.parse(r.drugs),
      values: (JSON.parse(r.vals) as (number | null)[]).map((v) => (v === null ? Number.NaN : v)),
      error: r.error ?? undefined,
    }));
  }

  close(): void {
    this.db.close();
  }
}
