/**
 * Tsit5: explicit Runge–Kutta 5(4) of Tsitouras with FSAL, a free 4th-order continuous extension,
 * PI step-size control and stiffness detection — the shared explicit RK driver (../explicit-rk.ts, the
 * same one DOPRI5 uses) with Tsitouras' coefficients, which have smaller error constants at the same cost.
 *
 * References:
 *  - Ch. Tsitouras, Comput. Math. Appl. 62 (2011) 770–775, doi:10.1016/j.camwa.2011.06.002
 *    (the method and its interpolant; coefficients in ./tableau.ts).
 *  - E. Hairer, S. P. Nørsett, G. Wanner, Solving ODEs I, 2nd ed. (1993), doi:10.1007/978-3-540-78862-1:
 *    the PI controller and the stiffness test of DOPRI5 (stages 6 and 7 are both evaluated at t+h here
 *    too, c6 = c7 = 1).
 *
 * Coefficients used: c2..c5, a21..a76, e1..e7, r11..r74 (see tableau.ts).
 */
import type { OdeSystem } from "../../types.js";
import type { InternalIntegratorOptions } from "../common.js";
import { ExplicitRungeKutta, explicitRk7Tableau } from "../explicit-rk.js";
import { TSIT5 as T } from "./tableau.js";

const TABLEAU = explicitRk7Tableau({
  ...T,
  dense: {
    kind: "polynomial",
    r11: T.r11,
    r12: T.r12,
    r13: T.r13,
    r14: T.r14,
    r22: T.r22,
    r23: T.r23,
    r24: T.r24,
    r32: T.r32,
    r33: T.r33,
    r34: T.r34,
    r42: T.r42,
    r43: T.r43,
    r44: T.r44,
    r52: T.r52,
    r53: T.r53,
    r54: T.r54,
    r62: T.r62,
    r63: T.r63,
    r64: T.r64,
    r72: T.r72,
    r73: T.r73,
    r74: T.r74,
  },
});

export class Tsit5 extends ExplicitRungeKutta {
  /** `detectStiffness` runs Hairer's test (h·|λ| > 3.25) after every accepted step (`.stiff`, `.hLambda`). */
  constructor(system: OdeSystem, options: InternalIntegratorOptions, detectStiffness = false) {
    super("tsit5", TABLEAU, system, options, detectStiffness);
  }
}
