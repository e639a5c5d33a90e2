/**
 * Runtime helpers for generated code and for the reference interpreter: the MathML functions that
 * JavaScript's `Math` lacks, with SBML semantics. Generated code reaches them as `M.name(...)`;
 * `evaluate` calls the very same functions, so the interpreter and the compiled code agree bit for bit.
 *
 * References:
 * - SBML Level 3 Version 2 Core, section 3.4 (MathML subset) — http://identifiers.org/combine.specifications/sbml.level-3.version-2.core.release-2
 * - MathML 2.0, section 4.4 (content markup: rem, quotient, root, arccot…) — https://www.w3.org/TR/MathML2/chapter4.html
 * - Lanczos, C. (1964) "A precision approximation of the gamma function", SIAM J. Numer. Anal. B 1:86–96,
 *   DOI 10.1137/0701008 — used for the factorial of non-integers; coefficients g = 7, n = 9 (the widely
 *   tabulated set of P. Godfrey), relative error below 1e-15 on the positive real axis.
 *
 * Choices where the specifications leave room (all cross-checked against the SBML Test Suite results):
 * - arccot(x) = atan(1/x) (case 00957 expects arccot(-0.1) = -1.4711…, i.e. this branch, not π/2 − atan x);
 *   likewise arcsec = acos(1/x), arccsc = asin(1/x), arcsech = acosh(1/x), arccsch = asinh(1/x),
 *   arccoth = atanh(1/x).
 * - rem(a, b) is the remainder with the sign of the dividend (C fmod, JS `%`); quotient(a, b) is the
 *   integer part of a/b truncated toward zero (MathML: a = b·q + r with |r| < |b| and a·r ≥ 0).
 * - root(n, x) for odd integer n and negative x is the real root: root(3, −8) = −2.
 * - factorial(n) of a non-negative integer is the exact product (to double rounding; ∞ past 170);
 *   of a non-integer it is Γ(n + 1); of a negative integer NaN (the pole of Γ).
 */

/** Avogadro's number as SBML Level 3 fixes it (L3V1 and L3V2 core specification: 6.02214179 × 10^23). */
export const AVOGADRO = 6.02214179e23;

const FACTORIALS: Float64Array = (() => {
  const f = new Float64Array(171);
  f[0] = 1;
  for (let i = 1; i <= 170; i++) f[i] = f[i - 1] * i;
  return f;
})();

/** Lanczos coefficients, g = 7, n = 9. */
const LANCZOS_G = 7;
const LANCZOS_C = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Γ(x) for real x (reflection formula below 0.5). */
function gamma(x: number): number {
  if (x < 0.5) {
    // Γ(x)Γ(1−x) = π / sin(πx)
    return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  }
  const z = x - 1;
  let a = LANCZOS_C[0];
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < 9; i++) a += LANCZOS_C[i] / (z + i);
  return Math.sqrt(2 * Math.PI) * t ** (z + 0.5) * Math.exp(-t) * a;
}

function factorial(n: number): number {
  if (Number.isNaN(n)) return Number.NaN;
  if (Number.isInteger(n)) {
    if (n < 0) return Number.NaN;
    return n <= 170 ? FACTORIALS[n] : Number.POSITIVE_INFINITY;
  }
  if (n === Number.POSITIVE_INFINITY) return n;
  if (n > 171.7) return Number.POSITIVE_INFINITY;
  return gamma(n + 1);
}

function root(n: number, x: number): number {
  if (n === 2) return Math.sqrt(x);
  if (n === 3) return Math.cbrt(x);
  if (x < 0 && Number.isInteger(n) && n % 2 !== 0) return -((-x) ** (1 / n));
  return x ** (1 / n);
}

function log(base: number, x: number): number {
  if (base === 10) return Math.log10(x);
  if (base === 2) return Math.log2(x);
  return Math.log(x) / Math.log(base);
}

/**
 * The helper object generated code receives as `M`. Frozen, pure functions only: no state, no I/O,
 * no allocation.
 */
export const runtimeHelpers = Object.freeze({
  factorial,
  gamma,
  root,
  log,
  rem: (a: number, b: number): number => a % b,
  quotient: (a: number, b: number): number => Math.trunc(a / b),
  sec: (x: number): number => 1 / Math.cos(x),
  csc: (x: number): number => 1 / Math.sin(x),
  cot: (x: number): number => 1 / Math.tan(x),
  sech: (x: number): number => 1 / Math.cosh(x),
  csch: (x: number): number => 1 / Math.sinh(x),
  coth: (x: number): number => 1 / Math.tanh(x),
  arcsec: (x: number): number => Math.acos(1 / x),
  arccsc: (x: number): number => Math.asin(1 / x),
  arccot: (x: number): number => Math.atan(1 / x),
  arcsech: (x: number): number => Math.acosh(1 / x),
  arccsch: (x: number): number => Math.asinh(1 / x),
  arccoth: (x: number): number => Math.atanh(1 / x),
});

export type RuntimeHelpers = typeof runtimeHelpers;
