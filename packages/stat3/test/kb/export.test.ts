import assert from "node:assert/strict";
import { test } from "node:test";
import { EngineError } from "@stat3/engine";
import { SaxesParser } from "saxes";
import { CSV_TABLES, exportKb } from "../../src/kb/export.js";
import { loadKb } from "../../src/kb/kb.js";

const kb = loadKb();

/** Minimal RFC 4180 reader, to parse the export back. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let q = false;
  const endCell = (): void => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (q) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ",") endCell();
    else if (c === "\r" && s[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

test("JSON export parses back to the same base", () => {
  const back = JSON.parse(exportKb(kb, "json"));
  assert.equal(back.entities.length, kb.entities.length);
  assert.equal(back.interactions.length, kb.interactions.length);
  assert.deepEqual(back.table2[0], JSON.parse(JSON.stringify(kb.data.table2[0])));
});

test("CSV exports: every table parses back with one row per record and a constant width", () => {
  const sizes: Record<string, number> = {
    interactions: kb.interactions.length,
    entities: kb.entities.length,
    table1: kb.data.table1.length,
    table2: kb.data.table2.length,
    fig2: kb.data.fig2.length,
  };
  for (const t of CSV_TABLES) {
    const rows = parseCsv(exportKb(kb, "csv", { table: t }));
    assert.equal(rows.length, sizes[t]! + 1, t);
    assert.ok(
      rows.every((r) => r.length === rows[0]!.length),
      `${t}: ragged rows`,
    );
  }
  const rows = parseCsv(exportKb(kb, "csv"));
  const h = rows[0]!;
  const vegf = rows.find((r) => r[0] === "ang2:stat3>vegf")!;
  assert.equal(vegf[h.indexOf("refs")], "33;34");
  assert.match(
    vegf[h.indexOf("sentence")]!,
    /^It is well known that STAT3 induces vascular endothelial growth factor/,
  );
});

test("SIF export: one line per interaction, three tab-separated fields", () => {
  const lines = exportKb(kb, "sif").trimEnd().split("\n");
  assert.equal(lines.length, kb.interactions.length);
  for (const l of lines) assert.equal(l.split("\t").length, 3, l);
  assert.ok(lines.includes("src\tphosphorylates\tstat3_py705"));
});

test("GraphML export is well-formed XML with every node and edge", () => {
  const xml = exportKb(kb, "graphml");
  const p = new SaxesParser({ xmlns: true });
  let nodes = 0;
  let edges = 0;
  const ids = new Set<string>();
  p.on("opentag", (t) => {
    if (t.local === "node") {
      nodes++;
      ids.add(String(t.attributes.id?.value));
    }
    if (t.local === "edge") {
      edges++;
      assert.ok(ids.has(String(t.attributes.source?.value)), "edge source declared before");
    }
  });
  p.on("error", (e) => assert.fail(String(e)));
  p.write(xml).close();
  assert.equal(nodes, kb.entities.length);
  assert.equal(edges, kb.interactions.length);
});

test("unknown export format is an EngineError", () => {
  assert.throws(
    () => exportKb(kb, "pdf"),
    (e: unknown) => e instanceof EngineError && /unknown export format/.test(e.message),
  );
  assert.throws(() => exportKb(kb, "csv", { table: "x" as never }), EngineError);
});
