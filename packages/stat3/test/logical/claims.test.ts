/**
 * The review's claims about STAT3, as checks on the logical model's phenotype probabilities (MaBoSS
 * semantics, 400 trajectories, fixed seeds). Bounds are far outside the sampling error (≤ 0.025 at
 * p = 0.5): a claim holds when a phenotype is ≥ 0.9 on / ≤ 0.1 off, or changes by more than 0.5.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { logical } from "@stat3/engine";
import { phenotypes, reviewModel, type ScenarioOptions, scenarioFixes } from "../../src/logical/presets.js";

const cache = new Map<string, Record<string, number>>();
const run = (o: ScenarioOptions) => {
  const key = JSON.stringify(o);
  if (!cache.has(key)) cache.set(key, phenotypes({ ...o, samples: 400, seed: 7 }).p);
  return cache.get(key) as Record<string, number>;
};
const CANCER = [
  "autocrine-il6",
  "egfr-driven",
  "src-driven",
  "socs3-silenced",
  "jak-activating-mutation",
] as const;

describe("claims of the review on the logical model", () => {
  it("constitutive STAT3 → proliferation/survival (refs 22–29), angiogenesis (33–37), invasion (38–45), immune evasion (71–73), stemness (53–57)", () => {
    const normal = run({ context: "hepatocyte" });
    for (const ctx of CANCER) {
      const p = run({ context: ctx });
      for (const k of [
        "STAT3_DNA",
        "Proliferation",
        "Angiogenesis",
        "Invasion_EMT",
        "ImmuneEvasion",
        "Stemness",
      ]) {
        assert.ok(p[k] >= 0.9, `${ctx}: ${k} = ${p[k]}`);
        assert.ok(normal[k] <= 0.05, `hepatocyte: ${k} = ${normal[k]}`);
      }
      assert.ok(p.Apoptosis <= 0.1, `${ctx}: apoptosis suppressed (refs 28–29), got ${p.Apoptosis}`);
    }
  });

  it("STAT3 in the TME → M2 polarisation and PD-L1 (ref 69), MDSC expansion and NK suppression (refs 71–73), DC maturation blocked (Fig. 2)", () => {
    const p = run({ context: "autocrine-il6" });
    for (const k of ["M2_macrophage", "PDL1", "MDSC_expansion", "Treg_suppression"])
      assert.ok(p[k] >= 0.9, `${k} = ${p[k]}`);
    for (const k of ["M1_macrophage", "DC_maturation", "NK_cytotoxicity", "CD8_effector"])
      assert.ok(p[k] <= 0.1, `${k} = ${p[k]}`);
  });

  it("STAT3 inhibition → apoptosis up (refs 30–32; JAK/Src inhibitors, refs 90–103) and immune effectors restored (Fig. 2 legend, tme12)", () => {
    const base = run({ context: "autocrine-il6" });
    for (const drug of ["stattic", "s3i_201", "is3_295", "ruxolitinib", "jak_inhibitors"]) {
      const p = run({ context: "autocrine-il6", drugs: [drug] });
      assert.ok(p.Apoptosis - base.Apoptosis > 0.5, `${drug}: apoptosis ${base.Apoptosis} → ${p.Apoptosis}`);
      for (const k of ["DC_maturation", "NK_cytotoxicity", "CD8_effector", "M1_macrophage"])
        assert.ok(p[k] >= 0.9, `${drug}: ${k} = ${p[k]}`);
      for (const k of ["ImmuneEvasion", "M2_macrophage", "MDSC_expansion", "Proliferation", "Angiogenesis"])
        assert.ok(p[k] <= 0.1, `${drug}: ${k} = ${p[k]}`);
    }
  });

  it("drug classes act where they act: DBD inhibitors spare pY705 (refs 85–87); upstream inhibitors only work on their driver (refs 88–103)", () => {
    const dbd = run({ context: "autocrine-il6", drugs: ["is3_295"] });
    assert.ok(
      dbd.STAT3_pY705 >= 0.9 && dbd.STAT3_DNA <= 0.05,
      `DBD: pY705 ${dbd.STAT3_pY705}, DNA-bound ${dbd.STAT3_DNA}`,
    );
    const sh2 = run({ context: "autocrine-il6", drugs: ["stattic"] });
    assert.ok(sh2.STAT3_pY705 <= 0.05, "SH2 inhibitors block recruitment and dimerisation (refs 77–84)");
    assert.ok(
      run({ context: "src-driven", drugs: ["ruxolitinib"] }).STAT3_DNA >= 0.9,
      "a JAK inhibitor leaves Src-driven STAT3 on",
    );
    assert.ok(
      run({ context: "src-driven", drugs: ["dasatinib"] }).STAT3_DNA <= 0.05,
      "a Src inhibitor switches it off",
    );
    assert.ok(
      run({ context: "egfr-driven", drugs: ["gefitinib"] }).STAT3_DNA <= 0.05,
      "an EGFR inhibitor switches EGFR-driven STAT3 off (refs 88–89)",
    );
    assert.ok(
      run({ context: "egfr-driven", drugs: ["dasatinib"] }).STAT3_DNA >= 0.9,
      "a Src inhibitor does not",
    );
    assert.ok(
      run({ context: "jak-activating-mutation", drugs: ["ruxolitinib"] }).STAT3_DNA <= 0.05,
      "a JAK inhibitor blocks mutant JAK",
    );
  });

  it("normal cells respond transiently: SOCS3 feedback keeps IL-6-stimulated STAT3 activity partial; SOCS3 loss makes it persistent", () => {
    // SOCS3 → JAK is outside the review's text (KB 'ext' interactions, stat3-facts.md); the review's point is
    // that cancer cells, unlike normal cells, keep STAT3 persistently active (refs 10–11)
    const stimulated = run({ context: "hepatocyte", set: { IL6: 1 } });
    const silenced = run({ context: "socs3-silenced" });
    assert.ok(
      stimulated.STAT3_DNA > 0.2 && stimulated.STAT3_DNA < 0.8,
      `hepatocyte + IL-6: ${stimulated.STAT3_DNA}`,
    );
    assert.ok(silenced.STAT3_DNA >= 0.95, `SOCS3 silenced: ${silenced.STAT3_DNA}`);
  });

  it("fixed points (constraint search) of the autocrine context: all with STAT3 active; with an SH2 inhibitor: the apoptotic one", () => {
    const net = reviewModel().network;
    const names = net.nodes.map((n) => n.name);
    // negative regulators PIAS3 and SHP2 are inputs: silent here (as in the simulations, which start them off)
    const quiet = { PIAS3: 0, SHP2: 0 } as const;
    const fp = logical.fixedPoints(net, { fix: scenarioFixes({ context: "autocrine-il6", set: quiet }) });
    assert.ok(fp.length >= 1);
    for (const s of fp) {
      assert.equal(s[names.indexOf("STAT3_DNA")], "1");
      assert.equal(s[names.indexOf("Apoptosis")], "0");
    }
    const treated = logical.fixedPoints(net, {
      fix: scenarioFixes({ context: "autocrine-il6", set: quiet, drugs: ["stattic"] }),
    });
    assert.equal(treated.length, 1);
    assert.equal(treated[0][names.indexOf("Apoptosis")], "1");
    assert.equal(treated[0][names.indexOf("CD8_effector")], "1");
    // PIAS3 on (it blocks DNA binding; outside the review's text): no fixed point keeps STAT3 on DNA
    const pias = logical.fixedPoints(net, {
      fix: scenarioFixes({ context: "autocrine-il6", set: { PIAS3: 1, SHP2: 0 } }),
    });
    assert.ok(pias.length >= 1 && pias.every((s) => s[names.indexOf("STAT3_DNA")] === "0"));
  });

  it("unknown contexts and drugs are clear errors", () => {
    assert.throws(
      () => scenarioFixes({ context: "liver" as never }),
      /E-LOGIC-004.*unknown context "liver".*hepatocyte/,
    );
    assert.throws(
      () => scenarioFixes({ context: "hepatocyte", drugs: ["aspirin"] }),
      /unknown drug "aspirin".*stattic/,
    );
  });
});
