// `stat3 sbml-suite-case`: settings parsing, the CSV it writes for a real suite case (checked with the
// runner's strict rule against the suite's expected results), and the one-line error for bad input.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { parseSuiteSettings, runSuiteCase } from "../../src/commands/sbml-suite.js";

const cases = new URL("../../../../../shared/sbml-test-suite/cases/", import.meta.url);

test("settings file: lists, numbers, empty lines", () => {
  const st = parseSuiteSettings(
    "start: 0\nduration: 5.0\nsteps: 50\nvariables: S1, S2\nabsolute: 1.000000e-006\nrelative: 0.0001\namount: S1, S2\nconcentration:\n",
  );
  assert.deepEqual(st, {
    start: 0,
    duration: 5,
    steps: 50,
    variables: ["S1", "S2"],
    absolute: 1e-6,
    relative: 1e-4,
    amount: ["S1", "S2"],
    concentration: [],
  });
});

test("case 00002 (two reactions, amounts) matches the suite's expected results within its tolerances", {
  skip: !existsSync(cases),
}, () => {
  const dir = new URL("00002/", cases);
  const sbml = readFileSync(new URL("00002-sbml-l3v2.xml", dir), "utf8");
  const settings = readFileSync(new URL("00002-settings.txt", dir), "utf8");
  const csv = runSuiteCase(sbml, settings, "00002-sbml-l3v2.xml").trim().split("\n");
  const expected = readFileSync(new URL("00002-results.csv", dir), "utf8").trim().split("\n");
  assert.equal(csv[0], "time,S1,S2");
  assert.equal(csv.length, expected.length);
  const st = parseSuiteSettings(settings);
  for (let r = 1; r < expected.length; r++) {
    const e = expected[r].split(",").map(Number);
    const u = csv[r].split(",").map(Number);
    for (let c = 0; c < e.length; c++) {
      assert.ok(
        Math.abs(e[c] - u[c]) <= st.absolute + st.relative * Math.abs(e[c]),
        `row ${r} col ${c}: ${u[c]} vs ${e[c]}`,
      );
    }
  }
});

test("bad SBML becomes an EngineError (the CLI prints it as one line and exits 1)", () => {
  assert.throws(
    () => runSuiteCase("<notsbml/>", "start: 0\nduration: 1\nsteps: 1\nvariables: x\n"),
    (e: unknown) => {
      return e instanceof Error && e.name === "EngineError" && /^error\[E-/.test(e.message);
    },
  );
});
