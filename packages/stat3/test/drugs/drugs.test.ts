/**
 * Drugs act where their class acts (issue 4; stat3-facts.md §3 "Modelling hooks" and §6 item 11).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DRUG_ACTIONS, drugAction } from "../../src/drugs/drugs.js";
import { loadKb } from "../../src/kb/kb.js";
import { runStat3 } from "../../src/scenarios/run.js";

const SEL = ["pSTAT3_fraction", "SOCS3_mRNA_rel", "[myc_mRNA]", "[vegf_mRNA]", "[bcl2l1_mRNA]"];
const T = [20, 60, 240];
const run = (o: Parameters<typeof runStat3>[0]) => {
  const r = runStat3({ selections: SEL, times: T, ...o });
  return (col: string, t: number) => r.values[SEL.indexOf(col)][T.indexOf(t)];
};

describe("drug table", () => {
  it("covers every Table 2 agent and the standard upstream drugs, each with a positive potency and a source", () => {
    for (const d of loadKb().drugs()) assert.ok(drugAction(d.drug), `action for ${d.drug}`);
    for (const id of ["ruxolitinib", "tofacitinib", "dasatinib", "gefitinib", "erlotinib"])
      assert.ok(drugAction(id), id);
    for (const a of DRUG_ACTIONS) {
      assert.ok(a.K > 0 && Number.isFinite(a.K), a.drug);
      assert.ok(a.source.length > 10, a.drug);
    }
  });

  it("places each class at its site: SH2 → sh2, DBD → dbd, upstream JAK → jak, EGFR TKIs → egfr, Src/Abl → src/abl", () => {
    const kb = loadKb();
    for (const row of kb.drugs()) {
      const a = drugAction(row.drug);
      assert.ok(a);
      const expected = {
        sh2: ["sh2"],
        dbd: ["dbd"],
        upstream_jak: ["jak"],
        upstream_src: ["src"],
        upstream_rtk: ["egfr", "egfr_stat3"],
        other: ["stat3_activation"],
      }[row.class];
      assert.ok(
        a.sites.some((s) => expected.includes(s)),
        `${row.drug} (${row.class}) acts at ${a.sites.join(",")}`,
      );
    }
  });
});

describe("structural facts (hepatocyte, IL-6 40 ng/mL, 60-min pre-incubation)", () => {
  const ctrl = run({ il6: 40, preIncubate: 60 });

  it("DNA-binding-domain inhibitors lower target mRNAs but do not lower pY705", () => {
    for (const [drug, dose] of [
      ["is3_295", 20000],
      ["dbd_1", 1000],
      ["hic1", 1000],
    ] as const) {
      const d = run({ il6: 40, preIncubate: 60, drugs: { [drug]: dose } });
      // pY705 at 20 min: not reduced (it rises slightly because SOCS3, itself a target, is not induced)
      assert.ok(d("pSTAT3_fraction", 20) >= ctrl("pSTAT3_fraction", 20), drug);
      assert.ok(d("pSTAT3_fraction", 20) <= 1.1 * ctrl("pSTAT3_fraction", 20), drug);
      assert.ok(d("SOCS3_mRNA_rel", 60) < 0.2 * ctrl("SOCS3_mRNA_rel", 60), `${drug}: SOCS3 mRNA`);
      for (const g of ["[myc_mRNA]", "[vegf_mRNA]", "[bcl2l1_mRNA]"])
        assert.ok(d(g, 240) < 0.8 * ctrl(g, 240), `${drug}: ${g}`);
    }
  });

  it("JAK inhibitors lower pSTAT3 and SOCS3 together", () => {
    for (const [drug, dose] of [
      ["ruxolitinib", 1000],
      ["tofacitinib", 5000],
      ["jak_inhibitors", 1000],
    ] as const) {
      const d = run({ il6: 40, preIncubate: 60, drugs: { [drug]: dose } });
      assert.ok(d("pSTAT3_fraction", 20) < 0.5 * ctrl("pSTAT3_fraction", 20), `${drug}: pSTAT3`);
      assert.ok(d("SOCS3_mRNA_rel", 20) < 0.5 * ctrl("SOCS3_mRNA_rel", 20), `${drug}: SOCS3 mRNA`);
    }
    // facts §2a: ruxolitinib 500 nM lowers SOCS3 mRNA ≈ 90 % at 20 min
    const r500 = run({ il6: 40, preIncubate: 60, drugs: { ruxolitinib: 500 } });
    assert.ok(r500("SOCS3_mRNA_rel", 20) < 0.25 * ctrl("SOCS3_mRNA_rel", 20));
  });

  it("EGFR and Src inhibitors leave IL-6-driven pSTAT3 unchanged without EGFR/Src input", () => {
    for (const [drug, dose] of [
      ["gefitinib", 10000],
      ["erlotinib", 10000],
      ["pd153035", 1000],
      ["kdi1", 10000],
      ["dasatinib", 1000],
      ["src_inhibitors", 1000],
    ] as const) {
      const d = run({ il6: 40, preIncubate: 60, drugs: { [drug]: dose } });
      for (const t of T) {
        const x = d("pSTAT3_fraction", t);
        const y = ctrl("pSTAT3_fraction", t);
        assert.ok(Math.abs(x - y) <= 1e-6 * y, `${drug} at ${t} min: ${x} vs ${y}`);
      }
    }
  });

  it("SH2 inhibitors lower pY705 (dose-dependently)", () => {
    for (const drug of ["stattic", "s3i_1757", "cryptotanshinone", "sta_21", "s3i_201"]) {
      const a = drugAction(drug)?.K ?? 0;
      const lo = run({ il6: 40, preIncubate: 60, drugs: { [drug]: a } })("pSTAT3_fraction", 20);
      const hi = run({ il6: 40, preIncubate: 60, drugs: { [drug]: 10 * a } })("pSTAT3_fraction", 20);
      assert.ok(hi < lo && lo < ctrl("pSTAT3_fraction", 20), drug);
    }
  });
});

describe("dosing regimens", () => {
  it("a bolus decays first-order with the drug's half-life; repeated doses accumulate", () => {
    const half = drugAction("ruxolitinib")?.halfLife ?? 0;
    const times = [0, half, 2 * half];
    const b = runStat3({
      il6: 0,
      drugs: { ruxolitinib: 1000 },
      regimens: { ruxolitinib: { kind: "bolus", at: 0 } },
      times,
      selections: ["drug_ruxolitinib_conc"],
      relativeTolerance: 1e-10,
      absoluteTolerance: 1e-12,
    });
    assert.ok(
      Math.abs(b.values[0][1] - 500) < 1e-3 && Math.abs(b.values[0][2] - 250) < 1e-3,
      `${[...b.values[0]]}`,
    );
    const every = 240;
    const rep = runStat3({
      il6: 0,
      drugs: { ruxolitinib: 1000 },
      regimens: { ruxolitinib: { kind: "repeated", first: 0, every, doses: 3, halfLife: 60 } },
      relativeTolerance: 1e-10,
      absoluteTolerance: 1e-12,
      times: [0, 60, 240, 300, 480, 540, 1000],
      selections: ["drug_ruxolitinib_conc"],
    });
    const v = rep.values[0];
    assert.ok(Math.abs(v[1] - 500) < 1e-3);
    const r = 2 ** (-every / 60);
    assert.ok(Math.abs(v[2] - (1000 + 1000 * r)) < 1e-2, `second dose: ${v[2]}`);
    assert.ok(Math.abs(v[4] - (1000 + 1000 * r + 1000 * r * r)) < 1e-2, `third dose: ${v[4]}`);
    assert.ok(v[6] < 1000 * 2 ** (-(1000 - 480) / 60) * 1.2, "no fourth dose");
  });

  it("pre-incubation lets an upstream inhibitor act before IL-6 arrives", () => {
    const none = runStat3({
      il6: 40,
      drugs: { ruxolitinib: 300 },
      times: [5],
      selections: ["pSTAT3_fraction"],
    }).values[0][0];
    const pre = runStat3({
      il6: 40,
      drugs: { ruxolitinib: 300 },
      preIncubate: 60,
      times: [5],
      selections: ["pSTAT3_fraction"],
    }).values[0][0];
    const ctrl = runStat3({ il6: 40, times: [5], selections: ["pSTAT3_fraction"] }).values[0][0];
    assert.ok(pre < ctrl && none < ctrl);
    // a constant drug in a steady medium: pre-incubation matters only through slow states (SOCS3, receptor)
    assert.ok(Math.abs(pre - none) / ctrl < 0.2);
  });
});
