/** Reference problems for solver tests and benchmarks (analytic, and the Bari IVP test set). */

export { linear2d, linearDecay, manufactured } from "./analytic.js";
export { brusselator, hires, orego, pollution, robertson, robertsonDae, vanDerPol } from "./testset.js";
export type { ReferenceProblem } from "./types.js";
