/**
 * A queue worker process without the CLI around it (tests and benches spawn this; users run
 * `stat3 worker --queue …`, which calls the same startQueueWorker):
 *
 *   node worker-main.js --queue redis://127.0.0.1:6379 [--threads N] [--kind-module URL]…
 *        [--lock-ms MS] [--stalled-ms MS]
 *
 * Prints "ready" on stdout once connected; exits cleanly on SIGTERM/SIGINT (the chunk in hand is
 * finished first).
 */
import { startQueueWorker } from "./redis.js";

const args = process.argv.slice(2);
const kindModules: string[] = [];
let url = "";
let threads = 1;
let lockDuration: number | undefined;
let stalledInterval: number | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const v = args[++i];
  if (a === "--queue") url = v;
  else if (a === "--threads") threads = Number(v);
  else if (a === "--kind-module") kindModules.push(v);
  else if (a === "--lock-ms") lockDuration = Number(v);
  else if (a === "--stalled-ms") stalledInterval = Number(v);
  else {
    console.error(`worker-main: unknown option ${a}`);
    process.exit(2);
  }
}
if (!url) {
  console.error("worker-main: --queue redis://… is required");
  process.exit(2);
}
const w = await startQueueWorker({
  url,
  threads,
  kindModules,
  ...(lockDuration ? { lockDuration } : {}),
  ...(stalledInterval ? { stalledInterval } : {}),
  onChunk: (c) => {
    if (process.env.STAT3_WORKER_LOG)
      process.stdout.write(
        `chunk ${c.chunk} ${c.ms.toFixed(2)} ${c.gapMs.toFixed(2)}${c.error ? ` error ${c.error}` : ""}\n`,
      );
  },
});
process.stdout.write("ready\n");
const stop = () => {
  w.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
