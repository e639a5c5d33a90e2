/**
 * The calibration facts of issue 4, each checked on the hepatocyte core with its source named.
 * Ranges: shared/reference/stat3-facts.md §2a (primary mouse hepatocytes, Sobotta 2017 data sets, [V]).
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { type CalibrationFigures, measureCalibration } from "../../src/model/calibration.js";

let c: CalibrationFigures;

describe("hepatocyte calibration (stat3-facts.md §2a)", () => {
  before(() => {
    c = measureCalibration();
  });

  it("pSTAT3 peaks at 12–26 min at 40 ng/mL IL-6 (bohl/hep_2005_02_03_Cont40ng_T90min)", () => {
    assert.ok(c.peakTime >= 12 && c.peakTime <= 26, `peak at ${c.peakTime} min`);
  });

  it("53.3–55.7 % of STAT3 is Y705-phosphorylated at 18 min, 40 ng/mL (MS, braun/hep_2011_04_04_STAT3_pY_degree_replicates)", () => {
    assert.ok(c.fractionAt18 >= 0.533 && c.fractionAt18 <= 0.557, `fraction at 18 min ${c.fractionAt18}`);
  });

  it("falls to a plateau of 25–45 % of the peak increment while ligand remains (60 and 90 min; bohl Cont40ng_T90min)", () => {
    assert.ok(c.plateau60 >= 0.25 && c.plateau60 <= 0.45, `60 min: ${c.plateau60}`);
    assert.ok(c.plateau90 >= 0.25 && c.plateau90 <= 0.45, `90 min: ${c.plateau90}`);
  });

  it("SOCS3 mRNA peaks near 40 min (35–45 min; braun/hep_2013_07_08_qPCR_Socs3_Stat3) and lags pSTAT3", () => {
    assert.ok(c.socs3PeakTime >= 35 && c.socs3PeakTime <= 45, `SOCS3 mRNA peak at ${c.socs3PeakTime} min`);
    assert.ok(c.socs3PeakTime > c.peakTime);
    // data: 0.90/0.020 ≈ 45-fold and 0.90/0.035 ≈ 26-fold over basal (two qPCR experiments, facts §2a);
    // Sobotta's model ≈ 110-fold (facts §1b [C]). Allowed: 25–60-fold.
    assert.ok(c.socs3PeakFold >= 25 && c.socs3PeakFold <= 60, `fold ${c.socs3PeakFold}`);
  });

  it("IL-6 EC50 of pSTAT3 at 20 min is 8–10 ng/mL (braun/hep_2013_11_04_Stattic_Ruxolitinib_Inhibitor)", () => {
    assert.ok(c.il6Ec50 >= 8 && c.il6Ec50 <= 10, `EC50 ${c.il6Ec50} ng/mL`);
  });

  it("ruxolitinib's cellular IC50 is 200–400 nM (60-min pre-incubation, IL-6 40 ng/mL, 20 min; braun/hep_2013_06_03_Ruxolitinib)", () => {
    assert.ok(c.ruxolitinibIc50 >= 200 && c.ruxolitinibIc50 <= 400, `IC50 ${c.ruxolitinibIc50} nM`);
  });

  it("Stattic's cellular IC50 is 30–40 µM (pre-incubated, IL-6 40 ng/mL, 20 min; braun/hep_2012_05_02_Stattic_…_40)", () => {
    assert.ok(c.statticIc50 >= 30000 && c.statticIc50 <= 40000, `IC50 ${c.statticIc50} nM`);
  });

  it("unstimulated pY705 is 1.1–1.5 % (MS, braun/hep_2011_04_04_STAT3_pY_degree_replicates; Sobotta's model: 2.7 %)", () => {
    assert.ok(c.basalFraction >= 0.011 && c.basalFraction <= 0.015, `basal ${c.basalFraction}`);
  });
});
