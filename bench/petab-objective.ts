/**
 * `npm run bench:petab` — time per PEtab objective evaluation (log-likelihood) and per log-likelihood +
 * gradient (forward sensitivities, and the adjoint method: `sensitivityMethod: "adjoint"`) for
 * Boehm_JProteomeRes2014 and Bachmann_MSB2011 at the nominal parameters (../shared/petab/benchmarks).
 * The adjoint column also gives ‖g_adj − g_fwd‖/‖g_fwd‖ (at the nominal point, the published optimum,
 * the gradient is small and both carry integration error of order 1e-3 relative at 1e-8/1e-10).
 *
 * What is timed: `PetabObjective.evaluate(x)` / `evaluate(x, {gradient: true})` as an optimiser calls it
 * — every simulation of the problem (all conditions, pre-equilibrations) and the likelihood; problem
 * loading and model compilation are set-up (reported apart). Median of repeats until ≥ MIN_SECONDS
 * (default 2 s) after a 1 s JIT warm-up. Tolerances: rtol 1e-6, atol 1e-8 (the anchor settings of
 * ../shared/perf/README.md) and our default 1e-8 / 1e-10.
 *
 * Peer figures (other hardware, quoted, not measured here): AMICI (C++/CVODES) medians of 10 runs from
 * the PEtab.jl benchmark repository as given in ../shared/petab/README.md — Boehm 0.45 ms per llh,
 * 4.5 ms per forward-sensitivity gradient, 15 ms per adjoint gradient; Bachmann 18 ms, 1084 ms and 734 ms. The C/CVODE single-simulation
 * anchor runs in `npm run bench` (bench/ode-vs-cvode.ts); it has no likelihood or sensitivity mode.
 *
 * Each (problem, tolerance) pair runs in its own Node process, so that one configuration's JIT state
 * (optimised and deoptimised generated functions) does not leak into the next.
 *
 * Usage: npm run bench:petab [-- --problems Boehm,Bachmann] [--min-seconds 2] [--json out.json]
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { loadPetabProblem, petabObjective } from "@stat3/fit";

const ROOT = "/work/shared/petab/benchmarks";
const PEER: Record<string, { llh: number; grad: number; adj: number }> = {
  Boehm_JProteomeRes2014: { llh: 0.45, grad: 4.5, adj: 15 },
  Bachmann_MSB2011: { llh: 18, grad: 1084, adj: 734 },
};

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : dflt;
}

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(fn: () => void, minSeconds: number): { medianMs: number; runs: number } {
  const w0 = performance.now();
  while (performance.now() - w0 < 1000) fn();
  const ts: number[] = [];
  const t0 = performance.now();
  while (performance.now() - t0 < minSeconds * 1000 || ts.length < 3) {
    const a = performance.now();
    fn();
    ts.push(performance.now() - a);
  }
  return { medianMs: median(ts), runs: ts.length };
}

const one = arg("one", "");
if (one) {
  // child: one configuration, one JSON line on stdout
  const [name, rtolText, atolText] = one.split(",");
  const rtol = Number(rtolText);
  const atol = Number(atolText);
  const dir = join(ROOT, name);
  const s0 = performance.now();
  const obj = petabObjective(
    loadPetabProblem(`${name}.yaml`, (f) => readFileSync(join(dir, f), "utf8")),
    { relativeTolerance: rtol, absoluteTolerance: atol },
  );
  const setupMs = performance.now() - s0;
  const x = obj.nominal;
  const r0 = obj.evaluate(x, { gradient: true });
  const minSeconds = Number(arg("min-seconds", "2"));
  const a = time(() => obj.evaluate(x), minSeconds);
  const b = time(() => obj.evaluate(x, { gradient: true }), minSeconds);
  const c = time(() => obj.evaluate(x, { gradient: true, sensitivityMethod: "adjoint" }), minSeconds);
  const ra = obj.evaluate(x, { gradient: true, sensitivityMethod: "adjoint" });
  let num = 0;
  let den = 0;
  const gf = r0.gradient as Float64Array;
  const ga = ra.gradient as Float64Array;
  for (let k = 0; k < gf.length; k++) {
    num += (ga[k] - gf[k]) ** 2;
    den += gf[k] ** 2;
  }
  process.stdout.write(
    `${JSON.stringify({ problem: name, rtol, atol, setupMs, llhMs: a.medianMs, llhRuns: a.runs, gradMs: b.medianMs, gradRuns: b.runs, adjMs: c.medianMs, adjRuns: c.runs, adjRelDiff: Math.sqrt(num / den), adjSteps: ra.stats.steps, llh: r0.llh, stats: r0.stats, amici: PEER[name] })}\n`,
  );
  process.exit(0);
}

const wanted = arg("problems", "Boehm,Bachmann").split(",");
const names = Object.keys(PEER).filter((n) => wanted.some((w) => n.startsWith(w)));
const rows: Record<string, unknown>[] = [];
console.log(
  `PEtab objective benchmark — ${cpus().length} × ${cpus()[0]?.model ?? "?"}, load ${loadavg()[0].toFixed(2)}`,
);
console.log(
  "problem                   rtol/atol    setup ms   llh ms (runs)   llh+grad ms (runs)  steps (grad run)  adjoint ms (runs)  steps   ‖Δg‖/‖g‖  llh                AMICI llh / fwd / adj ms (other hardware)",
);
for (const name of names) {
  for (const [rtol, atol] of [
    [1e-6, 1e-8],
    [1e-8, 1e-10],
  ]) {
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        process.argv[1],
        "--one",
        `${name},${rtol},${atol}`,
        "--min-seconds",
        arg("min-seconds", "2"),
      ],
      { encoding: "utf8", maxBuffer: 1 << 24 },
    );
    if (child.status !== 0) {
      console.error(child.stderr);
      process.exit(1);
    }
    const row = JSON.parse(child.stdout.trim().split("\n").pop() as string);
    rows.push(row);
    const peer = PEER[name];
    console.log(
      `${name.padEnd(25)} ${`${rtol}/${atol}`.padEnd(12)} ${row.setupMs.toFixed(0).padStart(8)}   ${row.llhMs.toFixed(2).padStart(8)} (${row.llhRuns})`.padEnd(
        67,
      ) +
        `${row.gradMs.toFixed(2).padStart(10)} (${row.gradRuns})`.padEnd(20) +
        `${String(row.stats.steps).padStart(8)}          ` +
        `${row.adjMs.toFixed(2).padStart(10)} (${row.adjRuns})`.padEnd(19) +
        `${String(row.adjSteps).padStart(6)}  ${row.adjRelDiff.toExponential(1).padStart(8)}   ${row.llh.toFixed(9).padEnd(19)}${peer.llh} / ${peer.grad} / ${peer.adj}`,
    );
  }
}
const out = arg("json", "");
if (out)
  writeFileSync(
    out,
    `${JSON.stringify({ machine: { cpus: cpus().length, model: cpus()[0]?.model, load: loadavg() }, rows }, null, 2)}\n`,
  );
