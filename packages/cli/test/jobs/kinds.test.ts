/**
 * The screen job kind (CLI adapter over screen/evaluate.ts): run through the job runner on worker
 * threads it gives exactly the values of the screen's own batch runner, item for item; an SBML model
 * travels by content and is checked against its hash.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadPetabProblem, petabBoxProblem, petabObjective, runOptimizer, startPoints } from "@stat3/fit";
import { JobStore, loadKindModules, runJob, ThreadBackend } from "@stat3/jobs";
import {
  CLI_KINDS_URL,
  type MultistartStart,
  multistartSpec,
  type ScreenAnswer,
  screenKind,
  screenSpec,
} from "../../src/jobs/kinds.js";
import { expandScreenJob } from "../../src/screen/job.js";
import { runBatch } from "../../src/screen/worker.js";

describe("screen job kind", () => {
  let backend: ThreadBackend;
  before(async () => {
    await loadKindModules([CLI_KINDS_URL]);
    backend = new ThreadBackend({ threads: 2, kindModules: [CLI_KINDS_URL] });
  });
  after(() => backend.close());

  it("equals the screen's own runner item for item (STAT3, 2 contexts × 7 scenarios, chunks of 3)", async () => {
    const job = expandScreenJob(
      {
        model: "stat3",
        contexts: ["hepatocyte", "autocrine-il6"],
        drugs: { ruxolitinib: "10nM..1uM:3", stattic: "1uM..10uM:3" },
        readouts: ["pSTAT3_fraction@20min", "pSTAT3_fraction@1h"],
      },
      "<test>",
    );
    assert.equal(job.items.length, 14);
    const out = await runJob<ScreenAnswer>(screenSpec(job, 3), { backend, store: new JobStore() });
    assert.equal(out.chunks, 5);
    assert.deepEqual(out.failures, []);
    const ref = runBatch({
      model: job.model,
      readouts: job.readouts,
      items: job.items.map((item, idx) => ({ idx, item })),
    });
    const a = out.answer as ScreenAnswer;
    assert.deepEqual(a.errors, []);
    for (const r of ref)
      for (let k = 0; k < 2; k++) assert.equal(a.values[r.idx * 2 + k], r.values[k], `item ${r.idx}`);
    // the drugs act: the highest combined dose lowers pSTAT3 at 1 h against the untreated control
    assert.ok(a.values[6 * 2 + 1] < a.values[0 * 2 + 1]);
  });

  it("rejects an SBML model whose content does not match its hash", () => {
    const bad = {
      model: { kind: "sbml", content: "<sbml/>", hash: "0".repeat(64) },
      readouts: ["x@1"],
      items: [],
    };
    assert.throws(() => screenKind.validate(bad), /hash/);
  });

  const BOEHM = "/work/shared/petab/benchmarks/Boehm_JProteomeRes2014";
  it("multistart: each start equals a direct runOptimizer from the same LHS point (Boehm, 3 starts × 3 iterations)", {
    skip: existsSync(BOEHM) ? false : `${BOEHM} not present`,
  }, async () => {
    const options = { maxIterations: 3 };
    const spec = multistartSpec(join(BOEHM, "Boehm_JProteomeRes2014.yaml"), {
      starts: 3,
      seed: 5,
      optimizer: "ls",
      options,
      chunkSize: 2,
    });
    const out = await runJob<MultistartStart[]>(spec, { backend, store: new JobStore() });
    assert.equal(out.chunks, 2);
    const box = petabBoxProblem(
      petabObjective(
        loadPetabProblem("Boehm_JProteomeRes2014.yaml", (f) => readFileSync(join(BOEHM, f), "utf8")),
      ),
    );
    const x0s = startPoints(box.lb, box.ub, 3, 5, "lhs");
    const got = out.answer as MultistartStart[];
    assert.equal(got.length, 3);
    for (const s of got) {
      const r = runOptimizer("ls", box, x0s[s.start], options);
      assert.equal(s.f, r.f, `start ${s.start}`);
      assert.deepEqual(s.x, Array.from(r.x));
    }
    assert.ok(got[0].f <= got[1].f && got[1].f <= got[2].f, "waterfall order");
  });
});
