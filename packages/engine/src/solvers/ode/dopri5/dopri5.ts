/**
 * DOPRI5: explicit Runge–Kutta 5(4) of Dormand & Prince with FSAL, dense output of order 4,
 * PI step-size control and stiffness detection — the shared explicit RK driver (../explicit-rk.ts)
 * with DOPRI5's tableau and Hairer's CONTD5 continuous extension.
 *
 * References:
 *  - J. R. Dormand, P. J. Prince, J. Comput. Appl. Math. 6 (1980) 19–26,
 *    doi:10.1016/0771-050X(80)90013-3 (the method; coefficients in ./tableau.ts).
 *  - E. Hairer, S. P. Nørsett, G. Wanner, Solving ODEs I, 2nd ed. (1993), doi:10.1007/978-3-540-78862-1:
 *    Sect. II.6 (dense output), and the controller and stiffness test of the DOPRI5 code (see the driver).
 *
 * Coefficients used: c2..c5, a21..a76, e1..e7, d1..d7 of DOPRI5 (see tableau.ts); a72 = e2 = d2 = 0.
 */
import type { OdeSystem } from "../../types.js";
import type { InternalIntegratorOptions } from "../common.js";
import { ExplicitRungeKutta, explicitRk7Tableau, STIFF_HLAMBDA } from "../explicit-rk.js";
import { DOPRI5 as T } from "./tableau.js";

const TABLEAU = explicitRk7Tableau({
  ...T,
  a72: 0, // the second stage does not enter the 5th-order solution
  e2: 0,
  dense: { kind: "contd5", d1: T.d1, d3: T.d3, d4: T.d4, d5: T.d5, d6: T.d6, d7: T.d7 },
});

export class Dopri5 extends ExplicitRungeKutta {
  /**
   * `detectStiffness` runs Hairer's test after every accepted step (`.stiff`, `.hLambda`);
   * `stiffThreshold` is the h·|λ| above which a step counts as stiff (Hairer: 3.25).
   */
  constructor(
    system: OdeSystem,
    options: InternalIntegratorOptions,
    detectStiffness = false,
    stiffThreshold = STIFF_HLAMBDA,
  ) {
    super("dopri5", TABLEAU, system, options, detectStiffness, stiffThreshold);
  }
}
