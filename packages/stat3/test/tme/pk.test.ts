import assert from "node:assert/strict";
import { test } from "node:test";
import { drugAction } from "../../src/drugs/drugs.js";
import { simulateTme } from "../../src/tme/model.js";
import { concentrationAt, doseTimes, parseTherapy, pkAgent, pkRates } from "../../src/tme/pk.js";

test("parseTherapy reads dose, interval, route and window", () => {
  const r = parseTherapy("stattic@25mg/kg/day");
  assert.equal(r.agent.id, "stattic");
  assert.equal(r.dose, 25);
  assert.equal(r.every, 1);
  assert.equal(r.route, "ip");
  const s = parseTherapy("anti_pd1@10mg/kg/3d,from=7,to=30");
  assert.equal(s.agent.kind, "checkpoint");
  assert.equal(s.every, 3);
  assert.deepEqual(doseTimes(s, 60), [7, 10, 13, 16, 19, 22, 25, 28]);
  assert.equal(parseTherapy("ruxolitinib@50mg/kg/12h,oral").every, 0.5);
  assert.equal(parseTherapy("s3i_201@5mg/kg/once,iv").every, Number.POSITIVE_INFINITY);
});

test("STAT3 inhibitors reuse the cell-level potency and class", () => {
  for (const id of ["stattic", "ruxolitinib", "is3_295", "dasatinib"]) {
    const a = pkAgent(id);
    assert.equal(a.K, drugAction(id)!.K);
    assert.deepEqual(a.sites, drugAction(id)!.sites);
  }
});

test("bad therapy text gives coded errors naming the problem", () => {
  assert.throws(() => parseTherapy("aspirinx@5mg/kg/day"), /unknown therapy agent "aspirinx"/);
  assert.throws(() => parseTherapy("stattic@5mM/day"), /unknown dose unit "mM\/day"|dose unit/);
  assert.throws(() => parseTherapy("stattic@5mg/kg/fortnight"), /unknown dosing interval/);
  assert.throws(() => parseTherapy("stattic 5mg/kg"), /missing "@"/);
  try {
    parseTherapy("nope@1mg/kg");
    assert.fail("no error");
  } catch (e) {
    assert.equal((e as { diagnostic?: { code: string } }).diagnostic?.code, "E-TME-002");
  }
});

test("i.v. bolus halves every half-life; repeated oral dosing accumulates as 1/(1 − e^{−ke·τ})", () => {
  const iv = parseTherapy("stattic@10mg/kg/once,iv");
  const { ke } = pkRates(iv.agent);
  const c0 = concentrationAt(iv, 0);
  const tHalf = iv.agent.halfLifeH / 24;
  assert.ok(Math.abs(concentrationAt(iv, tHalf) / c0 - 0.5) < 1e-12);
  const ab = parseTherapy("anti_pd1@10mg/kg/3d");
  const k = pkRates(ab.agent).ke;
  const trough1 = concentrationAt(ab, 2.999, 60);
  const troughSS = concentrationAt(ab, 59.999, 61);
  const trough1Expected = trough1 / (1 - Math.exp(-k * 3));
  assert.ok(
    Math.abs(troughSS - trough1Expected) / trough1Expected < 0.05,
    `${troughSS} vs ${trough1Expected}`,
  );
  assert.ok(ke > 0);
});

test("the ODE pharmacokinetics in the TME model equals the closed form", () => {
  const regs = ["stattic@25mg/kg/day", "anti_pd1@10mg/kg/3d,from=2", "ruxolitinib@50mg/kg/12h,iv,to=5"].map(
    parseTherapy,
  );
  const run = simulateTme({ days: 10, perDay: 24, therapies: regs });
  for (const r of regs) {
    const col = run.series[`conc_${r.agent.id}`]!;
    let worst = 0;
    for (let i = 0; i < run.t.length; i++) {
      const ref = concentrationAt(r, run.t[i]!, 10);
      if (ref > 1e-3 * r.agent.K) worst = Math.max(worst, Math.abs(col[i]! - ref) / ref);
    }
    assert.ok(worst < 0.01, `${r.agent.id}: ${worst}`);
  }
});
