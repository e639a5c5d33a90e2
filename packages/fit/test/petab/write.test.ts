/**
 * The PEtab writer: a parameter table and a problem YAML read back by our reader to the same problem, and
 * a problem re-written with other nominal values evaluates, at its nominal point, to the llh of those
 * values in the original problem (what `stat3 fit` relies on for problem-fitted.yaml).
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { test } from "node:test";
import { petabObjective } from "../../src/objective.js";
import { loadPetabProblem, parseParameterTable } from "../../src/petab/read.js";
import { formatParameterTable, formatProblemYaml, problemFiles } from "../../src/petab/write.js";

const BOEHM = "/work/shared/petab/benchmarks/Boehm_JProteomeRes2014/Boehm_JProteomeRes2014.yaml";
const readFrom = (yamlPath: string) => (p: string) =>
  readFileSync(p === yamlPath ? p : join(dirname(yamlPath), p), "utf8");

test("parameter table: written and read back field by field; fixed parameters keep empty bounds; names with tabs stay one cell", () => {
  const problem = loadPetabProblem(BOEHM, readFrom(BOEHM));
  const back = parseParameterTable(formatParameterTable(problem.parameters));
  assert.equal(back.length, problem.parameters.length);
  problem.parameters.forEach((p, i) => {
    const q = back[i];
    assert.deepEqual(
      [q.id, q.name, q.scale, q.lowerBound, q.upperBound, q.nominalValue, q.estimate],
      [p.id, p.name, p.scale, p.lowerBound, p.upperBound, p.nominalValue, p.estimate],
    );
  });
  const fixed = parseParameterTable(
    formatParameterTable([
      {
        id: "k",
        name: "a\tname",
        scale: "lin",
        lowerBound: -Infinity,
        upperBound: Infinity,
        nominalValue: 2,
        estimate: false,
        objectivePriorType: "normal",
        objectivePriorParameters: "1;2",
        loc: { file: "x" },
      },
    ]),
  )[0];
  assert.deepEqual(
    [fixed.name, fixed.lowerBound, fixed.upperBound, fixed.estimate, fixed.objectivePriorParameters],
    ["a name", -Infinity, Infinity, false, "1;2"],
  );
});

test("problem YAML with new nominal values: loads from another folder, and its nominal llh is the llh of those values in the original", () => {
  const problem = loadPetabProblem(BOEHM, readFrom(BOEHM));
  const files = problemFiles(problem);
  assert.ok(files, "a loaded problem knows its table files");
  const obj = petabObjective(problem);
  // a point away from the nominal one, on the parameter scale
  const x = Float64Array.from(obj.nominal, (v, k) => v + 0.1 * (k + 1));
  const linear: Record<string, number> = {};
  obj.parameterIds.forEach((id, k) => {
    linear[id] = obj.scales[k] === "lin" ? x[k] : obj.scales[k] === "log" ? Math.exp(x[k]) : 10 ** x[k];
  });
  const out = mkdtempSync(join(tmpdir(), "petab-write-"));
  const rel = (f: string) => relative(out, join(dirname(BOEHM), f));
  writeFileSync(join(out, "parameters-fitted.tsv"), formatParameterTable(problem.parameters, linear));
  const yaml = join(out, "problem-fitted.yaml");
  writeFileSync(
    yaml,
    formatProblemYaml({
      parameter: ["parameters-fitted.tsv"],
      sbml: files.sbml.map(rel),
      condition: files.condition.map(rel),
      measurement: files.measurement.map(rel),
      observable: files.observable.map(rel),
      visualization: files.visualization?.map(rel),
    }),
  );
  const again = loadPetabProblem(yaml, readFrom(yaml));
  assert.equal(again.measurements.length, problem.measurements.length);
  assert.deepEqual(again.tableFiles?.parameter, ["parameters-fitted.tsv"]);
  const objAgain = petabObjective(again);
  const want = obj.evaluate(x).llh;
  const got = objAgain.evaluate(objAgain.nominal).llh;
  assert.ok(Math.abs(got - want) <= 1e-9 * Math.abs(want), `llh ${got} vs ${want}`);
  assert.ok(
    Math.abs(want - obj.evaluate(obj.nominal).llh) > 1,
    "the test point differs from the nominal one",
  );
});
