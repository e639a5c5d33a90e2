/**
 * Dose responses of a drug on a read-out at a time point, with the project's 4-parameter Hill fit
 * (@stat3/pharm `fitHill`) and profile-likelihood 95 % intervals for IC50 and the Hill slope (hill.ts).
 * Text forms used by the CLI: concentrations "500nM", "1uM", "1µM", "30 pM", "2mM" (→ nM);
 * dose ranges "1nM..100uM:12" (12 log-spaced doses, ends included); read-outs
 * "pSTAT3_fraction@20min" (also "@1.5h", "@20").
 */
import { Codes, EngineError } from "@stat3/engine";
import { type DoseResponseFit, fitHill4 } from "./hill.js";
import { checkDrug, runStat3 } from "./run.js";

const UNIT_NM: Record<string, number> = { pm: 1e-3, nm: 1, um: 1e3, µm: 1e3, μm: 1e3, mm: 1e6, m: 1e9 };

/** "500nM" → 500 (nM). A bare number is nM. */
export function parseConcentration(text: string): number {
  const m = /^\s*([0-9]*\.?[0-9]+(?:e[-+]?[0-9]+)?)\s*([a-zµμ]*)\s*$/i.exec(text);
  const unit = (m?.[2] ?? "").toLowerCase() || "nm";
  const f = UNIT_NM[unit];
  if (!m || f === undefined)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `cannot read concentration "${text}" (use e.g. 500nM, 1uM, 30pM)`,
    );
  return Number(m[1]) * f;
}

/** "1nM..100uM:12" → 12 log-spaced doses in nM. */
export function parseDoses(text: string): number[] {
  const m = /^(.+?)\.\.(.+?):(\d+)$/.exec(text.trim());
  if (!m) {
    // also a comma-separated list
    if (text.includes(",")) return text.split(",").map(parseConcentration);
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `cannot read doses "${text}" (use e.g. 1nM..100uM:12 or 10nM,100nM,1uM)`,
    );
  }
  const lo = parseConcentration(m[1]);
  const hi = parseConcentration(m[2]);
  const n = Number(m[3]);
  if (!(lo > 0 && hi > lo && n >= 2))
    throw new EngineError(Codes.SIM_BAD_SETTING, `dose range "${text}": need 0 < low < high and ≥ 2 points`);
  return Array.from(
    { length: n },
    (_, i) => 10 ** (Math.log10(lo) + (i * (Math.log10(hi) - Math.log10(lo))) / (n - 1)),
  );
}

/** "pSTAT3_fraction@20min" → { selection, time (min) }. */
export function parseReadout(text: string): { selection: string; time: number } {
  const m = /^(.+?)@\s*([0-9]*\.?[0-9]+)\s*(min|m|h|s)?$/.exec(text.trim());
  if (!m)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `cannot read read-out "${text}" (use e.g. pSTAT3_fraction@20min)`,
    );
  const v = Number(m[2]);
  const unit = m[3] ?? "min";
  const time = unit === "h" ? v * 60 : unit === "s" ? v / 60 : v;
  return { selection: m[1], time };
}

export interface DoseResponseOptions {
  context?: string;
  drug: string;
  doses: number[];
  readout: { selection: string; time: number };
  il6?: number;
  preIncubate?: number;
  /** other drugs held constant */
  background?: Record<string, number>;
}

export interface DoseResponseResult {
  drug: string;
  context: string;
  readout: string;
  time: number;
  doses: number[];
  responses: number[];
  /** the read-out without the drug */
  control: number;
  fit: DoseResponseFit | null;
  /** why no fit, when fit is null */
  fitError?: string;
}

export function doseResponse(o: DoseResponseOptions): DoseResponseResult {
  checkDrug(o.drug);
  const context = o.context ?? "hepatocyte";
  const one = (dose: number) =>
    runStat3({
      context,
      il6: o.il6 ?? 40,
      preIncubate: o.preIncubate ?? 0,
      drugs: { ...(o.background ?? {}), [o.drug]: dose },
      times: [o.readout.time],
      selections: [o.readout.selection],
    }).values[0][0];
  const responses = o.doses.map(one);
  const control = one(0);
  let fit: DoseResponseFit | null = null;
  let fitError: string | undefined;
  try {
    fit = fitHill4(o.doses, responses);
  } catch (e) {
    fitError = e instanceof Error ? e.message : String(e);
  }
  return {
    drug: o.drug,
    context,
    readout: o.readout.selection,
    time: o.readout.time,
    doses: o.doses,
    responses,
    control,
    fit,
    fitError,
  };
}
