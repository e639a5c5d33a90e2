import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { Codes, EngineError, UnsupportedFeatureError } from "../../src/messages.js";
import { readSBML } from "../../src/sbml/read.js";

const PETAB = "/work/shared/petab/benchmarks";

function errorOf(fn: () => unknown): EngineError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  assert.fail("expected an EngineError");
}

const L3 = (body: string, extra = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2"${extra}>\n<model id="m">\n${body}\n</model>\n</sbml>`;

// Species/reaction counts from /work/shared/petab/README.md (Boehm 8/9, Bachmann 25/36, Raia 14/16).
for (const [name, nSpecies, nReactions] of [
  ["Boehm_JProteomeRes2014", 8, 9],
  ["Bachmann_MSB2011", 25, 36],
  ["Raia_CancerResearch2011", 14, 16],
] as const) {
  test(`PEtab benchmark ${name}: ${nSpecies} species, ${nReactions} reactions`, {
    skip: !existsSync(PETAB),
  }, () => {
    const file = `${PETAB}/${name}/model_${name}.xml`;
    const m = readSBML(readFileSync(file, "utf8"), { file });
    assert.equal(m.species.length, nSpecies);
    assert.equal(m.reactions.length, nReactions);
    assert.equal(m.source?.format, "sbml");
    for (const r of m.reactions) {
      assert.ok(r.kineticLaw, `reaction ${r.id} has a kinetic law`);
      assert.equal(r.loc?.file, file);
      assert.ok((r.loc?.line ?? 0) > 1);
      assert.equal(r.loc?.element, `reaction id="${r.id}"`);
    }
  });
}

test("core L3V2 model: compartments, species, parameters, reactions, rules, events", () => {
  const m = readSBML(
    L3(`<listOfCompartments><compartment id="c" spatialDimensions="3" size="2" constant="true"/></listOfCompartments>
<listOfSpecies>
 <species id="S1" compartment="c" initialAmount="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
 <species id="S2" compartment="c" initialConcentration="0.5" hasOnlySubstanceUnits="true" boundaryCondition="true" constant="false" conversionFactor="cf"/>
</listOfSpecies>
<listOfParameters><parameter id="k" value="0.1" constant="true"/><parameter id="cf" value="2" constant="true"/><parameter id="x" constant="false"/></listOfParameters>
<listOfRules><rateRule variable="x"><math xmlns="http://www.w3.org/1998/Math/MathML"><cn>1</cn></math></rateRule></listOfRules>
<listOfReactions>
 <reaction id="R1" reversible="false">
  <listOfReactants><speciesReference id="sr1" species="S1" stoichiometry="2" constant="true"/></listOfReactants>
  <listOfProducts><speciesReference species="S2" constant="false"/></listOfProducts>
  <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><ci>k</ci><ci>S1</ci></apply></math>
   <listOfLocalParameters><localParameter id="k" value="3"/></listOfLocalParameters></kineticLaw>
 </reaction>
</listOfReactions>
<listOfEvents><event id="E" useValuesFromTriggerTime="false"><trigger initialValue="false" persistent="false"><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><gt/><csymbol definitionURL="http://www.sbml.org/sbml/symbols/time">t</csymbol><cn>1</cn></apply></math></trigger>
 <priority><math xmlns="http://www.w3.org/1998/Math/MathML"><cn>1</cn></math></priority>
 <listOfEventAssignments><eventAssignment variable="S1"><math xmlns="http://www.w3.org/1998/Math/MathML"><cn>0</cn></math></eventAssignment></listOfEventAssignments></event></listOfEvents>`),
  );
  assert.deepEqual(
    m.compartments.map(({ loc, ...c }) => c),
    [{ id: "c", spatialDimensions: 3, size: 2, constant: true }],
  );
  assert.equal(m.species[1]?.initialConcentration, 0.5);
  assert.equal(m.species[1]?.hasOnlySubstanceUnits, true);
  assert.equal(m.species[1]?.conversionFactor, "cf");
  assert.equal(m.parameters[2]?.value, undefined);
  assert.deepEqual(m.rules[0], {
    ...m.rules[0],
    kind: "rate",
    variable: "x",
    math: { kind: "num", value: 1 },
  });
  const r = m.reactions[0]!;
  assert.equal(r.reversible, false);
  assert.equal(r.fast, false);
  assert.equal(r.reactants[0]?.stoichiometry, 2);
  assert.equal(r.reactants[0]?.id, "sr1");
  assert.equal(r.products[0]?.stoichiometry, undefined, "L3 leaves an unset stoichiometry unset");
  assert.equal(r.products[0]?.constant, false);
  assert.deepEqual(
    r.kineticLaw?.localParameters.map((p) => [p.id, p.value, p.constant]),
    [["k", 3, true]],
  );
  const e = m.events[0]!;
  assert.equal(e.useValuesFromTriggerTime, false);
  assert.equal(e.trigger.initialValue, false);
  assert.equal(e.trigger.persistent, false);
  assert.deepEqual(e.trigger.math, {
    kind: "call",
    op: "gt",
    args: [{ kind: "time" }, { kind: "num", value: 1 }],
  });
  assert.deepEqual(e.priority, { kind: "num", value: 1 });
});

test("duplicate ids are rejected with their location; local parameters have their own scope", () => {
  const e = errorOf(() =>
    readSBML(
      L3(`<listOfCompartments><compartment id="c" constant="true"/></listOfCompartments>
<listOfParameters><parameter id="c" constant="true"/></listOfParameters>`),
      { file: "dup.xml" },
    ),
  );
  assert.equal(e.diagnostic.code, Codes.SBML_DUPLICATE_ID);
  assert.equal(e.diagnostic.location?.file, "dup.xml");
  assert.equal(e.diagnostic.location?.line, 5);
  assert.equal(e.diagnostic.location?.element, 'parameter id="c"');
  const e2 = errorOf(() =>
    readSBML(
      L3(`<listOfReactions><reaction id="R" reversible="true"><kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><cn>1</cn></math>
<listOfLocalParameters><localParameter id="k"/><localParameter id="k"/></listOfLocalParameters></kineticLaw></reaction></listOfReactions>`),
    ),
  );
  assert.equal(e2.diagnostic.code, Codes.SBML_DUPLICATE_ID);
});

test("required packages other than comp are refused by name; optional ones ignored", () => {
  const qual = errorOf(() =>
    readSBML(
      L3("", ` xmlns:qual="http://www.sbml.org/sbml/level3/version1/qual/version1" qual:required="true"`),
    ),
  );
  assert.ok(qual instanceof UnsupportedFeatureError);
  assert.equal(qual.feature, "qual");
  const ok = readSBML(
    L3("", ` xmlns:fbc="http://www.sbml.org/sbml/level3/version1/fbc/version2" fbc:required="false"`),
  );
  assert.equal(ok.id, "m");
  // comp is flattened (see comp-flatten.test.ts)
  const comp = readSBML(
    L3(
      `<listOfParameters><parameter id="p" value="1" constant="true"/></listOfParameters>
<comp:listOfSubmodels><comp:submodel comp:id="s" comp:modelRef="d"/></comp:listOfSubmodels>`,
      ` xmlns:comp="http://www.sbml.org/sbml/level3/version1/comp/version1" comp:required="true"`,
    ).replace(
      "</model>",
      `</model><comp:listOfModelDefinitions><comp:modelDefinition id="d"><listOfParameters><parameter id="p" value="2" constant="true"/></listOfParameters></comp:modelDefinition></comp:listOfModelDefinitions>`,
    ),
  );
  assert.deepEqual(
    comp.parameters.map((p) => [p.id, p.value]),
    [
      ["p", 1],
      ["s__p", 2],
    ],
  );
});

test("not SBML / wrong namespace / missing L3 attribute", () => {
  assert.equal(errorOf(() => readSBML("<html/>")).diagnostic.code, Codes.SBML_NOT_SBML);
  assert.equal(
    errorOf(() =>
      readSBML(
        `<sbml xmlns="http://www.sbml.org/sbml/level2/version4" level="3" version="2"><model/></sbml>`,
      ),
    ).diagnostic.code,
    Codes.SBML_LEVEL,
  );
  const e = errorOf(() => readSBML(L3(`<listOfParameters><parameter id="p"/></listOfParameters>`)));
  assert.equal(e.diagnostic.code, Codes.SBML_MISSING_ATTR);
  assert.match(e.message, /constant/);
});
