import assert from "node:assert/strict";
import { test } from "node:test";
import { simulateTme, type TmeRun } from "../../src/tme/model.js";
import { parseTherapy } from "../../src/tme/pk.js";
import { runTmeScenario, timeMean } from "../../src/tme/scenarios.js";

// The review's Fig. 2 claims ("STAT3 induces the immune evasion", "STAT3 in the tumor microenvironment"):
// (1) raising tumour STAT3 raises M2 fraction, MDSC, Treg and PD-L1 and lowers DC maturation, NK and CD8
//     killing — read at a fixed tumour burden (10⁸ cells) so that only the tumour's STAT3 differs;
// (2) STAT3 inhibition (Stattic 10 mg/kg/day) reverses each and slows tumour growth;
// (3) STAT3 inhibition + anti-PD-1 beats either alone in the STAT3-high scenario, and the populations show why.

const fixedBurden = (g: number, therapies: string[] = []): TmeRun =>
  simulateTme({
    days: 30,
    perDay: 2,
    params: { g_tumour: g },
    clampTumour: true,
    initial: { T: 0.98e8, C: 0.02e8 },
    therapies: therapies.map(parseTherapy),
  });
const m = (r: TmeRun, k: string) => timeMean(r, k, 20, 30);

const low = fixedBurden(0.3);
const high = fixedBurden(4);
const treated = fixedBurden(4, ["stattic@10mg/kg/day"]);

const UP = ["m2_fraction", "MDSC", "Treg", "pdl1_tumour", "pdl1_macrophage"];
const DOWN = ["dc_mature_fraction", "nk_kill_rate", "cd8_kill_rate"];

test("raising tumour STAT3 raises M2 fraction, MDSC, Treg, PD-L1 and lowers DC maturation, NK and CD8 killing", () => {
  assert.ok(m(high, "S_T") > m(low, "S_T") + 0.3);
  for (const k of UP) assert.ok(m(high, k) > m(low, k) * 1.02, `${k}: ${m(low, k)} → ${m(high, k)}`);
  for (const k of DOWN) assert.ok(m(high, k) < m(low, k) * 0.98, `${k}: ${m(low, k)} → ${m(high, k)}`);
});

test("STAT3 inhibition reverses each change", () => {
  // tumour PD-L1 has an adaptive (IFN-γ, CD8-driven) part that rises as CD8 return; the STAT3-driven part falls
  const up = ["m2_fraction", "MDSC", "Treg", "pdl1_tumour_stat3", "pdl1_macrophage"];
  for (const k of up) assert.ok(m(treated, k) < m(high, k), `${k}: ${m(high, k)} → ${m(treated, k)}`);
  for (const k of DOWN) assert.ok(m(treated, k) > m(high, k), `${k}: ${m(high, k)} → ${m(treated, k)}`);
});

test("STAT3 inhibition slows tumour growth", () => {
  const untreated = runTmeScenario({ scenario: "stat3_high_immune_evasion" });
  const stattic = runTmeScenario({ scenario: "stat3_inhibition" });
  const a = timeMean(untreated, "tumour");
  const b = timeMean(stattic, "tumour");
  assert.ok(b < 0.5 * a, `mean burden ${a.toExponential(2)} → ${b.toExponential(2)}`);
  // also at day 10, before the immune response has swung: the direct (proliferation) effect
  const i10 = untreated.t.findIndex((t) => t >= 10);
  assert.ok(stattic.series.tumour![i10]! < untreated.series.tumour![i10]!);
});

test("STAT3 inhibition + anti-PD-1 beats either alone; the populations show why", () => {
  const pd1 = runTmeScenario({ scenario: "checkpoint_pd1" });
  const stattic = runTmeScenario({ scenario: "stat3_inhibition" });
  const combo = runTmeScenario({ scenario: "combo_stat3i_pd1" });
  const burden = (r: TmeRun) => timeMean(r, "tumour");
  assert.ok(burden(combo) < 0.75 * burden(pd1), `combo ${burden(combo)} vs anti-PD-1 ${burden(pd1)}`);
  assert.ok(burden(combo) < 0.75 * burden(stattic), `combo ${burden(combo)} vs Stattic ${burden(stattic)}`);
  // why, over the first 20 days: Stattic relieves suppression (fewer MDSC, less M2, more CD8 priming than
  // anti-PD-1 alone) but the CD8 it brings up raise adaptive PD-L1 engagement; anti-PD-1 removes that brake
  const early = (r: TmeRun, k: string) => timeMean(r, k, 0, 20);
  assert.ok(early(stattic, "MDSC") < early(pd1, "MDSC"));
  assert.ok(early(stattic, "m2_fraction") < early(pd1, "m2_fraction"));
  assert.ok(early(stattic, "pd1_engagement") > 10 * early(combo, "pd1_engagement"));
  assert.ok(early(combo, "cd8_kill_rate") > early(stattic, "cd8_kill_rate"));
  assert.ok(early(combo, "cd8_kill_rate") > early(pd1, "cd8_kill_rate"));
});
