/**
 * Profile likelihoods and confidence intervals (Raue et al., Bioinformatics 25 (2009) 1923,
 * doi:10.1093/bioinformatics/btp358): for parameter k, PL(θ_k) = min over the other parameters of the
 * negative log-likelihood with θ_k fixed, traced from the optimum in both directions by fixed steps on
 * the parameter scale, each point re-optimised from the previous one (warm start). The likelihood-ratio
 * confidence interval at level α is {θ_k : PL(θ_k) − PL* ≤ χ²₁(α)/2}; its ends are found by linear
 * interpolation between the last point inside and the first point outside (χ²₁(0.95) = 3.841459,
 * Abramowitz & Stegun Table 26.8). An end not reached before the bound or the step limit is reported as
 * open (practically non-identifiable in that direction).
 */
import type { PetabObjective } from "./objective.js";
import { type OptimizerName, petabBoxProblem, runOptimizer } from "./optimizers/multistart.js";
import type { BoxProblem, OptimizeOptions } from "./optimizers/types.js";

export interface ProfileOptions {
  /** step on the parameter scale (default 0.1) */
  step?: number;
  /** steps per direction (default 30) */
  maxSteps?: number;
  /** confidence level, 0.95 (default), 0.9 or 0.99 */
  level?: 0.9 | 0.95 | 0.99;
  optimizer?: OptimizerName;
  local?: OptimizeOptions;
}

export interface Profile {
  parameterId: string;
  /** index among the estimated parameters */
  k: number;
  /** parameter values on scale, ascending, and the profile (negative log-likelihood) there */
  values: number[];
  nllh: number[];
  /** the optimum the profile started from */
  optimum: { value: number; nllh: number };
  /** confidence interval on the parameter scale; null ends are open */
  ci: [number | null, number | null];
  /** the threshold PL* + χ²₁(level)/2 */
  threshold: number;
}

/** χ²₁ quantiles (Abramowitz & Stegun, Table 26.8) */
const CHI2_1: Record<number, number> = { 0.9: 2.705543, 0.95: 3.841459, 0.99: 6.634897 };

function fixed(p: BoxProblem, k: number, v: number): BoxProblem {
  const lb = Float64Array.from(p.lb);
  const ub = Float64Array.from(p.ub);
  lb[k] = v;
  ub[k] = v;
  return { n: p.n, lb, ub, evaluate: (x, o) => p.evaluate(x, o) };
}

export function profileParameter(
  obj: PetabObjective,
  xOpt: Float64Array,
  k: number,
  options: ProfileOptions = {},
): Profile {
  const p = petabBoxProblem(obj);
  const step = options.step ?? 0.1;
  const maxSteps = options.maxSteps ?? 30;
  const level = options.level ?? 0.95;
  const optimizer = options.optimizer ?? "ls";
  const f0 = p.evaluate(xOpt, 0).f;
  const threshold = f0 + CHI2_1[level] / 2;
  const pts: { v: number; f: number }[] = [{ v: xOpt[k], f: f0 }];
  const ends: (number | null)[] = [null, null];
  for (const dir of [-1, 1]) {
    let x = Float64Array.from(xOpt);
    let prev = { v: xOpt[k], f: f0 };
    for (let s = 1; s <= maxSteps; s++) {
      const bound = dir < 0 ? p.lb[k] : p.ub[k];
      let v = xOpt[k] + dir * s * step;
      const atBound = dir < 0 ? v <= bound : v >= bound;
      if (atBound) v = bound;
      x[k] = v;
      const r = runOptimizer(optimizer, fixed(p, k, v), x, options.local ?? { maxIterations: 100 });
      if (Number.isFinite(r.f)) x = Float64Array.from(r.x);
      const cur = { v, f: r.f };
      pts.push(cur);
      if (cur.f > threshold) {
        // linear interpolation of the crossing
        const t = (threshold - prev.f) / (cur.f - prev.f);
        ends[dir < 0 ? 0 : 1] = prev.v + t * (cur.v - prev.v);
        break;
      }
      prev = cur;
      if (atBound) break;
    }
  }
  pts.sort((a, b) => a.v - b.v);
  return {
    parameterId: obj.parameterIds[k],
    k,
    values: pts.map((q) => q.v),
    nllh: pts.map((q) => q.f),
    optimum: { value: xOpt[k], nllh: f0 },
    ci: [ends[0], ends[1]],
    threshold,
  };
}
