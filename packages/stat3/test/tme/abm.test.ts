import assert from "node:assert/strict";
import { test } from "node:test";
import { type AbmResult, CAF, runAbm, TUMOUR } from "../../src/tme/abm.js";
import { runTmeScenario } from "../../src/tme/scenarios.js";

// The lattice layer: deterministic per seed; its pattern read-out (CD8 touching tumour per 100 tumour cells,
// days 10–30) separates a STAT3-low from a STAT3-high tumour for two seeds (less CXCL10, ref 50, and
// more CAF CXCL12, ref 68, around a STAT3-high tumour); and the CAF/CXCL12 barrier is what excludes them.

const contact = (a: AbmResult) => {
  const later = a.stats.filter((s) => s.day >= 10);
  return later.reduce((s, x) => s + x.contactPer100, 0) / later.length;
};
const low = runTmeScenario({ scenario: "stat3_low", days: 30 });
const high = runTmeScenario({ scenario: "stat3_high_immune_evasion", days: 30 });

test("same seed, same lattice; the initial tissue has a tumour disc and a CAF rim", () => {
  const a = runAbm(high, { days: 5, seed: 3, size: 60 });
  const b = runAbm(high, { days: 5, seed: 3, size: 60 });
  assert.deepEqual(a.frames.at(-1)!.cells, b.frames.at(-1)!.cells);
  assert.deepEqual(a.frames.at(-1)!.immune, b.frames.at(-1)!.immune);
  const f0 = a.frames[0]!.cells;
  assert.ok(f0.filter((c) => c === TUMOUR).length > 200);
  assert.ok(f0.filter((c) => c === CAF).length > 50);
});

test("CD8 contact with tumour: STAT3-low tumour > STAT3-high tumour (two seeds)", () => {
  for (const seed of [1, 2]) {
    const l = contact(runAbm(low, { seed }));
    const h = contact(runAbm(high, { seed }));
    assert.ok(l > 1.5 * h, `seed ${seed}: ${l.toFixed(2)} vs ${h.toFixed(2)}`);
  }
});

test("without CXCL12 repulsion the CAF rim no longer excludes CD8", () => {
  const withBarrier = contact(runAbm(high, { seed: 1 }));
  const without = contact(runAbm(high, { seed: 1, chi12: 0 }));
  assert.ok(without > 1.5 * withBarrier, `${without.toFixed(2)} vs ${withBarrier.toFixed(2)}`);
});
