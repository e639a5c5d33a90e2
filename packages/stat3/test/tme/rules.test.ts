import assert from "node:assert/strict";
import { test } from "node:test";
import { loadKb } from "../../src/kb/kb.js";
import { type Stat3State, simulateTme } from "../../src/tme/model.js";
import { TME_PARAMETERS } from "../../src/tme/parameters.js";
import { STAT3_RULES } from "../../src/tme/rules.js";
import { timeMean } from "../../src/tme/scenarios.js";

// Every Fig. 2 rule: (1) it implements interactions that exist in the knowledge base, with the review's
// reference numbers exactly as the KB's evidence has them, and its parameters exist; (2) raising STAT3 in
// that population alone (STAT3 pinned at 0.2 vs 0.8, tumour burden held at 10⁸ cells, days 20–30 averaged)
// moves the rule's read-out in the stated direction.

const kb = loadKb();
const interactions = new Map(kb.data.interactions.map((i) => [i.id, i]));

/** which STAT3 state each rule's population is */
const POP: Record<string, Stat3State> = {
  dc_maturation: "S_D",
  macrophage_m2: "S_M",
  macrophage_pdl1: "S_M",
  mdsc_expansion: "S_MD",
  treg_ctla4: "S_R",
  nk_suppression: "S_N",
  cxcl10_nk: "S_T",
  cd8_suppression: "S_E",
  th1_negative: "S_E",
  t_il10: "S_E",
  tumour_tgfb_vegf: "S_T",
  tumour_csc: "S_T",
  b_growth: "S_B",
  endothelial_vasc: "S_En",
  endothelial_cam: "S_En",
  caf_metastasis: "S_F",
};

test("every rule cites KB interactions with the review's reference numbers", () => {
  assert.equal(Object.keys(POP).length, STAT3_RULES.length);
  for (const r of STAT3_RULES) {
    const refs = new Set<number>();
    for (const id of r.interactions) {
      const i = interactions.get(id);
      assert.ok(i, `${r.id}: interaction ${id} not in the KB`);
      for (const n of i.evidence?.refs ?? []) refs.add(n);
    }
    assert.deepEqual(
      [...refs].sort((a, b) => a - b),
      r.refs,
      `${r.id}: refs differ from the KB evidence`,
    );
    for (const p of r.params) assert.ok(p in TME_PARAMETERS, `${r.id}: parameter ${p}`);
  }
});

for (const rule of STAT3_RULES) {
  test(`rule ${rule.id}: STAT3 in ${rule.population} → ${rule.readout} ${rule.direction}`, () => {
    const state = POP[rule.id]!;
    // CSC expansion needs a growing tumour; every other rule is read at a fixed burden
    const clamp = rule.id !== "tumour_csc";
    const run = (s: number) =>
      simulateTme({
        days: 30,
        perDay: 2,
        clampTumour: clamp,
        initial: clamp ? { T: 0.98e8, C: 0.02e8 } : {},
        stat3Fixed: { [state]: s },
      });
    const lo = timeMean(run(0.2), rule.readout, 20, 30);
    const hi = timeMean(run(0.8), rule.readout, 20, 30);
    const rel = (hi - lo) / Math.max(Math.abs(lo), 1e-300);
    if (rule.direction === "up") assert.ok(rel > 0.02, `${rule.readout}: ${lo} → ${hi}`);
    else assert.ok(rel < -0.02, `${rule.readout}: ${lo} → ${hi}`);
  });
}
