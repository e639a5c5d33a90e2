// The package entry: a browser bundle builds (no Node-only import anywhere under src/), and the bundled
// knowledge base loads, validates and draws a map without Node APIs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { build } from "esbuild";

test("@stat3/stat3 bundles for the browser and the bundled base loads and draws", async () => {
  const r = await build({
    entryPoints: [new URL("../src/index.ts", import.meta.url).pathname],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    conditions: ["source"],
    logLevel: "silent",
  });
  const code = r.outputFiles[0]!.text;
  assert.doesNotMatch(code, /from\s*"node:/);
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  const kb = mod.loadKb();
  assert.equal(kb.entity("stat3").xrefs.uniprot, "P40763");
  assert.match(mod.figureSvg(kb, 1), /^<svg /);
});
