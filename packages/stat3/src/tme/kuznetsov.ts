/**
 * Kuznetsov, Makalkin, Taylor & Perelson 1994, "Nonlinear dynamics of immunogenic tumors: parameter
 * estimation and global bifurcation analysis", Bull Math Biol 56:295–321, doi:10.1007/BF02460644;
 * BioModels BIOMD0000000762. Effector cells E and tumour cells T (BCL1 lymphoma in chimeric mice):
 *
 *   dE/dt = s + p·E·T/(g + T) − m·E·T − d·E
 *   dT/dt = a·T·(1 − b·T) − n·E·T
 *
 * Coefficients s, p, g, m, d, n, a, b and the initial state (E0, T0) are the curated model's values as
 * listed in shared/reference/stat3-facts.md §5a (values [V] from BIOMD0000000762's Kuznetsov1994.ode;
 * units [R] from the paper, not re-checked). Time in days, populations in cells.
 *
 * The model is written as code on the engine's ModelBuilder (rate rules), so it compiles, simulates and
 * exports to SBML like every other model here. `kuznetsovEquilibria` gives its steady states in closed
 * form (the cubic of T from dT/dt = 0 substituted into dE/dt = 0), used by the tests to check dormancy.
 */
import {
  type CompiledModel,
  compileModel,
  type Model,
  ModelBuilder,
  parseInfix,
  type Solution,
  simulate,
} from "@stat3/engine";

export interface KuznetsovParams {
  s: number;
  p: number;
  g: number;
  m: number;
  d: number;
  n: number;
  a: number;
  b: number;
}

export interface SourcedValue {
  value: number;
  unit: string;
  source: string;
  /** provenance tag of stat3-facts.md: V verified, C computed, R reported (not re-checked), A assumption */
  tag: "V" | "C" | "R" | "A";
}

const KZ = "Kuznetsov 1994 / BIOMD0000000762, stat3-facts.md §5a";
const UNITS_R = "value [V]; unit [R] (paper, not re-checked)";

/** The published parameters, each with unit, source and tag. */
export const KUZNETSOV_PARAMETERS: Readonly<Record<keyof KuznetsovParams | "E0" | "T0", SourcedValue>> = {
  s: { value: 1.3e4, unit: "cells/day", source: `${KZ}: normal effector influx; ${UNITS_R}`, tag: "V" },
  p: {
    value: 0.1245,
    unit: "1/day",
    source: `${KZ}: maximal effector recruitment by tumour; ${UNITS_R}`,
    tag: "V",
  },
  g: { value: 2.019e7, unit: "cells", source: `${KZ}: half-saturation of recruitment; ${UNITS_R}`, tag: "V" },
  m: {
    value: 3.422e-10,
    unit: "1/(cell·day)",
    source: `${KZ}: effector inactivation by tumour; ${UNITS_R}`,
    tag: "V",
  },
  d: { value: 0.0412, unit: "1/day", source: `${KZ}: effector death; ${UNITS_R}`, tag: "V" },
  n: {
    value: 1.101e-7,
    unit: "1/(cell·day)",
    source: `${KZ}: tumour kill by effectors; ${UNITS_R}`,
    tag: "V",
  },
  a: { value: 0.18, unit: "1/day", source: `${KZ}: tumour growth rate; ${UNITS_R}`, tag: "V" },
  b: { value: 2.0e-9, unit: "1/cell", source: `${KZ}: 1/carrying capacity; ${UNITS_R}`, tag: "V" },
  E0: { value: 3.2e5, unit: "cells", source: `${KZ}: initial effectors [V]`, tag: "V" },
  T0: { value: 5e6, unit: "cells", source: `${KZ}: initial tumour [V]`, tag: "V" },
};

export const KUZNETSOV: KuznetsovParams = Object.fromEntries(
  (["s", "p", "g", "m", "d", "n", "a", "b"] as const).map((k) => [k, KUZNETSOV_PARAMETERS[k].value]),
) as unknown as KuznetsovParams;

/** The Kuznetsov model as engine IR (time in days). */
export function buildKuznetsovModel(): Model {
  const b = new ModelBuilder("Kuznetsov1994", {
    name: "Kuznetsov 1994 effector–tumour model (BIOMD0000000762)",
    note: "Kuznetsov et al. 1994 Bull Math Biol 56:295, doi:10.1007/BF02460644. Time in days, cells.",
  });
  const P = KUZNETSOV_PARAMETERS;
  for (const k of ["s", "p", "g", "m", "d", "n", "a", "b"] as const)
    b.param(k, { value: P[k].value, unit: P[k].unit, source: P[k].source, tag: P[k].tag });
  b.variable("E", P.E0.value, { unit: "cells", note: "effector cells (CTL/NK) at the tumour site" });
  b.variable("T", P.T0.value, { unit: "cells", note: "tumour cells" });
  b.rateRule("E", parseInfix("s + p*E*T/(g + T) - m*E*T - d*E"));
  b.rateRule("T", parseInfix("a*T*(1 - b*T) - n*E*T"));
  const model = b.build();
  // the builder defaults to minutes; this model runs in days (no SBML unit definition for day is declared)
  model.timeUnits = undefined;
  return model;
}

let compiled: CompiledModel | undefined;
/** The compiled Kuznetsov model (compiled once, cached). */
export function compiledKuznetsov(): CompiledModel {
  compiled ??= compileModel(buildKuznetsovModel());
  return compiled;
}

export interface KuznetsovRun {
  t: Float64Array;
  E: Float64Array;
  T: Float64Array;
  solution: Solution;
}

/** Simulate the Kuznetsov model for `days`, optionally overriding parameters or E0/T0. */
export function runKuznetsov(
  opts: {
    days?: number;
    points?: number;
    params?: Partial<KuznetsovParams>;
    E0?: number;
    T0?: number;
    method?: string;
  } = {},
): KuznetsovRun {
  const parameters: Record<string, number> = { ...(opts.params as Record<string, number> | undefined) };
  if (opts.E0 !== undefined) parameters.E = opts.E0;
  if (opts.T0 !== undefined) parameters.T = opts.T0;
  const solution = simulate(compiledKuznetsov(), {
    start: 0,
    end: opts.days ?? 300,
    points: opts.points ?? 601,
    selections: ["time", "E", "T"],
    method: opts.method ?? "rodas5p",
    options: { relative_tolerance: 1e-8, absolute_tolerance: 1e-3 },
    parameters,
  });
  return { t: solution.values[0]!, E: solution.values[1]!, T: solution.values[2]!, solution };
}

/**
 * Steady states with T > 0: on dT/dt = 0, E = a(1 − bT)/n; substituting into dE/dt = 0 and multiplying by
 * (g + T) gives a cubic in T, solved here by bisection on sign changes over [0, 1/b]. Each equilibrium comes
 * with its Jacobian eigenvalues' real parts and whether they are complex (a focus).
 */
export function kuznetsovEquilibria(P: KuznetsovParams = KUZNETSOV): {
  E: number;
  T: number;
  stable: boolean;
  focus: boolean;
  eigenRe: number;
  eigenIm: number;
}[] {
  const Eof = (T: number) => (P.a * (1 - P.b * T)) / P.n;
  const f = (T: number) => {
    const E = Eof(T);
    return P.s + (P.p * E * T) / (P.g + T) - P.m * E * T - P.d * E;
  };
  const out: ReturnType<typeof kuznetsovEquilibria> = [];
  const Tmax = 1 / P.b;
  // log-spaced scan: the roots differ by orders of magnitude (dormant ~1e5–1e7, escaped ~1e8)
  const N = 4000;
  let prevT = 1;
  let prevF = f(prevT);
  for (let i = 1; i <= N; i++) {
    const T = Math.exp(Math.log(Tmax) * (i / N));
    const F = f(T);
    if (prevF === 0 || prevF * F < 0) {
      let lo = prevT;
      let hi = T;
      for (let k = 0; k < 200; k++) {
        const mid = 0.5 * (lo + hi);
        if (f(lo) * f(mid) <= 0) hi = mid;
        else lo = mid;
      }
      const Ts = 0.5 * (lo + hi);
      const Es = Eof(Ts);
      // Jacobian at (Es, Ts)
      const j11 = (P.p * Ts) / (P.g + Ts) - P.m * Ts - P.d;
      const j12 = (P.p * Es * P.g) / (P.g + Ts) ** 2 - P.m * Es;
      const j21 = -P.n * Ts;
      const j22 = P.a * (1 - 2 * P.b * Ts) - P.n * Es;
      const tr = j11 + j22;
      const det = j11 * j22 - j12 * j21;
      const disc = tr * tr - 4 * det;
      const focus = disc < 0;
      const eigenRe = focus ? tr / 2 : (tr + Math.sqrt(disc)) / 2;
      const eigenIm = focus ? Math.sqrt(-disc) / 2 : 0;
      out.push({ E: Es, T: Ts, stable: tr < 0 && det > 0, focus, eigenRe, eigenIm });
    }
    prevT = T;
    prevF = F;
  }
  return out;
}
