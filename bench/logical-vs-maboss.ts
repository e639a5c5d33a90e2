/**
 * Logical engine vs. MaBoSS 2.6.6: user CPU seconds per 100,000 trajectories.
 *
 * Models and settings are those of the MaBoSS reference runs in ../shared/logical/:
 *   - Calzone et al. 2010 cell fate (cellfate.bnd + cellfate_TNF.cfg with the reference run's
 *     config_expr: max_time 50, time_tick 0.5, only NonACD/Apoptosis/Survival reported) — MaBoSS, 1 thread:
 *     1.19 s per 100k (README; run.txt "Core user runtime: 1.19 secs using 1 thread");
 *   - T-LGL 2011 (tlgl2011.bnet + tlgl2011.cfg, max_time 100, time_tick 1) — MaBoSS, 1 thread: 10.1 s per 100k.
 * Measured: process user CPU (all threads) for `in-thread` (the engine alone), 1 worker and 2 workers
 * (worker start-up included). Ratios < 1 mean less CPU than MaBoSS. Agreement with the reference
 * probabilities is printed beside the time (largest |Δp| / combined SE over final states).
 *
 *   npm run bench:logical [-- --samples 100000]
 */
import { readFileSync } from "node:fs";
import { logical } from "@stat3/engine";
import { simulateParallel } from "../packages/cli/src/logical/parallel.js";

const L = new URL("../../shared/logical/", import.meta.url).pathname;
const argSamples = process.argv.indexOf("--samples");
const SAMPLES = argSamples > 0 ? Number(process.argv[argSamples + 1]) : 100000;

interface Case {
  name: string;
  net: logical.LogicalNetwork;
  cfg: logical.MaBoSSConfig;
  mabossUserSeconds: number;
  reference?: Map<string, number>;
}

function finalRef(dir: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of readFileSync(`${L}reference/maboss/${dir}/finalprob.csv`, "utf8").trim().split("\n")) {
    const [p, label] = line.split("\t");
    m.set(label, Number(p));
  }
  return m;
}

function cases(): Case[] {
  const summary = JSON.parse(readFileSync(`${L}reference/maboss/cellfate_TNF_n100000/summary.json`, "utf8"));
  const cf = logical.readMaBoSSNetwork(readFileSync(`${L}maboss-models/cellfate.bnd`, "utf8"), {
    file: "cellfate.bnd",
  });
  const cfCfg = logical.readMaBoSSConfig(
    summary.config_expr,
    {},
    logical.readMaBoSSConfig(readFileSync(`${L}maboss-models/cellfate_TNF.cfg`, "utf8")),
  );
  const tl = logical.readBnet(readFileSync(`${L}maboss-models/tlgl2011.bnet`, "utf8"), {
    file: "tlgl2011.bnet",
  });
  const tlCfg = logical.readMaBoSSConfig(readFileSync(`${L}maboss-models/tlgl2011.cfg`, "utf8"));
  return [
    {
      name: "cellfate (TNF)",
      net: cf,
      cfg: cfCfg,
      mabossUserSeconds: 1.19,
      reference: finalRef("cellfate_TNF_n100000"),
    },
    { name: "T-LGL 2011", net: tl, cfg: tlCfg, mabossUserSeconds: 10.1 },
  ];
}

function worstZ(res: logical.MaBoSSResult, ref: Map<string, number>): number {
  let z = 0;
  const mine = new Map(res.final.map((s) => [s.label, s.p]));
  for (const label of new Set([...mine.keys(), ...ref.keys()])) {
    const a = mine.get(label) ?? 0;
    const b = ref.get(label) ?? 0;
    const se = Math.sqrt((b * (1 - b)) / res.sampleCount + (b * (1 - b)) / 100000) || 1e-12;
    z = Math.max(z, Math.abs(a - b) / se);
  }
  return z;
}

async function measure(c: Case, samples: number, workers: number) {
  const u0 = process.cpuUsage();
  const t0 = performance.now();
  const res = await simulateParallel(c.net, c.cfg, { samples, seed: 233814379, workers, spawnAll: true });
  return { res, user: process.cpuUsage(u0).user / 1e6, wall: (performance.now() - t0) / 1000 };
}

async function main() {
  console.log(
    `logical engine vs MaBoSS 2.6.6 — ${SAMPLES} trajectories per run; user CPU seconds (all threads) per 100,000 trajectories`,
  );
  console.log(
    "'total' includes start-up (worker threads load the engine from source through tsx); 'run' subtracts",
  );
  console.log(
    "the same layout's cost for a single trajectory (start-up, compile), as MaBoSS's 'Core user runtime' excludes parsing.",
  );
  console.log("model            layout       total  run/100k  MaBoSS  ratio(run)  wall s  agreement");
  for (const c of cases()) {
    for (const workers of [0, 1, 2]) {
      const fixed = await measure(c, 1, workers);
      const { res, user, wall } = await measure(c, SAMPLES, workers);
      const per100k = ((user - fixed.user) * 100000) / SAMPLES;
      const layout = workers === 0 ? "in-thread" : `${workers} worker${workers > 1 ? "s" : ""}`;
      const agree = c.reference ? `final states: max |Δp|/SE = ${worstZ(res, c.reference).toFixed(2)}` : "";
      console.log(
        `${c.name.padEnd(16)} ${layout.padEnd(11)} ${user.toFixed(2).padStart(6)}  ${per100k.toFixed(2).padStart(8)}  ${c.mabossUserSeconds.toFixed(2).padStart(6)}  ${(per100k / c.mabossUserSeconds).toFixed(2).padStart(10)}  ${wall.toFixed(2).padStart(6)}  ${agree}`,
      );
    }
  }
}

await main();
