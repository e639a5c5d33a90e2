import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runScreenCommand } from "../../../src/commands/screen.js";

const FIX = new URL("../../screen/fixtures/two-inhibitors.xml", import.meta.url).pathname;

test("stat3 screen: YAML job → results.csv, results.json, summary.json; a rerun comes from the store", async () => {
  const dir = mkdtempSync(join(tmpdir(), "screen-cli-"));
  copyFileSync(FIX, join(dir, "model.xml"));
  writeFileSync(
    join(dir, "screen.yaml"),
    [
      "name: cli test",
      "model:",
      "  sbml: model.xml",
      "drugs:",
      "  A: 1..1000:4",
      "  B: [10, 100]",
      "readouts: ['[X]@40']",
    ].join("\n"),
  );
  const out = join(dir, "out");
  const r = await runScreenCommand(join(dir, "screen.yaml"), { workers: "0", out, progress: false });
  assert.equal(r.simulated, 1 + 4 + 2);
  const csv = readFileSync(join(out, "results.csv"), "utf8").trim().split("\n");
  assert.equal(csv[0], "item,context,drug_1,dose_1_nM,drug_2,dose_2_nM,[X]@40,error");
  assert.equal(csv.length, 8);
  const json = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
  assert.equal(json.items.length, 7);
  assert.deepEqual(json.items[1].drugs, { A: 1 });
  const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
  assert.equal(summary.doseResponse.length, 2);
  const again = await runScreenCommand(join(dir, "screen.yaml"), { workers: "0", out, progress: false });
  assert.equal(again.simulated, 0);
});
