import assert from "node:assert/strict";
import { test } from "node:test";
import { comboFromCsv, doseResponseFromCsv, parseCsv } from "../src/csv.js";

test("parseCsv: quotes, tabs, comments and line numbers", () => {
  const t = parseCsv('# a comment\nname,"value, quoted"\n"a ""b""",2\n\nc,3\n');
  assert.deepEqual(t.header, ["name", "value, quoted"]);
  assert.deepEqual(t.rows, [
    ['a "b"', "2"],
    ["c", "3"],
  ]);
  assert.deepEqual(t.lines, [3, 5]);
  assert.deepEqual(parseCsv("x\ty\n1\t2\n").rows, [["1", "2"]]);
  assert.throws(() => parseCsv("a,b\n1,2,3\n", "d.csv"), /E-PHARM-201.*d\.csv:2/);
});

test("doseResponseFromCsv and comboFromCsv (replicates averaged)", () => {
  const dr = doseResponseFromCsv("Dose,Inhibition\n0,1\n10,40\n100,90\n");
  assert.deepEqual(dr, { doses: [0, 10, 100], responses: [1, 40, 90], responseName: "inhibition" });
  assert.throws(() => doseResponseFromCsv("dose,resp\n1,2\n"), /no column named "response"/);
  assert.throws(() => doseResponseFromCsv("dose,response\n1,x\n", { file: "u.csv" }), /u\.csv:2.*"x"/);
  const m = comboFromCsv("conc_r,conc_c,response\n0,0,0\n0,5,20\n1,0,10\n1,5,40\n1,5,50\n");
  assert.deepEqual(m, {
    dosesA: [0, 1],
    dosesB: [0, 5],
    response: [
      [0, 20],
      [10, 45],
    ],
  });
  assert.throws(
    () => comboFromCsv("conc_r,conc_c,response\n0,0,0\n1,5,4\n"),
    /no response for the combination/,
  );
});
