/**
 * A small seeded pseudo-random generator for bootstrap resampling: mulberry32 (Tommy Ettinger, public
 * domain, 2017; a 32-bit multiply–xorshift generator with period 2^32 that passes gjrand/PractRand to
 * a few GB — plenty for thousands of resamples). Seeded runs are reproducible across platforms because
 * only 32-bit integer arithmetic (Math.imul, >>>) is used.
 */
export type Rng = () => number;

/** Uniform [0, 1) generator from a 32-bit seed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
