/** The review's logical network is generated from the knowledge base, with evidence on every regulation. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { logical } from "@stat3/engine";
import { loadKb } from "../../src/kb/kb.js";
import { buildReviewLogicalModel, figureInteractions, NODES } from "../../src/logical/network.js";

const kb = loadKb();
const model = buildReviewLogicalModel(kb);
const names = model.network.nodes.map((n) => n.name);
const logicOf = (name: string) =>
  logical.printExpr(model.network.nodes[names.indexOf(name)].logic as logical.LExpr, names, "bnet");

describe("review logical network from the knowledge base", () => {
  it("every Fig. 1 and Fig. 2 interaction the review states is a regulation's evidence (drug statements are the drug presets)", () => {
    const used = new Set(model.regulations.flatMap((r) => r.evidence.map((e) => e.interaction)));
    const fig = figureInteractions(kb);
    assert.ok(fig.length >= 50, `${fig.length} figure interactions`);
    const missing = fig.filter((i) => !used.has(i.id));
    // tme12 (Fig. 2 legend): "STAT3 inhibitors reverse immunosuppression / restore immune responses" —
    // a statement about drugs, checked as a claim in claims.test.ts, not a regulation between nodes
    assert.deepEqual(missing.map((i) => i.id).sort(), [
      "tme12:stat3_inhibitors>proc_immune_response",
      "tme12:stat3_inhibitors>proc_immunosuppression",
    ]);
    for (const i of missing)
      assert.match(model.unmapped.find((u) => u.interaction === i.id)?.reason ?? "", /drug statement/);
  });

  it("every regulation carries the review's sentence and reference numbers, or is a named assumption with a source", () => {
    for (const r of model.regulations) {
      if (r.assumption) {
        assert.match(r.assumption, /doi:|Fig\. 2/, `${r.source} → ${r.target}`);
        continue;
      }
      assert.ok(r.evidence.length > 0, `${r.source} → ${r.target}`);
      for (const e of r.evidence) assert.ok(e.sentence.length > 10, `${e.interaction} has its sentence`);
    }
    // e.g. IL-6 → gp130 cites refs 48–49 (imm6), and the SOCS3 loop is marked as outside the review
    const il6 = model.regulations.find((r) => r.source === "IL6" && r.target === "GP130");
    assert.ok(il6?.evidence.some((e) => e.refs.includes(48) && e.refs.includes(49)));
    const socs = model.regulations.find((r) => r.source === "SOCS3" && r.target === "JAK");
    assert.ok(socs?.evidence.every((e) => /outside the review/.test(e.reading ?? "")));
  });

  it("has the nodes the issue lists: cascade, regulators, gene groups, phenotypes, TME states", () => {
    for (const n of [
      "IL6",
      "EGF",
      "GP130",
      "EGFR",
      "VEGFR2",
      "JAK",
      "SRC",
      "STAT3_pY705",
      "STAT3_dimer",
      "STAT3_nuclear",
      "STAT3_DNA",
      "SOCS3",
      "PIAS3",
      "CellCycleGenes",
      "AntiApoptoticGenes",
      "VEGF",
      "EMTGenes",
      "StemnessGenes",
      "Proliferation",
      "Apoptosis",
      "Angiogenesis",
      "Invasion_EMT",
      "ImmuneEvasion",
      "Stemness",
      "M1_macrophage",
      "M2_macrophage",
      "DC_maturation",
      "NK_cytotoxicity",
      "CD8_effector",
      "Treg_suppression",
      "MDSC_expansion",
      "PDL1",
    ])
      assert.ok(names.includes(n), n);
    assert.equal(names.length, NODES.length);
  });

  it("reads the cascade as the review spells it (refs 3–5, 48–49, 75–76) and realises shortcuts through it", () => {
    assert.equal(logicOf("GP130"), "IL6 & !SHP2");
    assert.equal(logicOf("JAK"), "GP130 & !SOCS3");
    assert.equal(logicOf("STAT3_dimer"), "STAT3_SH2 & STAT3_pY705");
    assert.equal(logicOf("STAT3_DNA"), "STAT3_DBD & STAT3_nuclear & !PIAS3");
    assert.equal(logicOf("CXCL10"), "!STAT3_DNA"); // repressed by STAT3 (ref 50)
    // "IL-6 activates STAT3" (csc7, ref 58) is realised through gp130 → JAK, so SOCS3 feedback applies
    assert.ok(!model.regulations.some((r) => r.source === "IL6" && r.target === "STAT3_pY705"));
    const via = model.regulations.find((r) => r.source === "IL6" && r.target === "GP130");
    assert.ok(
      via?.evidence.some((e) => e.interaction === "csc7:il6>stat3" && /realised via/.test(e.reading ?? "")),
    );
  });

  it("unsigned statements never invent a sign: 'STAT3 regulates apoptosis' (abstract) backs the review's 'suppresses'", () => {
    assert.equal(logicOf("Apoptosis"), "!(AntiApoptoticGenes | STAT3_DNA)");
    const r = model.regulations.find((x) => x.source === "STAT3_DNA" && x.target === "Apoptosis");
    assert.equal(r?.sign, -1);
    assert.ok(r?.evidence.some((e) => e.interaction === "abs1:stat3>proc_apoptosis"));
  });
});
