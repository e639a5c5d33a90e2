/**
 * Tableaus of the Rodas family of linearly implicit Rosenbrock methods, in the transformed form of
 * Hairer & Wanner (Solving ODEs II, 2nd ed., Sect. IV.7, eq. (7.4'), doi:10.1007/978-3-642-05221-7):
 *
 *   (M/(hγ) − J) k_i = f(t + c_i h, y + Σ_{j<i} a_ij k_j) + M Σ_{j<i} (C_ij/h) k_j + h d_i ∂f/∂t
 *   y1 = y + Σ b_j k_j,   error estimate = Σ btilde_j k_j,
 *   dense output y(t + θh) = (1−θ) y0 + θ (y1 + (1−θ)(D_1 + θ (D_2 + θ D_3 …))),  D_m = Σ_j H_mj k_j.
 *
 * Both methods are stiffly accurate: the last two (Rodas4) or three (Rodas5P) stages are evaluated at
 * t + h at the accumulated solution, so b = row s of a plus e_s and the error is the last increment k_s.
 *
 * Rodas4:  E. Hairer, G. Wanner, Solving ODEs II (1996), Sect. VI.4, and their RODAS code
 *          (METH = 1; coefficients a_ij, C_ij, c_i, d_i, dense output d_2j, d_3j as in rodas.f).
 * Rodas5P: G. Steinebach, "Construction of Rosenbrock–Wanner method Rodas5P and numerical benchmarks
 *          within the Julia Differential Equations package", BIT Numer. Math. 63 (2023) 27,
 *          doi:10.1007/s10543-023-00967-x (coefficients γ, a_ij, C_ij, c_i, d_i and the dense-output
 *          matrix H as published with OrdinaryDiffEq's Rodas5P tableau).
 * The values were transcribed and are checked by tests (observed convergence orders 4 and 5, dense
 * output order, published reference solutions).
 */

export interface RosenbrockTableau {
  readonly name: string;
  /** number of stages s */
  readonly stages: number;
  readonly order: number;
  readonly embeddedOrder: number;
  readonly gamma: number;
  /** stage-argument coefficients a_ij, row-major s×s (strictly lower) */
  readonly a: Float64Array;
  /** C_ij, row-major s×s (strictly lower) */
  readonly C: Float64Array;
  /** stage times c_i (length s) */
  readonly c: Float64Array;
  /** ∂f/∂t coefficients d_i (γ_i in Hairer's notation; length s) */
  readonly d: Float64Array;
  /** solution weights b_j (length s) */
  readonly b: Float64Array;
  /** error weights (length s) */
  readonly btilde: Float64Array;
  /** dense-output coefficients H (rows × s) */
  readonly H: Float64Array;
  readonly denseRows: number;
}

function lower(s: number, rows: number[][]): Float64Array {
  const m = new Float64Array(s * s);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let j = 0; j < r.length; j++) m[(i + 1) * s + j] = r[j];
  }
  return m;
}

function freezeTableau(t: RosenbrockTableau): RosenbrockTableau {
  return Object.freeze(t);
}

// ---- Rodas4 (Hairer & Wanner, RODAS METH=1) ----
const R4 = {
  gamma: 0.25,
  a21: 1.544,
  a31: 0.9466785280815826,
  a32: 0.2557011698983284,
  a41: 3.314825187068521,
  a42: 2.896124015972201,
  a43: 0.9986419139977817,
  a51: 1.221224509226641,
  a52: 6.019134481288629,
  a53: 12.53708332932087,
  a54: -0.687886036105895,
  C21: -5.6688,
  C31: -2.430093356833875,
  C32: -0.2063599157091915,
  C41: -0.1073529058151375,
  C42: -9.594562251023355,
  C43: -20.47028614809616,
  C51: 7.496443313967647,
  C52: -10.24680431464352,
  C53: -33.99990352819905,
  C54: 11.7089089320616,
  C61: 8.083246795921522,
  C62: -7.981132988064893,
  C63: -31.52159432874371,
  C64: 16.31930543123136,
  C65: -6.058818238834054,
  c2: 0.386,
  c3: 0.21,
  c4: 0.63,
  d1: 0.25,
  d2: -0.1043,
  d3: 0.1035,
  d4: -0.03620000000000023,
  h21: 10.12623508344586,
  h22: -7.487995877610167,
  h23: -34.80091861555747,
  h24: -7.992771707568823,
  h25: 1.025137723295662,
  h31: -0.6762803392801253,
  h32: 6.087714651680015,
  h33: 16.43084320892478,
  h34: 24.76722511418386,
  h35: -6.594389125716872,
};

export const RODAS4: RosenbrockTableau = freezeTableau({
  name: "rodas4",
  stages: 6,
  order: 4,
  embeddedOrder: 3,
  gamma: R4.gamma,
  a: lower(6, [
    [R4.a21],
    [R4.a31, R4.a32],
    [R4.a41, R4.a42, R4.a43],
    [R4.a51, R4.a52, R4.a53, R4.a54],
    [R4.a51, R4.a52, R4.a53, R4.a54, 1],
  ]),
  C: lower(6, [
    [R4.C21],
    [R4.C31, R4.C32],
    [R4.C41, R4.C42, R4.C43],
    [R4.C51, R4.C52, R4.C53, R4.C54],
    [R4.C61, R4.C62, R4.C63, R4.C64, R4.C65],
  ]),
  c: Float64Array.of(0, R4.c2, R4.c3, R4.c4, 1, 1),
  d: Float64Array.of(R4.d1, R4.d2, R4.d3, R4.d4, 0, 0),
  b: Float64Array.of(R4.a51, R4.a52, R4.a53, R4.a54, 1, 1),
  btilde: Float64Array.of(0, 0, 0, 0, 0, 1),
  H: Float64Array.of(R4.h21, R4.h22, R4.h23, R4.h24, R4.h25, 0, R4.h31, R4.h32, R4.h33, R4.h34, R4.h35, 0),
  denseRows: 2,
});

// ---- Rodas5P (Steinebach 2023) ----
const R5 = {
  gamma: 0.21193756319429014,
  a21: 3.0,
  a31: 2.849394379747939,
  a32: 0.45842242204463923,
  a41: -6.954028509809101,
  a42: 2.489845061869568,
  a43: -10.358996098473584,
  a51: 2.8029986275628964,
  a52: 0.5072464736228206,
  a53: -0.3988312541770524,
  a54: -0.04721187230404641,
  a61: -7.502846399306121,
  a62: 2.561846144803919,
  a63: -11.627539656261098,
  a64: -0.18268767659942256,
  a65: 0.030198172008377946,
  C21: -14.155112264123755,
  C31: -17.97296035885952,
  C32: -2.859693295451294,
  C41: 147.12150275711716,
  C42: -1.41221402718213,
  C43: 71.68940251302358,
  C51: 165.43517024871676,
  C52: -0.4592823456491126,
  C53: 42.90938336958603,
  C54: -5.961986721573306,
  C61: 24.854864614690072,
  C62: -3.0009227002832186,
  C63: 47.4931110020768,
  C64: 5.5814197821558125,
  C65: -0.6610691825249471,
  C71: 30.91273214028599,
  C72: -3.1208243349937974,
  C73: 77.79954646070892,
  C74: 34.28646028294783,
  C75: -19.097331116725623,
  C76: -28.087943162872662,
  C81: 37.80277123390563,
  C82: -3.2571969029072276,
  C83: 112.26918849496327,
  C84: 66.9347231244047,
  C85: -40.06618937091002,
  C86: -54.66780262877968,
  C87: -9.48861652309627,
  c2: 0.6358126895828704,
  c3: 0.4095798393397535,
  c4: 0.9769306725060716,
  c5: 0.4288403609558664,
  d1: 0.21193756319429014,
  d2: -0.42387512638858027,
  d3: -0.3384627126235924,
  d4: 1.8046452872882734,
  d5: 2.325825639765069,
  h21: 25.948786856663858,
  h22: -2.5579724845846235,
  h23: 10.433815404888879,
  h24: -2.3679251022685204,
  h25: 0.524948541321073,
  h26: 1.1241088310450404,
  h27: 0.4272876194431874,
  h28: -0.17202221070155493,
  h31: -9.91568850695171,
  h32: -0.9689944594115154,
  h33: 3.0438037242978453,
  h34: -24.495224566215796,
  h35: 20.176138334709044,
  h36: 15.98066361424651,
  h37: -6.789040303419874,
  h38: -6.710236069923372,
  h41: 11.419903575922262,
  h42: 2.8879645146136994,
  h43: 72.92137995996029,
  h44: 80.12511834622643,
  h45: -52.072871366152654,
  h46: -59.78993625266729,
  h47: -0.15582684282751913,
  h48: 4.883087185713722,
};

export const RODAS5P: RosenbrockTableau = freezeTableau({
  name: "rodas5p",
  stages: 8,
  order: 5,
  embeddedOrder: 4,
  gamma: R5.gamma,
  a: lower(8, [
    [R5.a21],
    [R5.a31, R5.a32],
    [R5.a41, R5.a42, R5.a43],
    [R5.a51, R5.a52, R5.a53, R5.a54],
    [R5.a61, R5.a62, R5.a63, R5.a64, R5.a65],
    [R5.a61, R5.a62, R5.a63, R5.a64, R5.a65, 1],
    [R5.a61, R5.a62, R5.a63, R5.a64, R5.a65, 1, 1],
  ]),
  C: lower(8, [
    [R5.C21],
    [R5.C31, R5.C32],
    [R5.C41, R5.C42, R5.C43],
    [R5.C51, R5.C52, R5.C53, R5.C54],
    [R5.C61, R5.C62, R5.C63, R5.C64, R5.C65],
    [R5.C71, R5.C72, R5.C73, R5.C74, R5.C75, R5.C76],
    [R5.C81, R5.C82, R5.C83, R5.C84, R5.C85, R5.C86, R5.C87],
  ]),
  c: Float64Array.of(0, R5.c2, R5.c3, R5.c4, R5.c5, 1, 1, 1),
  d: Float64Array.of(R5.d1, R5.d2, R5.d3, R5.d4, R5.d5, 0, 0, 0),
  b: Float64Array.of(R5.a61, R5.a62, R5.a63, R5.a64, R5.a65, 1, 1, 1),
  btilde: Float64Array.of(0, 0, 0, 0, 0, 0, 0, 1),
  H: Float64Array.of(
    R5.h21,
    R5.h22,
    R5.h23,
    R5.h24,
    R5.h25,
    R5.h26,
    R5.h27,
    R5.h28,
    R5.h31,
    R5.h32,
    R5.h33,
    R5.h34,
    R5.h35,
    R5.h36,
    R5.h37,
    R5.h38,
    R5.h41,
    R5.h42,
    R5.h43,
    R5.h44,
    R5.h45,
    R5.h46,
    R5.h47,
    R5.h48,
  ),
  denseRows: 3,
});
