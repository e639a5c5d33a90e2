/**
 * The PEtab v1 objective: log-likelihood, χ², log-prior, simulations and (by forward sensitivities,
 * or by the adjoint method with `sensitivityMethod: "adjoint"`) the gradient, at a point of the
 * estimated parameters on their parameter scales.
 *
 * Conventions (those of AMICI, Fröhlich et al., Bioinformatics 37 (2021) 3676,
 * doi:10.1093/bioinformatics/btab227, and of the reference values in ../shared/petab/README.md):
 * - observable h and noise σ from the observable table's formulas, with `observableParameter{n}_{obs}`
 *   and `noiseParameter{n}_{obs}` placeholders replaced per measurement (numbers or parameter ids);
 * - transformation lin/log/log10: data and simulation compared on that scale; the log-likelihood is
 *   the density of the *untransformed* datum, i.e. includes −log(m) (log) or −log(m·ln 10) (log10);
 * - normal: llh = −½ log(2πσ²) − ½ r², r = (m̃ − h̃)/σ; Laplace: llh = −log(2σ) − |m̃ − h̃|/σ;
 *   χ² = Σ r² (for Laplace the same scaled residual is squared);
 * - PEtab v1 nominal values and bounds are on linear scale; optimisation variables x are on
 *   `parameterScale` (θ = x, e^x, 10^x);
 * - pre-equilibration: the pre-equilibration condition is simulated to steady state (AMICI's
 *   simulation criterion), then the simulation condition starts from that state; species with a
 *   non-NaN value in the simulation condition are re-initialised, everything else carries over;
 * - `evaluate` simulates only at the measurement times; objective priors reported separately
 *   (`logPrior`); `trajectories` re-runs the same simulations (shared `runSimulation`: conditions,
 *   pre-equilibration, re-initialisation, events, tolerances) on a dense time grid and returns every
 *   measured observable along it, per observable-parameter override set — the fitted curves for plots;
 * - adjoint gradient (engine AdjointSensitivitySolver; Fröhlich et al., PLoS Comput. Biol. 13 (2017)
 *   e1005331, doi:10.1371/journal.pcbi.1005331): ∂llh/∂y at the measurement times are the jumps of
 *   the adjoint state, the direct ∂llh/∂θ (observable/noise parameters, ∂h/∂p) are added as in the
 *   forward chain rule; with pre-equilibration the adjoint continues into the steady state by the
 *   steady-state adjoint (Lakrisenko et al., PLoS Comput. Biol. 19 (2023) e1010783,
 *   doi:10.1371/journal.pcbi.1010783), the pre-equilibration itself is simulated for the states only.
 */
import {
  AdjointSensitivitySolver,
  baseValues,
  type CompiledModel,
  compileModel,
  EngineError,
  type Expr,
  ForwardSensitivitySolver,
  initialSensitivities,
  initialState,
  type Model,
  type OutputFunction,
  parseInfix,
  readSBML,
  type SensitivityFunctions,
  sensitivityFunctions,
  simulate,
} from "@stat3/engine";
import { PetabCodes, petabError } from "./petab/messages.js";
import type { ParameterScale, PetabMeasurement, PetabObservable, PetabProblem } from "./petab/types.js";

export interface ObjectiveOptions {
  /** integrator tolerances (defaults 1e-8 relative, 1e-10 absolute — tighter than AMICI's benchmark 1e-6/1e-8) */
  relativeTolerance?: number;
  absoluteTolerance?: number;
  maxSteps?: number;
  /** integration method for the states (default "bdf") */
  method?: string;
  /**
   * How `evaluate(x, { gradient: true })` computes the gradient (default "forward"): forward
   * sensitivities, or the adjoint method (engine AdjointSensitivitySolver: one backward integration
   * per simulation instead of nθ sensitivity systems — pays off for many parameters). With "adjoint"
   * the per-row `residualJacobian` / `sigmaJacobian` are not produced; simulations with steady-state
   * (time inf) measurements, and models the adjoint solver cannot handle (algebraic rules, no
   * analytic Jacobian), use forward sensitivities. Can be overridden per `evaluate` call.
   */
  sensitivityMethod?: "forward" | "adjoint";
}

export interface ObjectiveResult {
  llh: number;
  chi2: number;
  /** log prior density of the estimated parameters (0 when none is given); not part of llh */
  logPrior: number;
  /** ∂llh/∂x on parameter scale (estimated parameters, in `parameterIds` order) when requested */
  gradient?: Float64Array;
  /** per measurement row: simulated observable (untransformed) */
  simulation: Float64Array;
  /** per measurement row: σ */
  sigma: Float64Array;
  /** per measurement row: (m̃ − h̃)/σ */
  residual: Float64Array;
  /** how the gradient was computed ("adjoint" only when every simulation used it) */
  gradientMethod?: "forward" | "adjoint" | "mixed";
  /** per measurement row and estimated parameter: ∂residual/∂x (row-major), when the gradient was requested by forward sensitivities */
  residualJacobian?: Float64Array;
  /** per measurement row and estimated parameter: ∂σ/∂x (row-major), when the gradient was requested by forward sensitivities */
  sigmaJacobian?: Float64Array;
  /** integrator work summed over all simulations (including pre-equilibrations) */
  stats: { simulations: number; steps: number; rhsEvals: number; jacEvals: number };
}

/**
 * The model trajectory of one observable in one simulation (see `PetabObjective.trajectories`): one per
 * (pre-equilibration, simulation condition, observable, observable-parameter overrides) of the
 * measurement table.
 */
export interface ObservableTrajectory {
  conditionId: string;
  preequilibrationConditionId?: string;
  observableId: string;
  /** the rows' observableParameters joined by ";" (rows with different overrides get separate trajectories) */
  observableParameters: string;
  /** the measurement rows (indices into the measurement table) at finite times that this trajectory belongs to */
  rows: number[];
  /** grid times: a uniform grid from 0 to the simulation's last finite measurement time and every measurement time, increasing */
  time: Float64Array;
  /** observable value (untransformed, linear scale) at each grid time */
  value: Float64Array;
}

/** One simulation's integrator output (written by `runSimulation`; one reused instance, see there). */
interface SimulationRun {
  /** the simulation condition's initial values and sensitivities */
  sim: { y0: Float64Array; p0: Float64Array; s0?: Float64Array; dp?: Float64Array };
  /** initial sensitivities actually used (after pre-equilibration) */
  s0: Float64Array | undefined;
  /** adjoint with pre-equilibration: the steady state and the pre-equilibration condition */
  preAdj: { y: Float64Array; t: number; p: Float64Array; dp: Float64Array; s0?: Float64Array } | undefined;
  /** augmented state at each output time (stride n, or n(1+nθ) with forward sensitivities) */
  runOut: Float64Array;
  /** with events: the stored values p at each output time (else null: sim.p0 throughout) */
  pOut: Float64Array | null;
  /** augmented steady state of the simulation condition (time-inf measurements) */
  ssY: Float64Array | undefined;
}

/** a linear value on a PEtab parameter scale (lin, log, log10) */
export const scaleTo = (v: number, s: ParameterScale): number =>
  s === "lin" ? v : s === "log" ? Math.log(v) : Math.log10(v);
/** a value on a PEtab parameter scale back to linear */
export const scaleFrom = (x: number, s: ParameterScale): number =>
  s === "lin" ? x : s === "log" ? Math.exp(x) : 10 ** x;
/** dθ/dx at θ */
const dThetaDx = (theta: number, s: ParameterScale): number =>
  s === "lin" ? 1 : s === "log" ? theta : theta * Math.LN10;

/** A number or a parameter-table id (index into the parameter table) */
type ValueRef = { kind: "num"; value: number } | { kind: "par"; index: number };

interface CompiledObservable {
  obs: PetabObservable;
  h: OutputFunction;
  sigma: OutputFunction;
  /** extra symbols: observableParameter…, noiseParameter…, then parameter-table ids not in the model */
  extra: string[];
  nObsPar: number;
  nNoisePar: number;
  /** for the trailing extras: the parameter-table index */
  tableIdx: number[];
  /** the noise formula is exactly `noiseParameter1_<obs>` (σ is that placeholder's value) */
  sigmaIsPlaceholder: boolean;
}

/** An estimated noise parameter whose optimum given the simulations is closed-form (see analyticNoiseParameters). */
export interface AnalyticNoiseParameter {
  /** index among the estimated parameters */
  k: number;
  id: string;
  /** measurement rows whose σ it is */
  rows: number[];
  distribution: "normal" | "laplace";
}

interface MeasurementPlan {
  row: number;
  m: PetabMeasurement;
  obs: CompiledObservable;
  /** placeholder values: observable parameters then noise parameters */
  refs: ValueRef[];
  /** index into the simulation's output times (−1: steady state) */
  ti: number;
}

interface SimulationPlan {
  preeq?: string;
  sim: string;
  times: number[];
  steadyState: boolean;
  measurements: MeasurementPlan[];
  /** species re-initialised by the simulation condition (state indices) after pre-equilibration */
  reinit: number[];
}

/** Cell → ValueRef for base-value slot g of a condition */
interface SlotAssign {
  g: number;
  ref: ValueRef;
}

function collectSyms(e: Expr, out: Set<string>): void {
  if (e.kind === "sym") out.add(e.name);
  else if (e.kind === "call" || e.kind === "fn") for (const a of e.args) collectSyms(a, out);
  else if (e.kind === "piecewise") {
    for (const p of e.pieces) {
      collectSyms(p.value, out);
      collectSyms(p.cond, out);
    }
    if (e.otherwise) collectSyms(e.otherwise, out);
  }
}

/** Deep copy of plain data (the model IR is plain data by contract). */
function clonePlain<T>(v: T): T {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(clonePlain) as T;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = clonePlain(x);
  return out as T;
}

/**
 * PEtab condition-table species values are concentrations (amounts for hasOnlySubstanceUnits), as
 * in AMICI: give every such species an initial value of that kind so that the compiled base value
 * (what `initialize` reads) has the PEtab meaning.
 */
function preparedModel(model: Model, problem: PetabProblem): Model {
  const out = clonePlain(model);
  for (const target of problem.conditionTargets) {
    const s = out.species.find((x) => x.id === target);
    if (!s) continue;
    const comp = out.compartments.find((c) => c.id === s.compartment);
    const size = comp?.size;
    if (s.hasOnlySubstanceUnits) {
      if (s.initialAmount === undefined) {
        s.initialAmount =
          s.initialConcentration !== undefined && size !== undefined
            ? s.initialConcentration * size
            : Number.NaN;
        s.initialConcentration = undefined;
      }
    } else if (s.initialConcentration === undefined) {
      s.initialConcentration =
        s.initialAmount !== undefined && size !== undefined ? s.initialAmount / size : Number.NaN;
      s.initialAmount = undefined;
    }
  }
  return out;
}

export class PetabObjective {
  readonly problem: PetabProblem;
  readonly model: Model;
  readonly compiled: CompiledModel;
  readonly sens: SensitivityFunctions;
  /** estimated parameters, in parameter-table order */
  readonly parameterIds: string[];
  readonly scales: ParameterScale[];
  /** bounds and nominal values on parameter scale */
  readonly lowerBounds: Float64Array;
  readonly upperBounds: Float64Array;
  readonly nominal: Float64Array;
  readonly nMeasurements: number;
  private readonly estIndex: number[]; // estimated k → parameter-table index
  private readonly tableEst: Int32Array; // parameter-table index → estimated k or −1
  private readonly sims: SimulationPlan[];
  private readonly conditionSlots = new Map<string, SlotAssign[]>();
  /** base-value slot g of each parameter-table parameter that is a model symbol (−1 otherwise) */
  private readonly tableSlot: Int32Array;
  /** estimated parameters that reach the model (sensitivity directions) */
  private readonly modelTheta: number[];
  private readonly opts: ObjectiveOptions;
  private solverStates: ForwardSensitivitySolver | null = null;
  /** the model has events or delays: simulations by the engine's simulate() (no sensitivities) */
  private readonly eventModel: boolean;
  private solverSens: ForwardSensitivitySolver | null = null;
  /** the adjoint solver, or the reason the model cannot have one (then: forward sensitivities) */
  private solverAdj: AdjointSensitivitySolver | string | null = null;
  /** runSimulation's output, reused so that evaluate allocates nothing extra per simulation */
  private readonly lastRun: SimulationRun = {
    sim: { y0: new Float64Array(0), p0: new Float64Array(0) },
    s0: undefined,
    preAdj: undefined,
    runOut: new Float64Array(0),
    pOut: null,
    ssY: undefined,
  };

  constructor(problem: PetabProblem, model: Model, options: ObjectiveOptions = {}) {
    this.problem = problem;
    this.opts = options;
    this.model = preparedModel(model, problem);
    this.compiled = compileModel(this.model);
    this.sens = sensitivityFunctions(this.compiled);
    this.eventModel = this.compiled.events.length > 0 || this.compiled.nDelays > 0;
    const { layout } = this.compiled;
    const params = problem.parameters;
    this.estIndex = [];
    this.tableEst = new Int32Array(params.length).fill(-1);
    params.forEach((p, i) => {
      if (p.estimate) {
        this.tableEst[i] = this.estIndex.length;
        this.estIndex.push(i);
      }
    });
    this.parameterIds = this.estIndex.map((i) => params[i].id);
    this.scales = this.estIndex.map((i) => params[i].scale);
    this.lowerBounds = Float64Array.from(this.estIndex, (i) =>
      scaleTo(params[i].lowerBound, params[i].scale),
    );
    this.upperBounds = Float64Array.from(this.estIndex, (i) =>
      scaleTo(params[i].upperBound, params[i].scale),
    );
    this.nominal = Float64Array.from(this.estIndex, (i) => scaleTo(params[i].nominalValue, params[i].scale));
    const tableIndex = new Map(params.map((p, i) => [p.id, i]));
    this.tableSlot = Int32Array.from(params, (p) => {
      const e = layout.symbols.get(p.id);
      if (!e) return -1;
      if (e.home === "w") {
        throw petabError(
          PetabCodes.PETAB_BAD_VALUE,
          `parameter table: "${p.id}" is the target of an assignment rule in the model and cannot be set`,
          { ...p.loc, element: 'column "parameterId"' },
        );
      }
      return e.g;
    });

    // ---- conditions → base-value slots ----
    const refOf = (
      v: { kind: "number"; value: number } | { kind: "parameter"; id: string },
      where: string,
    ): ValueRef => {
      if (v.kind === "number") return { kind: "num", value: v.value };
      const i = tableIndex.get(v.id);
      if (i !== undefined) return { kind: "par", index: i };
      const e = layout.symbols.get(v.id);
      if (e && e.home === "p" && Number.isFinite(this.compiled.base[e.g]))
        return { kind: "num", value: this.compiled.base[e.g] };
      throw petabError(
        PetabCodes.PETAB_UNKNOWN_ID,
        `${where}: "${v.id}" is neither in the parameter table nor a model parameter with a value`,
      );
    };
    for (const c of problem.conditions) {
      const slots: SlotAssign[] = [];
      for (const target of problem.conditionTargets) {
        const cell = c.values[target];
        if (!cell || cell.kind === "keep") continue;
        const e = layout.symbols.get(target);
        const where = `condition table (${c.loc.file}:${c.loc.line}), condition "${c.id}", column "${target}"`;
        if (!e || (e.kind !== "parameter" && e.kind !== "species" && e.kind !== "compartment")) {
          throw petabError(
            PetabCodes.PETAB_UNKNOWN_ID,
            `${where}: not a parameter, species or compartment of the model`,
          );
        }
        if (e.home === "w")
          throw petabError(
            PetabCodes.PETAB_BAD_VALUE,
            `${where}: the target of an assignment rule cannot be overridden`,
          );
        slots.push({ g: e.g, ref: refOf(cell, where) });
      }
      this.conditionSlots.set(c.id, slots);
    }

    // ---- observables ----
    const modelSyms = new Set(layout.symbols.keys());
    const compiledObs = new Map<string, CompiledObservable>();
    for (const obs of problem.observables) {
      const where = `observable table (${obs.loc.file}:${obs.loc.line}), observable "${obs.id}"`;
      const parse = (text: string, col: string): Expr => {
        try {
          return parseInfix(text, { dialect: "petab", symbols: modelSyms });
        } catch (err) {
          throw petabError(
            PetabCodes.PETAB_BAD_VALUE,
            `${where}, column "${col}": ${(err as Error).message}`,
          );
        }
      };
      const hExpr = parse(obs.formula, "observableFormula");
      const sExpr = parse(obs.noiseFormula, "noiseFormula");
      const used = new Set<string>();
      collectSyms(hExpr, used);
      collectSyms(sExpr, used);
      const placeholder = (kind: string) => {
        const re = new RegExp(`^${kind}(\\d+)_${obs.id}$`);
        let max = 0;
        for (const u of used) {
          const m = re.exec(u);
          if (m) max = Math.max(max, Number(m[1]));
        }
        return max;
      };
      const nObsPar = placeholder("observableParameter");
      const nNoisePar = placeholder("noiseParameter");
      const extra: string[] = [];
      for (let k = 1; k <= nObsPar; k++) extra.push(`observableParameter${k}_${obs.id}`);
      for (let k = 1; k <= nNoisePar; k++) extra.push(`noiseParameter${k}_${obs.id}`);
      const tableIdx: number[] = [];
      for (const u of used) {
        if (modelSyms.has(u) || extra.includes(u)) continue;
        const i = tableIndex.get(u);
        if (i === undefined) {
          throw petabError(
            PetabCodes.PETAB_UNKNOWN_ID,
            `${where}: "${u}" is neither a model entity, a parameter-table parameter nor a placeholder of this observable`,
          );
        }
        extra.push(u);
        tableIdx.push(i);
      }
      compiledObs.set(obs.id, {
        obs,
        h: this.sens.compileOutput(hExpr, extra, `${where}, observableFormula`),
        sigma: this.sens.compileOutput(sExpr, extra, `${where}, noiseFormula`),
        extra,
        nObsPar,
        nNoisePar,
        tableIdx,
        sigmaIsPlaceholder:
          sExpr.kind === "sym" && sExpr.name === `noiseParameter1_${obs.id}` && nNoisePar === 1,
      });
    }

    // ---- simulations and measurements ----
    const simByKey = new Map<string, SimulationPlan>();
    this.sims = [];
    problem.measurements.forEach((m, row) => {
      const key = `${m.preequilibrationConditionId ?? ""}\u0000${m.simulationConditionId}`;
      let s = simByKey.get(key);
      if (!s) {
        const reinit: number[] = [];
        if (m.preequilibrationConditionId !== undefined) {
          const c = problem.conditionById.get(m.simulationConditionId);
          for (const target of problem.conditionTargets) {
            const cell = c?.values[target];
            const e = layout.symbols.get(target);
            if (cell && cell.kind !== "keep" && e?.kind === "species" && e.home === "y") reinit.push(e.index);
          }
        }
        s = {
          preeq: m.preequilibrationConditionId,
          sim: m.simulationConditionId,
          times: [],
          steadyState: false,
          measurements: [],
          reinit,
        };
        simByKey.set(key, s);
        this.sims.push(s);
      }
      const obs = compiledObs.get(m.observableId);
      if (!obs)
        throw petabError(
          PetabCodes.PETAB_UNKNOWN_ID,
          `measurement table (${m.loc.file}:${m.loc.line}): unknown observable "${m.observableId}"`,
        );
      const where = `measurement table (${m.loc.file}:${m.loc.line})`;
      const refs: ValueRef[] = [];
      const take = (list: (number | string)[], count: number, col: string) => {
        // PEtab: a single override may be given for all placeholders? No — the count must match.
        if (list.length !== count && !(count === 0 && list.length <= 1)) {
          throw petabError(
            PetabCodes.PETAB_BAD_VALUE,
            `${where}, column "${col}": ${list.length} values for ${count} placeholders of observable "${m.observableId}"`,
          );
        }
        for (let k = 0; k < count; k++) {
          const v = list[k];
          if (typeof v === "number") refs.push({ kind: "num", value: v });
          else {
            const i = tableIndex.get(v);
            if (i === undefined)
              throw petabError(
                PetabCodes.PETAB_UNKNOWN_ID,
                `${where}, column "${col}": "${v}" is not in the parameter table`,
              );
            refs.push({ kind: "par", index: i });
          }
        }
      };
      take(m.observableParameters, obs.nObsPar, "observableParameters");
      take(m.noiseParameters, obs.nNoisePar, "noiseParameters");
      if (m.time === Infinity) s.steadyState = true;
      s.measurements.push({ row, m, obs, refs, ti: -1 });
    });
    for (const s of this.sims) {
      const ts = [...new Set(s.measurements.map((x) => x.m.time).filter(Number.isFinite))].sort(
        (a, b) => a - b,
      );
      s.times = ts;
      const at = new Map(ts.map((t, i) => [t, i]));
      for (const mp of s.measurements)
        mp.ti = Number.isFinite(mp.m.time) ? (at.get(mp.m.time) as number) : -1;
    }
    this.nMeasurements = problem.measurements.length;

    // ---- estimated parameters that reach the model ----
    const reach = new Set<number>();
    this.tableSlot.forEach((g, i) => {
      if (g >= 0 && this.tableEst[i] >= 0) reach.add(this.tableEst[i]);
    });
    for (const slots of this.conditionSlots.values()) {
      for (const s of slots)
        if (s.ref.kind === "par" && this.tableEst[s.ref.index] >= 0) reach.add(this.tableEst[s.ref.index]);
    }
    this.modelTheta = [...reach].sort((a, b) => a - b);
  }

  /**
   * Whether `evaluate` can give the gradient (forward or adjoint sensitivities): not for models with
   * events or delays, whose sensitivities would need the jump conditions at the events; the optimisers
   * then take finite differences (petabBoxProblem).
   */
  get sensitivitiesAvailable(): boolean {
    return !this.eventModel;
  }

  /**
   * Estimated noise parameters that can be optimised in closed form given the simulations
   * (hierarchical optimisation: Loos, Krause & Hasenauer, Bioinformatics 34 (2018) 4266,
   * doi:10.1093/bioinformatics/bty514): parameters that appear only as the σ of their measurements —
   * the noise formula is exactly the single placeholder, one noise distribution, no prior, not in any
   * model, condition, observable formula or observable-parameter override. Then, for the rows R using
   * it, σ̂² = Σ_R (m̃ − h̃)² / |R| (normal) or σ̂ = Σ_R |m̃ − h̃| / |R| (Laplace), clipped to the bounds.
   */
  analyticNoiseParameters(): AnalyticNoiseParameter[] {
    const rows = new Map<number, number[]>();
    const bad = new Set<number>();
    const dist = new Map<number, "normal" | "laplace">();
    for (const k of this.modelTheta) bad.add(k);
    for (const s of this.sims) {
      for (const mp of s.measurements) {
        const ob = mp.obs;
        for (const ti of ob.tableIdx) if (this.tableEst[ti] >= 0) bad.add(this.tableEst[ti]);
        mp.refs.forEach((r, q) => {
          if (r.kind !== "par" || this.tableEst[r.index] < 0) return;
          const k = this.tableEst[r.index];
          const isNoise = q >= ob.nObsPar;
          if (!isNoise || !ob.sigmaIsPlaceholder) {
            bad.add(k);
            return;
          }
          const d = ob.obs.noiseDistribution;
          if (dist.has(k) && dist.get(k) !== d) bad.add(k);
          dist.set(k, d);
          const list = rows.get(k) ?? [];
          list.push(mp.row);
          rows.set(k, list);
        });
      }
    }
    const out: AnalyticNoiseParameter[] = [];
    for (const [k, list] of rows) {
      const p = this.problem.parameters[this.estIndex[k]];
      if (bad.has(k) || p.objectivePriorType) continue;
      out.push({ k, id: p.id, rows: list, distribution: dist.get(k) as "normal" | "laplace" });
    }
    return out.sort((a, b) => a.k - b.k);
  }

  /** Linear-scale values of all parameter-table parameters at x (estimated, on scale). */
  tableValues(x?: ArrayLike<number>): Float64Array {
    const params = this.problem.parameters;
    const v = Float64Array.from(params, (p) => p.nominalValue);
    if (x) {
      if (x.length !== this.estIndex.length) {
        throw new EngineError(
          PetabCodes.PETAB_BAD_VALUE,
          `expected ${this.estIndex.length} parameter values, got ${x.length}`,
        );
      }
      this.estIndex.forEach((i, k) => {
        v[i] = scaleFrom(x[k], params[i].scale);
      });
    }
    return v;
  }

  /** x on parameter scale from linear values by id (missing ids: nominal). */
  toScaled(values: Record<string, number> = {}): Float64Array {
    return Float64Array.from(this.estIndex, (i) => {
      const p = this.problem.parameters[i];
      return scaleTo(values[p.id] ?? p.nominalValue, p.scale);
    });
  }

  private refValue(r: ValueRef, tv: Float64Array): number {
    return r.kind === "num" ? r.value : tv[r.index];
  }

  private conditionBase(
    cid: string,
    tv: Float64Array,
  ): { b: Float64Array; fixed: Uint8Array; gs: number[]; gTheta: number[][] } {
    const { b, fixed } = baseValues(this.compiled);
    // slot g → estimated parameters it equals (for the chain rule), per slot
    const dep = new Map<number, number[]>();
    this.tableSlot.forEach((g, i) => {
      if (g < 0) return;
      b[g] = tv[i];
      fixed[g] = 1;
      if (this.tableEst[i] >= 0) dep.set(g, [this.tableEst[i]]);
    });
    const slots = this.conditionSlots.get(cid);
    if (!slots) throw petabError(PetabCodes.PETAB_UNKNOWN_ID, `no condition "${cid}" in the condition table`);
    for (const s of slots) {
      b[s.g] = this.refValue(s.ref, tv);
      fixed[s.g] = 1;
      if (s.ref.kind === "par" && this.tableEst[s.ref.index] >= 0) dep.set(s.g, [this.tableEst[s.ref.index]]);
      else dep.delete(s.g);
    }
    const gs = [...dep.keys()];
    return { b, fixed, gs, gTheta: gs.map((g) => dep.get(g) as number[]) };
  }

  /** y0, p0 and their θ-sensitivities (directions = modelTheta) of a condition */
  private conditionInit(cid: string, tv: Float64Array, withSens: boolean) {
    const { b, fixed, gs, gTheta } = this.conditionBase(cid, tv);
    const n = this.compiled.layout.nStates;
    const nP = this.compiled.layout.nParams;
    const nT = this.modelTheta.length;
    const init = initialSensitivities(this.compiled, b, fixed, withSens ? gs : []);
    let s0: Float64Array | undefined;
    let dp: Float64Array | undefined;
    if (withSens) {
      s0 = new Float64Array(n * nT);
      dp = new Float64Array(nP * nT);
      const dirOf = new Map(this.modelTheta.map((k, d) => [k, d]));
      gs.forEach((_g, q) => {
        for (const k of gTheta[q]) {
          const d = dirOf.get(k) as number;
          for (let i = 0; i < n; i++) (s0 as Float64Array)[d * n + i] += init.dy[q * n + i];
          for (let j = 0; j < nP; j++) (dp as Float64Array)[d * nP + j] += init.dp[q * nP + j];
        }
      });
    }
    return { y0: init.y0, p0: init.p0, s0, dp };
  }

  private solver(withSens: boolean): ForwardSensitivitySolver {
    const o = {
      method: this.opts.method ?? "bdf",
      relativeTolerance: this.opts.relativeTolerance ?? 1e-8,
      absoluteTolerance: this.opts.absoluteTolerance ?? 1e-10,
      maxSteps: this.opts.maxSteps ?? 100000,
    };
    if (withSens) {
      this.solverSens ??= new ForwardSensitivitySolver(this.compiled, this.sens, this.modelTheta.length, o);
      return this.solverSens;
    }
    this.solverStates ??= new ForwardSensitivitySolver(this.compiled, null, 0, o);
    return this.solverStates;
  }

  /** the adjoint solver, or null when this model needs forward sensitivities (algebraic rules, no analytic Jacobian) */
  private adjointSolver(): AdjointSensitivitySolver | null {
    if (this.solverAdj === null) {
      try {
        this.solverAdj = new AdjointSensitivitySolver(this.compiled, this.sens, {
          relativeTolerance: this.opts.relativeTolerance ?? 1e-8,
          absoluteTolerance: this.opts.absoluteTolerance ?? 1e-10,
          maxSteps: this.opts.maxSteps ?? 100000,
        });
      } catch (err) {
        if (!(err instanceof EngineError)) throw err;
        this.solverAdj = err.message;
      }
    }
    return typeof this.solverAdj === "string" ? null : this.solverAdj;
  }

  /**
   * Time course of a model with events or delays by the engine's simulate() (event location, delay
   * history), reconstructed into the stored vectors y and p at every output time (events may change p).
   */
  private simulateWithEvents(
    s: SimulationPlan,
    times: number[],
    tv: Float64Array,
  ): { y: Float64Array; p: Float64Array } {
    const { layout } = this.compiled;
    const { b, fixed } = this.conditionBase(s.sim, tv);
    const byG = new Map<number, string>();
    for (const e of layout.symbols.values()) byG.set(e.g, e.id);
    const parameters: Record<string, number> = {};
    for (let g = 0; g < b.length; g++) if (fixed[g]) parameters[byG.get(g) as string] = b[g];
    const selectable = (id: string) => !id.includes(".") && !id.startsWith("\u0000");
    const sel = (id: string) => (layout.symbols.get(id)?.storedConc ? `[${id}]` : id);
    const pIds = layout.paramIds.filter(selectable);
    const selections = [...layout.stateIds.map(sel), ...pIds.map(sel)];
    const sol = simulate(this.compiled, {
      times,
      start: 0,
      selections,
      parameters,
      method: this.opts.method ?? "auto",
      options: {
        relativeTolerance: this.opts.relativeTolerance ?? 1e-8,
        absoluteTolerance: this.opts.absoluteTolerance ?? 1e-10,
        maxSteps: this.opts.maxSteps ?? 100000,
      },
    });
    const n = layout.nStates;
    const nP = layout.nParams;
    const nt = times.length;
    const p0 = initialState(this.compiled, 0, parameters).p;
    const y = new Float64Array(nt * n);
    const p = new Float64Array(nt * nP);
    const pIndex = pIds.map((id) => layout.symbols.get(id)?.index as number);
    for (let ti = 0; ti < nt; ti++) {
      for (let i = 0; i < n; i++) y[ti * n + i] = sol.values[i][ti];
      p.set(p0, ti * nP);
      pIndex.forEach((j, q) => {
        p[ti * nP + j] = sol.values[n + q][ti];
      });
    }
    return { y, p };
  }

  /**
   * Simulates one simulation of the plan (condition handling, pre-equilibration with re-initialised
   * species, events, the forward-sensitivity, adjoint or states-only run) with output at `times`;
   * with `steadyState` also the steady state of the simulation condition. Shared by `evaluate` (at the
   * measurement times) and `trajectories` (on a dense grid). Returns `this.lastRun`, overwritten by
   * the next call.
   */
  private runSimulation(
    s: SimulationPlan,
    times: number[],
    tv: Float64Array,
    withSens: boolean,
    /** null for models with events or delays (simulated by the engine's simulate() instead) */
    solverOrNull: ForwardSensitivitySolver | null,
    adj: AdjointSensitivitySolver | null,
    steadyState: boolean,
    addStats: (st: { steps: number; rhsEvals: number; jacEvals: number }) => void,
    stats: { simulations: number },
  ): SimulationRun {
    const fwd = (): ForwardSensitivitySolver => {
      if (solverOrNull === null) throw new Error("internal: no ODE solver for a model with events");
      return solverOrNull;
    };
    const n = this.compiled.layout.nStates;
    const nT = withSens ? this.modelTheta.length : 0;
    const N = n * (1 + nT);
    const useAdj = adj !== null;
    const sim = this.conditionInit(s.sim, tv, withSens);
    /** adjoint with pre-equilibration: the steady state and the pre-equilibration condition */
    let preAdj:
      | { y: Float64Array; t: number; p: Float64Array; dp: Float64Array; s0?: Float64Array }
      | undefined;
    let y0 = sim.y0;
    let s0 = sim.s0;
    if (s.preeq !== undefined) {
      if (this.eventModel) {
        throw petabError(
          PetabCodes.PETAB_UNSUPPORTED,
          `pre-equilibration of a model with events or delays ("${s.preeq}") is not supported`,
        );
      }
      const pre = this.conditionInit(s.preeq, tv, withSens);
      if (useAdj) {
        // adjoint: the steady state of the states only; its θ-dependence enters after the main
        // backward pass through the steady-state adjoint (steadyStateBackward), so ∂y0/∂θ of the
        // main run is non-zero only for the species the simulation condition re-initialises
        const ss = this.solver(false).steadyState({ y0: pre.y0, p: pre.p0 });
        addStats(ss.stats);
        y0 = ss.Y.slice(0, n);
        preAdj = { y: ss.Y.slice(0, n), t: ss.t, p: pre.p0, dp: pre.dp as Float64Array, s0: pre.s0 };
        s0 = new Float64Array(n * nT);
        for (const i of s.reinit) {
          y0[i] = sim.y0[i];
          for (let d = 0; d < nT; d++) s0[d * n + i] = (sim.s0 as Float64Array)[d * n + i];
        }
      } else {
        const ss = fwd().steadyState({ y0: pre.y0, p: pre.p0, s0: pre.s0, dpdTheta: pre.dp });
        addStats(ss.stats);
        y0 = ss.Y.slice(0, n);
        if (withSens) s0 = ss.Y.slice(n, N);
        for (const i of s.reinit) {
          y0[i] = sim.y0[i];
          if (withSens)
            for (let d = 0; d < nT; d++)
              (s0 as Float64Array)[d * n + i] = (sim.s0 as Float64Array)[d * n + i];
        }
      }
    }
    let runOut: Float64Array;
    let pOut: Float64Array | null = null;
    let ssY: Float64Array | undefined;
    if (this.eventModel) {
      if (steadyState) {
        throw petabError(
          PetabCodes.PETAB_UNSUPPORTED,
          `steady-state measurements (time inf) of a model with events or delays are not supported`,
        );
      }
      const fb = this.simulateWithEvents(s, times, tv);
      runOut = fb.y;
      pOut = fb.p;
      stats.simulations++;
    } else if (useAdj) {
      const run = (adj as AdjointSensitivitySolver).forward({
        t0: 0,
        y0,
        p: sim.p0,
        times,
        breakpoints: this.sens.breakpoints(sim.p0),
      });
      addStats(run.stats);
      runOut = run.out;
    } else {
      const bps = this.sens.breakpoints(sim.p0);
      const run = fwd().run({
        t0: 0,
        y0,
        p: sim.p0,
        times,
        breakpoints: bps,
        s0,
        dpdTheta: sim.dp,
      });
      addStats(run.stats);
      runOut = run.out;
      if (steadyState) {
        const ss = fwd().steadyState({ y0, p: sim.p0, s0, dpdTheta: sim.dp });
        addStats(ss.stats);
        ssY = ss.Y;
      }
    }
    const r = this.lastRun;
    r.sim = sim;
    r.s0 = s0;
    r.preAdj = preAdj;
    r.runOut = runOut;
    r.pOut = pOut;
    r.ssY = ssY;
    return r;
  }

  /** Evaluate at x (estimated parameters on scale; default nominal). */
  evaluate(
    x?: ArrayLike<number>,
    options: { gradient?: boolean; sensitivityMethod?: "forward" | "adjoint" } = {},
  ): ObjectiveResult {
    const withSens = options.gradient === true;
    const adjoint =
      withSens &&
      !this.eventModel &&
      (options.sensitivityMethod ?? this.opts.sensitivityMethod ?? "forward") === "adjoint";
    let nAdjoint = 0;
    let nForward = 0;
    const xs = x ?? this.nominal;
    const tv = this.tableValues(xs);
    const nX = this.estIndex.length;
    const nM = this.nMeasurements;
    const n = this.compiled.layout.nStates;
    const nP = this.compiled.layout.nParams;
    const nT = withSens ? this.modelTheta.length : 0;
    const simulation = new Float64Array(nM);
    const sigma = new Float64Array(nM);
    const residual = new Float64Array(nM);
    let rJac = withSens ? new Float64Array(nM * nX) : undefined;
    let sJac = withSens ? new Float64Array(nM * nX) : undefined;
    const grad = withSens ? new Float64Array(nX) : undefined;
    let llh = 0;
    let chi2 = 0;
    if (this.eventModel && withSens) {
      throw petabError(
        PetabCodes.PETAB_UNSUPPORTED,
        `model "${this.model.id}" has events or delays: the gradient by forward sensitivities is not available (use a derivative-free optimiser)`,
      );
    }
    const solver = this.eventModel ? null : this.solver(withSens);
    const adj = adjoint ? this.adjointSolver() : null;
    const N = n * (1 + nT);
    const gy = new Float64Array(n);
    const gp = new Float64Array(nP);
    const dh = new Float64Array(nX);
    const ds = new Float64Array(nX);
    const dthdx = Float64Array.from(this.estIndex, (i, k) => dThetaDx(tv[i], this.scales[k]));

    const stats = { simulations: 0, steps: 0, rhsEvals: 0, jacEvals: 0 };
    const addStats = (st: { steps: number; rhsEvals: number; jacEvals: number }) => {
      stats.simulations++;
      stats.steps += st.steps;
      stats.rhsEvals += st.rhsEvals;
      stats.jacEvals += st.jacEvals;
    };
    for (const s of this.sims) {
      // adjoint for this simulation: not for steady-state (time inf) measurements, which need ∂y_ss/∂θ
      const useAdj = adj !== null && !s.steadyState;
      if (withSens) {
        if (useAdj) nAdjoint++;
        else nForward++;
      }
      const stride = useAdj ? n : N;
      const { sim, s0, preAdj, runOut, pOut, ssY } = this.runSimulation(
        s,
        s.times,
        tv,
        withSens,
        solver,
        useAdj ? adj : null,
        s.steadyState,
        addStats,
        stats,
      );
      const yAt = new Float64Array(n);
      // adjoint: ∂llh/∂y at each output time (the jumps of λ)
      const dJdy = useAdj ? new Float64Array(s.times.length * n) : null;
      for (const mp of s.measurements) {
        const t = mp.ti >= 0 ? s.times[mp.ti] : Infinity;
        const Y = mp.ti >= 0 ? runOut.subarray(mp.ti * stride, (mp.ti + 1) * stride) : (ssY as Float64Array);
        // stored values: constant without events; with events, those of the output time
        const p0 = pOut ? pOut.subarray(mp.ti * nP, (mp.ti + 1) * nP) : sim.p0;
        for (let i = 0; i < n; i++) yAt[i] = Y[i];
        const ob = mp.obs;
        const xv = new Float64Array(ob.extra.length);
        this.fillExtras(mp, tv, xv);
        const tt = Number.isFinite(t) ? t : 1e300;
        const h = ob.h.value(tt, yAt, p0, xv);
        const sg = ob.sigma.value(tt, yAt, p0, xv);
        const md = mp.m.measurement;
        const tr = ob.obs.transformation;
        const hT = tr === "lin" ? h : tr === "log" ? Math.log(h) : Math.log10(h);
        const mT = tr === "lin" ? md : tr === "log" ? Math.log(md) : Math.log10(md);
        const jacTerm = tr === "lin" ? 0 : tr === "log" ? Math.log(md) : Math.log(md * Math.LN10);
        const diff = mT - hT;
        const r = diff / sg;
        const row = mp.row;
        simulation[row] = h;
        sigma[row] = sg;
        residual[row] = r;
        chi2 += r * r;
        const laplace = ob.obs.noiseDistribution === "laplace";
        llh += laplace
          ? -Math.log(2 * sg) - Math.abs(diff) / sg - jacTerm
          : -0.5 * Math.log(2 * Math.PI * sg * sg) - 0.5 * r * r - jacTerm;
        if (!withSens) continue;
        const dhT = tr === "lin" ? 1 : tr === "log" ? 1 / h : 1 / (h * Math.LN10);
        const gH = laplace ? Math.sign(diff) / sg : diff / (sg * sg); // ∂llh/∂h̃
        const gS = laplace ? -1 / sg + Math.abs(diff) / (sg * sg) : -1 / sg + (diff * diff) / (sg * sg * sg); // ∂llh/∂σ
        // d h/d x and d σ/d x via states, model parameters and extra symbols; with the adjoint, the
        // state part goes (weighted by ∂llh/∂h or ∂llh/∂σ) into ∂llh/∂y at this time instead
        const chain = (fn: OutputFunction, out: Float64Array, weight: number) => {
          out.fill(0);
          gy.fill(0);
          gp.fill(0);
          const gx = new Float64Array(ob.extra.length);
          fn.gradient(tt, yAt, p0, xv, 1, gy, gp, gx);
          if (dJdy) {
            const o = mp.ti * n;
            for (let i = 0; i < n; i++) if (gy[i] !== 0) dJdy[o + i] += weight * gy[i];
          }
          for (let d = 0; d < nT; d++) {
            let acc = 0;
            const off = n * (1 + d);
            if (!dJdy) for (let i = 0; i < n; i++) if (gy[i] !== 0) acc += gy[i] * Y[off + i];
            const dp = sim.dp as Float64Array;
            for (let j = 0; j < nP; j++) if (gp[j] !== 0) acc += gp[j] * dp[d * nP + j];
            out[this.modelTheta[d]] += acc;
          }
          mp.refs.forEach((rf, q) => {
            if (rf.kind === "par" && this.tableEst[rf.index] >= 0) out[this.tableEst[rf.index]] += gx[q];
          });
          ob.tableIdx.forEach((ti, q) => {
            if (this.tableEst[ti] >= 0) out[this.tableEst[ti]] += gx[mp.refs.length + q];
          });
          for (let k = 0; k < nX; k++) out[k] *= dthdx[k];
        };
        chain(ob.h, dh, gH * dhT);
        chain(ob.sigma, ds, gS);
        for (let k = 0; k < nX; k++) {
          (grad as Float64Array)[k] += gH * dhT * dh[k] + gS * ds[k];
          (rJac as Float64Array)[row * nX + k] = (-dhT * dh[k]) / sg - (r / sg) * ds[k];
          (sJac as Float64Array)[row * nX + k] = ds[k];
        }
      }
      if (dJdy) {
        // λ(t0)ᵀ ∂y0/∂θ + ∫ λᵀ (∂f/∂p)(∂p/∂θ) dt; with pre-equilibration ∂y0/∂θ is the steady state's
        // sensitivity from the forward-sensitivity steady-state run above (re-initialised species: the
        // simulation condition's own ∂y0/∂θ)
        const back = (adj as AdjointSensitivitySolver).backward({
          dJdy,
          dpdTheta: sim.dp as Float64Array,
          s0,
        });
        const addBack = (st: { steps: number; rhsEvals: number; jacEvals: number }, g: Float64Array) => {
          stats.steps += st.steps;
          stats.rhsEvals += st.rhsEvals;
          stats.jacEvals += st.jacEvals;
          for (let d = 0; d < nT; d++) {
            const k = this.modelTheta[d];
            (grad as Float64Array)[k] += g[d] * dthdx[k];
          }
        };
        addBack(back.stats, back.gradient);
        if (preAdj) {
          // λ(t0) of the main run continues into the steady state, except for re-initialised species
          const lam = back.lambda0;
          for (const i of s.reinit) lam[i] = 0;
          const pb = (adj as AdjointSensitivitySolver).steadyStateBackward({
            y: preAdj.y,
            p: preAdj.p,
            t: preAdj.t,
            lambda: lam,
            dpdTheta: preAdj.dp,
            s0: preAdj.s0,
          });
          addBack(pb.stats, pb.gradient);
        }
      }
    }
    if (nAdjoint > 0) {
      // rows of adjoint simulations hold only the direct terms: no per-row Jacobians
      rJac = undefined;
      sJac = undefined;
    }
    return {
      gradientMethod: withSens
        ? nAdjoint === 0
          ? "forward"
          : nForward === 0
            ? "adjoint"
            : "mixed"
        : undefined,
      llh,
      chi2,
      logPrior: this.logPrior(xs),
      gradient: grad,
      simulation,
      sigma,
      residual,
      residualJacobian: rJac,
      sigmaJacobian: sJac,
      stats,
    };
  }

  /**
   * The model trajectories behind the fit: for every (pre-equilibration, simulation condition) of the
   * measurement table, the simulation of `evaluate` (same condition handling, pre-equilibration and
   * re-initialisation, events, tolerances — the same code path, states only) with output on a dense
   * grid: `points` (default 200) equally spaced times from 0 to the last finite measurement time of
   * that simulation, merged with all its measurement times. For each observable measured there, the
   * observable (linear scale) at every grid time, with the observable-parameter overrides of its
   * measurement rows: one trajectory per distinct override list (e.g. per-dataset scalings), with the
   * rows it belongs to. Steady-state (time inf) measurements are not on a trajectory; simulations
   * measured only at inf have none. At the measurement times the values equal `evaluate(x).simulation`
   * (the integrator takes the same steps to the same last time; outputs are sampled from its dense
   * output).
   */
  trajectories(x?: ArrayLike<number>, options: { points?: number } = {}): ObservableTrajectory[] {
    const points = Math.max(2, Math.floor(options.points ?? 200));
    const tv = this.tableValues(x ?? this.nominal);
    const n = this.compiled.layout.nStates;
    const nP = this.compiled.layout.nParams;
    const solver = this.eventModel ? null : this.solver(false);
    const noStats = () => {};
    const out: ObservableTrajectory[] = [];
    for (const s of this.sims) {
      if (s.times.length === 0) continue;
      const tLast = s.times[s.times.length - 1];
      const grid = new Set(s.times);
      if (tLast > 0) for (let k = 0; k < points; k++) grid.add((tLast * k) / (points - 1));
      const times = [...grid].sort((a, b) => a - b);
      // one trajectory per (observable, observable-parameter overrides), in measurement order
      const groups = new Map<string, { mp: MeasurementPlan; rows: number[] }>();
      for (const mp of s.measurements) {
        if (mp.ti < 0) continue;
        const key = `${mp.m.observableId}\u0000${mp.m.observableParameters.join(";")}`;
        const g = groups.get(key);
        if (g) g.rows.push(mp.row);
        else groups.set(key, { mp, rows: [mp.row] });
      }
      if (groups.size === 0) continue;
      const { sim, runOut, pOut } = this.runSimulation(s, times, tv, false, solver, null, false, noStats, {
        simulations: 0,
      });
      const yAt = new Float64Array(n);
      for (const { mp, rows } of groups.values()) {
        const ob = mp.obs;
        const xv = new Float64Array(ob.extra.length);
        this.fillExtras(mp, tv, xv);
        const value = new Float64Array(times.length);
        for (let ti = 0; ti < times.length; ti++) {
          for (let i = 0; i < n; i++) yAt[i] = runOut[ti * n + i];
          const p0 = pOut ? pOut.subarray(ti * nP, (ti + 1) * nP) : sim.p0;
          value[ti] = ob.h.value(times[ti], yAt, p0, xv);
        }
        out.push({
          conditionId: s.sim,
          preequilibrationConditionId: s.preeq,
          observableId: mp.m.observableId,
          observableParameters: mp.m.observableParameters.join(";"),
          rows: rows.sort((a, b) => a - b),
          time: Float64Array.from(times),
          value,
        });
      }
    }
    return out;
  }

  /** The extra symbols of a measurement's observable: its placeholders' values, then parameter-table values. */
  private fillExtras(mp: MeasurementPlan, tv: Float64Array, xv: Float64Array): void {
    const refs = mp.refs;
    for (let q = 0; q < refs.length; q++) xv[q] = this.refValue(refs[q], tv);
    const ti = mp.obs.tableIdx;
    for (let q = 0; q < ti.length; q++) xv[refs.length + q] = tv[ti[q]];
  }

  /**
   * Log prior density of the estimated parameters (PEtab v1 `objectivePriorType`): normal, laplace,
   * uniform, logNormal, logLaplace on linear scale; parameterScaleNormal/Laplace/Uniform on scale.
   */
  logPrior(x: ArrayLike<number>): number {
    let lp = 0;
    this.estIndex.forEach((i, k) => {
      const p = this.problem.parameters[i];
      if (!p.objectivePriorType) return;
      const args = (p.objectivePriorParameters ?? "").split(";").map(Number);
      const [a, b] = args;
      const xs = x[k];
      const th = scaleFrom(xs, p.scale);
      switch (p.objectivePriorType) {
        case "normal":
          lp += -0.5 * Math.log(2 * Math.PI * b * b) - (th - a) ** 2 / (2 * b * b);
          break;
        case "parameterScaleNormal":
          lp += -0.5 * Math.log(2 * Math.PI * b * b) - (xs - a) ** 2 / (2 * b * b);
          break;
        case "laplace":
          lp += -Math.log(2 * b) - Math.abs(th - a) / b;
          break;
        case "parameterScaleLaplace":
          lp += -Math.log(2 * b) - Math.abs(xs - a) / b;
          break;
        case "logNormal":
          lp += -Math.log(th * b * Math.sqrt(2 * Math.PI)) - (Math.log(th) - a) ** 2 / (2 * b * b);
          break;
        case "logLaplace":
          lp += -Math.log(2 * b * th) - Math.abs(Math.log(th) - a) / b;
          break;
        case "uniform":
          lp += th >= a && th <= b ? -Math.log(b - a) : -Infinity;
          break;
        case "parameterScaleUniform":
          lp += xs >= a && xs <= b ? -Math.log(b - a) : -Infinity;
          break;
        default:
          throw petabError(
            PetabCodes.PETAB_UNSUPPORTED,
            `parameter table (${p.loc.file}:${p.loc.line}): objectivePriorType "${p.objectivePriorType}" is not supported`,
          );
      }
    });
    return lp;
  }

  /** The PEtab simulation table (measurement table with `simulation` instead of `measurement`). */
  simulationTable(result: ObjectiveResult): string {
    const rows = [
      "observableId\tpreequilibrationConditionId\tsimulationConditionId\ttime\tsimulation\tobservableParameters\tnoiseParameters\tdatasetId\treplicateId",
    ];
    this.problem.measurements.forEach((m, i) => {
      rows.push(
        [
          m.observableId,
          m.preequilibrationConditionId ?? "",
          m.simulationConditionId,
          m.time === Infinity ? "inf" : String(m.time),
          String(result.simulation[i]),
          m.observableParameters.join(";"),
          m.noiseParameters.join(";"),
          m.datasetId ?? "",
          m.replicateId ?? "",
        ].join("\t"),
      );
    });
    return `${rows.join("\n")}\n`;
  }
}

/** The objective of a loaded PEtab problem (its one SBML model read with the engine's reader). */
export function petabObjective(problem: PetabProblem, options: ObjectiveOptions = {}): PetabObjective {
  if (problem.sbml.length !== 1) {
    throw petabError(
      PetabCodes.PETAB_UNSUPPORTED,
      `PEtab v1 problems have exactly one SBML model, this one has ${problem.sbml.length}`,
    );
  }
  const model = readSBML(problem.sbml[0].text, { file: problem.sbml[0].file });
  return new PetabObjective(problem, model, options);
}
