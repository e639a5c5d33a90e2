/**
 * Piscina task of the screen: a batch of scenarios simulated in this worker thread. The evaluator (and
 * with it the compiled model of each context) is cached per thread, so the model is compiled once per
 * worker, not once per task. A failing scenario gives NaN values and its error message, not a failed
 * batch.
 */
import { type Evaluator, type ModelSpec, makeEvaluator, parseReadouts } from "./evaluate.js";
import type { ScreenItem } from "./job.js";
import type { ItemResult } from "./store.js";

export interface ScreenTask {
  model: ModelSpec;
  readouts: string[];
  items: { idx: number; item: ScreenItem }[];
}

let cached: { key: string; ev: Evaluator } | null = null;

export function runBatch(task: ScreenTask): ItemResult[] {
  const key = JSON.stringify([task.model, task.readouts]);
  if (!cached || cached.key !== key)
    cached = { key, ev: makeEvaluator(task.model, parseReadouts(task.readouts)) };
  const ev = cached.ev;
  return task.items.map(({ idx, item }) => {
    try {
      return { idx, values: ev(item.context, item.drugs) };
    } catch (e) {
      return {
        idx,
        values: task.readouts.map(() => Number.NaN),
        error: e instanceof Error ? e.message : String(e),
      };
    }
  });
}

export default runBatch;
