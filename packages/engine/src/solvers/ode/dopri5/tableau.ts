/**
 * Dormand–Prince 5(4) coefficients.
 *
 * J. R. Dormand, P. J. Prince, "A family of embedded Runge-Kutta formulae",
 * J. Comput. Appl. Math. 6 (1980) 19–26, doi:10.1016/0771-050X(80)90013-3 — Table 2 (RK5(4)7M).
 * Dense output of order 4: Hairer, Nørsett, Wanner, Solving ODEs I, 2nd ed. (1993), Sect. II.6,
 * doi:10.1007/978-3-540-78862-1 (coefficients d1..d7 of the continuous extension, as in DOPRI5).
 *
 * Names: nodes c2..c5 (c6 = c7 = 1), stage matrix a_ij, 5th-order weights b_i = a7i (FSAL: the
 * seventh stage is f at the new point), error weights e_i = b_i − b̂_i, dense weights d_i.
 */
export const DOPRI5 = Object.freeze({
  order: 5,
  embeddedOrder: 4,
  c2: 1 / 5,
  c3: 3 / 10,
  c4: 4 / 5,
  c5: 8 / 9,
  a21: 1 / 5,
  a31: 3 / 40,
  a32: 9 / 40,
  a41: 44 / 45,
  a42: -56 / 15,
  a43: 32 / 9,
  a51: 19372 / 6561,
  a52: -25360 / 2187,
  a53: 64448 / 6561,
  a54: -212 / 729,
  a61: 9017 / 3168,
  a62: -355 / 33,
  a63: 46732 / 5247,
  a64: 49 / 176,
  a65: -5103 / 18656,
  // b (= row 7 of A, FSAL)
  a71: 35 / 384,
  a73: 500 / 1113,
  a74: 125 / 192,
  a75: -2187 / 6784,
  a76: 11 / 84,
  // error weights e = b − b̂ (b̂ is the 4th-order embedded solution)
  e1: 71 / 57600,
  e3: -71 / 16695,
  e4: 71 / 1920,
  e5: -17253 / 339200,
  e6: 22 / 525,
  e7: -1 / 40,
  // continuous extension (Hairer I, II.6; DOPRI5's d1..d7)
  d1: -12715105075 / 11282082432,
  d3: 87487479700 / 32700410799,
  d4: -10690763975 / 1880347072,
  d5: 701980252875 / 199316789632,
  d6: -1453857185 / 822651844,
  d7: 69997945 / 29380423,
});
