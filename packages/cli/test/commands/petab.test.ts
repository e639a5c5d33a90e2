/** `stat3 petab llh --json` prints {llh, chi2, prior}; Boehm's reference llh from ../shared/petab/README.md. */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const MAIN = join(import.meta.dirname, "../../src/main.ts");
const BOEHM = "/work/shared/petab/benchmarks/Boehm_JProteomeRes2014/Boehm_JProteomeRes2014.yaml";
const run = (...args: string[]) =>
  execFileSync(process.execPath, ["--conditions=source", "--import", "tsx", MAIN, ...args], {
    encoding: "utf8",
  });

test("stat3 petab llh --json: Boehm nominal llh −138.22199693517703 within 1e-3", () => {
  const out = JSON.parse(run("petab", "llh", BOEHM, "--json"));
  assert.ok(Math.abs(out.llh - -138.22199693517703) < 1e-3);
  assert.equal(typeof out.chi2, "number");
  assert.equal(out.prior, 0);
});

test("stat3 petab simulate --out writes one row per measurement", () => {
  const dir = mkdtempSync(join(tmpdir(), "petab-"));
  run("petab", "simulate", BOEHM, "--out", join(dir, "sims.tsv"));
  const lines = readFileSync(join(dir, "sims.tsv"), "utf8").trim().split("\n");
  assert.equal(lines.length, 49);
  assert.ok(lines[0].split("\t").includes("simulation"));
});
