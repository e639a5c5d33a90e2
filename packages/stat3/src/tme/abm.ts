/**
 * A 2-D lattice agent-based layer over the population model: where the CD8 T cells are relative to the
 * tumour (inflamed vs excluded), which the well-mixed ODE cannot show.
 *
 * The lattice is driven by a population-model run (model.ts) through its time series: tumour STAT3 (S_T),
 * CD8 STAT3 (S_E), CD8 priming × infiltration, MDSC and CAF counts, PD-1/PD-L1 engagement and drug exposure
 * enter every step, so the same scenarios and therapies apply. Mechanics follow the common on-lattice
 * tumour–immune ABM scheme (e.g. Gong et al. 2017 J R Soc Interface 14:20170320, doi:10.1098/rsif.2017.0320;
 * Norton & Popel 2019 Sci Rep 9:11127): tumour cells divide into free neighbours, CD8 enter at vessels,
 * move by a biased random walk on quasi-steady chemokine fields, kill adjacent tumour cells and die.
 * Coefficients (all named assumptions, tag A, chosen for a readable picture, not fitted):
 *   site 20 µm; dt 0.1 day; 6 moves/step; chemotaxis weights chi10 = 3 (CXCL10, attracts; review ref 50 makes
 *   it STAT3-repressed), chi12 = 3 (CXCL12 from CAFs, repels CD8 — stromal exclusion; review ref 68 for
 *   stromal CXCL12); kill probability per contact-day k_kill = 2 × the population model's kill modifiers;
 *   CD8 death 0.1/day; CD8 inactivation per kill 0.1 (Kuznetsov's m as a per-kill probability).
 * Seeded (mulberry32), so a scenario always gives the same picture.
 */
import type { TmeRun } from "./model.js";
import type { TmeParams } from "./parameters.js";
import { defaultTmeParams } from "./parameters.js";

export const EMPTY = 0;
export const TUMOUR = 1;
export const CSC = 2;
export const CAF = 3;
export const VESSEL = 4;

export interface AbmOptions {
  /** lattice side (sites) */
  size?: number;
  days?: number;
  seed?: number;
  /** initial tumour radius (sites) */
  radius?: number;
  params?: Partial<TmeParams>;
  /** chemotactic sensitivity to CXCL10 (attracts) and CXCL12 (repels), per unit field difference between
   * neighbouring sites (assumption A; default 30 each) */
  chi10?: number;
  chi12?: number;
}

export interface AbmFrame {
  day: number;
  /** cell layer: EMPTY/TUMOUR/CSC/CAF/VESSEL per site (row-major) */
  cells: Uint8Array;
  /** immune layer: 0 none, 1 CD8, 2 MDSC */
  immune: Uint8Array;
}

export interface AbmResult {
  size: number;
  frames: AbmFrame[];
  /**
   * per day: tumour cells; CD8 inside the tumour (on a tumour site with ≥ 3 tumour neighbours), at its margin
   * (touching tumour otherwise), in total; and CD8 in contact with tumour per 100 tumour cells
   */
  stats: {
    day: number;
    tumour: number;
    cd8Core: number;
    cd8Margin: number;
    cd8Total: number;
    contactPer100: number;
  }[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** value of a population-model series at day t (nearest output point at or before t) */
function at(run: TmeRun, key: string, t: number): number {
  const s = run.series[key]!;
  const dt = run.t[1]! - run.t[0]!;
  const i = Math.min(s.length - 1, Math.max(0, Math.floor(t / dt + 1e-9)));
  return s[i]!;
}

/**
 * Run the lattice layer alongside a population run (which must cover `days`). Frames at day 0, the middle
 * and the end.
 */
export function runAbm(run: TmeRun, o: AbmOptions = {}): AbmResult {
  const L = o.size ?? 80;
  const days = Math.min(o.days ?? 30, run.t[run.t.length - 1]!);
  const P = { ...defaultTmeParams(), ...o.params } as TmeParams;
  const rnd = mulberry32(o.seed ?? 1);
  const CHI10 = o.chi10 ?? 30;
  const CHI12 = o.chi12 ?? 30;
  const N = L * L;
  const cells = new Uint8Array(N);
  const immune = new Uint8Array(N);
  const order = new Int32Array(N);
  const w = new Float64Array(4);
  const src = new Float64Array(N);
  const cx10 = new Float64Array(N);
  const cx12 = new Float64Array(N);
  const sup = new Float64Array(N);
  const tmp = new Float64Array(N);
  const c0 = (L - 1) / 2;
  const R = o.radius ?? Math.round(L * 0.15);
  const vasc = at(run, "V", 0);
  // initial tissue: tumour disc (2 % CSC), a CAF rim, vessels scattered outside and sparsely inside
  for (let y = 0; y < L; y++)
    for (let x = 0; x < L; x++) {
      const i = y * L + x;
      const r = Math.hypot(x - c0, y - c0);
      if (r <= R) cells[i] = rnd() < 0.005 * vasc ? VESSEL : rnd() < 0.02 ? CSC : TUMOUR;
      else if (r <= R + 4 && rnd() < 0.35) cells[i] = CAF;
      // peri-tumoural vasculature, denser near the rim (density scaled by the model's vascular index)
      else if (rnd() < 0.05 * vasc * Math.exp(-(r - R - 4) / 8)) cells[i] = VESSEL;
    }
  const nb = [1, -1, L, -L];
  const inside = (i: number, d: number) => {
    const x = i % L;
    if (d === 1 && x === L - 1) return false;
    if (d === -1 && x === 0) return false;
    const j = i + d;
    return j >= 0 && j < N;
  };
  const isTum = (c: number) => c === TUMOUR || c === CSC;
  /** quasi-steady field: ∇²c − k c + src = 0 (unit diffusion per site²), Jacobi sweeps from the last field */
  const relax = (f: Float64Array, k: number, sweeps: number) => {
    for (let s = 0; s < sweeps; s++) {
      for (let y = 0; y < L; y++)
        for (let x = 0; x < L; x++) {
          const i = y * L + x;
          let sum = 0;
          let cnt = 0;
          if (x > 0) {
            sum += f[i - 1]!;
            cnt++;
          }
          if (x < L - 1) {
            sum += f[i + 1]!;
            cnt++;
          }
          if (y > 0) {
            sum += f[i - L]!;
            cnt++;
          }
          if (y < L - 1) {
            sum += f[i + L]!;
            cnt++;
          }
          tmp[i] = (src[i]! + sum) / (k + cnt);
        }
      f.set(tmp);
    }
  };
  const frames: AbmFrame[] = [];
  const stats: AbmResult["stats"] = [];
  const snap = (day: number) => frames.push({ day, cells: cells.slice(), immune: immune.slice() });
  const dt = 0.1;
  const steps = Math.round(days / dt);
  const frameSteps = new Set([0, Math.round(steps / 2), steps]);
  const record = (day: number) => {
    let tumour = 0;
    let core = 0;
    let margin = 0;
    let total = 0;
    for (let i = 0; i < N; i++) {
      if (isTum(cells[i]!)) tumour++;
      if (immune[i] !== 1) continue;
      total++;
      let t = 0;
      for (const d of nb) if (inside(i, d) && isTum(cells[i + d]!)) t++;
      if (isTum(cells[i]!) && t >= 3) core++;
      else if (t >= 1 || isTum(cells[i]!)) margin++;
    }
    stats.push({
      day,
      tumour,
      cd8Core: core,
      cd8Margin: margin,
      cd8Total: total,
      contactPer100: tumour ? (100 * (core + margin)) / tumour : 0,
    });
  };
  for (let step = 0; step <= steps; step++) {
    const t = step * dt;
    if (frameSteps.has(step)) snap(t);
    if (Math.abs(t - Math.round(t)) < 1e-9) record(Math.round(t));
    if (step === steps) break;
    const ST = at(run, "S_T", t);
    const SE = at(run, "S_E", t);
    const SF = at(run, "S_F", t);
    const prime = at(run, "cd8_priming", t);
    const pdEng = at(run, "pd1_engagement", t);
    const mdscLevel = at(run, "MDSC", t) / P.MD_ref;
    const cafLevel = at(run, "F", t) / P.F_ref;
    // fields every 5 steps (they relax fast compared with cell moves)
    if (step % 5 === 0) {
      for (let i = 0; i < N; i++) src[i] = isTum(cells[i]!) ? 0.2 * (1 - ST) : 0;
      relax(cx10, 0.01, 10);
      for (let i = 0; i < N; i++) src[i] = cells[i] === CAF ? 0.6 * cafLevel * SF : 0; // CAF STAT3 (Fig. 2 legend) and CAF number
      relax(cx12, 0.05, 10);
      for (let i = 0; i < N; i++) src[i] = (isTum(cells[i]!) ? 0.05 * ST : 0) + (immune[i] === 2 ? 0.3 : 0);
      relax(sup, 0.1, 6);
    }
    // CD8 influx at vessels ∝ priming × infiltration of the population model
    const influx = 15 * prime * dt;
    let nNew = Math.floor(influx) + (rnd() < influx - Math.floor(influx) ? 1 : 0);
    for (let tries = 0; nNew > 0 && tries < 200; tries++) {
      const i = Math.floor(rnd() * N);
      if (cells[i] === VESSEL && immune[i] === 0) {
        immune[i] = 1;
        nNew--;
      }
    }
    // MDSC: keep their number at the margin in proportion to the population model
    let nMdsc = 0;
    for (let i = 0; i < N; i++) if (immune[i] === 2) nMdsc++;
    const targetMdsc = Math.round(25 * mdscLevel);
    for (let tries = 0; nMdsc < targetMdsc && tries < 400; tries++) {
      const i = Math.floor(rnd() * N);
      const r = Math.hypot((i % L) - c0, Math.floor(i / L) - c0);
      if (immune[i] === 0 && r < R * 1.6) {
        immune[i] = 2;
        nMdsc++;
      }
    }
    // CD8 moves: biased random walk (CXCL10 up, CXCL12 down), each CD8 once per sub-move in random order
    for (let m = 0; m < 6; m++) {
      let nT = 0;
      for (let i = 0; i < N; i++) if (immune[i] === 1) order[nT++] = i;
      for (let a = nT - 1; a > 0; a--) {
        const b = Math.floor(rnd() * (a + 1));
        const x = order[a]!;
        order[a] = order[b]!;
        order[b] = x;
      }
      for (let a = 0; a < nT; a++) {
        const i = order[a]!;
        if (immune[i] !== 1 || rnd() < 0.2) continue;
        let wsum = 0;
        for (let k = 0; k < 4; k++) {
          const d = nb[k]!;
          w[k] = 0;
          if (!inside(i, d) || immune[i + d] !== 0) continue;
          w[k] = Math.exp(CHI10 * (cx10[i + d]! - cx10[i]!) - CHI12 * (cx12[i + d]! - cx12[i]!));
          wsum += w[k]!;
        }
        if (wsum === 0) continue;
        let u = rnd() * wsum;
        for (let k = 0; k < 4; k++) {
          u -= w[k]!;
          if (u <= 0 && w[k]! > 0) {
            const j = i + nb[k]!;
            immune[j] = 1;
            immune[i] = 0;
            break;
          }
        }
      }
    }
    // killing, death
    const killBase = (2 * (1 - P.eps_cd8 * SE)) / (1 + P.kappa_pd * pdEng);
    for (let i = 0; i < N; i++) {
      if (immune[i] !== 1) continue;
      if (rnd() < 0.1 * dt) {
        immune[i] = 0;
        continue;
      }
      const pk = 1 - Math.exp((-killBase * dt) / (1 + 5 * sup[i]!));
      for (const d of [0, ...nb]) {
        const j = i + d;
        if (d !== 0 && !inside(i, d)) continue;
        const c = cells[j]!;
        if (!isTum(c)) continue;
        if (rnd() < (c === CSC ? P.csc_resist * pk : pk)) {
          cells[j] = EMPTY;
          if (rnd() < 0.1) immune[i] = 0; // inactivation
          break;
        }
      }
    }
    // tumour proliferation into a free neighbour (CSCs keep their kind with STAT3-dependent probability)
    const aEff = P.a * (1 + P.eps_prol * (ST - 0.5));
    const pDiv = 1 - Math.exp(-aEff * 1.5 * dt);
    for (let n = 0; n < N; n++) {
      const i = Math.floor(rnd() * N);
      const c = cells[i]!;
      if (!isTum(c) || rnd() > pDiv) continue;
      const k = Math.floor(rnd() * 4);
      const d = nb[k]!;
      if (!inside(i, d)) continue;
      const j = i + d;
      if (cells[j] === EMPTY || (cells[j] === CAF && rnd() < 0.2)) {
        cells[j] = c === CSC && rnd() < 0.5 + 0.3 * (ST - 0.5) ? CSC : TUMOUR;
      }
    }
  }
  return { size: L, frames, stats };
}
