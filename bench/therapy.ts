/**
 * Benchmark of the therapy lab (issue 7): figures to reach on two cores —
 *   1. a 10×10 combination matrix on the STAT3 model (48 h each) in < 2 s,
 *   2. a screen of 10,000 simulations in < 60 s,
 * each printed with the time per simulation.
 *
 *   npm run bench:therapy        (THERAPY_SCREEN_DOSES=n: n doses per drug in the screen, default 40 →
 *                                 6 contexts × (1 + 2n + n²) = 10,086 simulations; THERAPY_WORKERS=k)
 *
 * 1. ruxolitinib × stattic (each 0 + 9 log-spaced doses) in autocrine-il6, read-out
 *    hallmark_proliferation_survival@48h, all four synergy models; timed in this thread (after the
 *    model is compiled and warmed: the cost of a matrix in a running app or server) and on a fresh
 *    2-worker pool (start-up included: the cost of one `stat3 combo --workers 2` call).
 * 2. `stat3 screen`'s runner: 6 contexts × (control + ruxolitinib and stattic single-agent ranges + their
 *    full grid), read-outs pSTAT3_fraction@1h and hallmark_proliferation_survival@48h, on the worker
 *    pool with the SQLite store in a temporary folder (start-up, storage and analysis included).
 * The machine is shared with other jobs: wall times are noisy; the per-simulation CPU figure is printed
 * beside them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeCombo } from "../packages/cli/src/commands/combo.js";
import { analyseScreen } from "../packages/cli/src/screen/analyse.js";
import { expandScreenJob } from "../packages/cli/src/screen/job.js";
import { createScreenPool, runScreen } from "../packages/cli/src/screen/pool.js";
import { ScreenStore } from "../packages/cli/src/screen/store.js";

const workers = Number(process.env.THERAPY_WORKERS ?? 2);
const nDoses = Number(process.env.THERAPY_SCREEN_DOSES ?? 40);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const combo = {
  context: "autocrine-il6",
  a: "ruxolitinib=1nM..10uM:9",
  b: "stattic=100nM..100uM:9",
  readout: "hallmark_proliferation_survival@48h",
  model: "zip",
  il6: "40",
  quiet: true,
};

console.log("1. 10×10 combination matrix, STAT3 model, 48 h per simulation (target < 2 s on two cores)");
// compile + JIT warm-up (not timed): one small matrix
await computeCombo({ ...combo, a: "ruxolitinib=1nM..10uM:3", b: "stattic=100nM..100uM:3" });
{
  const c0 = cpu();
  const t0 = performance.now();
  const r = await computeCombo(combo);
  const wall = (performance.now() - t0) / 1000;
  const c = (cpu() - c0) / 1000;
  console.log(
    `   in this thread (warm):   ${r.simulations} simulations + 4 synergy models in ${wall.toFixed(2)} s ` +
      `(${((wall / r.simulations) * 1000).toFixed(2)} ms per simulation, CPU ${((c / r.simulations) * 1000).toFixed(2)} ms)`,
  );
  console.log(
    `   scores (mean/max): bliss ${r.summary.bliss.mean.toFixed(2)}/${r.summary.bliss.max.toFixed(2)}, ` +
      `hsa ${r.summary.hsa.mean.toFixed(2)}/${r.summary.hsa.max.toFixed(2)}, loewe ${r.summary.loewe.mean.toFixed(2)}/${r.summary.loewe.max.toFixed(2)}, ` +
      `zip ${r.summary.zip.mean.toFixed(2)}/${r.summary.zip.max.toFixed(2)}`,
  );
}
{
  const t0 = performance.now();
  const r = await computeCombo({ ...combo, workers: String(workers) });
  const wall = (performance.now() - t0) / 1000;
  console.log(
    `   on ${workers} workers (cold pool): ${r.simulations} simulations in ${wall.toFixed(2)} s ` +
      `(${((wall / r.simulations) * 1000).toFixed(2)} ms per simulation, pool start-up and model compilation included)`,
  );
}
{
  // a running pool (as in a server): workers started and the context compiled before the matrix comes
  const pool = createScreenPool(workers);
  await computeCombo({ ...combo, a: "ruxolitinib=1nM..10uM:3", b: "stattic=100nM..100uM:3", pool });
  const t0 = performance.now();
  const r = await computeCombo({ ...combo, pool });
  const wall = (performance.now() - t0) / 1000;
  await pool.destroy();
  console.log(
    `   on ${workers} workers (warm pool): ${r.simulations} simulations in ${wall.toFixed(2)} s ` +
      `(${((wall / r.simulations) * 1000).toFixed(2)} ms per simulation) ${wall < 2 ? "(< 2 s: met)" : "(target 2 s: NOT met)"}`,
  );
}

console.log(`\n2. screen on ${workers} workers (target: 10,000 simulations < 60 s)`);
const job = expandScreenJob({
  name: "bench",
  contexts: [
    "hepatocyte",
    "autocrine-il6",
    "egfr-driven",
    "src-driven",
    "socs3-silenced",
    "jak-activating-mutation",
  ],
  drugs: { ruxolitinib: `1nM..10uM:${nDoses}`, stattic: `100nM..100uM:${nDoses}` },
  combinations: [["ruxolitinib", "stattic"]],
  readouts: ["pSTAT3_fraction@1h", "hallmark_proliferation_survival@48h"],
});
const dir = mkdtempSync(join(tmpdir(), "therapy-bench-"));
const store = new ScreenStore(join(dir, "screen.sqlite"));
try {
  const t0 = performance.now();
  let last = 0;
  const run = await runScreen(job, {
    workers,
    store,
    onProgress: (done, total) => {
      const now = performance.now();
      if (now - last > 10_000 || done === total) {
        last = now;
        process.stderr.write(`   … ${done}/${total} after ${((now - t0) / 1000).toFixed(1)} s\n`);
      }
    },
  });
  const simWall = (performance.now() - t0) / 1000;
  const a0 = performance.now();
  const summary = analyseScreen(job, run.results);
  const aWall = (performance.now() - a0) / 1000;
  console.log(
    `   ${run.simulated} simulations (${job.readouts.length} read-outs each) on ${run.workers} workers in ${simWall.toFixed(2)} s ` +
      `= ${((simWall / run.simulated) * 1000).toFixed(2)} ms per simulation (wall, all workers); ${summary.failed} failed`,
  );
  console.log(
    `   analysis: ${summary.doseResponse.length} Hill fits + ${summary.combinations.length} combination grids × 4 models in ${aWall.toFixed(2)} s`,
  );
  console.log(
    `   total ${(simWall + aWall).toFixed(2)} s ${simWall + aWall < 60 ? "(< 60 s: met)" : "(target 60 s: NOT met)"}`,
  );
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
