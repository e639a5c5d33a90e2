/**
 * Stiff and non-stiff reference problems with published reference solutions.
 *
 * Test set: F. Mazzia, C. Magherini, "Test Set for Initial Value Problem Solvers", release 2.4,
 * University of Bari and INdAM, 2008 (https://archimede.uniba.it/~testset/, formerly
 * www.dm.uniba.it/~testset) — problem descriptions and reference solutions ("computed using
 * RADAU5 in (quadruple or extended) precision with rtol = atol = 1.1e-18", per the test set's
 * solution routines). Problems: ROBER, HIRES, VDPOL, OREGO, POLLU. Also described in
 * E. Hairer, G. Wanner, Solving ODEs II, 2nd ed. (1996), Sect. IV.1 and IV.10,
 * doi:10.1007/978-3-642-05221-7.
 *
 * All Jacobians are analytic (row-major); a test compares them with finite differences.
 */
import type { OdeSystem } from "../types.js";
import type { ReferenceProblem } from "./types.js";

/**
 * Robertson's chemical kinetics (ROBER), t ∈ [0, 1e11] (Hairer & Wanner II, IV.1 (1.4);
 * test set ROBER). Reference at t = 1e11 from the Bari test set (rober.f, `solut`).
 */
export function robertson(tEnd = 1e11): ReferenceProblem {
  const k1 = 0.04;
  const k2 = 3e7;
  const k3 = 1e4;
  const system: OdeSystem = {
    n: 3,
    autonomous: true,
    rhs(_t, y, dy) {
      const r1 = k1 * y[0];
      const r2 = k2 * y[1] * y[1];
      const r3 = k3 * y[1] * y[2];
      dy[0] = -r1 + r3;
      dy[1] = r1 - r2 - r3;
      dy[2] = r2;
    },
    jac(_t, y, J) {
      J[0] = -k1;
      J[1] = k3 * y[2];
      J[2] = k3 * y[1];
      J[3] = k1;
      J[4] = -2 * k2 * y[1] - k3 * y[2];
      J[5] = -k3 * y[1];
      J[6] = 0;
      J[7] = 2 * k2 * y[1];
      J[8] = 0;
    },
  };
  return {
    name: "robertson",
    system,
    t0: 0,
    tEnd,
    y0: Float64Array.of(1, 0, 0),
    // Bari test set ROBER, t = 1e11
    reference: Float64Array.of(0.2083340149701255e-7, 0.8333360770334713e-13, 0.999999979166505),
    source: "Mazzia & Magherini, IVP test set 2.4, ROBER (reference at t = 1e11)",
    stiff: true,
  };
}

/**
 * Robertson as an index-1 DAE: the third equation replaced by the conservation law
 * 0 = y1 + y2 + y3 − 1 (Hairer & Wanner II, Sect. VI.1 / the test set's remark on ROBER).
 * Same reference as the ODE (the ODE conserves y1 + y2 + y3 = 1 exactly).
 */
export function robertsonDae(tEnd = 1e11): ReferenceProblem {
  const k1 = 0.04;
  const k2 = 3e7;
  const k3 = 1e4;
  const system: OdeSystem = {
    n: 3,
    autonomous: true,
    massDiagonal: Float64Array.of(1, 1, 0),
    rhs(_t, y, dy) {
      const r1 = k1 * y[0];
      const r2 = k2 * y[1] * y[1];
      const r3 = k3 * y[1] * y[2];
      dy[0] = -r1 + r3;
      dy[1] = r1 - r2 - r3;
      dy[2] = y[0] + y[1] + y[2] - 1;
    },
    jac(_t, y, J) {
      J[0] = -k1;
      J[1] = k3 * y[2];
      J[2] = k3 * y[1];
      J[3] = k1;
      J[4] = -2 * k2 * y[1] - k3 * y[2];
      J[5] = -k3 * y[1];
      J[6] = 1;
      J[7] = 1;
      J[8] = 1;
    },
  };
  const base = robertson(tEnd);
  return {
    ...base,
    name: "robertson-dae",
    system,
    source: "Robertson as index-1 DAE (y1+y2+y3 = 1); reference: IVP test set 2.4, ROBER at t = 1e11",
  };
}

/**
 * HIRES: "High Irradiance RESponse" of photomorphogenesis, 8 species (Schäfer 1975; Hairer &
 * Wanner II, IV.10; test set HIRES). Reference at t = 321.8122 from the Bari test set (hires.f).
 */
export function hires(): ReferenceProblem {
  const system: OdeSystem = {
    n: 8,
    autonomous: true,
    rhs(_t, y, f) {
      f[0] = -1.71 * y[0] + 0.43 * y[1] + 8.32 * y[2] + 0.0007;
      f[1] = 1.71 * y[0] - 8.75 * y[1];
      f[2] = -10.03 * y[2] + 0.43 * y[3] + 0.035 * y[4];
      f[3] = 8.32 * y[1] + 1.71 * y[2] - 1.12 * y[3];
      f[4] = -1.745 * y[4] + 0.43 * y[5] + 0.43 * y[6];
      f[5] = -280 * y[5] * y[7] + 0.69 * y[3] + 1.71 * y[4] - 0.43 * y[5] + 0.69 * y[6];
      f[6] = 280 * y[5] * y[7] - 1.81 * y[6];
      f[7] = -280 * y[5] * y[7] + 1.81 * y[6];
    },
    jac(_t, y, J) {
      J.fill(0);
      J[0] = -1.71; // ∂f1/∂y1
      J[1] = 0.43; // ∂f1/∂y2
      J[2] = 8.32; // ∂f1/∂y3
      J[8] = 1.71; // ∂f2/∂y1
      J[9] = -8.75; // ∂f2/∂y2
      J[18] = -10.03; // ∂f3/∂y3
      J[19] = 0.43; // ∂f3/∂y4
      J[20] = 0.035; // ∂f3/∂y5
      J[25] = 8.32; // ∂f4/∂y2
      J[26] = 1.71; // ∂f4/∂y3
      J[27] = -1.12; // ∂f4/∂y4
      J[36] = -1.745; // ∂f5/∂y5
      J[37] = 0.43; // ∂f5/∂y6
      J[38] = 0.43; // ∂f5/∂y7
      J[43] = 0.69; // ∂f6/∂y4
      J[44] = 1.71; // ∂f6/∂y5
      J[45] = -280 * y[7] - 0.43; // ∂f6/∂y6
      J[46] = 0.69; // ∂f6/∂y7
      J[47] = -280 * y[5]; // ∂f6/∂y8
      J[53] = 280 * y[7]; // ∂f7/∂y6
      J[54] = -1.81; // ∂f7/∂y7
      J[55] = 280 * y[5]; // ∂f7/∂y8
      J[61] = -280 * y[7]; // ∂f8/∂y6
      J[62] = 1.81; // ∂f8/∂y7
      J[63] = -280 * y[5]; // ∂f8/∂y8
    },
  };
  return {
    name: "hires",
    system,
    t0: 0,
    tEnd: 321.8122,
    y0: Float64Array.of(1, 0, 0, 0, 0, 0, 0, 0.0057),
    // Bari test set HIRES (hires.f, hiressol), t = 321.8122
    reference: Float64Array.of(
      0.7371312573325668e-3,
      0.1442485726316185e-3,
      0.5888729740967575e-4,
      0.1175651343283149e-2,
      0.2386356198831331e-2,
      0.6238968252742796e-2,
      0.2849998395185769e-2,
      0.2850001604814231e-2,
    ),
    source: "Mazzia & Magherini, IVP test set 2.4, HIRES (reference at t = 321.8122)",
    stiff: true,
  };
}

/**
 * Van der Pol oscillator as in the Bari test set VDPOL: y1' = y2, y2' = μ (1 − y1²) y2 − y1
 * with μ = 1000, y(0) = (2, 0), t ∈ [0, 2000].
 * Reference at t = 2000 from the test set (vdpol.f, `solut`). Hairer & Wanner's ε-form
 * (ε = 1/μ², τ = t/μ) has the same y1 and y2_ε = μ·y2.
 */
export function vanDerPol(mu = 1000): ReferenceProblem {
  const system: OdeSystem = {
    n: 2,
    autonomous: true,
    rhs(_t, y, f) {
      f[0] = y[1];
      f[1] = mu * (1 - y[0] * y[0]) * y[1] - y[0];
    },
    jac(_t, y, J) {
      J[0] = 0;
      J[1] = 1;
      J[2] = -2 * mu * y[0] * y[1] - 1;
      J[3] = mu * (1 - y[0] * y[0]);
    },
  };
  if (mu !== 1000) {
    throw new RangeError("vanDerPol: a published reference exists for μ = 1000 only");
  }
  return {
    name: "vdpol-mu1000",
    system,
    t0: 0,
    tEnd: 2000,
    y0: Float64Array.of(2, 0),
    // Bari test set VDPOL, t = 2000
    reference: Float64Array.of(0.1706167732170469e1, -0.8928097010248125e-3),
    source: "Mazzia & Magherini, IVP test set 2.4, VDPOL μ = 1000 (reference at t = 2000)",
    stiff: true,
  };
}

/**
 * Oregonator (OREGO), Field & Noyes' model of the Belousov–Zhabotinskii reaction (Hairer & Wanner
 * II, IV.1 (1.5); test set OREGO): s = 77.27, w = 0.161, q = 8.375e-6, y(0) = (1, 2, 3).
 * Reference at t = 360 from the test set (orego.f).
 */
export function orego(): ReferenceProblem {
  const s = 77.27;
  const w = 0.161;
  const q = 8.375e-6;
  const system: OdeSystem = {
    n: 3,
    autonomous: true,
    rhs(_t, y, f) {
      f[0] = s * (y[1] - y[0] * y[1] + y[0] - q * y[0] * y[0]);
      f[1] = (-y[1] - y[0] * y[1] + y[2]) / s;
      f[2] = w * (y[0] - y[2]);
    },
    jac(_t, y, J) {
      J[0] = s * (-y[1] + 1 - 2 * q * y[0]);
      J[1] = s * (1 - y[0]);
      J[2] = 0;
      J[3] = -y[1] / s;
      J[4] = (-1 - y[0]) / s;
      J[5] = 1 / s;
      J[6] = w;
      J[7] = 0;
      J[8] = -w;
    },
  };
  return {
    name: "orego",
    system,
    t0: 0,
    tEnd: 360,
    y0: Float64Array.of(1, 2, 3),
    // Bari test set OREGO, t = 360
    reference: Float64Array.of(0.1000814870318523e1, 0.1228178521549917e4, 0.1320554942846706e3),
    source: "Mazzia & Magherini, IVP test set 2.4, OREGO (reference at t = 360)",
    stiff: true,
  };
}

/**
 * Air pollution model (POLLU) of the Dutch National Institute of Public Health and Environmental
 * Protection (Verwer 1994, doi:10.1137/0915076), 20 species and 25 reactions; test set POLLU.
 * Reference at t = 60 from the test set (pollu.f). Written as a reaction table: rate constant,
 * reactant indices (0-based; mass action of order 1 or 2) and net stoichiometry; rhs and Jacobian
 * are both generated from the table.
 */
export function pollution(): ReferenceProblem {
  // [k, reactants, [species, coefficient]...] — reactions r1..r25 of the test set
  const table: Array<[number, number[], Array<[number, number]>]> = [
    [
      0.35,
      [0],
      [
        [0, -1],
        [1, 1],
        [2, 1],
      ],
    ],
    [
      0.266e2,
      [1, 3],
      [
        [0, 1],
        [1, -1],
        [3, -1],
      ],
    ],
    [
      0.123e5,
      [4, 1],
      [
        [0, 1],
        [1, -1],
        [4, -1],
        [5, 1],
      ],
    ],
    [
      0.86e-3,
      [6],
      [
        [4, 2],
        [6, -1],
        [7, 1],
      ],
    ],
    [
      0.82e-3,
      [6],
      [
        [6, -1],
        [7, 1],
      ],
    ],
    [
      0.15e5,
      [6, 5],
      [
        [4, 1],
        [5, -1],
        [6, -1],
        [7, 1],
      ],
    ],
    [
      0.13e-3,
      [8],
      [
        [4, 1],
        [7, 1],
        [8, -1],
        [9, 1],
      ],
    ],
    [
      0.24e5,
      [8, 5],
      [
        [5, -1],
        [8, -1],
        [10, 1],
      ],
    ],
    [
      0.165e5,
      [10, 1],
      [
        [0, 1],
        [1, -1],
        [9, 1],
        [10, -1],
        [11, 1],
      ],
    ],
    [
      0.9e4,
      [10, 0],
      [
        [0, -1],
        [10, -1],
        [12, 1],
      ],
    ],
    [
      0.22e-1,
      [12],
      [
        [0, 1],
        [10, 1],
        [12, -1],
      ],
    ],
    [
      0.12e5,
      [9, 1],
      [
        [0, 1],
        [1, -1],
        [9, -1],
        [13, 1],
      ],
    ],
    [
      0.188e1,
      [13],
      [
        [4, 1],
        [6, 1],
        [13, -1],
      ],
    ],
    [
      0.163e5,
      [0, 5],
      [
        [0, -1],
        [5, -1],
        [14, 1],
      ],
    ],
    [
      0.48e7,
      [2],
      [
        [2, -1],
        [3, 1],
      ],
    ],
    [
      0.35e-3,
      [3],
      [
        [3, -1],
        [15, 1],
      ],
    ],
    [
      0.175e-1,
      [3],
      [
        [2, 1],
        [3, -1],
      ],
    ],
    [
      0.1e9,
      [15],
      [
        [5, 2],
        [15, -1],
      ],
    ],
    [
      0.444e12,
      [15],
      [
        [2, 1],
        [15, -1],
      ],
    ],
    [
      0.124e4,
      [16, 5],
      [
        [4, 1],
        [5, -1],
        [16, -1],
        [17, 1],
      ],
    ],
    [
      0.21e1,
      [18],
      [
        [1, 1],
        [18, -1],
      ],
    ],
    [
      0.578e1,
      [18],
      [
        [0, 1],
        [2, 1],
        [18, -1],
      ],
    ],
    [
      0.474e-1,
      [0, 3],
      [
        [0, -1],
        [3, -1],
        [18, 1],
      ],
    ],
    [
      0.178e4,
      [18, 0],
      [
        [0, -1],
        [18, -1],
        [19, 1],
      ],
    ],
    [
      0.312e1,
      [19],
      [
        [0, 1],
        [18, 1],
        [19, -1],
      ],
    ],
  ];
  const n = 20;
  const m = table.length;
  // flatten into typed arrays so that rhs/jac do not chase nested arrays
  const k = new Float64Array(m);
  const ra = new Int32Array(m);
  const rb = new Int32Array(m).fill(-1);
  const stStart = new Int32Array(m + 1);
  const stSpecies: number[] = [];
  const stCoef: number[] = [];
  for (let r = 0; r < m; r++) {
    const [kr, reac, st] = table[r];
    k[r] = kr;
    ra[r] = reac[0];
    if (reac.length > 1) rb[r] = reac[1];
    stStart[r] = stSpecies.length;
    for (const [sp, c] of st) {
      stSpecies.push(sp);
      stCoef.push(c);
    }
  }
  stStart[m] = stSpecies.length;
  const sSp = Int32Array.from(stSpecies);
  const sCo = Float64Array.from(stCoef);
  const system: OdeSystem = {
    n,
    autonomous: true,
    rhs(_t, y, f) {
      f.fill(0);
      for (let r = 0; r < m; r++) {
        const b = rb[r];
        const rate = b < 0 ? k[r] * y[ra[r]] : k[r] * y[ra[r]] * y[b];
        for (let p = stStart[r]; p < stStart[r + 1]; p++) f[sSp[p]] += sCo[p] * rate;
      }
    },
    jac(_t, y, J) {
      J.fill(0);
      for (let r = 0; r < m; r++) {
        const a = ra[r];
        const b = rb[r];
        // ∂rate/∂y_a and ∂rate/∂y_b
        const da = b < 0 ? k[r] : k[r] * y[b];
        const db = b < 0 ? 0 : k[r] * y[a];
        for (let p = stStart[r]; p < stStart[r + 1]; p++) {
          const row = sSp[p] * n;
          J[row + a] += sCo[p] * da;
          if (b >= 0) J[row + b] += sCo[p] * db;
        }
      }
    },
  };
  const y0 = new Float64Array(n);
  y0[1] = 0.2;
  y0[3] = 0.04;
  y0[6] = 0.1;
  y0[7] = 0.3;
  y0[8] = 0.01;
  y0[16] = 0.007;
  return {
    name: "pollution",
    system,
    t0: 0,
    tEnd: 60,
    y0,
    // Bari test set POLLU (pollu.f, `solut`), t = 60
    reference: Float64Array.of(
      0.5646255480022769e-1,
      0.1342484130422339,
      0.4139734331099427e-8,
      0.5523140207484359e-2,
      0.2018977262302196e-6,
      0.1464541863493966e-6,
      0.7784249118997964e-1,
      0.3245075353396018,
      0.7494013383880406e-2,
      0.1622293157301561e-7,
      0.1135863833257075e-7,
      0.2230505975721359e-2,
      0.208716288279863e-3,
      0.1396921016840158e-4,
      0.8964884856898295e-2,
      0.4352846369330103e-17,
      0.6899219696263405e-2,
      0.1007803037365946e-3,
      0.1772146513969984e-5,
      0.5682943292316392e-4,
    ),
    source: "Mazzia & Magherini, IVP test set 2.4, POLLU (reference at t = 60)",
    stiff: true,
  };
}

/**
 * Brusselator (Prigogine & Lefever 1968; Hairer, Nørsett & Wanner I, II.16 "BRUS" ODE form):
 * y1' = 1 + y1² y2 − 4 y1, y2' = 3 y1 − y1² y2, y(0) = (1.5, 3), t ∈ [0, 20]. Non-stiff.
 * Reference at t = 20: Mathematica NDSolve with 32-digit working precision (GetNDSolveProblem
 * ["BrusselatorODE"]), as published with the russell_ode crate (cpmech/russell, Samples::brusselator_ode).
 */
export function brusselator(): ReferenceProblem {
  const system: OdeSystem = {
    n: 2,
    autonomous: true,
    rhs(_t, y, f) {
      const x2y = y[0] * y[0] * y[1];
      f[0] = 1 + x2y - 4 * y[0];
      f[1] = 3 * y[0] - x2y;
    },
    jac(_t, y, J) {
      J[0] = 2 * y[0] * y[1] - 4;
      J[1] = y[0] * y[0];
      J[2] = 3 - 2 * y[0] * y[1];
      J[3] = -y[0] * y[0];
    },
  };
  return {
    name: "brusselator",
    system,
    t0: 0,
    tEnd: 20,
    y0: Float64Array.of(1.5, 3),
    reference: Float64Array.of(0.4986370712683478, 4.596780349452011),
    source: "Mathematica NDSolve (32 digits) via russell_ode's brusselator_ode sample, t = 20",
    stiff: false,
  };
}
