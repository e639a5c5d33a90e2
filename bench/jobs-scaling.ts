/**
 * Scaling of the job queue (issue 10): a 20,000-simulation therapy-lab screen (STAT3 model,
 * ruxolitinib × stattic grid over contexts, read-out pSTAT3_fraction@1h) run through BullMQ on one
 * Redis on this machine by 1, 2 and 4 `stat3 worker` processes (1 thread each), plus the in-process
 * pool with one thread as the no-queue baseline. Printed per run: wall time, throughput, speed-up,
 * Redis CPU and commands per chunk, and the queue overhead per chunk
 *   overhead/chunk = (wall − Σ chunk compute) / chunks       (1 worker: nothing runs in parallel)
 * and, measured inside each worker, the gap between the end of one chunk and the start of the next
 * (the queue round trip: result stored, next chunk fetched), against the mean compute time of a chunk
 * (target < 5 % at the default chunk size). A second,
 * smaller screen at chunk sizes 1 and 10 shows how the per-chunk cost scales.
 *
 *   npm run bench:jobs                 (JOBS_SIMS=n: simulations, default 20000; JOBS_WORKERS=1,2,4)
 *
 * Starts its own redis-server (/usr/bin/redis-server) on a free loopback port, no persistence.
 * The machine's cores are shared with other work: wall times are noisy; Σ compute is printed beside.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { Redis } from "ioredis";
import { screenSpec } from "../packages/cli/src/jobs/kinds.js";
import { expandScreenJob } from "../packages/cli/src/screen/job.js";
import {
  type JobSpec,
  JobStore,
  loadKindModules,
  RedisBackend,
  runJob,
  ThreadBackend,
} from "../packages/jobs/src/index.js";

const SIMS = Number(process.env.JOBS_SIMS ?? 20000);
const WORKERS = (process.env.JOBS_WORKERS ?? "1,2,4").split(",").map(Number);
const KINDS = new URL("../packages/cli/src/jobs/kinds.ts", import.meta.url).href;
// the queue worker behind `stat3 worker` (same startQueueWorker) with a line per chunk: compute, gap ms
const WORKER_MAIN = new URL("../packages/jobs/src/worker-main.ts", import.meta.url).pathname;

function screen(n: number, chunk: number): JobSpec {
  const job = expandScreenJob(
    {
      model: "stat3",
      il6: 40,
      contexts: ["hepatocyte", "autocrine-il6", "egfr-driven", "src-driven"],
      drugs: { ruxolitinib: "1nM..10uM:75", stattic: "0.1uM..100uM:75" },
      combinations: [["ruxolitinib", "stattic"]],
      readouts: ["pSTAT3_fraction@1h"],
    },
    "<bench>",
  );
  if (job.items.length < n) throw new Error(`screen has only ${job.items.length} items`);
  job.items = job.items.slice(0, n);
  return screenSpec(job, chunk);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function until(p: ChildProcess, text: string, stream: "stdout" | "stderr"): Promise<void> {
  return new Promise((resolve, reject) => {
    let buf = "";
    p[stream]?.on("data", (d: Buffer) => {
      buf += d.toString();
      if (buf.includes(text)) resolve();
    });
    p.once("exit", (c) => reject(new Error(`exited ${c} before "${text}": ${buf.slice(-400)}`)));
  });
}

const stop = (p: ChildProcess) =>
  new Promise<void>((r) => {
    if (p.exitCode !== null || p.signalCode !== null) return r();
    p.once("exit", () => r());
    p.kill("SIGTERM");
  });

async function redisCpu(conn: Redis): Promise<{ cpu: number; calls: number }> {
  const cpu = await conn.info("cpu");
  const get = (k: string) => Number(new RegExp(`${k}:([0-9.]+)`).exec(cpu)?.[1] ?? 0);
  const stats = await conn.info("commandstats");
  let calls = 0;
  for (const m of stats.matchAll(/calls=(\d+)/g)) calls += Number(m[1]);
  return { cpu: get("used_cpu_sys") + get("used_cpu_user"), calls };
}

interface Row {
  backend: string;
  workers: number;
  chunkSize: number;
  chunks: number;
  wall: number;
  compute: number;
  redisCpuMsPerChunk?: number;
  redisCallsPerChunk?: number;
  /** worker-side gap between consecutive chunks of one worker (the queue's round trip), median / mean ms */
  gapMedian?: number;
  gapMean?: number;
}

/** A small job that makes every worker thread compile the model of every context (not timed). */
function warmUp(nWorkers: number, round: number): JobSpec {
  const base = screen(4, 4);
  const p = base.params as { items: { context: string; drugs: Record<string, number> }[]; chunkSize: number };
  const contexts = ["hepatocyte", "autocrine-il6", "egfr-driven", "src-driven"];
  p.items = [];
  for (let k = 0; k < 3 * nWorkers; k++)
    for (const context of contexts) p.items.push({ context, drugs: { ruxolitinib: 1 + k + 1000 * round } });
  p.chunkSize = contexts.length;
  return base;
}
let rounds = 0;

async function viaQueue(url: string, spec: JobSpec, nWorkers: number, chunkSize: number): Promise<Row> {
  const procs = Array.from({ length: nWorkers }, () =>
    spawn(
      process.execPath,
      ["--conditions=source", "--import", "tsx", WORKER_MAIN, "--queue", url, "--kind-module", KINDS],
      {
        stdio: ["ignore", "pipe", "inherit"],
        env: { ...process.env, NODE_OPTIONS: "", STAT3_WORKER_LOG: "1" },
      },
    ),
  );
  // per worker: [compute ms, gap ms] of each chunk it ran
  const logs: [number, number][][] = procs.map(() => []);
  procs.forEach((p, i) =>
    p.stdout?.on("data", (d: Buffer) => {
      for (const l of d.toString().split("\n")) {
        const m = /^chunk \d+ ([0-9.]+) ([0-9.]+|NaN)/.exec(l);
        if (m) logs[i].push([Number(m[1]), Number(m[2])]);
      }
    }),
  );
  try {
    await Promise.all(procs.map((p) => until(p, "ready", "stdout")));
    const conn = new Redis(url);
    const backend = new RedisBackend({ url });
    await runJob(warmUp(nWorkers, ++rounds), { backend, store: new JobStore() });
    for (const l of logs) l.length = 0;
    const before = await redisCpu(conn);
    const store = new JobStore();
    const out = await runJob(spec, { backend, store });
    const after = await redisCpu(conn);
    await backend.close();
    await conn.quit();
    if (out.failures.length) throw new Error(`failures: ${JSON.stringify(out.failures.slice(0, 3))}`);
    // each worker's first chunk waited for the job to be submitted: not a queue round trip
    const gaps = logs.flatMap((l) => l.slice(1).map(([, g]) => g)).sort((a, b) => a - b);
    return {
      backend: "redis",
      workers: nWorkers,
      chunkSize,
      chunks: out.chunks,
      wall: out.wallMs,
      compute: out.computeMs,
      redisCpuMsPerChunk: ((after.cpu - before.cpu) * 1000) / out.chunks,
      redisCallsPerChunk: (after.calls - before.calls) / out.chunks,
      gapMedian: gaps.length ? gaps[Math.floor(gaps.length / 2)] : Number.NaN,
      gapMean: gaps.reduce((a, b) => a + b, 0) / gaps.length,
    };
  } finally {
    await Promise.all(procs.map(stop));
  }
}

async function inProcess(spec: JobSpec, chunkSize: number): Promise<Row> {
  const backend = new ThreadBackend({ threads: 1, kindModules: [KINDS] });
  try {
    await runJob(warmUp(1, ++rounds), { backend, store: new JobStore() });
    const out = await runJob(spec, { backend, store: new JobStore() });
    return {
      backend: "threads",
      workers: 1,
      chunkSize,
      chunks: out.chunks,
      wall: out.wallMs,
      compute: out.computeMs,
    };
  } finally {
    await backend.close();
  }
}

function print(rows: Row[], sims: number): void {
  const base = rows.find((r) => r.backend === "redis" && r.workers === 1)?.wall;
  console.log(
    "back end  workers  chunk  chunks   wall s  sims/s  speed-up  Σcompute s  (wall−Σc)/chunk ms  gap med/mean ms  gap/compute  Redis CPU ms/chunk  Redis cmds/chunk",
  );
  for (const r of rows) {
    const perChunk = r.workers === 1 ? (r.wall - r.compute) / r.chunks : Number.NaN;
    const pct = (100 * perChunk) / (r.compute / r.chunks);
    console.log(
      [
        r.backend.padEnd(8),
        String(r.workers).padStart(7),
        String(r.chunkSize).padStart(6),
        String(r.chunks).padStart(7),
        (r.wall / 1000).toFixed(1).padStart(8),
        ((1000 * sims) / r.wall).toFixed(0).padStart(7),
        (base && r.backend === "redis" ? (base / r.wall).toFixed(2) : "").padStart(9),
        (r.compute / 1000).toFixed(1).padStart(11),
        (Number.isNaN(perChunk) ? "" : `${perChunk.toFixed(2)} (${pct.toFixed(1)} %)`).padStart(19),
        (r.gapMedian === undefined
          ? ""
          : `${r.gapMedian.toFixed(2)}/${(r.gapMean ?? 0).toFixed(2)}`
        ).padStart(16),
        (r.gapMean === undefined
          ? ""
          : `${((100 * r.gapMean) / (r.compute / r.chunks)).toFixed(2)} %`
        ).padStart(12),
        (r.redisCpuMsPerChunk === undefined ? "" : r.redisCpuMsPerChunk.toFixed(3)).padStart(19),
        (r.redisCallsPerChunk === undefined ? "" : r.redisCallsPerChunk.toFixed(1)).padStart(17),
      ].join(" "),
    );
  }
}

if (!existsSync("/usr/bin/redis-server")) {
  console.error("bench:jobs needs Debian's redis-server (/usr/bin/redis-server)");
  process.exit(1);
}
await loadKindModules([KINDS]);
const port = await freePort();
const redis = spawn(
  "/usr/bin/redis-server",
  ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
  {
    stdio: ["ignore", "pipe", "ignore"],
  },
);
await until(redis, "Ready to accept connections", "stdout");
const url = `redis://127.0.0.1:${port}`;
console.log(
  `bench:jobs — ${SIMS} STAT3 screen simulations; ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}; Redis ${url}`,
);
try {
  const rows: Row[] = [];
  const spec = screen(SIMS, 100);
  rows.push(await inProcess(spec, 100));
  for (const w of WORKERS) rows.push(await viaQueue(url, spec, w, 100));
  print(rows, SIMS);
  // the per-chunk cost at small chunks (1 worker: overhead = wall − compute)
  const small = Math.min(SIMS, 1000);
  const rows2: Row[] = [];
  for (const cs of [1, 10, 100]) rows2.push(await viaQueue(url, screen(small, cs), 1, cs));
  console.log(`\nchunk-size sweep, ${small} simulations, 1 worker:`);
  print(rows2, small);
} finally {
  await stop(redis);
}
