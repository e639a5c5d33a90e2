/**
 * Profile likelihood on PEtab test-suite case 0001 (four estimated parameters, bounds 0…10): at the
 * fitted optimum no profile point is better than the optimum, every closed interval end is where the
 * re-optimised profile equals PL* + χ²₁(0.95)/2 (the defining property), and the interval contains
 * the optimum.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { petabObjective } from "../src/objective.js";
import { petabBoxProblem, runOptimizer } from "../src/optimizers/multistart.js";
import { loadPetabProblem } from "../src/petab/read.js";
import { profileParameter } from "../src/profile.js";

test("profile likelihood of test-suite case 0001: minimum at the optimum, 95 % interval ends at PL* + χ²₁/2", () => {
  const dir = "/work/shared/petab/test-suite-v1/0001";
  const obj = petabObjective(loadPetabProblem("_0001.yaml", (f) => readFileSync(join(dir, f), "utf8")));
  const p = petabBoxProblem(obj);
  const opt = runOptimizer("ls", p, Float64Array.from(obj.nominal), { ftol: 1e-14, gtol: 1e-9 });
  for (let k = 0; k < obj.parameterIds.length; k++) {
    const pr = profileParameter(obj, opt.x, k, { step: 0.05, maxSteps: 200 });
    // nothing along the profile is better than the optimum (up to its convergence tolerance)
    assert.ok(Math.min(...pr.nllh) >= opt.f - 1e-6, `${pr.parameterId}: profile below the optimum`);
    assert.ok(pr.values.includes(opt.x[k]));
    assert.ok(Math.abs(pr.threshold - (opt.f + 3.841459 / 2)) < 1e-9);
    for (const end of pr.ci) {
      if (end === null) continue;
      // re-optimise at the interval end: the profile there is the threshold (linear interpolation error ≤ 2e-2)
      const fix = { ...p, lb: Float64Array.from(p.lb), ub: Float64Array.from(p.ub) };
      fix.lb[k] = end;
      fix.ub[k] = end;
      const x = Float64Array.from(opt.x);
      x[k] = end;
      const f = runOptimizer("ls", fix, x, { ftol: 1e-14 }).f;
      assert.ok(
        Math.abs(f - pr.threshold) < 2e-2,
        `${pr.parameterId} end ${end}: PL ${f} vs ${pr.threshold}`,
      );
    }
    assert.ok(pr.ci[0] === null || pr.ci[0] < opt.x[k]);
    assert.ok(pr.ci[1] === null || pr.ci[1] > opt.x[k]);
  }
});
