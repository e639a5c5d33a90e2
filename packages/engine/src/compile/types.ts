/**
 * The product of the compiler: a `CompiledModel` — a numeric layout (which quantity lives where)
 * and generated functions over preallocated Float64Arrays.
 *
 * Three vectors hold every quantity of a model (libRoadRunner's split of state, global parameters
 * and assigned values):
 *   y  the state: species amounts changed by reactions, rate-rule variables, algebraic variables;
 *   p  everything else that has a stored value: constants and quantities changed only by events;
 *   w  assigned values, recomputed from (t, y, p) in dependency order by `assign`: assignment-rule
 *      variables, reaction rates, L2 stoichiometryMath.
 * A species is stored as an amount, except when its value is fixed by a rule or algebraic
 * constraint on its concentration (rate, assignment or algebraic rule on a species with
 * hasOnlySubstanceUnits=false): then its concentration is stored, as the rule states it.
 */
import type { Model } from "../model/types.js";

export type Home = "y" | "p" | "w";

export type SymbolKind =
  | "compartment"
  | "species"
  | "parameter"
  | "speciesReference"
  | "reaction"
  | "localParameter"
  | "stoichiometryMath";

export interface SymbolEntry {
  id: string;
  kind: SymbolKind;
  home: Home;
  index: number;
  /** global number of the symbol (index into the base-value vector of `initialize`) */
  g: number;
  /** true when no rule, reaction or event can change it */
  constant: boolean;
  /** species: compartment id */
  compartment?: string;
  /** species: its symbol in math means concentration (hasOnlySubstanceUnits=false, compartment dims ≠ 0) */
  mathIsConc?: boolean;
  /** species: the stored value is a concentration (otherwise an amount) */
  storedConc?: boolean;
}

export interface ModelLayout {
  nStates: number;
  nParams: number;
  nAssigned: number;
  /** every symbol of the model by id (local parameters as `reaction.local`) */
  symbols: Map<string, SymbolEntry>;
  /** ids in vector order */
  stateIds: string[];
  paramIds: string[];
  assignedIds: string[];
  /** ids by kind, in model order */
  species: string[];
  compartments: string[];
  parameters: string[];
  reactions: string[];
  /** mass-matrix diagonal (1 differential, 0 algebraic); undefined when there is no algebraic state */
  massDiagonal?: Float64Array;
  /** number of base values (global symbols) */
  nGlobals: number;
}

export interface CompiledEventInfo {
  id: string;
  useValuesFromTriggerTime: boolean;
  initialValue: boolean;
  persistent: boolean;
  hasDelay: boolean;
  hasPriority: boolean;
  nAssignments: number;
}

/** The generated functions (all in place, no allocation). */
export interface GeneratedFunctions {
  /** w ← assigned values (assignment rules, reaction rates) at (t, y, p) */
  assign(t: number, y: Float64Array, p: Float64Array, w: Float64Array): void;
  /** w ← only the assigned values the derivatives read (enough before `deriv`) */
  assignRhs(t: number, y: Float64Array, p: Float64Array, w: Float64Array): void;
  /** dy ← derivatives (requires `assign` or `assignRhs` first); algebraic rows get the rule residual */
  deriv(t: number, y: Float64Array, p: Float64Array, w: Float64Array, dy: Float64Array): void;
  /** y, p, w ← initial values: base values b (fixed[g]=1 keeps b[g] over initial assignments) */
  initialize(
    t: number,
    b: Float64Array,
    fixed: Uint8Array,
    y: Float64Array,
    p: Float64Array,
    w: Float64Array,
  ): void;
  /** out[k] ← 1/0 trigger values (requires `assign` first) */
  triggers(t: number, y: Float64Array, p: Float64Array, w: Float64Array, out: Uint8Array): void;
  /** out[0..] ← event k's assignment values */
  eventValues(
    k: number,
    t: number,
    y: Float64Array,
    p: Float64Array,
    w: Float64Array,
    out: Float64Array,
  ): void;
  /** writes event k's values into y/p (concentrations converted to stored form) */
  eventApply(k: number, vals: Float64Array, y: Float64Array, p: Float64Array, w: Float64Array): void;
  eventDelay(k: number, t: number, y: Float64Array, p: Float64Array, w: Float64Array): number;
  eventPriority(k: number, t: number, y: Float64Array, p: Float64Array, w: Float64Array): number;
  /** a − b when event k's trigger is a single comparison a (<|≤|>|≥) b (a root function for location), else NaN */
  eventRoot(k: number, t: number, y: Float64Array, p: Float64Array, w: Float64Array): number;
  /** J ← ∂f/∂y row-major (n×n); reads only t, y, p (assigned values are substituted); undefined when not generated */
  jac?: (t: number, y: Float64Array, p: Float64Array, w: Float64Array, J: Float64Array) => void;
  /** value of delayed expression k at the current (t, y, p, w) */
  delayed(k: number, t: number, y: Float64Array, p: Float64Array, w: Float64Array): number;
}

/**
 * Past states for delay(x, τ): the simulator installs one; `valueAt` evaluates delayed expression k
 * at time tPast (before the start: at the initial state).
 */
export interface DelayHistory {
  /** the start time */
  readonly startTime: number;
  /** true while the history evaluates the initial definitions at a time before the start (nested delays then read the present) */
  readonly busy: boolean;
  valueAt(k: number, tPast: number): number;
}

export interface CompiledModel {
  model: Model;
  layout: ModelLayout;
  fns: GeneratedFunctions;
  events: CompiledEventInfo[];
  /** base values by global symbol number (file values; NaN when unset) */
  base: Float64Array;
  /** number of delay() expressions; > 0 means the simulator must keep a history */
  nDelays: number;
  /** delayed expression k reads assigned values (w) */
  delayReadsAssigned: boolean[];
  /** smallest constant delay, if all delays are constant numbers (limits the step size) */
  minConstantDelay?: number;
  /** generated JavaScript text, for inspection and tests */
  source: string;
  /** hash of the model (cache key) */
  hash: string;
  /** compiler warnings (e.g. non-finite initial values) */
  warnings: string[];
  /** install the delay history used by generated code (null to clear) */
  setHistory(h: DelayHistory | null): void;
  /**
   * Stoichiometry of the reaction-driven states: d y_i/dt = Σ N_ir · w_r for the listed rows
   * (entries with numeric stoichiometry and no conversion factor); `complete` is false when some
   * reaction-driven state has a symbolic stoichiometry or a conversion factor (then moiety
   * detection must not rely on it).
   */
  stoichiometry: { rows: number[]; entries: { i: number; r: number; value: number }[]; complete: boolean };
  /** structural sparsity of the generated Jacobian (row-major n×n), when one is generated */
  jacPattern?: Uint8Array;
  /** index in p of the switch of the slow dynamics, when fast reactions must be equilibrated */
  slowOnIndex?: number;
  // ---- conveniences over `fns` (each uses an internal work vector: not re-entrant) ----
  /** dy ← f(t, y) for stored values p */
  rhs(t: number, y: Float64Array, p: Float64Array, dy: Float64Array): void;
  /** J ← ∂f/∂y (row-major), when an analytic Jacobian was generated */
  jac?: (t: number, y: Float64Array, p: Float64Array, J: Float64Array) => void;
  /** out[k] ← rate of reaction layout.reactions[k] */
  rates(t: number, y: Float64Array, p: Float64Array, out: Float64Array): void;
  /** initial vectors, with overrides (file units) applied before initial assignments */
  initialValues(
    overrides?: Record<string, number>,
    t0?: number,
  ): { y: Float64Array; p: Float64Array; w: Float64Array };
  /** value of a libRoadRunner selection (`S`, `[S]`, reaction id, `S'`, parameter id, `time`) */
  getValue(selection: string, t: number, y: Float64Array, p: Float64Array): number;
  /** whether the model has fast reactions (solved as equilibrium constraints) */
  hasAlgebraic: boolean;
}
