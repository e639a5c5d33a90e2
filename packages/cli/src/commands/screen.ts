/**
 * `stat3 screen screen.yaml --workers auto --out screen/` — drugs × doses × contexts × read-outs as one
 * job (job file format: packages/cli/src/screen/job.ts), simulated on a worker-thread pool with a
 * progress bar, stored in SQLite (screen/screen.sqlite) keyed by job hash and item index — run the same
 * command again after an interruption and it continues where it stopped. Writes results.csv,
 * results.json (item order, independent of the worker count) and summary.json (Hill fits of every
 * single-agent response, synergy summaries of every combination grid).
 *
 * With `--queue redis://…` the same job runs as a "screen" job (jobs/kinds.ts) on `stat3 worker`
 * processes through BullMQ on Redis, resumable from the job store (--store); the merged answer is in
 * item order, so the three files are byte-identical to the local run's.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { addQueueOptions, runJobCli } from "../jobs/backend.js";
import { type ScreenAnswer, screenSpec } from "../jobs/kinds.js";
import { analyseScreen, type ScreenSummary, screenCsv, screenJson } from "../screen/analyse.js";
import { readScreenJob } from "../screen/job.js";
import { runScreen } from "../screen/pool.js";
import type { ScreenJob } from "../screen/job.js";
import { type ItemResult, ScreenStore } from "../screen/store.js";

export interface ScreenCliOptions {
  workers: string;
  out: string;
  db?: string;
  batch?: string;
  progress?: boolean;
  /** BullMQ on Redis instead of local threads */
  queue?: string;
  /** alias of workers */
  threads?: string;
  /** job store of the --queue path */
  store?: string;
}

export interface ScreenCliResult {
  summary: ScreenSummary;
  simulated: number;
  seconds: number;
  workers: number;
}

async function writeOutputs(job: ScreenJob, results: ItemResult[], out: string): Promise<ScreenSummary> {
  const summary = analyseScreen(job, results);
  await writeFile(join(out, "results.csv"), screenCsv(job, results));
  await writeFile(join(out, "results.json"), `${JSON.stringify(screenJson(job, results))}\n`);
  await writeFile(join(out, "summary.json"), `${JSON.stringify(summary, null, 1)}\n`);
  return summary;
}

/** The --queue path: one "screen" job through BullMQ; the answer back as the local runner's results. */
async function runScreenQueued(job: ScreenJob, o: ScreenCliOptions): Promise<ScreenCliResult> {
  const chunkSize = o.batch ? Number(o.batch) : undefined;
  if (chunkSize !== undefined && !(Number.isInteger(chunkSize) && chunkSize >= 1))
    throw new Error(`--batch expects an integer ≥ 1, got ${o.batch}`);
  const spec = screenSpec(job, chunkSize);
  const out = await runJobCli<ScreenAnswer>(
    spec,
    { queue: o.queue, ...(o.store ? { store: o.store } : {}), progress: o.progress },
    "screen",
  );
  const a = out.answer;
  if (!a)
    throw new Error(
      `screen ${job.name}: the queue returned no answer (${out.failures.length} chunks failed)`,
    );
  const r = a.readouts.length;
  const errs = new Map(a.errors);
  // ItemResult exactly as the local runner builds it: values as a plain array, error only when set
  const results: ItemResult[] = Array.from({ length: a.n }, (_, idx) => {
    const values = Array.from(a.values.subarray(idx * r, (idx + 1) * r));
    const error = errs.get(idx);
    return error === undefined ? { idx, values } : { idx, values, error };
  });
  const summary = await writeOutputs(job, results, o.out);
  const seconds = out.wallMs / 1000;
  const size = (spec.params as { chunkSize: number }).chunkSize;
  const simulated = Math.max(0, job.items.length - out.resumed * size);
  process.stderr.write(
    `screen ${job.name} (job ${job.hash}): ${job.items.length} items in ${out.chunks} chunks ` +
      `(${out.resumed} from the store) via ${o.queue} in ${seconds.toFixed(2)} s; ${out.failures.length} chunks failed, ` +
      `${summary.failed} failed; wrote ${o.out}/{results.csv,results.json,summary.json}\n`,
  );
  return { summary, simulated, seconds, workers: 0 };
}

export async function runScreenCommand(file: string, o: ScreenCliOptions): Promise<ScreenCliResult> {
  const job = readScreenJob(file);
  await mkdir(o.out, { recursive: true });
  if (o.queue) return runScreenQueued(job, o);
  if (o.threads !== undefined) o = { ...o, workers: o.threads };
  const store = new ScreenStore(o.db ?? join(o.out, "screen.sqlite"));
  const workers = o.workers === "auto" ? "auto" : Number(o.workers);
  const showBar = o.progress !== false && process.stderr.isTTY;
  const bar = showBar
    ? new cliProgress.SingleBar(
        {
          format: "screen {bar} {value}/{total} simulations | {percentage}% | ETA {eta_formatted}",
          stream: process.stderr,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let started = false;
  try {
    const run = await runScreen(job, {
      workers,
      store,
      batchSize: o.batch ? Number(o.batch) : undefined,
      onProgress: (done, total) => {
        if (!bar) return;
        if (!started) {
          bar.start(total, done);
          started = true;
        } else bar.update(done);
      },
    });
    bar?.stop();
    const summary = await writeOutputs(job, run.results, o.out);
    const per = run.simulated ? (run.seconds / run.simulated) * 1000 : 0;
    process.stderr.write(
      `screen ${job.name} (job ${job.hash}): ${job.items.length} items, ${run.simulated} simulated now ` +
        `(${job.items.length - run.simulated} from the store) on ${run.workers} worker(s) in ${run.seconds.toFixed(2)} s` +
        `${run.simulated ? ` (${per.toFixed(2)} ms per simulation)` : ""}; ${summary.failed} failed; wrote ${o.out}/{results.csv,results.json,summary.json}\n`,
    );
    return { summary, simulated: run.simulated, seconds: run.seconds, workers: run.workers };
  } finally {
    bar?.stop();
    store.close();
  }
}

export function registerScreen(program: Command): void {
  const cmd = program
    .command("screen")
    .description(
      "a virtual screen (drugs × doses × contexts × read-outs) on all cores or, with --queue, on Redis workers; resumable, SQLite-backed",
    )
    .argument("<job>", "job file (.yaml or .json)")
    .option("--workers <n|auto>", "worker threads (0 = in this thread)", "auto")
    .option("--out <dir>", "output folder", "screen")
    .option("--db <file>", "SQLite results database (default <out>/screen.sqlite)")
    .option("--batch <n>", "simulations per worker task (with --queue: per queue chunk, default 100)")
    .option("--no-progress", "no progress bar");
  addQueueOptions(cmd).action(async (file: string, o: ScreenCliOptions) => {
    await runScreenCommand(file, o);
  });
}
