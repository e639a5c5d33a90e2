/**
 * The HTTP API of STAT3 Lab (Fastify). Every route declares JSON schemas for what it takes (validated
 * before the handler runs, unknown fields rejected) and what it returns; /api/docs serves the OpenAPI
 * document built from those same schemas. Small work answers in the request; long work goes through
 * /api/jobs to the worker pool. See limits.ts for the caps and errors.ts for how failures map to 4xx.
 */
import { writeSBML } from "@stat3/engine";
import {
  buildFigure,
  buildStat3Model,
  CELL_CONTEXTS,
  CORE_PARAMETERS,
  DRUG_ACTIONS,
  figureSvg,
  getContext,
  LOGICAL_CONTEXTS,
  LOGICAL_READOUTS,
  loadKb,
  SECTIONS,
} from "@stat3/stat3";
import Fastify, { type FastifyInstance, type RouteOptions } from "fastify";
import { errorBody, HttpError } from "./errors.js";
import { JobRunner, type JobRunnerOptions } from "./jobs.js";
import { LIMITS } from "./limits.js";
import {
  errorSchema,
  jobBody,
  logicalBody,
  sbmlBody,
  scenarioBody,
  scenarioSaveBody,
  seriesSchema,
} from "./schemas.js";
import { serveStatic } from "./static.js";
import { Store } from "./store.js";
import { runLogical, runSbml, runScenario, type TaskKind } from "./tasks.js";

declare module "fastify" {
  interface FastifySchema {
    summary?: string;
    hide?: boolean;
  }
}

export interface AppOptions {
  /** data folder for the SQLite file; null = in-memory (tests) */
  dataDir?: string | null;
  /** built web app to serve at / (packages/web/dist) */
  webRoot?: string;
  jobs?: JobRunnerOptions;
  logger?: boolean;
}

export const API_VERSION = "0.1.0";

const idParam = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", minLength: 1, maxLength: 200 } },
} as const;

const errors = {
  400: errorSchema,
  404: errorSchema,
  413: errorSchema,
  422: errorSchema,
  429: errorSchema,
} as const;

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: LIMITS.bodyBytes,
    // a slow client cannot hold a connection forever
    requestTimeout: 120_000,
    ajv: { customOptions: { removeAdditional: false, allErrors: false } },
  });
  const store = new Store(options.dataDir === undefined ? null : options.dataDir);
  const jobs = new JobRunner(store, options.jobs);
  app.decorate("store", store);
  app.decorate("jobs", jobs);
  app.addHook("onClose", async () => {
    await jobs.close();
    store.close();
  });

  // the OpenAPI document collects every API route as it is registered
  const routes: RouteOptions[] = [];
  app.addHook("onRoute", (r) => {
    if (r.url.startsWith("/api/") && r.method !== "HEAD") routes.push(r);
  });

  app.setErrorHandler((err, _req, reply) => {
    const e = err as { validation?: unknown; statusCode?: number; code?: string; message: string };
    if (e.validation) {
      reply.code(400).send({ error: { code: "E-VALIDATION", message: e.message } });
      return;
    }
    if (e.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      reply.code(413).send({
        error: {
          code: "E-TOO-LARGE",
          message: `request body above the limit of ${LIMITS.bodyBytes} bytes`,
        },
      });
      return;
    }
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500 && e.code?.startsWith("FST_")) {
      reply.code(e.statusCode).send({ error: { code: e.code, message: e.message } });
      return;
    }
    const { statusCode, body } = errorBody(err);
    if (statusCode >= 500) app.log.error(err);
    reply.code(statusCode).send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    reply
      .code(404)
      .send({ error: { code: "E-NOT-FOUND", message: `no route ${req.method} ${req.url.split("?")[0]}` } });
  });

  const kb = loadKb();

  app.get(
    "/api/health",
    {
      schema: {
        summary: "Liveness: answers once the server is ready",
        response: {
          200: { type: "object", properties: { status: { type: "string" } }, required: ["status"] },
        },
      },
    },
    async () => ({ status: "ok" }),
  );

  app.get("/api/docs", { schema: { summary: "This OpenAPI 3.1 document" } }, async () => openApi(routes));

  // --- knowledge base ---
  app.get(
    "/api/kb/search",
    {
      schema: {
        summary: "Search entities (id, name, synonyms) and the review's sentences",
        querystring: {
          type: "object",
          required: ["q"],
          additionalProperties: false,
          properties: {
            q: { type: "string", minLength: 1, maxLength: 200 },
            limit: { type: "integer", minimum: 1, maximum: 100 },
          },
        },
      },
    },
    async (req) => {
      const { q, limit } = req.query as { q: string; limit?: number };
      const r = kb.search(q, limit ?? 25);
      return { query: r.query, entities: r.entities, interactions: r.interactions.slice(0, limit ?? 25) };
    },
  );

  app.get(
    "/api/kb/entities/:id",
    {
      schema: {
        summary: "One entity with its interactions, Table 1/2 rows and Fig. 2 cells",
        params: idParam,
        response: errors,
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      if (!kb.resolve(id)) {
        const hint = kb.suggest(id);
        throw new HttpError(
          404,
          "E-KB-UNKNOWN",
          `no entity "${id}" in the knowledge base${hint.length ? ` (did you mean ${hint.join(", ")}?)` : ""}`,
        );
      }
      return kb.show(id);
    },
  );

  app.get(
    "/api/kb/interactions/:id",
    {
      schema: {
        summary: "One interaction with its evidence (the review's sentence and references)",
        params: idParam,
        response: errors,
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const it = kb.interactions.find((i) => i.id === id);
      if (!it) throw new HttpError(404, "E-KB-UNKNOWN", `no interaction "${id}"`);
      const sectionTitle = it.evidence
        ? SECTIONS.find((x) => x.id === it.evidence?.section)?.title
        : undefined;
      return { ...it, sourceName: kb.name(it.source), targetName: kb.name(it.target), sectionTitle };
    },
  );

  app.get(
    "/api/maps/:figure",
    {
      schema: {
        summary:
          "Fig. 1 or Fig. 2 as laid-out graph elements (nodes, arcs, regions) with evidence ids, or SVG",
        params: {
          type: "object",
          properties: { figure: { type: "string", enum: ["1", "2"] } },
          required: ["figure"],
        },
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { format: { type: "string", enum: ["json", "svg"] } },
        },
      },
    },
    async (req, reply) => {
      const { figure } = req.params as { figure: string };
      const { format } = req.query as { format?: string };
      if (format === "svg") {
        reply.header("content-type", "image/svg+xml");
        return figureSvg(kb, figure);
      }
      return buildFigure(kb, figure);
    },
  );

  // --- the mechanistic model ---
  app.get(
    "/api/model/contexts",
    { schema: { summary: "Cell contexts of the mechanistic model" } },
    async () =>
      CELL_CONTEXTS.map((c) => ({ id: c.id, title: c.title, description: c.description, source: c.source })),
  );
  app.get(
    "/api/model/drugs",
    { schema: { summary: "Drugs the mechanistic model knows (ids, sites, potency K in nM)" } },
    async () => DRUG_ACTIONS.map((d) => ({ ...d, name: kb.name(d.drug) })),
  );
  app.get(
    "/api/model/parameters",
    {
      schema: {
        summary:
          "Core parameters of the mechanistic model (value, unit, source) — the ids /api/simulate's params override",
      },
    },
    async () => CORE_PARAMETERS,
  );
  app.get(
    "/api/model/sbml",
    {
      schema: {
        summary: "The mechanistic STAT3 model of a context as SBML Level 3",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { context: { type: "string", maxLength: 100 } },
        },
        response: { 404: errorSchema },
      },
    },
    async (req, reply) => {
      const { context } = req.query as { context?: string };
      if (context && !getContext(context))
        throw new HttpError(404, "E-UNKNOWN-CONTEXT", `no context "${context}"`);
      const { model } = buildStat3Model({ context: context ?? "hepatocyte" });
      reply.header("content-type", "application/xml");
      reply.header("content-disposition", `attachment; filename="stat3-${context ?? "hepatocyte"}.xml"`);
      return writeSBML(model);
    },
  );
  app.post(
    "/api/simulate",
    {
      schema: {
        summary: "Simulate a scenario on the mechanistic model (context, IL-6, drugs)",
        body: scenarioBody,
        response: { 200: seriesSchema, ...errors },
      },
    },
    async (req) => runScenario(req.body as never),
  );

  // --- any SBML model ---
  app.post(
    "/api/sbml/simulate",
    {
      schema: {
        summary: "Simulate an uploaded SBML model (parsed without DTDs or external entities)",
        body: sbmlBody,
        response: { 200: seriesSchema, ...errors },
      },
    },
    async (req) => runSbml(req.body as never),
  );

  // --- logical model ---
  app.get(
    "/api/logical/presets",
    { schema: { summary: "Contexts and read-outs of the logical review model" } },
    async () => ({
      contexts: LOGICAL_CONTEXTS.map((c) => c.name),
      readouts: [...LOGICAL_READOUTS],
    }),
  );
  app.post(
    "/api/logical/phenotypes",
    {
      schema: {
        summary: "Phenotype probabilities of the logical review model (MaBoSS-style)",
        body: logicalBody,
        response: errors,
      },
    },
    async (req) => runLogical(req.body as never),
  );

  // --- jobs ---
  app.post(
    "/api/jobs",
    {
      schema: {
        summary:
          "Start a job: scenario, sbml-simulate, dose-response, combination, logical, petab-llh, petab-fit → 202 with its id",
        body: jobBody,
        response: {
          202: {
            type: "object",
            properties: { id: { type: "string" }, status: { type: "string" }, href: { type: "string" } },
          },
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { kind, input } = req.body as { kind: TaskKind; input: unknown };
      const job = jobs.submit(kind, input);
      reply.code(202);
      return { id: job.id, status: job.status, href: `/api/jobs/${job.id}` };
    },
  );
  app.get(
    "/api/jobs/:id",
    {
      schema: {
        summary: "A job's status, progress and (when done) result or error",
        params: idParam,
        response: errors,
      },
    },
    async (req) => {
      const job = store.getJob((req.params as { id: string }).id);
      if (!job) throw new HttpError(404, "E-UNKNOWN-JOB", `no job "${(req.params as { id: string }).id}"`);
      return job;
    },
  );
  app.get(
    "/api/jobs/:id/result",
    {
      schema: {
        summary: "A finished job's result as JSON or CSV",
        params: idParam,
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { format: { type: "string", enum: ["json", "csv"] } },
        },
        response: { 409: errorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const job = store.getJob(id);
      if (!job) throw new HttpError(404, "E-UNKNOWN-JOB", `no job "${id}"`);
      if (job.status !== "done") throw new HttpError(409, "E-JOB-NOT-DONE", `job ${id} is ${job.status}`);
      if ((req.query as { format?: string }).format === "csv") {
        reply.header("content-type", "text/csv; charset=utf-8");
        reply.header("content-disposition", `attachment; filename="${job.kind}-${id.slice(0, 8)}.csv"`);
        return toCsv(job.result);
      }
      return job.result;
    },
  );

  // --- saved scenarios ---
  app.post(
    "/api/scenarios",
    {
      schema: {
        summary: "Save a named scenario",
        body: scenarioSaveBody,
        response: { 201: { type: "object", additionalProperties: true }, ...errors },
      },
    },
    async (req, reply) => {
      const { name, scenario, link } = req.body as { name: string; scenario: object; link?: string };
      reply.code(201);
      return store.saveScenario(name, link === undefined ? scenario : { ...scenario, link });
    },
  );
  app.get("/api/scenarios", { schema: { summary: "Saved scenarios, newest first" } }, async () =>
    store.listScenarios(),
  );
  app.get(
    "/api/scenarios/:id",
    {
      schema: { summary: "One saved scenario", params: idParam, response: errors },
    },
    async (req) => {
      const s = store.getScenario((req.params as { id: string }).id);
      if (!s)
        throw new HttpError(404, "E-UNKNOWN-SCENARIO", `no scenario "${(req.params as { id: string }).id}"`);
      return s;
    },
  );

  if (options.webRoot) serveStatic(app, options.webRoot);
  await app.ready();
  return app;
}

/** Series ({columns, data}) → CSV; dose–response / combination results → their tables; otherwise key,value rows. */
export function toCsv(result: unknown): string {
  const r = result as Record<string, unknown>;
  const cell = (v: unknown) => (typeof v === "number" ? String(v) : JSON.stringify(v ?? ""));
  if (Array.isArray(r.columns) && Array.isArray(r.data)) {
    const cols = r.columns as string[];
    const data = r.data as number[][];
    const n = data[0]?.length ?? 0;
    const lines = [cols.join(",")];
    for (let i = 0; i < n; i++) lines.push(data.map((c) => String(c[i])).join(","));
    return `${lines.join("\n")}\n`;
  }
  if (Array.isArray(r.doses) && Array.isArray(r.responses)) {
    const lines = ["dose_nM,response"];
    for (const [i, d] of (r.doses as number[]).entries()) lines.push(`${d},${(r.responses as number[])[i]}`);
    return `${lines.join("\n")}\n`;
  }
  if (Array.isArray(r.response) && Array.isArray(r.dosesA)) {
    const lines = ["doseA_nM,doseB_nM,response,bliss_excess"];
    for (const [i, a] of (r.dosesA as number[]).entries())
      for (const [j, b] of (r.dosesB as number[]).entries())
        lines.push(`${a},${b},${(r.response as number[][])[i][j]},${(r.bliss as number[][])[i][j]}`);
    return `${lines.join("\n")}\n`;
  }
  return `key,value\n${Object.entries(r)
    .map(([k, v]) => `${k},${cell(v)}`)
    .join("\n")}\n`;
}

/** OpenAPI 3.1 from the registered routes' schemas (JSON Schema 2020-12 compatible subset). */
export function openApi(routes: RouteOptions[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const s = (r.schema ?? {}) as Record<string, unknown>;
    const path = r.url.replace(/:([A-Za-z]+)/g, "{$1}");
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) {
      const op: Record<string, unknown> = { summary: s.summary ?? "" };
      const parameters: unknown[] = [];
      for (const [where, key] of [
        ["path", "params"],
        ["query", "querystring"],
      ] as const) {
        const sch = s[key] as { properties?: Record<string, unknown>; required?: string[] } | undefined;
        for (const [name, schema] of Object.entries(sch?.properties ?? {}))
          parameters.push({
            name,
            in: where,
            required: where === "path" || (sch?.required ?? []).includes(name),
            schema,
          });
      }
      if (parameters.length) op.parameters = parameters;
      if (s.body) op.requestBody = { required: true, content: { "application/json": { schema: s.body } } };
      const responses: Record<string, unknown> = {};
      for (const [code, schema] of Object.entries((s.response ?? {}) as Record<string, unknown>))
        responses[code] = {
          description: code.startsWith("2") ? "success" : "error",
          content: { "application/json": { schema } },
        };
      if (!Object.keys(responses).some((c) => c.startsWith("2")))
        responses["200"] = { description: "success" };
      op.responses = responses;
      paths[path] ??= {};
      paths[path][m.toLowerCase()] = op;
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "STAT3 Lab API",
      version: API_VERSION,
      description:
        "Knowledge base of the STAT3 review, its maps, the mechanistic and logical models, SBML and PEtab on the STAT3 Lab engine.",
    },
    servers: [{ url: "/" }],
    paths,
  };
}
