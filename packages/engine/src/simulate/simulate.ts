/**
 * Time courses of a compiled model: drives an `Integrator` step by step, locates events on its dense
 * output, executes them with SBML semantics, keeps the history that delay() reads, and samples the
 * requested selections at exactly the requested times (from dense output, never by stepping to them).
 *
 * Event semantics (SBML Level 3 Version 2 core, §4.12, doi:10.1515/jib-2019-0021):
 *  - a trigger fires on a false → true transition; with initialValue=false a trigger true at t0
 *    fires at t0;
 *  - delayed events execute at trigger time + delay; assignment values are computed at trigger
 *    time when useValuesFromTriggerTime, else at execution time;
 *  - persistent=false: a pending event is cancelled when its trigger becomes false first;
 *  - simultaneous events execute in order of priority (recomputed before each execution; higher
 *    first; ties between equal priorities in random order from a seeded generator, events without
 *    priority after those with, in document order); every execution may trigger further events at
 *    the same instant, which join the queue (cascade until none is left);
 *  - after each execution assignment rules are re-evaluated; the integrator restarts afterwards.
 * Event location: trigger values are checked at the end and at interior points of every step;
 * a change is bracketed on the step's dense output and narrowed to a few ulps (Illinois regula
 * falsi on a − b for a single comparison trigger, bisection otherwise); the later end is taken, so
 * the trigger is already true where the event executes. Outputs at the event time report values
 * after it.
 */
import { START_TIME } from "../compile/analyse.js";
import { baseValues, type CompiledModel, toOdeSystem } from "../compile/index.js";
import { Codes, EngineError } from "../messages.js";
import { makeIntegrator, type SolverSettings } from "../solvers/registry.js";
import type { Integrator, IntegratorOptions, IntegratorStats } from "../solvers/types.js";
import { ConsistentInit } from "./consistent.js";
import { SolutionHistory } from "./history.js";
import { type ParsedSelection, parseSelection } from "./selections.js";

export interface SimulateOptions {
  start?: number;
  end?: number;
  /** number of output points including start and end (default 101) */
  points?: number;
  /** explicit output times (overrides start/end/points); must be non-decreasing */
  times?: readonly number[];
  /** libRoadRunner selections; default time and all species amounts */
  selections?: readonly string[];
  /** solver name, default "auto" */
  method?: string;
  options?: Partial<IntegratorOptions> & SolverSettings;
  /** values that override the model's (parameters, compartment sizes, species initial values in file units) */
  parameters?: Record<string, number>;
  /** seed for the random order of simultaneous events with equal priority */
  seed?: number;
}

export interface FiredEvent {
  t: number;
  id: string;
}

export interface Solution {
  columns: string[];
  t: Float64Array;
  /** one column per selection */
  values: Float64Array[];
  stats: IntegratorStats & { events: number; restarts: number };
  events: FiredEvent[];
}

interface Pending {
  k: number;
  time: number;
  values: Float64Array | null;
  /** order of creation (for stable ties) */
  seq: number;
}

/** mulberry32: a tiny seeded PRNG (Tommy Ettinger's public-domain generator). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function outputTimes(o: SimulateOptions): Float64Array {
  if (o.times) {
    const ts = Float64Array.from(o.times);
    for (let i = 1; i < ts.length; i++) {
      if (!(ts[i] >= ts[i - 1]))
        throw new EngineError(Codes.SIM_BAD_SETTING, "output times must be non-decreasing");
    }
    return ts;
  }
  const start = o.start ?? 0;
  const end = o.end ?? 10;
  const points = o.points ?? 101;
  if (!(end >= start))
    throw new EngineError(Codes.SIM_BAD_SETTING, `end (${end}) must not be before start (${start})`);
  if (!(points >= 1) || !Number.isInteger(points))
    throw new EngineError(Codes.SIM_BAD_SETTING, `points must be a positive integer, got ${points}`);
  const ts = new Float64Array(points);
  if (points === 1) ts[0] = start;
  else for (let i = 0; i < points; i++) ts[i] = start + (i * (end - start)) / (points - 1);
  return ts;
}

export { baseValues }; // base values + fixed flags as initialize() takes them (lives in compile/)

/** Initial vectors (y, p, w) at t0 with overrides applied. */
export function initialState(compiled: CompiledModel, t0: number, parameters?: Record<string, number>) {
  const { layout, fns } = compiled;
  const { b, fixed } = baseValues(compiled, parameters);
  const y = new Float64Array(layout.nStates);
  const p = new Float64Array(layout.nParams);
  const w = new Float64Array(layout.nAssigned);
  fns.initialize(t0, b, fixed, y, p, w);
  return { y, p, w };
}

export function simulate(compiled: CompiledModel, opts: SimulateOptions = {}): Solution {
  return new Simulation(compiled, opts).run();
}

class Simulation {
  private readonly fns: CompiledModel["fns"];
  private readonly n: number;
  private readonly nEv: number;
  private readonly times: Float64Array;
  private readonly sels: ParsedSelection[];
  private readonly needsDeriv: boolean;
  private y!: Float64Array;
  private p!: Float64Array;
  private w!: Float64Array;
  private readonly dy: Float64Array;
  private readonly ys: Float64Array;
  private readonly ws: Float64Array;
  private readonly dys: Float64Array;
  private readonly trigPrev: Uint8Array;
  private readonly trigCur: Uint8Array;
  private readonly trigTmp: Uint8Array;
  private pending: Pending[] = [];
  private seq = 0;
  private readonly random: () => number;
  private readonly out: Float64Array[];
  private outIdx = 0;
  private readonly fired: FiredEvent[] = [];
  private history: SolutionHistory | null = null;
  private consistent: ConsistentInit | null = null;
  private integ!: Integrator;
  private restarts = 0;
  private readonly evalBuf: Float64Array;

  constructor(
    private readonly compiled: CompiledModel,
    private readonly opts: SimulateOptions,
  ) {
    const { layout } = compiled;
    this.fns = compiled.fns;
    // a model without states still needs a clock for its events: one dummy state with y' = 0
    this.n = Math.max(1, layout.nStates);
    this.nEv = compiled.events.length;
    this.times = outputTimes(opts);
    const selections = opts.selections ?? ["time", ...layout.species];
    this.sels = selections.map((s) => parseSelection(compiled, s));
    this.needsDeriv = this.sels.some((s) => s.needsDeriv);
    this.dy = new Float64Array(this.n);
    this.ys = new Float64Array(this.n);
    this.ws = new Float64Array(layout.nAssigned);
    this.dys = new Float64Array(this.n);
    this.trigPrev = new Uint8Array(this.nEv);
    this.trigCur = new Uint8Array(this.nEv);
    this.trigTmp = new Uint8Array(this.nEv);
    this.random = rng(opts.seed ?? 1);
    this.out = this.sels.map(() => new Float64Array(this.times.length));
    let maxA = 0;
    for (const e of compiled.events) maxA = Math.max(maxA, e.nAssignments);
    this.evalBuf = new Float64Array(maxA);
  }

  run(): Solution {
    const { compiled, fns, times } = this;
    const t0 = times.length > 0 ? Math.min(this.opts.start ?? times[0], times[0]) : (this.opts.start ?? 0);
    const tEnd = times.length > 0 ? times[times.length - 1] : t0;
    const { b, fixed } = baseValues(compiled, this.opts.parameters);
    const t0Entry = compiled.layout.symbols.get(START_TIME);
    if (t0Entry) b[t0Entry.g] = t0;
    if (compiled.nDelays > 0) {
      // installed before initialisation: delay() reaching before t0 evaluates the model's
      // initial definitions at that earlier time (SBML tests 00940, 01318)
      this.history = new SolutionHistory(compiled, t0, b, fixed);
      compiled.setHistory(this.history);
    }
    const { layout } = compiled;
    const y0 = new Float64Array(layout.nStates);
    this.p = new Float64Array(layout.nParams);
    this.w = new Float64Array(layout.nAssigned);
    fns.initialize(t0, b, fixed, y0, this.p, this.w);
    this.y = y0.length > 0 ? y0 : new Float64Array(1);
    if (compiled.hasAlgebraic) {
      this.consistent = new ConsistentInit(compiled);
      this.consistent.solve(t0, this.y, this.p);
    }
    this.equilibrateFast(t0);
    fns.assign(t0, this.y, this.p, this.w);

    const sys =
      compiled.layout.nStates > 0
        ? toOdeSystem(compiled, this.p)
        : {
            n: 1,
            rhs: (_t: number, _y: Float64Array, dy: Float64Array) => {
              dy[0] = 0;
            },
          };
    const options: Partial<IntegratorOptions> & SolverSettings = { ...(this.opts.options ?? {}) };
    const userMax =
      (options.maxStep ?? options.maximum_time_step ?? Number.POSITIVE_INFINITY) || Number.POSITIVE_INFINITY;
    delete options.maximum_time_step;
    options.maxStep = userMax;
    if (this.nEv > 0 && times.length > 1) {
      // a trigger that turns on and off again inside one step would be missed: never step over
      // more than one output interval when the model has events
      const span = (times[times.length - 1] - times[0]) / (times.length - 1);
      if (span > 0) options.maxStep = Math.min(options.maxStep, span);
    }
    if (this.history) {
      this.history.snapshotParams(this.p);
      const md = compiled.minConstantDelay;
      if (md !== undefined && md > 0)
        options.maxStep = Math.min(options.maxStep ?? Number.POSITIVE_INFINITY, md / 2);
    }
    this.integ = makeIntegrator(sys, this.opts.method ?? "auto", options);

    // events at t0: triggers start at their initialValue
    for (let k = 0; k < this.nEv; k++) this.trigPrev[k] = compiled.events[k].initialValue ? 1 : 0;
    this.processEvents(t0);
    this.pushHistory(t0);
    this.sampleUpTo(t0, true, this.y);
    this.integ.init(t0, this.y);
    try {
      this.loop(tEnd);
    } finally {
      if (this.history) compiled.setHistory(null);
    }
    const s = this.integ.stats;
    return {
      columns: this.sels.map((x) => x.column),
      t: times.slice(),
      values: this.out,
      stats: { ...s, events: this.fired.length, restarts: this.restarts },
      events: this.fired,
    };
  }

  private loop(tEnd: number): void {
    const { fns, integ } = this;
    let tCur = integ.t;
    while (this.outIdx < this.times.length) {
      const tNextEvent = this.nextPendingTime();
      if (tNextEvent <= tCur) {
        // a delayed event due now
        this.processEvents(tCur);
        this.sampleUpTo(tCur, true, this.y);
        this.restart(tCur);
        continue;
      }
      const tStop = Math.min(tEnd, tNextEvent);
      if (tCur >= tEnd && tNextEvent > tEnd) {
        this.sampleUpTo(tCur, true, this.y);
        break;
      }
      integ.step(tStop);
      const t1 = integ.t;
      if (this.nEv > 0) {
        // check the triggers at a few interior points of the step too, so that a trigger that
        // turns on and off again within one step (a short time window) is not missed
        let a = integ.tPrev;
        let bracket = Number.NaN;
        for (let j = 1; j <= TRIGGER_PROBES; j++) {
          const tj = j === TRIGGER_PROBES ? t1 : integ.tPrev + (j * (t1 - integ.tPrev)) / TRIGGER_PROBES;
          if (j === TRIGGER_PROBES) this.ys.set(integ.y);
          else integ.interpolate(tj, this.ys);
          fns.assign(tj, this.ys, this.p, this.ws);
          fns.triggers(tj, this.ys, this.p, this.ws, this.trigTmp);
          if (differs(this.trigTmp, this.trigPrev)) {
            bracket = tj;
            break;
          }
          a = tj;
        }
        if (!Number.isNaN(bracket)) {
          const tEv = this.locate(a, bracket);
          this.sampleUpTo(tEv, false);
          integ.interpolate(tEv, this.y);
          fns.assign(tEv, this.y, this.p, this.w);
          this.pushHistory(tEv);
          this.processEvents(tEv);
          this.pushHistory(tEv);
          this.sampleUpTo(tEv, true, this.y);
          this.restart(tEv);
          tCur = tEv;
          continue;
        }
      }
      tCur = t1;
      if (this.history) {
        this.y.set(integ.y);
        this.pushHistory(t1);
      }
      if (this.nextPendingTime() <= t1) {
        this.sampleUpTo(t1, false);
        this.y.set(integ.y);
        fns.assign(t1, this.y, this.p, this.w);
        this.processEvents(t1);
        this.pushHistory(t1);
        this.sampleUpTo(t1, true, this.y);
        this.restart(t1);
        continue;
      }
      this.sampleUpTo(t1, true, integ.y);
    }
  }

  /**
   * Fast reactions: run the fast subsystem alone (slow parts off) in pseudo-time with the clock
   * frozen at t until it rests, so that outputs at t already show the quasi-steady state.
   */
  private equilibrateFast(t: number): void {
    const k = this.compiled.slowOnIndex;
    if (k === undefined || this.compiled.layout.nStates === 0) return;
    const p2 = this.p.slice();
    p2[k] = 0;
    const inner = toOdeSystem(this.compiled, p2);
    const sys = { ...inner, rhs: (_tau: number, y: Float64Array, dy: Float64Array) => inner.rhs(t, y, dy) };
    if (inner.jac) {
      const jac = inner.jac;
      sys.jac = (_tau: number, y: Float64Array, J: Float64Array) => jac(t, y, J);
    }
    const integ = makeIntegrator(sys, "rodas5p", {
      relativeTolerance: 1e-12,
      absoluteTolerance: 1e-16,
      maxSteps: 100000,
    });
    integ.init(0, this.y);
    // the fast rates are scaled by 1e9: pseudo-time 1e-2 is 1e7 of their time constants
    const tauEnd = 1e-2;
    while (integ.t < tauEnd) integ.step(tauEnd);
    this.y.set(integ.y);
    if (this.consistent) this.consistent.solve(t, this.y, this.p);
  }

  private restart(t: number): void {
    if (this.consistent) this.consistent.solve(t, this.y, this.p);
    this.fns.assign(t, this.y, this.p, this.w);
    this.integ.init(t, this.y);
    // events that keep firing ever closer together (Zeno behaviour) would otherwise never end
    if (++this.restarts > MAX_RESTARTS) {
      throw new EngineError(
        Codes.SIM_MAX_STEPS,
        `more than ${MAX_RESTARTS} event restarts by t = ${t}: events fire ever closer together`,
        undefined,
        "check the event triggers for a trigger that an event's own assignments make true again",
      );
    }
  }

  private pushHistory(t: number): void {
    const h = this.history;
    if (!h) return;
    this.fns.assign(t, this.y, this.p, this.ws);
    this.fns.deriv(t, this.y, this.p, this.ws, this.dys);
    h.push(t, this.y, this.dys);
  }

  private nextPendingTime(): number {
    let m = Number.POSITIVE_INFINITY;
    for (const e of this.pending) if (e.time < m) m = e.time;
    return m;
  }

  /**
   * Earliest time in (a, b] where some trigger differs from trigPrev, on the dense output. The
   * bracket [lo, hi] always has the change not yet happened at lo and happened at hi (decided by
   * the trigger values themselves). When a single event changes and its trigger is one comparison
   * a op b, the Illinois variant of regula falsi on g = a − b proposes the points (Dowell & Jarratt,
   * BIT 11 (1971) 168, doi:10.1007/BF01934364); otherwise, and whenever a proposal falls outside
   * the bracket, bisection. Ends when hi − lo is a few ulps.
   */
  private locate(a: number, b: number): number {
    const { fns, integ, ys, ws, trigTmp, trigPrev, p } = this;
    const changedAt = (t: number): boolean => {
      integ.interpolate(t, ys);
      fns.assign(t, ys, p, ws);
      fns.triggers(t, ys, p, ws, trigTmp);
      return differs(trigTmp, trigPrev);
    };
    let lo = a;
    let hi = b;
    // the root function of the one event that changes at b, if there is exactly one
    changedAt(b);
    let gk = -1;
    for (let k = 0; k < this.nEv; k++) {
      if (trigTmp[k] !== trigPrev[k]) gk = gk === -1 ? k : -2;
    }
    let glo = Number.NaN;
    let ghi = Number.NaN;
    if (gk >= 0) {
      ghi = fns.eventRoot(gk, b, ys, p, ws);
      integ.interpolate(a, ys);
      fns.assign(a, ys, p, ws);
      glo = fns.eventRoot(gk, a, ys, p, ws);
    }
    let useG = Number.isFinite(glo) && Number.isFinite(ghi) && Math.sign(glo) !== Math.sign(ghi);
    let side = 0; // which end was kept last time (Illinois: halve its g when kept twice)
    for (let it = 0; it < 200; it++) {
      const tol = 4 * Number.EPSILON * Math.max(1, Math.abs(hi));
      if (hi - lo <= tol) break;
      let mid = Number.NaN;
      if (useG && it % 8 !== 7) mid = (lo * ghi - hi * glo) / (ghi - glo);
      if (!(mid > lo && mid < hi)) mid = lo + (hi - lo) / 2;
      // stay a little inside the bracket so that it keeps shrinking
      const gap = tol / 2;
      if (mid - lo < gap) mid = lo + gap;
      if (hi - mid < gap) mid = hi - gap;
      if (mid <= lo || mid >= hi) break;
      const changed = changedAt(mid);
      const gm = useG ? fns.eventRoot(gk, mid, ys, p, ws) : Number.NaN;
      if (useG && !Number.isFinite(gm)) useG = false;
      if (changed) {
        hi = mid;
        ghi = gm;
        if (side === 1) glo /= 2;
        side = 1;
      } else {
        lo = mid;
        glo = gm;
        if (side === -1) ghi /= 2;
        side = -1;
      }
      if (useG && Math.sign(glo) === Math.sign(ghi) && glo !== 0) useG = false;
    }
    // snap to a nearby output time at which the trigger has already changed (time-triggered events
    // such as time >= 5 then execute exactly at 5)
    const scale = 1e-11 * Math.max(1, Math.abs(hi));
    for (let i = this.outIdx; i < this.times.length && this.times[i] <= hi + scale; i++) {
      const ti = this.times[i];
      if (ti >= lo - scale && ti > a && ti <= b && ti < hi && changedAt(ti)) {
        hi = ti;
        break;
      }
    }
    return hi;
  }

  /** trigger a newly true event k at time t */
  private schedule(k: number, t: number): void {
    const ev = this.compiled.events[k];
    const { fns, y, p, w } = this;
    let time = t;
    if (ev.hasDelay) {
      const d = fns.eventDelay(k, t, y, p, w);
      if (!(d >= 0)) {
        throw new EngineError(
          Codes.SIM_NONFINITE,
          `event '${ev.id}' has a negative or undefined delay (${d}) at t = ${t}`,
        );
      }
      time = t + d;
      // snap onto an output time that rounding missed by a few ulps
      for (let i = this.outIdx; i < this.times.length; i++) {
        const ti = this.times[i];
        if (Math.abs(ti - time) <= 1e-12 * Math.max(1, Math.abs(ti))) {
          time = ti;
          break;
        }
        if (ti > time) break;
      }
    }
    let values: Float64Array | null = null;
    if (ev.useValuesFromTriggerTime) {
      values = new Float64Array(ev.nAssignments);
      fns.eventValues(k, t, y, p, w, values);
    }
    this.pending.push({ k, time, values, seq: this.seq++ });
  }

  /** compare current triggers with trigPrev: schedule new firings, cancel non-persistent ones */
  private updateTriggers(t: number): void {
    const { fns, y, p, w, trigCur, trigPrev } = this;
    fns.triggers(t, y, p, w, trigCur);
    for (let k = 0; k < this.nEv; k++) {
      if (trigCur[k] === trigPrev[k]) continue;
      if (trigCur[k] === 1) {
        trigPrev[k] = 1;
        this.schedule(k, t);
      } else {
        trigPrev[k] = 0;
        if (!this.compiled.events[k].persistent) this.pending = this.pending.filter((e) => e.k !== k);
      }
    }
  }

  /** execute every event due at time t, in priority order, with cascades */
  private processEvents(t: number): void {
    if (this.nEv === 0) return;
    const { fns, compiled } = this;
    this.updateTriggers(t);
    for (let guard = 0; guard < 100000; guard++) {
      const due = this.pending.filter((e) => e.time <= t);
      if (due.length === 0) return;
      // choose by priority (evaluated now), ties at random among prioritised, document order otherwise
      let best: Pending[] = [];
      let bestP = Number.NEGATIVE_INFINITY;
      let anyPrio = false;
      for (const e of due) {
        const ev = compiled.events[e.k];
        let pr = Number.NEGATIVE_INFINITY;
        if (ev.hasPriority) {
          pr = fns.eventPriority(e.k, t, this.y, this.p, this.w);
          if (Number.isNaN(pr)) pr = Number.NEGATIVE_INFINITY;
          anyPrio = true;
        }
        if (best.length === 0 || pr > bestP) {
          best = [e];
          bestP = pr;
        } else if (pr === bestP) best.push(e);
      }
      let chosen: Pending;
      if (best.length > 1 && anyPrio && bestP > Number.NEGATIVE_INFINITY) {
        chosen = best[Math.floor(this.random() * best.length)];
      } else {
        chosen = best.reduce((a, b) =>
          a.time < b.time ||
          (a.time === b.time && a.k < b.k) ||
          (a.time === b.time && a.k === b.k && a.seq < b.seq)
            ? a
            : b,
        );
      }
      this.pending.splice(this.pending.indexOf(chosen), 1);
      let vals = chosen.values;
      if (!vals) {
        vals = this.evalBuf;
        fns.eventValues(chosen.k, t, this.y, this.p, this.w, vals);
      }
      fns.eventApply(chosen.k, vals, this.y, this.p, this.w);
      fns.assign(t, this.y, this.p, this.w);
      if (this.history) this.history.snapshotParams(this.p);
      this.fired.push({ t, id: compiled.events[chosen.k].id });
      if (compiled.slowOnIndex !== undefined) {
        this.equilibrateFast(t);
        fns.assign(t, this.y, this.p, this.w);
      }
      this.updateTriggers(t);
    }
    throw new EngineError(
      Codes.SIM_STEP_FAILURE,
      `events keep firing at t = ${t} (more than 100000 at one instant)`,
    );
  }

  /**
   * Record outputs at times ≤ tLimit (< tLimit when inclusive=false). An output exactly at tLimit
   * reads `atLimit` (the state after events there) when given; everything else comes from the dense
   * output of the current step.
   */
  private sampleUpTo(tLimit: number, inclusive: boolean, atLimit?: Float64Array): void {
    const { times, fns, sels, p } = this;
    while (this.outIdx < times.length) {
      const ti = times[this.outIdx];
      if (inclusive ? ti > tLimit : ti >= tLimit) break;
      let y: Float64Array;
      if (ti === tLimit && atLimit) y = atLimit;
      else {
        this.integ.interpolate(ti, this.ys);
        y = this.ys;
      }
      const w = this.ws;
      fns.assign(ti, y, p, w);
      if (this.needsDeriv) fns.deriv(ti, y, p, w, this.dy);
      for (let c = 0; c < sels.length; c++) this.out[c][this.outIdx] = sels[c].read(ti, y, p, w, this.dy);
      this.outIdx++;
    }
  }
}

/** restarts after events allowed in one simulation */
const MAX_RESTARTS = 1_000_000;

/** trigger checks per step (interior points + the end) */
const TRIGGER_PROBES = 4;

function differs(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return true;
  return false;
}
