/**
 * The hepatocyte model as a PEtab problem on Sobotta 2017's tables (shared/petab/Sobotta_Frontiers2017_STAT3):
 * the problem loads with @stat3/fit, has the 2220 measurements and 109 conditions of the published problem,
 * every reference resolves, the likelihood at the nominal parameters is finite and the same with and
 * without the pruning of the inert states, and the SBML reads back.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { readSBML } from "@stat3/engine";
import { loadPetabProblem, petabObjective } from "../../../fit/src/index.js";
import {
  ESTIMATED_KINETICS,
  hepatocyteModel,
  hepatocytePetabProblem,
  INERT_SPECIES,
  OBSERVABLES,
  stat3Amount,
} from "../../src/petab/hepatocyte-problem.js";

const DIR = new URL("../../../../../shared/petab/Sobotta_Frontiers2017_STAT3/", import.meta.url);
const read = (f: string) => readFileSync(new URL(f, DIR), "utf8");
const tables = {
  conditions: read("experimentalCondition_Sobotta_Frontiers2017_STAT3.tsv"),
  measurements: read("measurementData_Sobotta_Frontiers2017_STAT3.tsv"),
  parameters: read("parameters_Sobotta_Frontiers2017_STAT3.tsv"),
};
const files = hepatocytePetabProblem(tables);
const yaml = Object.keys(files).find((f) => f.endsWith(".yaml")) as string;
const problem = loadPetabProblem(yaml, (f) => {
  const t = files[f];
  if (t === undefined) throw new Error(`no file ${f}`);
  return t;
});

describe("hepatocyte PEtab problem", () => {
  it("has Sobotta's measurements and conditions, and every reference resolves", () => {
    assert.equal(problem.measurements.length, 2220);
    assert.equal(problem.conditions.length, 109);
    assert.ok(problem.conditionById.has("steadystate"));
    assert.deepEqual(problem.observables.map((o) => o.id).sort(), [
      "JAK1_gp130_abs",
      "SOCS3_abs",
      "SOCS3_qpcr",
      "SOCS3_wb",
      "ctSTAT3_abs",
      "npSTAT3_wb",
      "ntSTAT3_ratio",
      "pJAK1_wb",
      "pSTAT3_lumi",
      "pSTAT3_ms",
      "pSTAT3_wb",
      "pgp130_wb",
    ]);
    for (const m of problem.measurements) {
      assert.ok(problem.observableById.has(m.observableId), m.observableId);
      assert.ok(problem.conditionById.has(m.simulationConditionId), m.simulationConditionId);
      assert.equal(m.preequilibrationConditionId, "steadystate");
      for (const v of [...m.observableParameters, ...m.noiseParameters])
        if (typeof v === "string") assert.ok(problem.parameterById.has(v), `${v} (line ${m.loc.line})`);
    }
    // the tables are Sobotta's, verbatim
    assert.equal(files[`measurementData_Stat3Lab_hepatocyte.tsv`], tables.measurements);
    assert.equal(files[`experimentalCondition_Stat3Lab_hepatocyte.tsv`], tables.conditions);
  });

  it("keeps Sobotta's observation parameters and estimates our kinetics on nominal·10^±3", () => {
    const sob = tables.parameters
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split("\t"));
    const obsRows = sob.filter((r) => /^(offset|scale|sd)_/.test(r[0]));
    assert.equal(obsRows.length, 248);
    for (const r of obsRows) {
      const p = problem.parameterById.get(r[0]);
      assert.ok(p, r[0]);
      assert.equal(p.scale, r[2]);
      assert.equal(p.lowerBound, Number(r[3]));
      assert.equal(p.upperBound, Number(r[4]));
      assert.equal(p.nominalValue, Number(r[5]));
      assert.equal(p.estimate, r[6] === "1");
    }
    const model = hepatocyteModel();
    for (const id of Object.keys(ESTIMATED_KINETICS)) {
      const p = problem.parameterById.get(id);
      assert.ok(p?.estimate, id);
      const v = model.parameters.find((x) => x.id === id)?.value as number;
      assert.ok(Math.abs(p.nominalValue / v - 1) < 1e-12, id);
      if (p.scale === "log10") assert.ok(Math.abs(p.upperBound / p.lowerBound / 1e6 - 1) < 1e-9, id);
    }
    const est = problem.parameters.filter((p) => p.estimate).length;
    assert.equal(est, Object.keys(ESTIMATED_KINETICS).length + obsRows.filter((r) => r[6] === "1").length);
  });

  it("ties total STAT3 to stat3_total and leaves out only the inert states", () => {
    const model = hepatocyteModel();
    const total = model.parameters.find((p) => p.id === "stat3_total")?.value as number;
    const conc: Record<string, number> = {};
    for (const a of model.initialAssignments) {
      // initial assignments of the STAT3 pools are (number)·stat3_total/nominal
      if (a.math.kind === "call" && a.math.args[0].kind === "num") conc[a.symbol] = a.math.args[0].value;
    }
    assert.ok(Math.abs(stat3Amount(conc) / (total * 12.67) - 1) < 1e-6);
    for (const id of INERT_SPECIES) assert.ok(!model.species.some((s) => s.id === id), id);
    for (const id of ["STAT3", "pSTAT3_dimer", "npSTAT3_dimer_DNA", "SOCS3_mRNA", "SOCS3", "pJAK1_pgp130"])
      assert.ok(
        model.species.some((s) => s.id === id),
        id,
      );
    const full = hepatocyteModel({ prune: false });
    assert.ok(full.species.length > model.species.length + 20);
  });

  it("SBML round-trips through our reader", () => {
    const sbml = files["model_Stat3Lab_hepatocyte.xml"];
    const m = readSBML(sbml);
    const ref = hepatocyteModel();
    assert.deepEqual(m.species.map((s) => s.id).sort(), ref.species.map((s) => s.id).sort());
    assert.deepEqual(m.reactions.map((r) => r.id).sort(), ref.reactions.map((r) => r.id).sort());
    assert.deepEqual(
      m.rules.map((r) => (r.kind === "algebraic" ? "" : r.variable)).sort(),
      ref.rules.map((r) => (r.kind === "algebraic" ? "" : r.variable)).sort(),
    );
    for (const id of ["t_exp", "ActD", "IL6_ng_per_mL", "drug_stattic_nM", "drug_ruxolitinib_nM"])
      assert.ok(
        m.rules.some((r) => r.kind === "assignment" && r.variable === id),
        `${id} is an assignment rule`,
      );
  });

  it("has a finite likelihood at the nominal parameters, the same without pruning", () => {
    const obj = petabObjective(problem);
    const r = obj.evaluate(obj.nominal);
    assert.ok(Number.isFinite(r.llh), String(r.llh));
    assert.ok(r.simulation.every((v) => (Number.isFinite(v) && v > 0) || v === 0));
    const fullFiles = hepatocytePetabProblem(tables, { prune: false });
    const full = petabObjective(loadPetabProblem(yaml, (f) => fullFiles[f] as string));
    const rf = full.evaluate(full.nominal);
    assert.ok(Math.abs(rf.llh - r.llh) < 1e-3, `${rf.llh} vs ${r.llh}`);
    // observable formulas: the placeholders of Sobotta's table, so its overrides apply unchanged
    const withOffset = OBSERVABLES.filter((o) => o.formula.startsWith("observableParameter1_"));
    assert.equal(withOffset.length, 7);
  });

  it("names the file and row of a malformed input", () => {
    assert.throws(
      () => hepatocytePetabProblem({ ...tables, conditions: "conditionId\tinput_foo\nsteadystate\t0\n" }),
      /column "input_foo"/,
    );
    assert.throws(
      () =>
        hepatocytePetabProblem({
          ...tables,
          measurements: `${tables.measurements.trimEnd()}\nnope\tsteadystate\til6_40\t1\t60\t\t\tx\n`,
          measurementsFile: "m.tsv",
        }),
      /m\.tsv:2222: observableId "nope"/,
    );
  });
});
