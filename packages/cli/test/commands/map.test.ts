import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { EngineError } from "@stat3/engine";
import { loadKb } from "@stat3/stat3";
import { renderMap } from "../../src/commands/map.js";

const root = new URL("../../../../", import.meta.url).pathname;
const main = join(root, "packages/cli/src/main.ts");
const dir = mkdtempSync(join(tmpdir(), "stat3-map-"));
loadKb(); // warm: the knowledge base loads once per process

// The budget is checked on CPU time: wall time on a shared 2-core machine mostly measures the neighbours.
test("map PNGs render in under 2 s (CPU) each and have twice the SVG's pixel size", async () => {
  for (const fig of ["1", "2"]) {
    const file = join(dir, `fig${fig}.png`);
    const r = await renderMap(fig, file);
    assert.equal(r.format, "png");
    assert.ok(r.cpuMs < 2000, `Fig. ${fig} took ${r.cpuMs} ms CPU (${r.ms} ms wall)`);
    const png = readFileSync(file);
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
    assert.equal(png.readUInt32BE(16), r.width * 2);
    assert.equal(png.readUInt32BE(20), r.height * 2 + 156); // + the legend strip (78 px at zoom 2)
  }
});

test("map SVG renders well under a second", async () => {
  const r = await renderMap("1", join(dir, "fig1.svg"));
  assert.equal(r.format, "svg");
  assert.ok(r.cpuMs < 1000, `${r.cpuMs} ms CPU`);
  assert.match(readFileSync(join(dir, "fig1.svg"), "utf8"), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
});

test("map from the command line; an unknown figure is one error line and exit 1", async () => {
  const ok = spawnSync(
    process.execPath,
    ["--conditions=source", "--import", "tsx", main, "map", "--figure", "2", "--out", join(dir, "f2.svg")],
    { cwd: root, encoding: "utf8" },
  );
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(
    ok.stderr,
    /wrote .*f2\.svg \(svg, \d+×\d+ px, \d+ nodes, \d+ arcs\) in \d+ ms \(\d+ ms CPU\)/,
  );
  await assert.rejects(
    renderMap("3", join(dir, "x.svg")),
    (e: unknown) => e instanceof EngineError && e.diagnostic.code === "E-MAP-001",
  );
});
