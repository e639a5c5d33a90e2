/**
 * Sobol' low-discrepancy sequence in base 2 (I. M. Sobol', USSR Comput. Math. Math. Phys. 7 (1967) 86,
 * doi:10.1016/0041-5553(67)90144-9), generated in Gray-code order (Antonov & Saleev 1979; Bratley & Fox,
 * ACM TOMS 14 (1988) 88, doi:10.1145/42288.214372), with the direction numbers of Joe & Kuo, SIAM J. Sci.
 * Comput. 30 (2008) 2635, doi:10.1137/070709359 (table new-joe-kuo-6.21201, see ./sobol-directions.ts).
 *
 * Construction (Joe & Kuo 2008, §2; their notes "Notes on generating Sobol' sequences", 2008): for a
 * dimension with primitive polynomial x^s + a_1 x^(s-1) + … + a_(s-1) x + 1 and initial odd integers
 * m_1 … m_s, the 32-bit direction numbers are V_k = m_k·2^(32-k) for k ≤ s and, for k > s,
 *   V_k = V_(k-s) ⊕ (V_(k-s) >> s) ⊕ a_1 V_(k-1) ⊕ … ⊕ a_(s-1) V_(k-s+1).
 * Dimension 1 has m_k = 1 for all k (the van der Corput sequence). Point i (i = 0, 1, …) is
 * X_i = X_(i-1) ⊕ V_c, c = the position (from 1) of the lowest zero bit of i-1, X_0 = 0; the point is
 * X_i / 2^32. The Gray-code order permutes the natural order only within each block of 2^m points, so
 * the first 2^m points (from index 0) form a (t, m, s)-net: in particular every one-dimensional
 * projection holds exactly one point in each interval [k/2^m, (k+1)/2^m).
 *
 * Point 0 is (0, …, 0), which as a start point would sit on all lower bounds. Two ways around it:
 *   - `skip` drops the first points (skip = 1 drops only the zero point; skipping breaks the net
 *     property of the first 2^m, so prefer skip = 0 with a shift, or skip = 2^m);
 *   - `scramble: seed` applies a random digital shift: every coordinate's 32-bit word is XORed with a
 *     seeded random word per dimension (the random digital shift in base 2: L'Ecuyer & Lemieux, "Recent
 *     advances in randomized quasi-Monte Carlo methods", in Modeling Uncertainty, Kluwer 2002,
 *     doi:10.1007/0-306-48102-2_20).
 *     XOR with a fixed word maps each elementary dyadic interval onto another one, so the net
 *     properties are kept, point 0 becomes the (random) shift itself, and different seeds give
 *     different designs. Same seed, same points.
 * Isomorphic (no node: imports): the design is computed where the fit is set up, browser or Node.
 */
import { Codes, EngineError } from "@stat3/engine";
import { JOE_KUO_6_21201, JOE_KUO_DIMENSIONS } from "./sobol-directions.js";

/** Bits per coordinate: points are multiples of 2^-32, at most 2^32 points per sequence. */
const BITS = 32;

/** The largest dimension the embedded direction-number table supports. */
export const SOBOL_MAX_DIMENSION = JOE_KUO_DIMENSIONS;

interface DirectionRow {
  s: number;
  a: number;
  m: number[];
}

let table: DirectionRow[] | null = null;

/** The embedded table, decoded once and checked: a corrupt row is a build defect, named by its dimension. */
function directionTable(): DirectionRow[] {
  if (table) return table;
  const rows = JOE_KUO_6_21201.split("\n").map((line, i) => {
    const d = i + 2;
    const v = line
      .trim()
      .split(" ")
      .map((t) => Number.parseInt(t, 36));
    const [a, ...m] = v;
    const s = m.length;
    const bad =
      s < 1 ||
      s > BITS ||
      v.some((x) => !Number.isInteger(x) || x < 0) ||
      a >= 2 ** (s - 1) ||
      m.some((mk, k) => mk % 2 !== 1 || mk >= 2 ** (k + 1));
    if (bad)
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `sobol-directions.ts: row for dimension ${d} ("${line}") is not a valid Joe–Kuo entry (a < 2^(s-1), m_k odd and < 2^k)`,
        undefined,
        "restore the table from new-joe-kuo-6.21201",
      );
    return { s, a, m };
  });
  if (rows.length !== JOE_KUO_DIMENSIONS - 1)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `sobol-directions.ts: ${rows.length} rows, expected ${JOE_KUO_DIMENSIONS - 1} (dimensions 2..${JOE_KUO_DIMENSIONS})`,
    );
  table = rows;
  return rows;
}

/** The decoded table row (degree s, coefficients a, initial m_1..m_s) of dimension d ≥ 2 (1-based). */
export function sobolDirectionRow(d: number): { s: number; a: number; m: readonly number[] } {
  if (!Number.isInteger(d) || d < 2 || d > JOE_KUO_DIMENSIONS)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `Sobol dimension ${d}: the table holds dimensions 2..${JOE_KUO_DIMENSIONS}`,
    );
  return directionTable()[d - 2];
}

/**
 * The 32 direction numbers V_1..V_32 of every dimension 1..dim, stored row-major in one Uint32Array
 * (dimension j at [j*32, j*32+32), V_k at index k-1).
 */
export function sobolDirections(dim: number): Uint32Array {
  checkDim(dim);
  const rows = directionTable();
  const V = new Uint32Array(dim * BITS);
  for (let k = 1; k <= BITS; k++) V[k - 1] = 2 ** (BITS - k);
  for (let j = 1; j < dim; j++) {
    const { s, a, m } = rows[j - 1];
    const o = j * BITS;
    for (let k = 1; k <= Math.min(s, BITS); k++) V[o + k - 1] = m[k - 1] * 2 ** (BITS - k);
    for (let k = s + 1; k <= BITS; k++) {
      let v = V[o + k - s - 1] ^ (V[o + k - s - 1] >>> s);
      for (let q = 1; q <= s - 1; q++) if ((a >>> (s - 1 - q)) & 1) v ^= V[o + k - q - 1];
      V[o + k - 1] = v >>> 0;
    }
  }
  return V;
}

function checkDim(dim: number): void {
  if (!Number.isInteger(dim) || dim < 1)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `Sobol points: dimension must be an integer ≥ 1, got ${dim}`,
    );
  if (dim > JOE_KUO_DIMENSIONS)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `Sobol points: ${dim} dimensions, but the embedded Joe–Kuo direction numbers cover ${JOE_KUO_DIMENSIONS}`,
      undefined,
      'use design "lhs" for this problem, or extend sobol-directions.ts from new-joe-kuo-6.21201',
    );
}

/**
 * The random 32-bit digital-shift word of each dimension for a seed: splitmix32-style hashing of
 * (seed, dimension), so a dimension's word does not depend on how many dimensions are asked for.
 */
export function digitalShift(seed: number, dim: number): Uint32Array {
  const out = new Uint32Array(dim);
  for (let j = 0; j < dim; j++) {
    let z = (Math.imul(seed >>> 0, 0x9e3779b9) + Math.imul(j + 1, 0x85ebca6b)) >>> 0;
    z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
    z = Math.imul(z ^ (z >>> 15), 0x846ca68b);
    out[j] = (z ^ (z >>> 16)) >>> 0;
  }
  return out;
}

/**
 * Points skip … skip+count-1 of the `dim`-dimensional Sobol' sequence, each a Float64Array in [0,1)^dim.
 * `skip` (default 0) drops leading points; `scramble` (a seed, integer ≥ 0) applies a random digital
 * shift (see the file comment). Without either, point 0 is the origin.
 */
export function sobolPoints(
  count: number,
  dim: number,
  opts: { skip?: number; scramble?: number } = {},
): Float64Array[] {
  const skip = opts.skip ?? 0;
  if (!Number.isInteger(count) || count < 0)
    throw new EngineError(Codes.SIM_BAD_SETTING, `Sobol points: count must be an integer ≥ 0, got ${count}`);
  if (!Number.isInteger(skip) || skip < 0)
    throw new EngineError(Codes.SIM_BAD_SETTING, `Sobol points: skip must be an integer ≥ 0, got ${skip}`);
  if (count + skip > 2 ** BITS)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `Sobol points: skip + count = ${count + skip} exceeds the 2^${BITS} points of a 32-bit sequence`,
    );
  if (opts.scramble !== undefined && !(Number.isInteger(opts.scramble) && opts.scramble >= 0))
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `Sobol points: scramble must be a seed (integer ≥ 0), got ${opts.scramble}`,
    );
  checkDim(dim);
  const V = sobolDirections(dim);
  const shift = opts.scramble === undefined ? new Uint32Array(dim) : digitalShift(opts.scramble, dim);
  // state at index `skip`: X_i = ⊕ V_k over the set bits k of the Gray code i ⊕ (i >> 1)
  const X = new Uint32Array(dim);
  const g = (skip ^ Math.floor(skip / 2)) >>> 0;
  for (let k = 0; k < BITS; k++) if ((g >>> k) & 1) for (let j = 0; j < dim; j++) X[j] ^= V[j * BITS + k];
  const out: Float64Array[] = [];
  const scale = 2 ** -BITS;
  for (let i = skip; i < skip + count; i++) {
    const p = new Float64Array(dim);
    for (let j = 0; j < dim; j++) p[j] = ((X[j] ^ shift[j]) >>> 0) * scale;
    out.push(p);
    if (i + 1 < 2 ** BITS) {
      // lowest zero bit of i (0-based c): the one direction number that changes between i and i+1
      const low = ~i & (i + 1);
      const c = 31 - Math.clz32(low);
      for (let j = 0; j < dim; j++) X[j] ^= V[j * BITS + c];
    }
  }
  return out;
}
