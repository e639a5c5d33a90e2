/**
 * MaBoSS semantics against MaBoSS 2.6.6 itself (../shared/logical/reference/maboss, 100,000 seeded
 * trajectories per case): every final-state and last-tick probability must lie within four combined
 * standard errors. The default run uses fewer trajectories (N_DEFAULT); the standard error of our
 * estimate is then taken as the larger of its sample estimate and the binomial error sqrt(p(1-p)/n)
 * at the reference value p — a state we happen not to see in a small sample still has that error.
 * STAT3_FULL=1 runs all cases with 100,000 trajectories, like the reference.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import {
  chunksOf,
  compileLogical,
  finalizeResult,
  type MaBoSSResult,
  mergeChunks,
  readBnet,
  readMaBoSSConfig,
  readMaBoSSNetwork,
  resolveRun,
  simulateChunk,
  simulateJson,
  simulateMaBoSS,
} from "../../src/logical/index.js";

const L = "/work/shared/logical/";
const FULL = process.env.STAT3_FULL === "1";
const N_DEFAULT = 8000;

interface RefCase {
  dir: string;
  bnd: string;
  cfg: string;
}
const CASES: RefCase[] = [
  { dir: "cellfate_TNF_n100000", bnd: "cellfate.bnd", cfg: "cellfate_TNF.cfg" },
  { dir: "cellcycle_ct_n100000", bnd: "cellcycle.bnd", cfg: "cellcycle_runcfg.cfg" },
  { dir: "cellcycle_dt_n100000", bnd: "cellcycle.bnd", cfg: "cellcycle_runcfg.cfg" },
  { dir: "fourcycle_FEscape_n100000", bnd: "Four_cycle.bnd", cfg: "Four_cycle_FEscape.cfg" },
  { dir: "fourcycle_SEscape_n100000", bnd: "Four_cycle.bnd", cfg: "Four_cycle_SEscape.cfg" },
];

function loadCase(c: RefCase) {
  const net = readMaBoSSNetwork(readFileSync(L + "maboss-models/" + c.bnd, "utf8"), { file: c.bnd });
  const summary = JSON.parse(readFileSync(`${L}reference/maboss/${c.dir}/summary.json`, "utf8"));
  let cfg = readMaBoSSConfig(readFileSync(L + "maboss-models/" + c.cfg, "utf8"), { file: c.cfg });
  cfg = readMaBoSSConfig(summary.config_expr, { file: "config_expr" }, cfg);
  const finalRef = new Map<string, number>();
  for (const line of readFileSync(`${L}reference/maboss/${c.dir}/finalprob.csv`, "utf8").trim().split("\n")) {
    const [p, label] = line.split("\t");
    finalRef.set(label, Number(p));
  }
  return { net, cfg, summary, finalRef };
}

/** Largest |Δp| / combined SE over the union of states, and the state where it occurs. */
function worst(
  ours: { label: string; p: number; err: number }[],
  ref: Map<string, { p: number; err: number }>,
  n: number,
): { z: number; label: string; ours: number; ref: number } {
  const mine = new Map(ours.map((s) => [s.label, s]));
  let out = { z: 0, label: "", ours: 0, ref: 0 };
  for (const label of new Set([...mine.keys(), ...ref.keys()])) {
    const a = mine.get(label) ?? { p: 0, err: 0 };
    const b = ref.get(label) ?? { p: 0, err: 0 };
    const errOurs = Math.max(a.err, Math.sqrt((b.p * (1 - b.p)) / n));
    const se = Math.sqrt(errOurs ** 2 + b.err ** 2) || 1e-12;
    const z = Math.abs(a.p - b.p) / se;
    if (z > out.z) out = { z, label, ours: a.p, ref: b.p };
  }
  return out;
}

describe("MaBoSS reference cases (MaBoSS 2.6.6, 100,000 trajectories)", () => {
  for (const c of CASES) {
    it(`${c.dir}: final-state and last-tick probabilities within 4 combined SE`, () => {
      const { net, cfg, summary, finalRef } = loadCase(c);
      const n = FULL ? 100000 : N_DEFAULT;
      const res = simulateMaBoSS(net, cfg, { samples: n, seed: 20261127 });
      assert.equal(res.ticks.length, summary.n_ticks, "number of time ticks");
      assert.ok(Math.abs(res.lastTick.t - summary.last_tick_time) < 1e-9, "last tick time");
      const lastRef = new Map<string, { p: number; err: number }>(
        Object.entries(summary.last_tick.states as Record<string, { p: number; err: number }>),
      );
      const finRef = new Map(
        [...finalRef].map(([k, p]) => [k, { p, err: Math.sqrt((p * (1 - p)) / summary.sample_count) }]),
      );
      const wl = worst(res.lastTick.states, lastRef, n);
      const wf = worst(res.final, finRef, n);
      console.log(
        `  ${c.dir} n=${n}: last tick worst z=${wl.z.toFixed(2)} (${wl.label}: ${wl.ours} vs ${wl.ref}); final worst z=${wf.z.toFixed(2)} (${wf.label})`,
      );
      assert.ok(
        wl.z <= 4,
        `last tick: ${wl.label} ours ${wl.ours} vs MaBoSS ${wl.ref} (z = ${wl.z.toFixed(2)})`,
      );
      assert.ok(wf.z <= 4, `final: ${wf.label} ours ${wf.ours} vs MaBoSS ${wf.ref} (z = ${wf.z.toFixed(2)})`);
      // node marginals of the last tick are sums of state probabilities: same tolerance per node
      for (const [node, pRef] of Object.entries(summary.last_tick.node_marginals as Record<string, number>)) {
        const p = res.lastTick.marginals[node];
        const se = Math.sqrt((pRef * (1 - pRef)) / n + (pRef * (1 - pRef)) / summary.sample_count) || 1e-12;
        assert.ok(Math.abs(p - pRef) <= 4 * se + 1e-12, `marginal ${node}: ${p} vs ${pRef}`);
      }
      // fixed points MaBoSS found (full states, all nodes) with their probabilities
      for (const fp of summary.fixed_points as { proba: number; on: string[] }[]) {
        const mine = res.fixedPoints.find((f) => f.on.join(" ") === fp.on.join(" "));
        const se =
          Math.sqrt((fp.proba * (1 - fp.proba)) / n + (fp.proba * (1 - fp.proba)) / summary.sample_count) ||
          1e-12;
        assert.ok(
          Math.abs((mine?.p ?? 0) - fp.proba) <= 4 * se,
          `fixed point ${fp.on.join(" -- ")}: ${mine?.p} vs ${fp.proba}`,
        );
      }
      // entropy of the last tick, H = −Σ p log2 p over the reported states: its standard error by the delta
      // method, Var(Ĥ) ≈ (Σ p (log2 p)² − H²)/n, for both estimates
      const H = res.lastTick.H;
      const varH = (states: { p: number }[], h: number) =>
        Math.max(0, states.reduce((a, x) => a + (x.p > 0 ? x.p * Math.log2(x.p) ** 2 : 0), 0) - h * h);
      const seH = Math.sqrt(
        varH(res.lastTick.states, H) / n +
          varH([...lastRef.values()], summary.last_tick.H) / summary.sample_count,
      );
      // plus the plug-in estimator's downward bias (K − 1)/(2 n ln 2) for K observed states (Miller 1955)
      const biasH = (res.lastTick.states.length - 1) / (2 * n * Math.LN2);
      assert.ok(
        Math.abs(H - summary.last_tick.H) <= 4 * seH + biasH,
        `H ${H} vs ${summary.last_tick.H} (SE ${seH})`,
      );
      // transition entropy: a per-trajectory average bounded by M = log2(#outputs), so its SE ≤ M / (2√n)
      const M = Math.log2(res.outputs.length);
      const seTH = Math.sqrt((M * M) / (4 * n) + (M * M) / (4 * summary.sample_count));
      assert.ok(
        Math.abs(res.lastTick.TH - summary.last_tick.TH) <= 4 * seTH,
        `TH ${res.lastTick.TH} vs ${summary.last_tick.TH}`,
      );
    });
  }
});

describe("simulation engine properties", () => {
  const { net, cfg } = loadCase(CASES[0]);
  it("is reproducible for a seed and independent of how chunks are distributed", () => {
    const a = simulateMaBoSS(net, cfg, { samples: 2500, seed: 7 });
    const b = simulateMaBoSS(net, cfg, { samples: 2500, seed: 7 });
    assert.deepEqual(simulateJson(a), simulateJson(b));
    // the same chunks simulated in a different order (as workers finish) but merged in chunk order
    const { net: m, run } = resolveRun(net, cfg, { samples: 2500, seed: 7 });
    const c = compileLogical(m, { parameters: run.parameters });
    const chunks = chunksOf(run);
    assert.deepEqual(
      chunks.map((x) => x[1]),
      [1000, 1000, 500],
    );
    const results = [...chunks].reverse().map(([k, cnt]) => ({ k, r: simulateChunk(c, run, k, cnt) }));
    results.sort((x, y) => x.k - y.k);
    const merged = finalizeResult(c, run, mergeChunks(results.map((x) => x.r)));
    assert.deepEqual(simulateJson(merged), simulateJson(a));
    const other = simulateMaBoSS(net, cfg, { samples: 2500, seed: 8 });
    assert.notDeepEqual(simulateJson(other).final, simulateJson(a).final);
  });

  it("probabilities sum to 1 at every tick and the final distribution sums to 1", () => {
    const r: MaBoSSResult = simulateMaBoSS(net, cfg, { samples: 1000, seed: 3 });
    for (const t of r.ticks)
      assert.ok(Math.abs(t.states.reduce((s, x) => s + x.p, 0) - 1) < 1e-9, `tick ${t.t}`);
    assert.ok(Math.abs(r.final.reduce((s, x) => s + x.p, 0) - 1) < 1e-12);
  });

  it("samples probabilistic initial states [A,B].istate = 0.3 [0,0], 0.7 [1,1]", () => {
    const toy = readMaBoSSNetwork(
      "node A { rate_up = 0; rate_down = 0; }\nnode B { rate_up = 0; rate_down = 0; }\n",
    );
    const cfg2 = readMaBoSSConfig(
      "[A,B].istate = 0.3 [0,0], 0.7 [1,1];\nmax_time = 1; time_tick = 1; sample_count = 20000;",
    );
    const r = simulateMaBoSS(toy, cfg2, { seed: 1 });
    const p11 = r.final.find((s) => s.label === "A -- B")?.p ?? 0;
    const p00 = r.final.find((s) => s.label === "<nil>")?.p ?? 0;
    const se = Math.sqrt((0.7 * 0.3) / 20000);
    assert.ok(Math.abs(p11 - 0.7) < 4 * se, `P(A,B on) = ${p11}`);
    assert.ok(Math.abs(p00 + p11 - 1) < 1e-12, "only the two listed joint states occur");
    // unlisted nodes start at 0/1 with probability 1/2 (MaBoSS's default)
    const r2 = simulateMaBoSS(toy, readMaBoSSConfig("max_time = 1; time_tick = 1;"), {
      samples: 20000,
      seed: 2,
    });
    assert.ok(Math.abs(r2.lastTick.marginals.A - 0.5) < 4 * Math.sqrt(0.25 / 20000));
  });

  it("a single node with rate_up = k: P(on at t) = 1 − exp(−k t) (exact solution)", () => {
    const toy = readMaBoSSNetwork("node A { rate_up = $k; rate_down = 0; }\n");
    const cfg2 = readMaBoSSConfig("$k = 0.7; A.istate = 0; max_time = 2; time_tick = 0.5;");
    const n = 40000;
    const r = simulateMaBoSS(toy, cfg2, { samples: n, seed: 11 });
    const p = r.final.find((s) => s.label === "A")?.p ?? 0;
    const exact = 1 - Math.exp(-0.7 * 2);
    assert.ok(Math.abs(p - exact) < 4 * Math.sqrt((exact * (1 - exact)) / n), `${p} vs ${exact}`);
    // time-averaged over the last tick [1.5, 2): 1 − (e^{−1.05} − e^{−1.4}) / (0.7·0.5)
    const avg = 1 - (Math.exp(-0.7 * 1.5) - Math.exp(-0.7 * 2)) / (0.7 * 0.5);
    const q = r.lastTick.states.find((s) => s.label === "A")?.p ?? 0;
    assert.ok(Math.abs(q - avg) < 4 * Math.sqrt((avg * (1 - avg)) / n), `${q} vs ${avg}`);
  });

  it("rate changes: scaling rate_up by 3 gives P(on at t) = 1 − exp(−3 k t)", () => {
    const toy = readMaBoSSNetwork("node A { rate_up = $k; rate_down = 0; }\n");
    const cfg2 = readMaBoSSConfig("$k = 0.2; A.istate = 0; max_time = 2; time_tick = 1;");
    const n = 20000;
    const r = simulateMaBoSS(toy, cfg2, { samples: n, seed: 13, rates: { A: { scaleUp: 3 } } });
    const p = r.final.find((s) => s.label === "A")?.p ?? 0;
    const exact = 1 - Math.exp(-3 * 0.2 * 2);
    assert.ok(Math.abs(p - exact) < 4 * Math.sqrt((exact * (1 - exact)) / n), `${p} vs ${exact}`);
    const fixedRate = simulateMaBoSS(toy, cfg2, { samples: 1000, seed: 13, rates: { A: { up: 0 } } });
    assert.equal(fixedRate.final[0].label, "<nil>");
  });

  it("knock-out and over-expression mutate rates and initial states", () => {
    const ko = simulateMaBoSS(net, cfg, { samples: 1000, seed: 5, fix: { CASP3: 0 } });
    assert.equal(ko.lastTick.marginals.Apoptosis, 0, "no apoptosis without CASP3");
    const oe = simulateMaBoSS(net, cfg, { samples: 1000, seed: 5, fix: { NFkB: 1 } });
    // Survival switches on at rate 1/24 once NFkB is on: P(on at t = 50) = 1 − e^(−50/24) ≈ 0.875
    assert.ok(
      Math.abs(oe.lastTick.marginals.Survival - 0.875) < 0.05,
      `NFkB over-expression → survival (${oe.lastTick.marginals.Survival})`,
    );
  });

  it("simulates a BNET network with default rates (T-LGL 2011 for MaBoSS: 60 nodes, two state words)", () => {
    const tl = readBnet(readFileSync(L + "maboss-models/tlgl2011.bnet", "utf8"), { file: "tlgl2011.bnet" });
    const tcfg = readMaBoSSConfig(readFileSync(L + "maboss-models/tlgl2011.cfg", "utf8"), {
      file: "tlgl2011.cfg",
    });
    assert.equal(tl.nodes.length, 60);
    const r = simulateMaBoSS(tl, tcfg, { samples: 300, seed: 1 });
    assert.deepEqual(r.outputs, ["Apoptosis", "P2", "STAT3", "TCR"]);
    assert.ok(Math.abs(r.final.reduce((s, x) => s + x.p, 0) - 1) < 1e-12);
  });
});
