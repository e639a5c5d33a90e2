/**
 * `stat3 fit --max-time S`: a wall-clock budget — no start begins after it and running starts stop at it.
 * Checked on Boehm (≈ 0.2 s per start on one worker, so 200 starts cannot finish in 6 s), a budget too
 * short for the worker to load the model (a clear error, not an empty result), and bad values.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runFit } from "../../src/commands/fit.js";

const BOEHM = "/work/shared/petab/benchmarks/Boehm_JProteomeRes2014/Boehm_JProteomeRes2014.yaml";
const base = { starts: "200", workers: "1", seed: "1", optimizer: "trr" };

test("stat3 fit --max-time 6 on Boehm: stops early, result.json says how many of the 200 starts ran", async () => {
  const out = mkdtempSync(join(tmpdir(), "fit-max-time-"));
  const t0 = Date.now();
  const { results } = await runFit(BOEHM, { ...base, out, maxTime: "6" });
  const seconds = (Date.now() - t0) / 1000;
  assert.ok(results.length >= 1 && results.length < 200, `${results.length} starts`);
  // the budget plus at most one start's overrun and the output files
  assert.ok(seconds < 6 + 20, `${seconds} s`);
  const r = JSON.parse(readFileSync(join(out, "result.json"), "utf8"));
  assert.deepEqual([r.maxTime, r.startsRun, r.runs.length], [6, results.length, results.length]);
});

test("stat3 fit --max-time: too short for any start is a clear error; bad values and --queue are refused", async () => {
  const out = mkdtempSync(join(tmpdir(), "fit-max-time-"));
  await assert.rejects(
    runFit(BOEHM, { ...base, out, maxTime: "0.001" }),
    /no start began within --max-time 0\.001 s/,
  );
  for (const v of ["0", "-1", "soon"])
    await assert.rejects(runFit(BOEHM, { ...base, out, maxTime: v }), /--max-time expects seconds > 0/);
  await assert.rejects(
    runFit(BOEHM, { ...base, out, maxTime: "5", queue: "redis://127.0.0.1:1" }),
    /--max-time runs on local threads only/,
  );
});
