/**
 * A finished screen → tables and pharmacology: the results as CSV/JSON (one row per item, in item
 * order), every single-agent dose response as % inhibition of its context's control with a 4-parameter
 * Hill fit (@stat3/pharm fitHill), and every combination grid scored with the four synergy models.
 */
import {
  allSynergy,
  type ComboMatrix,
  fitHill,
  percentInhibition,
  SYNERGY_MODELS,
  type SynergyModel,
  type SynergySummary,
} from "@stat3/pharm";
import type { ScreenJob } from "./job.js";
import type { ItemResult } from "./store.js";

export interface DoseResponseRow {
  context: string;
  drug: string;
  readout: string;
  ec50: number | null;
  hill: number | null;
  e0: number | null;
  emax: number | null;
  r2: number | null;
  /** why there is no fit */
  note?: string;
}

export interface ComboRow {
  context: string;
  drugA: string;
  drugB: string;
  readout: string;
  scores: Record<SynergyModel, SynergySummary> | null;
  note?: string;
}

export interface ScreenSummary {
  name: string;
  job: string;
  items: number;
  failed: number;
  readouts: string[];
  doseResponse: DoseResponseRow[];
  combinations: ComboRow[];
}

const num = (v: number) => (Number.isFinite(v) ? v : null);

export function screenCsv(job: ScreenJob, results: readonly ItemResult[]): string {
  const head = ["item", "context", "drug_1", "dose_1_nM", "drug_2", "dose_2_nM", ...job.readouts, "error"];
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [head.map(q).join(",")];
  for (const r of results) {
    const it = job.items[r.idx];
    const d = Object.entries(it.drugs);
    lines.push(
      [
        String(r.idx),
        q(it.context),
        q(d[0]?.[0] ?? ""),
        d[0] ? String(d[0][1]) : "",
        q(d[1]?.[0] ?? ""),
        d[1] ? String(d[1][1]) : "",
        ...r.values.map((v) => (Number.isFinite(v) ? String(v) : "")),
        q(r.error ?? ""),
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

export function screenJson(job: ScreenJob, results: readonly ItemResult[]): unknown {
  return {
    name: job.name,
    job: job.hash,
    readouts: job.readouts,
    items: results.map((r) => ({
      item: r.idx,
      ...job.items[r.idx],
      values: r.values.map(num),
      ...(r.error ? { error: r.error } : {}),
    })),
  };
}

/** Fits and synergy scores of a finished screen (results indexed by item). */
export function analyseScreen(job: ScreenJob, results: readonly ItemResult[]): ScreenSummary {
  const byIdx = new Map(results.map((r) => [r.idx, r]));
  const key = (context: string, drugs: Record<string, number>) =>
    `${context}|${Object.entries(drugs)
      .map(([d, x]) => `${d}=${x}`)
      .join(";")}`;
  const lookup = new Map<string, ItemResult>();
  job.items.forEach((it, i) => {
    const r = byIdx.get(i);
    if (r) lookup.set(key(it.context, it.drugs), r);
  });
  const doseResponse: DoseResponseRow[] = [];
  const combinations: ComboRow[] = [];
  for (const context of job.contexts) {
    const control = lookup.get(key(context, {}));
    job.readouts.forEach((readout, k) => {
      const c = control?.values[k];
      for (const [drug, doses] of Object.entries(job.drugs)) {
        const row: DoseResponseRow = {
          context,
          drug,
          readout,
          ec50: null,
          hill: null,
          e0: null,
          emax: null,
          r2: null,
        };
        try {
          if (c === undefined || !Number.isFinite(c)) throw new Error("no control value");
          const ys = doses.map((x) => {
            const v = lookup.get(key(context, { [drug]: x }))?.values[k];
            if (v === undefined || !Number.isFinite(v)) throw new Error(`no value at ${x} nM`);
            return percentInhibition(v, c);
          });
          const f = fitHill([0, ...doses], [0, ...ys]);
          Object.assign(row, {
            ec50: f.params.ec50,
            hill: f.params.h,
            e0: f.params.e0,
            emax: f.params.emax,
            r2: num(f.r2),
          });
        } catch (e) {
          row.note = e instanceof Error ? e.message : String(e);
        }
        doseResponse.push(row);
      }
      for (const [a, b] of job.combinations) {
        const row: ComboRow = { context, drugA: a, drugB: b, readout, scores: null };
        try {
          if (c === undefined || !Number.isFinite(c)) throw new Error("no control value");
          const dosesA = [0, ...job.drugs[a]];
          const dosesB = [0, ...job.drugs[b]];
          const response = dosesA.map((x) =>
            dosesB.map((y) => {
              const drugs: Record<string, number> = {};
              if (x > 0) drugs[a] = x;
              if (y > 0) drugs[b] = y;
              const v = lookup.get(key(context, drugs))?.values[k];
              if (v === undefined || !Number.isFinite(v))
                throw new Error(`no value at ${a} ${x} nM, ${b} ${y} nM`);
              return percentInhibition(v, c);
            }),
          );
          const m: ComboMatrix = { dosesA, dosesB, response };
          const all = allSynergy(m);
          row.scores = Object.fromEntries(
            SYNERGY_MODELS.map((s) => [s, all[s].summary]),
          ) as ComboRow["scores"];
        } catch (e) {
          row.note = e instanceof Error ? e.message : String(e);
        }
        combinations.push(row);
      }
    });
  }
  return {
    name: job.name,
    job: job.hash,
    items: job.items.length,
    failed: results.filter((r) => r.error).length,
    readouts: job.readouts,
    doseResponse,
    combinations,
  };
}
