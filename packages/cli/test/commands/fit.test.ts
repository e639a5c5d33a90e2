/** `stat3 fit` on the PEtab test-suite case 0001 (2 parameters): 2 starts on 2 workers write every output file; the fitted problem reproduces the best llh. */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const MAIN = join(import.meta.dirname, "../../src/main.ts");
/** run the CLI from source, return its stdout */
const stat3 = (...args: string[]) =>
  execFileSync(process.execPath, ["--conditions=source", "--import", "tsx", MAIN, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

test("stat3 fit --starts 2 --workers 2 writes result.json, TSVs and figures", () => {
  const out = mkdtempSync(join(tmpdir(), "fit-"));
  stat3(
    "fit",
    "/work/shared/petab/test-suite-v1/0001/_0001.yaml",
    "--starts",
    "2",
    "--workers",
    "2",
    "--out",
    out,
  );
  const r = JSON.parse(readFileSync(join(out, "result.json"), "utf8"));
  assert.equal(r.runs.length, 2);
  assert.ok(r.runs[0].nllh <= r.runs[1].nllh);
  // the fit is at least as good as the nominal parameters (test suite: llh −0.84750169713188)
  assert.ok(r.best.llh >= -0.84750169713188 - 1e-6, `best llh ${r.best.llh}`);
  for (const f of ["starts.tsv", "best-parameters.tsv", "simulations.tsv", "waterfall.svg"])
    assert.ok(existsSync(join(out, f)), f);
  // the fitted problem (fitted values as nominal values, the original tables by relative path)
  // evaluates to the best fit's llh
  const llh = JSON.parse(stat3("petab", "llh", join(out, "problem-fitted.yaml"), "--json")).llh;
  assert.ok(
    Math.abs(llh - r.best.llh) <= 1e-9 * Math.max(1, Math.abs(r.best.llh)),
    `${llh} vs ${r.best.llh}`,
  );
  // best-parameters.tsv: bounds as the parameter table writes them (0 and 10 for case 0001)
  const rows = readFileSync(join(out, "best-parameters.tsv"), "utf8").trim().split("\n").slice(1);
  for (const row of rows) assert.deepEqual(row.split("\t").slice(4), ["0", "10"], row);
});

test("stat3 profile --parameters a0: interval of a0 in case 0001 closes above the optimum (0.7), open below (bound 0)", () => {
  const out = mkdtempSync(join(tmpdir(), "profile-"));
  stat3(
    "profile",
    "/work/shared/petab/test-suite-v1/0001/_0001.yaml",
    "--parameters",
    "a0",
    "--step",
    "0.05",
    "--max-steps",
    "40",
    "--out",
    out,
  );
  const r = JSON.parse(readFileSync(join(out, "profiles.json"), "utf8"));
  assert.equal(r.parameters.length, 1);
  const p = r.parameters[0];
  assert.equal(p.id, "a0");
  assert.ok(Math.abs(p.optimum - 0.7) < 1e-6);
  assert.equal(p.ci[0], null);
  assert.ok(p.ci[1] > 0.7 && p.ci[1] < 2);
  assert.ok(existsSync(join(out, "profile-a0.svg")));
});
