/**
 * The job runner on the in-process back end: answers equal the engine's single-threaded results to
 * the last bit, whatever the thread count; resume recomputes only missing chunks; a bad chunk is
 * recorded and the others finish.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { compileModel, logical, readSBML, simulate } from "@stat3/engine";
import { loadKindModules } from "../src/kinds/registry.js";
import { type ScanAnswer, type ScanParams, scanKind, scanPoint } from "../src/kinds/scan.js";
import { runJob } from "../src/runner.js";
import { JobStore } from "../src/store.js";
import { ThreadBackend } from "../src/thread-backend.js";
import type { JobProgress } from "../src/types.js";
import {
  DECAY_SBML,
  mabossSpec,
  scanSpec,
  spinSpec,
  TEST_KINDS,
  TOY_BND,
  TOY_CFG,
} from "./fixtures/models.js";

describe("job runner, in-process worker threads", () => {
  let b1: ThreadBackend;
  let b2: ThreadBackend;
  before(async () => {
    await loadKindModules([TEST_KINDS]);
    b1 = new ThreadBackend({ threads: 1, kindModules: [TEST_KINDS] });
    b2 = new ThreadBackend({ threads: 2, kindModules: [TEST_KINDS] });
  });
  after(async () => {
    await b1.close();
    await b2.close();
  });

  it("maboss: equals simulateMaBoSS bit for bit on 1 and 2 threads (3,500 trajectories, 4 chunks)", async () => {
    const net = logical.readMaBoSSNetwork(TOY_BND);
    const ref = logical.simulateMaBoSS(net, logical.readMaBoSSConfig(TOY_CFG), { samples: 3500, seed: 7 });
    for (const backend of [b1, b2]) {
      const store = new JobStore();
      const progress: JobProgress[] = [];
      const out = await runJob<logical.MaBoSSResult>(mabossSpec(3500), {
        backend,
        store,
        onProgress: (p) => progress.push(p),
      });
      assert.equal(out.chunks, 4);
      assert.deepEqual(out.failures, []);
      assert.deepEqual(out.answer, ref);
      assert.deepEqual(
        progress.map((p) => p.done),
        [0, 1, 2, 3, 4],
      );
      assert.equal(progress.at(-1)?.unitsDone, 3500);
      store.close();
    }
  });

  it("scan: every point equals a direct simulate() of that point, on 1 and 2 threads", async () => {
    const spec = scanSpec(40, 7);
    const p = scanKind.validate(spec.params) as ScanParams;
    const compiled = compileModel(readSBML(DECAY_SBML));
    const outs: ScanAnswer[] = [];
    for (const backend of [b1, b2]) {
      const out = await runJob<ScanAnswer>(spec, { backend, store: new JobStore() });
      assert.equal(out.chunks, 6); // 40 points in chunks of 7
      outs.push(out.answer as ScanAnswer);
    }
    assert.deepEqual(outs[0], outs[1]);
    const a = outs[0];
    for (const i of [0, 13, 39]) {
      const sol = simulate(compiled, {
        times: p.times,
        selections: p.selections,
        parameters: scanPoint(p, i),
      });
      for (let s = 0; s < 2; s++)
        for (let t = 0; t < 4; t++)
          assert.equal(a.values[(i * 2 + s) * 4 + t], sol.values[s][t], `point ${i}`);
    }
    // sampled coordinates lie in their ranges, and differ between points
    const k0 = scanPoint(p, 0).k;
    assert.ok(k0 >= 0.05 && k0 <= 5 && k0 !== scanPoint(p, 1).k);
  });

  it("resume: only chunks missing from the store are computed again; the answer is unchanged", async () => {
    const store = new JobStore();
    const spec = scanSpec(30, 5);
    const first = await runJob<ScanAnswer>(spec, { backend: b2, store });
    // forget two chunks, as if the submitter had died before they came back
    store.db.prepare("DELETE FROM chunks WHERE job_id = ? AND idx IN (1, 4)").run(first.jobId);
    const seen: number[] = [];
    const second = await runJob<ScanAnswer>(spec, {
      backend: b2,
      store,
      onProgress: (q) => seen.push(q.done),
    });
    assert.equal(second.resumed, 4);
    assert.deepEqual(seen, [4, 5, 6]);
    assert.deepEqual(second.answer, first.answer);
  });

  it("a bad chunk fails with its error recorded; the others finish and land in the store", async () => {
    const store = new JobStore();
    const out = await runJob<number[]>(spinSpec(6, 1, [2]), { backend: b2, store });
    assert.equal(out.failures.length, 1);
    assert.equal(out.failures[0].chunk, 2);
    assert.match(out.failures[0].error, /bad on purpose/);
    const rows = store.rows(out.jobId);
    assert.deepEqual(
      rows.map((r) => `${r.index}:${r.status}`),
      ["0:done", "1:done", "2:failed", "3:done", "4:done", "5:done"],
    );
    // partial answer (this kind merges what it has): chunk 2's values are NaN
    assert.ok(Number.isNaN((out.answer as number[])[6]) && Number.isFinite((out.answer as number[])[9]));
    assert.equal(store.progress(out.jobId)?.failed, 1);
  });

  it("rejects bad job data with a message naming the field", async () => {
    assert.throws(() => scanKind.validate({ ...(scanSpec(3).params as object), chunkSize: 0 }), /chunkSize/);
    const bad = { model: { format: "maboss", content: TOY_BND, hash: "0".repeat(64) }, overrides: {} };
    await assert.rejects(
      runJob({ kind: "maboss", params: bad }, { backend: b1, store: new JobStore() }),
      /hash/,
    );
    await assert.rejects(
      runJob({ kind: "rm -rf", params: {} }, { backend: b1, store: new JobStore() }),
      /unknown job kind/,
    );
  });
});
