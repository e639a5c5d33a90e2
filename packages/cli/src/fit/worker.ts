/**
 * Worker thread of the multistart pool (Node only): loads the PEtab problem once, then runs one local
 * optimisation per message {start, x0} and posts the result back. See pool.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { petabBoxProblem, runOptimizer } from "@stat3/fit";
import { loadProblemFile } from "../commands/petab.js";
import type { PoolJob, PoolSetup } from "./pool.js";

const setup = workerData as PoolSetup;
const obj = loadProblemFile(setup.yaml, setup.objective);
const problem = petabBoxProblem(obj);
const port = parentPort;
if (!port) throw new Error("worker.ts must run in a worker thread");
port.on("message", (job: PoolJob | null) => {
  if (job === null) {
    port.close();
    return;
  }
  const t = Date.now();
  let msg: unknown;
  try {
    const r = runOptimizer(setup.optimizer, problem, Float64Array.from(job.x0), setup.options);
    msg = {
      start: job.start,
      x: Array.from(r.x),
      f: r.f,
      iterations: r.iterations,
      evaluations: r.evaluations,
      exit: r.exit,
      trace: r.trace,
      timeMs: Date.now() - t,
    };
  } catch (err) {
    msg = {
      start: job.start,
      x: job.x0,
      f: Number.POSITIVE_INFINITY,
      iterations: 0,
      evaluations: 0,
      exit: "failed",
      trace: [],
      timeMs: Date.now() - t,
      error: (err as Error).message,
    };
  }
  port.postMessage(msg);
});
port.postMessage({ ready: true });
