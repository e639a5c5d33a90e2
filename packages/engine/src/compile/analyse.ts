/**
 * Compile stage 3 — analyse: what determines each quantity, and in which order to compute them.
 *
 * SBML L3V2 core §4.11 and §3.4.8–3.4.9 fix the semantics used here:
 *  - a species changed by reactions (not boundary, not constant) is a state: d amount/dt =
 *    Σ stoichiometry × rate × conversion factor (rates are extent/time);
 *  - rate-rule variables are states; rate rules on a species with hasOnlySubstanceUnits=false set
 *    d[concentration]/dt, so that species is stored as a concentration;
 *  - assignment-rule variables, reaction rates and stoichiometryMath are assigned values (w),
 *    computed in dependency order (topological sort; a cycle is an error, §4.11.5);
 *  - algebraic rules determine variables nothing else determines: a maximum bipartite matching of
 *    rules to such candidate variables (Hopcroft–Karp style augmenting paths) picks them; those are
 *    states with a 0 on the mass-matrix diagonal (an index-1 DAE);
 *  - fast reactions (L2/L3V1) are replaced by their quasi-steady-state condition: each fast reaction
 *    contributes an algebraic equation rate = 0 and its species become algebraic, with the
 *    conservation relations of the fast subsystem as the remaining equations;
 *  - rateOf(x) is replaced by an expression for the derivative of x (§3.4.12).
 */
import { call, type Expr, num, sym } from "../expr/ast.js";
import { differentiate } from "../expr/differentiate.js";
import { freeSymbols, substitute } from "../expr/inline.js";
import { Codes, EngineError, type SourceLocation, UnsupportedFeatureError } from "../messages.js";
import type { Decl, NormModel } from "./normalise.js";
import type { Home } from "./types.js";

export interface SymInfo {
  id: string;
  decl: Decl;
  home: Home;
  /** species: math value is a concentration */
  mathIsConc: boolean;
  /** species: stored value is a concentration */
  storedConc: boolean;
  /** algebraic state (mass 0) */
  algebraic: boolean;
  /** the expression defining an assigned value (w) */
  assigned?: Expr;
  /** the derivative (y): math of a rate rule (in math units) */
  rateRule?: Expr;
  /** species with a rate rule on its concentration: d amount/dt = V·rule + [S]·dV/dt */
  amountRate?: Expr;
  /** the residual of the algebraic rule matched to this variable */
  residual?: Expr;
  /** species changed by (non-fast) reactions */
  reactionTerms?: { reaction: string; stoich: Expr; fast?: boolean }[];
  /** y states: the derivative (or algebraic residual) as emitted for rhs and Jacobian */
  derivExpr?: Expr;
  /** changed by something during simulation (rules, reactions, events) */
  varies: boolean;
  /** conversion factor symbol for reaction terms */
  conversionFactor?: string;
}

export interface Analysis {
  norm: NormModel;
  info: Map<string, SymInfo>;
  /** assigned symbols in evaluation order */
  assignOrder: string[];
  /** the subset of assignOrder the state derivatives depend on */
  assignRhsOrder: string[];
  /** every symbol in initialisation order with its initial expression (undefined → base value) */
  initOrder: string[];
  initExpr: Map<string, Expr | undefined>;
  /** rewritten expressions (rateOf replaced) for events */
  events: NormModel["events"];
}

const where = (norm: NormModel, loc: SourceLocation | undefined, element: string): SourceLocation => ({
  file: loc?.file ?? norm.model.source?.file,
  line: loc?.line,
  element: loc?.element ?? element,
});

/** Stored values that switch the parts of the rhs during fast-reaction equilibration. */
export const FAST_SCALE = "\u0000fastScale";
export const SLOW_ON = "\u0000slowOn";
/**
 * How fast reactions are simulated. "scaled" (default): singular perturbation — their rates are
 * multiplied by FAST_SCALE (1e9) in the rhs, and the simulator equilibrates the fast subsystem
 * alone (slow parts switched off by SLOW_ON = 0) at the start and after events, so the
 * quasi-steady state is reached in the direction the reactions run (Tikhonov's theorem; the
 * error of the reduced model is O(1/FAST_SCALE)). "algebraic": rate = 0 plus conservation
 * relations as an index-1 DAE (needs numeric stoichiometries).
 */
export type FastReactionMode = "scaled" | "algebraic";
const FAST_SCALE_VALUE = 1e9;

export function analyse(norm: NormModel, fastMode: FastReactionMode = "scaled"): Analysis {
  const info = new Map<string, SymInfo>();
  const model = norm.model;
  const compartmentDims = new Map<string, number | undefined>();
  for (const c of model.compartments) compartmentDims.set(c.id, c.spatialDimensions);

  // species changed by reactions
  const terms = new Map<string, { reaction: string; stoich: Expr; fast?: boolean }[]>();
  const fastReactions = norm.reactions.filter((r) => r.fast);
  const scaled = fastMode === "scaled" && fastReactions.length > 0;
  for (const r of norm.reactions) {
    if (r.fast && !scaled) continue;
    for (const t of r.terms) {
      const d = norm.decls.get(t.species);
      const s = d?.species;
      if (!s || s.boundaryCondition || s.constant) continue;
      let list = terms.get(t.species);
      if (!list) {
        list = [];
        terms.set(t.species, list);
      }
      list.push({ reaction: r.id, stoich: t.stoich, fast: r.fast || undefined });
    }
  }
  const eventTargets = new Set<string>();
  for (const ev of norm.events) for (const a of ev.assignments) eventTargets.add(a.variable);

  for (const [id, decl] of norm.decls) {
    let mathIsConc = false;
    if (decl.kind === "species" && decl.species) {
      const dims = compartmentDims.get(decl.species.compartment);
      mathIsConc = !decl.species.hasOnlySubstanceUnits && dims !== 0;
    }
    const si: SymInfo = {
      id,
      decl,
      home: "p",
      mathIsConc,
      storedConc: false,
      algebraic: false,
      varies: false,
    };
    if (decl.kind === "reaction") {
      si.home = "w";
      si.assigned = norm.reactions.find((r) => r.id === id)?.rate ?? num(0);
      si.varies = true;
    } else if (norm.assignmentRules.has(id)) {
      si.home = "w";
      si.assigned = norm.assignmentRules.get(id)?.math;
      si.storedConc = mathIsConc;
      si.varies = true;
    } else if (norm.rateRules.has(id)) {
      // the state stays the amount (an event that resizes the compartment keeps the amount,
      // SBML test 01505); d amount/dt = V·d[S]/dt + [S]·dV/dt is set below
      si.home = "y";
      si.rateRule = norm.rateRules.get(id)?.math;
      si.varies = true;
    } else if (terms.has(id)) {
      si.home = "y";
      si.reactionTerms = terms.get(id);
      si.varies = true;
    }
    if (decl.kind === "species") {
      const cf = decl.species?.conversionFactor ?? model.conversionFactor;
      if (cf) si.conversionFactor = cf;
    }
    if (eventTargets.has(id)) si.varies = true;
    info.set(id, si);
  }

  // the start time as a stored value (base 0; the simulator sets it)
  {
    const d: Decl = { id: START_TIME, kind: "parameter", constant: true, value: 0 };
    norm.decls.set(START_TIME, d);
    info.set(START_TIME, {
      id: START_TIME,
      decl: d,
      home: "p",
      mathIsConc: false,
      storedConc: false,
      algebraic: false,
      varies: false,
    });
  }
  if (scaled) {
    for (const [id, value] of [
      [FAST_SCALE, FAST_SCALE_VALUE],
      [SLOW_ON, 1],
    ] as const) {
      const d: Decl = { id, kind: "parameter", constant: true, value };
      norm.decls.set(id, d);
      info.set(id, {
        id,
        decl: d,
        home: "p",
        mathIsConc: false,
        storedConc: false,
        algebraic: false,
        varies: false,
      });
    }
  }

  // ---- fast reactions: equilibrium rate = 0, species become algebraic ----
  const algebraicRules: { math: Expr; loc?: SourceLocation; only?: Set<string> }[] = [...norm.algebraicRules];
  if (fastReactions.length > 0 && !scaled)
    addFastReactionConstraints(norm, info, fastReactions, algebraicRules);

  // ---- algebraic rules: match rules to otherwise undetermined variables ----
  if (algebraicRules.length > 0) matchAlgebraic(norm, info, algebraicRules);

  // ---- rateOf(x) → derivative expression ----
  const rateOfCache = new Map<string, Expr>();
  const derivativeOf = (x: string, stack: Set<string>): Expr => {
    const cached = rateOfCache.get(x);
    if (cached) return cached;
    const si = info.get(x);
    if (!si) throw new EngineError(Codes.MODEL_UNDEFINED_SYMBOL, `rateOf(${x}): '${x}' is not declared`);
    if (stack.has(x)) {
      throw new EngineError(
        Codes.MODEL_CYCLIC_RULES,
        `rateOf(${x}) depends on itself`,
        where(norm, si.decl.loc, x),
      );
    }
    stack.add(x);
    let d: Expr = num(0);
    if (si.rateRule) d = rewrite(si.rateRule, stack);
    else if (si.reactionTerms) {
      const parts = si.reactionTerms.map((t) => call("times", t.stoich, sym(t.reaction)));
      let amountRate: Expr = parts.length === 1 ? parts[0] : call("plus", ...parts);
      if (si.conversionFactor) amountRate = call("times", sym(si.conversionFactor), amountRate);
      if (si.mathIsConc && si.decl.species) {
        const c = si.decl.species.compartment;
        const dV = derivativeOf(c, stack);
        amountRate = call("divide", amountRate, sym(c));
        if (!(dV.kind === "num" && dV.value === 0)) {
          amountRate = call("minus", amountRate, call("divide", call("times", sym(x), dV), sym(c)));
        }
      }
      d = amountRate;
    } else if (si.assigned && si.decl.kind !== "reaction") {
      d = timeDerivative(rewrite(si.assigned, stack), stack);
    } else if (si.algebraic) {
      throw new UnsupportedFeatureError(
        "rateOf-algebraic",
        `rateOf(${x}) of an algebraic variable is not supported`,
        where(norm, si.decl.loc, x),
      );
    }
    stack.delete(x);
    rateOfCache.set(x, d);
    return d;
  };
  // total time derivative by the chain rule: ∂f/∂t + Σ ∂f/∂s · ds/dt
  const TIME_SYM = "\u0000time";
  const timeDerivative = (e: Expr, stack: Set<string>): Expr => {
    const et = replaceTime(e, sym(TIME_SYM));
    const partsOut: Expr[] = [];
    const dt = differentiate(et, TIME_SYM);
    partsOut.push(dt);
    for (const s of freeSymbols(et)) {
      if (s === TIME_SYM) continue;
      const ds = derivativeOf(s, stack);
      if (ds.kind === "num" && ds.value === 0) continue;
      partsOut.push(call("times", differentiate(et, s), ds));
    }
    const sum = partsOut.length === 1 ? partsOut[0] : call("plus", ...partsOut);
    return replaceSym(sum, TIME_SYM, { kind: "time" });
  };
  const rewrite = (e: Expr, stack: Set<string> = new Set()): Expr =>
    replaceRateOf(e, (x) => derivativeOf(x, stack));

  for (const si of info.values()) {
    if (si.assigned) si.assigned = rewrite(si.assigned);
    if (si.rateRule) si.rateRule = rewrite(si.rateRule);
    if (si.residual) si.residual = rewrite(si.residual);
  }
  for (const si of info.values()) {
    if (si.rateRule && si.mathIsConc && si.decl.species) {
      const c = si.decl.species.compartment;
      const dV = derivativeOf(c, new Set());
      const main = call("times", sym(c), si.rateRule);
      si.amountRate =
        dV.kind === "num" && dV.value === 0 ? main : call("plus", main, call("times", sym(si.id), dV));
    }
  }
  // the derivative of each state as generated code computes it
  for (const si of info.values()) {
    if (si.home !== "y") continue;
    let f: Expr = num(0);
    if (si.algebraic && si.residual) f = si.residual;
    else if (si.amountRate || si.rateRule) {
      f = (si.amountRate ?? si.rateRule) as Expr;
      if (scaled) f = call("times", sym(SLOW_ON), f);
    } else if (si.reactionTerms && si.reactionTerms.length > 0) {
      const sum = (ts: { reaction: string; stoich: Expr }[]): Expr | undefined => {
        const parts = ts.map((t) =>
          t.stoich.kind === "num" && t.stoich.value === 1
            ? sym(t.reaction)
            : call("times", t.stoich, sym(t.reaction)),
        );
        return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : call("plus", ...parts);
      };
      const slow = sum(si.reactionTerms.filter((t) => !t.fast));
      const fast = sum(si.reactionTerms.filter((t) => t.fast));
      const terms: Expr[] = [];
      if (slow) terms.push(scaled ? call("times", sym(SLOW_ON), slow) : slow);
      if (fast) terms.push(call("times", sym(FAST_SCALE), fast));
      f = terms.length === 1 ? terms[0] : call("plus", ...terms);
      if (si.conversionFactor) f = call("times", sym(si.conversionFactor), f);
    }
    si.derivExpr = f;
  }
  const events = norm.events.map((ev) => ({
    ...ev,
    trigger: rewrite(ev.trigger),
    delay: ev.delay ? rewrite(ev.delay) : undefined,
    priority: ev.priority ? rewrite(ev.priority) : undefined,
    assignments: ev.assignments.map((a) => ({ ...a, math: rewrite(a.math) })),
  }));

  // ---- dependency order of assigned values ----
  const depsOf = (e: Expr): string[] => {
    const out = new Set<string>();
    for (const s of freeSymbols(e)) {
      out.add(s);
      const si = info.get(s);
      if (si?.decl.kind === "species" && si.mathIsConc && !si.storedConc && si.decl.species)
        out.add(si.decl.species.compartment);
    }
    return [...out];
  };
  const wIds = [...info.values()].filter((s) => s.home === "w").map((s) => s.id);
  const assignOrder = topoSort(
    wIds,
    (id) => depsOf(info.get(id)?.assigned ?? num(0)).filter((d) => info.get(d)?.home === "w"),
    (cycle) =>
      new EngineError(
        Codes.MODEL_CYCLIC_RULES,
        `assignment rules form a cycle: ${cycle.join(" → ")}`,
        where(norm, info.get(cycle[0])?.decl.loc, `assignmentRule variable="${cycle[0]}"`),
      ),
  );

  // ---- initial values: initial assignments, assignment rules, rates, file values, together ----
  const initExpr = new Map<string, Expr | undefined>();
  for (const si of info.values()) {
    const ia = norm.initialAssignments.get(si.id);
    if (ia) initExpr.set(si.id, rewrite(ia.math));
    else if (si.assigned) initExpr.set(si.id, si.assigned);
    else initExpr.set(si.id, undefined);
  }
  const initDeps = (id: string): string[] => {
    const e = initExpr.get(id);
    const si = info.get(id);
    const deps = e ? depsOf(e) : [];
    if (si?.decl.kind === "species" && si.decl.species) {
      // converting between amount and concentration needs the compartment size
      const s = si.decl.species;
      const fileIsConc = s.initialConcentration !== undefined && s.initialAmount === undefined;
      const valueIsConc = e ? si.mathIsConc : fileIsConc;
      if (valueIsConc !== si.storedConc || fileIsConc) deps.push(s.compartment);
    }
    return deps.filter((d) => info.has(d));
  };
  const initOrder = topoSort(
    [...info.keys()],
    initDeps,
    (cycle) =>
      new EngineError(
        Codes.MODEL_CYCLIC_RULES,
        `initial assignments and rules form a cycle: ${cycle.join(" → ")}`,
        where(norm, info.get(cycle[0])?.decl.loc, cycle[0]),
      ),
  );
  // assigned values the derivatives need (transitively): the rhs computes only these
  const rhsNeeds = new Set<string>();
  const need = (e: Expr | undefined) => {
    if (!e) return;
    for (const d of depsOf(e)) {
      const si = info.get(d);
      if (si?.home === "w" && !rhsNeeds.has(d)) {
        rhsNeeds.add(d);
        need(si.assigned);
      }
    }
  };
  for (const si of info.values()) if (si.home === "y") need(si.derivExpr);
  const assignRhsOrder = assignOrder.filter((id) => rhsNeeds.has(id));
  return { norm, info, assignOrder, assignRhsOrder, initOrder, initExpr, events };
}

/** Fast reactions → algebraic constraints (rate_r = 0) plus conservation relations of the fast subsystem. */
function addFastReactionConstraints(
  norm: NormModel,
  info: Map<string, SymInfo>,
  fast: NormModel["reactions"],
  algebraicRules: { math: Expr; loc?: SourceLocation; only?: Set<string> }[],
): void {
  // species touched by fast reactions (non-boundary, non-constant)
  const fastSpecies: string[] = [];
  for (const r of fast) {
    for (const t of r.terms) {
      const s = info.get(t.species);
      if (!s?.decl.species || s.decl.species.boundaryCondition || s.decl.species.constant) continue;
      if (!fastSpecies.includes(t.species)) fastSpecies.push(t.species);
    }
  }
  // numeric stoichiometry matrix of the fast subsystem N (species × fast reactions)
  const nS = fastSpecies.length;
  const nR = fast.length;
  const N: number[][] = fastSpecies.map(() => new Array(nR).fill(0));
  for (let j = 0; j < nR; j++) {
    for (const t of fast[j].terms) {
      const i = fastSpecies.indexOf(t.species);
      if (i < 0) continue;
      if (
        t.stoich.kind !== "num" &&
        !(t.stoich.kind === "call" && t.stoich.op === "minus" && t.stoich.args[0].kind === "num")
      ) {
        throw new UnsupportedFeatureError(
          "fast-reaction-stoichiometry",
          `fast reaction '${fast[j].id}' needs numeric stoichiometries`,
          fast[j].loc,
        );
      }
      N[i][j] += t.stoich.kind === "num" ? t.stoich.value : -(t.stoich.args[0] as { value: number }).value;
    }
  }
  const only = new Set(fastSpecies);
  // conservation relations: left null space of N (rows c with c·N = 0), by Gaussian elimination on Nᵀ
  const cons = leftNullSpace(N, nS, nR);
  // the slow dynamics of each conserved total Σ c_i·amount_i: d/dt = Σ c_i·(slow amount rate of i)
  // The fast species become algebraic states: equations are the fast rates (= 0) and the totals
  // (integrated as extra differential states).
  for (const [k, c] of cons.entries()) {
    const id = `\u0000fast.total${k}`;
    const parts: Expr[] = [];
    const slow: Expr[] = [];
    for (let i = 0; i < nS; i++) {
      if (c[i] === 0) continue;
      const sid = fastSpecies[i];
      const si = info.get(sid) as SymInfo;
      let amount: Expr = si.mathIsConc
        ? call("times", sym(sid), sym(si.decl.species?.compartment ?? ""))
        : sym(sid);
      // with a conversion factor cf the reactions change amount/cf by N·v: that is what is conserved
      if (si.conversionFactor) amount = call("divide", amount, sym(si.conversionFactor));
      parts.push(call("times", num(c[i]), amount));
      for (const t of si.reactionTerms ?? []) slow.push(call("times", num(c[i]), t.stoich, sym(t.reaction)));
    }
    const totalDecl: Decl = { id, kind: "parameter", constant: false };
    info.set(id, {
      id,
      decl: totalDecl,
      home: "y",
      mathIsConc: false,
      storedConc: false,
      algebraic: false,
      varies: true,
      rateRule: slow.length === 0 ? num(0) : slow.length === 1 ? slow[0] : call("plus", ...slow),
    });
    norm.decls.set(id, totalDecl);
    // the total's initial value is the sum of the species' initial amounts
    norm.initialAssignments.set(id, { math: parts.length === 1 ? parts[0] : call("plus", ...parts) });
    algebraicRules.push({
      math: call("minus", sym(id), parts.length === 1 ? parts[0] : call("plus", ...parts)),
      only,
    });
  }
  for (const r of fast) algebraicRules.push({ math: r.rate, loc: r.loc, only });
  for (const sid of fastSpecies) {
    const si = info.get(sid) as SymInfo;
    si.home = "p"; // to be picked up by the matching as an algebraic candidate
    si.reactionTerms = undefined;
    si.varies = true;
    (si as SymInfo & { fastSpecies?: boolean }).fastSpecies = true;
  }
}

export function leftNullSpace(N: number[][], nS: number, nR: number): number[][] {
  // solve cᵀN = 0: reduce the augmented matrix [N | I] by rows; rows whose N part vanishes span it
  const A = N.map((row, i) => [...row, ...Array.from({ length: nS }, (_, k) => (k === i ? 1 : 0))]);
  let r = 0;
  for (let col = 0; col < nR && r < nS; col++) {
    let piv = -1;
    let best = 1e-12;
    for (let i = r; i < nS; i++) {
      if (Math.abs(A[i][col]) > best) {
        best = Math.abs(A[i][col]);
        piv = i;
      }
    }
    if (piv < 0) continue;
    [A[r], A[piv]] = [A[piv], A[r]];
    for (let i = 0; i < nS; i++) {
      if (i === r) continue;
      const f = A[i][col] / A[r][col];
      if (f !== 0) for (let j = 0; j < nR + nS; j++) A[i][j] -= f * A[r][j];
    }
    r++;
  }
  return A.slice(r).map((row) => row.slice(nR).map((v) => (Math.abs(v) < 1e-14 ? 0 : v)));
}

function matchAlgebraic(
  norm: NormModel,
  info: Map<string, SymInfo>,
  rules: { math: Expr; loc?: SourceLocation; only?: Set<string> }[],
): void {
  // expand assignment rules so that a rule's dependence on a candidate through them is seen
  const expanded = (e: Expr, seen = new Set<string>()): Set<string> => {
    const out = new Set<string>();
    for (const s of freeSymbols(e)) {
      out.add(s);
      const si = info.get(s);
      if (si?.assigned && si.decl.kind !== "reaction" && !seen.has(s)) {
        seen.add(s);
        for (const d of expanded(si.assigned, seen)) out.add(d);
      }
    }
    return out;
  };
  const isCandidate = (si: SymInfo): boolean => {
    if (si.home !== "p") return false;
    if ((si as SymInfo & { fastSpecies?: boolean }).fastSpecies) return true;
    if (si.decl.constant) return false;
    if (si.decl.kind === "localParameter" || si.decl.kind === "reaction") return false;
    if (si.decl.kind === "species" && si.decl.species?.constant) return false;
    return true;
  };
  // preference when a rule could determine several variables: one without a value of its own,
  // then one that no event assigns (events set values; the rule should fix the rest, test 01589)
  const eventTargets = new Set<string>();
  for (const ev of norm.events) for (const a of ev.assignments) eventTargets.add(a.variable);
  const score = (id: string): number => {
    const d = info.get(id)?.decl;
    const hasValue =
      d?.kind === "species"
        ? d.species?.initialAmount !== undefined || d.species?.initialConcentration !== undefined
        : d?.value !== undefined;
    return (hasValue || norm.initialAssignments.has(id) ? 2 : 0) + (eventTargets.has(id) ? 1 : 0);
  };
  const adj: string[][] = rules.map((r) =>
    [...expanded(r.math)]
      .filter((s) => {
        const si = info.get(s);
        return si !== undefined && isCandidate(si) && (!r.only || r.only.has(s));
      })
      .sort((a, b) => score(a) - score(b)),
  );
  const matchOfVar = new Map<string, number>();
  const tryRule = (i: number, seen: Set<string>): boolean => {
    for (const v of adj[i]) {
      if (seen.has(v)) continue;
      seen.add(v);
      const other = matchOfVar.get(v);
      if (other === undefined || tryRule(other, seen)) {
        matchOfVar.set(v, i);
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < rules.length; i++) {
    if (!tryRule(i, new Set())) {
      throw new EngineError(
        Codes.MODEL_OVERDETERMINED,
        "an algebraic rule has no variable left to determine (the model is overdetermined)",
        where(norm, rules[i].loc, "algebraicRule"),
      );
    }
  }
  for (const [v, i] of matchOfVar) {
    const si = info.get(v) as SymInfo;
    si.home = "y";
    si.algebraic = true;
    si.varies = true;
    si.storedConc = si.mathIsConc;
    si.residual = rules[i].math;
  }
}

/** Kahn-free DFS topological sort; `deps(id)` lists ids that must come first. */
function topoSort(
  ids: string[],
  deps: (id: string) => string[],
  onCycle: (cycle: string[]) => Error,
): string[] {
  const state = new Map<string, number>(); // 1 visiting, 2 done
  const out: string[] = [];
  const stack: string[] = [];
  const set = new Set(ids);
  const visit = (id: string) => {
    const st = state.get(id);
    if (st === 2) return;
    if (st === 1) {
      const from = stack.indexOf(id);
      throw onCycle([...stack.slice(from), id]);
    }
    state.set(id, 1);
    stack.push(id);
    for (const d of deps(id)) if (set.has(d) && d !== id) visit(d);
    for (const d of deps(id)) if (d === id) throw onCycle([id, id]);
    stack.pop();
    state.set(id, 2);
    out.push(id);
  };
  for (const id of ids) visit(id);
  return out;
}

/** The start time of a simulation, a stored value the simulator sets (read by rateOf inside delay). */
export const START_TIME = "\u0000t0";

/**
 * Replace rateOf(x) by f(x). Inside the delayed argument of delay() the derivative is taken as 0
 * before the start time (the model is at rest before it starts: SBML tests 01400, 01403).
 */
function replaceRateOf(e: Expr, f: (x: string) => Expr, inDelay = false): Expr {
  switch (e.kind) {
    case "call": {
      if (e.op === "rateOf") {
        const a = e.args[0];
        if (a?.kind !== "sym")
          throw new UnsupportedFeatureError(
            "rateOf-expression",
            "rateOf() of anything but a symbol is not SBML",
          );
        const d = f(a.name);
        if (!inDelay || (d.kind === "num" && d.value === 0)) return d;
        return {
          kind: "piecewise",
          pieces: [{ value: d, cond: call("geq", { kind: "time" }, sym(START_TIME)) }],
          otherwise: num(0),
        };
      }
      let changed = false;
      const args = e.args.map((x, i) => {
        const y = replaceRateOf(x, f, inDelay || (e.op === "delay" && i === 0));
        if (y !== x) changed = true;
        return y;
      });
      return changed ? { ...e, args } : e;
    }
    case "piecewise":
      return {
        kind: "piecewise",
        pieces: e.pieces.map((p) => ({
          value: replaceRateOf(p.value, f, inDelay),
          cond: replaceRateOf(p.cond, f, inDelay),
        })),
        otherwise: e.otherwise ? replaceRateOf(e.otherwise, f, inDelay) : undefined,
      };
    case "fn":
      return { ...e, args: e.args.map((x) => replaceRateOf(x, f, inDelay)) };
    default:
      return e;
  }
}

function replaceTime(e: Expr, by: Expr): Expr {
  switch (e.kind) {
    case "time":
      return by;
    case "call":
      return { ...e, args: e.args.map((x) => replaceTime(x, by)) };
    case "piecewise":
      return {
        kind: "piecewise",
        pieces: e.pieces.map((p) => ({ value: replaceTime(p.value, by), cond: replaceTime(p.cond, by) })),
        otherwise: e.otherwise ? replaceTime(e.otherwise, by) : undefined,
      };
    default:
      return e;
  }
}

function replaceSym(e: Expr, name: string, by: Expr): Expr {
  return substitute(e, new Map([[name, by]]));
}
