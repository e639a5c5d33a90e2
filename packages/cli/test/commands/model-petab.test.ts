/**
 * `stat3 model petab --out DIR`: writes the hepatocyte model as a PEtab problem on Sobotta 2017's
 * tables (shared/petab/Sobotta_Frontiers2017_STAT3), which our PEtab reader loads with all 2220
 * measurements; a wrong --sobotta folder is reported with what to do.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadPetabProblem } from "@stat3/fit";
import { runModelPetab } from "../../src/commands/model.js";

const SOB = new URL("../../../../../shared/petab/Sobotta_Frontiers2017_STAT3/", import.meta.url).pathname;

test("stat3 model petab writes a loadable PEtab problem with Sobotta's 2220 measurements", async (t) => {
  if (!existsSync(SOB)) {
    t.skip(`needs ${SOB}`);
    return;
  }
  const out = mkdtempSync(join(tmpdir(), "model-petab-"));
  await runModelPetab({ out, sobotta: SOB, prune: true });
  const files = readdirSync(out);
  const yaml = files.find((f) => f.endsWith(".yaml"));
  assert.ok(yaml, `a YAML file among ${files.join(", ")}`);
  assert.equal(files.length, 6);
  const problem = loadPetabProblem(yaml, (f) => readFileSync(join(out, f), "utf8"));
  assert.equal(problem.measurements.length, 2220);
  // the same measurement table as Sobotta's, row for row
  const ours = readFileSync(join(out, files.find((f) => f.startsWith("measurementData")) as string), "utf8");
  const theirs = readFileSync(join(SOB, "measurementData_Sobotta_Frontiers2017_STAT3.tsv"), "utf8");
  assert.equal(ours.trim().split("\n").length, theirs.trim().split("\n").length);
});

test("stat3 model petab: a wrong --sobotta folder says which file and what to do", async () => {
  await assert.rejects(
    runModelPetab({ out: join(tmpdir(), "unused-model-petab"), sobotta: "/nonexistent", prune: true }),
    /--sobotta: cannot read .*point it at shared\/petab\/Sobotta_Frontiers2017_STAT3/,
  );
});
