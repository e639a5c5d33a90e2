/** Readers and writers of logical formats: structure, round trips, and errors naming file and line. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import {
  compileLogical,
  evalExpr,
  findAttractors,
  fixedPoints,
  parseFixes,
  readBnet,
  readBoolNet,
  readMaBoSSConfig,
  readMaBoSSNetwork,
  readSbmlQual,
  resolveRun,
  simulateJson,
  simulateMaBoSS,
  writeBnet,
  writeMaBoSSConfig,
  writeMaBoSSNetwork,
  writeSbmlQual,
} from "../../src/logical/index.js";

const L = "/work/shared/logical/";
const text = (f: string) => readFileSync(L + f, "utf8");

describe("MaBoSS .bnd / .cfg", () => {
  it("orders nodes as MaBoSS does (first mention) and reads the short form X : logic", () => {
    const net = readMaBoSSNetwork(text("maboss-models/Four_cycle.bnd"), { file: "Four_cycle.bnd" });
    // MaBoSS 2.6.6 prints "Output nodes: A B T C D" for this file (reference run.txt)
    assert.deepEqual(
      net.nodes.map((n) => n.name),
      ["A", "B", "T", "C", "D"],
    );
    assert.equal(net.nodes[3].logic?.k, "bin");
    const cf = readMaBoSSNetwork(text("maboss-models/cellfate.bnd"));
    const run = text("reference/maboss/cellfate_TNF_n100000/run.txt");
    const printed = [...run.matchAll(/^node (\w+) \{/gm)].map((m) => m[1]);
    assert.deepEqual(
      cf.nodes.map((n) => n.name),
      printed,
      "same node order as MaBoSS's printed network",
    );
  });

  it("reads parameters, custom attributes (@logic_p53) and conditional rates", () => {
    const net = readMaBoSSNetwork(text("maboss-models/p53_Mdm2.bnd"));
    const cfg = readMaBoSSConfig(text("maboss-models/p53_Mdm2_runcfg.cfg"));
    const { run } = resolveRun(net, cfg);
    assert.equal(run.parameters.tMNu, 0.3);
    assert.equal(run.parameters.case_a, 1);
    assert.equal(run.maxTime, 50);
    assert.equal(run.sampleCount, 50000);
    const c = compileLogical(net, { parameters: run.parameters });
    const i = net.nodes.findIndex((n) => n.name === "Mdm2N");
    // Mdm2N off, p53_h on (logic_p53 = p53_h with case_a), Mdm2C on, Dam on → rate_up = KMn_pMCD / tMNu
    const s = new Int32Array(1);
    for (const name of ["p53_h", "Mdm2C", "Dam"]) s[0] |= 1 << net.nodes.findIndex((n) => n.name === name);
    const r = new Float64Array(net.nodes.length);
    c.rates(s, r);
    assert.ok(Math.abs(r[i] - 1 / 0.3) < 1e-12);
  });

  it("evaluates $parameter expressions and TRUE/FALSE", () => {
    const cfg = readMaBoSSConfig(
      "$a = 2; $b = $a * 3 + 1; time_tick = $b / 14; max_time = 1; use_physrandgen = TRUE; X.istate = FALSE;",
    );
    const net = readMaBoSSNetwork("node X { logic = X; }");
    const { run } = resolveRun(net, cfg);
    assert.equal(run.parameters.b, 7);
    assert.equal(run.timeTick, 0.5);
  });

  it("errors name the file and line", () => {
    assert.throws(
      () => readMaBoSSNetwork("node A {\n  logic = B AND ;\n}", { file: "x.bnd" }),
      /E-LOGIC-001\] x\.bnd:2.*operand/,
    );
    assert.throws(
      () => readMaBoSSNetwork("node A {\n  logic = B;\n}\n", { file: "x.bnd" }),
      /E-LOGIC-002\] x\.bnd:2.*node B is used but never declared/,
    );
    assert.throws(
      () => readMaBoSSNetwork("node A { logic = A; }\nnode A { logic = 1; }", { file: "x.bnd" }),
      /E-LOGIC-001\] x\.bnd:2.*defined twice/,
    );
    assert.throws(
      () => readMaBoSSNetwork("node A {\n rate_up = @logc ? 1 : 0; rate_down = 0; }", { file: "x.bnd" }),
      /E-LOGIC-002.*@logc/,
    );
    assert.throws(
      () => readMaBoSSConfig("max_time = 5;\nmax_tme = 3;", { file: "r.cfg" }),
      /E-LOGIC-004\] r\.cfg:2.*unknown MaBoSS setting "max_tme"/,
    );
    assert.throws(
      () => readMaBoSSConfig("[A,B].istate = 1 [0];", { file: "r.cfg" }),
      /r\.cfg:1.*1 values for 2 nodes/,
    );
    assert.throws(
      () => resolveRun(readMaBoSSNetwork("node A { logic = A; rate_up = $k; }"), readMaBoSSConfig("")),
      /E-LOGIC-002.*\$k/,
    );
    assert.throws(
      () =>
        resolveRun(
          readMaBoSSNetwork("node A { logic = A; }"),
          readMaBoSSConfig("Z.istate = 1;", { file: "r.cfg" }),
        ),
      /r\.cfg:1.*no node named Z/,
    );
    assert.throws(
      () => readMaBoSSNetwork("node A { logic = A;\n/* open", { file: "x.bnd" }),
      /x\.bnd:2.*unterminated/,
    );
  });

  it("writes a .bnd/.cfg pair that reads back to the same simulation", () => {
    const net = readMaBoSSNetwork(text("maboss-models/cellfate.bnd"));
    let cfg = readMaBoSSConfig(text("maboss-models/cellfate_TNF.cfg"));
    cfg = readMaBoSSConfig("max_time = 20; time_tick = 1;", {}, cfg);
    const { run } = resolveRun(net, cfg);
    const bnd = writeMaBoSSNetwork(net);
    const cfgText = writeMaBoSSConfig(net, {
      timeTick: 1,
      maxTime: 20,
      sampleCount: 500,
      seed: 4,
      parameters: run.parameters,
      istate: {
        FADD: 1,
        TNF: 1,
        ATP: 1,
        cIAP: 1,
        ...Object.fromEntries(
          [
            "FASL",
            "NonACD",
            "Apoptosis",
            "Survival",
            "TNFR",
            "DISC_TNF",
            "DISC_FAS",
            "RIP1",
            "RIP1ub",
            "RIP1K",
            "IKK",
            "NFkB",
            "CASP8",
            "BAX",
            "BCL2",
            "ROS",
            "mROS",
            "MPT",
            "MOMP",
            "SMAC",
            "mcIAP",
            "Cyt_c",
            "XIAP",
            "mXIAP",
            "apoptosome",
            "CASP3",
            "cFLIP",
          ].map((n) => [n, 0 as const]),
        ),
      },
    });
    const net2 = readMaBoSSNetwork(bnd);
    const cfg2 = readMaBoSSConfig(cfgText);
    assert.deepEqual(
      net2.nodes.map((n) => n.name),
      net.nodes.map((n) => n.name),
    );
    const a = simulateJson(simulateMaBoSS(net, cfg, { samples: 500, seed: 4 }));
    const b = simulateJson(simulateMaBoSS(net2, cfg2));
    assert.deepEqual(b.final, a.final);
  });
});

describe("BoolNet .bn and .bnet", () => {
  it("reads BoolNet targets/factors and BNET (T-LGL in both formats: same functions)", () => {
    const a = readBoolNet(text("tlgl/tlgl2011_reduced.bn"));
    const b = readBnet(text("tlgl/tlgl2011_reduced.source.bnet"));
    assert.equal(a.nodes.length, 18);
    assert.deepEqual(
      b.nodes.map((n) => n.name),
      a.nodes.map((n) => `v_${n.name}`),
    );
    const ra = findAttractors(a, { update: "sync" });
    const rb = findAttractors(b, { update: "sync" });
    assert.deepEqual(rb.attractors, ra.attractors);
  });

  it("BNET inputs without a target line become input nodes (T-LGL 2011: .bnet and .bn give the same fixed points)", () => {
    const b = readBnet(text("tlgl/tlgl2011_saadatpour.source.bnet"));
    const a = readBoolNet(text("tlgl/tlgl2011_saadatpour.bn"));
    assert.equal(b.nodes.length, a.nodes.length);
    const inputs = b.nodes.filter((n, i) => n.logic?.k === "node" && n.logic.i === i).map((n) => n.name);
    assert.ok(inputs.includes("v_IL15"));
    const toSet = (net: typeof a, fps: string[], strip: (s: string) => string) =>
      fps
        .map((fp) =>
          net.nodes
            .filter((_, i) => fp[i] === "1")
            .map((n) => strip(n.name))
            .sort()
            .join(" "),
        )
        .sort();
    assert.deepEqual(
      toSet(b, fixedPoints(b), (s) => s.replace(/^v_/, "")),
      toSet(a, fixedPoints(a), (s) => s),
    );
    // BoolNet's own format still requires a target line for every gene
    assert.throws(
      () => readBoolNet("targets, factors\nA, B", { file: "x.bn" }),
      /x\.bn:2: gene B is used but has no target line/,
    );
  });

  it("round-trips through writeBnet with identical truth tables", () => {
    const net = readBoolNet(text("boolnet-models/cellcycle.bn"));
    const back = readBnet(writeBnet(net));
    for (let x = 0; x < 1024; x++) {
      const v = (i: number) => (x >>> i) & 1;
      net.nodes.forEach((n, i) => {
        assert.equal(evalExpr(back.nodes[i].logic!, v), evalExpr(n.logic!, v), `${n.name} at ${x}`);
      });
    }
  });

  it("errors name the line", () => {
    assert.throws(
      () => readBoolNet("targets, factors\nA, B & \nB, A", { file: "n.bn" }),
      /n\.bn:2.*end of file|n\.bn:2/,
    );
    assert.throws(
      () => readBoolNet("targets, factors\nA, C\nB, A", { file: "n.bn" }),
      /E-LOGIC-002\] n\.bn:2: gene C is used but has no target line/,
    );
    assert.throws(() => readBoolNet("A, B\nB, A", { file: "n.bn" }), /header "targets, factors"/);
    assert.throws(
      () => readBnet("A, B\nA, B\nB, A", { file: "n.bnet" }),
      /E-LOGIC-003\] n\.bnet:2: gene A is defined twice/,
    );
    assert.throws(() => readBnet("A B", { file: "n.bnet" }), /n\.bnet:1.*target, factor/);
    assert.throws(() => readBnet("A, B + 1\nB, A", { file: "n.bnet" }), /n\.bnet:1.*only ! & \|/);
    assert.throws(() => parseFixes(["A=2"]), /NODE=0 or NODE=1/);
  });
});

describe("SBML-qual", () => {
  it("write → read keeps every function (T-LGL 2011, 60 nodes) and the attractors", () => {
    const net = readBnet(text("tlgl/tlgl2011_reduced.source.bnet"));
    const xml = writeSbmlQual(net, { modelId: "tlgl" });
    assert.match(xml, /qual:required="true"/);
    const back = readSbmlQual(xml, { file: "t.sbml" });
    assert.deepEqual(
      back.nodes.map((n) => n.name),
      net.nodes.map((n) => n.name),
    );
    assert.deepEqual(
      findAttractors(back, { update: "sync" }).attractors,
      findAttractors(net, { update: "sync" }).attractors,
    );
    const big = readBnet(text("maboss-models/tlgl2011.bnet"));
    const back2 = readSbmlQual(writeSbmlQual(big));
    for (let trial = 0; trial < 200; trial++) {
      const bits = big.nodes.map(() => (Math.random() < 0.5 ? 1 : 0));
      big.nodes.forEach((n, i) => {
        assert.equal(
          evalExpr(back2.nodes[i].logic!, (j) => bits[j]),
          evalExpr(n.logic!, (j) => bits[j]),
          n.name,
        );
      });
    }
  });

  it("reads comparisons, default level 1, inputs by id, and refuses multi-valued species", () => {
    const Q = 'xmlns:qual="http://www.sbml.org/sbml/level3/version1/qual/version1"';
    const doc = (species: string, transitions: string) =>
      `<?xml version="1.0"?><sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1" ${Q}><model id="m"><qual:listOfQualitativeSpecies>${species}</qual:listOfQualitativeSpecies><qual:listOfTransitions>${transitions}</qual:listOfTransitions></model></sbml>`;
    const sp =
      '<qual:qualitativeSpecies qual:id="A" qual:maxLevel="1" qual:constant="false"/><qual:qualitativeSpecies qual:id="B" qual:maxLevel="1" qual:constant="false"/>';
    const tr =
      '<qual:transition qual:id="t"><qual:listOfInputs><qual:input qual:id="inA" qual:qualitativeSpecies="A"/></qual:listOfInputs><qual:listOfOutputs><qual:output qual:qualitativeSpecies="B"/></qual:listOfOutputs><qual:listOfFunctionTerms><qual:defaultTerm qual:resultLevel="1"/><qual:functionTerm qual:resultLevel="0"><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><geq/><ci>inA</ci><cn type="integer">1</cn></apply></math></qual:functionTerm></qual:listOfFunctionTerms></qual:transition>';
    const net = readSbmlQual(doc(sp, tr));
    // B = NOT (A >= 1) = NOT A; A has no transition: it keeps its value
    assert.equal(
      evalExpr(net.nodes[1].logic!, (j) => (j === 0 ? 1 : 0)),
      0,
    );
    assert.equal(
      evalExpr(net.nodes[1].logic!, () => 0),
      1,
    );
    assert.deepEqual(net.nodes[0].logic, { k: "node", i: 0 });
    assert.throws(
      () =>
        readSbmlQual(doc('<qual:qualitativeSpecies qual:id="A" qual:maxLevel="2"/>', ""), { file: "q.xml" }),
      /E-LOGIC-006\] q\.xml:1.*maxLevel 2/,
    );
    assert.throws(
      () => readSbmlQual(doc(sp, tr.replace("<ci>inA</ci>", "<ci>zz</ci>")), { file: "q.xml" }),
      /q\.xml:1.*zz/,
    );
  });
});
