/**
 * `stat3 screen screen.yaml --workers auto --out screen/` — drugs × doses × contexts × read-outs as one
 * job (job file format: packages/cli/src/screen/job.ts), simulated on a worker-thread pool with a
 * progress bar, stored in SQLite (screen/screen.sqlite) keyed by job hash and item index — run the same
 * command again after an interruption and it continues where it stopped. Writes results.csv,
 * results.json (item order, independent of the worker count) and summary.json (Hill fits of every
 * single-agent response, synergy summaries of every combination grid).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { analyseScreen, type ScreenSummary, screenCsv, screenJson } from "../screen/analyse.js";
import { readScreenJob } from "../screen/job.js";
import { runScreen } from "../screen/pool.js";
import { ScreenStore } from "../screen/store.js";

export interface ScreenCliOptions {
  workers: string;
  out: string;
  db?: string;
  batch?: string;
  progress?: boolean;
}

export interface ScreenCliResult {
  summary: ScreenSummary;
  simulated: number;
  seconds: number;
  workers: number;
}

export async function runScreenCommand(file: string, o: ScreenCliOptions): Promise<ScreenCliResult> {
  const job = readScreenJob(file);
  await mkdir(o.out, { recursive: true });
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
    const summary = analyseScreen(job, run.results);
    await writeFile(join(o.out, "results.csv"), screenCsv(job, run.results));
    await writeFile(join(o.out, "results.json"), `${JSON.stringify(screenJson(job, run.results))}\n`);
    await writeFile(join(o.out, "summary.json"), `${JSON.stringify(summary, null, 1)}\n`);
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
  program
    .command("screen")
    .description(
      "a virtual screen (drugs × doses × contexts × read-outs) on all cores, resumable, SQLite-backed",
    )
    .argument("<job>", "job file (.yaml or .json)")
    .option("--workers <n|auto>", "worker threads (0 = in this thread)", "auto")
    .option("--out <dir>", "output folder", "screen")
    .option("--db <file>", "SQLite results database (default <out>/screen.sqlite)")
    .option("--batch <n>", "simulations per worker task")
    .option("--no-progress", "no progress bar")
    .action(async (file: string, o: ScreenCliOptions) => {
      await runScreenCommand(file, o);
    });
}
