/**
 * Benchmark of the tumour-microenvironment model (issue 9): a 60-day run of the full population model
 * (23 population/STAT3 states + 2 PK states per agent, "auto" = DOPRI5 with a switch to Rodas5P) must
 * take < 50 ms. Timed after warm-up (JIT), median of 15 runs, per scenario:
 *   - baseline (no therapy: one integration),
 *   - Stattic daily + anti-PD-1 every 3 days (80 dose restarts),
 *   - the sequential schedule.
 * Also prints the figures of the tests: Kuznetsov reproduction and the Fig. 2 claim checks.
 *
 *   npm run bench:tme
 *
 * The machine is shared with other jobs: wall times are noisy; CPU time per run is printed beside them.
 */
import { loadavg } from "node:os";
import {
  kuznetsovEquilibria,
  parseTherapy,
  runKuznetsov,
  runTmeScenario,
  simulateTme,
  timeMean,
} from "../packages/stat3/src/index.js";

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const LIMIT_MS = 50;

/**
 * Median and minimum wall time and CPU time per run. On a loaded machine the median wall time includes
 * time spent descheduled; the verdict uses CPU time per run (the cost of the computation itself) and
 * prints the load average beside it.
 */
function time(label: string, f: () => unknown, reps = 15): number {
  for (let i = 0; i < 3; i++) f(); // warm-up
  const walls: number[] = [];
  const c0 = cpu();
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    f();
    walls.push(performance.now() - t0);
  }
  const cpuPer = (cpu() - c0) / reps;
  walls.sort((a, b) => a - b);
  const med = walls[Math.floor(reps / 2)]!;
  console.log(
    `${label.padEnd(44)} wall median ${med.toFixed(1)} ms, min ${walls[0]!.toFixed(1)} ms; CPU ${cpuPer.toFixed(1)} ms/run ${cpuPer < LIMIT_MS ? "OK" : "OVER"} < ${LIMIT_MS} ms`,
  );
  return cpuPer;
}

console.log(
  `## TME 60-day runs (load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")})`,
);
let worst = 0;
for (const scenario of ["baseline", "combo_stat3i_pd1", "combo_sequential"]) {
  const r = runTmeScenario({ scenario });
  const label = `${scenario} (${r.stats.steps} steps, ${r.stats.restarts} restarts)`;
  worst = Math.max(
    worst,
    time(label, () => runTmeScenario({ scenario })),
  );
}

console.log("\n## Kuznetsov 1994 (BIOMD0000000762), STAT3 coupling off");
const eq = kuznetsovEquilibria();
for (const e of eq)
  console.log(
    `equilibrium T = ${e.T.toExponential(3)}, E = ${e.E.toExponential(3)}: ${e.stable ? "stable" : "unstable"}${e.focus ? " focus" : ""}, Re λ = ${e.eigenRe.toFixed(4)}/day${e.focus ? `, period ${((2 * Math.PI) / e.eigenIm).toFixed(1)} days` : ""}`,
  );
const k = runKuznetsov({ days: 1500, points: 3001 });
const peaks: string[] = [];
for (let i = 1; i < k.t.length - 1 && peaks.length < 5; i++)
  if (k.T[i]! > k.T[i - 1]! && k.T[i]! >= k.T[i + 1]!)
    peaks.push(`day ${k.t[i]!.toFixed(1)}: ${k.T[i]!.toExponential(2)}`);
console.log(`tumour peaks (damped): ${peaks.join("; ")}`);
console.log(`T(1500 d) = ${k.T.at(-1)!.toExponential(4)} (dormant focus ${eq[0]!.T.toExponential(4)})`);
const off = simulateTme({ days: 120, perDay: 1, coupling: false });
const ref = runKuznetsov({ days: 120, points: 121 });
let dev = 0;
for (let i = 0; i < ref.t.length; i++)
  dev = Math.max(dev, Math.abs(off.series.tumour![i]! - ref.T[i]!) / ref.T[i]!);
console.log(
  `TME model with coupling off vs Kuznetsov, 120 days: max relative deviation of T ${dev.toExponential(2)}`,
);

console.log("\n## Fig. 2 claims (fixed burden 1e8 cells, days 20–30 means)");
const clamp = (g: number, th: string[] = []) =>
  simulateTme({
    days: 30,
    perDay: 2,
    params: { g_tumour: g },
    clampTumour: true,
    initial: { T: 0.98e8, C: 0.02e8 },
    therapies: th.map(parseTherapy),
  });
const low = clamp(0.3);
const high = clamp(4);
const treated = clamp(4, ["stattic@10mg/kg/day"]);
console.log(
  "read-out".padEnd(20),
  "STAT3-low".padStart(11),
  "STAT3-high".padStart(11),
  "high+Stattic".padStart(13),
);
for (const key of [
  "S_T",
  "m2_fraction",
  "MDSC",
  "Treg",
  "pdl1_tumour",
  "pdl1_macrophage",
  "dc_mature_fraction",
  "nk_kill_rate",
  "cd8_kill_rate",
]) {
  const v = [low, high, treated].map((r) => timeMean(r, key, 20, 30).toPrecision(3));
  console.log(key.padEnd(20), v[0]!.padStart(11), v[1]!.padStart(11), v[2]!.padStart(13));
}
console.log("\n## 60-day mean tumour volume (mm³), STAT3-high tumour");
for (const s of [
  "stat3_high_immune_evasion",
  "stat3_inhibition",
  "checkpoint_pd1",
  "combo_stat3i_pd1",
  "combo_sequential",
  "checkpoint_ctla4",
  "jak_inhibition",
]) {
  const r = runTmeScenario({ scenario: s });
  console.log(
    `${s.padEnd(28)} mean ${timeMean(r, "tumour_volume_mm3").toPrecision(3).padStart(8)}  day 60 ${r.series.tumour_volume_mm3!.at(-1)!.toPrecision(3)}`,
  );
}
console.log(
  `\nworst 60-day run: ${worst.toFixed(1)} ms CPU per run (${worst < LIMIT_MS ? "meets" : "misses"} the < ${LIMIT_MS} ms target)`,
);
