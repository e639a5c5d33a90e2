/**
 * Shared pieces of the adaptive one-step and multistep integrators: tolerance vectors, the scaled
 * RMS error norm, the initial step-size heuristic and the failure messages.
 *
 * References:
 *  - E. Hairer, S. P. Nørsett, G. Wanner, Solving Ordinary Differential Equations I, 2nd ed.,
 *    Springer 1993, doi:10.1007/978-3-540-78862-1 — Sect. II.4: error norm (4.11) with
 *    sc_i = atol_i + rtol·max(|y0_i|, |y1_i|), and the starting step-size algorithm (p. 169).
 *  - E. Hairer, G. Wanner, Solving Ordinary Differential Equations II, 2nd ed., Springer 1996,
 *    doi:10.1007/978-3-642-05221-7 — Sect. IV.8 (step-size control of Rosenbrock methods,
 *    Gustafsson's predictive controller).
 *
 * Nothing here allocates once an integrator is constructed; every function works on caller-owned
 * Float64Arrays.
 */
import { Codes, EngineError } from "../../messages.js";
import type { IntegratorOptions, IntegratorStats, OdeSystem } from "../types.js";

/**
 * Options as the integrators of this folder read them: the public `IntegratorOptions` plus
 * internal knobs used by tests and by the automatic switcher. `fixedStep > 0` turns off error
 * control and takes steps of exactly that size (clipped at `tStop`): used by convergence-order tests.
 */
export interface InternalIntegratorOptions extends IntegratorOptions {
  fixedStep?: number;
  /** Rosenbrock: always dense LU (tests compare it with the sparse path) */
  denseLinearAlgebra?: boolean;
}

/** A fresh zeroed stats record. */
export function newStats(): IntegratorStats {
  return { steps: 0, rejectedSteps: 0, rhsEvals: 0, jacEvals: 0, luDecompositions: 0 };
}

/**
 * The absolute tolerance as a per-component vector of length n (scalar broadcast, or a copy of the
 * given vector). Checked: finite and ≥ 0, right length.
 */
export function toleranceVector(atol: number | Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  if (typeof atol === "number") {
    if (!(atol >= 0) || !Number.isFinite(atol)) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `absolute_tolerance must be a finite number ≥ 0, got ${atol}`,
      );
    }
    out.fill(atol);
    return out;
  }
  if (atol.length !== n) {
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `absolute_tolerance has ${atol.length} components but the system has ${n} states`,
    );
  }
  for (let i = 0; i < n; i++) {
    const a = atol[i];
    if (!(a >= 0) || !Number.isFinite(a)) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `absolute_tolerance[${i}] must be finite and ≥ 0, got ${a}`,
      );
    }
    out[i] = a;
  }
  return out;
}

/**
 * Validate the numeric options every integrator reads. A bad value is an EngineError(SIM_BAD_SETTING)
 * naming the libRoadRunner setting.
 */
export function checkOptions(o: IntegratorOptions): void {
  const bad = (name: string, v: unknown, what: string): never => {
    throw new EngineError(Codes.SIM_BAD_SETTING, `${name} ${what}, got ${String(v)}`);
  };
  if (!(o.relativeTolerance >= 0) || !Number.isFinite(o.relativeTolerance))
    bad("relative_tolerance", o.relativeTolerance, "must be a finite number ≥ 0");
  if (typeof o.absoluteTolerance === "number") {
    if (!(o.absoluteTolerance >= 0) || !Number.isFinite(o.absoluteTolerance))
      bad("absolute_tolerance", o.absoluteTolerance, "must be a finite number ≥ 0");
    if (o.absoluteTolerance === 0 && o.relativeTolerance === 0)
      bad("absolute_tolerance", 0, "and relative_tolerance cannot both be 0");
  }
  if (!Number.isInteger(o.maxSteps) || o.maxSteps < 1)
    bad("maximum_num_steps", o.maxSteps, "must be an integer ≥ 1");
  if (!(o.initialStep >= 0) || !Number.isFinite(o.initialStep))
    bad("initial_time_step", o.initialStep, "must be a finite number ≥ 0 (0 = automatic)");
  if (!(o.maxStep >= 0)) bad("maximum_time_step", o.maxStep, "must be ≥ 0 (0 or Infinity = unbounded)");
  if (!(o.minStep >= 0) || !Number.isFinite(o.minStep))
    bad("minimum_time_step", o.minStep, "must be a finite number ≥ 0");
  if (o.maxStep > 0 && o.minStep > o.maxStep)
    bad("minimum_time_step", o.minStep, `must not exceed maximum_time_step (${o.maxStep})`);
  if (o.maxStep > 0 && o.initialStep > o.maxStep)
    bad("initial_time_step", o.initialStep, `must not exceed maximum_time_step (${o.maxStep})`);
}

/** Effective step-size bound: `maximum_time_step` of 0 means unbounded. */
export function effectiveMaxStep(o: IntegratorOptions): number {
  return o.maxStep > 0 ? o.maxStep : Number.POSITIVE_INFINITY;
}

/**
 * Scaled RMS norm of an error estimate (Hairer I, eq. II.4.11):
 *   sqrt( (1/n) Σ (err_i / sc_i)² ),  sc_i = atol_i + rtol·max(|y0_i|, |y1_i|).
 * Returns NaN/Infinity when any input is non-finite, which callers treat as a rejected step.
 */
export function errorNormRms(
  n: number,
  err: Float64Array,
  y0: Float64Array,
  y1: Float64Array,
  atol: Float64Array,
  rtol: number,
): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(y0[i]);
    const b = Math.abs(y1[i]);
    const sc = atol[i] + rtol * Math.max(a, b);
    const r = err[i] / sc;
    s += r * r;
  }
  return Math.sqrt(s / n);
}

/**
 * Starting step size, Hairer I, Sect. II.4, p. 169 ("Starting step size"), as in Hairer's HINIT:
 *   d0 = ‖y0‖, d1 = ‖f(t0,y0)‖, h0 = 0.01·d0/d1 (or 1e-6 when either is tiny),
 *   explicit Euler step of h0, d2 = ‖f(t0+h0,y1) − f0‖/h0,
 *   h1 = (0.01 / max(d1,d2))^(1/order) (or max(1e-6, 1e-3·h0) when both are tiny),
 *   h = min(100·h0, h1, hmax).
 * The norm is the scaled RMS norm with sc_i = atol_i + rtol·|y0_i|. `f0` holds f(t0,y0) on entry;
 * `ytmp`, `ftmp` are scratch. Costs one rhs evaluation (counted by the caller).
 */
export function initialStepHairer(
  system: OdeSystem,
  t0: number,
  y0: Float64Array,
  f0: Float64Array,
  order: number,
  atol: Float64Array,
  rtol: number,
  hmax: number,
  tSpan: number,
  ytmp: Float64Array,
  ftmp: Float64Array,
): number {
  const n = system.n;
  const mass = system.massDiagonal;
  let dnf = 0;
  let dny = 0;
  for (let i = 0; i < n; i++) {
    const sk = atol[i] + rtol * Math.abs(y0[i]);
    // algebraic components (mass 0) have no derivative: their rhs is a residual, not a rate
    const fi = mass !== undefined && mass[i] === 0 ? 0 : f0[i];
    dnf += (fi / sk) ** 2;
    dny += (y0[i] / sk) ** 2;
  }
  dnf = Math.sqrt(dnf / n);
  dny = Math.sqrt(dny / n);
  let h = dnf <= 1e-5 || dny <= 1e-5 ? 1e-6 : 0.01 * (dny / dnf);
  h = Math.min(h, hmax, tSpan > 0 ? tSpan : Number.POSITIVE_INFINITY);
  for (let i = 0; i < n; i++) {
    const fi = mass !== undefined && mass[i] === 0 ? 0 : f0[i];
    ytmp[i] = y0[i] + h * fi;
  }
  system.rhs(t0 + h, ytmp, ftmp);
  let der2 = 0;
  for (let i = 0; i < n; i++) {
    if (mass !== undefined && mass[i] === 0) continue;
    const sk = atol[i] + rtol * Math.abs(y0[i]);
    der2 += ((ftmp[i] - f0[i]) / sk) ** 2;
  }
  der2 = Math.sqrt(der2 / n) / h;
  const der12 = Math.max(Math.abs(der2), dnf);
  const h1 = der12 <= 1e-15 ? Math.max(1e-6, h * 1e-3) : (0.01 / der12) ** (1 / order);
  h = Math.min(100 * h, h1, hmax);
  if (!(h > 0) || !Number.isFinite(h)) h = 1e-6;
  return h;
}

/** Raise SIM_MAX_STEPS with the time reached. */
export function maxStepsError(name: string, maxSteps: number, t: number): EngineError {
  return new EngineError(
    Codes.SIM_MAX_STEPS,
    `${name}: maximum_num_steps (${maxSteps}) reached at t = ${t}`,
    undefined,
    "raise maximum_num_steps, or try a stiff method (rodas5p, bdf) if the model is stiff",
  );
}

/** Raise SIM_STEP_FAILURE: the step size fell below minimum_time_step (or underflowed). */
export function stepFailureError(name: string, t: number, h: number, why: string): EngineError {
  return new EngineError(
    Codes.SIM_STEP_FAILURE,
    `${name}: step size ${h} too small at t = ${t} (${why})`,
    undefined,
    "the model may be singular or non-finite here; check the rates, or loosen the tolerances",
  );
}

/** The smallest step we accept when minimum_time_step is 0: a few ulps of t. */
export function minimalStep(t: number, minStep: number): number {
  const ulp = 16 * Number.EPSILON * Math.max(Math.abs(t), 1e-300);
  return Math.max(minStep, ulp);
}

/**
 * Checks done once per `init`: the state has the right length and is finite, and so is f(t0, y0).
 * A non-finite start is a modelling error (e.g. 0/0 in an initial assignment) that the step-size
 * control could only turn into a confusing step failure later.
 */
export function checkInitialState(name: string, n: number, t0: number, y0: Float64Array): void {
  if (y0.length !== n) {
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `${name}: initial state has ${y0.length} values, the system has ${n}`,
    );
  }
  if (!Number.isFinite(t0)) throw new EngineError(Codes.SIM_NONFINITE, `${name}: initial time is ${t0}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(y0[i])) {
      throw new EngineError(
        Codes.SIM_NONFINITE,
        `${name}: initial state component ${i} is ${y0[i]} at t = ${t0}`,
      );
    }
  }
}

/** Throw SIM_NONFINITE if f(t0, y0) has a non-finite component. */
export function checkInitialRhs(name: string, n: number, t0: number, f0: Float64Array): void {
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(f0[i])) {
      throw new EngineError(
        Codes.SIM_NONFINITE,
        `${name}: the right-hand side of state component ${i} is ${f0[i]} at t = ${t0}`,
        undefined,
        "check for divisions by zero or logarithms of zero at the initial state",
      );
    }
  }
}
