/** Worker-thread entry of the job pool (piscina): runs one task, reports progress on a MessagePort. */
import type { MessagePort } from "node:worker_threads";
import { errorBody } from "./errors.js";
import { runTask, type TaskKind } from "./tasks.js";

export interface WorkerTask {
  kind: TaskKind;
  input: unknown;
  port?: MessagePort;
}

export type WorkerReply =
  | { ok: true; result: unknown }
  | { ok: false; status: number; error: { code: string; message: string } };

export default function work(task: WorkerTask): WorkerReply {
  let last = 0;
  const progress = (f: number) => {
    // throttle: at most one message per 2 % of progress
    if (task.port && (f - last >= 0.02 || f >= 1)) {
      last = f;
      task.port.postMessage(f);
    }
  };
  try {
    return { ok: true, result: runTask(task.kind, task.input, progress) };
  } catch (e) {
    const { statusCode, body } = errorBody(e);
    return { ok: false, status: statusCode, error: body.error };
  } finally {
    task.port?.close();
  }
}
