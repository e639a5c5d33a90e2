/**
 * The calibration figures of the hepatocyte core, measured on the model exactly as the experiments
 * were done (stat3-facts.md §2a, Sobotta 2017 data sets; issue 4 "Calibrated core"):
 * - time course at 40 ng/mL IL-6 (bohl/hep_2005_02_03_Cont40ng_T90min; MS pY705 degree at 18 min,
 *   braun/hep_2011_04_04_STAT3_pY_degree_replicates);
 * - SOCS3 mRNA (braun/hep_2013_07_08_qPCR_Socs3_Stat3);
 * - IL-6 dose response of pSTAT3 at 20 min (braun/hep_2013_11_04_Stattic_Ruxolitinib_Inhibitor);
 * - ruxolitinib and Stattic with 60-min pre-incubation, IL-6 40 ng/mL, pSTAT3 at 20 min
 *   (braun/hep_2013_06_03_Ruxolitinib, braun/hep_2012_05_02_Stattic_…_40).
 * EC50/IC50 are read on the response increment over the unstimulated level (log-linear
 * interpolation between dose points), the way the facts' percentages after basal subtraction are.
 */
import { runStat3 } from "../scenarios/run.js";

export interface CalibrationFigures {
  basalFraction: number;
  /** min */
  peakTime: number;
  peakFraction: number;
  fractionAt18: number;
  /** (f(t) − basal)/(peak − basal) at 60 and 90 min */
  plateau60: number;
  plateau90: number;
  socs3PeakTime: number;
  socs3PeakFold: number;
  il6Ec50: number;
  ruxolitinibIc50: number;
  statticIc50: number;
}

/** Dose at which y (monotone in log dose) crosses `level`, by log-linear interpolation. */
export function crossing(doses: readonly number[], ys: readonly number[], level: number): number {
  for (let k = 1; k < doses.length; k++) {
    const a = ys[k - 1] - level;
    const b = ys[k] - level;
    if (a === 0) return doses[k - 1];
    if (a * b <= 0 && a !== b) {
      const la = Math.log10(doses[k - 1]);
      const lb = Math.log10(doses[k]);
      return 10 ** (la + (a / (a - b)) * (lb - la));
    }
  }
  return Number.NaN;
}

export const IL6_DOSES = [0.1, 0.3, 1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 100, 200, 500, 1000];
export const RUX_DOSES = [10, 30, 60, 100, 150, 200, 300, 400, 500, 700, 1000, 2000, 5000];
export const STATTIC_DOSES = [
  1e3, 3e3, 5e3, 10e3, 15e3, 20e3, 25e3, 30e3, 35e3, 40e3, 50e3, 60e3, 100e3, 300e3,
];

/** pSTAT3_fraction at 20 min after IL-6 for each dose of a drug (60-min pre-incubation). */
export function drugResponse20(
  drug: string,
  doses: readonly number[],
  params: Record<string, number> = {},
  context = "hepatocyte",
  il6 = 40,
  pre = 60,
): number[] {
  return doses.map(
    (d) =>
      runStat3({
        context,
        params,
        il6,
        drugs: { [drug]: d },
        preIncubate: pre,
        times: [20],
        selections: ["pSTAT3_fraction"],
      }).values[0][0],
  );
}

export function measureCalibration(params: Record<string, number> = {}): CalibrationFigures {
  const times = Array.from({ length: 241 }, (_, i) => i * 0.5);
  const tc = runStat3({ params, il6: 40, times, selections: ["pSTAT3_fraction", "SOCS3_mRNA_rel"] });
  const f = tc.values[0];
  const m = tc.values[1];
  const basal = f[0];
  let ip = 0;
  for (let i = 1; i < f.length; i++) if (f[i] > f[ip]) ip = i;
  let im = 0;
  for (let i = 1; i < m.length; i++) if (m[i] > m[im]) im = i;
  const inc = (t: number) => (f[times.indexOf(t)] - basal) / (f[ip] - basal);
  const il6 = IL6_DOSES.map(
    (d) => runStat3({ params, il6: d, times: [20], selections: ["pSTAT3_fraction"] }).values[0][0],
  );
  const il6Max = Math.max(...il6);
  const ec50 = crossing(IL6_DOSES, il6, basal + (il6Max - basal) / 2);
  const ctrl = runStat3({ params, il6: 40, preIncubate: 60, times: [20], selections: ["pSTAT3_fraction"] })
    .values[0][0];
  const ic50 = (drug: string, doses: readonly number[]) =>
    crossing(doses, drugResponse20(drug, doses, params), basal + (ctrl - basal) / 2);
  return {
    basalFraction: basal,
    peakTime: times[ip],
    peakFraction: f[ip],
    fractionAt18: f[times.indexOf(18)],
    plateau60: inc(60),
    plateau90: inc(90),
    socs3PeakTime: times[im],
    socs3PeakFold: m[im],
    il6Ec50: ec50,
    ruxolitinibIc50: ic50("ruxolitinib", RUX_DOSES),
    statticIc50: ic50("stattic", STATTIC_DOSES),
  };
}
