/**
 * Cell contexts: normal cells respond transiently, cancer contexts show constitutive activation,
 * SOCS3 loss prolongs the response (issue 4; facts §2e "transient vs sustained").
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CONTEXT_IDS, CONTEXTS } from "../../src/contexts/contexts.js";
import { runStat3 } from "../../src/scenarios/run.js";

const basal = (context: string) =>
  runStat3({
    context,
    il6: 0,
    times: [0, 2880],
    selections: ["pSTAT3_fraction", "hallmark_proliferation_survival", "SOCS3_mRNA_rel"],
  });

describe("cell contexts", () => {
  it("has the six named presets of the issue", () => {
    assert.deepEqual([...CONTEXT_IDS].sort(), [
      "autocrine-il6",
      "egfr-driven",
      "hepatocyte",
      "jak-activating-mutation",
      "socs3-silenced",
      "src-driven",
    ]);
    for (const c of CONTEXTS) assert.ok(c.source.length > 0 && c.description.length > 0);
  });

  it("every context starts from its own unstimulated steady state (read-outs 1, pSTAT3 constant over 48 h)", () => {
    for (const c of CONTEXT_IDS) {
      const r = basal(c);
      assert.ok(Math.abs(r.values[0][1] - r.values[0][0]) <= 1e-6 * r.values[0][0], `${c}: pSTAT3 drifts`);
      assert.ok(Math.abs(r.values[1][0] - 1) < 1e-9 && Math.abs(r.values[1][1] - 1) < 1e-6, `${c}: hallmark`);
      assert.ok(Math.abs(r.values[2][1] - 1) < 1e-6, `${c}: SOCS3 mRNA`);
    }
  });

  it("cancer contexts show constitutive STAT3 activation (unstimulated pY705 > 4× the hepatocyte's)", () => {
    const hep = basal("hepatocyte").values[0][0];
    assert.ok(hep < 0.05);
    for (const c of ["autocrine-il6", "egfr-driven", "src-driven", "jak-activating-mutation"]) {
      const v = basal(c).values[0][0];
      assert.ok(v > 4 * hep, `${c}: ${v} vs hepatocyte ${hep}`);
    }
  });

  it("a hepatocyte responds transiently: a 20-min IL-6 pulse returns to basal by 60 min (facts §2a pulse: at/below basal at 60 min)", () => {
    const r = runStat3({ il6: 40, il6Stop: 20, times: [0, 15, 60], selections: ["pSTAT3_fraction"] });
    const [b, peak, t60] = r.values[0];
    assert.ok(peak > 10 * b);
    assert.ok(t60 - b < 0.05 * (peak - b), `60 min: ${t60}, basal ${b}, peak ${peak}`);
  });

  it("SOCS3 loss prolongs the response to continuous IL-6", () => {
    const sel = ["pSTAT3_fraction"];
    const times = [0, 16, 60, 120];
    const hep = runStat3({ il6: 40, times, selections: sel }).values[0];
    const sil = runStat3({ context: "socs3-silenced", il6: 40, times, selections: sel }).values[0];
    const rel = (v: Float64Array, i: number) => (v[i] - v[0]) / (v[1] - v[0]);
    assert.ok(rel(sil, 2) > 1.5 * rel(hep, 2), `60 min: ${rel(sil, 2)} vs ${rel(hep, 2)}`);
    assert.ok(rel(sil, 3) > 1.5 * rel(hep, 3));
  });
});
