/**
 * One simulation of a therapy scenario → the values of its read-outs. Two kinds of model:
 *
 *  - "stat3": the mechanistic STAT3 model (@stat3/stat3 runStat3): a cell context, IL-6 from t = 0,
 *    drugs by knowledge-base id in nM (constant exposure, optionally pre-incubated);
 *  - "sbml": any SBML model of the engine: a "drug" is a parameter id (or species/compartment initial
 *    value) set to the dose; a context is a named set of parameter overrides.
 *
 * A read-out is "selection@time" (e.g. "pSTAT3_fraction@20min", "hallmark_proliferation_survival@24h";
 * the selection is libRoadRunner's syntax). All read-outs of a scenario come from one simulation.
 * Used in-process (combo) and inside the screen's worker threads.
 */
import { readFileSync } from "node:fs";
import { Codes, type CompiledModel, compileModel, EngineError, simulate } from "@stat3/engine";
import { parseReadout, type Regimen, runStat3 } from "@stat3/stat3";
import { parseSbmlFile } from "../io/read-model.js";

export type ModelSpec =
  | {
      kind: "stat3";
      /** IL-6 ng/mL from t = 0 (default 40) */
      il6?: number;
      /** drugs present this many minutes before IL-6 (default 0) */
      preIncubate?: number;
      /** dosing regimens by drug id (default constant exposure); the dose is per bolus */
      regimens?: Record<string, Regimen>;
    }
  | {
      kind: "sbml";
      /** path of the SBML file (read once per thread) */
      file: string;
      /** contexts: name → parameter overrides */
      contexts?: Record<string, Record<string, number>>;
      method?: string;
    };

export interface Readout {
  text: string;
  selection: string;
  /** minutes for stat3; model time units for sbml */
  time: number;
}

export function parseReadouts(texts: readonly string[]): Readout[] {
  return texts.map((text) => ({ text, ...parseReadout(text) }));
}

/** (context, drug doses) → one value per read-out. */
export type Evaluator = (context: string, drugs: Record<string, number>) => number[];

const sbmlCache = new Map<string, CompiledModel>();

export function makeEvaluator(model: ModelSpec, readouts: readonly Readout[]): Evaluator {
  if (readouts.length === 0) throw new EngineError(Codes.SIM_BAD_SETTING, "no read-outs given");
  // one simulation per scenario: unique sorted times, unique selections
  const times = [...new Set(readouts.map((r) => r.time))].sort((a, b) => a - b);
  const sels = [...new Set(readouts.map((r) => r.selection))];
  const pick = readouts.map((r) => [sels.indexOf(r.selection), times.indexOf(r.time)] as const);
  if (model.kind === "stat3") {
    return (context, drugs) => {
      const res = runStat3({
        context,
        il6: model.il6 ?? 40,
        preIncubate: model.preIncubate ?? 0,
        drugs,
        // only the regimens of drugs in this scenario (the runner checks every regimen's drug)
        regimens: model.regimens
          ? Object.fromEntries(Object.entries(model.regimens).filter(([d]) => d in drugs))
          : undefined,
        times,
        selections: sels,
      });
      return pick.map(([s, t]) => res.values[s][t]);
    };
  }
  let compiled = sbmlCache.get(model.file);
  if (!compiled) {
    compiled = compileModel(parseSbmlFile(readFileSync(model.file, "utf8"), model.file));
    sbmlCache.set(model.file, compiled);
  }
  const c = compiled;
  return (context, drugs) => {
    const ctx = model.contexts?.[context];
    if (model.contexts && !ctx)
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `unknown context "${context}"; the screen defines ${Object.keys(model.contexts).join(", ")}`,
      );
    const sol = simulate(c, {
      start: 0,
      times: times[0] > 0 ? [0, ...times] : times,
      selections: sels,
      parameters: { ...(ctx ?? {}), ...drugs },
      method: model.method ?? "auto",
    });
    const off = times[0] > 0 ? 1 : 0;
    return pick.map(([s, t]) => sol.values[s][t + off]);
  };
}
