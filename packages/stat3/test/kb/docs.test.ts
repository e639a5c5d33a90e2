import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { anchor, generateDocs } from "../../src/kb/docs.js";
import { loadKb } from "../../src/kb/kb.js";

const kb = loadKb();
const docsDir = fileURLToPath(new URL("../../../../docs/kb/", import.meta.url));

test("generated docs: overview with Table 1, Table 2 and Fig. 2; every entity and interaction has an anchor", () => {
  const d = generateDocs(kb);
  assert.deepEqual(Object.keys(d).sort(), [
    "README.md",
    "entities.md",
    "fig1.svg",
    "fig2.svg",
    "interactions.md",
  ]);
  assert.match(d["README.md"]!, /## Table 1 — the target genes of STAT3/);
  assert.match(d["README.md"]!, /## Table 2 — small-molecule inhibitors/);
  assert.match(d["README.md"]!, /\| \[Stattic\]\(entities\.md#stattic\) \| STAT3 SH2 domain \|/);
  for (const e of kb.entities) assert.ok(d["entities.md"]!.includes(`<a id="${e.id}"></a>`), e.id);
  for (const i of kb.interactions)
    assert.ok(d["interactions.md"]!.includes(`<a id="${anchor(i.id)}"></a>`), i.id);
  // every sentence of the evidence is quoted once as a block quote
  const quoted = new Set(kb.interactions.flatMap((i) => (i.evidence ? [i.evidence.sentence] : [])));
  for (const s of quoted) assert.ok(d["interactions.md"]!.includes(`> ${s}`), s.slice(0, 40));
});

test("docs/kb is up to date with the knowledge base (regenerate: stat3 kb docs --out docs/kb)", (t) => {
  if (!existsSync(docsDir)) return t.skip("docs/kb not present");
  for (const [name, content] of Object.entries(generateDocs(kb)))
    assert.equal(readFileSync(docsDir + name, "utf8"), content, `docs/kb/${name} is stale`);
});
