/** The worker-thread runner gives exactly the single-threaded engine's numbers, for any worker count. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { logical } from "@stat3/engine";
import { simulateParallel } from "../../src/logical/parallel.js";

const L = "/work/shared/logical/";

test("simulateParallel: 0, 1 and 3 workers equal simulateMaBoSS bit for bit; progress reaches the total", async () => {
  const net = logical.readMaBoSSNetwork(readFileSync(`${L}maboss-models/Four_cycle.bnd`, "utf8"));
  const cfg = logical.readMaBoSSConfig(readFileSync(`${L}maboss-models/Four_cycle_SEscape.cfg`, "utf8"));
  const o = { samples: 3500, seed: 42 };
  const ref = logical.simulateJson(logical.simulateMaBoSS(net, cfg, o));
  for (const workers of [0, 1, 3]) {
    let last = 0;
    const r = await simulateParallel(net, cfg, { ...o, workers, onProgress: (d) => (last = d) });
    assert.deepEqual(logical.simulateJson(r), ref, `${workers} workers`);
    assert.equal(last, 3500);
  }
});
