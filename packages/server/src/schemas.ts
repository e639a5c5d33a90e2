/** JSON schemas of the API's bodies (Fastify validates every request against them; /api/docs lists them). */
import { optimizerNames, startDesigns } from "@stat3/fit";
import { LIMITS } from "./limits.js";

const num = { type: "number" } as const;
const nonNeg = { type: "number", minimum: 0 } as const;
const id = { type: "string", minLength: 1, maxLength: 100, pattern: "^[A-Za-z0-9_.\\-]+$" } as const;
const selections = {
  type: "array",
  items: { type: "string", minLength: 1, maxLength: 200 },
  maxItems: LIMITS.maxSelections,
} as const;

export const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        hint: { type: "string" },
        line: { type: "integer" },
      },
      required: ["code", "message"],
    },
  },
} as const;

export const seriesSchema = {
  type: "object",
  properties: {
    columns: { type: "array", items: { type: "string" } },
    data: { type: "array", items: { type: "array", items: num } },
    meta: { type: "object", additionalProperties: true },
  },
  required: ["columns", "data"],
} as const;

export const scenarioBody = {
  type: "object",
  additionalProperties: false,
  properties: {
    context: id,
    il6: { type: "number", minimum: 0, maximum: 1000, description: "IL-6, ng/mL, added at t = 0" },
    il6Stop: { type: "number", minimum: 0, description: "IL-6 washed out at this time (min)" },
    egf: { type: "number", minimum: 0, maximum: 1000 },
    drugs: {
      type: "object",
      maxProperties: 8,
      propertyNames: id,
      additionalProperties: { type: "number", minimum: 0, maximum: 1e7 },
      description: "drug id → concentration (nM)",
    },
    preIncubate: { type: "number", minimum: 0, maximum: 1440 },
    params: {
      type: "object",
      maxProperties: 40,
      propertyNames: id,
      additionalProperties: { type: "number", minimum: 0 },
      description: "model parameter overrides by id (GET /api/model/parameters lists them)",
    },
    end: { type: "number", exclusiveMinimum: 0, description: "minutes" },
    points: { type: "integer", minimum: 2 },
    selections,
  },
} as const;

export const sbmlBody = {
  type: "object",
  additionalProperties: false,
  required: ["sbml"],
  properties: {
    sbml: { type: "string", minLength: 1, description: "SBML Level 2/3 document" },
    start: num,
    end: { type: "number", exclusiveMinimum: 0 },
    points: { type: "integer", minimum: 2 },
    selections,
    method: { type: "string", enum: ["auto", "dopri5", "tsit5", "rodas4", "rodas5p", "bdf"] },
    parameters: { type: "object", additionalProperties: num, maxProperties: 500 },
  },
} as const;

const doses = { type: "array", items: { type: "number", minimum: 0, maximum: 1e7 }, minItems: 2 } as const;

export const doseResponseBody = {
  type: "object",
  additionalProperties: false,
  required: ["drug", "doses"],
  properties: {
    context: id,
    drug: id,
    doses,
    selection: { type: "string", maxLength: 200 },
    time: nonNeg,
    il6: nonNeg,
    preIncubate: nonNeg,
  },
} as const;

export const combinationBody = {
  type: "object",
  additionalProperties: false,
  required: ["drugA", "drugB", "dosesA", "dosesB"],
  properties: {
    context: id,
    drugA: id,
    drugB: id,
    dosesA: doses,
    dosesB: doses,
    selection: { type: "string", maxLength: 200 },
    time: nonNeg,
    il6: nonNeg,
  },
} as const;

export const logicalBody = {
  type: "object",
  additionalProperties: false,
  required: ["context"],
  properties: {
    context: id,
    drugs: { type: "array", items: id, maxItems: 8 },
    samples: { type: "integer", minimum: 10 },
    seed: { type: "integer", minimum: 0 },
  },
} as const;

/** an uploaded PEtab problem: the YAML's name among the files, and the files by name */
const petabUpload = {
  yaml: { type: "string", minLength: 1, maxLength: 200 },
  files: { type: "object", maxProperties: 20, additionalProperties: { type: "string" } },
} as const;

export const petabBody = {
  type: "object",
  additionalProperties: false,
  required: ["yaml", "files"],
  properties: {
    ...petabUpload,
    parameters: { type: "object", additionalProperties: num },
  },
} as const;

export const petabFitBody = {
  type: "object",
  additionalProperties: false,
  required: ["yaml", "files"],
  properties: {
    ...petabUpload,
    starts: {
      type: "integer",
      minimum: 1,
      maximum: LIMITS.maxStarts,
      default: 10,
      description: `local optimisations (at most ${LIMITS.maxStarts}, LIMITS.maxStarts)`,
    },
    seed: { type: "integer", minimum: 0, default: 1, description: "seed of the start design" },
    design: { type: "string", enum: [...startDesigns], default: "lhs", description: "start design" },
    optimizer: { type: "string", enum: [...optimizerNames], default: "trr" },
    maxIterations: {
      type: "integer",
      minimum: 1,
      maximum: LIMITS.maxFitIterations,
      default: 200,
      description: `iterations per start (at most ${LIMITS.maxFitIterations}); evaluations are capped at 4× this`,
    },
    maxSeconds: {
      type: "number",
      exclusiveMinimum: 0,
      maximum: LIMITS.maxFitSeconds,
      default: LIMITS.maxFitSeconds,
      description: `wall-clock cap of the job (at most ${LIMITS.maxFitSeconds} s, LIMITS.maxFitSeconds): no start begins after it, the running one stops at it (exit "maxTime")`,
    },
  },
} as const;

export const JOB_INPUT_SCHEMAS = {
  scenario: scenarioBody,
  "sbml-simulate": sbmlBody,
  "dose-response": doseResponseBody,
  combination: combinationBody,
  logical: logicalBody,
  "petab-llh": petabBody,
  "petab-fit": petabFitBody,
} as const;

export const jobBody = {
  type: "object",
  additionalProperties: false,
  required: ["kind", "input"],
  properties: {
    kind: { type: "string", enum: Object.keys(JOB_INPUT_SCHEMAS) },
    input: { type: "object" },
  },
  // the input is validated against its kind's schema
  allOf: Object.entries(JOB_INPUT_SCHEMAS).map(([kind, schema]) => ({
    if: { properties: { kind: { const: kind } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable
    then: { properties: { input: schema } },
  })),
} as const;

export const scenarioSaveBody = {
  type: "object",
  additionalProperties: false,
  required: ["name", "scenario"],
  properties: {
    name: { type: "string", minLength: 1, maxLength: 200 },
    scenario: scenarioBody,
    link: { type: "string", maxLength: 4000, description: "the web app's query string for this scenario" },
  },
} as const;
