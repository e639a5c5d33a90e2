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

// ---- one tiny fixture per level/version feature ---------------------------------------------------

const FIX = new URL("./fixtures/", import.meta.url);
const fixture = (name: string) => {
  const file = new URL(name, FIX).pathname;
  return readSBML(readFileSync(file, "utf8"), { file: name });
};
const strip = <T extends object>(x: T): Omit<T, "loc"> => {
  const { loc, ...rest } = x as T & { loc?: unknown };
  return rest;
};

test("L2V1 defaults are made explicit", () => {
  const m = fixture("l2v1-defaults.xml");
  assert.deepEqual(m.source, { format: "sbml", level: 2, version: 1, file: "l2v1-defaults.xml" });
  // L2: spatialDimensions 3, constant true; size has no default (unlike L1's volume)
  assert.deepEqual(strip(m.compartments[0]!), { id: "cell", spatialDimensions: 3, constant: true });
  assert.deepEqual(strip(m.species[0]!), {
    id: "A",
    compartment: "cell",
    initialAmount: 10,
    hasOnlySubstanceUnits: false,
    boundaryCondition: false,
    constant: false,
  });
  assert.equal(m.species[1]?.initialAmount, undefined);
  assert.equal(m.species[1]?.initialConcentration, undefined);
  assert.equal(m.parameters[0]?.constant, true);
  const r = m.reactions[0]!;
  assert.equal(r.reversible, true);
  assert.equal(r.fast, false);
  assert.equal(r.reactants[0]?.stoichiometry, 1);
  assert.equal(r.reactants[0]?.constant, true);
  assert.equal(r.products[0]?.stoichiometry, 2);
  assert.deepEqual(r.kineticLaw?.localParameters.map(strip), [{ id: "k", value: 0.1, constant: true }]);
  const e = m.events[0]!;
  assert.equal(e.id, "E1");
  assert.equal(e.useValuesFromTriggerTime, true);
  assert.equal(e.trigger.initialValue, true);
  assert.equal(e.trigger.persistent, true);
  assert.deepEqual(e.delay, { kind: "num", value: 1 });
  assert.deepEqual(
    e.assignments.map((a) => a.variable),
    ["A"],
  );
  assert.equal(e.loc?.line, 34);
  assert.equal(e.loc?.element, 'event id="E1"');
});

test("L2V2 types are skipped; sboTerm, charge, species reference id kept", () => {
  const m = fixture("l2v2-species-types.xml");
  assert.deepEqual(strip(m.compartments[0]!), { id: "c", size: 2, spatialDimensions: 2, constant: false });
  assert.equal(m.species[0]?.charge, -1);
  assert.equal(m.species[0]?.hasOnlySubstanceUnits, true);
  assert.equal(m.reactions[0]?.sboTerm, "SBO:0000179");
  assert.equal(m.reactions[0]?.reactants[0]?.id, "sr");
  assert.deepEqual(
    m.initialAssignments.map((ia) => ia.symbol),
    ["c"],
  );
});

test("L2V3 stoichiometryMath, constraint message, algebraic rule", () => {
  const m = fixture("l2v3-stoichiometry-math.xml");
  const x = m.reactions[0]!.reactants[0]!;
  assert.deepEqual(x.stoichiometryMath, { kind: "sym", name: "n" });
  assert.equal(x.stoichiometry, undefined);
  assert.equal(x.constant, false);
  assert.equal(m.reactions[0]!.products[0]?.stoichiometry, 1);
  assert.equal(m.rules[0]?.kind, "algebraic");
  assert.equal(
    m.constraints[0]?.message,
    `<p xmlns="http://www.w3.org/1999/xhtml">X must stay non-negative</p>`,
  );
  assert.deepEqual(
    m.parameters.map((p) => [p.id, p.constant]),
    [
      ["n", true],
      ["z", false],
    ],
  );
});

test("L2V4 useValuesFromTriggerTime, fast reaction, function definition", () => {
  const m = fixture("l2v4-events.xml");
  assert.equal(m.events[0]?.useValuesFromTriggerTime, false);
  assert.equal(m.events[0]?.id, undefined);
  assert.equal(m.reactions[0]?.fast, true);
  assert.deepEqual(m.functionDefinitions[0]?.math, {
    kind: "lambda",
    params: ["x"],
    body: {
      kind: "call",
      op: "power",
      args: [
        { kind: "sym", name: "x" },
        { kind: "num", value: 2 },
      ],
    },
  });
  assert.deepEqual(m.reactions[0]?.kineticLaw?.math, {
    kind: "fn",
    name: "sq",
    args: [{ kind: "sym", name: "S" }],
  });
});

test("L3V2 elements without math have no effect; a trigger without math never fires", () => {
  const m = fixture("l3v2-no-math.xml");
  assert.equal(m.initialAssignments.length, 0);
  assert.equal(m.rules.length, 0);
  assert.deepEqual(m.events[0]?.trigger.math, { kind: "bool", value: false });
  assert.equal(m.events[0]?.assignments.length, 0);
});

test("MathML errors inside SBML name the file, line and SBML element", () => {
  const e = errorOf(() =>
    readSBML(
      L3(`<listOfParameters><parameter id="p" constant="false"/></listOfParameters>
<listOfRules><assignmentRule variable="p"><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><curl/><ci>p</ci></apply></math></assignmentRule></listOfRules>`),
      { file: "bad.xml" },
    ),
  );
  assert.equal(e.diagnostic.code, Codes.MATHML_UNKNOWN);
  assert.equal(e.diagnostic.location?.file, "bad.xml");
  assert.equal(e.diagnostic.location?.line, 5);
  assert.equal(e.diagnostic.location?.element, 'assignmentRule variable="p"');
  assert.match(e.message, /curl/);
});

test("a misspelt core element is an error, not silently skipped; package elements are ignored", () => {
  const e = errorOf(() =>
    readSBML(L3(`<listOfParameter><parameter id="p" value="1" constant="true"/></listOfParameter>`), {
      file: "typo.xml",
    }),
  );
  assert.equal(e.diagnostic.code, Codes.SBML_UNSUPPORTED);
  assert.match(e.message, /listOfParameter/);
  assert.equal(e.diagnostic.location?.line, 4);
  const e2 = errorOf(() =>
    readSBML(
      L3(
        `<listOfParameters><parameter id="p" value="1" constant="true"/><species id="s"/></listOfParameters>`,
      ),
    ),
  );
  assert.match(e2.message, /<species> inside <listOfParameters>/);
  const ok = readSBML(
    L3(
      `<fbc:listOfObjectives xmlns:fbc="http://www.sbml.org/sbml/level3/version1/fbc/version2"/><listOfParameters><parameter id="p" value="1" constant="true"/></listOfParameters>`,
    ),
  );
  assert.equal(ok.parameters.length, 1);
});

test("attribute references must name an existing element of the right kind", () => {
  const cases: [string, RegExp][] = [
    [
      `<listOfSpecies><species id="S" compartment="nowhere" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/></listOfSpecies>`,
      /compartment "nowhere"/,
    ],
    [
      `<listOfParameters><parameter id="p" constant="false"/></listOfParameters>
<listOfRules><rateRule variable="q"><math xmlns="http://www.w3.org/1998/Math/MathML"><cn>1</cn></math></rateRule></listOfRules>`,
      /variable "q"/,
    ],
    [
      `<listOfReactions><reaction id="R" reversible="false"><listOfReactants><speciesReference species="X" constant="true"/></listOfReactants></reaction></listOfReactions>`,
      /unknown species "X"/,
    ],
  ];
  for (const [body, re] of cases) {
    const e = errorOf(() => readSBML(L3(body), { file: "ref.xml" }));
    assert.equal(e.diagnostic.code, Codes.SBML_UNKNOWN_REF);
    assert.match(e.message, re);
    assert.equal(e.diagnostic.location?.file, "ref.xml");
  }
});
