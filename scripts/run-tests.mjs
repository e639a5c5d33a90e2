#!/usr/bin/env node
// Runs every *.test.ts under packages/*/test with node's own test runner (through tsx).
// Node 20 neither expands globs nor discovers .ts files, so the list is built here,
// and an empty list is an error: a test run that ran nothing must not look green.
// Heavy suites (the full SBML Test Suite, benchmarks) live in their own npm scripts.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";

const root = new URL("..", import.meta.url).pathname;
const filter = process.argv.slice(2);

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith(".test.ts")) out.push(relative(root, full));
  }
  return out;
}

let files = walk(join(root, "packages"), []).sort();
if (filter.length > 0) files = files.filter((f) => filter.some((p) => f.includes(p)));
if (files.length === 0) {
  console.error("run-tests: no test files found under packages/*/test — refusing to report an empty run as a pass.");
  process.exit(1);
}
console.error(`run-tests: ${files.length} test files`);
const result = spawnSync(
  process.execPath,
  ["--conditions=source", "--import", "tsx", "--import", "./scripts/test-setup.mjs", "--test", "--test-concurrency=2", ...files],
  { cwd: root, stdio: "inherit", env: { ...process.env, NODE_OPTIONS: "" } },
);
process.exit(result.status ?? 1);
