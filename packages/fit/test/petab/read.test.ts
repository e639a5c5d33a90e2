import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import {
  loadPetabProblem,
  parseConditionTable,
  parseMeasurementTable,
  parseParameterTable,
} from "../../src/petab/read.js";

const BENCH = "/work/shared/petab/benchmarks";
const SUITE = "/work/shared/petab/test-suite-v1";

function load(yamlPath: string) {
  const dir = dirname(yamlPath);
  return loadPetabProblem(yamlPath.slice(dir.length + 1), (p) => readFileSync(join(dir, p), "utf8"));
}

// Estimated-parameter and data-point counts: /work/shared/petab/README.md (table of the benchmark problems).
const benchmarks = [
  {
    id: "Boehm_JProteomeRes2014",
    estimated: 9,
    dataPoints: 48,
    observables: 3,
    conditions: 1,
    sbmlStart: "<?xml",
  },
  {
    id: "Bachmann_MSB2011",
    estimated: 113,
    dataPoints: 541,
    observables: 20,
    conditions: 36,
    sbmlStart: "<?xml",
  },
  {
    id: "Raia_CancerResearch2011",
    estimated: 39,
    dataPoints: 205,
    observables: 8,
    conditions: 4,
    sbmlStart: "<?xml",
  },
];

for (const b of benchmarks) {
  test(`benchmark ${b.id}: tables parse, counts match the collection's`, () => {
    const p = load(`${BENCH}/${b.id}/${b.id}.yaml`);
    assert.equal(p.formatVersion, "1");
    assert.equal(p.parameters.filter((q) => q.estimate).length, b.estimated);
    assert.equal(p.measurements.length, b.dataPoints);
    assert.equal(p.observables.length, b.observables);
    assert.equal(p.conditions.length, b.conditions);
    assert.equal(p.sbml.length, 1);
    assert.ok(p.sbml[0].text.startsWith(b.sbmlStart));
    for (const m of p.measurements) {
      assert.ok(p.observableById.has(m.observableId));
      assert.ok(p.conditionById.has(m.simulationConditionId));
    }
    for (const q of p.parameters)
      if (q.estimate) assert.ok(q.lowerBound <= q.nominalValue && q.nominalValue <= q.upperBound, q.id);
  });
}

test("Boehm: nominal values are linear even on log10 scale; locations point at the table line", () => {
  const p = load(`${BENCH}/Boehm_JProteomeRes2014/Boehm_JProteomeRes2014.yaml`);
  const kPhos = p.parameterById.get("k_phos")!;
  assert.equal(kPhos.scale, "log10");
  // parameters_Boehm_JProteomeRes2014.tsv, row k_phos: nominalValue 15766.5070195731 (linear)
  assert.equal(kPhos.nominalValue, 15766.5070195731);
  assert.equal(kPhos.estimate, true);
  const lines = readFileSync(
    `${BENCH}/Boehm_JProteomeRes2014/parameters_Boehm_JProteomeRes2014.tsv`,
    "utf8",
  ).split("\n");
  assert.ok(lines[kPhos.loc.line - 1].startsWith("k_phos\t"));
  assert.equal(p.parameterById.get("ratio")!.estimate, false);
});

test("Raia: extra measurement columns are kept; numeric override lists parse", () => {
  const p = load(`${BENCH}/Raia_CancerResearch2011/Raia_CancerResearch2011.yaml`);
  const cond = p.conditionById.get("model1_data2")!;
  assert.deepEqual(cond.values.il13_level, { kind: "number", value: 20 });
  assert.ok(p.measurements.some((m) => m.extra.observableTransformation !== undefined));
});

test("test-suite 0005: parameter ids as condition values; 0010: pre-equilibration column", () => {
  const p5 = load(`${SUITE}/0005/_0005.yaml`);
  assert.deepEqual(p5.conditionTargets, ["offset_A"]);
  assert.deepEqual(p5.conditionById.get("c1")!.values.offset_A, { kind: "parameter", id: "offset_A_c1" });
  const p10 = load(`${SUITE}/0010/_0010.yaml`);
  assert.ok(
    p10.measurements.every(
      (m) => m.preequilibrationConditionId === "preeq_c0" && m.simulationConditionId === "c0",
    ),
  );
});

test("test-suite 0003 and 0014: numeric/parametric override lists in the measurement table", () => {
  for (const c of ["0003", "0006", "0014", "0015"]) {
    const p = load(`${SUITE}/${c}/_${c}.yaml`);
    assert.ok(p.measurements.length > 0);
    const lists = p.measurements.flatMap((m) => [...m.observableParameters, ...m.noiseParameters]);
    assert.ok(lists.length > 0, `case ${c} has overrides`);
    for (const v of lists)
      assert.ok(
        typeof v === "number" ? Number.isFinite(v) : p.parameterById.has(v) || /^[A-Za-z_]\w*$/.test(v),
      );
  }
});

test("bad tables fail with the table, line and column named", () => {
  const header = "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate\n";
  assert.throws(
    () => parseParameterTable(`${header}k1\tlin\t0\t10\t1\t1\nk1\tlin\t0\t10\t1\t1\n`, "p.tsv"),
    /duplicate parameterId "k1"/,
  );
  assert.throws(
    () => parseParameterTable(`${header}k1\tln\t0\t10\t1\t1\n`, "p.tsv"),
    (e: unknown) => {
      const d = (e as { diagnostic: { location: { line: number; column: number; file: string } } })
        .diagnostic;
      assert.deepEqual([d.location.file, d.location.line, d.location.column], ["p.tsv", 2, 2]);
      assert.match((e as Error).message, /"parameterScale" must be one of lin, log, log10, got "ln"/);
      return true;
    },
  );
  assert.throws(
    () => parseParameterTable(`${header}k1\tlog10\t0\t10\t1\t1\n`, "p.tsv"),
    /lowerBound 0 is not positive/,
  );
  assert.throws(
    () => parseParameterTable(`${header}k1\tlin\t0\t10\t1\tyes\n`, "p.tsv"),
    /"estimate" must be 0 or 1/,
  );
  assert.throws(
    () => parseConditionTable("conditionId\tk1\nc0\t1+2\n", "c.tsv"),
    /must be a number or a parameter id, got "1\+2"/,
  );
  assert.throws(
    () =>
      parseMeasurementTable("observableId\tsimulationConditionId\tmeasurement\ttime\no\tc\t1\t-1\n", "m.tsv"),
    /"time" must be ≥ 0 or inf/,
  );
  assert.throws(
    () => parseMeasurementTable("observableId\tsimulationConditionId\tmeasurement\no\tc\t1\n", "m.tsv"),
    /measurement table has no required column "time"/,
  );
});

test("cross-references: a measurement naming an unknown condition is an error naming the line", () => {
  const files: Record<string, string> = {
    "p.yaml":
      "format_version: 1\nparameter_file: p.tsv\nproblems:\n- condition_files: [c.tsv]\n  measurement_files: [m.tsv]\n  observable_files: [o.tsv]\n  sbml_files: [model.xml]\n",
    "p.tsv":
      "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate\nk1\tlin\t0\t10\t1\t1\n",
    "c.tsv": "conditionId\nc0\n",
    "m.tsv": "observableId\tsimulationConditionId\tmeasurement\ttime\nobs\tc0\t1\t0\nobs\tc9\t1\t1\n",
    "o.tsv": "observableId\tobservableFormula\tnoiseFormula\nobs\tA\t1\n",
    "model.xml": "<sbml/>",
  };
  assert.throws(
    () =>
      loadPetabProblem(
        "p.yaml",
        (f) =>
          files[f] ??
          (() => {
            throw new Error("ENOENT");
          })(),
      ),
    (e: unknown) => {
      const d = (e as { diagnostic: { code: string; location: { file: string; line: number } } }).diagnostic;
      assert.equal(d.code, "E-PETAB-007");
      assert.deepEqual([d.location.file, d.location.line], ["m.tsv", 3]);
      assert.match((e as Error).message, /simulationConditionId "c9" is not in the condition table/);
      return true;
    },
  );
  assert.throws(
    () =>
      loadPetabProblem("missing.yaml", () => {
        throw new Error("ENOENT");
      }),
    /cannot read PEtab problem file "missing.yaml"/,
  );
  files["p.yaml"] = files["p.yaml"].replace("format_version: 1", "format_version: 2.0.0");
  assert.throws(() => loadPetabProblem("p.yaml", (f) => files[f]), /format_version 2.0.0 is not supported/);
});
