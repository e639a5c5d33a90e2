/**
 * The solver registry: every integrator the engine offers, with its short name, KiSAO term,
 * literature reference, user-facing settings (named as in libRoadRunner/COPASI) and a factory.
 * The CLI (`--method`), SED-ML/KiSAO import, the API and the web app all go through here.
 *
 * KiSAO: Kinetic Simulation Algorithm Ontology, https://github.com/SED-ML/KiSAO
 * (KISAO:0000087 Dormand-Prince method, KISAO:0000033 Rosenbrock method, KISAO:0000064 Runge-Kutta based method,
 *  KISAO:0000019 CVODE, KISAO:0000088 LSODA — stiffness-switching like our "auto").
 *
 * Other solver families register themselves with `registerSolver` (the BDF integrator of
 * solvers/ode/bdf does so from its own module; see the line kept for it below).
 */
import { Codes, EngineError } from "../messages.js";
import { AutoSwitching } from "./ode/auto.js";
import { BdfIntegrator } from "./ode/bdf/bdf.js";
import { checkOptions } from "./ode/common.js";
import { Dopri5 } from "./ode/dopri5/dopri5.js";
import { Rosenbrock } from "./ode/rosenbrock/rosenbrock.js";
import { RODAS4, RODAS5P } from "./ode/rosenbrock/tableaus.js";
import { Tsit5 } from "./ode/tsit5/tsit5.js";
import {
  defaultIntegratorOptions,
  type Integrator,
  type IntegratorOptions,
  type OdeSystem,
  type SettingSpec,
  type SolverSpec,
} from "./types.js";

/** The settings every deterministic ODE integrator here understands (libRoadRunner names). */
export const commonOdeSettings: readonly SettingSpec[] = Object.freeze([
  {
    name: "relative_tolerance",
    type: "number",
    default: defaultIntegratorOptions.relativeTolerance,
    description:
      "Relative tolerance of the local error test: error_i ≤ atol_i + rtol·|y_i| (scaled RMS norm).",
  },
  {
    name: "absolute_tolerance",
    type: "number",
    default: defaultIntegratorOptions.absoluteTolerance as number,
    description: "Absolute tolerance of the local error test (scalar, or one value per state in the API).",
    hint: "set it below the smallest concentration that matters",
  },
  {
    name: "maximum_num_steps",
    type: "integer",
    default: defaultIntegratorOptions.maxSteps,
    description: "Maximum number of step attempts between two restarts (output points do not restart).",
  },
  {
    name: "initial_time_step",
    type: "number",
    default: defaultIntegratorOptions.initialStep,
    description: "First step size; 0 chooses it automatically (Hairer's starting-step heuristic).",
  },
  {
    name: "maximum_time_step",
    type: "number",
    default: 0,
    description: "Upper bound on the step size; 0 means unbounded.",
  },
  {
    name: "minimum_time_step",
    type: "number",
    default: defaultIntegratorOptions.minStep,
    description: "Step size below which the integrator reports a step failure (0: a few ulps of t).",
  },
]);

const registry = new Map<string, SolverSpec>();
const byKisao = new Map<string, SolverSpec>();

/** Add (or replace) a solver. Names are case-insensitive; a KiSAO id maps to the first solver registered for it. */
export function registerSolver(spec: SolverSpec): void {
  const key = spec.name.toLowerCase();
  registry.set(key, spec);
  if (!byKisao.has(spec.kisaoId)) byKisao.set(spec.kisaoId, spec);
}

/** Look a solver up by short name ("dopri5", "rodas5p", "auto", …) or KiSAO id ("KISAO:0000087", "KISAO_0000087"). */
export function getSolver(nameOrKisao: string): SolverSpec | undefined {
  const s = nameOrKisao.trim();
  const byName = registry.get(s.toLowerCase());
  if (byName) return byName;
  const m = /^kisao[:_](\d{7})$/i.exec(s);
  return m ? byKisao.get(`KISAO:${m[1]}`) : undefined;
}

/** All registered solvers in registration order. */
export function listSolvers(): SolverSpec[] {
  return [...registry.values()];
}

/** Settings in libRoadRunner naming, as a user or a SED-ML file may give them. */
export interface SolverSettings {
  relative_tolerance?: number;
  absolute_tolerance?: number | Float64Array;
  maximum_num_steps?: number;
  initial_time_step?: number;
  maximum_time_step?: number;
  minimum_time_step?: number;
  /** BDF only: highest order, 1..5 */
  maximum_bdf_order?: number;
}

const settingToOption: Record<keyof SolverSettings, keyof IntegratorOptions> = {
  relative_tolerance: "relativeTolerance",
  absolute_tolerance: "absoluteTolerance",
  maximum_num_steps: "maxSteps",
  initial_time_step: "initialStep",
  maximum_time_step: "maxStep",
  minimum_time_step: "minStep",
  maximum_bdf_order: "maxBdfOrder",
};

/**
 * Fill defaults into partial options and validate them. Accepts both the camelCase option names of
 * `IntegratorOptions` and the libRoadRunner setting names; an unknown name or a bad value is an
 * EngineError(SIM_BAD_SETTING) naming the setting.
 */
export function resolveOptions(partial: Partial<IntegratorOptions> & SolverSettings = {}): IntegratorOptions {
  const o: IntegratorOptions = { ...defaultIntegratorOptions };
  const camel = new Set(Object.keys(defaultIntegratorOptions));
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined) continue;
    const target = camel.has(key)
      ? (key as keyof IntegratorOptions)
      : settingToOption[key as keyof SolverSettings];
    if (target === undefined) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `unknown solver setting "${key}"`,
        undefined,
        `known settings: ${Object.keys(settingToOption).join(", ")}`,
      );
    }
    if (target === "absoluteTolerance") {
      if (typeof value !== "number" && !(value instanceof Float64Array))
        throw new EngineError(
          Codes.SIM_BAD_SETTING,
          `absolute_tolerance must be a number or a Float64Array, got ${String(value)}`,
        );
    } else if (typeof value !== "number") {
      throw new EngineError(Codes.SIM_BAD_SETTING, `${key} must be a number, got ${JSON.stringify(value)}`);
    }
    (o as unknown as Record<string, unknown>)[target] = value;
  }
  if (o.maxStep === 0) o.maxStep = Number.POSITIVE_INFINITY;
  checkOptions(o);
  return o;
}

/**
 * Create an integrator for `system` by method name or KiSAO id, with defaults filled in and the
 * settings validated. Unknown method → EngineError(SIM_BAD_SETTING) listing the known ones.
 */
export function makeIntegrator(
  system: OdeSystem,
  method = "auto",
  partialOptions: Partial<IntegratorOptions> & SolverSettings = {},
): Integrator {
  const spec = getSolver(method);
  if (!spec) {
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `unknown integration method "${method}"`,
      undefined,
      `known methods: ${listSolvers()
        .map((s) => s.name)
        .join(", ")}`,
    );
  }
  if (system.massDiagonal && !spec.supports.massMatrix) {
    for (let i = 0; i < system.n; i++) {
      if (system.massDiagonal[i] !== 1) {
        throw new EngineError(
          Codes.SIM_BAD_SETTING,
          `method "${spec.name}" cannot integrate algebraic equations (singular mass matrix)`,
          undefined,
          "use rodas5p, rodas4 or auto",
        );
      }
    }
  }
  return spec.create(system, resolveOptions(partialOptions));
}

// ---- the built-in solvers ----------------------------------------------------------------------

registerSolver({
  name: "auto",
  kisaoId: "KISAO:0000088",
  kind: "deterministic",
  description:
    "Default: starts with DOPRI5 and switches to Rodas5P when Hairer's stiffness test fires (and back when the problem is no longer stiff), like LSODA's Adams/BDF switching. Models with algebraic equations start on Rodas5P.",
  reference:
    "Hairer & Wanner, Solving ODEs II (1996) Sect. IV.2, doi:10.1007/978-3-642-05221-7; Petzold, SIAM J. Sci. Stat. Comput. 4 (1983) 136, doi:10.1137/0904010",
  settings: [...commonOdeSettings],
  supports: { stiff: true, massMatrix: true, denseOutput: true },
  create: (system, options) => new AutoSwitching(system, options),
});

registerSolver({
  name: "dopri5",
  kisaoId: "KISAO:0000087",
  kind: "deterministic",
  description:
    "Explicit Runge–Kutta 5(4) of Dormand & Prince with 4th-order dense output; for non-stiff models.",
  reference: "Dormand & Prince, J. Comput. Appl. Math. 6 (1980) 19, doi:10.1016/0771-050X(80)90013-3",
  settings: [...commonOdeSettings],
  supports: { stiff: false, massMatrix: false, denseOutput: true },
  create: (system, options) => new Dopri5(system, options),
});

registerSolver({
  name: "tsit5",
  // no KiSAO term of its own yet: the generic "Runge-Kutta based method"
  kisaoId: "KISAO:0000064",
  kind: "deterministic",
  description:
    "Explicit Runge–Kutta 5(4) of Tsitouras (smaller error constants than DOPRI5) with 4th-order dense output; for non-stiff models.",
  reference: "Tsitouras, Comput. Math. Appl. 62 (2011) 770, doi:10.1016/j.camwa.2011.06.002",
  settings: [...commonOdeSettings],
  supports: { stiff: false, massMatrix: false, denseOutput: true },
  create: (system, options) => new Tsit5(system, options),
});

registerSolver({
  name: "rodas5p",
  kisaoId: "KISAO:0000033",
  kind: "deterministic",
  description:
    "Linearly implicit Rosenbrock method of order 5 (8 stages, stiffly accurate, L-stable) with 4th-order dense output; stiff models and index-1 DAEs.",
  reference: "Steinebach, BIT Numer. Math. 63 (2023) 27, doi:10.1007/s10543-023-00967-x",
  settings: [...commonOdeSettings],
  supports: { stiff: true, massMatrix: true, denseOutput: true },
  create: (system, options) => new Rosenbrock(system, options, RODAS5P),
});

registerSolver({
  name: "rodas4",
  kisaoId: "KISAO:0000033",
  kind: "deterministic",
  description:
    "Rosenbrock method of order 4 (6 stages, stiffly accurate, L-stable) with 3rd-order dense output; stiff models and index-1 DAEs.",
  reference: "Hairer & Wanner, Solving ODEs II, 2nd ed. (1996) Sect. VI.4, doi:10.1007/978-3-642-05221-7",
  settings: [...commonOdeSettings],
  supports: { stiff: true, massMatrix: true, denseOutput: true },
  create: (system, options) => new Rosenbrock(system, options, RODAS4),
});

registerSolver({
  name: "bdf",
  kisaoId: "KISAO:0000019",
  kind: "deterministic",
  description:
    "Variable-order (1–5), variable-step BDF in Nordsieck form as in CVODE: modified Newton with Jacobian and LU reused across steps, analytic or difference-quotient Jacobian, sparse LU for sparse Jacobians; stiff models, large models, index-1 DAEs.",
  reference:
    "Hindmarsh et al., ACM TOMS 31 (2005) 363, doi:10.1145/1089014.1089020; Jackson & Sacks-Davis, ACM TOMS 6 (1980) 295, doi:10.1145/355900.355903",
  settings: [
    ...commonOdeSettings,
    {
      name: "maximum_bdf_order",
      type: "integer",
      default: 5,
      description:
        "Highest BDF order used (1–5); lower it for problems with eigenvalues near the imaginary axis.",
    },
  ],
  supports: { stiff: true, massMatrix: true, denseOutput: true },
  create: (system, options) => new BdfIntegrator(system, options),
});
