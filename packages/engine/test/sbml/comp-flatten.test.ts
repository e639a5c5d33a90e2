import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import type { Expr } from "../../src/expr/ast.js";
import { EngineError, UnsupportedFeatureError } from "../../src/messages.js";
import type { Model } from "../../src/model/types.js";
import { readSBML } from "../../src/sbml/read.js";

const SUITE = "/work/shared/sbml-test-suite";

function readCase(id: string, withResolver = true): Model {
  const file = `${SUITE}/cases/${id}/${id}-sbml-l3v2.xml`;
  return readSBML(readFileSync(file, "utf8"), {
    file,
    ...(withResolver
      ? {
          resolveExternal: (source: string) => {
            const p = join(dirname(file), source);
            return existsSync(p) ? readFileSync(p, "utf8") : undefined;
          },
        }
      : {}),
  });
}

const n = (value: number): Expr => ({ kind: "num", value });
const s = (name: string): Expr => ({ kind: "sym", name });
const c = (op: "times" | "divide", ...args: Expr[]): Expr => ({ kind: "call", op, args });

/**
 * Each suite case's `-model.m` lists the ids of its flattened model ("The 'flattened' version of this
 * hierarchical model contains: * 2 parameters (p8, conv) …"): our flattening must give the same ids.
 */
test("comp: flattened ids match the suite's description for every comp case", {
  skip: !existsSync(SUITE),
}, () => {
  const rows = readFileSync(`${SUITE}/manifest.csv`, "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .filter((l) => l.split(",")[8] === "comp");
  assert.equal(rows.length, 90);
  let compared = 0;
  const mismatched: string[] = [];
  for (const row of rows) {
    const id = row.split(",")[0] as string;
    const m = readCase(id);
    const text = readFileSync(`${SUITE}/cases/${id}/${id}-model.m`, "utf8");
    const got: Record<string, string[]> = {
      compartment: m.compartments.map((x) => x.id),
      species: m.species.map((x) => x.id),
      parameter: m.parameters.map((x) => x.id),
      reaction: m.reactions.map((x) => x.id),
    };
    for (const match of text.matchAll(
      /^\* \d+ (compartments?|species reference|species|parameters?|reactions?)\s*\(([^)]*)\)/gm,
    )) {
      const kind = (match[1] as string).replace(/s$/, "").replace(/^specie$/, "species");
      const want = (match[2] as string)
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean)
        .sort();
      const have = got[kind];
      if (!have) continue;
      compared++;
      if (JSON.stringify([...have].sort()) !== JSON.stringify(want)) mismatched.push(`${id} ${kind}`);
    }
  }
  // 01148: the suite's flattener adds helper parameters for products of nested conversion factors
  // (sub1__extentconv_times_extentconv, …); we multiply the factors inside the math instead.
  assert.deepEqual(mismatched, ["01148 parameter"]);
  assert.ok(compared > 150, `${compared} id lists compared`);
});

test("comp: replacement with conversion factor multiplies assigning math (case 01137)", {
  skip: !existsSync(SUITE),
}, () => {
  const m = readCase("01137");
  assert.deepEqual(
    m.parameters.map((p) => p.id),
    ["p8", "conv"],
  );
  assert.equal(m.rules.length, 1);
  const r = m.rules[0]!;
  assert.equal(r.kind, "assignment");
  assert.equal(r.kind === "assignment" ? r.variable : "", "p8");
  assert.deepEqual(r.math, c("times", n(80), s("conv")));
});

test("comp: time and extent conversion factors on a submodel (case 01144)", {
  skip: !existsSync(SUITE),
}, () => {
  const m = readCase("01144");
  const law = m.reactions[0]?.kineticLaw?.math;
  // extentconv / timeconv * sub1__s1 * t3 * (time / timeconv), as the case's model.m states
  assert.deepEqual(
    law,
    c(
      "divide",
      c(
        "times",
        c("times", s("sub1__s1"), s("t3"), c("divide", { kind: "time" }, s("timeconv"))),
        s("extentconv"),
      ),
      s("timeconv"),
    ),
  );
  assert.equal(m.reactions[0]?.products[0]?.species, "sub1__s1");
});

test("comp: chained replacedElement/replacedBy collapse to one parameter (case 01136)", {
  skip: !existsSync(SUITE),
}, () => {
  const m = readCase("01136");
  assert.deepEqual(
    m.parameters.map((p) => [p.id, p.value]),
    [["p2", 8]],
  );
});

test("comp: deletions by metaid remove rules, delays, priorities, event assignments", {
  skip: !existsSync(SUITE),
}, () => {
  // 01149 deletes the submodel's rate rule; 01155 an event delay; 01156 a priority; 01157 one event assignment
  assert.equal(readCase("01149").rules.filter((r) => r.kind === "rate").length, 0);
  const e55 = readCase("01155").events;
  assert.ok(e55.length > 0 && e55.every((e) => e.delay === undefined));
  const e56 = readCase("01156").events;
  assert.ok(e56.length > 0 && e56.every((e) => e.priority === undefined));
  const e57 = readCase("01157").events;
  assert.deepEqual(
    e57.flatMap((e) => e.assignments.map((a) => a.variable)).filter((v) => v.endsWith("t1")),
    [],
  );
});

test("comp: external model definitions need a resolver; without one the error names the feature", {
  skip: !existsSync(SUITE),
}, () => {
  try {
    readCase("01165", false);
    assert.fail("expected an error");
  } catch (e) {
    assert.ok(e instanceof UnsupportedFeatureError);
    assert.equal(e.feature, "comp-external");
    assert.match(e.message, /enzyme_model-l3v2\.xml/);
  }
  const m = readCase("01165");
  assert.ok(m.species.some((x) => x.id === "S"));
});

test("comp: unknown references and self-inclusion are errors", () => {
  const doc = (body: string, defs: string) => `<?xml version="1.0"?>
<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" xmlns:comp="http://www.sbml.org/sbml/level3/version1/comp/version1" level="3" version="2" comp:required="true">
<model id="top">${body}</model><comp:listOfModelDefinitions>${defs}</comp:listOfModelDefinitions></sbml>`;
  assert.throws(
    () =>
      readSBML(
        doc(
          `<comp:listOfSubmodels><comp:submodel comp:id="a" comp:modelRef="nope"/></comp:listOfSubmodels>`,
          "",
        ),
      ),
    (e: unknown) => e instanceof EngineError && /unknown model "nope"/.test(e.message),
  );
  assert.throws(
    () =>
      readSBML(
        doc(
          `<comp:listOfSubmodels><comp:submodel comp:id="a" comp:modelRef="d"/></comp:listOfSubmodels>`,
          `<comp:modelDefinition id="d"><comp:listOfSubmodels><comp:submodel comp:id="b" comp:modelRef="d"/></comp:listOfSubmodels></comp:modelDefinition>`,
        ),
      ),
    (e: unknown) => e instanceof EngineError && /includes itself/.test(e.message),
  );
  assert.throws(
    () =>
      readSBML(
        doc(
          `<listOfParameters><parameter id="p" constant="true"><comp:listOfReplacedElements><comp:replacedElement comp:submodelRef="a" comp:idRef="zz"/></comp:listOfReplacedElements></parameter></listOfParameters>
<comp:listOfSubmodels><comp:submodel comp:id="a" comp:modelRef="d"/></comp:listOfSubmodels>`,
          `<comp:modelDefinition id="d"/>`,
        ),
      ),
    (e: unknown) => e instanceof EngineError && /unknown id "zz"/.test(e.message),
  );
});

test("comp: local parameters and lambda variables are not renamed; function calls are", () => {
  const m = readSBML(`<?xml version="1.0"?>
<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" xmlns:comp="http://www.sbml.org/sbml/level3/version1/comp/version1" level="3" version="2" comp:required="true">
<model id="top"><comp:listOfSubmodels><comp:submodel comp:id="A" comp:modelRef="d"/></comp:listOfSubmodels></model>
<comp:listOfModelDefinitions><comp:modelDefinition id="d">
 <listOfFunctionDefinitions><functionDefinition id="f"><math xmlns="http://www.w3.org/1998/Math/MathML"><lambda><bvar><ci>k</ci></bvar><apply><times/><ci>k</ci><cn>2</cn></apply></lambda></math></functionDefinition></listOfFunctionDefinitions>
 <listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
 <listOfSpecies><species id="S" compartment="c" initialAmount="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/></listOfSpecies>
 <listOfParameters><parameter id="k" value="1" constant="true"/></listOfParameters>
 <listOfReactions><reaction id="R" reversible="false"><listOfReactants><speciesReference species="S" stoichiometry="1" constant="true"/></listOfReactants>
  <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><ci>f</ci><apply><times/><ci>k</ci><ci>S</ci></apply></apply></math>
   <listOfLocalParameters><localParameter id="k" value="5"/></listOfLocalParameters></kineticLaw></reaction></listOfReactions>
</comp:modelDefinition></comp:listOfModelDefinitions></sbml>`);
  assert.deepEqual(
    m.parameters.map((p) => p.id),
    ["A__k"],
  );
  assert.deepEqual(m.functionDefinitions[0]?.math, {
    kind: "lambda",
    params: ["k"],
    body: { kind: "call", op: "times", args: [s("k"), n(2)] },
  });
  const r = m.reactions[0]!;
  assert.equal(r.id, "A__R");
  assert.equal(r.reactants[0]?.species, "A__S");
  assert.deepEqual(
    r.kineticLaw?.localParameters.map((p) => p.id),
    ["k"],
  );
  assert.deepEqual(r.kineticLaw?.math, {
    kind: "fn",
    name: "A__f",
    args: [{ kind: "call", op: "times", args: [s("k"), s("A__S")] }],
  });
  assert.equal(m.species[0]?.compartment, "A__c");
});

test("comp: a reaction id in submodel math is rescaled by the time conversion factor (case 01180)", {
  skip: !existsSync(SUITE),
}, () => {
  const m = readCase("01180");
  const rule = m.rules[0]!;
  // model.m: sub1__p80 = sub1__J0 / (1 / timeconv) + 6
  assert.deepEqual(rule.math, {
    kind: "call",
    op: "plus",
    args: [c("times", s("sub1__J0"), s("timeconv")), n(6)],
  });
});

test("comp: deleting a local parameter unshadows the global of the same id (case 01159)", {
  skip: !existsSync(SUITE),
}, () => {
  const m = readCase("01159");
  assert.deepEqual(m.reactions[0]?.kineticLaw?.localParameters, []);
  assert.deepEqual(m.reactions[0]?.kineticLaw?.math, c("times", s("sub1__p1"), s("sub1__s1")));
});

test("comp: a replaced reaction's id in submodel math loses the time/extent factors (cases 01182, 01183)", {
  skip: !existsSync(SUITE),
}, () => {
  // 01182-model.m: sub1__p80 = J0 + 6 (no conversionFactor on the replacedElement)
  assert.deepEqual(readCase("01182").rules[0]?.math, {
    kind: "call",
    op: "plus",
    args: [s("J0"), n(6)],
  });
  // 01183-model.m: sub1__p80 = J0 / extentpertimeconv + 6 (only the replacedElement's factor)
  assert.deepEqual(readCase("01183").rules[0]?.math, {
    kind: "call",
    op: "plus",
    args: [c("divide", s("J0"), s("extentpertimeconv")), n(6)],
  });
});

test("comp: replacing a reaction two levels down drops both levels' time factors, not its sibling's", () => {
  const m = readSBML(`<?xml version="1.0"?>
<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" xmlns:comp="http://www.sbml.org/sbml/level3/version1/comp/version1" level="3" version="2" comp:required="true">
<model id="top">
 <listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
 <listOfSpecies><species id="S" compartment="c" initialAmount="1" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/></listOfSpecies>
 <listOfParameters><parameter id="tA" value="60" constant="true"/></listOfParameters>
 <listOfReactions><reaction id="R" reversible="false"><listOfProducts><speciesReference species="S" stoichiometry="1" constant="true"/></listOfProducts>
  <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><cn>3</cn></math></kineticLaw>
  <comp:listOfReplacedElements><comp:replacedElement comp:submodelRef="A" comp:idRef="B"><comp:sBaseRef comp:idRef="R1"/></comp:replacedElement></comp:listOfReplacedElements>
 </reaction></listOfReactions>
 <comp:listOfSubmodels><comp:submodel comp:id="A" comp:modelRef="mid" comp:timeConversionFactor="tA"/></comp:listOfSubmodels>
</model>
<comp:listOfModelDefinitions>
<comp:modelDefinition id="mid">
 <listOfParameters><parameter id="tB" value="2" constant="true"/></listOfParameters>
 <comp:listOfSubmodels><comp:submodel comp:id="B" comp:modelRef="inner" comp:timeConversionFactor="tB"/></comp:listOfSubmodels>
</comp:modelDefinition>
<comp:modelDefinition id="inner">
 <listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
 <listOfSpecies><species id="S" compartment="c" initialAmount="1" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/></listOfSpecies>
 <listOfParameters><parameter id="p" constant="false"/></listOfParameters>
 <listOfRules><assignmentRule variable="p"><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><plus/><ci>R1</ci><ci>R2</ci></apply></math></assignmentRule></listOfRules>
 <listOfReactions>
  <reaction id="R1" reversible="false"><listOfProducts><speciesReference species="S" stoichiometry="1" constant="true"/></listOfProducts>
   <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><cn>1</cn></math></kineticLaw></reaction>
  <reaction id="R2" reversible="false"><listOfProducts><speciesReference species="S" stoichiometry="1" constant="true"/></listOfProducts>
   <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><cn>1</cn></math></kineticLaw></reaction>
 </listOfReactions>
</comp:modelDefinition>
</comp:listOfModelDefinitions></sbml>`);
  assert.deepEqual(
    m.reactions.map((r) => r.id),
    ["R", "A__B__R2"],
  );
  // R1 (replaced by R) is referenced bare; R2 keeps both levels' factors: R2 · tA · A__tB
  assert.deepEqual(m.rules[0]?.math, {
    kind: "call",
    op: "plus",
    args: [s("R"), c("times", c("times", s("A__B__R2"), s("tA")), s("A__tB"))],
  });
});
