/**
 * `--queue redis://…` wiring for CLI commands: the in-process worker-thread pool by default, BullMQ on
 * Redis when --queue is given; a results store (SQLite) for resume; a progress bar on stderr.
 */
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import {
  type Backend,
  type JobOutcome,
  type JobSpec,
  JobStore,
  loadKindModules,
  RedisBackend,
  runJob,
  ThreadBackend,
} from "@stat3/jobs";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { CLI_KINDS_URL } from "./kinds.js";

export interface JobCliOptions {
  queue?: string;
  threads?: string;
  store?: string;
  progress?: boolean;
}

/** Adds --queue, --threads, --store and --no-progress to a command. */
export function addJobOptions(cmd: Command): Command {
  return cmd
    .option(
      "--queue <url>",
      "run on BullMQ workers through Redis (e.g. redis://127.0.0.1:6379; start `stat3 worker --queue …`)",
    )
    .option("--threads <n>", "worker threads of the in-process back end (default: cores)")
    .option(
      "--store <file>",
      "SQLite results store; rerunning the same job resumes from it (default: in memory, or ~/.stat3/jobs.sqlite with --queue)",
    )
    .option("--no-progress", "no progress bar");
}

/**
 * --queue, --threads and --store for a command that already has its own --no-progress and its own
 * local parallelism (--workers): screen, fit, logical simulate.
 */
export function addQueueOptions(cmd: Command): Command {
  return cmd
    .option(
      "--queue <url>",
      "run through BullMQ workers on Redis (e.g. redis://127.0.0.1:6379; start `stat3 worker --queue …` on any machine); same outputs as without it",
    )
    .option("--threads <n>", "local worker threads (same as --workers; ignored with --queue)")
    .option(
      "--store <file>",
      "with --queue: SQLite job store; rerunning the same job resumes from it (default ~/.stat3/jobs.sqlite)",
    );
}

export const cliKindModules = (): string[] => [CLI_KINDS_URL];

export async function makeBackend(o: JobCliOptions): Promise<Backend> {
  await loadKindModules(cliKindModules());
  if (o.queue) return new RedisBackend({ url: o.queue });
  const threads = o.threads === undefined ? undefined : Number(o.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1))
    throw new Error(`--threads expects an integer ≥ 1, got ${o.threads}`);
  return new ThreadBackend({ ...(threads ? { threads } : {}), kindModules: cliKindModules() });
}

export function openStore(o: JobCliOptions): JobStore {
  const file = o.store ?? (o.queue ? join(homedir(), ".stat3", "jobs.sqlite") : ":memory:");
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  return new JobStore(file);
}

/** Run a job with the chosen back end, a progress bar (TTY only) and the store; closes the back end. */
export async function runJobCli<A>(
  spec: JobSpec,
  o: JobCliOptions,
  label = spec.kind,
): Promise<JobOutcome<A>> {
  const backend = await makeBackend(o);
  const store = openStore(o);
  const bar =
    o.progress !== false && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            format: `${label} {bar} {value}/{total} chunks | {percentage}% | ETA {eta_formatted} | ${backend.name}`,
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  let started = false;
  try {
    return await runJob<A>(spec, {
      backend,
      store,
      onProgress: (p) => {
        if (!bar) return;
        if (!started) {
          bar.start(p.total, p.done + p.failed);
          started = true;
        } else bar.update(p.done + p.failed);
      },
    });
  } finally {
    bar?.stop();
    await backend.close();
    store.close();
  }
}
