import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compileModel } from "../../src/compile/index.js";
import { num, sym } from "../../src/expr/ast.js";
import { EngineError } from "../../src/messages.js";
import { ModelBuilder } from "../../src/model/builder.js";
import { bind, degrade, nuclearExport, nuclearImport, synthesise } from "../../src/model/motifs.js";
import { readSBML } from "../../src/sbml/read.js";
import { writeSBML } from "../../src/sbml/write.js";
import { simulate } from "../../src/simulate/simulate.js";

/** Two compartments of different size, a binding step and a transport cycle. */
function small() {
  const b = new ModelBuilder("small");
  b.compartment("cyt", 10, { source: "test" });
  b.compartment("nuc", 0.5, { source: "test" });
  b.species("A", { compartment: "cyt", initial: 2, xrefs: { uniprot: "P40763" } });
  b.species("B", { compartment: "cyt", initial: 1 });
  b.species("AB", { compartment: "cyt", initial: 0 });
  b.species("An", { compartment: "nuc", initial: 0 });
  b.param("kon", { value: 0.5, unit: "1/(nM*min)", source: "test" });
  b.param("koff", { value: 0.25, unit: "1/min", source: "test" });
  b.param("kimp", { value: 0.1, unit: "1/min", source: "test" });
  b.param("kexp", { value: 2, unit: "1/min", source: "test" });
  bind(b, {
    id: "bindAB",
    a: "A",
    b: "B",
    complex: "AB",
    kon: "kon",
    koff: "koff",
    in: "cyt",
    note: "A + B <-> AB",
  });
  nuclearImport(b, { id: "imp", from: "A", to: "An", k: "kimp", in: "cyt" });
  nuclearExport(b, { id: "exp", from: "An", to: "A", k: "kexp", in: "nuc" });
  return b;
}

describe("ModelBuilder", () => {
  it("conserves amounts across compartments of different size and reaches the analytic equilibrium", () => {
    const m = small().build();
    const c = compileModel(m);
    const sol = simulate(c, {
      end: 200,
      points: 3,
      selections: ["time", "A", "AB", "An", "[A]", "[AB]", "[B]", "[An]"],
      options: { relative_tolerance: 1e-10, absolute_tolerance: 1e-12 },
    });
    const last = (k: number) => sol.values[k][2];
    // total A amount: 10·2 = 20 nmol·(pL) units; A + AB + An amounts
    assert.ok(Math.abs(last(1) + last(2) + last(3) - 20) < 1e-7);
    // binding equilibrium [AB] = (kon/koff)[A][B]; transport [An]·Vn·kexp = [A]·Vc·kimp
    assert.ok(Math.abs(last(5) - 2 * last(4) * last(6)) < 1e-7);
    assert.ok(Math.abs(last(7) * 0.5 * 2 - last(4) * 10 * 0.1) < 1e-7);
  });

  it("writes SBML L3V2 with units, notes and MIRIAM annotations that reads back to the same trajectories", () => {
    const b = small();
    synthesise(b, { id: "synB", species: "B", k: num(0.01), in: "cyt" });
    degrade(b, { id: "degB", species: "B", k: num(0.01), in: "cyt" });
    const m = b.build();
    const xml = writeSBML(m);
    assert.match(xml, /level="3" version="2"/);
    assert.match(xml, /identifiers\.org\/uniprot\/P40763/);
    assert.match(xml, /unitDefinition id="per_minute"/);
    assert.match(xml, /source: test/);
    const back = readSBML(xml);
    const opts = {
      end: 50,
      points: 11,
      selections: ["time", "[A]", "[AB]", "[An]"],
      options: { relative_tolerance: 1e-10, absolute_tolerance: 1e-14 },
    };
    const s1 = simulate(compileModel(m), opts);
    const s2 = simulate(compileModel(back), opts);
    for (let k = 1; k < 4; k++)
      for (let i = 0; i < 11; i++) {
        assert.ok(Math.abs(s1.values[k][i] - s2.values[k][i]) <= 1e-9 * Math.abs(s1.values[k][i]) + 1e-15);
      }
  });

  it("refuses duplicates, unknown species and undeclared symbols with EngineError", () => {
    const b = small();
    assert.throws(
      () => b.param("kon", { value: 1, unit: "1/min", source: "x" }),
      (e: unknown) => e instanceof EngineError && /declared twice/.test(e.message),
    );
    assert.throws(() => degrade(b, { id: "d1", species: "Z", k: "kon", in: "cyt" }), /unknown species "Z"/);
    assert.throws(
      () => degrade(b, { id: "d2", species: "A", k: sym("nope"), in: "cyt" }),
      /"nope", which is not declared/,
    );
    assert.throws(() => b.param("p1", { value: 1, unit: "1/min", source: "" }), /has no source/);
  });
});
