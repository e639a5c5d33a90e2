import assert from "node:assert/strict";
import { test } from "node:test";
import { buildFigure, buildStat3Model, CORE_PARAMETERS, loadKb } from "@stat3/stat3";
import {
  DEFAULT_SCENARIO,
  decodeScenario,
  encodeScenario,
  NODE_PARAMS,
  nodeSelections,
  type Scenario,
} from "../src/scenario.js";

test("scenario ↔ URL round-trips (drugs, perturbations, pre-incubation)", () => {
  const s: Scenario = {
    context: "autocrine-il6",
    il6: 12.5,
    drugs: { ruxolitinib: 300, stattic: 20000 },
    pre: 60,
    end: 480,
    perturb: { il6st: "ko", stat3: "overexpress", jak: "inhibit" },
  };
  assert.deepEqual(decodeScenario(encodeScenario(s)), s);
  assert.deepEqual(decodeScenario(""), DEFAULT_SCENARIO);
});

test("malformed links fall back to defaults, clamp numbers and drop bad entries", () => {
  const s = decodeScenario(
    "ctx=<script>&il6=1e9&end=-5&drug=rux:abc&drug=stattic:100&pert=jak:zap&pert=src:oe",
  );
  assert.equal(s.context, DEFAULT_SCENARIO.context);
  assert.equal(s.il6, 1000);
  assert.equal(s.end, 10);
  assert.deepEqual(s.drugs, { stattic: 100 });
  assert.deepEqual(s.perturb, { src: "overexpress" });
});

test("every Fig. 1 perturbation scales a real model parameter; lit nodes read real model variables", () => {
  for (const [node, params] of Object.entries(NODE_PARAMS))
    for (const p of params) assert.ok(p in CORE_PARAMETERS, `${node} → ${p}`);
  const { model } = buildStat3Model({});
  const species = new Set(model.species.map((s) => s.id));
  const assigned = new Set(model.rules.map((r) => r.variable));
  const fig1 = buildFigure(loadKb(), 1);
  let lit = 0;
  for (const n of fig1.nodes) {
    const sels = nodeSelections(n.id, species);
    if (sels.length) lit++;
    for (const sel of sels) {
      const id = sel.replace(/^\[|\]$/g, "");
      assert.ok(species.has(id) || assigned.has(id), `${n.id} → ${sel}`);
    }
  }
  // the cascade, the five hallmarks and most target genes light up
  assert.ok(lit >= 35, `${lit} Fig. 1 nodes mapped to model variables`);
});
