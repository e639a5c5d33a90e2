/**
 * The fitting package runs in the browser too (a Web Worker can fit a model): its sources bundle for the
 * browser platform with nothing Node-only in them. The PEtab reader takes a `read(path)` callback instead
 * of touching the file system for exactly this reason.
 */
import assert from "node:assert/strict";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const srcDir = fileURLToPath(new URL("../src", import.meta.url));
const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

test("@stat3/fit bundles for the browser platform with no Node built-in", async () => {
  const result = await build({
    entryPoints: [join(srcDir, "index.ts")],
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    conditions: ["source"],
  });
  assert.equal(result.errors.length, 0);
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(
    inputs.some((f) => f.endsWith("petab/read.ts")),
    "the PEtab reader is in the bundle",
  );
  for (const [file, info] of Object.entries(result.metafile.inputs)) {
    for (const imp of info.imports) assert.ok(!nodeBuiltins.has(imp.path), `${file} imports ${imp.path}`);
  }
});
