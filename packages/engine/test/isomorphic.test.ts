/**
 * The engine runs in the browser as it does in Node: bundling packages/engine/src/index.ts for the browser
 * platform must succeed with nothing Node-only in it, and the sources must not touch `node:*` modules,
 * `process` or `Buffer`. esbuild refuses Node built-ins for `platform: "browser"` unless they are marked
 * external — the negative control below shows that this check would catch one.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const srcDir = fileURLToPath(new URL("../src", import.meta.url));
const entry = join(srcDir, "index.ts");

const browserBuild = {
  bundle: true,
  platform: "browser",
  format: "esm",
  target: "es2022",
  write: false,
  metafile: true,
  logLevel: "silent",
} as const;

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

test("the engine bundles for the browser platform, with no Node built-in in the bundle", async () => {
  const result = await build({ ...browserBuild, entryPoints: [entry] });
  assert.equal(result.errors.length, 0);
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(
    inputs.some((f) => f.endsWith("sbml/read.ts") || f.endsWith("index.ts")),
    "the bundle has the engine's sources",
  );
  for (const [file, info] of Object.entries(result.metafile.inputs)) {
    for (const imp of info.imports) {
      assert.ok(!nodeBuiltins.has(imp.path) && !imp.path.startsWith("node:"), `${file} imports ${imp.path}`);
    }
  }
  const text = result.outputFiles[0].text;
  assert.ok(text.length > 1000);
  assert.doesNotMatch(
    text,
    /from\s*["']node:|require\(["'](node:)?(fs|path|os|child_process|worker_threads)["']\)/,
  );
});

test("negative control: a Node built-in makes the browser bundle fail loudly", async () => {
  await assert.rejects(
    build({
      ...browserBuild,
      stdin: {
        contents: 'import { readFileSync } from "node:fs"; export const x = readFileSync;',
        loader: "ts",
        resolveDir: srcDir,
      },
    }),
    (e: unknown) => {
      const errors = (e as { errors?: { text: string }[] }).errors ?? [];
      assert.ok(
        errors.some((x) => x.text.includes("node:fs")),
        JSON.stringify(errors),
      );
      return true;
    },
  );
});

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith(".ts")) out.push(full);
  }
  return out;
}

/** Source text without comments (block and line), so that prose may mention `process.` freely. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** Node-only uses in one source text, as "line: what" strings. */
function nodeOnlyUses(text: string): string[] {
  const out: string[] = [];
  code(text)
    .split("\n")
    .forEach((line, k) => {
      if (/\bfrom\s+["']node:|\bimport\s*\(\s*["']node:|\brequire\s*\(/.test(line))
        out.push(`${k + 1}: Node import`);
      if (/(^|[^.\w$])process\s*[.[]/.test(line)) out.push(`${k + 1}: process`);
      if (/(^|[^.\w$])Buffer\b/.test(line)) out.push(`${k + 1}: Buffer`);
      for (const m of line.matchAll(/\bfrom\s+["']([^"'.][^"']*)["']/g)) {
        if (nodeBuiltins.has(m[1]) && !m[1].startsWith("node:"))
          out.push(`${k + 1}: Node built-in "${m[1]}"`);
      }
    });
  return out;
}

test("the source scan finds Node-only uses (control) and ignores them in comments", () => {
  const bad = [
    'import { readFile } from "node:fs/promises";',
    'import path from "path";',
    "const v = process.env.X;",
    "const b = Buffer.from('x');",
    "/* process.exit() in a comment */ const ok = 1; // Buffer too",
  ].join("\n");
  assert.deepEqual(nodeOnlyUses(bad), [
    "1: Node import",
    '2: Node built-in "path"',
    "3: process",
    "4: Buffer",
  ]);
});

test("engine sources use no node: imports, process or Buffer", () => {
  const files = walk(srcDir);
  assert.ok(files.length > 5);
  const offences = files.flatMap((f) =>
    nodeOnlyUses(readFileSync(f, "utf8")).map((o) => `${relative(srcDir, f)}:${o}`),
  );
  assert.deepEqual(offences, []);
});
