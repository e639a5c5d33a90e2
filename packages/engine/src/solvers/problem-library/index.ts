/** Reference problems for solver tests and benchmarks (analytic, and the Bari IVP test set). */
export type { ReferenceProblem } from "./types.js";
export { linearDecay, linear2d, manufactured } from "./analytic.js";
export { robertson, robertsonDae, hires, vanDerPol, orego, pollution, brusselator } from "./testset.js";
