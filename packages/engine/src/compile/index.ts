/**
 * The compiler: Model IR → CompiledModel, a numbered pipeline with one small file per stage:
 *   1 validate   (validate.ts)  undefined symbols, rule conflicts, constant targets
 *   2 normalise  (normalise.ts) inline functions, local parameters, stoichiometry symbols
 *   3 analyse    (analyse.ts)   what determines each quantity; dependency order; algebraic matching
 *   4 layout     (layout.ts)    symbol table: y state, p stored values, w assigned values
 *   5 emit       (emit.ts)      JS bodies of the generated functions (+ jacobian.ts)
 *   6 link       (link.ts)      new Function on generated text only; chunking; cache
 *   7 verify     (verify.ts)    evaluate once at t0, report non-finite values
 */

import { Codes, EngineError } from "../messages.js";
import type { Model } from "../model/types.js";
import { type ParsedSelection, parseSelection } from "../simulate/selections.js";
import type { OdeSystem } from "../solvers/types.js";
import { analyse, type FastReactionMode, SLOW_ON } from "./analyse.js";
import { emitModel } from "./emit.js";
import { emitJacobian } from "./jacobian.js";
import { layoutModel } from "./layout.js";
import { link } from "./link.js";
import { normalise } from "./normalise.js";
import type { CompiledModel, SymbolEntry } from "./types.js";
import { validateModel } from "./validate.js";
import { verifyCompiled } from "./verify.js";

export type { CompiledModel, DelayHistory, GeneratedFunctions, ModelLayout, SymbolEntry } from "./types.js";

export interface CompileOptions {
  /** how fast reactions are simulated (default "scaled", see analyse.ts) */
  fastReactions?: FastReactionMode;
  /** generate the analytic Jacobian (default true; falls back to none when it would be too large) */
  jacobian?: boolean;
}

export function compileModel(model: Model, options: CompileOptions = {}): CompiledModel {
  validateModel(model); // 1
  const norm = normalise(model); // 2
  const an = analyse(norm, options.fastReactions); // 3
  const lay = layoutModel(an); // 4
  const em = emitModel(an, lay); // 5
  let jacPattern: Uint8Array | undefined;
  if (options.jacobian !== false && em.delayExprs.length === 0) {
    const jac = emitJacobian(an, lay);
    if (jac) {
      em.functions.push(jac.fn);
      jacPattern = jac.pattern;
    }
  }
  const linked = link(em); // 6
  const warnings = verifyCompiled(lay.layout, linked.fns, lay.base); // 7
  // numeric stoichiometry of reaction-driven states (for moiety detection in steady-state search)
  const stoich: CompiledModel["stoichiometry"] = { rows: [], entries: [], complete: true };
  lay.layout.stateIds.forEach((id, i) => {
    const si = an.info.get(id);
    if (!si?.reactionTerms || si.algebraic) return;
    if (si.conversionFactor) stoich.complete = false;
    stoich.rows.push(i);
    for (const t of si.reactionTerms) {
      if (t.fast) {
        stoich.complete = false;
        continue;
      }
      const r = lay.layout.symbols.get(t.reaction)?.index ?? -1;
      const s = t.stoich;
      let v = Number.NaN;
      if (s.kind === "num") v = s.value;
      else if (s.kind === "call" && s.op === "minus" && s.args.length === 1 && s.args[0].kind === "num")
        v = -s.args[0].value;
      if (!Number.isFinite(v) || r < 0) stoich.complete = false;
      else stoich.entries.push({ i, r, value: v });
    }
  });
  const constDelays = em.constantDelays.filter((d) => Number.isFinite(d) && d > 0);
  const L = lay.layout;
  const fns = linked.fns;
  const wScratch = new Float64Array(L.nAssigned);
  const dyScratch = new Float64Array(L.nStates);
  const selectionCache = new Map<string, ParsedSelection>();
  const compiled: CompiledModel = {
    model,
    layout: lay.layout,
    fns: linked.fns,
    events: an.events.map((ev) => ({
      id: ev.id,
      useValuesFromTriggerTime: ev.useValuesFromTriggerTime,
      initialValue: ev.initialValue,
      persistent: ev.persistent,
      hasDelay: ev.delay !== undefined,
      hasPriority: ev.priority !== undefined,
      nAssignments: ev.assignments.length,
    })),
    base: lay.base,
    nDelays: em.delayExprs.length,
    delayReadsAssigned: em.delayReadsAssigned,
    minConstantDelay:
      constDelays.length > 0 && constDelays.length === em.constantDelays.length
        ? Math.min(...constDelays)
        : undefined,
    source: linked.source,
    hash: linked.hash,
    warnings,
    setHistory: linked.setHistory,
    hasAlgebraic: lay.layout.massDiagonal !== undefined,
    stoichiometry: stoich,
    jacPattern,
    slowOnIndex: lay.layout.symbols.get(SLOW_ON)?.index,
    rhs(t, y, p, dy) {
      fns.assignRhs(t, y, p, wScratch);
      fns.deriv(t, y, p, wScratch, dy);
    },
    jac: fns.jac ? (t, y, p, J) => (fns.jac as NonNullable<typeof fns.jac>)(t, y, p, wScratch, J) : undefined,
    rates(t, y, p, out) {
      fns.assign(t, y, p, wScratch);
      L.reactions.forEach((id, k) => {
        out[k] = wScratch[(L.symbols.get(id) as SymbolEntry).index];
      });
    },
    initialValues(overrides, t0 = 0) {
      const { b, fixed } = baseValues(compiled, overrides);
      const y = new Float64Array(L.nStates);
      const p = new Float64Array(L.nParams);
      const w = new Float64Array(L.nAssigned);
      fns.initialize(t0, b, fixed, y, p, w);
      return { y, p, w };
    },
    getValue(selection, t, y, p) {
      let sel = selectionCache.get(selection);
      if (!sel) {
        sel = parseSelection(compiled, selection);
        selectionCache.set(selection, sel);
      }
      fns.assign(t, y, p, wScratch);
      if (sel.needsDeriv) fns.deriv(t, y, p, wScratch, dyScratch);
      return sel.read(t, y, p, wScratch, dyScratch);
    },
  };
  return compiled;
}

/** Base values with overrides applied (fixed[g] = 1 keeps an override over initial assignments). */
export function baseValues(
  compiled: CompiledModel,
  overrides?: Record<string, number>,
): { b: Float64Array; fixed: Uint8Array } {
  const { layout } = compiled;
  const b = compiled.base.slice();
  const fixed = new Uint8Array(b.length);
  if (overrides) {
    for (const [name, v] of Object.entries(overrides)) {
      const e = layout.symbols.get(name);
      if (!e) {
        throw new EngineError(
          Codes.SIM_BAD_SETTING,
          `cannot set "${name}": no such compartment, species or parameter`,
        );
      }
      if (e.home === "w") {
        throw new EngineError(
          Codes.SIM_BAD_SETTING,
          `cannot set "${name}": an assignment rule determines it`,
        );
      }
      b[e.g] = v;
      fixed[e.g] = 1;
    }
  }
  return { b, fixed };
}

/**
 * The ODE system the solvers see, for stored values p (a copy of the compiled model's parameter
 * vector, possibly changed by events). Allocates its work vector once.
 */
export function toOdeSystem(compiled: CompiledModel, p: Float64Array): OdeSystem {
  const { fns, layout } = compiled;
  const w = new Float64Array(layout.nAssigned);
  const jacFn = fns.jac;
  const sys: OdeSystem = {
    n: layout.nStates,
    rhs(t, y, dy) {
      fns.assignRhs(t, y, p, w);
      fns.deriv(t, y, p, w, dy);
    },
    massDiagonal: layout.massDiagonal,
  };
  if (jacFn) {
    if (compiled.jacPattern) sys.jacPattern = compiled.jacPattern;
    // the generated Jacobian reads only t, y, p: no assigned values to compute first
    sys.jac = (t, y, J) => jacFn(t, y, p, w, J);
  }
  return sys;
}
