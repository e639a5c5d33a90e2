/**
 * A screen: drugs × doses × contexts × read-outs as one job. The job file (YAML or JSON) expands to a
 * list of scenarios ("items") in a fixed order — for each context: the untreated control, every
 * single-agent dose of every drug in the order listed, then every combination grid (both doses > 0) —
 * so an item's index means the same scenario on every run, whatever the number of workers. The job hash
 * (SHA-256 of the canonical expanded job, with the SBML file's content hashed in) keys the stored
 * results: an interrupted screen resumes where it stopped, and a changed job never reuses old rows.
 *
 *     model: stat3                      # or: { sbml: model.xml, contexts: { name: { param: value } } }
 *     il6: 40                           # stat3: IL-6 ng/mL from t = 0
 *     preIncubate: 60min                # stat3: drugs present before IL-6
 *     regimens:                         # stat3: per drug (default constant exposure); times in min
 *       ruxolitinib: { kind: repeated, every: 720, doses: 4, halfLife: 180 }
 *     contexts: [autocrine-il6, hepatocyte]
 *     drugs: { ruxolitinib: 1nM..10uM:8, stattic: 0.1uM..100uM:8 }
 *     combinations: [[ruxolitinib, stattic]]
 *     readouts: [pSTAT3_fraction@1h, hallmark_proliferation_survival@24h]
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Codes, EngineError } from "@stat3/engine";
import { parseYaml, type YamlValue } from "@stat3/fit";
import { CONTEXT_IDS, parseConcentration, parseDoses, type Regimen } from "@stat3/stat3";
import { parseMinutes } from "../commands/run.js";
import type { ModelSpec } from "./evaluate.js";

export interface ScreenItem {
  context: string;
  drugs: Record<string, number>;
}

export interface ScreenJob {
  name: string;
  model: ModelSpec;
  readouts: string[];
  contexts: string[];
  drugs: Record<string, number[]>;
  combinations: [string, string][];
  items: ScreenItem[];
  hash: string;
}

const bad = (file: string, msg: string) => new EngineError(Codes.SIM_BAD_SETTING, `${file}: ${msg}`);

function asList(v: YamlValue | undefined, what: string, file: string): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === "string") return [v];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string" && typeof x !== "number"))
    throw bad(file, `${what} must be a list of names`);
  return v.map(String);
}

function doses(v: YamlValue, drug: string, file: string): number[] {
  if (typeof v === "number") return [v];
  if (typeof v === "string")
    return v.includes("..") || v.includes(",") ? parseDoses(v) : [parseConcentration(v)];
  if (Array.isArray(v)) return v.map((x) => (typeof x === "number" ? x : parseConcentration(String(x))));
  throw bad(file, `drugs.${drug}: give a range "1nM..10uM:8", a list, or one dose`);
}

function readRegimens(v: YamlValue, file: string): Record<string, Regimen> {
  if (!v || typeof v !== "object" || Array.isArray(v)) throw bad(file, "regimens: a mapping drug → regimen");
  const out: Record<string, Regimen> = {};
  for (const [d, r] of Object.entries(v)) {
    if (!r || typeof r !== "object" || Array.isArray(r))
      throw bad(file, `regimens.${d}: a mapping with kind`);
    const n = (k: string): number | undefined => {
      if (r[k] === undefined || r[k] === null) return undefined;
      const x = Number(r[k]);
      if (!Number.isFinite(x)) throw bad(file, `regimens.${d}.${k}: a number (minutes), got ${r[k]}`);
      return x;
    };
    if (r.kind === "constant") out[d] = { kind: "constant" };
    else if (r.kind === "bolus") out[d] = { kind: "bolus", at: n("at"), halfLife: n("halfLife") };
    else if (r.kind === "repeated") {
      const every = n("every");
      const doses = n("doses");
      if (!(every !== undefined && every > 0 && doses !== undefined && Number.isInteger(doses) && doses >= 1))
        throw bad(file, `regimens.${d}: repeated dosing needs every > 0 (min) and doses ≥ 1`);
      out[d] = { kind: "repeated", every, doses, first: n("first"), halfLife: n("halfLife") };
    } else throw bad(file, `regimens.${d}.kind: constant, bolus or repeated`);
    // unset optional fields are left out (the job hash and the stored spec stay canonical)
    for (const [k, x] of Object.entries(out[d]))
      if (x === undefined) delete (out[d] as Record<string, unknown>)[k];
  }
  return out;
}

/** Reads and expands a job file (.yaml/.yml or .json). */
export function readScreenJob(file: string): ScreenJob {
  const text = readFileSync(file, "utf8");
  const raw = file.toLowerCase().endsWith(".json") ? (JSON.parse(text) as YamlValue) : parseYaml(text, file);
  return expandScreenJob(raw, file);
}

export function expandScreenJob(raw: YamlValue, file = "<screen>"): ScreenJob {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw bad(file, "expected a mapping at the top");
  const known = [
    "name",
    "model",
    "il6",
    "preIncubate",
    "regimens",
    "contexts",
    "drugs",
    "combinations",
    "readouts",
    "method",
  ];
  for (const k of Object.keys(raw))
    if (!known.includes(k)) throw bad(file, `unknown key "${k}" (known: ${known.join(", ")})`);
  let model: ModelSpec;
  let modelHash = "stat3";
  const m = raw.model ?? "stat3";
  if (m === "stat3") {
    const pre = raw.preIncubate;
    model = {
      kind: "stat3",
      il6: raw.il6 === undefined ? 40 : Number(raw.il6),
      preIncubate: pre === undefined || pre === null ? 0 : parseMinutes("preIncubate", String(pre)),
    };
    if (!(model.il6 !== undefined && model.il6 >= 0))
      throw bad(file, `il6 must be ≥ 0 ng/mL, got ${raw.il6}`);
    if (raw.regimens !== undefined && raw.regimens !== null)
      model.regimens = readRegimens(raw.regimens, file);
  } else if (m && typeof m === "object" && !Array.isArray(m) && typeof m.sbml === "string") {
    const path = resolve(dirname(file), m.sbml);
    let content: string;
    try {
      content = readFileSync(path, "utf8");
    } catch {
      throw bad(file, `model.sbml: cannot read ${path}`);
    }
    modelHash = createHash("sha256").update(content).digest("hex");
    const ctx = m.contexts;
    const contexts: Record<string, Record<string, number>> = {};
    if (ctx && typeof ctx === "object" && !Array.isArray(ctx))
      for (const [name, ps] of Object.entries(ctx)) {
        if (!ps || typeof ps !== "object" || Array.isArray(ps))
          throw bad(file, `model.contexts.${name}: a mapping`);
        contexts[name] = Object.fromEntries(Object.entries(ps).map(([k, v]) => [k, Number(v)]));
      }
    model = { kind: "sbml", file: path, contexts: Object.keys(contexts).length ? contexts : undefined };
    if (typeof raw.method === "string") model.method = raw.method;
  } else throw bad(file, `model: "stat3" or { sbml: file.xml, contexts: … }`);

  let contexts = asList(raw.contexts, "contexts", file);
  if (contexts.length === 0)
    contexts = model.kind === "stat3" ? ["hepatocyte"] : Object.keys(model.contexts ?? { default: {} });
  if (model.kind === "stat3")
    for (const c of contexts)
      if (!CONTEXT_IDS.includes(c))
        throw bad(file, `unknown context "${c}"; known: ${CONTEXT_IDS.join(", ")}`);
  const readouts = asList(raw.readouts, "readouts", file);
  if (readouts.length === 0) throw bad(file, "readouts: give at least one, e.g. pSTAT3_fraction@20min");
  const drugs: Record<string, number[]> = {};
  const rd = raw.drugs;
  if (!rd || typeof rd !== "object" || Array.isArray(rd)) throw bad(file, "drugs: a mapping drug → doses");
  for (const [d, v] of Object.entries(rd)) {
    const ds = doses(v, d, file);
    if (ds.some((x) => !(x > 0))) throw bad(file, `drugs.${d}: doses must be > 0 (the control is added)`);
    drugs[d] = ds;
  }
  const combinations: [string, string][] = [];
  const rc = raw.combinations;
  if (rc !== undefined && rc !== null) {
    if (!Array.isArray(rc)) throw bad(file, "combinations: a list of [drugA, drugB] pairs");
    for (const p of rc) {
      if (!Array.isArray(p) || p.length !== 2) throw bad(file, "combinations: each entry is [drugA, drugB]");
      const [a, b] = p.map(String);
      for (const d of [a, b])
        if (!drugs[d]) throw bad(file, `combinations: "${d}" is not listed under drugs`);
      if (a === b)
        throw bad(
          file,
          `combinations: [${a}, ${b}] pairs a drug with itself (use stat3 combo for the sham experiment)`,
        );
      combinations.push([a, b]);
    }
  }
  const items: ScreenItem[] = [];
  for (const context of contexts) {
    items.push({ context, drugs: {} });
    for (const [d, ds] of Object.entries(drugs))
      for (const x of ds) items.push({ context, drugs: { [d]: x } });
    for (const [a, b] of combinations)
      for (const x of drugs[a]) for (const y of drugs[b]) items.push({ context, drugs: { [a]: x, [b]: y } });
  }
  const canonical = JSON.stringify({
    v: 1,
    model: model.kind === "stat3" ? model : { ...model, file: modelHash },
    readouts,
    items,
  });
  const hash = createHash("sha256").update(canonical).digest("hex").slice(0, 16);
  return {
    name: typeof raw.name === "string" ? raw.name : "screen",
    model,
    readouts,
    contexts,
    drugs,
    combinations,
    items,
    hash,
  };
}
