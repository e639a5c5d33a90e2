import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compileModel, initialState, readSBML, simulate, writeSBML } from "@stat3/engine";
import { DRUG_ACTIONS } from "../../src/drugs/drugs.js";
import { loadKb } from "../../src/kb/kb.js";
import { buildStat3Model, drugParam } from "../../src/model/build.js";
import { HALLMARK_READOUTS, TARGET_GENES } from "../../src/model/targets.js";

describe("STAT3 model: structure and public names (issue 4)", () => {
  const { model } = buildStat3Model();

  it("has the public parameters and read-outs", () => {
    const params = new Set(model.parameters.map((p) => p.id));
    assert.ok(params.has("IL6_ng_per_mL"));
    for (const d of loadKb().drugs())
      assert.ok(params.has(drugParam(d.drug)), `drug parameter for ${d.drug}`);
    const rules = new Set(
      model.rules.filter((r) => r.kind === "assignment").map((r) => (r as { variable: string }).variable),
    );
    for (const r of [
      "pSTAT3_fraction",
      "nuclear_pSTAT3_nM",
      "SOCS3_mRNA_rel",
      ...HALLMARK_READOUTS.map((h) => `hallmark_${h.name}`),
    ]) {
      assert.ok(rules.has(r), `assignment rule ${r}`);
    }
  });

  it("every constant parameter documents a unit and a source; species of genes carry UniProt annotations", () => {
    for (const p of model.parameters.filter((x) => x.constant)) {
      assert.match(p.notes ?? "", /unit: /, p.id);
      assert.match(p.notes ?? "", /source/, p.id);
    }
    for (const t of TARGET_GENES) {
      const s = model.species.find((x) => x.id === `${t.id}_protein`);
      assert.ok(
        s?.cvTerms?.[0].resources.some((r) => r.includes("uniprot")),
        `${t.id} annotated`,
      );
    }
  });

  it("starts from its unstimulated steady state (max |dy/dt| relative ≤ 1e-6)", () => {
    const c = compileModel(model);
    const st = initialState(c, 0);
    const dy = new Float64Array(c.layout.nStates);
    c.fns.assign(0, st.y, st.p, st.w);
    c.fns.deriv(0, st.y, st.p, st.w, dy);
    for (let i = 0; i < dy.length; i++) {
      assert.ok(
        Math.abs(dy[i]) <= 1e-6 * Math.max(1e-3, Math.abs(st.y[i])),
        `${c.layout.stateIds[i]}: ${dy[i]}`,
      );
    }
  });

  it("exports SBML L3V2 that loads back and gives the same trajectories (1e-6 relative)", () => {
    for (const context of ["hepatocyte", "autocrine-il6"]) {
      const m = buildStat3Model({
        context,
        regimens: { ruxolitinib: { kind: "repeated", first: 30, every: 240, doses: 3 } },
      }).model;
      const xml = writeSBML(m);
      assert.match(xml, /<sbml[^>]*level="3"[^>]*version="2"/);
      const back = readSBML(xml);
      const sel = [
        "time",
        "pSTAT3_fraction",
        "SOCS3_mRNA_rel",
        "nuclear_pSTAT3_nM",
        "hallmark_proliferation_survival",
        "hallmark_immune_evasion",
      ];
      const opts = {
        end: 900,
        points: 91,
        selections: sel,
        method: "bdf",
        parameters: { IL6_ng_per_mL: 40, drug_ruxolitinib_nM: 300 },
        options: { relative_tolerance: 1e-9, absolute_tolerance: 1e-12 },
      };
      const a = simulate(compileModel(m), opts);
      const b = simulate(compileModel(back), opts);
      assert.equal(a.events.length, 3, "three ruxolitinib doses fired as SBML events");
      assert.equal(b.events.length, 3);
      for (let k = 1; k < sel.length; k++) {
        for (let i = 0; i < a.t.length; i++) {
          const x = a.values[k][i];
          const y = b.values[k][i];
          assert.ok(
            Math.abs(x - y) <= 1e-6 * Math.abs(x) + 1e-12,
            `${context} ${sel[k]} at ${a.t[i]}: ${x} vs ${y}`,
          );
        }
      }
    }
  });

  it("flags every [R] fact (as commonly reported) as not re-checked in its source note", () => {
    const notes = [
      ...model.parameters.map((p) => p.notes ?? ""),
      ...TARGET_GENES.map((t) => t.source),
      ...DRUG_ACTIONS.map((d) => d.source),
    ];
    for (const n of notes) {
      for (const m of n.matchAll(/\[R[^\]]*\]/g)) assert.match(m[0], /not re-checked/, n);
    }
  });

  it("refuses unknown contexts and parameters with an EngineError naming them", () => {
    assert.throws(() => buildStat3Model({ context: "liver" }), /unknown context "liver"/);
    assert.throws(() => buildStat3Model({ params: { nope: 1 } }), /unknown parameter "nope"/);
  });
});
