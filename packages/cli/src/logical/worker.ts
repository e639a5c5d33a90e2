/**
 * Worker thread of the parallel MaBoSS runner: compiles the network once, then simulates the chunks
 * the pool hands it (chunk index → its own random stream) and posts each chunk's sums back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { logical } from "@stat3/engine";

interface Init {
  net: logical.LogicalNetwork;
  run: logical.MaBoSSRun;
}

const { net, run } = workerData as Init;
const compiled = logical.compileLogical(net, { parameters: run.parameters });
const port = parentPort;
if (!port) throw new Error("worker.ts must run as a worker thread");
port.on("message", (msg: { chunk: number; count: number } | null) => {
  if (msg === null) {
    port.close();
    return;
  }
  try {
    const result = logical.simulateChunk(compiled, run, msg.chunk, msg.count);
    port.postMessage({ chunk: msg.chunk, result });
  } catch (err) {
    port.postMessage({ chunk: msg.chunk, error: err instanceof Error ? err.message : String(err) });
  }
});
port.postMessage({ ready: true });
