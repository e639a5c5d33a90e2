/**
 * Runs one benchmark problem with one method in a loop, for profiling (no CVODE anchor):
 *
 *   npm run build && node --cpu-prof --cpu-prof-dir=/tmp/prof --cpu-prof-interval 50 --import tsx \
 *     bench/profile.ts --problem Bachmann --method bdf --seconds 5
 *   node --import tsx bench/cpuprofile-summary.ts /tmp/prof/<largest>.cpuprofile
 *
 * Without `--conditions=source` the engine runs from packages/*\/dist (plain JS, line numbers that map
 * to the TypeScript one to one), which is what the profile should attribute. Prints the statistics and
 * a time split: rhs (calls × ns per call, measured apart) versus everything else (the integrator).
 */
import { makeIntegrator } from "@stat3/engine";
import { outputGrid, outputRows, PROBLEMS, prepareModel, rhsCost, simulateOnce, timeMedian } from "./lib.js";

function arg(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1] : fallback;
}
const want = arg("problem", "Boehm").toLowerCase();
const method = arg("method", "bdf");
const seconds = Number(arg("seconds", "5"));
const b = PROBLEMS.find((p) => p.id.toLowerCase().includes(want));
if (!b) throw new Error(`no benchmark problem matches "${want}" (${PROBLEMS.map((p) => p.id).join(", ")})`);

const m = prepareModel(b);
const times = outputGrid(m.problem, m.conditionId);
const rows = outputRows(times.length, m.system.n);
const integ = makeIntegrator(m.system, method, {
  relativeTolerance: 1e-6,
  absoluteTolerance: 1e-8,
  maxSteps: 1_000_000,
});
const s0 = { ...integ.stats };
simulateOnce(integ, m.y0, times, rows);
const stats = Object.fromEntries(
  Object.entries(integ.stats).map(([k, v]) => [k, v - s0[k as keyof typeof s0]]),
);
const rhsNs = rhsCost(m.system, rows[times.length >> 1], times[times.length >> 1]);
const t = timeMedian(() => simulateOnce(integ, m.y0, times, rows), seconds);
const rhsMs = (stats.rhsEvals * rhsNs) / 1e6;
console.log(
  `${b.id} (${m.conditionId}), ${method}: n = ${m.system.n}, ${times.length} outputs to t = ${times[times.length - 1]}`,
);
console.log("stats per simulation:", stats);
console.log(
  `median ${t.medianMs.toFixed(4)} ms wall, ${t.cpuMedianMs.toFixed(4)} ms CPU (${t.repeats} runs); ` +
    `rhs ${rhsNs.toFixed(0)} ns/call × ${stats.rhsEvals} = ${rhsMs.toFixed(4)} ms (${((100 * rhsMs) / t.cpuMedianMs).toFixed(0)} %); ` +
    `per step outside rhs ${(((t.cpuMedianMs - rhsMs) * 1e3) / stats.steps).toFixed(2)} µs`,
);
