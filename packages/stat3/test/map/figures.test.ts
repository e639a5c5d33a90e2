import assert from "node:assert/strict";
import { test } from "node:test";
import { EngineError } from "@stat3/engine";
import { SaxesParser } from "saxes";
import { loadKb } from "../../src/kb/kb.js";
import { buildFigure, figureSvg } from "../../src/map/figures.js";
import type { MapGraph, MapNode } from "../../src/map/types.js";

const kb = loadKb();
const ixIds = new Set(kb.interactions.map((i) => i.id));
const overlap = (a: MapNode, b: MapNode): boolean =>
  a.x! < b.x! + b.w! && b.x! < a.x! + a.w! && a.y! < b.y! + b.h! && b.y! < a.y! + a.h!;

function checkCommon(g: MapGraph): void {
  const ids = new Set(g.nodes.map((n) => n.id));
  assert.equal(ids.size, g.nodes.length, "node ids unique");
  for (const n of g.nodes) {
    for (const k of ["x", "y", "w", "h"] as const) assert.ok(Number.isFinite(n[k]), `${n.id}.${k}`);
    assert.ok(n.x! >= 0 && n.x! + n.w! <= g.width, `${n.id} inside the canvas horizontally`);
    assert.ok(n.y! >= 0 && n.y! + n.h! <= g.height, `${n.id} inside the canvas vertically`);
    for (const e of n.evidence) assert.ok(ixIds.has(e), `${n.id}: unknown evidence ${e}`);
    if (n.entity) assert.ok(kb.entity(n.entity), `${n.id}: unknown entity ${n.entity}`);
  }
  for (const a of g.arcs) {
    assert.ok(ids.has(a.source) && ids.has(a.target), a.id);
    assert.ok(a.evidence.length > 0, `arc ${a.id} has no evidence`);
    for (const e of a.evidence) assert.ok(ixIds.has(e), `${a.id}: unknown evidence ${e}`);
  }
  // children sit inside their parent, and siblings/top-level boxes do not overlap
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  for (const n of g.nodes.filter((m) => m.parent)) {
    const p = byId.get(n.parent!)!;
    assert.ok(
      n.x! >= p.x! && n.x! + n.w! <= p.x! + p.w! && n.y! >= p.y! && n.y! + n.h! <= p.y! + p.h!,
      `${n.id} outside ${p.id}`,
    );
  }
  const boxes = g.nodes.filter((n) => !n.parent && n.glyph !== "process" && n.glyph !== "group");
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      assert.ok(!overlap(boxes[i]!, boxes[j]!), `${boxes[i]!.id} overlaps ${boxes[j]!.id}`);
}

test("Fig. 1: ligand → receptor → kinases → STAT3 cycle → nucleus → target groups, with inhibitor attack points", () => {
  const g = buildFigure(kb, 1);
  checkCommon(g);
  const n = (id: string) => g.nodes.find((x) => x.id === id)!;
  // compartments stack top to bottom
  assert.ok(n("il6").y! < n("il6st").y! && n("il6st").y! < n("jak").y! && n("jak").y! < n("stat3_py705").y!);
  const nucleus = g.regions.find((r) => r.id === "nucleus")!;
  for (const id of ["stat3_nuclear", "stat3_dna_bound", "group_stemness"])
    assert.ok(n(id).y! > nucleus.y && n(id).y! + n(id).h! < nucleus.y + nucleus.h, id);
  assert.ok(n("stat3_dimer").y! + n("stat3_dimer").h! < nucleus.y, "the dimer forms in the cytoplasm");
  // every Fig. 1 legend gene is drawn in its hallmark group
  const genes = new Set(g.nodes.filter((x) => x.glyph === "gene").map((x) => x.entity));
  for (const gene of [
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
  ])
    assert.ok(genes.has(gene), gene);
  // inhibitor attack points
  const inhib = new Map(g.arcs.filter((a) => a.kind === "inhibition").map((a) => [a.source, a.target]));
  assert.deepEqual(Object.fromEntries(inhib), {
    inh_rtk: "egfr",
    inh_jak: "jak",
    inh_src: "src",
    inh_sh2: "p_dimer",
    inh_dbd: "p_dna",
    inh_other: "p_phos",
  });
  assert.deepEqual(n("inh_sh2").members, [
    "py_lktk",
    "s3i_m2001",
    "s3i_1757",
    "curcumin_proline",
    "cryptotanshinone",
    "sta_21",
    "stattic",
    "s3i_201",
  ]);
  // kinases catalyse Y705 phosphorylation; Src and Abl carry the Fig. 1 legend sentence
  const cat = g.arcs
    .filter((a) => a.kind === "catalysis" && a.target === "p_phos")
    .map((a) => a.source)
    .sort();
  assert.deepEqual(cat, ["abl1", "egfr", "jak", "kdr", "src"]);
  assert.ok(
    g.arcs
      .find((a) => a.source === "src" && a.kind === "catalysis")!
      .evidence.includes("f1b:src>stat3_py705"),
  );
  // repressed genes are marked as such
  assert.equal(g.nodes.find((x) => x.entity === "cxcl10")!.tone, "down");
});

test("Fig. 2: every cell type with what STAT3 does in it, arcs signed as the review states them", () => {
  const g = buildFigure(kb, 2);
  checkCommon(g);
  const cells = g.nodes.filter((x) => x.glyph === "cell").map((x) => x.entity);
  for (const c of [
    "cell_tumour",
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
    assert.ok(cells.includes(c), c);
  const kind = (cell: string, target: string) => g.arcs.find((a) => a.target === `${cell}__${target}`)?.kind;
  assert.equal(kind("cell_dc", "proc_dc_maturation"), "inhibition");
  assert.equal(kind("cell_macrophage", "cell_m2"), "stimulation");
  assert.equal(kind("cell_macrophage", "cd274"), "stimulation");
  assert.equal(kind("cell_treg", "ctla4"), "stimulation");
  assert.equal(kind("cell_nk", "proc_nk_function"), "inhibition");
});

test("SVG: well-formed, every element carries its evidence, readable at A4 width, deterministic", () => {
  for (const fig of [1, 2]) {
    const svg = figureSvg(kb, fig, { linkBase: "entities.md" });
    const p = new SaxesParser({ xmlns: true });
    let nodes = 0;
    let withEvidence = 0;
    let width = 0;
    let minFont = Number.POSITIVE_INFINITY;
    p.on("opentag", (t) => {
      if (t.local === "svg") width = Number(t.attributes.width?.value);
      const cls = String(t.attributes.class?.value ?? "");
      if (cls.startsWith("node") || cls.startsWith("arc")) {
        nodes++;
        if (t.attributes["data-evidence"] !== undefined) withEvidence++;
      }
      if (t.local === "text") minFont = Math.min(minFont, Number(t.attributes["font-size"]?.value));
    });
    p.on("error", (e) => assert.fail(String(e)));
    p.write(svg).close();
    assert.ok(nodes > 40, `fig ${fig}: ${nodes} elements`);
    assert.equal(withEvidence, nodes);
    // A4 text width is about 180 mm: at ≤ 1400 px the 16 px names print at ≥ 2 mm (≈ 6 pt),
    // and the smallest text (state variables, 9.5 px) at ≥ 1.2 mm.
    assert.ok(width <= 1400, `fig ${fig} is ${width}px wide`);
    assert.ok(minFont >= 9.5, `fig ${fig}: font ${minFont}px`);
    assert.equal(svg, figureSvg(kb, fig, { linkBase: "entities.md" }), "same input, same SVG");
    assert.match(svg, /<a href="entities\.md#stat3/);
  }
});

test("an unknown figure is an EngineError", () => {
  assert.throws(
    () => buildFigure(kb, 3),
    (e: unknown) => e instanceof EngineError && /Fig\. 1 and Fig\. 2/.test(e.message),
  );
});
