#!/usr/bin/env node
// The SBML Test Suite development set (../shared/sbml-test-suite), strict mode.
//
//   node scripts/sbml-suite.mjs                 official figure: run-suite.sh, one `stat3 sbml-suite-case`
//                                               process per case, prints per-tier counts and rewrites
//                                               packages/engine/test/sbml-suite/passing.txt
//   node scripts/sbml-suite.mjs --regression    fast check for CI: the recorded passing cases, in-process
//                                               in a few worker processes, compared with the runner's strict
//                                               rule; exit 1 when any of them fails
//   SBML_SUITE_METHOD=bdf (or dopri5, rodas5p, …) makes --regression use that one method only
//   options: --jobs N (default 2), --out DIR (default /tmp/stat3-sbml-suite), --tier T, --list FILE,
//            --no-record (do not rewrite the pass list)
// Needs `npm run build` first (the npm script test:sbml-suite does it).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const suite = resolve(root, "..", "shared", "sbml-test-suite");
const passFile = join(root, "packages/engine/test/sbml-suite/passing.txt");
const cli = join(root, "packages/cli/dist/main.js");

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const jobs = Number(opt("--jobs", "2"));
let manifestCache;
const outDir = opt("--out", "/tmp/stat3-sbml-suite");

if (!existsSync(suite)) {
  console.error(`sbml-suite: the suite is not at ${suite}`);
  process.exit(1);
}
if (!existsSync(cli)) {
  console.error("sbml-suite: packages/cli/dist/main.js is missing — run `npm run build` first");
  process.exit(1);
}

// ---------------- worker mode: run a chunk of cases in-process, print one JSON line per case ----------------
if (args[0] === "--worker") {
  const { runSuiteCase } = await import(join(root, "packages/cli/dist/commands/sbml-suite.js"));
  const ids = args.slice(1);
  for (const id of ids) {
    const res = { id, ok: false, reason: "" };
    try {
      const dir = join(suite, "cases", id);
      const m = manifestRow(id);
      const sbml = join(suite, m.sbml_file);
      const csv = runSuiteCase(
        readFileSync(sbml, "utf8"),
        readFileSync(join(dir, `${id}-settings.txt`), "utf8"),
        sbml,
        process.env.SBML_SUITE_METHOD || undefined,
      );
      const cmp = compareStrict(
        readFileSync(join(dir, `${id}-results.csv`), "utf8"),
        csv,
        readFileSync(join(dir, `${id}-settings.txt`), "utf8"),
      );
      res.ok = cmp.ok;
      res.reason = cmp.reason;
    } catch (err) {
      res.reason = `error: ${String(err?.message ?? err).split("\n")[0]}`;
    }
    process.stdout.write(`${JSON.stringify(res)}\n`);
  }
  process.exit(0);
}

function manifest() {
  const lines = readFileSync(join(suite, "manifest.csv"), "utf8").trim().split("\n");
  const head = lines[0].split(",");
  const rows = new Map();
  for (const ln of lines.slice(1)) {
    const parts = ln.split(",");
    const r = Object.fromEntries(head.map((h, i) => [h, parts[i]]));
    rows.set(r.case, r);
  }
  return rows;
}
function manifestRow(id) {
  manifestCache ??= manifest();
  return manifestCache.get(id);
}

/** The strict rule of runner.py: |C − U| ≤ Ta + Tr·|C|, NaN meets NaN, infinities of the same sign. */
function compareStrict(expectedText, deliveredText, settingsText) {
  const st = Object.fromEntries(
    settingsText
      .split(/\r?\n/)
      .map((l) => /^\s*(\w+)\s*:\s*(.*)$/.exec(l))
      .filter(Boolean)
      .map((m) => [m[1], m[2].trim()]),
  );
  const ta = Number(st.absolute || 0);
  const tr = Number(st.relative || 0);
  const parse = (t) => {
    const lines = t.split(/\r?\n/).filter((l) => l.trim());
    const head = lines[0].split(",").map((h) => h.trim().replace(/^"|"$/g, ""));
    const rows = lines.slice(1).map((l) =>
      l.split(",").map((v) => {
        const s = v.trim();
        if (/^nan$/i.test(s)) return Number.NaN;
        if (/^(\+)?inf(inity)?$/i.test(s)) return Number.POSITIVE_INFINITY;
        if (/^-inf(inity)?$/i.test(s)) return Number.NEGATIVE_INFINITY;
        return Number(s);
      }),
    );
    return { head, rows };
  };
  const e = parse(expectedText);
  const d = parse(deliveredText);
  if (e.head.slice(1).join() !== d.head.slice(1).join() || d.head[0].toLowerCase() !== "time") {
    return { ok: false, reason: "column mismatch" };
  }
  if (e.rows.length !== d.rows.length) return { ok: false, reason: "row count" };
  let bad = 0;
  for (let r = 0; r < e.rows.length; r++) {
    for (let c = 0; c < e.head.length; c++) {
      const C = e.rows[r][c];
      const U = d.rows[r][c];
      let ok;
      if (Number.isNaN(C) || Number.isNaN(U)) ok = Number.isNaN(C) && Number.isNaN(U);
      else if (!Number.isFinite(C) || !Number.isFinite(U)) ok = C === U;
      else ok = Math.abs(C - U) <= ta + tr * Math.abs(C);
      if (!ok) bad++;
    }
  }
  return bad ? { ok: false, reason: `${bad} point(s) out of tolerance` } : { ok: true, reason: "ok" };
}

// ---------------- regression mode ----------------
if (args.includes("--regression")) {
  const ids = readFileSync(opt("--list", passFile), "utf8").split(/\s+/).filter(Boolean);
  const chunks = Array.from({ length: jobs }, (_, j) => ids.filter((_, i) => i % jobs === j));
  const t0 = Date.now();
  const results = (
    await Promise.all(
      chunks.map(
        (chunk) =>
          new Promise((res) => {
            const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--worker", ...chunk], {
              stdio: ["ignore", "pipe", "inherit"],
            });
            let buf = "";
            child.stdout.on("data", (d) => {
              buf += d;
            });
            // a hanging case must not hang CI: give each worker a generous wall-clock limit
            const timer = setTimeout(() => child.kill("SIGKILL"), 30_000 + 5_000 * chunk.length);
            child.on("close", () => {
              clearTimeout(timer);
              res(
                buf
                  .split("\n")
                  .filter(Boolean)
                  .map((l) => JSON.parse(l)),
              );
            });
          }),
      ),
    )
  ).flat();
  const failed = results.filter((r) => !r.ok);
  const missing = ids.length - results.length;
  for (const f of failed) console.log(`FAIL ${f.id} ${f.reason}`);
  console.log(
    `sbml-suite regression: ${results.length - failed.length}/${ids.length} recorded passing cases still pass` +
      ` (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  process.exit(failed.length > 0 || missing > 0 ? 1 : 0);
}

// ---------------- official run through the shared runner ----------------
mkdirSync(outDir, { recursive: true });
const runnerArgs = [
  "--list",
  opt("--list", join(suite, "cases.txt")),
  "--sim",
  `node ${cli} sbml-suite-case`,
  "--jobs",
  String(jobs),
  "--out",
  outDir,
  "--exit-zero",
];
if (opt("--tier")) runnerArgs.push("--tier", opt("--tier"));
console.error(
  `sbml-suite: ${join(suite, "run-suite.sh")} ${runnerArgs.map((a) => (a.includes(" ") ? `'${a}'` : a)).join(" ")}`,
);
const r = spawnSync(join(suite, "run-suite.sh"), runnerArgs, {
  stdio: ["ignore", "pipe", "inherit"],
  encoding: "utf8",
});
const out = r.stdout ?? "";
const summaryLines = out.split("\n").filter((l) => /^(tier |mode=|\d+ passed)/.test(l));
console.log(summaryLines.join("\n"));
const summary = JSON.parse(readFileSync(join(outDir, "summary.json"), "utf8"));
const tiers = summary.tiers;
for (const [t, v] of Object.entries(tiers).sort()) {
  const n = v.passed + v.failed;
  console.log(`  ${t}: ${v.passed}/${n} = ${((100 * v.passed) / n).toFixed(1)} %`);
}
if (!args.includes("--no-record") && !opt("--tier") && !opt("--list")) {
  mkdirSync(join(root, "packages/engine/test/sbml-suite"), { recursive: true });
  writeFileSync(passFile, `${summary.passed_cases.join("\n")}\n`);
  console.log(`sbml-suite: ${summary.passed_cases.length} passing cases recorded in ${passFile}`);
}
