import assert from "node:assert/strict";
import { test } from "node:test";
import { EngineError } from "@stat3/engine";
import { Kb, loadKb } from "../../src/kb/kb.js";
import { HALLMARKS } from "../../src/kb/types.js";
import { KbCodes } from "../../src/messages.js";

const kb = loadKb();

test("STAT3 carries its standard identifiers, domains and states", () => {
  const v = kb.show("stat3");
  assert.equal(v.entity.xrefs?.uniprot, "P40763");
  assert.equal(v.entity.xrefs?.hgnc, "STAT3");
  for (const p of [
    "stat3_ntd",
    "stat3_dbd",
    "stat3_sh2",
    "stat3_y705",
    "stat3_monomer",
    "stat3_py705",
    "stat3_dimer",
    "stat3_nuclear",
    "stat3_dna_bound",
  ])
    assert.ok(v.parts.includes(p), p);
});

test("synonyms keep the review's own spellings, and resolve to the entity", () => {
  assert.equal(kb.resolve("CyclnD1")?.id, "ccnd1");
  assert.equal(kb.resolve("microphages")?.id, "cell_macrophage");
  assert.equal(kb.resolve("cryptotashinone")?.id, "cryptotanshinone");
  assert.equal(kb.resolve("HIF1")?.id, "hif1");
  assert.equal(kb.resolve("Mcl1")?.id, "mcl1");
  assert.equal(kb.resolve("CSSs")?.id, "cell_csc");
});

test("search ranks exact names first and finds evidence sentences", () => {
  const r = kb.search("VEGF");
  assert.equal(r.entities[0]!.entity.id, "vegf");
  assert.equal(r.entities[0]!.score, 3);
  assert.ok(
    r.entities.some((h) => h.entity.id === "kdr"),
    "VEGFR2 found by prefix",
  );
  assert.ok(r.interactions.some((i) => i.id === "ang2:stat3>vegf"));
  assert.throws(
    () => kb.search("  "),
    (e: unknown) => e instanceof EngineError && e.diagnostic.code === KbCodes.KB_BAD_QUERY,
  );
});

test("unknown id: one EngineError naming close matches", () => {
  assert.throws(
    () => kb.show("stat33"),
    (e: unknown) =>
      e instanceof EngineError &&
      e.diagnostic.code === KbCodes.KB_UNKNOWN_ID &&
      /did you mean stat3\b/.test(e.message),
  );
  assert.deepEqual(kb.suggest("stattik").slice(0, 1), ["stattic"]);
});

test("Table 1: every hallmark has targets; the Fig. 1 legend genes are all in it", () => {
  for (const h of HALLMARKS) assert.ok(kb.targets(h).length >= 4, h);
  const fig1 = [
    "ccnd1",
    "myc",
    "birc5",
    "bcl2l1",
    "mcl1",
    "vegf",
    "fgf2",
    "hgf",
    "hif1",
    "mmp2",
    "mmp9",
    "twist1",
    "vim",
    "pou5f1",
    "nanog",
    "prom1",
    "cd44",
  ];
  for (const g of fig1)
    assert.ok(
      kb.data.table1.some((r) => r.gene === g && r.inFig1),
      g,
    );
  assert.deepEqual(
    kb.targets("proliferation").map((r) => r.gene),
    ["ccnd1", "myc", "birc5", "bcl2", "bcl2l1", "mcl1"],
  );
  const cxcl10 = kb.targets("immune").find((r) => r.gene === "cxcl10")!;
  assert.equal(cxcl10.direction, "down");
  assert.deepEqual(cxcl10.refs, [50]);
  assert.deepEqual(kb.targets("angiogenesis").find((r) => r.gene === "vegf")!.refs, [33, 34, 36, 71, 72, 73]);
  assert.throws(
    () => kb.targets("happiness"),
    (e: unknown) => e instanceof EngineError && /unknown hallmark/.test(e.message),
  );
});

test("Table 2: the review's inhibitors by class, outside facts kept apart with provenance", () => {
  const names = (c: string) => kb.drugs(c, true).map((r) => r.drug);
  assert.deepEqual(names("sh2"), [
    "py_lktk",
    "s3i_m2001",
    "s3i_1757",
    "curcumin_proline",
    "cryptotanshinone",
    "sta_21",
    "stattic",
    "s3i_201",
  ]);
  assert.deepEqual(names("dbd"), ["hic1", "is3_295", "dbd_1"]);
  assert.deepEqual(names("rtk"), ["kdi1", "pd153035"]);
  assert.deepEqual(names("jak"), ["jak_inhibitors"]);
  assert.deepEqual(names("src"), ["src_inhibitors"]);
  assert.deepEqual(kb.drugs("sh2").find((r) => r.drug === "stattic")!.refs, [83]);
  // outside examples are marked as such and carry tagged sources
  const rux = kb.drugs("jak").find((r) => r.drug === "ruxolitinib")!;
  assert.equal(rux.inReview, false);
  assert.ok(kb.entity("ruxolitinib")!.outside);
  assert.ok(
    rux.outside!.potency!.every(
      (p) => ["V", "C", "R"].includes(p.source.tag) && p.source.source.includes("stat3-facts.md"),
    ),
  );
  assert.deepEqual(rux.refs, [], "no review reference for an outside drug");
  assert.ok(kb.drugs("upstream").length > kb.drugs("rtk").length);
});

test("Fig. 2: every cell type of the legend, with what STAT3 does in it", () => {
  const cells = new Map(kb.cells().map((r) => [r.cell, r]));
  for (const c of [
    "cell_dc",
    "cell_neutrophil",
    "cell_nk",
    "cell_teff",
    "cell_macrophage",
    "cell_mdsc",
    "cell_treg",
    "cell_b",
    "cell_endothelial",
    "cell_fibroblast",
  ])
    assert.ok(cells.has(c), c);
  assert.ok(cells.get("cell_macrophage")!.effects.some((e) => /M2/.test(e)));
  assert.ok(cells.get("cell_macrophage")!.effects.some((e) => /PD-L1/.test(e)));
  assert.ok(cells.get("cell_treg")!.effects.some((e) => /CTLA4/.test(e)));
  assert.ok(cells.get("cell_dc")!.effects.some((e) => /antigen presentation/.test(e)));
  assert.deepEqual(cells.get("cell_macrophage")!.refs, [69]);
});

test("negative statements are kept as such", () => {
  const neg = kb.interactions.filter((i) => i.negative).map((i) => i.id);
  assert.ok(neg.includes("imm7:stat3>cxcl10"));
  assert.ok(neg.includes("tme3:stat3>cell_th1"));
  assert.equal(kb.interactions.find((i) => i.id === "imm7:stat3>cxcl10")!.type, "represses_expression");
});

test("the review is cited once, with honest metadata", () => {
  assert.equal(kb.data.review.referenceCount, 110);
  assert.deepEqual(kb.data.review.authors, []);
  assert.match(kb.data.review.note, /not in the text/);
});

test("drug-class aliases", () => {
  assert.deepEqual(Kb.drugClasses("DNA-binding"), ["dbd"]);
  assert.throws(
    () => Kb.drugClasses("magic"),
    (e: unknown) => e instanceof EngineError && e.diagnostic.code === KbCodes.KB_BAD_QUERY,
  );
});
