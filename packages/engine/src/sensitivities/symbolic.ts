/**
 * Symbolic derivatives for forward sensitivity analysis: ∂f/∂p (the right-hand side with respect to
 * the stored values p of a compiled model) and value + gradient functions of output expressions
 * (PEtab observables and noise formulas) with respect to the states y, the stored values p and extra
 * symbols (observable / noise parameters that live outside the model).
 *
 * Method: the same chain rule by substitution the compiler uses for its analytic Jacobian
 * (compile/jacobian.ts): assigned values (assignment rules, reaction rates) are expanded into
 * expressions of y and p only, a species stored as an amount but read as a concentration becomes
 * amount/V, then `differentiate` (symbolic) and `emitJs` produce straight-line code. The symbol
 * table is rebuilt by running compile stages 1–4 (validate, normalise, analyse, layout) on the
 * compiled model's IR — deterministic, so indices agree with the CompiledModel (checked).
 *
 * Forward sensitivities: Maly & Petzold, Appl. Numer. Math. 20 (1996) 57–79,
 * doi:10.1016/0168-9274(95)00117-4; Serban & Hindmarsh, CVODES, ASME IDETC 2005,
 * doi:10.1115/DETC2005-85597: s' = (∂f/∂y) s + (∂f/∂p) dp/dθ.
 */
import { analyse } from "../compile/analyse.js";
import { AMT, assignedExpander, differentiationVariable } from "../compile/expand-assigned.js";
import { layoutModel } from "../compile/layout.js";
import { normalise } from "../compile/normalise.js";
import type { CompiledModel } from "../compile/types.js";
import { validateModel } from "../compile/validate.js";
import { call, type Expr, sym } from "../expr/ast.js";
import { emitJs, type JsEmitContext } from "../expr/codegen-js.js";
import { differentiate } from "../expr/differentiate.js";
import { freeSymbols } from "../expr/inline.js";
import { runtimeHelpers } from "../expr/runtime.js";
import { Codes, EngineError } from "../messages.js";

const CHUNK = 100;

/** Value and gradient of one output expression over (t, y, p, extra). */
export interface OutputFunction {
  /** the expression's value; `x` holds the extra symbols in the order given at compile time */
  value(t: number, y: Float64Array, p: Float64Array, x: Float64Array): number;
  /**
   * gy[j] += ∂h/∂y_j·scale, gp[k] += ∂h/∂p_k·scale, gx[m] += ∂h/∂x_m·scale (accumulates: the caller
   * zeroes). Only the non-zero entries are touched.
   */
  gradient(
    t: number,
    y: Float64Array,
    p: Float64Array,
    x: Float64Array,
    scale: number,
    gy: Float64Array,
    gp: Float64Array,
    gx: Float64Array,
  ): void;
}

export interface SensitivityFunctions {
  nStates: number;
  nParams: number;
  /** D[i*nParams + k] ← ∂f_i/∂p_k (dense, row-major); zero entries are written as 0 */
  dfdp(t: number, y: Float64Array, p: Float64Array, D: Float64Array): void;
  /** number of structurally non-zero entries of ∂f/∂p */
  dfdpNonZeros: number;
  /** the structurally non-zero entries of ∂f/∂p (indices i*nParams + k into D), ascending; every other entry `dfdp` writes is 0 */
  dfdpPattern?: Int32Array;
  /**
   * ∂f/∂p for the columns `cols` only: writes just their structurally non-zero entries (no other
   * entry of D is touched — the caller reads only those). Generated on first use per column set
   * (the adjoint quadrature needs only the parameters some θ reaches, often far fewer than nParams).
   */
  dfdpColumns?(
    cols: readonly number[],
  ): (t: number, y: Float64Array, p: Float64Array, D: Float64Array) => void;
  /**
   * Compile an output expression over model symbols (as SBML math reads them: species as
   * concentrations unless hasOnlySubstanceUnits), `time`, and `extra` symbols (values in `x`).
   * Unknown symbols → EngineError(MODEL_UNDEFINED_SYMBOL) naming `what`.
   */
  compileOutput(e: Expr, extra: readonly string[], what?: string): OutputFunction;
  /**
   * Times where the right-hand side may jump: roots of the relational conditions of piecewise
   * expressions (in rules and rates) whose sides are affine in time and independent of the state —
   * the time-triggered switches of input functions (AMICI turns these into Heaviside events). The
   * integrator should stop and restart there. Sorted, distinct, finite.
   */
  breakpoints(p: Float64Array): number[];
}

type Fn = (...args: unknown[]) => unknown;

function linkBody(params: string, body: string[], ret?: string): Fn {
  // The text is compiler-made (vector reads, numbers, Math.*, M.* helpers): no user identifier reaches it.
  const parts: string[] = [];
  if (ret !== undefined) {
    parts.push(`return function f(${params}) { ${body.join("\n")} return ${ret}; };`);
  } else if (body.length <= CHUNK) {
    parts.push(`return function f(${params}) {\n${body.join("\n")}\n};`);
  } else {
    // V8 gives up optimising very large functions: split into chunks called in sequence
    const calls: string[] = [];
    for (let c = 0; c * CHUNK < body.length; c++) {
      parts.push(`function f_${c}(${params}) {\n${body.slice(c * CHUNK, (c + 1) * CHUNK).join("\n")}\n}`);
      calls.push(`f_${c}(${params});`);
    }
    parts.push(`return function f(${params}) {\n${calls.join("\n")}\n};`);
  }
  return new Function("M", `"use strict";\n${parts.join("\n")}`)(runtimeHelpers) as Fn;
}

/** Build ∂f/∂p and the output compiler for a compiled model. Cost: one symbolic pass over the model. */
export function sensitivityFunctions(compiled: CompiledModel): SensitivityFunctions {
  const model = compiled.model;
  validateModel(model);
  const an = analyse(normalise(model));
  const lay = layoutModel(an);
  const { layout } = lay;
  if (
    layout.nStates !== compiled.layout.nStates ||
    layout.nParams !== compiled.layout.nParams ||
    layout.stateIds.some((id, i) => compiled.layout.stateIds[i] !== id) ||
    layout.paramIds.some((id, i) => compiled.layout.paramIds[i] !== id)
  ) {
    throw new EngineError(Codes.SIM_BAD_SETTING, "sensitivities: the model changed after it was compiled");
  }
  const n = layout.nStates;
  const nP = layout.nParams;
  const info = an.info;

  const expand = assignedExpander(info);
  const varOf = (id: string): string => differentiationVariable(info, id);
  const stateVar = new Map(layout.stateIds.map((id, j) => [varOf(id), j]));
  const paramVar = new Map(layout.paramIds.map((id, k) => [varOf(id), k]));

  // ---- ∂f/∂p ----
  const ctx: JsEmitContext = {
    symbol: (name) => (name.startsWith(AMT) ? lay.slot(name.slice(AMT.length)) : lay.read(name)),
    time: "t",
    runtime: "M",
  };
  const body: string[] = ["D.fill(0);"];
  let nnz = 0;
  const pattern: number[] = [];
  const entryLines: { k: number; line: string }[] = [];
  let dfdpError: string | undefined;
  for (let i = 0; i < n; i++) {
    const si = info.get(layout.stateIds[i]);
    if (!si) continue;
    let f: Expr | undefined;
    if (si.algebraic && si.residual) f = si.residual;
    else if (si.amountRate) f = si.amountRate;
    else if (si.rateRule) f = si.rateRule;
    else if (si.reactionTerms && si.reactionTerms.length > 0) {
      const parts = si.reactionTerms.map((t) => call("times", t.stoich, sym(t.reaction)));
      f = parts.length === 1 ? parts[0] : call("plus", ...parts);
      if (si.conversionFactor) f = call("times", sym(si.conversionFactor), f);
    }
    if (!f) continue;
    try {
      const fx = expand(f);
      for (const s of freeSymbols(fx)) {
        const k = paramVar.get(s);
        if (k === undefined) continue;
        const d = differentiate(fx, s);
        if (d.kind === "num" && d.value === 0) continue;
        const line = `D[${i * nP + k}] = ${emitJs(d, ctx)};`;
        body.push(line);
        pattern.push(i * nP + k);
        entryLines.push({ k, line });
        nnz++;
      }
    } catch (err) {
      // e.g. delay(): no symbolic ∂f/∂p; forward sensitivities then refuse this model (simulation still works)
      dfdpError = `state "${layout.stateIds[i]}": ${(err as Error).message}`;
      break;
    }
  }
  const dfdpFn = (
    dfdpError === undefined
      ? linkBody("t, y, p, D", body)
      : () => {
          throw new EngineError(Codes.SIM_BAD_SETTING, `sensitivities: no symbolic ∂f/∂p (${dfdpError})`);
        }
  ) as (t: number, y: Float64Array, p: Float64Array, D: Float64Array) => void;

  const byColumns = new Map<string, (t: number, y: Float64Array, p: Float64Array, D: Float64Array) => void>();
  const dfdpColumns = (cols: readonly number[]) => {
    if (dfdpError !== undefined) return dfdpFn;
    const key = [...cols].sort((a, b) => a - b).join(",");
    let fn = byColumns.get(key);
    if (!fn) {
      const want = new Set(cols);
      fn = linkBody(
        "t, y, p, D",
        entryLines.filter((e) => want.has(e.k)).map((e) => e.line),
      ) as (t: number, y: Float64Array, p: Float64Array, D: Float64Array) => void;
      byColumns.set(key, fn);
    }
    return fn;
  };

  const compileOutput = (e: Expr, extra: readonly string[], what = "expression"): OutputFunction => {
    const extraIndex = new Map(extra.map((x, m) => [x, m]));
    // extra symbols shadow nothing: model symbols win (a parameter-table parameter that is also a
    // model parameter has one value, the model's)
    const ex = expand(e);
    const octx: JsEmitContext = {
      symbol: (name) => {
        if (name.startsWith(AMT)) return lay.slot(name.slice(AMT.length));
        if (layout.symbols.has(name)) {
          const se = layout.symbols.get(name)!;
          if (se.home === "w") {
            throw new EngineError(
              Codes.MODEL_UNDEFINED_SYMBOL,
              `${what}: "${name}" is defined by a cyclic rule and cannot be differentiated`,
            );
          }
          return lay.read(name);
        }
        const m = extraIndex.get(name);
        if (m !== undefined) return `x[${m}]`;
        throw new EngineError(Codes.MODEL_UNDEFINED_SYMBOL, `${what}: unknown symbol "${name}"`);
      },
      time: "t",
      runtime: "M",
    };
    const valueFn = linkBody("t, y, p, x", [], emitJs(ex, octx)) as OutputFunction["value"];
    const gbody: string[] = [];
    for (const s of freeSymbols(ex)) {
      let target: string | undefined;
      const j = stateVar.get(s);
      if (j !== undefined) target = `gy[${j}]`;
      else {
        const k = paramVar.get(s);
        if (k !== undefined) target = `gp[${k}]`;
        else if (!layout.symbols.has(s)) {
          const m = extraIndex.get(s);
          if (m !== undefined) target = `gx[${m}]`;
        }
      }
      if (target === undefined) continue;
      const d = differentiate(ex, s);
      if (d.kind === "num" && d.value === 0) continue;
      gbody.push(`${target} += s * (${emitJs(d, octx)});`);
    }
    const gradFn = linkBody("t, y, p, x, s, gy, gp, gx", gbody) as OutputFunction["gradient"];
    return { value: valueFn, gradient: gradFn };
  };

  // ---- time-triggered switches ----
  const TIME = "\u0000time";
  const timeToSym = (e: Expr): Expr => {
    switch (e.kind) {
      case "time":
        return sym(TIME);
      case "call":
        return { kind: "call", op: e.op, args: e.args.map(timeToSym) };
      case "fn":
        return { kind: "fn", name: e.name, args: e.args.map(timeToSym) };
      case "piecewise":
        return {
          kind: "piecewise",
          pieces: e.pieces.map((q) => ({ value: timeToSym(q.value), cond: timeToSym(q.cond) })),
          otherwise: e.otherwise === undefined ? undefined : timeToSym(e.otherwise),
        };
      default:
        return e;
    }
  };
  const relationals: Expr[] = [];
  const seenRel = new Set<string>();
  const collect = (e: Expr, inCond: boolean): void => {
    if (e.kind === "piecewise") {
      for (const q of e.pieces) {
        collect(q.value, inCond);
        collect(q.cond, true);
      }
      if (e.otherwise) collect(e.otherwise, inCond);
    } else if (e.kind === "call") {
      const rel =
        e.op === "lt" || e.op === "gt" || e.op === "leq" || e.op === "geq" || e.op === "eq" || e.op === "neq";
      if (rel && inCond) {
        for (let a = 0; a + 1 < e.args.length; a++) {
          const g = call("minus", e.args[a], e.args[a + 1]);
          const key = JSON.stringify(g);
          if (!seenRel.has(key)) {
            seenRel.add(key);
            relationals.push(g);
          }
        }
      }
      for (const a of e.args)
        collect(a, inCond || rel || e.op === "and" || e.op === "or" || e.op === "not" || e.op === "xor");
    } else if (e.kind === "fn") for (const a of e.args) collect(a, inCond);
  };
  for (const si of info.values()) {
    if (si.assigned) collect(si.assigned, false);
    if (si.rateRule) collect(si.rateRule, false);
    if (si.amountRate) collect(si.amountRate, false);
  }
  const switchFns: { g: Fn; dg: Fn }[] = [];
  for (const rel of relationals) {
    try {
      const gx = timeToSym(expand(rel));
      const fs = freeSymbols(gx);
      if (!fs.has(TIME)) continue;
      if ([...fs].some((s) => stateVar.has(s))) continue;
      const dg = differentiate(gx, TIME);
      if (freeSymbols(dg).has(TIME)) continue; // not affine in time
      const tctx: JsEmitContext = {
        symbol: (name) =>
          name === TIME ? "t" : name.startsWith(AMT) ? lay.slot(name.slice(AMT.length)) : lay.read(name),
        time: "t",
        runtime: "M",
      };
      switchFns.push({
        g: linkBody("t, p", [], emitJs(gx, tctx)),
        dg: linkBody("t, p", [], emitJs(dg, tctx)),
      });
    } catch {
      // a condition the differentiator cannot handle: no breakpoint from it (the step control copes)
    }
  }
  const breakpoints = (p: Float64Array): number[] => {
    const out = new Set<number>();
    for (const s of switchFns) {
      const slope = s.dg(0, p) as number;
      if (!(slope !== 0 && Number.isFinite(slope))) continue;
      const t = -(s.g(0, p) as number) / slope;
      if (Number.isFinite(t)) out.add(t);
    }
    return [...out].sort((a, b) => a - b);
  };

  return {
    breakpoints,
    nStates: n,
    nParams: nP,
    dfdp: dfdpFn,
    dfdpNonZeros: nnz,
    dfdpPattern: Int32Array.from(pattern).sort(),
    dfdpColumns,
    compileOutput,
  };
}
