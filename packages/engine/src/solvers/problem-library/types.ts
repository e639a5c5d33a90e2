/**
 * A reference problem: an OdeSystem with its initial value, time span and either an analytic
 * solution or a published high-accuracy reference value at the end time (with its source).
 * Used by the solver tests (accuracy, convergence order, step counts) and by benchmarks.
 */
import type { OdeSystem } from "../types.js";

export interface ReferenceProblem {
  readonly name: string;
  readonly system: OdeSystem;
  readonly t0: number;
  readonly tEnd: number;
  readonly y0: Float64Array;
  /** analytic solution, when there is one */
  readonly exact?: (t: number, out: Float64Array) => void;
  /** reference solution at tEnd (analytic, or published: see `source`) */
  readonly reference: Float64Array;
  /** where the problem and its reference come from */
  readonly source: string;
  /** whether an explicit method is hopeless on it */
  readonly stiff: boolean;
}
