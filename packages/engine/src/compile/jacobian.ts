/**
 * Compile stage 5b — the analytic Jacobian J[i·n + j] = ∂f_i/∂y_j, by symbolic differentiation of
 * each state derivative after substituting the assigned values it reads (chain rule through
 * assignment rules and reaction rates by substitution). A species stored as an amount but read as a
 * concentration is rewritten as amount/V first, so that ∂/∂amount and ∂/∂V both come out right.
 * When an expression cannot be differentiated (delay, discontinuous functions the differentiator
 * rejects) or the text grows too large, no Jacobian is generated and the solvers use finite
 * differences.
 */
import type { Expr } from "../expr/ast.js";
import { emitJs, type JsEmitContext } from "../expr/codegen-js.js";
import { differentiate } from "../expr/differentiate.js";
import { freeSymbols } from "../expr/inline.js";
import type { Analysis } from "./analyse.js";
import type { EmittedFunction } from "./emit.js";
import { AMT, assignedExpander, differentiationVariable } from "./expand-assigned.js";
import type { LayoutResult } from "./layout.js";

const MAX_TEXT = 2_000_000;
const MAX_TREE = 200_000;

const sizes = new WeakMap<Expr, number>();
/** number of nodes of e printed as a tree (shared subtrees counted every time), memoised per node */
function treeSize(e: Expr): number {
  const m = sizes.get(e);
  if (m !== undefined) return m;
  let n = 1;
  switch (e.kind) {
    case "call":
    case "fn":
      for (const a of e.args) n += treeSize(a);
      break;
    case "piecewise":
      for (const p of e.pieces) n += treeSize(p.value) + treeSize(p.cond);
      if (e.otherwise) n += treeSize(e.otherwise);
      break;
    case "lambda":
      n += treeSize(e.body);
      break;
    default:
      break;
  }
  sizes.set(e, n);
  return n;
}

/** The Jacobian function and its structural sparsity pattern (row-major n×n, 1 = may be nonzero). */
export function emitJacobian(
  an: Analysis,
  lay: LayoutResult,
): { fn: EmittedFunction; pattern: Uint8Array } | undefined {
  const { layout } = lay;
  const n = layout.nStates;
  if (n === 0) return undefined;
  const info = an.info;
  const expand = assignedExpander(info);
  // differentiation variable of each state
  const varName = layout.stateIds.map((id) => differentiationVariable(info, id));
  const varIndex = new Map(varName.map((v, j) => [v, j]));
  const ctx: JsEmitContext = {
    symbol: (name) => (name.startsWith(AMT) ? lay.slot(name.slice(AMT.length)) : lay.read(name)),
    time: "t",
    runtime: "M",
  };
  const body: string[] = [`J.fill(0);`];
  const pattern = new Uint8Array(n * n);
  let size = 0;
  try {
    for (let i = 0; i < n; i++) {
      const si = info.get(layout.stateIds[i]);
      if (!si) continue;
      const f = si.derivExpr;
      if (!f) continue;
      const fx = expand(f);
      // substitution shares subtrees; printed (and differentiated) they are copied: give up on
      // expressions whose tree would be huge (deeply nested rules used many times)
      if (treeSize(fx) > MAX_TREE) return undefined;
      for (const s of freeSymbols(fx)) {
        const j = varIndex.get(s);
        if (j === undefined) continue;
        const d = differentiate(fx, s);
        if (d.kind === "num" && d.value === 0) continue;
        const text = `J[${i * n + j}] = ${emitJs(d, ctx)};`;
        size += text.length;
        if (size > MAX_TEXT) return undefined;
        body.push(text);
        pattern[i * n + j] = 1;
      }
    }
  } catch {
    return undefined;
  }
  return { fn: { name: "jac", params: "t, y, p, w, J", body, splittable: true }, pattern };
}
