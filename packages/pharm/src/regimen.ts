/**
 * Time-dependent dosing on any model of the engine, written into the model itself as SBML constructs
 * (so the regimen survives SBML export and every solver sees the discontinuities as events):
 *
 *  - constant exposure over a window [start, stop): an assignment rule
 *      D = piecewise(dose, start ≤ time < stop; 0)
 *    (stop = ∞ is plain constant exposure; wash-out is a finite stop; pre-incubation is the drug from 0
 *    and the stimulus — another parameter — from `start` = the pre-incubation time);
 *  - bolus with first-order elimination: a rate rule dD/dt = −(ln 2 / t½)·D and an event at `at`
 *    adding the dose (D(t) = dose·2^(−(t − at)/t½) for t ≥ at — the one-compartment bolus model,
 *    Rowland & Tozer, Clinical Pharmacokinetics and Pharmacodynamics, 4th ed., 2011, ch. 3);
 *  - repeated dosing: the same with one event per dose at first + k·every (k = 0 … doses − 1), so the
 *    doses superpose (accumulation towards the plateau of ch. 11).
 *
 * Events use initialValue = false so a dose at the start time fires at the start (SBML L3V2 §4.12.2).
 * The target must be a parameter without rules of its own; it becomes non-constant.
 */
import { call, EngineError, type Expr, type Model, num, sym, TIME } from "@stat3/engine";
import { PharmCodes } from "./messages.js";

export type DosingRegimen =
  | { kind: "constant"; dose: number; start?: number; stop?: number }
  | { kind: "bolus"; dose: number; at?: number; halfLife?: number }
  | { kind: "repeated"; dose: number; every: number; doses: number; first?: number; halfLife?: number };

/** Deep copy of plain data (the model IR is plain objects, arrays and primitives). */
function clone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clone) as T;
  if (v && typeof v === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = clone(x);
    return o as T;
  }
  return v;
}

const bad = (msg: string) => new EngineError(PharmCodes.PHARM_BAD_REGIMEN, msg);

/** A copy of `model` with the regimen applied to parameter `target`. */
export function applyRegimen(model: Model, target: string, r: DosingRegimen): Model {
  const m: Model = clone(model);
  const p = m.parameters.find((q) => q.id === target);
  if (!p) throw bad(`regimen: no parameter "${target}" in model ${m.id}`);
  if (m.rules.some((q) => q.kind !== "algebraic" && q.variable === target))
    throw bad(`regimen: parameter "${target}" already has a rule`);
  if (m.initialAssignments.some((q) => q.symbol === target))
    throw bad(`regimen: parameter "${target}" has an initial assignment`);
  if (!(r.dose >= 0 && Number.isFinite(r.dose)))
    throw bad(`regimen of ${target}: dose must be ≥ 0, got ${r.dose}`);
  p.constant = false;
  if (r.kind === "constant") {
    const start = r.start ?? 0;
    const stop = r.stop ?? Number.POSITIVE_INFINITY;
    if (!(stop > start)) throw bad(`regimen of ${target}: stop (${stop}) must be after start (${start})`);
    const conds: Expr[] = [call("geq", TIME, num(start))];
    if (Number.isFinite(stop)) conds.push(call("lt", TIME, num(stop)));
    p.value = 0;
    m.rules.push({
      kind: "assignment",
      variable: target,
      math: {
        kind: "piecewise",
        pieces: [{ value: num(r.dose), cond: conds.length === 1 ? conds[0] : call("and", ...conds) }],
        otherwise: num(0),
      },
    });
    return m;
  }
  const times: number[] = [];
  if (r.kind === "bolus") times.push(r.at ?? 0);
  else {
    if (!(Number.isInteger(r.doses) && r.doses >= 1))
      throw bad(`regimen of ${target}: doses must be an integer ≥ 1`);
    if (!(r.every > 0)) throw bad(`regimen of ${target}: every must be > 0`);
    for (let k = 0; k < r.doses; k++) times.push((r.first ?? 0) + k * r.every);
  }
  p.value = 0;
  const hl = r.halfLife;
  if (hl !== undefined) {
    if (!(hl > 0)) throw bad(`regimen of ${target}: half-life must be > 0, got ${hl}`);
    if (Number.isFinite(hl))
      m.rules.push({
        kind: "rate",
        variable: target,
        math: call("times", num(-Math.LN2 / hl), sym(target)),
      });
  }
  times.forEach((t, k) => {
    m.events.push({
      id: `dose_${target}_${k + 1}`,
      useValuesFromTriggerTime: true,
      trigger: { math: call("geq", TIME, num(t)), initialValue: false, persistent: true },
      assignments: [{ variable: target, math: call("plus", sym(target), num(r.dose)) }],
    });
  });
  return m;
}

/** The closed-form exposure of a regimen at time t (for plots and checks): superposed decaying doses. */
export function exposureAt(r: DosingRegimen, t: number): number {
  if (r.kind === "constant")
    return t >= (r.start ?? 0) && t < (r.stop ?? Number.POSITIVE_INFINITY) ? r.dose : 0;
  const times =
    r.kind === "bolus"
      ? [r.at ?? 0]
      : Array.from({ length: r.doses }, (_, k) => (r.first ?? 0) + k * r.every);
  let s = 0;
  for (const td of times)
    if (t >= td) s += r.dose * (r.halfLife === undefined ? 1 : 2 ** (-(t - td) / r.halfLife));
  return s;
}
