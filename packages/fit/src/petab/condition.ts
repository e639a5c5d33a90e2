/**
 * From a PEtab v1 problem and its SBML model (engine IR) to the model of one simulation condition:
 * nominal (or given) parameter values from the parameter table, then the condition table's overrides.
 *
 * Semantics (PEtab v1 data format, https://petab.readthedocs.io/en/latest/v1/documentation_data_format.html,
 * "Condition table", and the PEtab v1 test suite cases 0011–0013):
 * - parameter-table parameters that are SBML global parameters take the table's `nominalValue`
 *   (linear scale in v1 whatever `parameterScale` says), or the caller's value for that id;
 * - a condition-table column names a global parameter (its value), a species (its initial value) or a
 *   compartment (its initial size); the cell is a number, a parameter id (that parameter's value) or
 *   NaN/empty (keep the model's value);
 * - a species value is a concentration unless the species has `hasOnlySubstanceUnits` (then an amount) —
 *   the convention of AMICI and of the CVODE anchor (../shared/perf/petab_problem.py);
 * - an overridden entity loses its SBML initial assignment (test-suite cases 0011 and 0013:
 *   "InitialAssignment to species overridden"); overriding a target of an assignment rule is an error.
 */
import type { Model, Parameter } from "@stat3/engine";
import { PetabCodes, petabError } from "./messages.js";
import type { PetabCondition, PetabProblem } from "./types.js";

export type OverrideTargetKind = "parameter" | "species" | "compartment";

/** One resolved override of a condition. */
export interface ConditionOverride {
  target: string;
  kind: OverrideTargetKind;
  value: number;
  /** the parameter-table id the value came from, when the cell named one (for fitting: d value / d that id = 1) */
  fromParameter?: string;
}

export interface ApplyConditionOptions {
  /**
   * Parameter-table id → value on linear scale; overrides `nominalValue` for those ids (e.g. the current
   * point of an optimiser). Unknown ids are an error.
   */
  parameterValues?: Record<string, number>;
}

export function getCondition(problem: PetabProblem, conditionId: string): PetabCondition {
  const c = problem.conditionById.get(conditionId);
  if (!c) {
    const known = problem.conditions
      .map((x) => x.id)
      .slice(0, 10)
      .join(", ");
    throw petabError(
      PetabCodes.PETAB_UNKNOWN_ID,
      `no condition "${conditionId}" in the condition table (known: ${known})`,
    );
  }
  return c;
}

/** The first condition of the condition table (what "the first condition" means in the benchmarks). */
export function firstConditionId(problem: PetabProblem): string {
  if (problem.conditions.length === 0)
    throw petabError(PetabCodes.PETAB_BAD_VALUE, "the condition table has no rows");
  return problem.conditions[0].id;
}

/** Linear-scale values of all parameter-table parameters: nominal, replaced by `parameterValues`. */
export function parameterValues(problem: PetabProblem, given?: Record<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of problem.parameters) out.set(p.id, p.nominalValue);
  if (given) {
    for (const [id, v] of Object.entries(given)) {
      if (!out.has(id))
        throw petabError(PetabCodes.PETAB_UNKNOWN_ID, `parameter "${id}" is not in the parameter table`);
      if (typeof v !== "number" || Number.isNaN(v))
        throw petabError(PetabCodes.PETAB_BAD_VALUE, `parameter "${id}": value ${v} is not a number`);
      out.set(id, v);
    }
  }
  return out;
}

function kindOf(model: Model, id: string): OverrideTargetKind | undefined {
  if (model.parameters.some((p) => p.id === id)) return "parameter";
  if (model.species.some((s) => s.id === id)) return "species";
  if (model.compartments.some((c) => c.id === id)) return "compartment";
  return undefined;
}

/**
 * The overrides a condition makes on this model, resolved to numbers (NaN/empty cells are left out).
 * Errors name the condition table's line and column.
 */
export function conditionOverrides(
  model: Model,
  problem: PetabProblem,
  conditionId: string,
  options: ApplyConditionOptions = {},
): ConditionOverride[] {
  const cond = getCondition(problem, conditionId);
  const values = parameterValues(problem, options.parameterValues);
  const out: ConditionOverride[] = [];
  for (const target of problem.conditionTargets) {
    const cell = cond.values[target];
    if (!cell || cell.kind === "keep") continue;
    const where = { ...cond.loc, element: `column "${target}"` };
    const kind = kindOf(model, target);
    if (!kind) {
      throw petabError(
        PetabCodes.PETAB_UNKNOWN_ID,
        `condition table: column "${target}" is not a parameter, species or compartment of model "${model.id}"`,
        where,
      );
    }
    if (cell.kind === "number") {
      out.push({ target, kind, value: cell.value });
      continue;
    }
    const v = values.get(cell.id);
    if (v !== undefined) {
      out.push({ target, kind, value: v, fromParameter: cell.id });
      continue;
    }
    // not in the parameter table: a model parameter with a fixed value is accepted (as petab-python does)
    const mp = model.parameters.find((p) => p.id === cell.id);
    if (mp?.value !== undefined && !model.initialAssignments.some((a) => a.symbol === cell.id)) {
      out.push({ target, kind, value: mp.value });
      continue;
    }
    throw petabError(
      PetabCodes.PETAB_UNKNOWN_ID,
      `condition "${conditionId}": "${cell.id}" (column "${target}") is neither in the parameter table nor a model parameter with a value`,
      where,
    );
  }
  return out;
}

/** Deep copy of plain data (objects, arrays, primitives) — the model IR is plain data by contract. */
function clonePlain<T>(v: T): T {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(clonePlain) as T;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = clonePlain(x);
  return out as T;
}

function assignmentRuleTarget(model: Model, id: string): boolean {
  return model.rules.some((r) => r.kind === "assignment" && r.variable === id);
}

/**
 * The model of one simulation condition: a copy of `model` with the parameter table's values and the
 * condition's overrides applied. The input model is not modified.
 */
export function applyCondition(
  model: Model,
  problem: PetabProblem,
  conditionId: string,
  options: ApplyConditionOptions = {},
): Model {
  const out = clonePlain(model);
  const values = parameterValues(problem, options.parameterValues);
  const dropInitialAssignment = (id: string) => {
    out.initialAssignments = out.initialAssignments.filter((a) => a.symbol !== id);
  };
  const byId = new Map<string, Parameter>(out.parameters.map((p) => [p.id, p]));

  // 1. parameter table → SBML global parameters
  for (const p of problem.parameters) {
    const mp = byId.get(p.id);
    if (!mp) continue; // observable/noise parameters live outside the SBML model
    if (assignmentRuleTarget(out, p.id)) {
      throw petabError(
        PetabCodes.PETAB_BAD_VALUE,
        `parameter table: "${p.id}" is the target of an assignment rule in the model and cannot be set`,
        { ...p.loc, element: 'column "parameterId"' },
      );
    }
    mp.value = values.get(p.id)!;
    dropInitialAssignment(p.id);
  }

  // 2. condition table
  for (const o of conditionOverrides(out, problem, conditionId, options)) {
    const where = { ...getCondition(problem, conditionId).loc, element: `column "${o.target}"` };
    if (assignmentRuleTarget(out, o.target)) {
      throw petabError(
        PetabCodes.PETAB_BAD_VALUE,
        `condition "${conditionId}": "${o.target}" is the target of an assignment rule in the model and cannot be overridden`,
        where,
      );
    }
    if (o.kind === "parameter") {
      byId.get(o.target)!.value = o.value;
    } else if (o.kind === "compartment") {
      out.compartments.find((c) => c.id === o.target)!.size = o.value;
    } else {
      const s = out.species.find((x) => x.id === o.target)!;
      if (s.hasOnlySubstanceUnits) {
        s.initialAmount = o.value;
        s.initialConcentration = undefined;
      } else {
        s.initialConcentration = o.value;
        s.initialAmount = undefined;
      }
    }
    dropInitialAssignment(o.target);
  }
  return out;
}

/** Sorted distinct finite measurement times, of one simulation condition or (no id) of the whole problem. */
export function measurementTimes(problem: PetabProblem, conditionId?: string): number[] {
  const set = new Set<number>();
  for (const m of problem.measurements) {
    if (conditionId !== undefined && m.simulationConditionId !== conditionId) continue;
    if (Number.isFinite(m.time)) set.add(m.time);
  }
  return [...set].sort((a, b) => a - b);
}

/**
 * The simulated time span: PEtab v1 simulations start at t = 0 and must reach the last finite measurement
 * time. `steadyState` says whether some measurement is at t = inf (needs a steady-state solve).
 */
export function measurementTimeSpan(
  problem: PetabProblem,
  conditionId?: string,
): { start: number; end: number; steadyState: boolean } {
  const times = measurementTimes(problem, conditionId);
  const steadyState = problem.measurements.some(
    (m) => (conditionId === undefined || m.simulationConditionId === conditionId) && m.time === Infinity,
  );
  if (times.length === 0 && !steadyState) {
    throw petabError(
      PetabCodes.PETAB_BAD_VALUE,
      conditionId === undefined
        ? "the measurement table has no rows"
        : `no measurements for condition "${conditionId}"`,
    );
  }
  return { start: 0, end: times.length > 0 ? times[times.length - 1] : 0, steadyState };
}

/** The distinct (pre-equilibration, simulation) condition pairs of the measurement table, in first-seen order. */
export function simulationConditions(
  problem: PetabProblem,
): { preequilibrationConditionId?: string; simulationConditionId: string }[] {
  const seen = new Set<string>();
  const out: { preequilibrationConditionId?: string; simulationConditionId: string }[] = [];
  for (const m of problem.measurements) {
    const key = `${m.preequilibrationConditionId ?? ""}\u0000${m.simulationConditionId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      m.preequilibrationConditionId === undefined
        ? { simulationConditionId: m.simulationConditionId }
        : {
            preequilibrationConditionId: m.preequilibrationConditionId,
            simulationConditionId: m.simulationConditionId,
          },
    );
  }
  return out;
}
