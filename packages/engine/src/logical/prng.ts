/**
 * Seeded pseudo-random numbers for the stochastic logical simulations: xoshiro128** 1.1
 * (Blackman & Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4):36, 2021,
 * doi:10.1145/3460772; constants: rotl 7 and multipliers 5, 9 of the ** scrambler, shift 9 and
 * rotation 11 of the state update), seeded through SplitMix32-style mixing of (seed, stream)
 * (the 32-bit finaliser of MurmurHash3: multipliers 0x85ebca6b and 0xc2b2ae35, shifts 16/13/16), so
 * every chunk of trajectories has its own independent, reproducible stream whatever the worker layout.
 */

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Xoshiro128 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** `seed` (any 32-bit integer) and `stream` (e.g. the chunk index) select the sequence. */
  constructor(seed: number, stream = 0) {
    // golden-ratio increments (0x9e3779b9) give four distinct, well-mixed words; never all zero
    let x = (seed >>> 0) ^ Math.imul(stream + 1, 0x9e3779b9);
    x = (x + 0x9e3779b9) | 0;
    this.a = fmix32(x);
    x = (x + 0x9e3779b9) | 0;
    this.b = fmix32(x ^ 0x5bd1e995);
    x = (x + 0x9e3779b9) | 0;
    this.c = fmix32(x + stream);
    x = (x + 0x9e3779b9) | 0;
    this.d = fmix32(x ^ (seed >>> 0));
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1;
  }
  /** next 32-bit unsigned integer */
  nextU32(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return r;
  }
  /** uniform in the open interval (0, 1): safe for -log(u) */
  uniform(): number {
    return (this.nextU32() + 0.5) * 2.3283064365386963e-10;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
