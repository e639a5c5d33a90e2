import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { computeCombo, parseDrugRange, runCombo } from "../../../src/commands/combo.js";

const FIX = new URL("../../screen/fixtures/two-inhibitors.xml", import.meta.url).pathname;
const base = { readout: "[X]@40", model: "bliss", il6: "40", quiet: true };
const maxAbs = (s: number[][]) => Math.max(...s.flat().map(Math.abs));

test("parseDrugRange: log-spaced doses with the zero dose prepended", () => {
  const r = parseDrugRange("a", "ruxolitinib=1nM..1uM:4");
  assert.equal(r.drug, "ruxolitinib");
  assert.equal(r.doses.length, 5);
  assert.equal(r.doses[0], 0);
  for (const [k, v] of [1, 10, 100, 1000].entries()) assert.ok(Math.abs(r.doses[k + 1] / v - 1) < 1e-12);
  assert.throws(() => parseDrugRange("a", "ruxolitinib"), /--a expects drug=low\.\.high:n/);
});

test("SBML model, independent inhibition sites: Bliss and ZIP scores vanish (< 1e-6)", async () => {
  // steady state X ∝ 1/((1 + A/KA)(1 + B/KB)): fractional responses multiply (Bliss independence)
  const r = await computeCombo({ ...base, sbml: FIX, a: "A=1..1000:6", b: "B=10..10000:6" });
  assert.equal(r.simulations, 49);
  assert.ok(maxAbs(r.results.bliss.synergy) < 1e-6, `Bliss ${maxAbs(r.results.bliss.synergy)}`);
  assert.ok(maxAbs(r.results.zip.synergy) < 1e-6, `ZIP ${maxAbs(r.results.zip.synergy)}`);
  // independently: inhibition at (A, B) = 100·(1 − 1/((1 + A/50)(1 + B/400)))
  const i = 3;
  const j = 4;
  const ref = 100 * (1 - 1 / ((1 + r.matrix.dosesA[i] / 50) * (1 + r.matrix.dosesB[j] / 400)));
  assert.ok(Math.abs(r.matrix.response[i][j] - ref) < 1e-5, `${r.matrix.response[i][j]} vs ${ref}`);
  // two Hill-1 inhibitors at independent sites are mildly synergistic in Loewe's reference
  assert.ok(r.results.loewe.summary.mean > 0.5);
});

test("SBML model, a drug combined with itself: Loewe score ≈ 0", async () => {
  const r = await computeCombo({ ...base, sbml: FIX, a: "A=1..1000:6", b: "A=1..1000:6" });
  assert.ok(maxAbs(r.results.loewe.synergy) < 1e-6, `Loewe ${maxAbs(r.results.loewe.synergy)}`);
});

test("STAT3 model, ruxolitinib with itself: Loewe summary within ±1 (issue 7)", async () => {
  const r = await computeCombo({
    ...base,
    context: "autocrine-il6",
    a: "ruxolitinib=3nM..10uM:5",
    b: "ruxolitinib=3nM..10uM:5",
    readout: "pSTAT3_fraction@1h",
  });
  assert.ok(Math.abs(r.summary.loewe.mean) <= 1, `Loewe mean ${r.summary.loewe.mean}`);
  assert.ok(r.results.loewe.fits && r.results.loewe.fits.a.r2 > 0.99);
});

test("combo --out writes matrix.csv, summary.json of the stable shape, heatmap and report PNG/SVG", async () => {
  const out = mkdtempSync(join(tmpdir(), "combo-"));
  await runCombo({ ...base, sbml: FIX, a: "A=1..1000:4", b: "B=10..10000:4", model: "zip", out });
  for (const f of ["matrix.csv", "summary.json", "heatmap.svg", "heatmap.png", "report.svg", "report.png"])
    assert.ok(existsSync(join(out, f)), f);
  const s = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
  for (const m of ["bliss", "hsa", "loewe", "zip"]) {
    assert.equal(typeof s[m].mean, "number");
    assert.equal(typeof s[m].max, "number");
  }
  const csv = readFileSync(join(out, "matrix.csv"), "utf8").trim().split("\n");
  assert.equal(csv.length, 1 + 25);
  assert.equal(csv[0], "dose_A_nM,dose_B_nM,[X]@40,inhibition_pct,bliss,hsa,loewe,zip");
  const png = readFileSync(join(out, "report.png"));
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  const svg = readFileSync(join(out, "report.svg"), "utf8");
  assert.match(svg, /ZIP δ synergy/);
  assert.match(svg, /Single agents/);
});

test("combo --csv scores measured data; bad input is rejected", async () => {
  const dir = mkdtempSync(join(tmpdir(), "combo-csv-"));
  const f = join(dir, "data.csv");
  const lines = ["conc_r,conc_c,response"];
  for (const a of [0, 1, 10, 100])
    for (const b of [0, 5, 50, 500]) {
      const ya = a / (a + 10);
      const yb = b / (b + 50);
      lines.push(`${a},${b},${100 * (1 - (1 - ya) * (1 - yb))}`);
    }
  writeFileSync(f, `${lines.join("\n")}\n`);
  const r = await computeCombo({ ...base, csv: f });
  assert.ok(maxAbs(r.results.bliss.synergy) < 1e-9);
  await assert.rejects(runCombo({ ...base, csv: f, model: "chou" }), /--model: "chou"/);
  await assert.rejects(computeCombo({ ...base, a: "ruxolitinib=1..10:3" }), /give --a drug=range and --b/);
  await assert.rejects(
    computeCombo({ ...base, context: "mars", a: "ruxolitinib=1..10:3", b: "stattic=1..10:3" }),
    /unknown context "mars"/,
  );
});
