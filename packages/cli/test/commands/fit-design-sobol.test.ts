/**
 * `stat3 fit --design lhs|sobol|uniform`: the value is checked (unknown ones rejected with the list of
 * valid ones), it reaches the start points of a local run (result.json records it) and travels in the
 * "multistart" queue job spec; a job spec without the field (written before Sobol starts) stays "lhs".
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parseDesign, runFit } from "../../src/commands/fit.js";
import { multistartKind, multistartSpec } from "../../src/jobs/kinds.js";

const CASE = "/work/shared/petab/test-suite-v1/0001/_0001.yaml";

test("parseDesign: lhs by default, sobol and uniform accepted, others rejected with the valid list", () => {
  assert.equal(parseDesign(undefined), "lhs");
  for (const d of ["lhs", "sobol", "uniform"] as const) assert.equal(parseDesign(d), d);
  assert.throws(
    () => parseDesign("halton"),
    (e: Error) =>
      /E-PETAB-005/.test(e.message) &&
      /--design must be one of lhs, uniform, sobol, got "halton"/.test(e.message),
  );
  assert.throws(() => parseDesign("Sobol"), /--design must be one of/);
});

test("runFit rejects an unknown --design before loading the problem", async () => {
  await assert.rejects(
    runFit("/nonexistent/problem.yaml", {
      starts: "2",
      out: "unused",
      seed: "1",
      optimizer: "trr",
      design: "random",
    }),
    /--design must be one of lhs, uniform, sobol, got "random"/,
  );
});

test("stat3 fit --design sobol on PEtab case 0001: 2 starts, result.json records the design", async () => {
  const out = mkdtempSync(join(tmpdir(), "fit-sobol-"));
  const { results } = await runFit(CASE, {
    starts: "2",
    workers: "1",
    out,
    seed: "3",
    optimizer: "trr",
    design: "sobol",
    maxIterations: "5",
  });
  assert.equal(results.length, 2);
  const r = JSON.parse(readFileSync(join(out, "result.json"), "utf8"));
  assert.equal(r.design, "sobol");
  assert.equal(r.seed, 3);
});

test("multistart job spec: design travels (sobol), missing field means lhs, unknown rejected", () => {
  const spec = multistartSpec(CASE, { starts: 4, seed: 2, design: "sobol" });
  const params = spec.params as Record<string, unknown>;
  assert.equal(params.design, "sobol");
  assert.equal(multistartKind.validate(params).design, "sobol");
  const { design: _, ...old } = params;
  assert.equal(multistartKind.validate(old).design, "lhs");
  assert.throws(
    () => multistartKind.validate({ ...params, design: "halton" }),
    /design must be one of "lhs", "uniform", "sobol"/,
  );
});
