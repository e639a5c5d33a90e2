import assert from "node:assert/strict";
import { test } from "node:test";
import { buildFigure, listTmeAgents, loadKb, parseTherapy, runTmeScenario, TME_STATES } from "@stat3/stat3";
import { DEFAULT_SCENARIO, decodeScenario, encodeScenario } from "../src/scenario.js";
import {
  DEFAULT_TME,
  decodeTme,
  defaultTherapy,
  encodeTme,
  type SeriesLike,
  TME_INTERVALS,
  TME_NODE_STATE,
  type TmeInterval,
  type TmeSettings,
  therapyText,
  tmeActivity,
  tmeNodeState,
} from "../src/tme.js";

const fig2 = buildFigure(loadKb(), 2);

function asSeries(scenario: string, therapies: string[] = [], days = 60): SeriesLike {
  const r = runTmeScenario({ scenario, therapies, days, perDay: 4 });
  const names = [...TME_STATES];
  return {
    columns: ["time", ...names],
    data: [Array.from(r.t), ...names.map((n) => Array.from(r.series[n]!))],
  };
}

test("every Fig. 2 cell is in the node → TME state table, and every state it names exists in the model", () => {
  const cells = fig2.nodes.filter((n) => n.glyph === "cell").map((n) => n.id);
  assert.ok(cells.length >= 12, `Fig. 2 cells: ${cells.join(", ")}`);
  for (const id of cells) assert.ok(id in TME_NODE_STATE, `${id} has an entry (a state or null)`);
  for (const id of Object.keys(TME_NODE_STATE)) assert.ok(cells.includes(id), `${id} is a Fig. 2 cell`);
  for (const s of Object.values(TME_NODE_STATE))
    if (s) assert.ok((TME_STATES as readonly string[]).includes(s), `${s} is a TME state`);
  assert.equal(TME_NODE_STATE.cell_tumour, "S_T");
  assert.equal(TME_NODE_STATE.cell_neutrophil, null);
});

test("tmeNodeState: a cell and its STAT3 child light; genes, phenotypes, groups and unmapped cells do not", () => {
  assert.equal(tmeNodeState("cell_tumour"), "S_T");
  assert.equal(tmeNodeState("cell_tumour__stat3"), "S_T");
  assert.equal(tmeNodeState("cell_macrophage__stat3"), "S_M");
  assert.equal(tmeNodeState("cell_mdsc"), "S_MD");
  assert.equal(tmeNodeState("cell_tumour__tgfb"), null);
  assert.equal(tmeNodeState("cell_macrophage__cell_m2"), null);
  assert.equal(tmeNodeState("group_immuno"), null);
  assert.equal(tmeNodeState("cell_neutrophil"), null);
  assert.equal(tmeNodeState("cell_neutrophil__stat3"), null);
  assert.equal(tmeNodeState("stat3"), null);
});

test("tmeActivity: STAT3 activity per node at an output index; a STAT3-high tumour lights up over the days", () => {
  const run = asSeries("stat3_high_immune_evasion");
  const ids = fig2.nodes.map((n) => n.id);
  const a0 = tmeActivity(run, 0, ids);
  const last = run.data[0]!.length - 1;
  const aN = tmeActivity(run, last, ids);
  // only mapped nodes get a value: the cells with a model counterpart and their STAT3 children
  assert.deepEqual(Object.keys(aN).sort(), ids.filter((id) => tmeNodeState(id) !== null).sort());
  assert.ok(!("cell_neutrophil" in aN) && !("cell_tumour__tgfb" in aN));
  for (const v of Object.values(aN)) assert.ok(v >= 0 && v <= 1);
  const iST = run.columns.indexOf("S_T");
  assert.equal(aN.cell_tumour, run.data[iST]![last]);
  assert.equal(aN.cell_tumour__stat3, aN.cell_tumour);
  assert.ok(aN.cell_tumour! > a0.cell_tumour! + 0.3, `tumour STAT3 ${a0.cell_tumour} → ${aN.cell_tumour}`);
  // the index is clamped to the run; no run → no activity
  assert.deepEqual(tmeActivity(run, 10_000, ids), aN);
  assert.deepEqual(tmeActivity(run, -3, ids), a0);
  assert.deepEqual(tmeActivity(null, 0, ids), {});
});

test("a STAT3 inhibitor (twice daily) lowers tumour STAT3 at the last day; a STAT3-low tumour glows less", () => {
  const ids = ["cell_tumour"];
  const none = asSeries("stat3_high_immune_evasion");
  const n = none.data[0]!.length - 1;
  const stattic = asSeries("stat3_high_immune_evasion", [
    therapyText({ agent: "stattic", dose: 25, every: "12h" }),
  ]);
  const low = asSeries("stat3_low");
  const a = tmeActivity(none, n, ids).cell_tumour!;
  assert.ok(tmeActivity(stattic, n, ids).cell_tumour! < a - 0.1);
  assert.ok(tmeActivity(low, n, ids).cell_tumour! < a - 0.1);
});

test("therapy text: every offered agent and interval parses as the model's therapy", () => {
  for (const agent of listTmeAgents().filter((a) => !/_inhibitors$/.test(a)))
    for (const every of Object.keys(TME_INTERVALS) as TmeInterval[]) {
      const t = defaultTherapy(agent, agent.startsWith("anti_") ? "checkpoint" : "stat3_inhibitor");
      const r = parseTherapy(therapyText({ ...t, every }));
      assert.equal(r.agent.id, agent);
      assert.equal(r.dose, t.dose);
    }
  assert.equal(therapyText({ agent: "stattic", dose: 25, every: "day" }), "stattic@25mg/kg/day");
  assert.equal(parseTherapy("anti_pd1@10mg/kg/3d").every, 3);
});

test("TME settings ↔ URL: round trip, defaults add nothing, old Fig. 1 links still decode", () => {
  const s: TmeSettings = {
    scenario: "stat3_high_immune_evasion",
    therapy: { agent: "ruxolitinib", dose: 12.5, every: "12h" },
    days: 90,
  };
  assert.deepEqual(decodeTme(new URLSearchParams(encodeTme(s)).toString()), s);
  assert.deepEqual(encodeTme(DEFAULT_TME), {});
  // alongside the Fig. 1 scenario: neither disturbs the other
  const q = encodeScenario(DEFAULT_SCENARIO, { fig: "2", ...encodeTme(s) });
  assert.deepEqual(decodeScenario(q), DEFAULT_SCENARIO);
  assert.deepEqual(decodeTme(q), s);
  // an old link (before Fig. 2 ran) and malformed fields fall back to the defaults
  assert.deepEqual(decodeTme("ctx=hepatocyte&il6=40&end=240&fig=2&ti=20"), DEFAULT_TME);
  assert.deepEqual(decodeTme("tme=<script>&tx=stattic:abc:day&days=x"), DEFAULT_TME);
  assert.equal(decodeTme("tx=stattic:5:fortnight").therapy, null);
  assert.equal(decodeTme("days=5").days, 30);
  assert.equal(decodeTme("days=1000").days, 120);
});
