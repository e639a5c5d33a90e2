/**
 * Compile stage 5 — emit: one small emitter per generated function, all sharing the symbol table
 * of stage 4 (libRoadRunner's per-function code generators). Each emitter returns the statements of
 * one function body; stage 6 wraps them (and splits long bodies into chunks).
 *
 * Generated functions and their arguments (t time, y state, p stored values, w assigned values):
 *   assign(t,y,p,w)               assignment rules, reaction rates, stoichiometryMath, in dependency order
 *   deriv(t,y,p,w,dy)             d/dt of the state (amount rates Σ n·v·cf; rate rules; algebraic residuals)
 *   initialize(t,b,f,y,p,w)       initial values, initial assignments and rules together in dependency order
 *   triggers(t,y,p,w,o)           event trigger values as 1/0
 *   EV[k], EA[k], ED[k], EP[k]    event k: assignment values, apply, delay, priority
 *   DX[k]                         value of the k-th delay() argument (evaluated on a past state)
 * Inside any expression, delay(x, τ) becomes D(k, t − τ, t, y, p, w): the history lookup.
 */
import type { Expr } from "../expr/ast.js";
import { emitJs, emitJsCondition, type JsEmitContext } from "../expr/codegen-js.js";
import type { Analysis } from "./analyse.js";
import type { LayoutResult } from "./layout.js";

export interface EmittedFunction {
  name: string;
  params: string;
  body: string[];
  /** when true the body is a list of independent statements that may be split into chunks */
  splittable: boolean;
}

export interface Emitted {
  functions: EmittedFunction[];
  /** per-event function lists */
  eventFunctions: {
    values: EmittedFunction;
    apply: EmittedFunction;
    delay: EmittedFunction;
    priority: EmittedFunction;
    root: EmittedFunction;
  }[];
  delayed: EmittedFunction[];
  delayExprs: Expr[];
  constantDelays: number[];
  /** delayed expression k reads assigned values (so `assign` must run on the past state first) */
  delayReadsAssigned: boolean[];
}

export function emitModel(an: Analysis, lay: LayoutResult): Emitted {
  const delayExprs: Expr[] = [];
  const constantDelays: number[] = [];
  const ctx: JsEmitContext = {
    symbol: (name) => lay.read(name),
    time: "t",
    runtime: "M",
    delay: (x, tauJs) => {
      const k = delayExprs.push(x) - 1;
      const tauNum = Number(tauJs.replace(/^\((.*)\)$/, "$1"));
      if (Number.isFinite(tauNum)) constantDelays.push(tauNum);
      else constantDelays.push(Number.NaN);
      return `D(${k}, t - ${tauJs}, t, y, p, w)`;
    },
  };
  const js = (e: Expr) => emitJs(e, ctx);
  const cond = (e: Expr) => emitJsCondition(e, ctx);
  const { layout } = lay;
  const info = an.info;

  // ---- assign ----
  const assign: string[] = [];
  for (const id of an.assignOrder) {
    const si = info.get(id);
    if (!si?.assigned) continue;
    assign.push(`${lay.slot(id)} = ${js(si.assigned)};`);
  }

  // ---- assignRhs: only what the derivatives read (observables-only rules are skipped) ----
  const assignRhs: string[] = [];
  for (const id of an.assignRhsOrder) {
    const si = info.get(id);
    if (!si?.assigned) continue;
    assignRhs.push(`${lay.slot(id)} = ${js(si.assigned)};`);
  }

  // ---- deriv ----
  const deriv: string[] = [];
  layout.stateIds.forEach((id, i) => {
    const si = info.get(id);
    deriv.push(`dy[${i}] = ${si?.derivExpr ? js(si.derivExpr) : "0"};`);
  });

  // ---- initialize ----
  const init: string[] = [];
  for (const id of an.initOrder) {
    const si = info.get(id);
    const entry = layout.symbols.get(id);
    if (!si || !entry) continue;
    const g = entry.g;
    let baseJs = `b[${g}]`;
    const e = an.initExpr.get(id);
    let exprJs: string | undefined;
    if (si.decl.kind === "species" && si.decl.species) {
      const V = lay.slot(si.decl.species.compartment);
      const baseConc = lay.baseIsConc[g] === 1;
      if (baseConc && !si.storedConc) baseJs = `b[${g}] * ${V}`;
      else if (!baseConc && si.storedConc) baseJs = `b[${g}] / ${V}`;
      if (e) {
        exprJs = js(e);
        if (si.mathIsConc && !si.storedConc) exprJs = `(${exprJs}) * ${V}`;
      }
    } else if (e) exprJs = js(e);
    const target = lay.slot(id);
    if (exprJs === undefined) init.push(`${target} = ${baseJs};`);
    else if (si.home === "w") init.push(`${target} = ${exprJs};`);
    else init.push(`${target} = f[${g}] ? ${baseJs} : ${exprJs};`);
  }

  // ---- triggers ----
  const triggers: string[] = an.events.map((ev, k) => `o[${k}] = (${cond(ev.trigger)}) ? 1 : 0;`);

  // ---- per event ----
  const eventFunctions = an.events.map((ev, k) => {
    const values: string[] = ev.assignments.map((a, j) => `o[${j}] = ${js(a.math)};`);
    // apply: species first, so that a concentration assigned together with a new compartment
    // size becomes amount = c · V(before the event) — all event values are computed before any is
    // assigned (SBML test 01780 fixes this reading)
    const order = ev.assignments
      .map((a, j) => ({ a, j, isSpecies: info.get(a.variable)?.decl.kind === "species" }))
      .sort((x, y) => Number(y.isSpecies) - Number(x.isSpecies));
    const apply: string[] = [];
    for (const { a, j, isSpecies } of order) {
      const si = info.get(a.variable);
      const target = lay.slot(a.variable);
      if (isSpecies && si?.mathIsConc && !si.storedConc && si.decl.species) {
        apply.push(`${target} = v[${j}] * ${lay.slot(si.decl.species.compartment)};`);
      } else apply.push(`${target} = v[${j}];`);
    }
    // root function for event location: a − b for a trigger a (<|≤|>|≥) b, NaN otherwise
    const tr = ev.trigger;
    let rootJs = "NaN";
    if (tr.kind === "call" && ["gt", "geq", "lt", "leq"].includes(tr.op) && tr.args.length === 2) {
      rootJs = `(${js(tr.args[0])}) - (${js(tr.args[1])})`;
    }
    const mk = (name: string, params: string, body: string[]): EmittedFunction => ({
      name: `${name}${k}`,
      params,
      body,
      splittable: true,
    });
    return {
      values: mk("ev", "t, y, p, w, o", values),
      apply: mk("ea", "v, y, p, w", apply),
      delay: mk("ed", "t, y, p, w", [`return ${ev.delay ? js(ev.delay) : "0"};`]),
      priority: mk("ep", "t, y, p, w", [`return ${ev.priority ? js(ev.priority) : "0"};`]),
      root: mk("er", "t, y, p, w", [`return ${rootJs};`]),
    };
  });
  for (const f of eventFunctions) {
    f.delay.splittable = false;
    f.priority.splittable = false;
    f.root.splittable = false;
  }

  // ---- delayed expressions (may register more delays while emitting: loop until stable) ----
  const delayed: EmittedFunction[] = [];
  const delayReadsAssigned: boolean[] = [];
  for (let k = 0; k < delayExprs.length; k++) {
    const text = js(delayExprs[k]);
    delayReadsAssigned.push(/\bw\[/.test(text));
    delayed.push({ name: `dx${k}`, params: "t, y, p, w", body: [`return ${text};`], splittable: false });
  }

  return {
    functions: [
      { name: "assign", params: "t, y, p, w", body: assign, splittable: true },
      { name: "assignRhs", params: "t, y, p, w", body: assignRhs, splittable: true },
      { name: "deriv", params: "t, y, p, w, dy", body: deriv, splittable: true },
      { name: "initialize", params: "t, b, f, y, p, w", body: init, splittable: true },
      { name: "triggers", params: "t, y, p, w, o", body: triggers, splittable: true },
    ],
    eventFunctions,
    delayed,
    delayExprs,
    constantDelays,
    delayReadsAssigned,
  };
}
