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
const dir = mkdtempSync(join(tmpdir(), "stat3-run-"));

test("stat3 run: the issue's command line writes the selected columns (CSV), ruxolitinib lowers pSTAT3 and SOCS3", () => {
  const r = stat3(
    "run",
    "--context",
    "hepatocyte",
    "--il6",
    "40",
    "--drug",
    "ruxolitinib=500nM",
    "--end",
    "120",
    "--points",
    "241",
    "--select",
    "time,pSTAT3_fraction,SOCS3_mRNA_rel",
  );
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split("\n");
  assert.equal(lines[0], "time,pSTAT3_fraction,SOCS3_mRNA_rel");
  assert.equal(lines.length, 242);
  const at = (i: number) => lines[i + 1].split(",").map(Number);
  assert.equal(at(240)[0], 120);
  const ctrl = stat3(
    "run",
    "--il6",
    "40",
    "--end",
    "120",
    "--points",
    "241",
    "--select",
    "time,pSTAT3_fraction,SOCS3_mRNA_rel",
  );
  const c = ctrl.stdout.trim().split("\n")[41].split(",").map(Number); // 20 min
  assert.ok(at(40)[1] < c[1] && at(40)[2] < c[2]);
});

test("stat3 run: JSON with summaries, PNG/SVG plots, regimens, and clear errors", () => {
  const json = join(dir, "run.json");
  const r = stat3(
    "run",
    "--context",
    "autocrine-il6",
    "--drug",
    "stattic=50uM",
    "--regimen",
    "stattic=repeat:8h:3/4h",
    "--end",
    "24h",
    "--points",
    "25",
    "--select",
    "time,pSTAT3_fraction,hallmark_proliferation_survival",
    "--out",
    json,
  );
  assert.equal(r.status, 0, r.stderr);
  const j = JSON.parse(readFileSync(json, "utf8"));
  assert.deepEqual(j.columns, ["time", "pSTAT3_fraction", "hallmark_proliferation_survival"]);
  assert.equal(j.rows.length, 25);
  assert.ok(j.summary[1].final < 1 && j.summary[1].initial === 1);
  for (const ext of ["png", "svg"]) {
    const f = join(dir, `run.${ext}`);
    const p = stat3("run", "--il6", "40", "--end", "90", "--points", "31", "--out", f);
    assert.equal(p.status, 0, p.stderr);
    const head = readFileSync(f).subarray(0, 4).toString("latin1");
    assert.ok(ext === "png" ? head === "\x89PNG" : head === "<svg");
  }
  const bad = stat3("run", "--context", "liver");
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /unknown context "liver"/);
  const badDrug = stat3("run", "--drug", "ruxolitnib=1uM");
  assert.match(badDrug.stderr, /did you mean ruxolitinib/);
});

test("stat3 model export: SBML L3V2 with the public names; stat3 dose-response: table, fit with CI, figure", () => {
  const xml = join(dir, "m.xml");
  const e = stat3("model", "export", "--context", "socs3-silenced", "--format", "sbml", "--out", xml);
  assert.equal(e.status, 0, e.stderr);
  const text = readFileSync(xml, "utf8");
  for (const id of [
    "IL6_ng_per_mL",
    "drug_ruxolitinib_nM",
    "drug_stattic_nM",
    "pSTAT3_fraction",
    "nuclear_pSTAT3_nM",
    "SOCS3_mRNA_rel",
    "hallmark_stemness",
  ])
    assert.ok(text.includes(`"${id}"`), id);
  assert.match(text, /level="3" version="2"/);
  const png = join(dir, "dr.png");
  const d = stat3(
    "dose-response",
    "--context",
    "hepatocyte",
    "--drug",
    "ruxolitinib",
    "--doses",
    "10nM..10uM:8",
    "--readout",
    "pSTAT3_fraction@20min",
    "--il6",
    "40",
    "--pre-incubate",
    "60min",
    "--out",
    png,
  );
  assert.equal(d.status, 0, d.stderr);
  const m = /IC50 = ([0-9.]+) nM \(95% CI ([0-9.]+)–([0-9.]+)\)/.exec(d.stdout);
  assert.ok(m, d.stdout);
  const [ic50, lo, hi] = [Number(m[1]), Number(m[2]), Number(m[3])];
  assert.ok(ic50 > 200 && ic50 < 400 && lo <= ic50 && ic50 <= hi, d.stdout);
  assert.match(d.stdout, /Hill slope = /);
  assert.equal(readFileSync(png).subarray(0, 4).toString("latin1"), "\x89PNG");
});
