/**
 * Fig. 2 (the tumour microenvironment) and the TME population model (packages/stat3/src/tme): which model
 * state lights each map node, the activity of the map at one output time, and the TME run's settings
 * (scenario, therapy, days) with their URL encoding. Pure functions, no model code: the model runs in the
 * worker, and this module stays in the main bundle.
 */

/** STAT3 activity states of the TME model (0–1 per population; packages/stat3/src/tme/model.ts STATES). */
export type TmeStat3State = "S_T" | "S_E" | "S_N" | "S_D" | "S_M" | "S_MD" | "S_R" | "S_B" | "S_En" | "S_F";

/**
 * Fig. 2 cell node → the TME model's STAT3 state of that population. The cell node and its STAT3 child
 * (`<cell>__stat3`) glow by it; the cell's other children (genes, phenotypes) stay neutral. `null` = no
 * counterpart in the model: the node stays neutral.
 */
export const TME_NODE_STATE: Readonly<Record<string, TmeStat3State | null>> = {
  cell_tumour: "S_T", // tumour cells (non-stem T and stem C share one STAT3 state)
  cell_dc: "S_D", // dendritic cells (immature Di and mature Dm)
  cell_nk: "S_N", // NK cells
  cell_teff: "S_E", // CD8 effector T cells
  // the model has one conventional T-cell STAT3 state: S_E also carries the Th1 brake (eps_th1·S_E on
  // CD8 priming) and T-cell IL-10 (i10_t·S_E), so Th1 and "T cell" light with it
  cell_th1: "S_E",
  cell_t: "S_E",
  cell_macrophage: "S_M", // macrophages (M1 and M2 share one STAT3 state; STAT3 drives M2)
  cell_mdsc: "S_MD", // myeloid-derived suppressor cells
  cell_treg: "S_R", // regulatory T cells
  cell_b: "S_B", // B cells
  cell_endothelial: "S_En", // endothelium (the vascular index V)
  cell_fibroblast: "S_F", // cancer-associated fibroblasts
  cell_neutrophil: null, // no neutrophil population in the model
};

/** The TME state that lights a Fig. 2 node (a cell, or its STAT3 child), or null. */
export function tmeNodeState(nodeId: string): TmeStat3State | null {
  const m = /^(cell_[a-z0-9_]+?)(?:__stat3)?$/.exec(nodeId);
  if (!m) return null;
  return TME_NODE_STATE[m[1]] ?? null;
}

export interface SeriesLike {
  columns: string[];
  data: number[][];
}

/**
 * Per-node activity (0–1) at output index `index` (clamped to the run): each mapped node's population
 * STAT3 activity. Nodes without a model counterpart are absent (MapView draws them neutral).
 */
export function tmeActivity(
  run: SeriesLike | null,
  index: number,
  nodeIds: string[],
): Record<string, number> {
  const out: Record<string, number> = {};
  if (!run) return out;
  const n = run.data[0]?.length ?? 0;
  if (n === 0) return out;
  const i = Math.min(n - 1, Math.max(0, Math.round(index)));
  for (const id of nodeIds) {
    const s = tmeNodeState(id);
    if (!s) continue;
    const c = run.columns.indexOf(s);
    if (c < 0) continue;
    const v = run.data[c][i];
    out[id] = Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
  }
  return out;
}

/** Dosing intervals the app offers (each is valid in the model's therapy text, pk.ts parseTherapy). */
export const TME_INTERVALS = {
  day: "daily",
  "12h": "every 12 h",
  "3d": "every 3 days",
  week: "weekly",
} as const;
export type TmeInterval = keyof typeof TME_INTERVALS;

export interface TmeTherapy {
  agent: string;
  /** mg/kg per dose */
  dose: number;
  every: TmeInterval;
}

export interface TmeSettings {
  /** a TME_SCENARIOS id */
  scenario: string;
  /** added to the scenario's own therapies (as `stat3 tme run --therapy` does) */
  therapy: TmeTherapy | null;
  days: number;
}

export const DEFAULT_TME: TmeSettings = { scenario: "baseline", therapy: null, days: 60 };
export const TME_DAYS = { min: 30, max: 120, step: 10 } as const;

/** The therapy as the model's text, e.g. `stattic@25mg/kg/day`. */
export function therapyText(t: TmeTherapy): string {
  return `${t.agent}@${+t.dose.toPrecision(6)}mg/kg/${t.every}`;
}

/** A starting dose for an agent (the CLI's examples: antibodies 10 mg/kg every 3 days, small molecules 25 mg/kg/day). */
export function defaultTherapy(agent: string, kind: "stat3_inhibitor" | "checkpoint"): TmeTherapy {
  return kind === "checkpoint" ? { agent, dose: 10, every: "3d" } : { agent, dose: 25, every: "day" };
}

/** URL fields of the TME run (only where they differ from the defaults, so Fig. 1 links stay as they were). */
export function encodeTme(s: TmeSettings): Record<string, string> {
  const out: Record<string, string> = {};
  if (s.scenario !== DEFAULT_TME.scenario) out.tme = s.scenario;
  if (s.therapy) out.tx = `${s.therapy.agent}:${+s.therapy.dose.toPrecision(6)}:${s.therapy.every}`;
  if (s.days !== DEFAULT_TME.days) out.days = String(s.days);
  return out;
}

/** URL query → TME settings; missing or malformed fields fall back to the defaults (old links decode). */
export function decodeTme(query: string): TmeSettings {
  const q = new URLSearchParams(query);
  const sc = q.get("tme");
  const days = Number(q.get("days"));
  let therapy: TmeTherapy | null = null;
  const m = /^([a-z0-9_]+):([0-9]*\.?[0-9]+(?:[eE][-+]?\d+)?):(day|12h|3d|week)$/.exec(q.get("tx") ?? "");
  if (m && Number.isFinite(Number(m[2])))
    therapy = { agent: m[1], dose: Math.min(1000, Number(m[2])), every: m[3] as TmeInterval };
  return {
    scenario: sc && /^[a-z0-9_]+$/.test(sc) ? sc : DEFAULT_TME.scenario,
    therapy,
    days:
      q.has("days") && Number.isFinite(days)
        ? Math.round(Math.min(TME_DAYS.max, Math.max(TME_DAYS.min, days)))
        : DEFAULT_TME.days,
  };
}
