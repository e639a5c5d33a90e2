/**
 * @stat3/cli — the `stat3` command. The bin is `main.ts`; this entry exports the pieces other
 * front ends (tests, the server) reuse.
 */
export { runCli, reportError } from "./run.js";
