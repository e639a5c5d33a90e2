/**
 * Every case of the PEtab v1 test suite (../shared/petab/test-suite-v1, cases 0001–0020) loads, and every
 * (pre-equilibration, simulation) condition of its measurement table applies to its SBML model.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readSBML } from "@stat3/engine";
import { applyCondition, measurementTimeSpan, simulationConditions } from "../src/petab/condition.js";
import { loadPetabProblem } from "../src/petab/read.js";

const SUITE = "/work/shared/petab/test-suite-v1";
const cases = readdirSync(SUITE).filter((d) => /^\d{4}$/.test(d));

test("the PEtab v1 test suite: all cases load and their conditions apply", () => {
  assert.equal(cases.length, 20);
  for (const c of cases) {
    const dir = join(SUITE, c);
    const problem = loadPetabProblem(`_${c}.yaml`, (f) => readFileSync(join(dir, f), "utf8"));
    const model = readSBML(problem.sbml[0].text, { file: problem.sbml[0].file });
    const pairs = simulationConditions(problem);
    assert.ok(pairs.length > 0, c);
    for (const pair of pairs) {
      for (const id of [pair.preequilibrationConditionId, pair.simulationConditionId]) {
        if (id === undefined) continue;
        const m = applyCondition(model, problem, id);
        // every numeric override of the condition is visible in the conditioned model
        for (const [target, v] of Object.entries(problem.conditionById.get(id)!.values)) {
          if (v.kind !== "number") continue;
          const got =
            m.parameters.find((p) => p.id === target)?.value ??
            m.compartments.find((x) => x.id === target)?.size ??
            (() => {
              const s = m.species.find((x) => x.id === target)!;
              return s.hasOnlySubstanceUnits ? s.initialAmount : s.initialConcentration;
            })();
          assert.equal(got, v.value, `case ${c}, condition ${id}, ${target}`);
        }
      }
      const span = measurementTimeSpan(problem, pair.simulationConditionId);
      assert.ok(span.end >= 0 && span.start === 0, c);
    }
  }
});
