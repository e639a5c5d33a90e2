import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { isDeepStrictEqual } from "node:util";
import { Codes, EngineError } from "../../src/messages.js";
import type { Model } from "../../src/model/types.js";
import { readSBML } from "../../src/sbml/read.js";
import { writeSBML } from "../../src/sbml/write.js";

const SUITE = "/work/shared/sbml-test-suite";
const PETAB = "/work/shared/petab/benchmarks";

/** Reads a suite file; comp externalModelDefinitions are looked up beside it. */
function readCase(file: string): Model {
  return readSBML(readFileSync(file, "utf8"), {
    file,
    resolveExternal: (source) => {
      const p = join(dirname(file), source);
      return existsSync(p) ? readFileSync(p, "utf8") : undefined;
    },
  });
}

/** The model without `loc` (and `source`, which names the level/version written). */
function strip(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(strip);
  if (x && typeof x === "object") {
    return Object.fromEntries(
      Object.entries(x)
        .filter(([k]) => k !== "loc" && k !== "source")
        .map(([k, v]) => [k, strip(v)]),
    );
  }
  return x;
}

interface Row {
  id: string;
  file: string;
  lv: string;
  tags: string[];
  packages: string;
}

function manifest(): Row[] {
  const lines = readFileSync(`${SUITE}/manifest.csv`, "utf8").trim().split("\n").slice(1);
  return lines.map((l) => {
    const f = l.split(",");
    return {
      id: f[0] as string,
      file: f[1] as string,
      lv: f[2] as string,
      tags: `${f[6]} ${f[7]}`.split(" ").filter(Boolean),
      packages: f[8] ?? "",
    };
  });
}

/**
 * Round trip one model: written at the default level (L3V2) when the model can be expressed there,
 * and at its own level/version; each time read back and compared.
 */
function roundTrip(m: Model): number {
  let checked = 0;
  const targets: { level?: 2 | 3; version?: number }[] = [
    { level: m.source?.level as 2 | 3, version: m.source?.version },
  ];
  const hasStoichMath = m.reactions.some((r) =>
    [...r.reactants, ...r.products].some((s) => s.stoichiometryMath),
  );
  // L3V2 cannot express stoichiometryMath (written as rules instead) nor fast reactions (refused)
  if (!hasStoichMath && !m.reactions.some((r) => r.fast)) targets.push({});
  for (const opts of targets) {
    const text = writeSBML(m, opts);
    const back = readSBML(text, { file: "written.xml" });
    if (!isDeepStrictEqual(strip(back), strip(m))) {
      assert.deepEqual(strip(back), strip(m), `round trip at ${JSON.stringify(opts)}`);
    }
    checked++;
  }
  return checked;
}

/**
 * Greedy set cover, twice over: few cases that together carry every feature tag and every
 * level/version at least twice (comp models are flattened by the reader first).
 */
function representative(rows: Row[]): Row[] {
  const usable = rows;
  const tagsOf = (r: Row) => [...r.tags, `lv:${r.lv}`];
  const need = new Map<string, number>();
  for (const r of usable) for (const t of tagsOf(r)) need.set(t, Math.min(2, (need.get(t) ?? 0) + 1));
  const chosen: Row[] = [];
  for (;;) {
    let best: Row | undefined;
    let bestGain = 0;
    for (const r of usable) {
      if (chosen.includes(r)) continue;
      const gain = tagsOf(r).filter((t) => (need.get(t) ?? 0) > 0).length;
      if (gain > bestGain) {
        best = r;
        bestGain = gain;
      }
    }
    if (!best) break;
    chosen.push(best);
    for (const t of tagsOf(best)) need.set(t, (need.get(t) ?? 0) - 1);
  }
  return chosen;
}

test("round trip on representative SBML Test Suite cases covering every feature tag", {
  skip: !existsSync(SUITE),
}, () => {
  const rows = manifest();
  const chosen = representative(rows);
  // plus a few fixed cases with constructs worth pinning: stoichiometryMath (L2), rateOf, L3V1 fast reactions
  for (const id of ["00068", "01248", "00871", "01400", "00950"]) {
    const r = rows.find((x) => x.id === id);
    if (r && !chosen.includes(r)) chosen.push(r);
  }
  assert.ok(chosen.length >= 20 && chosen.length <= 45, `${chosen.length} cases chosen`);
  console.log(`round trip: ${chosen.length} representative cases: ${chosen.map((r) => r.id).join(" ")}`);
  let checked = 0;
  for (const r of chosen) {
    const file = `${SUITE}/${r.file}`;
    checked += roundTrip(readCase(file));
  }
  assert.ok(checked >= chosen.length);
});

test("round trip on every SBML Test Suite case (STAT3_FULL=1)", {
  skip: process.env.STAT3_FULL !== "1" || !existsSync(SUITE),
}, () => {
  let models = 0;
  let checked = 0;
  for (const r of manifest()) {
    const file = `${SUITE}/${r.file}`;
    checked += roundTrip(readCase(file));
    models++;
  }
  console.log(`round trip: ${models} models (comp ones flattened), ${checked} write/read checks`);
  assert.ok(models >= 1251);
});

test("PEtab benchmark models keep notes, annotations and cvTerms through a round trip", {
  skip: !existsSync(PETAB),
}, () => {
  for (const name of ["Boehm_JProteomeRes2014", "Bachmann_MSB2011", "Raia_CancerResearch2011"]) {
    const file = `${PETAB}/${name}/model_${name}.xml`;
    const m = readSBML(readFileSync(file, "utf8"), { file });
    assert.ok(m.notes, `${name} has notes`);
    roundTrip(m);
  }
  // Boehm's model annotation: one RDF holding the model history (kept verbatim) and a cvTerm
  const file = `${PETAB}/Boehm_JProteomeRes2014/model_Boehm_JProteomeRes2014.xml`;
  const m = readSBML(readFileSync(file, "utf8"), { file });
  assert.deepEqual(m.cvTerms, [
    { qualifier: "bqbiol:isDescribedBy", resources: ["http://identifiers.org/doi/10.1021/pr5006923"] },
  ]);
  assert.match(m.annotationXml ?? "", /<vCard:Family>Boehm<\/vCard:Family>/);
  assert.doesNotMatch(m.annotationXml ?? "", /isDescribedBy/);
  const text = writeSBML(m);
  const model = text.slice(text.indexOf("<model"), text.indexOf("<listOf"));
  assert.equal(model.match(/<rdf:RDF/g)?.length, 1, "one rdf:RDF per annotation");
  assert.match(model, /<vCard:Family>Boehm<\/vCard:Family>[\s\S]*<bqbiol:isDescribedBy>/);
});

test("notes, annotation XML, cvTerms, sboTerm, units survive write → read", () => {
  const src = `<?xml version="1.0" encoding="UTF-8"?>
<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
 <model id="m" metaid="m1" sboTerm="SBO:0000004" timeUnits="second" substanceUnits="mole" name="A &amp; B">
  <notes><body xmlns="http://www.w3.org/1999/xhtml"><p>Hello &lt;world&gt;</p></body></notes>
  <annotation>
   <my:info xmlns:my="urn:my" my:x="1"><my:y>text</my:y></my:info>
   <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:bqbiol="http://biomodels.net/biology-qualifiers/" xmlns:bqmodel="http://biomodels.net/model-qualifiers/">
    <rdf:Description rdf:about="#m1">
     <bqmodel:is><rdf:Bag><rdf:li rdf:resource="https://identifiers.org/biomodels.db/BIOMD0000000001"/></rdf:Bag></bqmodel:is>
     <bqbiol:hasPart><rdf:Bag><rdf:li rdf:resource="urn:a"/><rdf:li rdf:resource="urn:b"/></rdf:Bag></bqbiol:hasPart>
    </rdf:Description>
   </rdf:RDF>
  </annotation>
  <listOfUnitDefinitions><unitDefinition id="per_s"><listOfUnits><unit kind="second" exponent="-1" scale="0" multiplier="1"/></listOfUnits></unitDefinition></listOfUnitDefinitions>
  <listOfParameters><parameter id="k" value="1e-7" units="per_s" constant="true"/></listOfParameters>
  <listOfRules><assignmentRule variable="k"><math xmlns="http://www.w3.org/1998/Math/MathML" xmlns:sbml="http://www.sbml.org/sbml/level3/version2/core"><cn sbml:units="per_s">2</cn></math></assignmentRule></listOfRules>
 </model>
</sbml>`;
  const m = readSBML(src);
  assert.equal(m.notes, `<body xmlns="http://www.w3.org/1999/xhtml"><p>Hello &lt;world&gt;</p></body>`);
  assert.equal(m.annotationXml, `<my:info xmlns:my="urn:my" my:x="1"><my:y>text</my:y></my:info>`);
  assert.deepEqual(m.cvTerms, [
    { qualifier: "bqmodel:is", resources: ["https://identifiers.org/biomodels.db/BIOMD0000000001"] },
    { qualifier: "bqbiol:hasPart", resources: ["urn:a", "urn:b"] },
  ]);
  assert.equal(m.name, "A & B");
  assert.deepEqual(m.rules[0]?.math, { kind: "num", value: 2, units: "per_s" });
  assert.equal(m.parameters[0]?.value, 1e-7);
  for (const opts of [{}, { level: 3 as const, version: 1 }]) {
    const back = readSBML(writeSBML(m, opts));
    assert.deepEqual(strip(back), strip(m));
  }
});

test("L2 stoichiometryMath is written for L3 as an assignment rule on the reference id", {
  skip: !existsSync(SUITE),
}, () => {
  const m = readCase(`${SUITE}/cases/00068/00068-sbml-l2v5.xml`);
  const refs = m.reactions.flatMap((r) => [...r.reactants, ...r.products]).filter((x) => x.stoichiometryMath);
  assert.ok(refs.length > 0);
  const back = readSBML(writeSBML(m));
  const backRefs = back.reactions.flatMap((r) => [...r.reactants, ...r.products]);
  for (const ref of refs) {
    const twin = backRefs.find((x) => x.species === ref.species && x.id !== undefined && !x.constant);
    assert.ok(twin?.id, `reference to ${ref.species} has an id`);
    assert.equal(twin.stoichiometryMath, undefined);
    const rule = back.rules.find((r) => r.kind === "assignment" && r.variable === twin.id);
    assert.deepEqual(rule?.math, ref.stoichiometryMath);
  }
  // everything else is unchanged
  assert.equal(back.rules.length, m.rules.length + refs.length);
  assert.deepEqual(strip(back.species), strip(m.species));
});

test("L2V1–L2V4 and L3V2 fixtures round trip (L2 ones written as L2V5 and as L3V2, or L3V1 when fast)", () => {
  for (const name of [
    "l2v1-defaults.xml",
    "l2v2-species-types.xml",
    "l2v3-stoichiometry-math.xml",
    "l2v4-events.xml",
    "l3v2-no-math.xml",
  ]) {
    const file = new URL(`./fixtures/${name}`, import.meta.url).pathname;
    const m = readSBML(readFileSync(file, "utf8"), { file });
    // fast reactions exist up to L3V1 only
    const isFast = m.reactions.some((r) => r.fast);
    const targets: { level: 2 | 3; version: number }[] = [{ level: 3, version: isFast ? 1 : 2 }];
    if (m.source?.level === 2) targets.push({ level: 2, version: 5 });
    const hasStoichMath = m.reactions.some((r) => r.reactants.some((x) => x.stoichiometryMath));
    for (const t of targets) {
      const back = readSBML(writeSBML(m, t));
      if (hasStoichMath && t.level === 3) {
        assert.equal(back.rules.length, m.rules.length + 1, name);
        continue;
      }
      // L3 has no species `charge` nor compartment `outside`: those two are dropped there
      const expected =
        t.level === 3
          ? {
              ...m,
              species: m.species.map(({ charge, ...x }) => x),
              compartments: m.compartments.map(({ outside, ...x }) => x),
            }
          : m;
      assert.deepEqual(strip(back), strip(expected), `${name} at L${t.level}V${t.version}`);
    }
  }
});

test("constructs a target level cannot express are refused, not dropped", () => {
  const m = readSBML(`<?xml version="1.0"?>
<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2"><model id="m">
 <listOfParameters><parameter id="x" value="0" constant="false"/></listOfParameters>
 <listOfRules><rateRule variable="x"><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><max/><cn>1</cn><cn>2</cn></apply></math></rateRule></listOfRules>
 <listOfEvents><event useValuesFromTriggerTime="true"><trigger initialValue="true" persistent="false"><math xmlns="http://www.w3.org/1998/Math/MathML"><true/></math></trigger></event></listOfEvents>
</model></sbml>`);
  for (const opts of [
    { level: 3 as const, version: 1 },
    { level: 2 as const, version: 4 },
  ]) {
    try {
      writeSBML(m, opts);
      assert.fail("expected a refusal");
    } catch (e) {
      assert.ok(e instanceof EngineError);
      assert.equal(e.diagnostic.code, Codes.SBML_UNSUPPORTED);
    }
  }
  const fast = readSBML(
    readFileSync(new URL("./fixtures/l2v4-events.xml", import.meta.url).pathname, "utf8"),
  );
  assert.throws(
    () => writeSBML(fast),
    (e: unknown) =>
      e instanceof EngineError && e.diagnostic.code === Codes.SBML_UNSUPPORTED && /fast/.test(e.message),
  );
  assert.match(writeSBML(fast, { level: 3, version: 1 }), /fast="true"/);
  assert.throws(
    () => writeSBML(m, { level: 2, version: 1 }),
    (e: unknown) => e instanceof EngineError && e.diagnostic.code === Codes.SBML_LEVEL,
  );
});
