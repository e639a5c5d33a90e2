/** Exports of the review's logical model: MaBoSS .bnd/.cfg and SBML-qual that read back to the same model. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { logical } from "@stat3/engine";
import {
  exportMaBoSS,
  exportSbmlQual,
  phenotypes,
  READOUTS,
  reviewModel,
} from "../../src/logical/presets.js";

describe("exports", () => {
  it("MaBoSS files read back (MaBoSS grammar) and simulate to the same phenotype probabilities", () => {
    const { bnd, cfg } = exportMaBoSS({ context: "hepatocyte", set: { IL6: 1 }, samples: 3000, seed: 3 });
    assert.match(bnd, /^node STAT3_DNA \{$/m);
    assert.match(cfg, /^sample_count = 3000;$/m);
    const net = logical.readMaBoSSNetwork(bnd, { file: "stat3.bnd" });
    const c = logical.readMaBoSSConfig(cfg, { file: "stat3.cfg" });
    const ours = phenotypes({ context: "hepatocyte", set: { IL6: 1 }, samples: 3000, seed: 3 }).p;
    const back = logical.simulateMaBoSS(net, c);
    assert.deepEqual([...back.outputs].sort(), [...READOUTS].sort());
    for (const k of READOUTS) {
      const p = back.lastTick.marginals[k];
      const se = Math.sqrt((ours[k] * (1 - ours[k]) + p * (1 - p)) / 3000) || 1e-9;
      assert.ok(Math.abs(p - ours[k]) <= 4 * se + 1e-9, `${k}: ${p} vs ${ours[k]}`);
    }
  });

  it("SBML-qual reads back with the same Boolean function for every node", () => {
    const xml = exportSbmlQual();
    const back = logical.readSbmlQual(xml, { file: "stat3-qual.xml" });
    const net = reviewModel().network;
    assert.deepEqual(
      back.nodes.map((n) => n.name),
      net.nodes.map((n) => n.name),
    );
    let seed = 12345;
    // a linear congruential generator (Numerical Recipes constants) for reproducible random states
    const rnd = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let trial = 0; trial < 300; trial++) {
      const bits = net.nodes.map(() => (rnd() < 0.5 ? 1 : 0));
      net.nodes.forEach((n, i) => {
        const x = (j: number) => bits[j];
        assert.equal(
          logical.evalExpr(back.nodes[i].logic as logical.LExpr, x),
          logical.evalExpr(n.logic as logical.LExpr, x),
          n.name,
        );
      });
    }
    // the evidence travels with the nodes
    assert.match(xml, /refs 48,49/);
  });
});
