/**
 * `stat3 screen --queue redis://…` (issue 10): the same job through BullMQ on a real redis-server (a
 * throw-away one on a free loopback port, as packages/jobs/test/redis.test.ts starts it) and one
 * `stat3 worker --queue …` process writes results.csv, results.json and summary.json byte for byte as
 * the local run does. Skipped (with a message) only when /usr/bin/redis-server is absent.
 */
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { haveRedis, type RedisServer, startRedis, stopProc } from "../../../jobs/test/fixtures/redis.js";
import { runScreenCommand } from "../../src/commands/screen.js";
import { startCliWorker } from "../fixtures/cli-worker.js";

const FIX = new URL("../screen/fixtures/two-inhibitors.xml", import.meta.url).pathname;

describe("stat3 screen --queue", {
  skip: haveRedis ? false : "redis-server not installed at /usr/bin/redis-server (.ci/run installs it)",
}, () => {
  let redis: RedisServer;
  let worker: ChildProcess;
  const dir = mkdtempSync(join(tmpdir(), "screen-queue-"));
  before(async () => {
    redis = await startRedis();
    worker = await startCliWorker(redis.url);
  });
  after(async () => {
    if (worker) await stopProc(worker, "SIGKILL");
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the local run's three files byte for byte (SBML model, 2 drugs × 4 + 2 doses, chunks of 2)", async () => {
    copyFileSync(FIX, join(dir, "model.xml"));
    writeFileSync(
      join(dir, "screen.yaml"),
      [
        "name: queue test",
        "model:",
        "  sbml: model.xml",
        "drugs:",
        "  A: 1..1000:4",
        "  B: [10, 100]",
        "readouts: ['[X]@40', '[X]@10']",
      ].join("\n"),
    );
    const local = join(dir, "local");
    const queued = join(dir, "queued");
    await runScreenCommand(join(dir, "screen.yaml"), { workers: "0", out: local, progress: false });
    const store = join(dir, "jobs.sqlite");
    const r = await runScreenCommand(join(dir, "screen.yaml"), {
      workers: "0",
      out: queued,
      progress: false,
      queue: redis.url,
      store,
      batch: "2",
    });
    assert.equal(r.simulated, 7);
    for (const f of ["results.csv", "results.json", "summary.json"])
      assert.equal(readFileSync(join(queued, f), "utf8"), readFileSync(join(local, f), "utf8"), f);
    const csv = readFileSync(join(queued, "results.csv"), "utf8").trim().split("\n");
    assert.equal(csv.length, 8, "header + 7 items");
    for (const l of csv.slice(1)) {
      const cells = l.split(",");
      assert.ok(cells[6] !== "" && Number.isFinite(Number(cells[6])), `a value in ${l}`);
      assert.equal(cells[8], "", `no error in ${l}`);
    }
    // rerun: every chunk comes from the job store, same files
    const again = await runScreenCommand(join(dir, "screen.yaml"), {
      workers: "0",
      out: queued,
      progress: false,
      queue: redis.url,
      store,
      batch: "2",
    });
    assert.equal(again.simulated, 0);
    assert.equal(
      readFileSync(join(queued, "results.csv"), "utf8"),
      readFileSync(join(local, "results.csv"), "utf8"),
    );
  });
});
