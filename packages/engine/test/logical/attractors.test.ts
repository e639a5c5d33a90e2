/**
 * Attractors against BoolNet 2.1.7 (../shared/logical/reference/boolnet): synchronous exhaustive
 * search — the same attractor states (in cycle order) and the same basin sizes; asynchronous — the same
 * terminal SCCs (as sets) and, for the exact enumeration, the number of states each is reached from.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import {
  type Attractor,
  enclosingTrapSpace,
  evalExpr,
  findAttractors,
  fixedPoints,
  readBnet,
  readBoolNet,
  readLogical,
} from "../../src/logical/index.js";

const L = "/work/shared/logical/";
const ref = (f: string) => JSON.parse(readFileSync(`${L}reference/boolnet/${f}`, "utf8"));
const bn = (f: string) => readBoolNet(readFileSync(L + f, "utf8"), { file: f });

/** cycles compared up to rotation (BoolNet and we both start at the smallest state for ordinary networks) */
function rotations(states: string[]): string[] {
  return states.map((_, i) => [...states.slice(i), ...states.slice(0, i)].join(" "));
}
function sameCycle(a: string[], b: string[]): boolean {
  return a.length === b.length && rotations(a).includes(b.join(" "));
}
function findMatch(ours: Attractor[], states: string[], ordered: boolean): Attractor | undefined {
  return ours.find((a) =>
    ordered
      ? sameCycle(a.states, states)
      : a.states.length === states.length && [...a.states].sort().join() === [...states].sort().join(),
  );
}

describe("BoolNet synchronous exhaustive search", () => {
  for (const [file, net] of [
    ["cellcycle_sync.json", "boolnet-models/cellcycle.bn"],
    ["tlgl2011red_sync.json", "tlgl/tlgl2011_reduced.bn"],
  ] as const) {
    it(`${file}: same attractors, same cycle order, same basin sizes`, () => {
      const r = ref(file);
      const ours = findAttractors(bn(net), { update: "sync" });
      assert.deepEqual(ours.nodes, r.genes);
      assert.equal(ours.attractors.length, r.n_attractors);
      for (const a of r.attractors) {
        const m = findMatch(ours.attractors, a.states, true);
        assert.ok(m, `attractor ${a.states.join(" ")} not found`);
        assert.deepEqual(m.states, a.states, "cycle listed from the same state as BoolNet");
        assert.equal(m.basin_size, a.basin_size);
        assert.equal(m.kind, a.kind);
      }
      assert.equal(
        ours.attractors.reduce((s, a) => s + (a.basin_size ?? 0), 0),
        r.n_states_total ?? 2 ** r.n_genes,
      );
    });
  }

  it("igf_sync.json: temporal network (X[-k] delays) — same attractors as per-step sequences", () => {
    const r = ref("igf_sync.json");
    const ours = findAttractors(bn("boolnet-models/igf.bn"), { update: "sync" });
    assert.equal(ours.attractors.length, r.n_attractors);
    for (const a of r.attractors)
      assert.ok(findMatch(ours.attractors, a.states, true), `attractor ${a.states.join(" ")}`);
  });
});

describe("asynchronous attractors", () => {
  for (const [name, net] of [
    ["cellcycle", "boolnet-models/cellcycle.bn"],
    ["tlgl2011red", "tlgl/tlgl2011_reduced.bn"],
  ] as const) {
    it(`${name}: exact terminal SCCs equal BoolNet's exact enumeration, with reachability counts`, () => {
      const r = ref(`${name}_exact.json`);
      const ours = findAttractors(bn(net), { update: "async" });
      assert.equal(ours.method, "exhaustive");
      assert.equal(ours.attractors.length, r.asynchronous.n_attractors);
      for (const a of r.asynchronous.attractors) {
        const m = findMatch(ours.attractors, a.states, false);
        assert.ok(m, `async attractor of ${a.length} states not found`);
        assert.equal(m.kind, a.kind);
        assert.equal(m.reachable_from, a.reached_from);
      }
      // the synchronous part of the exact file agrees too
      const sync = findAttractors(bn(net), { update: "sync" });
      for (const a of r.synchronous.attractors)
        assert.equal(findMatch(sync.attractors, a.states, true)?.basin_size, a.basin_size);
    });

    it(`${name}: BoolNet's random asynchronous search result is found by our exact and random-walk searches`, () => {
      const r = ref(`${name}_async.json`);
      const exact = findAttractors(bn(net), { update: "async" });
      const walk = findAttractors(bn(net), {
        update: "async",
        method: "random",
        starts: 200,
        walkLength: 2000,
        seed: 3,
      });
      assert.equal(walk.method, "random-walk");
      for (const a of r.attractors) {
        assert.ok(findMatch(exact.attractors, a.states, false), "exact");
        assert.ok(findMatch(walk.attractors, a.states, false), "random walk");
      }
      const total = walk.attractors.reduce((s, a) => s + (a.basin_fraction ?? 0), 0);
      assert.ok(Math.abs(total - 1) < 1e-9, "every random start ends in an attractor");
    });
  }

  it("random-walk synchronous search finds every attractor of T-LGL (reduced) with basin fractions near BoolNet's basins", () => {
    const r = ref("tlgl2011red_sync.json");
    const walk = findAttractors(bn("tlgl/tlgl2011_reduced.bn"), {
      update: "sync",
      method: "random",
      starts: 2000,
      seed: 9,
    });
    const big = r.attractors.find((a: { basin_size: number }) => a.basin_size === 255744);
    const m = findMatch(walk.attractors, big.states, true);
    assert.ok(m);
    const p = 255744 / 262144;
    assert.ok(Math.abs((m.basin_fraction ?? 0) - p) < 4 * Math.sqrt((p * (1 - p)) / 2000));
  });
});

describe("fixed points, mutations, size limits", () => {
  it("fixed points by constraint search equal the steady states of the exhaustive search", () => {
    for (const f of ["boolnet-models/cellcycle.bn", "tlgl/tlgl2011_reduced.bn"]) {
      const net = bn(f);
      const steady = findAttractors(net, { update: "sync" })
        .attractors.filter((a) => a.kind === "steady")
        .map((a) => a.states[0]);
      assert.deepEqual(fixedPoints(net), steady.sort());
    }
  });

  it("fixed points of the 60-node T-LGL 2011 network (beyond exhaustive search) are true fixed points", () => {
    const net = readBnet(readFileSync(L + "maboss-models/tlgl2011.bnet", "utf8"));
    const fps = fixedPoints(net);
    assert.ok(fps.length > 0);
    // check f(x) = x with the reference interpreter
    const names = net.nodes.map((n) => n.name);
    for (const fp of fps) {
      const sync = findAttractors(net, {
        update: "sync",
        method: "random",
        starts: 1,
        fix: Object.fromEntries(names.map((n, i) => [n, Number(fp[i]) as 0 | 1])),
      });
      assert.equal(sync.attractors[0].states[0], fp);
    }
    // Saadatpour et al. 2011 (doi:10.1371/journal.pcbi.1002267): with the T-LGL inputs on (IL15, PDGF,
    // Stimuli), apoptosis is the one fixed point, and the T-LGL survival state — STAT3 constitutively
    // active, no apoptosis — is a complex (oscillating) attractor found by the random-walk search
    const inputs = { IL15: 1, PDGF: 1, Stimuli: 1, CD45: 0, Stimuli2: 0, TAX: 0 } as const;
    const withInputs = fixedPoints(net, { fix: inputs });
    const iStat3 = names.indexOf("STAT3");
    const iApo = names.indexOf("Apoptosis");
    assert.equal(withInputs.length, 1);
    assert.equal(withInputs[0][iApo], "1");
    const walk = findAttractors(net, {
      update: "async",
      method: "random",
      starts: 60,
      walkLength: 2000,
      seed: 1,
      fix: inputs,
    });
    const survival = walk.attractors.filter((a) => a.kind === "complex");
    assert.ok(survival.length > 0, "a survival attractor");
    for (const a of survival)
      assert.ok(
        a.states.every((s) => s[iStat3] === "1" && s[iApo] === "0"),
        "STAT3 on, no apoptosis",
      );
  });

  it("--fix removes a node from the free state space (BoolNet's fixGenes)", () => {
    const net = bn("boolnet-models/cellcycle.bn");
    const r = findAttractors(net, { update: "sync", fix: { CycD: 0 } });
    assert.equal(r.n_free, 9);
    assert.equal(r.attractors.length, 1);
    assert.equal(r.attractors[0].states[0], "0100010100");
    assert.equal(r.attractors[0].basin_size, 512);
  });

  it("refuses exhaustive search beyond the limit with a clear error", () => {
    const net = readBnet(readFileSync(L + "maboss-models/tlgl2011.bnet", "utf8"), { file: "tlgl2011.bnet" });
    assert.throws(
      () => findAttractors(net, { update: "async", method: "exhaustive" }),
      /E-LOGIC-005.*exceeds the limit/,
    );
  });

  it("reads a MaBoSS .bnd for attractors when every node has a logic", () => {
    const net = readLogical("node A { logic = !B; }\nnode B { logic = A; }\n", { format: "maboss" });
    const r = findAttractors(net, { update: "sync" });
    assert.equal(r.attractors.length, 1);
    assert.equal(r.attractors[0].kind, "cycle");
    // MaBoSS order: B is mentioned (in A's block) before A's block ends
    assert.deepEqual(r.nodes, ["B", "A"]);
    assert.deepEqual(r.attractors[0].states, ["00", "01", "11", "10"]);
    const a = findAttractors(net, { update: "async" });
    assert.equal(a.attractors[0].kind, "complex");
    assert.equal(a.attractors[0].states.length, 4);
  });
});

describe("trap spaces", () => {
  it("the trap space enclosing each asynchronous attractor is closed and contains it (T-LGL reduced, cell cycle)", () => {
    for (const f of ["tlgl/tlgl2011_reduced.bn", "boolnet-models/cellcycle.bn"]) {
      const net = bn(f);
      for (const a of findAttractors(net, { update: "async" }).attractors) {
        const ts = enclosingTrapSpace(net, a.states);
        for (const s of a.states)
          for (let i = 0; i < s.length; i++) assert.ok(ts[i] === "*" || ts[i] === s[i]);
        // closed: brute force over the subspace, every fixed node's function keeps its value
        const free = [...ts].flatMap((ch, i) => (ch === "*" ? [i] : []));
        assert.ok(free.length <= 12, `${free.length} free nodes`);
        for (let m = 0; m < 2 ** free.length; m++) {
          const x = [...ts].map((ch) => (ch === "1" ? 1 : 0));
          free.forEach((i, k) => {
            x[i] = (m >>> k) & 1;
          });
          net.nodes.forEach((node, i) => {
            if (ts[i] !== "*")
              assert.equal(
                evalExpr(node.logic!, (j) => x[j]),
                Number(ts[i]),
                `${f}: ${node.name} leaves ${ts}`,
              );
          });
        }
        if (a.kind === "steady") assert.equal(ts, a.states[0], "a fixed point is its own trap space");
      }
    }
    // the T-LGL complex attractors oscillate in CTLA4_ and TCR only: those are the free nodes
    const tl = bn("tlgl/tlgl2011_reduced.bn");
    const complex = findAttractors(tl, { update: "async" }).attractors.filter((a) => a.kind === "complex");
    for (const a of complex) {
      const ts = enclosingTrapSpace(tl, a.states);
      const freeNames = tl.nodes.filter((_, i) => ts[i] === "*").map((n) => n.name);
      assert.deepEqual(freeNames, ["CTLA4_", "TCR"]);
    }
  });
});
