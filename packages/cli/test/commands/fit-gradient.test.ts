/**
 * `stat3 fit --gradient adjoint`: the objective's gradient comes from the adjoint method (no residual
 * sensitivities, so trr runs on BFGS alone) and reaches the same optimum as the forward/Fisher path on
 * a problem with one clear optimum (PEtab v1 test-suite case 0001, 2 parameters); bad values rejected.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runFit } from "../../src/commands/fit.js";

const CASE = "/work/shared/petab/test-suite-v1/0001/_0001.yaml";

test("stat3 fit --gradient adjoint reaches the forward-gradient optimum on case 0001", async () => {
  const base = { starts: "2", workers: "1", seed: "4", optimizer: "trr", maxIterations: "200" };
  const fwdOut = mkdtempSync(join(tmpdir(), "fit-fwd-"));
  const adjOut = mkdtempSync(join(tmpdir(), "fit-adj-"));
  const fwd = await runFit(CASE, { ...base, out: fwdOut });
  const adj = await runFit(CASE, { ...base, out: adjOut, gradient: "adjoint" });
  const r = JSON.parse(readFileSync(join(adjOut, "result.json"), "utf8"));
  assert.equal(r.gradient, "adjoint");
  assert.ok(Number.isFinite(adj.best.f));
  assert.ok(
    Math.abs(adj.best.f - fwd.best.f) <= 1e-5 * (1 + Math.abs(fwd.best.f)),
    `adjoint best ${adj.best.f} vs forward best ${fwd.best.f}`,
  );
});

test("stat3 fit --gradient: unknown methods are rejected", async () => {
  await assert.rejects(
    runFit(CASE, { starts: "1", out: "unused", seed: "1", optimizer: "trr", gradient: "backward" }),
    /--gradient must be forward or adjoint, got "backward"/,
  );
});
