import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  doseResponse,
  parseConcentration,
  parseDoses,
  parseReadout,
} from "../../src/scenarios/dose-response.js";

describe("dose-response", () => {
  it("reads concentrations, ranges and read-outs", () => {
    assert.equal(parseConcentration("500nM"), 500);
    assert.equal(parseConcentration("1uM"), 1000);
    assert.equal(parseConcentration("1µM"), 1000);
    assert.equal(parseConcentration("30pM"), 0.03);
    const d = parseDoses("1nM..100uM:6");
    assert.equal(d.length, 6);
    assert.ok(Math.abs(d[0] - 1) < 1e-12 && Math.abs(d[5] - 1e5) < 1e-7 && Math.abs(d[1] - 10) < 1e-9);
    assert.deepEqual(parseReadout("pSTAT3_fraction@20min"), { selection: "pSTAT3_fraction", time: 20 });
    assert.deepEqual(parseReadout("SOCS3_mRNA_rel@1.5h"), { selection: "SOCS3_mRNA_rel", time: 90 });
    assert.throws(() => parseConcentration("5 furlongs"), /cannot read concentration/);
    assert.throws(() => parseDoses("1nM-5nM"), /cannot read doses/);
  });

  it("ruxolitinib in hepatocytes: fitted IC50 within the facts' 200–400 nM (60-min pre-incubation), falling curve", () => {
    const r = doseResponse({
      drug: "ruxolitinib",
      doses: parseDoses("10nM..10uM:10"),
      readout: { selection: "pSTAT3_fraction", time: 20 },
      il6: 40,
      preIncubate: 60,
    });
    assert.ok(r.fit);
    assert.ok(r.fit.ic50 > 200 && r.fit.ic50 < 400, `IC50 ${r.fit.ic50}`);
    assert.equal(r.fit.ciMethod, "profile-likelihood");
    assert.ok(r.fit.ic50Ci[0] < r.fit.ic50 && r.fit.ic50 < r.fit.ic50Ci[1], `${r.fit.ic50Ci}`);
    // 10 simulated points fit closely: the interval is narrow, the slope near 1.4 and well inside (0.5, 3)
    assert.ok(r.fit.ic50Ci[1] / r.fit.ic50Ci[0] < 1.5, `${r.fit.ic50Ci}`);
    assert.ok(
      r.fit.hillCi[0] < r.fit.hill && r.fit.hill < r.fit.hillCi[1] && r.fit.hill > 0.5 && r.fit.hill < 3,
    );
    assert.ok(r.fit.r2 > 0.99, `R² ${r.fit.r2}`);
    assert.ok(r.responses[0] > r.responses[r.responses.length - 1]);
    assert.ok(Math.abs(r.responses[0] - r.control) < 0.05 * r.control);
  });

  it("refuses unknown drugs, naming close ones", () => {
    assert.throws(
      () =>
        doseResponse({
          drug: "ruxolitnib",
          doses: [1, 2, 3, 4],
          readout: { selection: "pSTAT3_fraction", time: 20 },
        }),
      /unknown drug "ruxolitnib"/,
    );
  });
});
