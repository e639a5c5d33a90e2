/**
 * The calibrated core against the raw hepatocyte measurements of Sobotta 2017 (PEtab export in
 * shared/petab/Sobotta_Frontiers2017_STAT3; model time = experimental time + 60 min). Western blot and
 * qPCR are relative: each data set is compared after the best offset and positive scale (linear least
 * squares), the way its observable is defined (offset + scale · state). R² measures the shape.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { runStat3 } from "../../src/scenarios/run.js";

const DIR = new URL("../../../../../shared/petab/Sobotta_Frontiers2017_STAT3/", import.meta.url);
const rows = readFileSync(new URL("measurementData_Sobotta_Frontiers2017_STAT3.tsv", DIR), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split("\t"));

function series(observable: string, dataset: string, condition: string): { t: number[]; y: number[] } {
  const sel = rows.filter(
    (r) => r[0] === observable && r[7] === dataset && r[2] === condition && r[1] === "steadystate",
  );
  return { t: sel.map((r) => Number(r[4]) - 60), y: sel.map((r) => Number(r[3])) };
}

/** R² of y against offset + scale·m (least squares); also returns the scale. */
function r2(m: number[], y: number[]): { r2: number; scale: number } {
  const n = m.length;
  const mm = m.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (m[i] - mm) * (y[i] - my);
    sxx += (m[i] - mm) ** 2;
    syy += (y[i] - my) ** 2;
  }
  const scale = sxy / sxx;
  return { r2: (sxy * sxy) / (sxx * syy), scale };
}

function compare(observable: string, dataset: string, selection: string) {
  const d = series(observable, dataset, "il6_40");
  assert.ok(d.t.length >= 10, `${dataset}: ${d.t.length} points`);
  const times = [...new Set(d.t)].sort((a, b) => a - b);
  const sim = runStat3({ il6: 40, times, selections: [selection] }).values[0];
  const m = d.t.map((t) => sim[times.indexOf(t)]);
  return r2(m, d.y);
}

/** R² of Sobotta's own best fit on the same points (simulatedData file, same row order as the measurements). */
const simRows = readFileSync(new URL("simulatedData_Sobotta_Frontiers2017_STAT3.tsv", DIR), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split("\t"));
function sobottaR2(observable: string, dataset: string): number {
  const m: number[] = [];
  const y: number[] = [];
  rows.forEach((r, i) => {
    if (r[0] === observable && r[7] === dataset && r[2] === "il6_40" && r[1] === "steadystate") {
      y.push(Number(r[3]));
      m.push(Number(simRows[i][7]));
    }
  });
  return r2(m, y).r2;
}

const CASES: [string, string, string][] = [
  ["pSTAT3_wb", "bohl_hep_2005_02_03_Cont40ng_T90min", "pSTAT3_fraction"],
  ["pSTAT3_wb", "bohl_hep_2005_03_16_Cont40ng_23min", "pSTAT3_fraction"],
  ["pSTAT3_wb", "bohl_hep_2004_10_26_Cont_30min", "pSTAT3_fraction"],
  ["SOCS3_qpcr", "braun_hep_2013_07_08_qPCR_Socs3_Stat3", "SOCS3_mRNA_rel"],
  ["SOCS3_qpcr", "bohl_hep_2009_10_14_qRTPCR", "SOCS3_mRNA_rel"],
];

describe("hepatocyte core vs Sobotta 2017 measurements (IL-6 40 ng/mL)", () => {
  for (const [obs, dataset, sel] of CASES) {
    it(`${obs} ${dataset}: R² within 0.1 of Sobotta's best fit, positive scale`, () => {
      assert.equal(simRows.length, rows.length);
      const ours = compare(obs, dataset, sel);
      const theirs = sobottaR2(obs, dataset);
      assert.ok(ours.scale > 0, `scale ${ours.scale}`);
      assert.ok(ours.r2 >= theirs - 0.1, `R² ours ${ours.r2.toFixed(3)} vs Sobotta ${theirs.toFixed(3)}`);
    });
  }

  it("the main time courses are well described: R² ≥ 0.75 (pSTAT3, bohl Cont40ng_T90min) and ≥ 0.9 (SOCS3 mRNA, braun qPCR)", () => {
    assert.ok(compare(...CASES[0]).r2 >= 0.75);
    assert.ok(compare(...CASES[3]).r2 >= 0.9);
  });
});
