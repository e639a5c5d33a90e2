import assert from "node:assert/strict";
import { test } from "node:test";
import { expandScreenJob } from "../../src/screen/job.js";

const FIX = new URL("./fixtures/two-inhibitors.xml", import.meta.url).pathname;

test("expandScreenJob: item order (control, singles, grids per context) and counts", () => {
  const j = expandScreenJob({
    contexts: ["autocrine-il6", "hepatocyte"],
    drugs: { ruxolitinib: "1nM..1uM:4", stattic: ["1uM", "10uM"] },
    combinations: [["ruxolitinib", "stattic"]],
    readouts: ["pSTAT3_fraction@20min"],
  });
  const per = 1 + 4 + 2 + 4 * 2;
  assert.equal(j.items.length, 2 * per);
  assert.deepEqual(j.items[0], { context: "autocrine-il6", drugs: {} });
  assert.deepEqual(j.items[5], { context: "autocrine-il6", drugs: { stattic: 1000 } });
  assert.deepEqual(j.items[7].drugs, { ruxolitinib: 1, stattic: 1000 });
  assert.deepEqual(j.items[per], { context: "hepatocyte", drugs: {} });
  assert.deepEqual(j.model, { kind: "stat3", il6: 40, preIncubate: 0 });
  assert.match(j.hash, /^[0-9a-f]{16}$/);
});

test("the job hash is stable and changes with the job", () => {
  const spec = { drugs: { ruxolitinib: "1nM..1uM:3" }, readouts: ["pSTAT3_fraction@20min"] };
  const h = expandScreenJob(spec).hash;
  assert.equal(expandScreenJob(structuredClone(spec)).hash, h);
  assert.notEqual(expandScreenJob({ ...spec, il6: 20 }).hash, h);
  assert.notEqual(expandScreenJob({ ...spec, readouts: ["pSTAT3_fraction@30min"] }).hash, h);
});

test("SBML jobs: contexts are parameter sets, the file is resolved beside the job", () => {
  const j = expandScreenJob(
    {
      model: { sbml: "two-inhibitors.xml", contexts: { low: { k: 1 }, high: { k: 100 } } },
      drugs: { A: [1, 10] },
      readouts: ["[X]@40"],
    },
    FIX,
  );
  assert.deepEqual(j.contexts, ["low", "high"]);
  assert.equal(j.model.kind, "sbml");
  assert.equal(j.items.length, 6);
});

test("bad jobs are rejected with the file and the key", () => {
  const ok = { drugs: { ruxolitinib: "1nM..1uM:3" }, readouts: ["pSTAT3_fraction@20min"] };
  assert.throws(() => expandScreenJob({ ...ok, dose: 1 }, "s.yaml"), /s\.yaml: unknown key "dose"/);
  assert.throws(() => expandScreenJob({ ...ok, readouts: [] }), /readouts: give at least one/);
  assert.throws(() => expandScreenJob({ ...ok, contexts: ["mars"] }), /unknown context "mars"/);
  assert.throws(() => expandScreenJob({ ...ok, combinations: [["ruxolitinib", "x"]] }), /"x" is not listed/);
  assert.throws(
    () => expandScreenJob({ ...ok, combinations: [["ruxolitinib", "ruxolitinib"]] }),
    /with itself/,
  );
  assert.throws(() => expandScreenJob({ ...ok, model: { sbml: "nope.xml" } }, "/tmp/s.yaml"), /cannot read/);
});

test("stat3 regimens in the job: bolus and repeated dosing, checked", () => {
  const j = expandScreenJob({
    drugs: { ruxolitinib: [100] },
    regimens: { ruxolitinib: { kind: "repeated", every: 720, doses: 4, halfLife: 180 } },
    readouts: ["pSTAT3_fraction@48h"],
  });
  assert.deepEqual(j.model.kind === "stat3" && j.model.regimens, {
    ruxolitinib: { kind: "repeated", every: 720, doses: 4, halfLife: 180 },
  });
  const plain = expandScreenJob({ drugs: { ruxolitinib: [100] }, readouts: ["pSTAT3_fraction@48h"] });
  assert.notEqual(plain.hash, j.hash);
  assert.throws(
    () =>
      expandScreenJob({
        drugs: { ruxolitinib: [100] },
        regimens: { ruxolitinib: { kind: "drip" } },
        readouts: ["x@1"],
      }),
    /regimens\.ruxolitinib\.kind/,
  );
  assert.throws(
    () =>
      expandScreenJob({
        drugs: { ruxolitinib: [100] },
        regimens: { ruxolitinib: { kind: "repeated" } },
        readouts: ["x@1"],
      }),
    /every > 0/,
  );
});
