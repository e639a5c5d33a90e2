import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { readSBML } from "@stat3/engine";
import {
  applyCondition,
  conditionOverrides,
  firstConditionId,
  measurementTimeSpan,
  measurementTimes,
  simulationConditions,
} from "../../src/petab/condition.js";
import { loadPetabProblem } from "../../src/petab/read.js";

function load(yamlPath: string) {
  const dir = dirname(yamlPath);
  const problem = loadPetabProblem(yamlPath.slice(dir.length + 1), (p) => readFileSync(join(dir, p), "utf8"));
  const model = readSBML(problem.sbml[0].text, { file: problem.sbml[0].file });
  return { problem, model };
}
const SUITE = "/work/shared/petab/test-suite-v1";
const BENCH = "/work/shared/petab/benchmarks";

const param = (m: ReturnType<typeof readSBML>, id: string) => m.parameters.find((p) => p.id === id)!.value;

test("test-suite 0002: numeric parameter override per condition, empty cell keeps the model value", () => {
  const { problem, model } = load(`${SUITE}/0002/_0002.yaml`);
  const c1 = applyCondition(model, problem, "c1");
  assert.equal(param(c1, "a0"), 0.9);
  assert.equal(param(c1, "b0"), param(model, "b0")); // b0 cell empty
  assert.equal(param(c1, "k1"), 0.8); // parameter table nominal
  assert.equal(param(c1, "k2"), 0.6);
  assert.equal(param(applyCondition(model, problem, "c0"), "a0"), 0.8);
  assert.equal(param(model, "k1"), 0, "the input model is not modified");
  assert.ok(
    c1.initialAssignments.some((a) => a.symbol === "A"),
    "A's initial assignment stays",
  );
  assert.deepEqual(measurementTimes(problem, "c0"), [0, 10]);
  assert.deepEqual(measurementTimeSpan(problem), { start: 0, end: 10, steadyState: false });
});

test("test-suite 0005: condition value naming a parameter-table parameter", () => {
  const { problem, model } = load(`${SUITE}/0005/_0005.yaml`);
  assert.deepEqual(conditionOverrides(model, problem, "c1"), [
    { target: "offset_A", kind: "parameter", value: 3.0, fromParameter: "offset_A_c1" },
  ]);
  assert.equal(param(applyCondition(model, problem, "c0"), "offset_A"), 2.0);
  // a caller-given value (an optimiser's point) replaces the nominal one
  assert.equal(
    param(applyCondition(model, problem, "c1", { parameterValues: { offset_A_c1: 4.5 } }), "offset_A"),
    4.5,
  );
  assert.throws(
    () => applyCondition(model, problem, "c1", { parameterValues: { nope: 1 } }),
    /"nope" is not in the parameter table/,
  );
});

test("test-suite 0011, 0013, 0017, 0019: species initial value overrides", () => {
  const a = load(`${SUITE}/0011/_0011.yaml`);
  const m11 = applyCondition(a.model, a.problem, "c0");
  const B = m11.species.find((s) => s.id === "B")!;
  assert.equal(B.initialConcentration, 2); // the model file says 1
  assert.equal(B.initialAmount, undefined);
  assert.equal(a.model.species.find((s) => s.id === "B")!.initialConcentration, 1, "input model unchanged");
  assert.ok(
    m11.initialAssignments.some((x) => x.symbol === "A"),
    "A (not overridden) keeps its initial assignment",
  );

  const b = load(`${SUITE}/0013/_0013.yaml`);
  assert.equal(
    applyCondition(b.model, b.problem, "c0").species.find((s) => s.id === "B")!.initialConcentration,
    7.0,
  ); // B = par, par nominal 7.0

  // 0017: A (with an initial assignment) set to 1 in c0 → its assignment is dropped; B = NaN keeps B's assignment
  const c = load(`${SUITE}/0017/_0017.yaml`);
  const m17 = applyCondition(c.model, c.problem, "c0");
  assert.equal(m17.species.find((s) => s.id === "A")!.initialConcentration, 1);
  assert.ok(!m17.initialAssignments.some((x) => x.symbol === "A"));
  assert.ok(m17.initialAssignments.some((x) => x.symbol === "B"));
  assert.ok(
    c.model.initialAssignments.some((x) => x.symbol === "A"),
    "input model keeps its assignment",
  );

  // 0019: estimated initial values through parameter ids in the condition table
  const d = load(`${SUITE}/0019/_0019.yaml`);
  const ov = conditionOverrides(d.model, d.problem, "c0");
  assert.deepEqual(
    ov.map((o) => [o.target, o.kind, o.fromParameter, o.value]),
    ["A", "B"].map((s) => [
      s,
      "species",
      `initial_${s}`,
      d.problem.parameterById.get(`initial_${s}`)!.nominalValue,
    ]),
  );
});

test("test-suite 0012: compartment size override", () => {
  const { problem, model } = load(`${SUITE}/0012/_0012.yaml`);
  assert.equal(model.compartments[0].size, 1);
  assert.equal(
    applyCondition(model, problem, "c0").compartments.find((c) => c.id === "compartment")!.size,
    3,
  );
});

test("test-suite 0010: pre-equilibration pairs; unknown condition and unknown column are errors", () => {
  const { problem, model } = load(`${SUITE}/0010/_0010.yaml`);
  assert.deepEqual(simulationConditions(problem), [
    { preequilibrationConditionId: "preeq_c0", simulationConditionId: "c0" },
  ]);
  assert.throws(() => applyCondition(model, problem, "c7"), /no condition "c7"/);
  problem.conditionTargets.push("not_in_model");
  problem.conditionById.get("c0")!.values.not_in_model = { kind: "number", value: 1 };
  assert.throws(
    () => applyCondition(model, problem, "c0"),
    (e: unknown) => {
      const d = (
        e as { diagnostic: { code: string; location: { file: string; line: number; element: string } } }
      ).diagnostic;
      assert.equal(d.code, "E-PETAB-007");
      assert.deepEqual(
        [d.location.file, d.location.line, d.location.element],
        ["_conditions.tsv", 3, 'column "not_in_model"'],
      );
      return true;
    },
  );
});

test("benchmarks: nominal parameters and the benchmark conditions applied to the SBML models", () => {
  const boehm = load(`${BENCH}/Boehm_JProteomeRes2014/Boehm_JProteomeRes2014.yaml`);
  const mb = applyCondition(boehm.model, boehm.problem, firstConditionId(boehm.problem));
  // parameters_Boehm_JProteomeRes2014.tsv: k_phos nominal 15766.5070195731; the SBML file's own value differs
  assert.equal(param(mb, "k_phos"), 15766.5070195731);
  assert.notEqual(param(boehm.model, "k_phos"), 15766.5070195731);
  assert.deepEqual(measurementTimeSpan(boehm.problem, "model1_data1"), {
    start: 0,
    end: 240,
    steadyState: false,
  });

  const raia = load(`${BENCH}/Raia_CancerResearch2011/Raia_CancerResearch2011.yaml`);
  assert.equal(param(applyCondition(raia.model, raia.problem, "model1_data2"), "il13_level"), 20);
  assert.equal(measurementTimeSpan(raia.problem, "model1_data2").end, 120);

  const bach = load(`${BENCH}/Bachmann_MSB2011/Bachmann_MSB2011.yaml`);
  const mbach = applyCondition(bach.model, bach.problem, firstConditionId(bach.problem));
  // experimentalCondition_Bachmann_MSB2011.tsv, model1_data1: Epo 1.25E-07, ActD 1
  assert.equal(param(mbach, "Epo"), 1.25e-7);
  assert.equal(param(mbach, "ActD"), 1);
  for (const p of bach.problem.parameters) {
    const mp = mbach.parameters.find((x) => x.id === p.id);
    if (mp && !bach.problem.conditionTargets.includes(p.id)) assert.equal(mp.value, p.nominalValue, p.id);
  }
  // the whole problem's span is what the CVODE anchor integrates over (petab_problem.py: max time of all rows)
  assert.equal(measurementTimeSpan(bach.problem).end, 360);
});
