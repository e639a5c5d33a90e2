/**
 * Motifs: one call per biological step, each a mass-action or Hill-type rate law on a
 * `ModelBuilder` (PySB's macros, doi:10.1038/msb.2013.1: bind, catalyze, degrade…). Every motif takes
 * parameter symbols (declared with `b.param`, so each carries its unit and source) and an optional
 * multiplicative `factor` — where drugs and feedbacks act, e.g. 1/(1 + [I]/K) for a competitive
 * inhibitor (Cheng & Prusoff 1973, doi:10.1016/0006-2952(73)90196-2, at fixed substrate).
 *
 * Rate laws are concentration rates in the compartment `in` (the builder turns them into amount
 * fluxes). Forms used:
 *   mass action           v = k · Π [reactants]
 *   reversible binding    v = kon·[A]·[B] − koff·[AB]
 *   Hill activation       v = vmax · x^n / (K^n + x^n)      (Hill 1910; Alon 2006, ch. 2)
 *   Hill repression       v = vmax · K^n / (K^n + x^n)
 */
import { call, type Expr, num, sym } from "../expr/ast.js";
import type { ModelBuilder } from "./builder.js";

const mul = (...a: Expr[]): Expr => {
  const f = a.filter((e) => !(e.kind === "num" && e.value === 1));
  return f.length === 0 ? num(1) : f.length === 1 ? f[0] : call("times", ...f);
};
const plus = (...a: Expr[]): Expr => (a.length === 1 ? a[0] : call("plus", ...a));
const s = (x: string | Expr): Expr => (typeof x === "string" ? sym(x) : x);
const isOne = (x: string | Expr): boolean => typeof x !== "string" && x.kind === "num" && x.value === 1;

/** 1/(1 + c/K) for each (concentration, K) pair, multiplied: independent non-competitive inhibitors. */
export function inhibition(pairs: readonly { conc: Expr | string; K: Expr | string }[]): Expr {
  if (pairs.length === 0) return num(1);
  return mul(
    ...pairs.map((p) => call("divide", num(1), call("plus", num(1), call("divide", s(p.conc), s(p.K))))),
  );
}

/** Hill activation x^n/(K^n + x^n) (n may be an expression). */
export function hillUp(x: Expr | string, K: Expr | string, n: Expr | string): Expr {
  // n = 1 (Michaelis–Menten form) without power(): cheaper generated code and Jacobian
  if (isOne(n)) return call("divide", s(x), call("plus", s(K), s(x)));
  const xn = call("power", s(x), s(n));
  return call("divide", xn, call("plus", call("power", s(K), s(n)), xn));
}

/** Hill repression K^n/(K^n + x^n). */
export function hillDown(x: Expr | string, K: Expr | string, n: Expr | string): Expr {
  if (isOne(n)) return call("divide", s(K), call("plus", s(K), s(x)));
  const Kn = call("power", s(K), s(n));
  return call("divide", Kn, call("plus", Kn, call("power", s(x), s(n))));
}

interface Common {
  /** reaction id */
  id: string;
  /** compartment whose volume the rate refers to */
  in: string;
  /** chemistry and citation */
  note?: string;
  /** extra multiplicative factor (inhibitors, feedback) */
  factor?: Expr;
}

/** Zero-order synthesis ∅ → X at rate k (concentration/time). */
export function synthesise(b: ModelBuilder, o: Common & { species: string; k: Expr | string }): void {
  b.reaction(o.id, { products: [o.species], rate: mul(s(o.k), o.factor ?? num(1)), in: o.in, note: o.note });
}

/** First-order degradation X → ∅. */
export function degrade(b: ModelBuilder, o: Common & { species: string; k: Expr | string }): void {
  b.reaction(o.id, {
    reactants: [o.species],
    rate: mul(s(o.k), sym(o.species), o.factor ?? num(1)),
    in: o.in,
    note: o.note,
  });
}

/** A first-order conversion A → B (rate k·[A]·factor), the building block of the others. */
export function convert(
  b: ModelBuilder,
  o: Common & { from: string; to: string | [string, number]; k: Expr | string },
): void {
  b.reaction(o.id, {
    reactants: [o.from],
    products: [o.to],
    rate: mul(s(o.k), sym(o.from), o.factor ?? num(1)),
    in: o.in,
    note: o.note,
  });
}

/** Reversible binding A + B ⇌ AB (kon·A·B − koff·AB); `factor` scales the association only. */
export function bind(
  b: ModelBuilder,
  o: Common & { a: string; b: string; complex: string; kon: Expr | string; koff: Expr | string },
): void {
  const on = mul(s(o.kon), sym(o.a), sym(o.b), o.factor ?? num(1));
  b.reaction(o.id, {
    reactants: [o.a, o.b],
    products: [o.complex],
    rate: call("minus", on, mul(s(o.koff), sym(o.complex))),
    in: o.in,
    note: o.note,
    reversible: true,
  });
}

/**
 * Phosphorylation of a substrate by a kinase (or a lumped active kinase level): S → pS at
 * k·[kinase]·[S]·factor; without kinase, first order (basal/autophosphorylation).
 */
export function phosphorylate(
  b: ModelBuilder,
  o: Common & { substrate: string; product: string; k: Expr | string; kinase?: Expr | string },
): void {
  const rate = mul(
    s(o.k),
    ...(o.kinase !== undefined ? [s(o.kinase)] : []),
    sym(o.substrate),
    o.factor ?? num(1),
  );
  b.reaction(o.id, { reactants: [o.substrate], products: [o.product], rate, in: o.in, note: o.note });
}

/** Dephosphorylation pS → S (first order in pS, phosphatase lumped into k); products may split a dimer. */
export function dephosphorylate(
  b: ModelBuilder,
  o: Common & {
    substrate: string;
    product: string | [string, number];
    k: Expr | string;
    extraProducts?: string[];
  },
): void {
  b.reaction(o.id, {
    reactants: [o.substrate],
    products: [o.product, ...(o.extraProducts ?? [])],
    rate: mul(s(o.k), sym(o.substrate), o.factor ?? num(1)),
    in: o.in,
    note: o.note,
  });
}

/** Homodimerisation 2 M ⇌ D: kon·M² − koff·D (`factor` scales association). */
export function dimerise(
  b: ModelBuilder,
  o: Common & { monomer: string; dimer: string; kon: Expr | string; koff: Expr | string },
): void {
  const on = mul(s(o.kon), call("power", sym(o.monomer), num(2)), o.factor ?? num(1));
  b.reaction(o.id, {
    reactants: [[o.monomer, 2]],
    products: [o.dimer],
    rate: call("minus", on, mul(s(o.koff), sym(o.dimer))),
    in: o.in,
    note: o.note,
    reversible: true,
  });
}

/**
 * Transport between compartments X(from) → X(to) at k·[X] in the source compartment (`in` must be
 * the source compartment): the amount leaving equals the amount arriving.
 */
export function nuclearImport(
  b: ModelBuilder,
  o: Common & { from: string; to: string; k: Expr | string },
): void {
  convert(b, { ...o, from: o.from, to: o.to });
}

/** Export from the nucleus: same law as import, `in` is the nucleus. */
export function nuclearExport(
  b: ModelBuilder,
  o: Common & { from: string; to: string; k: Expr | string },
): void {
  convert(b, { ...o, from: o.from, to: o.to });
}

/**
 * Transcription ∅ → mRNA at basal + vmax·Hill(activator) (or Hill repression with `repress`);
 * `activator` is an expression (e.g. promoter occupancy). `factor` scales the induced part.
 */
export function transcribe(
  b: ModelBuilder,
  o: Common & {
    mRNA: string;
    activator: Expr | string;
    basal: Expr | string;
    vmax: Expr | string;
    K: Expr | string;
    n: Expr | string;
    repress?: boolean;
  },
): void {
  const hill = o.repress ? hillDown(o.activator, o.K, o.n) : hillUp(o.activator, o.K, o.n);
  const rate = plus(s(o.basal), mul(s(o.vmax), hill, o.factor ?? num(1)));
  b.reaction(o.id, { products: [o.mRNA], rate, in: o.in, note: o.note });
}

/** Translation mRNA → mRNA + protein at k·[mRNA] (the mRNA is a modifier). */
export function translate(
  b: ModelBuilder,
  o: Common & { mRNA: string; protein: string; k: Expr | string },
): void {
  b.reaction(o.id, {
    products: [o.protein],
    modifiers: [o.mRNA],
    rate: mul(s(o.k), sym(o.mRNA), o.factor ?? num(1)),
    in: o.in,
    note: o.note,
  });
}

/** A linear chain X1 → X2 → … → Xn → target, each step at rate k (a gamma-distributed delay, mean n/k). */
export function delayChain(
  b: ModelBuilder,
  o: { idPrefix: string; stages: string[]; target: string; k: Expr | string; in: string; note?: string },
): void {
  const all = [...o.stages, o.target];
  for (let i = 0; i < o.stages.length; i++) {
    convert(b, { id: `${o.idPrefix}${i + 1}`, from: all[i], to: all[i + 1], k: o.k, in: o.in, note: o.note });
  }
}
