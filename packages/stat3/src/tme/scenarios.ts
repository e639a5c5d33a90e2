/**
 * Named TME scenarios (presets), each after a claim of the review, and the runner used by the CLI.
 * A scenario fixes the tumour's STAT3 drive and default therapies; `--therapy` adds or replaces agents.
 */
import { EngineError } from "@stat3/engine";
import { TmeCodes } from "./messages.js";
import { simulateTme, type TmeOptions, type TmeRun } from "./model.js";
import type { TmeParams } from "./parameters.js";
import { parseTherapy, type Regimen } from "./pk.js";

export interface TmeScenario {
  id: string;
  title: string;
  /** the review's claim it illustrates (section and reference numbers) */
  claim: string;
  params: Partial<TmeParams>;
  therapies: string[];
  coupling?: boolean;
}

export const TME_SCENARIOS: readonly TmeScenario[] = [
  {
    id: "kuznetsov",
    title: "Kuznetsov 1994 (STAT3 coupling off)",
    claim: "reference tumour–immune dynamics: damped oscillation to a dormant tumour (BIOMD0000000762)",
    params: {},
    therapies: [],
    coupling: false,
  },
  {
    id: "baseline",
    title: "tumour with moderate STAT3 activity",
    claim: "reference point of the coupled model (g_tumour = 1)",
    params: { g_tumour: 1 },
    therapies: [],
  },
  {
    id: "stat3_low",
    title: "STAT3-low tumour",
    claim:
      "low tumour STAT3: less TGF-β/VEGF/IL-10, immune control (review 'STAT3 induces the immune evasion', refs 71–73)",
    params: { g_tumour: 0.3 },
    therapies: [],
  },
  {
    id: "stat3_high_immune_evasion",
    title: "STAT3-high tumour: immune evasion",
    claim:
      "STAT3 activation is crucial for immune escape via TGF-β, VEGF, MDSC and suppressed NK function (refs 71–73); M2 and PD-L1 (ref 69)",
    params: { g_tumour: 4 },
    therapies: [],
  },
  {
    id: "stat3_inhibition",
    title: "STAT3-high tumour + Stattic 10 mg/kg/day",
    claim:
      "inhibition of STAT3 activation shows anti-tumour activity by suppressing macrophage polarisation (ref 69) and MDSC (refs 71–73)",
    params: { g_tumour: 4 },
    therapies: ["stattic@10mg/kg/day"],
  },
  {
    id: "jak_inhibition",
    title: "STAT3-high tumour + ruxolitinib 50 mg/kg/day",
    claim:
      "upstream (JAK) inhibition blocks cytokine-driven STAT3 in every population (refs 48, 49: IL-6/gp130/JAK)",
    params: { g_tumour: 4 },
    therapies: ["ruxolitinib@50mg/kg/day"],
  },
  {
    id: "checkpoint_pd1",
    title: "STAT3-high tumour + anti-PD-1",
    claim: "PD-1 blockade alone on a STAT3-high tumour",
    params: { g_tumour: 4 },
    therapies: ["anti_pd1@10mg/kg/3d"],
  },
  {
    id: "combo_stat3i_pd1",
    title: "STAT3-high tumour + Stattic + anti-PD-1 (concurrent)",
    claim:
      "STAT3 inhibition relieves the immunosuppressive TME (Fig. 2) and PD-1 blockade the adaptive PD-L1 brake it unmasks",
    params: { g_tumour: 4 },
    therapies: ["stattic@10mg/kg/day", "anti_pd1@10mg/kg/3d"],
  },
  {
    id: "combo_sequential",
    title: "STAT3-high tumour + Stattic days 0–14, then anti-PD-1 from day 14",
    claim: "sequential schedule of the same agents",
    params: { g_tumour: 4 },
    therapies: ["stattic@10mg/kg/day,to=14", "anti_pd1@10mg/kg/3d,from=14"],
  },
  {
    id: "checkpoint_ctla4",
    title: "STAT3-high tumour + anti-CTLA4",
    claim: "STAT3 raises CTLA4 on Treg (Fig. 2 legend); CTLA4 blockade",
    params: { g_tumour: 4 },
    therapies: ["anti_ctla4@10mg/kg/3d"],
  },
];

export function getTmeScenario(id: string): TmeScenario {
  const s = TME_SCENARIOS.find((x) => x.id === id);
  if (!s)
    throw new EngineError(
      TmeCodes.TME_UNKNOWN_SCENARIO,
      `unknown TME scenario "${id}"`,
      undefined,
      `known: ${TME_SCENARIOS.map((x) => x.id).join(", ")}`,
    );
  return s;
}

export interface ScenarioRunOptions {
  scenario: string;
  /** extra therapies (text); with `replaceTherapies` they replace the scenario's */
  therapies?: string[];
  replaceTherapies?: boolean;
  days?: number;
  perDay?: number;
  params?: Partial<TmeParams>;
  method?: string;
}

/** Run a named scenario (plus therapies given as text). */
export function runTmeScenario(o: ScenarioRunOptions): TmeRun & { scenario: TmeScenario } {
  const scenario = getTmeScenario(o.scenario);
  const texts = [...(o.replaceTherapies ? [] : scenario.therapies), ...(o.therapies ?? [])];
  const therapies: Regimen[] = texts.map(parseTherapy);
  const opts: TmeOptions = {
    days: o.days ?? 60,
    perDay: o.perDay,
    params: { ...scenario.params, ...o.params },
    coupling: scenario.coupling,
    therapies,
    method: o.method,
  };
  return { ...simulateTme(opts), scenario };
}

/** Mean of a series over [from, to] days (trapezoid on the output grid): exposure-style summaries. */
export function timeMean(run: TmeRun, name: string, from = 0, to = Number.POSITIVE_INFINITY): number {
  const s = run.series[name];
  if (!s) throw new EngineError(TmeCodes.TME_BAD_OPTION, `no series "${name}"`);
  let area = 0;
  let span = 0;
  for (let i = 1; i < run.t.length; i++) {
    const a = run.t[i - 1]!;
    const b = run.t[i]!;
    if (a < from || b > to) continue;
    area += 0.5 * (s[i - 1]! + s[i]!) * (b - a);
    span += b - a;
  }
  return span > 0 ? area / span : s[0]!;
}
