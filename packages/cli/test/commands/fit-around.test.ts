/**
 * `stat3 fit --around nominal|result.json --spread s`: start 1 is the point itself, the others lie in
 * the cube of half-width s around it (clipped to the bounds); result.json records both options, and a
 * later fit can start around the best fit of an earlier one.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runFit } from "../../src/commands/fit.js";

const CASE = "/work/shared/petab/test-suite-v1/0001/_0001.yaml";

test("stat3 fit --around nominal on PEtab case 0001: the first start is the nominal point", async () => {
  const out = mkdtempSync(join(tmpdir(), "fit-around-"));
  const { results } = await runFit(CASE, {
    starts: "3",
    workers: "1",
    out,
    seed: "1",
    optimizer: "trr",
    around: "nominal",
    spread: "0.5",
    maxIterations: "20",
  });
  assert.equal(results.length, 3);
  const r = JSON.parse(readFileSync(join(out, "result.json"), "utf8"));
  assert.equal(r.around, "nominal");
  assert.equal(r.spread, 0.5);
  const first = results.find((s) => s.start === 0);
  assert.ok(first);
  const others = results.filter((s) => s.start !== 0);
  for (const s of others) {
    for (let j = 0; j < s.x0.length; j++) assert.ok(Math.abs(s.x0[j] - first.x0[j]) <= 0.5 + 1e-12);
  }
  // a second fit around the first one's best fit starts exactly there
  const out2 = mkdtempSync(join(tmpdir(), "fit-around-"));
  const again = await runFit(CASE, {
    starts: "1",
    workers: "1",
    out: out2,
    seed: "1",
    optimizer: "trr",
    around: join(out, "result.json"),
    maxIterations: "20",
  });
  const ids = Object.keys(r.best.x);
  ids.forEach((id, k) => {
    assert.equal(again.results[0].x0[k], r.best.x[id]);
  });
});

test("stat3 fit --around: bad spread and unreadable files are reported, not thrown as stack traces", async () => {
  const base = { starts: "2", workers: "1", out: "unused", seed: "1", optimizer: "trr" };
  await assert.rejects(
    runFit(CASE, { ...base, around: "nominal", spread: "-1" }),
    /--spread expects a positive number/,
  );
  await assert.rejects(
    runFit(CASE, { ...base, around: "/nonexistent/result.json" }),
    /not "nominal" and not a readable result.json/,
  );
});
