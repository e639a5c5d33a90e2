/**
 * Benchmark of the mechanistic STAT3 model (issue 4): time per 48-h `stat3 run` simulation after
 * compilation, for every cell context (target < 5 ms so the web app can re-simulate while a slider
 * moves), plus the calibration figures against the facts' ranges.
 *
 *   npm run bench:model            (STAT3_BENCH_REPS=N for more repetitions)
 *
 * Timing: each context's model is built and compiled first (not timed); then the run
 * (IL-6 40 ng/mL, ruxolitinib 300 nM, 0–2880 min, 241 points, default selections) is repeated after a
 * warm-up and the median wall time and the median CPU time of the process are reported. The machine
 * is shared, so the CPU time is the figure to compare.
 */
import { CONTEXT_IDS, compiledStat3, measureCalibration, runStat3 } from "@stat3/stat3";

const reps = Number(process.env.STAT3_BENCH_REPS ?? 20);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const run = (context: string) =>
  runStat3({
    context,
    il6: 40,
    drugs: { ruxolitinib: 300 },
    end: 2880,
    points: 241,
    selections: ["pSTAT3_fraction", "nuclear_pSTAT3_nM", "SOCS3_mRNA_rel", "hallmark_proliferation_survival"],
  });

console.log("stat3 run, 48 h (2880 min, 241 points), after compilation");
console.log("context                    build+compile ms   wall ms (median)   cpu ms (median)");
const rows: { context: string; wall: number; cpu: number }[] = [];
// build and compile every context, then warm the JIT on all of them before timing any
const builds = new Map<string, number>();
for (const context of CONTEXT_IDS) {
  const t0 = performance.now();
  compiledStat3(context);
  builds.set(context, performance.now() - t0);
}
for (let k = 0; k < 15; k++) for (const context of CONTEXT_IDS) run(context);
// interleaved rounds (one run of every context per round), so load changes on a shared machine hit all alike
const wall = new Map<string, number[]>(CONTEXT_IDS.map((c) => [c, []]));
const cpu = new Map<string, number[]>(CONTEXT_IDS.map((c) => [c, []]));
for (let k = 0; k < reps; k++) {
  for (const context of CONTEXT_IDS) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    run(context);
    wall.get(context)?.push(performance.now() - w0);
    const c = process.cpuUsage(c0);
    cpu.get(context)?.push((c.user + c.system) / 1000);
  }
}
for (const context of CONTEXT_IDS) {
  const w = median(wall.get(context) ?? []);
  const c = median(cpu.get(context) ?? []);
  rows.push({ context, wall: w, cpu: c });
  console.log(
    `${context.padEnd(26)} ${(builds.get(context) ?? 0).toFixed(0).padStart(16)} ${w.toFixed(2).padStart(18)} ${c.toFixed(2).padStart(17)}`,
  );
}
const worst = Math.max(...rows.map((r) => r.cpu));
console.log(
  `worst context: ${worst.toFixed(2)} ms CPU per 48-h run (target < 5 ms): ${worst < 5 ? "met" : "NOT met"}`,
);

if (!process.env.STAT3_BENCH_SKIP_CALIBRATION) {
  const c = measureCalibration();
  const f = (v: number, d = 3) => Number(v.toPrecision(d));
  console.log("\ncalibration (hepatocyte) vs stat3-facts.md §2a");
  const lines: [string, string, string][] = [
    ["pSTAT3 peak time (min)", `${c.peakTime}`, "12–26"],
    ["pY705 fraction at 18 min", `${f(c.fractionAt18 * 100)} %`, "53.3–55.7 %"],
    [
      "plateau at 60 / 90 min (of peak increment)",
      `${f(c.plateau60 * 100)} / ${f(c.plateau90 * 100)} %`,
      "25–45 %",
    ],
    [
      "SOCS3 mRNA peak time (min)",
      `${c.socs3PeakTime} (${f(c.socs3PeakFold)}-fold)`,
      "≈ 40 (≈ 45-fold in data)",
    ],
    ["IL-6 EC50 at 20 min (ng/mL)", `${f(c.il6Ec50)}`, "8–10"],
    ["ruxolitinib IC50 (nM)", `${f(c.ruxolitinibIc50)}`, "200–400"],
    ["Stattic IC50 (µM)", `${f(c.statticIc50 / 1000)}`, "30–40"],
    ["unstimulated pY705 fraction", `${f(c.basalFraction * 100)} %`, "1.1–1.5 % (data)"],
  ];
  for (const [a, b, r] of lines) console.log(`${a.padEnd(46)} ${b.padStart(20)}   facts: ${r}`);
}
