import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const root = new URL("../../../../", import.meta.url).pathname;
const main = join(root, "packages/cli/src/main.ts");
const stat3 = (...args: string[]) =>
  spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", main, ...args], { cwd: root, encoding: "utf8" });

// First-order decay S1 -> S2 with k = 0.5 /s in a 2 L compartment: S1(t) = 1 mmol · exp(-k t) (analytic).
const DECAY = `<?xml version="1.0" encoding="UTF-8"?>
<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
  <model id="decay">
    <listOfCompartments><compartment id="c" size="2" constant="true"/></listOfCompartments>
    <listOfSpecies>
      <species id="S1" compartment="c" initialAmount="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
      <species id="S2" compartment="c" initialAmount="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
    </listOfSpecies>
    <listOfParameters><parameter id="k" value="0.5" constant="true"/></listOfParameters>
    <listOfReactions>
      <reaction id="J1" reversible="false">
        <listOfReactants><speciesReference species="S1" stoichiometry="1" constant="true"/></listOfReactants>
        <listOfProducts><speciesReference species="S2" stoichiometry="1" constant="true"/></listOfProducts>
        <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><ci>k</ci><ci>S1</ci><ci>c</ci></apply></math></kineticLaw>
      </reaction>
    </listOfReactions>
  </model>
</sbml>`;

const dir = mkdtempSync(join(tmpdir(), "stat3-sim-"));
const modelFile = join(dir, "decay.xml");
writeFileSync(modelFile, DECAY);

test("simulate writes the selected columns and matches the analytic solution", () => {
  const r = stat3("simulate", modelFile, "--end", "4", "--points", "5", "--select", "time,S1,[S1],J1", "--relative-tolerance", "1e-10", "--absolute-tolerance", "1e-14");
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split("\n");
  assert.equal(lines[0], "time,S1,[S1],J1");
  assert.equal(lines.length, 6);
  for (const line of lines.slice(1)) {
    const [t, amount, conc, rate] = line.split(",").map(Number);
    const expected = Math.exp(-0.5 * t);
    assert.ok(Math.abs(amount - expected) < 1e-8, `S1(${t}) = ${amount}, expected ${expected}`);
    assert.ok(Math.abs(conc - expected / 2) < 1e-8);
    assert.ok(Math.abs(rate - 0.5 * (expected / 2) * 2) < 1e-8);
  }
});

test("simulate --set overrides a parameter and --out writes JSON", () => {
  const out = join(dir, "run.json");
  const r = stat3("simulate", modelFile, "--end", "2", "--points", "3", "--set", "k=1", "--select", "time,S1", "--out", out);
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(readFileSync(out, "utf8"));
  assert.deepEqual(json.columns, ["time", "S1"]);
  assert.ok(Math.abs(json.rows[2][1] - Math.exp(-2)) < 1e-5);
});

test("bad input gets one clear error line and exit code 1, never a stack trace", () => {
  const missing = stat3("simulate", join(dir, "nope.xml"));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read model file .*nope\.xml: no such file/);
  const badSel = stat3("simulate", modelFile, "--select", "time,S9");
  assert.equal(badSel.status, 1);
  assert.match(badSel.stderr, /S9/);
  assert.doesNotMatch(badSel.stderr, /\n\s+at /);
  const broken = join(dir, "broken.xml");
  writeFileSync(broken, DECAY.replace("</listOfSpecies>", "</listOfSpecie>"));
  const r = stat3("simulate", broken);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /broken\.xml:\d+/);
});

test("sbml convert writes L2V4 that simulates to the same trajectory; sbml info counts elements", () => {
  const l2 = join(dir, "decay-l2.xml");
  const c = stat3("sbml", "convert", modelFile, "--to", "l2v4", "--out", l2);
  assert.equal(c.status, 0, c.stderr);
  assert.match(readFileSync(l2, "utf8"), /level2\/version4/);
  const a = stat3("simulate", modelFile, "--end", "3", "--points", "4", "--select", "time,S1");
  const b = stat3("simulate", l2, "--end", "3", "--points", "4", "--select", "time,S1");
  assert.equal(b.status, 0, b.stderr);
  const rows = (s: string) => s.trim().split("\n").slice(1).map((l) => l.split(",").map(Number));
  rows(a.stdout).forEach((r, i) => assert.ok(Math.abs(r[1] - rows(b.stdout)[i][1]) < 1e-9));
  const info = stat3("sbml", "info", modelFile, "--json");
  const s = JSON.parse(info.stdout);
  assert.equal(s.species, 2);
  assert.equal(s.reactions, 1);
});

test("methods lists the registry with KiSAO ids", () => {
  const r = stat3("methods", "--json");
  assert.equal(r.status, 0, r.stderr);
  const list = JSON.parse(r.stdout) as { name: string; kisaoId: string }[];
  for (const name of ["dopri5", "rodas5p", "bdf", "auto"]) assert.ok(list.some((s) => s.name === name), name);
  assert.ok(list.every((s) => /^KISAO:\d{7}$/.test(s.kisaoId)));
});
