/** `stat3 logical …` end to end: JSON contracts of issue 5, exit codes and one-line errors. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const root = new URL("../../../../", import.meta.url).pathname;
const main = join(root, "packages/cli/src/main.ts");
const L = "/work/shared/logical/";
const stat3 = (...args: string[]) =>
  spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", main, ...args], {
    cwd: root,
    encoding: "utf8",
  });

test("logical attractors --json: BoolNet's synchronous attractors and basins of the cell cycle", () => {
  const r = stat3("logical", "attractors", `${L}boolnet-models/cellcycle.bn`, "--json");
  assert.equal(r.status, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  const ref = JSON.parse(readFileSync(`${L}reference/boolnet/cellcycle_sync.json`, "utf8"));
  assert.deepEqual(j.nodes, ref.genes);
  assert.deepEqual(
    j.attractors.map((a: { kind: string; states: string[]; basin_size: number }) => ({
      kind: a.kind,
      states: a.states,
      basin_size: a.basin_size,
    })),
    ref.attractors.map((a: { kind: string; states: string[]; basin_size: number }) => ({
      kind: a.kind,
      states: a.states,
      basin_size: a.basin_size,
    })),
  );
});

test("logical attractors --update async --fix: a knock-out changes the attractors", () => {
  const r = stat3(
    "logical",
    "attractors",
    `${L}boolnet-models/cellcycle.bn`,
    "--update",
    "async",
    "--fix",
    "CycD=0",
    "--json",
  );
  assert.equal(r.status, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.attractors.length, 1);
  assert.deepEqual(j.attractors[0], {
    kind: "steady",
    states: ["0100010100"],
    basin_size: null,
    reachable_from: 512,
    trap_space: "0100010100",
  });
  const bad = stat3("logical", "attractors", `${L}boolnet-models/cellcycle.bn`, "--fix", "Nope=1");
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^error\[E-LOGIC-002\].*Nope/);
});

test("logical simulate --json: MaBoSS labels, identical for 1 and 2 workers", () => {
  const dir = mkdtempSync(join(tmpdir(), "stat3-logical-"));
  const cfg = join(dir, "run.cfg");
  writeFileSync(
    cfg,
    `${readFileSync(`${L}maboss-models/cellfate_TNF.cfg`, "utf8")}\nmax_time = 50; time_tick = 0.5;\n${["FASL", "TNF", "TNFR", "FADD", "DISC_TNF", "DISC_FAS", "CASP3", "cFLIP", "CASP8", "RIP1", "mcIAP", "SMAC", "cIAP", "RIP1ub", "RIP1K", "IKK", "apoptosome", "XIAP", "NFkB", "BCL2", "BAX", "mROS", "ROS", "MPT", "ATP", "MOMP", "Cyt_c", "mXIAP"].map((n) => `${n}.is_internal = 1;`).join("\n")}\n`,
  );
  const args = [
    "logical",
    "simulate",
    `${L}maboss-models/cellfate.bnd`,
    cfg,
    "--samples",
    "2000",
    "--seed",
    "3",
    "--json",
  ];
  const one = stat3(...args, "--workers", "1");
  const two = stat3(...args, "--workers", "2");
  assert.equal(one.status, 0, one.stderr);
  assert.equal(two.status, 0, two.stderr);
  const a = JSON.parse(one.stdout);
  assert.deepEqual(JSON.parse(two.stdout), a);
  assert.deepEqual(
    Object.keys(a.final).sort(),
    ["<nil>", "Apoptosis", "NonACD", "Survival"].filter((k) => k in a.final).sort(),
  );
  assert.ok(a.final.Apoptosis > 0.9, "TNF on: mostly apoptosis (MaBoSS: 0.953)");
  assert.ok(
    Math.abs(Object.values(a.last_tick as Record<string, number>).reduce((s, x) => s + x, 0) - 1) < 1e-9,
  );
  assert.deepEqual(Object.keys(a.node_marginals).sort(), ["Apoptosis", "NonACD", "Survival"]);
  const csv = join(dir, "traj.csv");
  const withOut = stat3(
    "logical",
    "simulate",
    `${L}maboss-models/cellfate.bnd`,
    cfg,
    "--samples",
    "200",
    "--workers",
    "0",
    "--out",
    csv,
  );
  assert.equal(withOut.status, 0, withOut.stderr);
  const rows = readFileSync(csv, "utf8").trim().split("\n");
  assert.equal(rows[0], "time,H,TH,NonACD,Apoptosis,Survival");
  assert.equal(rows.length, 101);
});

test("logical simulate: errors are one line with file and line", () => {
  const dir = mkdtempSync(join(tmpdir(), "stat3-logical-"));
  const cfg = join(dir, "bad.cfg");
  writeFileSync(cfg, "max_time = 10;\ntime_tik = 1;\n");
  const r = stat3("logical", "simulate", `${L}maboss-models/cellfate.bnd`, cfg);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^error\[E-LOGIC-004\] .*bad\.cfg:2: unknown MaBoSS setting "time_tik"/);
  assert.equal(r.stderr.trim().split("\n").length, 1);
});

test("logical export: bnet → SBML-qual → attractors unchanged", () => {
  const dir = mkdtempSync(join(tmpdir(), "stat3-logical-"));
  const out = join(dir, "t.sbml");
  const e = stat3("logical", "export", `${L}tlgl/tlgl2011_reduced.source.bnet`, "--to", "sbml", "--out", out);
  assert.equal(e.status, 0, e.stderr);
  const a = JSON.parse(stat3("logical", "attractors", out, "--json").stdout);
  const b = JSON.parse(
    stat3("logical", "attractors", `${L}tlgl/tlgl2011_reduced.source.bnet`, "--json").stdout,
  );
  assert.deepEqual(a.attractors, b.attractors);
});

test("logical review: the review's network in a context, with a drug, and its exported files", () => {
  const base = stat3("logical", "review", "--context", "autocrine-il6", "--samples", "300", "--json");
  assert.equal(base.status, 0, base.stderr);
  const drug = stat3(
    "logical",
    "review",
    "--context",
    "autocrine-il6",
    "--drug",
    "stattic",
    "--samples",
    "300",
    "--json",
  );
  const a = JSON.parse(base.stdout).probabilities;
  const b = JSON.parse(drug.stdout).probabilities;
  assert.ok(a.Proliferation > 0.9 && b.Proliferation < 0.1);
  assert.ok(a.Apoptosis < 0.1 && b.Apoptosis > 0.9);
  const dir = mkdtempSync(join(tmpdir(), "stat3-review-"));
  const ex = stat3("logical", "review", "--context", "hepatocyte", "--set", "IL6=1", "--export", dir);
  assert.equal(ex.status, 0, ex.stderr);
  const sim = stat3(
    "logical",
    "simulate",
    join(dir, "stat3_review.bnd"),
    join(dir, "stat3_review.cfg"),
    "--samples",
    "300",
    "--workers",
    "0",
    "--json",
  );
  assert.equal(sim.status, 0, sim.stderr);
  assert.ok("STAT3_DNA" in JSON.parse(sim.stdout).node_marginals);
  const att = stat3(
    "logical",
    "attractors",
    join(dir, "stat3_review.sbml"),
    "--method",
    "random",
    "--starts",
    "20",
    "--json",
  );
  assert.equal(att.status, 0, att.stderr);
  const bad = stat3("logical", "review", "--context", "liver");
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--context must be one of hepatocyte/);
});
