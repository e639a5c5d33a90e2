import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compileModel } from "../../src/compile/index.js";
import { num, sym } from "../../src/expr/ast.js";
import { evaluate } from "../../src/expr/evaluate.js";
import { ModelBuilder } from "../../src/model/builder.js";
import {
  degrade,
  delayChain,
  dimerise,
  hillDown,
  hillUp,
  inhibition,
  phosphorylate,
  transcribe,
  translate,
} from "../../src/model/motifs.js";
import { simulate } from "../../src/simulate/simulate.js";

const tight = { relative_tolerance: 1e-10, absolute_tolerance: 1e-13 };

describe("motifs", () => {
  it("Hill and inhibition factors have their textbook values", () => {
    const env = { x: 2, K: 2, n: 3, c: 10, Ki: 5 };
    const ev = (e: Parameters<typeof evaluate>[0]) => evaluate(e, { values: env });
    assert.equal(ev(hillUp("x", "K", "n")), 0.5);
    assert.equal(ev(hillDown("x", "K", "n")), 0.5);
    assert.equal(ev(hillUp("x", "K", num(1))), 0.5);
    assert.ok(Math.abs(ev(inhibition([{ conc: "c", K: "Ki" }])) - 1 / 3) < 1e-15);
    assert.equal(ev(inhibition([])), 1);
  });

  it("dimerise reaches K_d = koff/kon: [D] = (kon/koff)[M]², monomer equivalents conserved", () => {
    const b = new ModelBuilder("dimer");
    b.compartment("c", 1, { source: "test" });
    b.species("M", { compartment: "c", initial: 10 });
    b.species("D", { compartment: "c", initial: 0 });
    b.param("kon", { value: 0.2, unit: "1/(nM*min)", source: "test" });
    b.param("koff", { value: 1, unit: "1/min", source: "test" });
    dimerise(b, { id: "dim", monomer: "M", dimer: "D", kon: "kon", koff: "koff", in: "c" });
    const s = simulate(compileModel(b.build()), {
      end: 100,
      points: 2,
      selections: ["[M]", "[D]"],
      options: tight,
    });
    const M = s.values[0][1];
    const D = s.values[1][1];
    assert.ok(Math.abs(M + 2 * D - 10) < 1e-8);
    assert.ok(Math.abs(D - 0.2 * M * M) < 1e-8);
  });

  it("a delay chain of n stages at rate k delivers with mean n/k; transcription/translation reach basal + vmax·H and k_tl/k_deg·mRNA", () => {
    const b = new ModelBuilder("chain");
    b.compartment("c", 1, { source: "test" });
    const stages = ["X1", "X2", "X3", "X4"];
    for (const s of stages) b.species(s, { compartment: "c", initial: s === "X1" ? 1 : 0 });
    b.species("Y", { compartment: "c", initial: 0 });
    delayChain(b, { idPrefix: "d", stages, target: "Y", k: num(2), in: "c" });
    // Y(t) = 1 − Σ_{j<4} e^{−kt}(kt)^j/j! (Erlang with 4 stages)
    const s = simulate(compileModel(b.build()), { times: [0, 2], selections: ["[Y]"], options: tight });
    const kt = 4;
    let tail = 0;
    for (let j = 0, f = 1; j < 4; j++, f *= j) tail += (Math.exp(-kt) * kt ** j) / f;
    assert.ok(Math.abs(s.values[0][1] - (1 - tail)) < 1e-8);

    const g = new ModelBuilder("gene");
    g.compartment("c", 1, { source: "test" });
    g.species("m", { compartment: "c", initial: 0 });
    g.species("p", { compartment: "c", initial: 0 });
    g.species("S", { compartment: "c", initial: 5 });
    g.species("pS", { compartment: "c", initial: 0 });
    g.param("A", { value: 1, unit: "dimensionless", source: "test" });
    transcribe(g, {
      id: "tx",
      mRNA: "m",
      activator: sym("A"),
      basal: num(0.1),
      vmax: num(0.9),
      K: num(1),
      n: num(2),
      in: "c",
    });
    degrade(g, { id: "mdeg", species: "m", k: num(0.5), in: "c" });
    translate(g, { id: "tl", mRNA: "m", protein: "p", k: num(3), in: "c" });
    degrade(g, { id: "pdeg", species: "p", k: num(1), in: "c" });
    phosphorylate(g, { id: "ph", substrate: "S", product: "pS", k: num(0.1), kinase: num(2), in: "c" });
    const r = simulate(compileModel(g.build()), {
      times: [0, 5, 200],
      selections: ["[m]", "[p]", "[pS]"],
      options: tight,
    });
    const mss = (0.1 + 0.9 * 0.5) / 0.5;
    assert.ok(Math.abs(r.values[0][2] - mss) < 1e-7);
    assert.ok(Math.abs(r.values[1][2] - 3 * mss) < 1e-6);
    assert.ok(Math.abs(r.values[2][1] - 5 * (1 - Math.exp(-0.2 * 5))) < 1e-8);
  });
});
