import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadKb } from "@stat3/stat3";
import { SaxesParser } from "saxes";
import { formatCells, formatDrugs, formatSearch, formatShow, formatTargets } from "../../src/commands/kb.js";

const root = new URL("../../../../", import.meta.url).pathname;
const main = join(root, "packages/cli/src/main.ts");
const stat3 = (...args: string[]) =>
  spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", main, ...args], {
    cwd: root,
    encoding: "utf8",
  });
const kb = loadKb();
const dir = mkdtempSync(join(tmpdir(), "stat3-kb-"));

test("kb show with an unknown id: one error line naming close matches, exit 1", () => {
  const r = stat3("kb", "show", "stat33");
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 1, r.stderr);
  assert.match(
    lines[0]!,
    /^error\[E-KB-101\]: no entity "stat33" in the knowledge base; did you mean stat3\b/,
  );
  assert.equal(r.stdout, "");
});

test("kb targets --hallmark immune --json is Table 1's immune-evasion rows", () => {
  const r = stat3("kb", "targets", "--hallmark", "immune", "--json");
  assert.equal(r.status, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as { gene: string; direction: string; refs: number[] }[];
  assert.ok(rows.every((x) => kb.targets("immune").some((y) => y.gene === x.gene)));
  assert.deepEqual(
    rows.find((x) => x.gene === "cxcl10"),
    { ...rows.find((x) => x.gene === "cxcl10"), direction: "down", refs: [50] },
  );
});

test("kb export --format graphml --out writes well-formed XML", () => {
  const file = join(dir, "kb.graphml");
  const r = stat3("kb", "export", "--format", "graphml", "--out", file);
  assert.equal(r.status, 0, r.stderr);
  let edges = 0;
  const p = new SaxesParser({ xmlns: true });
  p.on("opentag", (t) => {
    if (t.local === "edge") edges++;
  });
  p.write(readFileSync(file, "utf8")).close();
  assert.equal(edges, kb.interactions.length);
});

test("kb check against the review's text: zero misses, exit 0", (t) => {
  const review = join(root, "..", "shared", "seed", "000_bf640c73cefc563f.txt");
  if (!existsSync(review)) return t.skip("review text not found");
  const r = stat3("kb", "check", "--review", review, "--json");
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const j = JSON.parse(r.stdout);
  assert.deepEqual(j.completeness.misses, []);
  assert.deepEqual(j.coverage.uncovered, []);
});

test("text formatters: search, show, targets, drugs, cells", () => {
  const s = formatSearch(kb, kb.search("Stattic"));
  assert.match(s, /^stattic\s+small_molecule\s+Stattic/);
  assert.match(s, /Stattic \(83\)/);
  const show = formatShow(kb, kb.show("cell_macrophage"));
  assert.match(show, /identifiers: cl CL:0000235/);
  assert.match(show, /synonyms: .*microphages/);
  assert.match(show, /Fig\. 2: M2-like polarisation; PD-L1 expression \(69\)/);
  const tg = formatTargets(kb, kb.targets("stemness"));
  assert.equal(tg.split("\n").length, kb.targets("stemness").length);
  assert.match(tg, /CD133/);
  const d = formatDrugs(kb, kb.drugs("jak"));
  assert.match(d, /ruxolitinib .*\[outside the review\]/);
  assert.match(d, /potency \[R\]: enzyme IC50 JAK1 3\.3 nM/);
  assert.match(
    formatCells(kb, kb.cells()),
    /regulatory T cell\s+immunosuppressive\s+immune tolerance through CTLA4 expression/,
  );
});
