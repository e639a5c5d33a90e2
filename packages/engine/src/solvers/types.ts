/**
 * The contract between a compiled model and the numerical solvers (SciML's Problem → Solver split,
 * libRoadRunner's Integrator interface). Solvers see only numbers: an `OdeSystem` of size n with
 * in-place callbacks on preallocated Float64Arrays. Event handling, delays and output sampling live
 * one level up (simulate/), which drives an `Integrator` step by step and uses its dense output.
 */

/** M y' = f(t, y), with M diagonal (1 = differential, 0 = algebraic: index-1 DAE, e.g. algebraic rules). */
export interface OdeSystem {
  readonly n: number;
  /** dy[i] = f_i(t, y). Must not allocate. */
  rhs(t: number, y: Float64Array, dy: Float64Array): void;
  /** Dense Jacobian, row-major: J[i*n + j] = ∂f_i/∂y_j. Optional: solvers fall back to finite differences. */
  jac?(t: number, y: Float64Array, J: Float64Array): void;
  /** Optional sparsity pattern of J (row-major 0/1), lets a solver use sparse LU for large n. */
  jacPattern?: Uint8Array;
  /** Optional diagonal of the mass matrix M (length n, entries 0 or 1). Absent means M = I. */
  massDiagonal?: Float64Array;
  /**
   * Optional: true when f does not depend on t. Lets Rosenbrock methods skip the ∂f/∂t finite
   * difference (one rhs evaluation per step). Absent means "may depend on t" (always safe).
   */
  autonomous?: boolean;
  /** Optional ∂f/∂t at (t, y) into `out` (Rosenbrock methods need it; otherwise a forward difference). */
  dfdt?(t: number, y: Float64Array, out: Float64Array): void;
  /**
   * Optional: the Jacobian is block-diagonal with n / blockSize copies of one blockSize × blockSize
   * block B (forward-sensitivity systems: diag(J, …, J)). `jacBlock` writes B at (t, y) (y the full
   * state). The BDF then factors M_B − γB once and solves block by block — O(blockSize²) per set-up
   * instead of O(n²); other methods keep using `jac`.
   */
  blockDiagonal?: {
    blockSize: number;
    jacBlock(t: number, y: Float64Array, B: Float64Array): void;
    /** optional sparsity pattern of B (row-major 0/1) */
    pattern?: Uint8Array;
  };
}

export interface IntegratorOptions {
  /** `relative_tolerance` (libRoadRunner/COPASI name). Default 1e-6. */
  relativeTolerance: number;
  /** `absolute_tolerance`: scalar or per-component. Default 1e-12 as in libRoadRunner. */
  absoluteTolerance: number | Float64Array;
  /** `maximum_num_steps` per `integrate` call chain (reset by `init`). Default 100000. */
  maxSteps: number;
  /** `initial_time_step`; 0 means choose automatically. */
  initialStep: number;
  /** `maximum_time_step`; 0 or Infinity means unbounded. */
  maxStep: number;
  /** `minimum_time_step` below which a step failure is reported. */
  minStep: number;
  /** `maximum_bdf_order` (1..5, default 5); only the BDF integrator reads it. Optional, added for "bdf". */
  maxBdfOrder?: number;
}

export const defaultIntegratorOptions: IntegratorOptions = {
  relativeTolerance: 1e-6,
  absoluteTolerance: 1e-12,
  maxSteps: 100000,
  initialStep: 0,
  maxStep: Number.POSITIVE_INFINITY,
  minStep: 0,
};

export interface IntegratorStats {
  steps: number;
  rejectedSteps: number;
  rhsEvals: number;
  jacEvals: number;
  luDecompositions: number;
}

/**
 * A one-step-at-a-time integrator with dense output. Typical driver loop:
 *   integ.init(t0, y0); while (integ.t < tEnd) { integ.step(tEnd); sample via integ.interpolate(...) }
 * After a discontinuity (event), the driver calls `init(t, yNew)` again (stats accumulate).
 */
export interface Integrator {
  readonly name: string;
  /** time reached by the last accepted step */
  readonly t: number;
  /** time at the start of the last accepted step; dense output is valid on [tPrev, t] */
  readonly tPrev: number;
  /** state at `t` (read-only view owned by the integrator) */
  readonly y: Float64Array;
  readonly stats: IntegratorStats;
  /** Start (or restart after a discontinuity) at t0 with state y0 (copied). */
  init(t0: number, y0: Float64Array): void;
  /**
   * Take one accepted step toward `tStop`, never beyond it (a step may end exactly on tStop).
   * Throws EngineError(SIM_STEP_FAILURE / SIM_MAX_STEPS) on failure.
   */
  step(tStop: number): void;
  /** Dense output: state at time `t` in [tPrev, t] into `out`. */
  interpolate(t: number, out: Float64Array): void;
}

/** A solver's user-facing setting, described so the CLI, the API and the web app can list it. */
export interface SettingSpec {
  /** libRoadRunner/COPASI name, e.g. "relative_tolerance" */
  name: string;
  type: "number" | "integer" | "boolean" | "string";
  default: number | boolean | string;
  description: string;
  hint?: string;
}

export interface SolverSpec {
  /** short name used by `--method`, e.g. "dopri5", "rodas5p", "bdf", "auto" */
  name: string;
  /** KiSAO term, e.g. "KISAO:0000087" for DOPRI5 */
  kisaoId: string;
  kind: "deterministic" | "stochastic" | "logical";
  description: string;
  /** literature reference (DOI) */
  reference: string;
  settings: SettingSpec[];
  supports: { stiff: boolean; massMatrix: boolean; denseOutput: boolean };
  create(system: OdeSystem, options: IntegratorOptions): Integrator;
}
