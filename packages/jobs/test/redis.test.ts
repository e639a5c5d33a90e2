/**
 * The BullMQ back end against a real redis-server (started here on a free loopback port, no
 * persistence, killed at the end) and several `worker-main` processes: answers identical to the
 * in-process back end to the last bit; a worker killed mid-chunk loses nothing and no chunk lands
 * twice; a bad chunk is recorded without stalling the rest; a killed submitter's job resumes.
 * Skipped (with a message) only when /usr/bin/redis-server is absent — .ci/run installs it.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadKindModules } from "../src/kinds/registry.js";
import { RedisBackend } from "../src/redis.js";
import { runJob } from "../src/runner.js";
import { JobStore } from "../src/store.js";
import { ThreadBackend } from "../src/thread-backend.js";
import { mabossSpec, scanSpec, spinSpec, TEST_KINDS } from "./fixtures/models.js";
import {
  haveRedis,
  type RedisServer,
  startRedis,
  startWorker,
  stopProc,
  type WorkerProc,
} from "./fixtures/redis.js";

const FAST = ["--kind-module", TEST_KINDS, "--lock-ms", "2000", "--stalled-ms", "1000"];

describe("BullMQ on Redis back end", {
  skip: haveRedis ? false : "redis-server not installed at /usr/bin/redis-server (.ci/run installs it)",
}, () => {
  let redis: RedisServer;
  let workers: WorkerProc[] = [];
  let local: ThreadBackend;
  let backend: RedisBackend;
  const dir = mkdtempSync(join(tmpdir(), "stat3-jobs-"));

  before(async () => {
    await loadKindModules([TEST_KINDS]);
    redis = await startRedis();
    workers = await Promise.all([0, 1, 2].map(() => startWorker(redis.url, FAST)));
    local = new ThreadBackend({ threads: 2, kindModules: [TEST_KINDS] });
    backend = new RedisBackend({ url: redis.url });
    backend.sweepMs = 500;
  });
  after(async () => {
    await backend?.close();
    await local?.close();
    await Promise.all(workers.map((w) => stopProc(w.proc, "SIGKILL")));
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives the in-process answers to the last bit (MaBoSS 5,500 trajectories; SBML scan of 60 points)", async () => {
    for (const spec of [mabossSpec(5500, 11), scanSpec(60, 7)]) {
      const inProc = await runJob(spec, { backend: local, store: new JobStore() });
      const store = new JobStore();
      const viaRedis = await runJob(spec, { backend, store });
      assert.deepEqual(viaRedis.failures, []);
      assert.deepEqual(viaRedis.answer, inProc.answer);
      // chunks were spread over the worker processes
      const who = new Set(store.rows(viaRedis.jobId).map((r) => r.worker));
      assert.ok(who.size >= 2, `ran on ${[...who].join(", ")}`);
    }
  });

  it("a worker killed mid-chunk loses nothing: every chunk lands exactly once", async () => {
    const spec = spinSpec(30, 120, [], 5);
    const ref = await runJob(spec, { backend: local, store: new JobStore() });
    const store = new JobStore();
    let killed = false;
    const victim = workers[0];
    const counts: number[] = [];
    const run = runJob(spec, {
      backend,
      store,
      onProgress: (p) => {
        counts.push(p.done);
        if (!killed && p.done >= 4 && victim.lines.length > 0) {
          killed = true;
          victim.proc.kill("SIGKILL"); // it is busy: each worker pulls the next chunk at once
        }
      },
    });
    const out = await run;
    assert.ok(killed, "the worker was killed during the run");
    assert.deepEqual(out.failures, []);
    assert.deepEqual(out.answer, ref.answer);
    const rows = store.rows(out.jobId);
    assert.deepEqual(
      rows.map((r) => r.index),
      Array.from({ length: 30 }, (_, i) => i),
    );
    assert.deepEqual(
      counts,
      Array.from({ length: 31 }, (_, i) => i),
      "progress counted each chunk once",
    );
    workers[0] = await startWorker(redis.url, FAST); // keep three for the next tests
  });

  it("a bad chunk fails with its error recorded and does not stall the rest", async () => {
    const store = new JobStore();
    const out = await runJob(spinSpec(9, 5, [4], 9), { backend, store });
    assert.deepEqual(
      out.failures.map((f) => f.chunk),
      [4],
    );
    assert.match(out.failures[0].error, /bad on purpose/);
    assert.equal(store.rows(out.jobId).filter((r) => r.status === "done").length, 8);
  });

  it("resumes after the submitting process dies", async () => {
    const file = join(dir, "resume.sqlite");
    const spec = spinSpec(16, 150, [], 13);
    const sub = spawn(
      process.execPath,
      [
        "--conditions=source",
        "--import",
        "tsx",
        new URL("./fixtures/submit.ts", import.meta.url).pathname,
        redis.url,
        file,
        JSON.stringify(spec),
      ],
      { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } },
    );
    await new Promise<void>((resolve, reject) => {
      let buf = "";
      sub.stdout.on("data", (d: Buffer) => {
        buf += d.toString();
        if (/progress [3-9]/.test(buf)) {
          sub.kill("SIGKILL");
          resolve();
        }
      });
      sub.once("exit", (c) =>
        c !== null && c !== 0 ? reject(new Error(`submitter exited ${c}: ${buf}`)) : undefined,
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    const store = new JobStore(file);
    const out = await runJob(spec, { backend, store });
    assert.ok(out.resumed >= 3 && out.resumed < 16, `resumed ${out.resumed}`);
    assert.deepEqual(out.failures, []);
    const ref = await runJob(spec, { backend: local, store: new JobStore() });
    assert.deepEqual(out.answer, ref.answer);
    assert.equal(store.rows(out.jobId).length, 16);
    store.close();
  });
});

describe("queue URL checks (no server needed)", () => {
  it("accepts loopback redis:// URLs and refuses other hosts and schemes unless allowed", async () => {
    const { checkQueueUrl } = await import("../src/redis.js");
    assert.equal(checkQueueUrl("redis://127.0.0.1:6379").port, "6379");
    assert.equal(checkQueueUrl("redis://localhost:6380/2").hostname, "localhost");
    assert.throws(() => checkQueueUrl("redis://10.0.0.5:6379"), /not a loopback/);
    assert.throws(() => checkQueueUrl("http://127.0.0.1:6379"), /redis:\/\//);
    assert.throws(() => checkQueueUrl("127.0.0.1:6379"), /redis/);
    assert.equal(checkQueueUrl("rediss://queue.example:6380", true).protocol, "rediss:");
  });
});
