/**
 * The chain rule by substitution, shared by the analytic Jacobian (compile/jacobian.ts) and the
 * sensitivity derivatives (sensitivities/symbolic.ts): every assigned value an expression reads
 * (assignment rules, reaction rates) is expanded into an expression of stored values only (states y,
 * parameters p), and a species stored as an amount but read as a concentration becomes amount/V, so
 * that ∂/∂amount and ∂/∂V both come out right when the result is differentiated.
 */
import { call, type Expr, sym } from "../expr/ast.js";
import { freeSymbols, substitute } from "../expr/inline.js";
import type { Analysis } from "./analyse.js";

/** Prefix of the differentiation variable "amount of species X" (X itself reads as amount/V in math). */
export const AMT = "\u0000amt:";

/** The differentiation variable of a stored value: AMT+id for a species stored as amount but read as concentration. */
export function differentiationVariable(info: Analysis["info"], id: string): string {
  const si = info.get(id);
  return si?.decl.kind === "species" && si.mathIsConc && !si.storedConc ? AMT + id : id;
}

/** Returns `expand(e)`: e with every assigned symbol replaced by its expression in stored values (memoised). */
export function assignedExpander(info: Analysis["info"]): (e: Expr) => Expr {
  const memo = new Map<string, Expr>();
  const expandSym = (name: string, stack: Set<string>): Expr => {
    const m = memo.get(name);
    if (m) return m;
    const si = info.get(name);
    let out: Expr = sym(name);
    if (si?.home === "w" && si.assigned) {
      if (stack.has(name)) return out; // a cycle: leave the symbol (validation reports real cycles)
      stack.add(name);
      out = expand(si.assigned, stack);
      stack.delete(name);
    } else if (si?.decl.kind === "species" && si.mathIsConc && !si.storedConc && si.decl.species) {
      out = call("divide", sym(AMT + name), expandSym(si.decl.species.compartment, stack));
    }
    memo.set(name, out);
    return out;
  };
  const expand = (e: Expr, stack: Set<string>): Expr => {
    const map = new Map<string, Expr>();
    for (const s of freeSymbols(e)) {
      const x = expandSym(s, stack);
      if (!(x.kind === "sym" && x.name === s)) map.set(s, x);
    }
    return map.size > 0 ? substitute(e, map) : e;
  };
  return (e: Expr) => expand(e, new Set());
}
