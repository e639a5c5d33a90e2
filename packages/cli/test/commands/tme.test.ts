import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const root = new URL("../../../../", import.meta.url).pathname;
const main = join(root, "packages/cli/src/main.ts");
const stat3 = (...args: string[]) =>
  spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", main, ...args], {
    cwd: root,
    encoding: "utf8",
  });
const dir = mkdtempSync(join(tmpdir(), "stat3-tme-"));

test("stat3 tme run: the issue's command line writes a PNG and a CSV; Stattic lowers the mean tumour volume", () => {
  const png = join(dir, "tme.png");
  const r = stat3(
    "tme",
    "run",
    "--scenario",
    "stat3_high_immune_evasion",
    "--therapy",
    "stattic@25mg/kg/day",
    "--days",
    "60",
    "--out",
    png,
  );
  assert.equal(r.status, 0, r.stderr);
  const bytes = readFileSync(png);
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
  const mean = (out: string) => Number(/mean tumour volume over 60 days: ([0-9.e+-]+)/.exec(out)![1]);
  const ctrl = stat3("tme", "run", "--scenario", "stat3_high_immune_evasion", "--days", "60");
  assert.equal(ctrl.status, 0, ctrl.stderr);
  assert.ok(mean(r.stdout) < mean(ctrl.stdout), `${mean(r.stdout)} vs ${mean(ctrl.stdout)}`);
  const csv = join(dir, "tme.csv");
  const c = stat3("tme", "run", "--scenario", "baseline", "--days", "10", "--per-day", "2", "--out", csv);
  assert.equal(c.status, 0, c.stderr);
  const lines = readFileSync(csv, "utf8").trim().split("\n");
  assert.equal(lines.length, 22);
  assert.ok(lines[0]!.startsWith("time,T,C,E,N"));
});

test("stat3 tme: clear errors for an unknown scenario, agent, unit and output format", () => {
  const cases: [string[], RegExp][] = [
    [["--scenario", "nope"], /error\[E-TME-001\].*unknown TME scenario "nope"/],
    [
      ["--scenario", "baseline", "--therapy", "foo@5mg/kg"],
      /error\[E-TME-002\].*unknown therapy agent "foo"/,
    ],
    [["--scenario", "baseline", "--therapy", "stattic@5mM/day"], /error\[E-TME-003\].*unknown dose unit/],
    [["--scenario", "baseline", "--out", "x.txt"], /error\[E-TME-004\].*unknown format/],
    [["--scenario", "baseline", "--days", "-3"], /error\[E-TME-004\].*--days/],
  ];
  for (const [args, re] of cases) {
    const r = stat3("tme", "run", ...args);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, re);
  }
});

test("stat3 tme abm: writes the lattice picture (SVG) and the per-day infiltration table", () => {
  const svg = join(dir, "abm.svg");
  const r = stat3("tme", "abm", "--scenario", "stat3_low", "--days", "4", "--size", "40", "--out", svg);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout.split("\n")[0]!, /^day\ttumour\tCD8_total/);
  assert.equal(r.stdout.trim().split("\n").length, 6);
  const text = readFileSync(svg, "utf8");
  assert.ok(text.startsWith("<svg") && text.includes("day 4"));
});
