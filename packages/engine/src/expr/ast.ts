/**
 * The one expression AST of STAT3 Lab. Every formula — SBML MathML, PEtab formulas, model-as-code
 * rate laws, Boolean logic read as numbers — is parsed into this discriminated union, and every pass
 * (simplify, differentiate, print as infix / MathML / JavaScript) is a pure function over it.
 *
 * Generated code comes only from this AST: identifiers are resolved by the compiler to indices,
 * so user text never reaches `new Function`.
 */

/** Built-in operators. Arity is fixed unless noted. */
export type Op =
  // arithmetic (plus/times n-ary; minus unary or binary; divide binary)
  | "plus"
  | "minus"
  | "times"
  | "divide"
  | "power"
  /** root(degree, x); MathML default degree 2 is made explicit by the reader */
  | "root"
  | "abs"
  | "exp"
  | "ln"
  /** log(base, x); MathML default base 10 is made explicit by the reader */
  | "log"
  | "floor"
  | "ceiling"
  | "factorial"
  | "min"
  | "max"
  | "rem"
  | "quotient"
  // trigonometric, hyperbolic and their inverses
  | "sin" | "cos" | "tan" | "sec" | "csc" | "cot"
  | "sinh" | "cosh" | "tanh" | "sech" | "csch" | "coth"
  | "arcsin" | "arccos" | "arctan" | "arcsec" | "arccsc" | "arccot"
  | "arcsinh" | "arccosh" | "arctanh" | "arcsech" | "arccsch" | "arccoth"
  // relational (n-ary chains as in MathML: a < b < c)
  | "eq" | "neq" | "gt" | "lt" | "geq" | "leq"
  // logical (and/or/xor n-ary, not unary)
  | "and" | "or" | "xor" | "not" | "implies"
  /** SBML csymbol delay(x, tau): value of x at time t - tau */
  | "delay"
  /** SBML L3V2 csymbol rateOf(x): the current rate of change of symbol x */
  | "rateOf";

export type Expr =
  /** A number (MathML cn of any type: integer, real, e-notation, rational, all folded to a double). */
  | { readonly kind: "num"; readonly value: number; readonly units?: string }
  | { readonly kind: "bool"; readonly value: boolean }
  /** A named symbol: species, compartment, parameter, reaction, species reference, local or lambda variable. */
  | { readonly kind: "sym"; readonly name: string }
  /** Simulation time (csymbol time) and Avogadro's number (csymbol avogadro). */
  | { readonly kind: "time" }
  | { readonly kind: "avogadro" }
  /** MathML constants. */
  | { readonly kind: "const"; readonly name: "pi" | "exponentiale" | "infinity" | "notanumber" }
  | { readonly kind: "call"; readonly op: Op; readonly args: readonly Expr[] }
  /** Call of a user function definition (SBML functionDefinition) by id. */
  | { readonly kind: "fn"; readonly name: string; readonly args: readonly Expr[] }
  /** piecewise: first piece whose condition holds; otherwise (or NaN when absent). */
  | {
      readonly kind: "piecewise";
      readonly pieces: readonly { readonly value: Expr; readonly cond: Expr }[];
      readonly otherwise?: Expr;
    }
  /** lambda (function definition body): bound variable names and body. */
  | { readonly kind: "lambda"; readonly params: readonly string[]; readonly body: Expr };

// ---- small constructors used by readers, passes and the model builder ----
export const num = (value: number): Expr => ({ kind: "num", value });
export const sym = (name: string): Expr => ({ kind: "sym", name });
export const call = (op: Op, ...args: Expr[]): Expr => ({ kind: "call", op, args });
export const bool = (value: boolean): Expr => ({ kind: "bool", value });
export const TIME: Expr = { kind: "time" };
