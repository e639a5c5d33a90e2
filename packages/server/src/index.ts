/**
 * @stat3/server — the HTTP API and job workers of STAT3 Lab (Node only).
 *
 * Table of contents:
 *   1. app        app.ts — buildApp(options): the Fastify app, routes with JSON schemas, OpenAPI at /api/docs
 *   2. server     server.ts — startServer(options): listen on 127.0.0.1:8080 (PORT, HOST), serve the web app
 *   3. store      store.ts — SQLite store (scenarios, jobs) with numbered migrations
 *   4. jobs       jobs.ts, worker.ts — the job runner on a worker-thread pool (piscina)
 *   5. tasks      tasks.ts — the work itself (scenario, SBML, dose–response, combination, logical, PEtab llh and fit)
 *   6. limits     limits.ts — work caps per request
 */
export { type AppOptions, buildApp, openApi, toCsv } from "./app.js";
export { JobRunner, type JobRunnerOptions } from "./jobs.js";
export { checkWork, LIMITS, LimitError } from "./limits.js";
export { defaultDataDir, defaultWebRoot, type ServeOptions, startServer } from "./server.js";
export { type JobRow, MIGRATIONS, migrate, type ScenarioRow, Store } from "./store.js";
export { runTask, TASK_KINDS, type TaskKind } from "./tasks.js";
