import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HALLMARK_DEFINITIONS, HALLMARK_IDS, summarise } from "../../src/hallmarks/hallmarks.js";
import { loadKb } from "../../src/kb/kb.js";
import { runStat3 } from "../../src/scenarios/run.js";

describe("hallmark read-outs", () => {
  it("cover the five hallmarks and every Table 1 gene with a UniProt id", () => {
    assert.deepEqual(HALLMARK_IDS, [
      "hallmark_proliferation_survival",
      "hallmark_angiogenesis",
      "hallmark_metastasis",
      "hallmark_immune_evasion",
      "hallmark_stemness",
    ]);
    const kb = loadKb();
    for (const row of kb.targets()) {
      if (!kb.entity(row.gene)?.xrefs?.uniprot || row.gene === "ctla4") continue; // CTLA4: T-cell receptor, not a tumour-cell target
      const def = HALLMARK_DEFINITIONS.find((h) => h.hallmark === row.hallmark);
      assert.ok(
        def?.genes.some((g) => g.id === row.gene),
        `${row.gene} in ${row.hallmark}`,
      );
    }
    const ie = HALLMARK_DEFINITIONS.find((h) => h.name === "immune_evasion");
    assert.equal(ie?.genes.find((g) => g.id === "cxcl10")?.direction, "down");
  });

  it("STAT3 inhibition lowers the proliferation/survival and angiogenesis read-outs (constitutive contexts, 48 h)", () => {
    const sel = [
      "hallmark_proliferation_survival",
      "hallmark_angiogenesis",
      "hallmark_stemness",
      "hallmark_metastasis",
    ];
    for (const [context, drug, dose] of [
      ["autocrine-il6", "stattic", 50000],
      ["autocrine-il6", "ruxolitinib", 1000],
      ["egfr-driven", "gefitinib", 10000],
      ["src-driven", "dasatinib", 500],
      ["jak-activating-mutation", "ruxolitinib", 1000],
      ["autocrine-il6", "is3_295", 20000],
    ] as const) {
      const r = runStat3({ context, drugs: { [drug]: dose }, times: [0, 2880], selections: sel });
      for (let k = 0; k < 2; k++)
        assert.ok(r.values[k][1] < 0.9, `${context} + ${drug}: ${sel[k]} = ${r.values[k][1]}`);
    }
  });

  it("IL-6 raises them in a hepatocyte, and a JAK inhibitor blunts that", () => {
    const sel = ["hallmark_proliferation_survival", "hallmark_angiogenesis"];
    const il6 = runStat3({ il6: 40, times: [1440], selections: sel });
    const rux = runStat3({ il6: 40, drugs: { ruxolitinib: 1000 }, times: [1440], selections: sel });
    for (let k = 0; k < 2; k++) {
      assert.ok(il6.values[k][0] > 1.2);
      assert.ok(rux.values[k][0] < il6.values[k][0]);
    }
  });

  it("summarise: trapezoid mean, extremes and final value", () => {
    const s = summarise([0, 1, 2], ["x"], [[1, 3, 1]])[0];
    assert.equal(s.mean, 2);
    assert.equal(s.max, 3);
    assert.equal(s.tExtreme, 1);
    assert.equal(s.final, 1);
  });
});
