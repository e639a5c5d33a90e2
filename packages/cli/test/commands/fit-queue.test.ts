/**
 * `stat3 fit --queue redis://…` (issue 10): a 3-start multistart of the Boehm et al. 2014 PEtab
 * benchmark (from /work/shared) through BullMQ on a real redis-server (throw-away, free loopback port)
 * and one `stat3 worker` process writes the same files as the local run: best-parameters.tsv,
 * simulations.tsv and the figures byte for byte; starts.tsv and result.json equal up to the wall times
 * (timeMs) and the "workers"/"queue" fields. Skipped when redis-server or /work/shared is absent.
 */
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { haveRedis, type RedisServer, startRedis, stopProc } from "../../../jobs/test/fixtures/redis.js";
import { runFit } from "../../src/commands/fit.js";
import { startCliWorker } from "../fixtures/cli-worker.js";

const BOEHM = "/work/shared/petab/benchmarks/Boehm_JProteomeRes2014";

/** starts.tsv without its timeMs column (wall time differs from run to run). */
const startsWithoutTime = (file: string) => {
  const rows = readFileSync(file, "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => l.split("\t"));
  const k = rows[0].indexOf("timeMs");
  assert.ok(k > 0, "starts.tsv has a timeMs column");
  return rows.map((r) => r.filter((_, i) => i !== k).join("\t")).join("\n");
};
const resultWithoutTime = (file: string) => {
  const j = JSON.parse(readFileSync(file, "utf8"));
  delete j.workers;
  delete j.queue;
  for (const r of j.runs) delete r.timeMs;
  return j;
};

describe("stat3 fit --queue", {
  skip: !haveRedis
    ? "redis-server not installed at /usr/bin/redis-server (.ci/run installs it)"
    : existsSync(BOEHM)
      ? false
      : `${BOEHM} not present`,
}, () => {
  let redis: RedisServer;
  let worker: ChildProcess;
  const dir = mkdtempSync(join(tmpdir(), "fit-queue-"));
  before(async () => {
    redis = await startRedis();
    worker = await startCliWorker(redis.url);
  });
  after(async () => {
    if (worker) await stopProc(worker, "SIGKILL");
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("Boehm, 3 LHS starts × 3 ls iterations: the local run's files", async () => {
    const yaml = join(BOEHM, "Boehm_JProteomeRes2014.yaml");
    const base = { starts: "3", seed: "5", optimizer: "ls", maxIterations: "3", progress: false };
    const local = join(dir, "local");
    const queued = join(dir, "queued");
    const a = await runFit(yaml, { ...base, workers: "1", out: local });
    const b = await runFit(yaml, { ...base, out: queued, queue: redis.url, store: join(dir, "jobs.sqlite") });
    assert.equal(b.results.length, 3);
    assert.deepEqual(
      b.results.map((r) => [r.start, r.f]),
      a.results.map((r) => [r.start, r.f]),
    );
    assert.ok(Number.isFinite(b.best.f), `best nllh ${b.best.f}`);
    const files = readdirSync(local).sort();
    assert.deepEqual(readdirSync(queued).sort(), files);
    for (const f of files) {
      if (f === "starts.tsv")
        assert.equal(startsWithoutTime(join(queued, f)), startsWithoutTime(join(local, f)));
      else if (f === "result.json")
        assert.deepEqual(resultWithoutTime(join(queued, f)), resultWithoutTime(join(local, f)));
      else assert.equal(readFileSync(join(queued, f), "utf8"), readFileSync(join(local, f), "utf8"), f);
    }
    const rq = JSON.parse(readFileSync(join(queued, "result.json"), "utf8"));
    assert.equal(rq.queue, redis.url);
    assert.ok(
      rq.runs.every((r: { timeMs: number }) => r.timeMs >= 0),
      "each start's wall time is reported",
    );
  });
});
