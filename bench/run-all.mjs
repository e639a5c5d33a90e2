#!/usr/bin/env node
// `npm run bench`: every benchmark of the project, one after another, each running its anchor side
// by side where one exists (C/CVODE, MaBoSS's published figures, AMICI's published medians). Each
// prints its own table and ratios; this runner adds a one-line verdict per benchmark at the end.
//   npm run bench                 all of them
//   npm run bench -- ode tme      only those whose name contains one of the words
// The individual scripts are also `npm run bench:<name>`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const benches = [
  ["ode", "bench/ode-vs-cvode.ts", "ODE solvers vs C/CVODE on the three JAK/STAT models (issue 2)"],
  ["model", "bench/stat3-model.ts", "STAT3 model: 48-h run after compilation (issue 4)"],
  ["logical", "bench/logical-vs-maboss.ts", "MaBoSS-style sampling vs MaBoSS's figures (issue 5)"],
  ["petab", "bench/petab-objective.ts", "PEtab llh and gradient vs AMICI's published medians (issue 6)"],
  ["therapy", "bench/therapy.ts", "combination matrix and screen (issue 7)"],
  ["tme", "bench/tme.ts", "tumour microenvironment 60-day run (issue 9)"],
  ["jobs", "bench/jobs-scaling.ts", "screen on 1/2/4 workers through BullMQ on Redis (issue 10)"],
];
const want = process.argv.slice(2);
const chosen = benches.filter(([name]) => want.length === 0 || want.some((w) => name.includes(w)));
if (chosen.length === 0) {
  console.error(`bench: nothing matches ${want.join(" ")}; known: ${benches.map((b) => b[0]).join(", ")}`);
  process.exit(1);
}
const verdicts = [];
for (const [name, file, what] of chosen) {
  console.log(`\n=== ${name}: ${what} ===\n`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", file], { cwd: root, stdio: "inherit" });
  verdicts.push(`${name.padEnd(8)} ${r.status === 0 ? "ran" : `exit ${r.status}`} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
console.log(`\n=== summary ===\n${verdicts.join("\n")}`);
