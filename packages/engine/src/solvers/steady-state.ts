/**
 * Steady states of a compiled model: f(y) = 0 by a damped Newton iteration on the right-hand side
 * with its Jacobian, falling back to time integration when Newton does not converge (the strategy of
 * libRoadRunner's NLEQ/presimulation and of AMICI's steady-state solver).
 *
 * Conservation laws make the Jacobian singular: for a left null vector c of the stoichiometry matrix
 * N (cᵀN = 0), cᵀy is constant. They are detected from N (row reduction of [N | I]; Reder,
 * J. Theor. Biol. 135 (1988) 175, doi:10.1016/S0022-5193(88)80073-0) and each replaces one equation
 * of the Newton system by cᵀy − cᵀy0 = 0, so the steady state found is the one reachable from y0.
 * Damping: Armijo backtracking on ‖F‖₂ (Deuflhard, Newton Methods for Nonlinear Problems,
 * Springer 2004, doi:10.1007/978-3-642-23899-4, §3.1: the natural monotonicity test, simplified).
 */
import { leftNullSpace } from "../compile/analyse.js";
import { toOdeSystem } from "../compile/index.js";
import type { CompiledModel } from "../compile/types.js";
import { Codes, EngineError } from "../messages.js";
import { ConsistentInit } from "../simulate/consistent.js";
import { initialState, simulate } from "../simulate/simulate.js";
import { luFactor, luSolve } from "./linalg/dense-lu.js";
import type { IntegratorOptions } from "./types.js";

export interface SteadyStateOptions {
  /** values overriding the model's (as in simulate) */
  parameters?: Record<string, number>;
  /** start from this state instead of the model's initial state */
  y0?: Float64Array;
  /** convergence: max |f_i| / (atol + rtol |y_i|) ≤ 1 with these (defaults 1e-12, 1e-9) */
  absoluteTolerance?: number;
  relativeTolerance?: number;
  maxIterations?: number;
  /** allow integration when Newton fails (default true) */
  integrate?: boolean;
  /** integrator settings for the fallback */
  method?: string;
  options?: Partial<IntegratorOptions>;
}

export interface SteadyStateResult {
  /** the state (layout.stateIds order) */
  y: Float64Array;
  /** stored values (layout.paramIds order) */
  p: Float64Array;
  /** max-norm of f at the result */
  residual: number;
  /** how it was reached */
  method: "newton" | "integration+newton" | "integration";
  iterations: number;
  /** number of conservation laws used */
  conservationLaws: number;
}

export function steadyState(compiled: CompiledModel, opts: SteadyStateOptions = {}): SteadyStateResult {
  const { layout } = compiled;
  const n = layout.nStates;
  const st = initialState(compiled, 0, opts.parameters);
  const p = st.p;
  const y = opts.y0 ? Float64Array.from(opts.y0) : st.y;
  if (n === 0) return { y, p, residual: 0, method: "newton", iterations: 0, conservationLaws: 0 };
  if (compiled.hasAlgebraic) new ConsistentInit(compiled).solve(0, y, p);
  const atol = opts.absoluteTolerance ?? 1e-12;
  const rtol = opts.relativeTolerance ?? 1e-9;
  const sys = toOdeSystem(compiled, p);
  const cons = conservationLaws(compiled);

  const newton = (y: Float64Array): { ok: boolean; it: number; res: number } => {
    const f = new Float64Array(n);
    const F = new Float64Array(n);
    const J = new Float64Array(n * n);
    const piv = new Int32Array(n);
    const yTry = new Float64Array(n);
    const totals = cons.laws.map((c) => dot(c, y));
    const evalF = (yy: Float64Array, out: Float64Array): number => {
      sys.rhs(0, yy, f);
      out.set(f);
      cons.laws.forEach((c, k) => {
        out[cons.replacedRows[k]] = dot(c, yy) - totals[k];
      });
      let s = 0;
      for (let i = 0; i < n; i++) s += out[i] * out[i];
      return Math.sqrt(s);
    };
    let norm = evalF(y, F);
    const maxIt = opts.maxIterations ?? 100;
    for (let it = 0; it < maxIt; it++) {
      if (converged(f, y)) return { ok: true, it, res: maxAbs(f) };
      if (sys.jac) sys.jac(0, y, J);
      else fdJacobian(sys.rhs, y, f, J);
      cons.laws.forEach((c, k) => {
        const row = cons.replacedRows[k];
        for (let j = 0; j < n; j++) J[row * n + j] = c[j];
      });
      // algebraic rows already hold residuals: Newton treats them like the others
      if (luFactor(J, n, piv) !== 0) return { ok: false, it, res: maxAbs(f) };
      const dx = Float64Array.from(F);
      luSolve(J, n, piv, dx);
      let lambda = 1;
      let accepted = false;
      for (let d = 0; d < 40; d++) {
        for (let i = 0; i < n; i++) yTry[i] = y[i] - lambda * dx[i];
        const Ftry = new Float64Array(n);
        const nTry = evalF(yTry, Ftry);
        if (Number.isFinite(nTry) && nTry <= (1 - 1e-4 * lambda) * norm) {
          y.set(yTry);
          F.set(Ftry);
          norm = nTry;
          accepted = true;
          break;
        }
        lambda /= 2;
      }
      if (!accepted) {
        sys.rhs(0, y, f);
        return { ok: converged(f, y), it, res: maxAbs(f) };
      }
      sys.rhs(0, y, f);
    }
    return { ok: converged(f, y), it: maxIt, res: maxAbs(f) };
  };
  const converged = (f: Float64Array, yy: Float64Array): boolean => {
    const md = layout.massDiagonal;
    for (let i = 0; i < n; i++) {
      const scale = atol + rtol * Math.abs(yy[i]);
      if (!(Math.abs(f[i]) <= scale * (md && md[i] === 0 ? 1 : 1))) return false;
    }
    return true;
  };

  const yFirst = y.slice();
  const first = newton(yFirst);
  if (first.ok) {
    return {
      y: yFirst,
      p,
      residual: first.res,
      method: "newton",
      iterations: first.it,
      conservationLaws: cons.laws.length,
    };
  }
  if (opts.integrate === false) {
    throw new EngineError(
      Codes.SIM_STEADY_STATE,
      `Newton iteration did not reach a steady state (max |f| = ${first.res.toExponential(3)})`,
    );
  }
  // integrate over growing horizons, trying Newton from each end point
  let yCur: Float64Array = y.slice();
  let tTotal = 0;
  for (let horizon = 10; horizon <= 1e7; horizon *= 10) {
    const sol = simulateFrom(compiled, yCur, p, horizon, opts);
    yCur = sol;
    tTotal += horizon;
    const f = new Float64Array(n);
    sys.rhs(0, yCur, f);
    if (converged(f, yCur)) {
      return {
        y: yCur,
        p,
        residual: maxAbs(f),
        method: "integration",
        iterations: 0,
        conservationLaws: cons.laws.length,
      };
    }
    const yN = yCur.slice();
    const r = newton(yN);
    if (r.ok) {
      return {
        y: yN,
        p,
        residual: r.res,
        method: "integration+newton",
        iterations: r.it,
        conservationLaws: cons.laws.length,
      };
    }
  }
  const f = new Float64Array(n);
  sys.rhs(0, yCur, f);
  throw new EngineError(
    Codes.SIM_STEADY_STATE,
    `no steady state found: after integrating to t = ${tTotal} the largest rate of change is ${maxAbs(f).toExponential(3)}`,
    undefined,
    "the model may oscillate or grow without bound",
  );
}

/** Integrate an autonomous copy from state y (stored values p) for `horizon` time units; returns the end state. */
function simulateFrom(
  compiled: CompiledModel,
  y: Float64Array,
  p: Float64Array,
  horizon: number,
  opts: SteadyStateOptions,
): Float64Array {
  const { layout } = compiled;
  // express the start state as overrides of the state variables (amounts/concentrations as stored)
  const parameters: Record<string, number> = { ...(opts.parameters ?? {}) };
  const sels = layout.stateIds.filter((id) => !id.startsWith("\u0000"));
  const sol = simulate(compiled, {
    start: 0,
    end: horizon,
    points: 2,
    selections: sels.map((id) => {
      const e = layout.symbols.get(id);
      return e?.kind === "species" && e.storedConc ? `[${id}]` : id;
    }),
    method: opts.method ?? "auto",
    options: { relativeTolerance: 1e-8, absoluteTolerance: 1e-12, ...(opts.options ?? {}) },
    parameters: { ...parameters, ...stateOverrides(compiled, y, p) },
  });
  const out = y.slice();
  sels.forEach((id, c) => {
    out[layout.stateIds.indexOf(id)] = sol.values[c][1];
  });
  return out;
}

/** Overrides (in file units) that reproduce state y with stored values p. */
function stateOverrides(compiled: CompiledModel, y: Float64Array, p: Float64Array): Record<string, number> {
  const { layout, model } = compiled;
  const out: Record<string, number> = {};
  const read = (id: string): number => {
    const e = layout.symbols.get(id);
    if (!e) return Number.NaN;
    return e.home === "y" ? y[e.index] : e.home === "p" ? p[e.index] : Number.NaN;
  };
  layout.stateIds.forEach((id, i) => {
    const e = layout.symbols.get(id);
    if (!e || id.startsWith("\u0000")) return;
    if (e.kind === "species") {
      const s = model.species.find((x) => x.id === id);
      const fileIsConc = s?.initialAmount === undefined && s?.initialConcentration !== undefined;
      const V = e.compartment ? read(e.compartment) : 1;
      const amount = e.storedConc ? y[i] * V : y[i];
      out[id] = fileIsConc ? amount / V : amount;
    } else out[id] = y[i];
  });
  layout.paramIds.forEach((id, i) => {
    if (!id.includes(".") && !id.startsWith("\u0000") && !(id in out)) {
      const e = layout.symbols.get(id);
      if (e?.kind === "species") {
        const s = model.species.find((x) => x.id === id);
        const fileIsConc = s?.initialAmount === undefined && s?.initialConcentration !== undefined;
        const V = e.compartment ? read(e.compartment) : 1;
        out[id] = fileIsConc ? p[i] / V : p[i];
      } else out[id] = p[i];
    }
  });
  return out;
}

/** Conservation laws from the stoichiometry; each gets a distinct row of the system to replace. */
export function conservationLaws(compiled: CompiledModel): { laws: Float64Array[]; replacedRows: number[] } {
  const n = compiled.layout.nStates;
  const st = compiled.stoichiometry;
  if (!st.complete || st.rows.length === 0) return { laws: [], replacedRows: [] };
  const rIndex = new Map<number, number>();
  for (const e of st.entries) if (!rIndex.has(e.r)) rIndex.set(e.r, rIndex.size);
  const rows = st.rows;
  const N = rows.map(() => new Array(rIndex.size).fill(0));
  for (const e of st.entries) N[rows.indexOf(e.i)][rIndex.get(e.r) as number] += e.value;
  const L = leftNullSpace(N, rows.length, rIndex.size);
  const laws: Float64Array[] = [];
  const replacedRows: number[] = [];
  for (const l of L) {
    const c = new Float64Array(n);
    let best = -1;
    let bestV = 0;
    l.forEach((v, k) => {
      c[rows[k]] = v;
      if (Math.abs(v) > bestV && !replacedRows.includes(rows[k])) {
        bestV = Math.abs(v);
        best = rows[k];
      }
    });
    if (best < 0) continue;
    laws.push(c);
    replacedRows.push(best);
  }
  return { laws, replacedRows };
}

function fdJacobian(
  rhs: (t: number, y: Float64Array, dy: Float64Array) => void,
  y: Float64Array,
  f0: Float64Array,
  J: Float64Array,
): void {
  const n = y.length;
  const f1 = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const save = y[j];
    const h = Math.sqrt(Number.EPSILON) * Math.max(Math.abs(save), 1e-8);
    y[j] = save + h;
    rhs(0, y, f1);
    y[j] = save;
    for (let i = 0; i < n; i++) J[i * n + j] = (f1[i] - f0[i]) / h;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}
