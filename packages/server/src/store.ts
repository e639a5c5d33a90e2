/**
 * The embedded store: saved scenarios and job runs in SQLite (better-sqlite3), one file under the data
 * folder. Schema changes are numbered migrations applied in order inside a transaction and recorded in
 * `PRAGMA user_version`, so an old database upgrades in place and a half-applied migration never stays.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";

type DB = Database.Database;

/** Migration i brings the schema from version i to i + 1. Append only; never edit a shipped one. */
export const MIGRATIONS: string[] = [
  `CREATE TABLE scenarios (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     body TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE jobs (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL,
     input TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('queued','running','done','failed')),
     progress REAL NOT NULL DEFAULT 0,
     result TEXT,
     error TEXT,
     created_at TEXT NOT NULL,
     finished_at TEXT
   );`,
  `CREATE INDEX jobs_created ON jobs(created_at);
   ALTER TABLE scenarios ADD COLUMN kind TEXT NOT NULL DEFAULT 'stat3';`,
];

export interface JobRow {
  id: string;
  kind: string;
  input: unknown;
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  result?: unknown;
  error?: { code: string; message: string };
  createdAt: string;
  finishedAt?: string;
}

export interface ScenarioRow {
  id: string;
  name: string;
  kind: string;
  body: unknown;
  createdAt: string;
}

export function migrate(db: DB): number {
  const version = db.pragma("user_version", { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}

export class Store {
  readonly db: DB;

  /** `dataDir` null: an in-memory database (tests). */
  constructor(dataDir: string | null) {
    if (dataDir === null) this.db = new Database(":memory:");
    else {
      mkdirSync(dataDir, { recursive: true });
      this.db = new Database(join(dataDir, "stat3-lab.sqlite"));
      this.db.pragma("journal_mode = WAL");
    }
    migrate(this.db);
    // jobs that were running when the server stopped will never finish: say so
    this.db
      .prepare("UPDATE jobs SET status='failed', error=?, finished_at=? WHERE status IN ('queued','running')")
      .run(
        JSON.stringify({ code: "E-JOB-INTERRUPTED", message: "the server stopped before the job finished" }),
        now(),
      );
  }

  get version(): number {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  saveScenario(name: string, body: unknown, kind = "stat3"): ScenarioRow {
    const row = { id: newId(), name, kind, body, createdAt: now() };
    this.db
      .prepare("INSERT INTO scenarios (id, name, kind, body, created_at) VALUES (?, ?, ?, ?, ?)")
      .run(row.id, name, kind, JSON.stringify(body), row.createdAt);
    return row;
  }

  getScenario(id: string): ScenarioRow | undefined {
    const r = this.db.prepare("SELECT * FROM scenarios WHERE id = ?").get(id) as
      | Record<string, string>
      | undefined;
    return r && { id: r.id, name: r.name, kind: r.kind, body: JSON.parse(r.body), createdAt: r.created_at };
  }

  listScenarios(limit = 100): Omit<ScenarioRow, "body">[] {
    const rows = this.db
      .prepare("SELECT id, name, kind, created_at FROM scenarios ORDER BY created_at DESC, id LIMIT ?")
      .all(limit) as Record<string, string>[];
    return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, createdAt: r.created_at }));
  }

  createJob(kind: string, input: unknown): JobRow {
    const row: JobRow = { id: newId(), kind, input, status: "queued", progress: 0, createdAt: now() };
    this.db
      .prepare(
        "INSERT INTO jobs (id, kind, input, status, progress, created_at) VALUES (?, ?, ?, 'queued', 0, ?)",
      )
      .run(row.id, kind, JSON.stringify(input), row.createdAt);
    return row;
  }

  updateJob(id: string, patch: Partial<Pick<JobRow, "status" | "progress" | "result" | "error">>): void {
    const sets: string[] = [];
    const vals: unknown[] = [];
    if (patch.status) {
      sets.push("status = ?");
      vals.push(patch.status);
      if (patch.status === "done" || patch.status === "failed") {
        sets.push("finished_at = ?");
        vals.push(now());
      }
    }
    if (patch.progress !== undefined) {
      sets.push("progress = ?");
      vals.push(patch.progress);
    }
    if (patch.result !== undefined) {
      sets.push("result = ?");
      vals.push(JSON.stringify(patch.result));
    }
    if (patch.error !== undefined) {
      sets.push("error = ?");
      vals.push(JSON.stringify(patch.error));
    }
    if (sets.length === 0) return;
    this.db.prepare(`UPDATE jobs SET ${sets.join(", ")} WHERE id = ?`).run(...vals, id);
  }

  getJob(id: string): JobRow | undefined {
    const r = this.db.prepare("SELECT * FROM jobs WHERE id = ?").get(id) as
      | Record<string, string | number | null>
      | undefined;
    if (!r) return undefined;
    return {
      id: String(r.id),
      kind: String(r.kind),
      input: JSON.parse(String(r.input)),
      status: r.status as JobRow["status"],
      progress: Number(r.progress),
      result: r.result == null ? undefined : JSON.parse(String(r.result)),
      error: r.error == null ? undefined : JSON.parse(String(r.error)),
      createdAt: String(r.created_at),
      finishedAt: r.finished_at == null ? undefined : String(r.finished_at),
    };
  }

  countJobs(status: string[]): number {
    const q = `SELECT COUNT(*) AS n FROM jobs WHERE status IN (${status.map(() => "?").join(",")})`;
    return (this.db.prepare(q).get(...status) as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}

function now(): string {
  return new Date().toISOString();
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}
