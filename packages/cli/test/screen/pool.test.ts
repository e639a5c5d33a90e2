import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { analyseScreen } from "../../src/screen/analyse.js";
import { expandScreenJob } from "../../src/screen/job.js";
import { runScreen } from "../../src/screen/pool.js";
import { ScreenStore } from "../../src/screen/store.js";

const FIX = new URL("./fixtures/two-inhibitors.xml", import.meta.url).pathname;

function job() {
  return expandScreenJob(
    {
      model: { sbml: "two-inhibitors.xml", contexts: { low: { k: 1 }, high: { k: 100 } } },
      drugs: { A: "1..1000:5", B: "10..10000:5" },
      combinations: [["A", "B"]],
      readouts: ["[X]@40", "[X]@1"],
    },
    FIX,
  );
}

test("results are identical and in item order for 0, 1 and 2 workers", async () => {
  const j = job();
  const runs = [];
  for (const workers of [0, 1, 2]) runs.push(await runScreen(j, { workers, batchSize: 7 }));
  assert.equal(runs[0].results.length, j.items.length);
  runs[0].results.forEach((r, i) => {
    assert.equal(r.idx, i);
  });
  assert.deepEqual(runs[1].results, runs[0].results);
  assert.deepEqual(runs[2].results, runs[0].results);
  // the value itself: X(40) = k/((1 + A/50)(1 + B/400)) at steady state, context high has k = 100
  const i = j.items.findIndex((it) => it.context === "high" && it.drugs.A === 1000 && it.drugs.B === 10000);
  const ref = 100 / ((1 + 1000 / 50) * (1 + 10000 / 400));
  assert.ok(Math.abs(runs[0].results[i].values[0] / ref - 1) < 1e-5);
});

test("SQLite store: an interrupted screen resumes with only the missing items", async () => {
  const j = job();
  const db = join(mkdtempSync(join(tmpdir(), "screen-")), "s.sqlite");
  let store = new ScreenStore(db);
  const first = await runScreen(j, { workers: 0, store });
  assert.equal(first.simulated, j.items.length);
  store.close();
  // lose a third of the rows, as a killed run would
  const raw = new Database(db);
  raw.prepare("DELETE FROM results WHERE job = ? AND idx % 3 = 1").run(j.hash);
  raw.close();
  store = new ScreenStore(db);
  const ticks: number[] = [];
  const second = await runScreen(j, { workers: 0, store, onProgress: (d) => ticks.push(d) });
  store.close();
  assert.equal(second.simulated, j.items.filter((_, i) => i % 3 === 1).length);
  assert.equal(ticks[0], j.items.length - second.simulated);
  assert.equal(ticks[ticks.length - 1], j.items.length);
  assert.deepEqual(
    second.results.map((r) => r.values),
    first.results.map((r) => r.values),
  );
});

test("analyseScreen: Hill fits of single agents and Bliss-independent grids", async () => {
  const j = job();
  const run = await runScreen(j, { workers: 0 });
  const s = analyseScreen(j, run.results);
  assert.equal(s.failed, 0);
  // A alone at steady state: inhibition = 100·A/(A + 50), a Hill curve with EC50 = KA = 50, h = 1
  const a = s.doseResponse.find((r) => r.context === "low" && r.drug === "A" && r.readout === "[X]@40");
  assert.ok(a?.ec50 && Math.abs(a.ec50 / 50 - 1) < 1e-4, `EC50 ${a?.ec50}`);
  assert.ok(a?.hill && Math.abs(a.hill - 1) < 1e-4);
  const c = s.combinations.find((r) => r.context === "high" && r.readout === "[X]@40");
  assert.ok(c?.scores && Math.abs(c.scores.bliss.mean) < 1e-6, JSON.stringify(c));
});
