// fast-check generators of random expression ASTs, shared by the expr property tests.
import fc from "fast-check";
import type { Expr, Op } from "../../src/expr/ast.js";

export const SYMBOLS = ["x", "y", "z", "k_1"] as const;

/** The 24 circular and hyperbolic functions and their inverses, in the order of the SBML MathML subset. */
export const TRIG_OPS: readonly Op[] = [
  "sin",
  "cos",
  "tan",
  "sec",
  "csc",
  "cot",
  "sinh",
  "cosh",
  "tanh",
  "sech",
  "csch",
  "coth",
  "arcsin",
  "arccos",
  "arctan",
  "arcsec",
  "arccsc",
  "arccot",
  "arcsinh",
  "arccosh",
  "arctanh",
  "arcsech",
  "arccsch",
  "arccoth",
];

/** Every one-argument operator (unary minus included). */
const UNARY: readonly Op[] = [
  "abs",
  "exp",
  "ln",
  "floor",
  "ceiling",
  "factorial",
  ...TRIG_OPS,
  "not",
  "minus",
];
const BINARY: readonly Op[] = ["minus", "divide", "power", "root", "log", "rem", "quotient", "implies"];
const NARY: readonly Op[] = [
  "plus",
  "times",
  "and",
  "or",
  "xor",
  "min",
  "max",
  "eq",
  "neq",
  "gt",
  "lt",
  "geq",
  "leq",
];

export interface ArbOptions {
  depth?: number;
  /** include NaN/±Infinity numbers and the constants infinity/notanumber (not printable round-trip) */
  nonFinite?: boolean;
  symbols?: readonly string[];
  /** restrict numbers to moderate magnitudes (no full-range doubles that overflow when combined) */
  moderate?: boolean;
  /** custom number generator (overrides nonFinite/moderate) */
  numbers?: fc.Arbitrary<number>;
  /** restrict the operators drawn (default: all but delay/rateOf) */
  unary?: readonly Op[];
  binary?: readonly Op[];
  nary?: readonly Op[];
  /** generate piecewise nodes (default true) */
  piecewise?: boolean;
  /** generate Boolean literals (default true) */
  bools?: boolean;
}

export function numberArb(nonFinite: boolean, moderate = false): fc.Arbitrary<number> {
  const finite = moderate
    ? fc.oneof(
        fc.integer({ min: -5, max: 10 }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.constantFrom(0.5, 1e-7, 0),
      )
    : fc.oneof(
        fc.integer({ min: -5, max: 10 }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(0.5, 1e-7, -1e-7, 2.5e21, 1e300, 0),
      );
  return nonFinite
    ? fc.oneof(finite, fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0))
    : finite;
}

export function exprArb(opts: ArbOptions = {}): fc.Arbitrary<Expr> {
  const depth = opts.depth ?? 4;
  const nonFinite = opts.nonFinite ?? false;
  const symbols = opts.symbols ?? SYMBOLS;
  const consts: ("pi" | "exponentiale" | "infinity" | "notanumber")[] = nonFinite
    ? ["pi", "exponentiale", "infinity", "notanumber"]
    : ["pi", "exponentiale"];
  const unaryOps = opts.unary ?? UNARY;
  const binaryOps = opts.binary ?? BINARY;
  const naryOps = opts.nary ?? NARY;
  const leafKinds: fc.WeightedArbitrary<Expr>[] = [
    {
      arbitrary: (opts.numbers ?? numberArb(nonFinite, opts.moderate)).map(
        (value): Expr => ({ kind: "num", value }),
      ),
      weight: 4,
    },
    { arbitrary: fc.constantFrom(...symbols).map((name): Expr => ({ kind: "sym", name })), weight: 4 },
    { arbitrary: fc.constant<Expr>({ kind: "time" }), weight: 1 },
    { arbitrary: fc.constantFrom(...consts).map((name): Expr => ({ kind: "const", name })), weight: 1 },
  ];
  if (opts.bools !== false)
    leafKinds.push({ arbitrary: fc.boolean().map((value): Expr => ({ kind: "bool", value })), weight: 1 });
  const leaf: fc.Arbitrary<Expr> = fc.oneof(...leafKinds);
  let level: fc.Arbitrary<Expr> = leaf;
  for (let d = 0; d < depth; d++) {
    const sub = level;
    const unary = fc
      .tuple(fc.constantFrom(...unaryOps), sub)
      .map(([op, a]): Expr => ({ kind: "call", op, args: [a] }));
    const binary = fc
      .tuple(fc.constantFrom(...binaryOps), sub, sub)
      .map(([op, a, b]): Expr => ({ kind: "call", op, args: [a, b] }));
    const nary = fc
      .tuple(fc.constantFrom(...naryOps), fc.array(sub, { minLength: 1, maxLength: 4 }))
      .map(([op, args]): Expr => ({ kind: "call", op, args }));
    const pw = fc
      .tuple(
        fc.array(fc.record({ value: sub, cond: sub }), { minLength: 1, maxLength: 3 }),
        fc.option(sub, { nil: undefined }),
      )
      .map(
        ([pieces, otherwise]): Expr =>
          otherwise === undefined ? { kind: "piecewise", pieces } : { kind: "piecewise", pieces, otherwise },
      );
    const kinds: fc.WeightedArbitrary<Expr>[] = [{ arbitrary: leaf, weight: 2 }];
    if (unaryOps.length > 0) kinds.push({ arbitrary: unary, weight: 3 });
    if (binaryOps.length > 0) kinds.push({ arbitrary: binary, weight: 3 });
    if (naryOps.length > 0) kinds.push({ arbitrary: nary, weight: 3 });
    if (opts.piecewise !== false) kinds.push({ arbitrary: pw, weight: 1 });
    level = fc.oneof(...kinds);
  }
  return level;
}

/** Random values for the symbols and time. */
export const valuesArb = fc.record({
  x: fc.double({ min: -5, max: 5, noNaN: true }),
  y: fc.double({ min: -5, max: 5, noNaN: true }),
  z: fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constantFrom(0, 1, -1, 2, 3)),
  k_1: fc.double({ min: 0, max: 100, noNaN: true }),
  t: fc.double({ min: 0, max: 10, noNaN: true }),
});
