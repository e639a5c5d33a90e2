import assert from "node:assert/strict";
import { test } from "node:test";
import { simulateTme } from "../../src/tme/model.js";
import { parseTherapy } from "../../src/tme/pk.js";
import { timeMean } from "../../src/tme/scenarios.js";

// Drug classes act where the cell-level model says they act (drugs.ts sites): SH2/DBD inhibitors lower
// STAT3 in every population; JAK inhibitors only the cytokine-driven STAT3 (immune cells, not the
// tumour's oncogene-driven drive); EGFR/Src inhibitors only the tumour's oncogenic drive.

const base = {
  days: 10,
  perDay: 24,
  clampTumour: true,
  initial: { T: 0.98e8, C: 0.02e8 },
  params: { g_tumour: 4 },
};
const mean = (th: string[], k: string) =>
  timeMean(simulateTme({ ...base, therapies: th.map(parseTherapy) }), k, 5, 10);
const ctrl = { T: mean([], "S_T"), E: mean([], "S_E") };

test("SH2 (Stattic) and DBD (IS3 295) inhibitors lower STAT3 in tumour and immune cells", () => {
  for (const th of ["stattic@50mg/kg/12h", "is3_295@20mg/kg/12h"]) {
    assert.ok(mean([th], "S_T") < 0.6 * ctrl.T, th);
    assert.ok(mean([th], "S_E") < 0.6 * ctrl.E, th);
  }
});

test("a JAK inhibitor blocks cytokine-driven STAT3 (immune cells) but not the tumour's oncogenic drive", () => {
  assert.ok(mean(["ruxolitinib@50mg/kg/12h"], "S_E") < 0.3 * ctrl.E);
  assert.ok(mean(["ruxolitinib@50mg/kg/12h"], "S_T") > 0.95 * ctrl.T);
});

test("EGFR and Src inhibitors lower tumour STAT3; immune STAT3 only follows the tumour's cytokines", () => {
  for (const th of ["gefitinib@100mg/kg/12h", "dasatinib@20mg/kg/12h"]) {
    assert.ok(mean([th], "S_T") < 0.6 * ctrl.T, th);
    const e = mean([th], "S_E");
    assert.ok(e < ctrl.E && e > 0.8 * ctrl.E, `${th}: ${e}`);
  }
});

test("bad options are coded errors", () => {
  assert.throws(() => simulateTme({ days: 0 }), /days must be a positive number/);
  assert.throws(() => simulateTme({ params: { nope: 1 } as never }), /parameter "nope" is unknown/);
  assert.throws(() => simulateTme({ stat3Fixed: { S_T: 2 } }), /value in \[0, 1\]/);
  assert.throws(() => simulateTme({ initial: { Q: 1 } as never }), /unknown state "Q"/);
});
