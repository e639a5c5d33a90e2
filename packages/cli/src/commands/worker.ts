/**
 * `stat3 worker --queue redis://…` — a queue worker: takes chunks of jobs (screens, scans, MaBoSS
 * samples…) from BullMQ on Redis and runs them on this machine's threads; start any number, on any
 * machine that reaches the Redis. `stat3 job run <file>` — runs a job file on the in-process pool or,
 * with --queue, through those workers, with a progress bar and a resumable store.
 */
import { writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { type JobSpec, JobStore, loadKindModules, startQueueWorker } from "@stat3/jobs";
import type { Command } from "commander";
import { addJobOptions, cliKindModules, type JobCliOptions, runJobCli } from "../jobs/backend.js";
import { screenSpec } from "../jobs/kinds.js";
import { readScreenJob } from "../screen/job.js";

/** Plain JSON for output (typed arrays as arrays, Maps as objects, NaN as null). */
function plain(v: unknown): unknown {
  if (ArrayBuffer.isView(v)) return Array.from(v as Float64Array, (x) => (Number.isFinite(x) ? x : null));
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), plain(x)]));
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

export async function readJobFile(file: string, chunk?: number): Promise<JobSpec> {
  const lower = file.toLowerCase();
  if (lower.endsWith(".json")) {
    const raw = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    if (typeof raw.kind === "string" && "params" in raw) return { kind: raw.kind, params: raw.params };
  }
  // anything else is a therapy-lab screen file (YAML or JSON)
  return screenSpec(readScreenJob(file), chunk);
}

export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description(
      "run job chunks from a BullMQ queue on Redis (start one per machine; Ctrl-C finishes the chunk in hand)",
    )
    .requiredOption(
      "--queue <url>",
      "Redis URL, e.g. redis://127.0.0.1:6379 (loopback unless STAT3_QUEUE_ALLOW_REMOTE=1)",
    )
    .option("--threads <n>", "chunks run at once on this machine (default 1)", "1")
    .option("--quiet", "no line per chunk")
    .action(async (o: { queue: string; threads: string; quiet?: boolean }) => {
      const threads = Number(o.threads);
      if (!(Number.isInteger(threads) && threads >= 1))
        throw new Error(`--threads expects an integer ≥ 1, got ${o.threads}`);
      await loadKindModules(cliKindModules());
      const w = await startQueueWorker({
        url: o.queue,
        threads,
        kindModules: cliKindModules(),
        onChunk: (c) => {
          if (!o.quiet)
            process.stderr.write(
              `${c.jobId.slice(0, 12)} chunk ${c.chunk}: ${c.error ? `failed: ${c.error}` : `${c.ms.toFixed(0)} ms`}\n`,
            );
        },
      });
      process.stderr.write(`worker ready on ${o.queue} (${threads} thread${threads > 1 ? "s" : ""})\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.stderr.write("worker: finishing the chunk in hand…\n");
          w.close().then(resolve, resolve);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
    });

  const job = program
    .command("job")
    .description("long jobs (screens, scans, MaBoSS samples) on threads or a Redis queue");
  addJobOptions(
    job
      .command("run <file>")
      .description("run a job file: {kind, params} JSON (kinds maboss, scan, screen) or a screen YAML/JSON")
      .option("--chunk <n>", "scenarios per chunk for screen files (default 100)")
      .option("-o, --out <file>", "write the answer as JSON here (default stdout)"),
  ).action(async (file: string, o: JobCliOptions & { chunk?: string; out?: string }) => {
    const spec = await readJobFile(file, o.chunk ? Number(o.chunk) : undefined);
    const out = await runJobCli(spec, o);
    process.stderr.write(
      `job ${out.jobId.slice(0, 12)}: ${out.chunks} chunks (${out.resumed} from the store), ${out.failures.length} failed, ${(out.wallMs / 1000).toFixed(1)} s\n`,
    );
    for (const f of out.failures.slice(0, 10)) process.stderr.write(`  chunk ${f.chunk}: ${f.error}\n`);
    const text = `${JSON.stringify({ jobId: out.jobId, failures: out.failures, answer: plain(out.answer) })}\n`;
    if (o.out) writeFileSync(o.out, text);
    else process.stdout.write(text);
    if (out.failures.length > 0) process.exitCode = 1;
  });
  job
    .command("status <jobId>")
    .description("progress of a job in a results store (chunks done / failed / total)")
    .requiredOption("--store <file>", "SQLite results store")
    .action(async (id: string, o: { store: string }) => {
      const store = new JobStore(o.store);
      try {
        const match = store.listJobs().filter((j) => j.id.startsWith(id));
        if (match.length !== 1)
          throw new Error(match.length ? `job id prefix ${id} is ambiguous` : `no job ${id} in ${o.store}`);
        const p = store.progress(match[0].id);
        process.stdout.write(
          `${JSON.stringify({ id: match[0].id, kind: match[0].kind, status: match[0].status, ...p })}\n`,
        );
      } finally {
        store.close();
      }
    });
}
