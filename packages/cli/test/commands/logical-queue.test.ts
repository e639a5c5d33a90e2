/**
 * `stat3 logical simulate --queue redis://…` (issue 10): a MaBoSS run as a "maboss" job through BullMQ
 * on a real redis-server (throw-away, free loopback port) and one `stat3 worker` process prints the same
 * text and JSON and writes the same time-course CSV, byte for byte, as the local run. Skipped (with a
 * message) only when /usr/bin/redis-server is absent.
 */
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { haveRedis, type RedisServer, startRedis, stopProc } from "../../../jobs/test/fixtures/redis.js";
import { runLogicalSimulate } from "../../src/commands/logical.js";
import { startCliWorker } from "../fixtures/cli-worker.js";

/** A three-node network with a negative feedback loop (written here), so trajectories differ and mix. */
const BND = `
node A { logic = !C; rate_up = @logic ? $ka : 0; rate_down = @logic ? 0 : $kd; }
node B { logic = A; rate_up = @logic ? 1.5 : 0; rate_down = @logic ? 0 : 0.5; }
node C { logic = B; rate_up = @logic ? 0.8 : 0; rate_down = @logic ? 0 : 0.4; }
`;
const CFG =
  "$ka = 1.2; $kd = 0.3; A.istate = 0; B.istate = 0; C.istate = 0; max_time = 6; time_tick = 0.5;\n";

describe("stat3 logical simulate --queue", {
  skip: haveRedis ? false : "redis-server not installed at /usr/bin/redis-server (.ci/run installs it)",
}, () => {
  let redis: RedisServer;
  let worker: ChildProcess;
  const dir = mkdtempSync(join(tmpdir(), "logical-queue-"));
  before(async () => {
    redis = await startRedis();
    worker = await startCliWorker(redis.url);
  });
  after(async () => {
    if (worker) await stopProc(worker, "SIGKILL");
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints and writes what the local run does, byte for byte (2,500 trajectories = 3 engine chunks, a knock-out)", async () => {
    const net = join(dir, "toy.bnd");
    const cfg = join(dir, "toy.cfg");
    writeFileSync(net, BND);
    writeFileSync(cfg, CFG);
    const base = { samples: "2500", seed: "9", fix: ["B=1"], progress: false };
    const store = join(dir, "jobs.sqlite");
    for (const json of [false, true]) {
      const localCsv = join(dir, `local-${json}.csv`);
      const queuedCsv = join(dir, `queued-${json}.csv`);
      const local = await runLogicalSimulate(net, cfg, { ...base, json, workers: "0", out: localCsv });
      const queued = await runLogicalSimulate(net, cfg, {
        ...base,
        json,
        queue: redis.url,
        store,
        out: queuedCsv,
      });
      assert.equal(queued, local);
      assert.equal(readFileSync(queuedCsv, "utf8"), readFileSync(localCsv, "utf8"));
      if (json) {
        const j = JSON.parse(queued) as { final: Record<string, number> };
        // B held on: every final state has B on, and the probabilities sum to 1
        const labels = Object.keys(j.final);
        assert.ok(labels.length >= 1 && labels.every((l) => l.split(" -- ").includes("B")), labels.join("|"));
        const sum = Object.values(j.final).reduce((a, b) => a + b, 0);
        assert.ok(Math.abs(sum - 1) < 1e-12, `sum ${sum}`);
      } else assert.match(queued, /^2500 trajectories, max_time 6, time_tick 0.5/);
    }
  });
});
