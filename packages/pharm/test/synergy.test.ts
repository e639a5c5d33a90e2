import assert from "node:assert/strict";
import { test } from "node:test";
import { hill } from "../src/hill.js";
import {
  allSynergy,
  bliss,
  type ComboMatrix,
  hsa,
  loewe,
  loeweExpected,
  percentInhibition,
  summarizeSynergy,
  synergy,
  zip,
} from "../src/synergy.js";

const A = { e0: 0, emax: 100, ec50: 50, h: 1.2 };
const B = { e0: 0, emax: 100, ec50: 400, h: 0.9 };
const DA = [0, 3, 10, 30, 100, 300, 1000];
const DB = [0, 30, 100, 300, 1000, 3000];

function matrix(da: number[], db: number[], f: (a: number, b: number) => number): ComboMatrix {
  return { dosesA: da, dosesB: db, response: da.map((a) => db.map((b) => f(a, b))) };
}

const maxAbs = (s: number[][]) => Math.max(...s.flat().map(Math.abs));

test("Bliss: independent mechanisms (survivals multiply) score 0", () => {
  // independent reference: fractional survivals multiply, S_AB = S_A · S_B
  const m = matrix(DA, DB, (a, b) => 100 * (1 - (1 - hill(a, A) / 100) * (1 - hill(b, B) / 100)));
  const r = bliss(m);
  assert.ok(maxAbs(r.synergy) < 1e-9, `max |Bliss| ${maxAbs(r.synergy)}`);
  assert.ok(Math.abs(r.summary.mean) < 1e-9);
  assert.equal(r.summary.n, 30);
});

test("Bliss and HSA against hand-written references on an arbitrary matrix", () => {
  const m: ComboMatrix = {
    dosesA: [0, 1, 10],
    dosesB: [0, 5, 50],
    response: [
      [0, 20, 50],
      [10, 40, 70],
      [30, 45, 90],
    ],
  };
  // Bliss expected via survivals: 100·(1 − (1 − a/100)(1 − b/100))
  const blissRef = [
    [40 - 100 * (1 - 0.9 * 0.8), 70 - 100 * (1 - 0.9 * 0.5)],
    [45 - 100 * (1 - 0.7 * 0.8), 90 - 100 * (1 - 0.7 * 0.5)],
  ];
  const hsaRef = [
    [40 - 20, 70 - 50],
    [45 - 30, 90 - 50],
  ];
  const b = bliss(m);
  const h = hsa(m);
  for (let i = 0; i < 2; i++)
    for (let j = 0; j < 2; j++) {
      assert.ok(Math.abs(b.synergy[i + 1][j + 1] - blissRef[i][j]) < 1e-12);
      assert.ok(Math.abs(h.synergy[i + 1][j + 1] - hsaRef[i][j]) < 1e-12);
    }
  assert.deepEqual(b.synergy[0], [0, 0, 0]);
  assert.ok(Math.abs(b.summary.mean - blissRef.flat().reduce((x, y) => x + y) / 4) < 1e-12);
  assert.equal(h.summary.max, 40);
  assert.equal(h.summary.min, 15);
});

test("Loewe: closed-form isobole for equal slopes (u = xA/EC50A + xB/EC50B)", () => {
  const pa = { e0: 0, emax: 100, ec50: 50, h: 1.2 };
  const pb = { e0: 0, emax: 100, ec50: 400, h: 1.2 };
  for (const [xa, xb] of [
    [10, 30],
    [100, 1000],
    [3, 3000],
  ]) {
    const u = xa / 50 + xb / 400;
    const ref = (100 * u ** 1.2) / (1 + u ** 1.2);
    assert.ok(Math.abs(loeweExpected(xa, xb, pa, pb) - ref) < 1e-9);
  }
  // a full matrix built on that closed form is Loewe-additive: scores 0 (fits recover the curves)
  const m = matrix(DA, DB, (a, b) => {
    const u = a / 50 + b / 400;
    return (100 * u ** 1.2) / (1 + u ** 1.2);
  });
  const r = loewe(m);
  assert.ok(maxAbs(r.synergy) < 1e-6, `max |Loewe| ${maxAbs(r.synergy)}`);
});

test("Loewe: a drug combined with itself scores 0 (|score| ≤ 1e-6); Bliss does not", () => {
  const P = { e0: 3, emax: 92, ec50: 40, h: 1.6 };
  const d = [0, 2, 5, 10, 20, 40, 80, 160];
  const m = matrix(d, d, (a, b) => hill(a + b, P));
  const r = loewe(m);
  assert.ok(maxAbs(r.synergy) < 1e-6, `max |Loewe| ${maxAbs(r.synergy)}`);
  // the sham combination is not Bliss-independent (a known disagreement of the two references)
  assert.ok(maxAbs(bliss(m).synergy) > 1);
});

test("ZIP: a Bliss-independent matrix of Hill curves has δ = 0; a potency shift has δ > 0", () => {
  const m = matrix(DA, DB, (a, b) => 100 * (1 - (1 - hill(a, A) / 100) * (1 - hill(b, B) / 100)));
  const r = zip(m);
  assert.ok(maxAbs(r.synergy) < 1e-6, `max |δ| ${maxAbs(r.synergy)}`);
  // drug A makes B 4× more potent: yAB = yA + (100 − yA)·fB(4·xB) when A is present
  const s = matrix(DA, DB, (a, b) => {
    const ya = hill(a, A);
    const yb = hill(b * (a > 0 ? 4 : 1), B);
    return ya + ((100 - ya) * yb) / 100;
  });
  const all = allSynergy(s);
  assert.ok(all.zip.summary.mean > 3, `ZIP mean ${all.zip.summary.mean}`);
  assert.ok(all.bliss.summary.mean > 3);
  assert.ok(all.loewe.summary.mean > 0);
  assert.ok(all.hsa.summary.mean > all.bliss.summary.mean, "HSA is the most lenient reference");
  assert.equal(synergy(s, "zip").summary.mean, all.zip.summary.mean);
});

test("summaries: mean/max/min over combination cells and the most synergistic 3×3 area", () => {
  const s = [
    [0, 0, 0, 0, 0],
    [0, 1, 2, 3, 4],
    [0, 5, 6, 7, 8],
    [0, 9, 10, 11, 12],
    [0, 13, 14, 15, 16],
  ];
  const r = summarizeSynergy(s);
  assert.equal(r.mean, 8.5);
  assert.equal(r.max, 16);
  assert.equal(r.min, 1);
  assert.equal(r.mostSynergisticArea, (6 + 7 + 8 + 10 + 11 + 12 + 14 + 15 + 16) / 9);
});

test("bad matrices and models are rejected with E-PHARM codes", () => {
  const ok = matrix([0, 1], [0, 1], () => 1);
  assert.throws(() => bliss({ ...ok, dosesA: [1, 2] }), /E-PHARM-101.*first dose/);
  assert.throws(() => bliss({ ...ok, dosesB: [0, 0] }), /must increase/);
  assert.throws(() => hsa({ ...ok, response: [[1, 2]] }), /1 rows for 2 doses/);
  assert.throws(
    () =>
      hsa({
        ...ok,
        response: [
          [1, 2],
          [1, Number.NaN],
        ],
      }),
    /row 2, column 2/,
  );
  assert.throws(() => synergy(ok, "chou" as never), /E-PHARM-102/);
  assert.equal(percentInhibition(0.25, 1), 75);
  assert.throws(() => percentInhibition(1, 0), /E-PHARM-001/);
});
