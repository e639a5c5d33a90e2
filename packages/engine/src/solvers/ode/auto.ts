/**
 * "auto": the default method. Starts with the explicit DOPRI5 and switches to the stiff Rodas5P when
 * Hairer's stiffness detection fires, continuing from the current state; switches back when the
 * Rosenbrock steps are well inside DOPRI5's stability region again. Systems with algebraic equations
 * (a zero on the mass-matrix diagonal) go straight to Rodas5P.
 *
 * References:
 *  - E. Hairer, G. Wanner, Solving ODEs II, 2nd ed. (1996), Sect. IV.2 "Automatic stiffness
 *    detection", doi:10.1007/978-3-642-05221-7 (h·|λ| ≈ h‖f(y7) − f(y6)‖/‖y7 − y6‖ > 3.25 for 15
 *    steps, as in DOPRI5 — implemented in dopri5/dopri5.ts).
 *  - L. Petzold, "Automatic selection of methods for solving stiff and nonstiff systems of ordinary
 *    differential equations", SIAM J. Sci. Stat. Comput. 4 (1983) 136, doi:10.1137/0904010 (LSODA:
 *    switch back when the step size is no longer limited by the explicit method's stability).
 *
 * Back-switch test: h·‖J‖∞ < 2 on NONSTIFF_STEPS consecutive Rosenbrock steps. ‖J‖∞ bounds the
 * spectral radius from above, and DOPRI5's stability region reaches ≈ 3.3 along the negative real
 * axis, so DOPRI5 would be stable with the step Rodas5P is taking.
 */
import type { Integrator, IntegratorStats, OdeSystem } from "../types.js";
import { checkOptions, type InternalIntegratorOptions, newStats } from "./common.js";
import { Dopri5 } from "./dopri5/dopri5.js";
import { Rosenbrock } from "./rosenbrock/rosenbrock.js";
import { RODAS5P } from "./rosenbrock/tableaus.js";

const BACK_HJ = 2;
const NONSTIFF_STEPS = 20;
/**
 * h·|λ| threshold of the stiffness test inside the switcher. Hairer's DOPRI5 uses 3.25 (just inside
 * the stability boundary ≈ 3.3) to *warn*; a switcher gains by acting earlier, while the PI controller
 * is still creeping up to the boundary: on Raia_CancerResearch2011 (n = 14, rtol 1e-6) DOPRI5 spends
 * 666 steps before h·|λ| passes 3.25 for 15 steps, 149 before it passes 2.0 (total 715 → 226 steps).
 * With 2.0 the non-stiff problems of the library (Brusselator, linear, manufactured; rtol 1e-3…1e-9)
 * still never switch.
 */
const STIFF_HLAMBDA_AUTO = 2.0;

/**
 * The stiff partner of the switcher. Rodas5P by default; another implicit integrator (e.g. the BDF
 * of ../bdf) can be plugged in. `init` takes an optional step-size hint; `hNext` (if present) is
 * handed to DOPRI5 on the way back; the back-switch test needs `trackJacobianNorm`/`hJacNorm`
 * (Rosenbrock provides them) — without them the switcher stays stiff once stiff.
 */
export interface StiffPartner extends Integrator {
  init(t0: number, y0: Float64Array, hHint?: number): void;
  hNext?: number;
  hJacNorm?: number;
  trackJacobianNorm?: boolean;
}

export type StiffFactory = (system: OdeSystem, options: InternalIntegratorOptions) => StiffPartner;

export class AutoSwitching implements Integrator {
  readonly name: string = "auto";
  t = 0;
  tPrev = 0;
  readonly y: Float64Array;
  readonly stats: IntegratorStats = newStats();
  /** true while the Rosenbrock method is in charge */
  stiffMode = false;
  /** number of switches since construction (both directions) */
  switches = 0;
  /** times at which the method changed, for diagnostics and tests */
  readonly switchTimes: number[] = [];

  private readonly explicit: Dopri5;
  private readonly implicit: StiffPartner;
  private readonly canSwitchBack: boolean;
  private readonly forceImplicit: boolean;
  /** which integrator made the last step (dense output belongs to it) */
  private lastByImplicit = false;
  private pendingSwitch = false;
  private nonstiffCount = 0;

  constructor(system: OdeSystem, options: InternalIntegratorOptions, stiff?: StiffFactory) {
    checkOptions(options);
    this.explicit = new Dopri5(system, options, true, STIFF_HLAMBDA_AUTO);
    this.implicit = stiff ? stiff(system, options) : new Rosenbrock(system, options, RODAS5P);
    this.canSwitchBack = "trackJacobianNorm" in this.implicit;
    if (this.canSwitchBack) this.implicit.trackJacobianNorm = true;
    let algebraic = false;
    if (system.massDiagonal)
      for (let i = 0; i < system.n; i++) if (system.massDiagonal[i] === 0) algebraic = true;
    this.forceImplicit = algebraic;
    this.y = new Float64Array(system.n);
  }

  init(t0: number, y0: Float64Array): void {
    this.stiffMode = this.forceImplicit;
    this.pendingSwitch = false;
    this.nonstiffCount = 0;
    if (this.stiffMode) this.implicit.init(t0, y0);
    else this.explicit.init(t0, y0);
    this.lastByImplicit = this.stiffMode;
    this.t = t0;
    this.tPrev = t0;
    this.y.set(y0);
    this.sumStats();
  }

  step(tStop: number): void {
    if (!(tStop > this.t)) return;
    if (this.pendingSwitch) {
      this.pendingSwitch = false;
      this.switches++;
      this.switchTimes.push(this.t);
      if (this.stiffMode) {
        // DOPRI5's step is stability-limited; Rodas5P's controller grows it by ≤ 5× per step from here
        this.implicit.init(this.t, this.y, this.explicit.hNext);
      } else {
        this.explicit.init(this.t, this.y, this.implicit.hNext ?? 0);
      }
      this.nonstiffCount = 0;
    }
    if (this.stiffMode) {
      const r = this.implicit;
      r.step(tStop);
      this.lastByImplicit = true;
      this.t = r.t;
      this.tPrev = r.tPrev;
      this.y.set(r.y);
      if (!this.forceImplicit && this.canSwitchBack) {
        if ((r.hJacNorm as number) < BACK_HJ) {
          if (++this.nonstiffCount >= NONSTIFF_STEPS) {
            this.stiffMode = false;
            this.pendingSwitch = true;
          }
        } else this.nonstiffCount = 0;
      }
    } else {
      const e = this.explicit;
      e.step(tStop);
      this.lastByImplicit = false;
      this.t = e.t;
      this.tPrev = e.tPrev;
      this.y.set(e.y);
      if (e.stiff) {
        this.stiffMode = true;
        this.pendingSwitch = true;
      }
    }
    this.sumStats();
  }

  interpolate(t: number, out: Float64Array): void {
    if (this.lastByImplicit) this.implicit.interpolate(t, out);
    else this.explicit.interpolate(t, out);
  }

  private sumStats(): void {
    const a = this.explicit.stats;
    const b = this.implicit.stats;
    const s = this.stats;
    s.steps = a.steps + b.steps;
    s.rejectedSteps = a.rejectedSteps + b.rejectedSteps;
    s.rhsEvals = a.rhsEvals + b.rhsEvals;
    s.jacEvals = a.jacEvals + b.jacEvals;
    s.luDecompositions = a.luDecompositions + b.luDecompositions;
  }
}
