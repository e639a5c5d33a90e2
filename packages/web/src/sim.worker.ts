/// <reference lib="webworker" />
/**
 * The simulation Web Worker: the engine and the STAT3 model run here, in the browser, off the UI
 * thread. Messages: {type: "scenario"} runs the scenario and (cached) its unperturbed, drug-free
 * baseline; {type: "sbml"} reads and simulates an uploaded SBML file; {type: "tme"} runs a tumour-
 * microenvironment scenario (Fig. 2's population model, days) and {type: "tme-info"} lists its scenarios
 * and therapy agents. Errors come back as messages.
 */
import { compileModel, EngineError, readSBML, simulate } from "@stat3/engine";
import {
  buildStat3Model,
  CHECKPOINT_AGENTS,
  CORE_PARAMETERS,
  listTmeAgents,
  runStat3,
  runTmeScenario,
  TME_SCENARIOS,
  TME_STATES,
} from "@stat3/stat3";
import { HALLMARK_SELECTIONS, NODE_PARAMS, PERTURB_FACTOR, type Scenario } from "./scenario.js";

export type WorkerRequest =
  | { id: number; type: "scenario"; scenario: Scenario; selections: string[] }
  | { id: number; type: "species" }
  | { id: number; type: "sbml"; text: string; end: number; points: number }
  /** a TME scenario; `therapy` (model text, e.g. stattic@25mg/kg/day) is added to the scenario's own */
  | { id: number; type: "tme"; scenario: string; therapy?: string; days: number }
  | { id: number; type: "tme-info" };

export interface TmeScenarioInfo {
  id: string;
  title: string;
  claim: string;
  therapies: string[];
}

export interface TmeAgentInfo {
  id: string;
  kind: "stat3_inhibitor" | "checkpoint";
}

export interface Series {
  columns: string[];
  data: number[][];
}

export type WorkerReply =
  | { id: number; ok: true; type: "scenario"; run: Series; baseline: Series; ms: number }
  | { id: number; ok: true; type: "species"; species: string[] }
  | { id: number; ok: true; type: "sbml"; run: Series; name: string; ms: number }
  | { id: number; ok: true; type: "tme"; run: Series; title: string; therapies: string[]; ms: number }
  | { id: number; ok: true; type: "tme-info"; scenarios: TmeScenarioInfo[]; agents: TmeAgentInfo[] }
  | { id: number; ok: false; error: string };

const baselines = new Map<string, Series>();

function series(columns: string[], values: ArrayLike<number>[]): Series {
  return { columns, data: values.map((v) => Array.from(v)) };
}

function params(s: Scenario): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [node, p] of Object.entries(s.perturb))
    for (const id of NODE_PARAMS[node] ?? []) {
      const base = (CORE_PARAMETERS as Record<string, { value: number }>)[id]?.value;
      if (base !== undefined) out[id] = base * PERTURB_FACTOR[p];
    }
  return out;
}

function runScenario(s: Scenario, selections: string[]): { run: Series; baseline: Series } {
  const points = Math.min(241, Math.max(61, Math.round(s.end / 2) + 1));
  const il6 =
    s.perturb.il6 === "ko"
      ? 0
      : s.perturb.il6 === "overexpress"
        ? s.il6 * 3
        : s.perturb.il6 === "inhibit"
          ? s.il6 * 0.2
          : s.il6;
  const sel = [
    "time",
    "pSTAT3_fraction",
    "nuclear_pSTAT3_nM",
    "SOCS3_mRNA_rel",
    ...HALLMARK_SELECTIONS,
    ...selections,
  ];
  const unique = [...new Set(sel)];
  const r = runStat3({
    context: s.context,
    il6,
    drugs: s.drugs,
    preIncubate: s.pre > 0 && Object.keys(s.drugs).length > 0 ? s.pre : 0,
    end: s.end,
    points,
    selections: unique,
    params: params(s),
  });
  const key = JSON.stringify([s.context, s.il6, s.end, unique]);
  let baseline = baselines.get(key);
  if (!baseline) {
    const b = runStat3({ context: s.context, il6: s.il6, end: s.end, points, selections: unique });
    baseline = series(b.columns, b.values);
    baselines.set(key, baseline);
  }
  return { run: series(r.columns, r.values), baseline };
}

/** TME read-outs the app plots besides the populations and STAT3 activities (model.ts READOUTS). */
const TME_SERIES_READOUTS = [
  "tumour",
  "tumour_volume_mm3",
  "m2_fraction",
  "csc_fraction",
  "stat3_inhibition",
];

/** A TME run as a Series: "time" (days), every state (populations and STAT3 activities), a few read-outs. */
function runTme(scenario: string, therapy: string | undefined, days: number) {
  const r = runTmeScenario({ scenario, therapies: therapy ? [therapy] : [], days, perDay: 4 });
  const names = [...TME_STATES, ...TME_SERIES_READOUTS];
  return {
    run: series(["time", ...names], [r.t, ...names.map((n) => r.series[n] ?? new Float64Array(r.t.length))]),
    title: r.scenario.title,
    therapies: r.therapies.map((x) => x.text),
  };
}

function message(e: unknown): string {
  if (e instanceof EngineError) return `${e.diagnostic.code}: ${e.diagnostic.message}`;
  return String((e as Error)?.message ?? e);
}

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const req = ev.data;
  const t0 = performance.now();
  try {
    if (req.type === "scenario") {
      const { run, baseline } = runScenario(req.scenario, req.selections);
      self.postMessage({
        id: req.id,
        ok: true,
        type: "scenario",
        run,
        baseline,
        ms: performance.now() - t0,
      } satisfies WorkerReply);
    } else if (req.type === "species") {
      const { model } = buildStat3Model({});
      self.postMessage({
        id: req.id,
        ok: true,
        type: "species",
        species: model.species.map((s) => s.id),
      } satisfies WorkerReply);
    } else if (req.type === "tme") {
      const out = runTme(req.scenario, req.therapy, req.days);
      self.postMessage({
        id: req.id,
        ok: true,
        type: "tme",
        ...out,
        ms: performance.now() - t0,
      } satisfies WorkerReply);
    } else if (req.type === "tme-info") {
      const checkpoint = new Set(CHECKPOINT_AGENTS.map((a) => a.id));
      self.postMessage({
        id: req.id,
        ok: true,
        type: "tme-info",
        scenarios: TME_SCENARIOS.map((x) => ({
          id: x.id,
          title: x.title,
          claim: x.claim,
          therapies: [...x.therapies],
        })),
        // the CLI's agents, without the class placeholders (jak_inhibitors, src_inhibitors)
        agents: listTmeAgents()
          .filter((a) => !/_inhibitors$/.test(a))
          .map((id) => ({ id, kind: checkpoint.has(id) ? "checkpoint" : "stat3_inhibitor" })),
      } satisfies WorkerReply);
    } else {
      // the engine's XML parser refuses DOCTYPE and entities: nothing external is ever fetched
      const model = readSBML(req.text, { file: "upload.xml" });
      const sol = simulate(compileModel(model), { end: req.end, points: req.points });
      self.postMessage({
        id: req.id,
        ok: true,
        type: "sbml",
        run: series(sol.columns, sol.values),
        name: model.name || model.id || "model",
        ms: performance.now() - t0,
      } satisfies WorkerReply);
    }
  } catch (e) {
    self.postMessage({ id: req.id, ok: false, error: message(e) } satisfies WorkerReply);
  }
};
