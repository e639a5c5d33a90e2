/**
 * Interior trust-region reflective method for bound-constrained minimisation (the method of fides).
 *
 * Coleman & Li, "An interior trust region approach for nonlinear minimization subject to bounds",
 * SIAM J. Optim. 6 (1996) 418–445, doi:10.1137/0806023: the iterate stays strictly inside the box;
 * with v_i the distance to the bound the gradient points at (v_i = 1 when that bound is infinite) and
 * D = diag(√v), the step solves the scaled subproblem
 *   min ĝᵀŝ + ½ ŝᵀĤŝ,  ‖ŝ‖₂ ≤ Δ,   ĝ = D g,  Ĥ = D H D + diag(|g_i|·[bound i finite]),
 * and p = Dŝ. Near a bound the scaling shrinks the component that would cross it, so parameters that
 * belong at a bound (Boehm's k_exp_hetero at 10⁻⁵) approach it smoothly instead of being clipped.
 * Steps that still leave the box are (i) truncated at the boundary and stepped back by
 * θ = max(0.95, 1 − ‖ĝ‖∞), (ii) reflected at the boundary and line-minimised along the reflected
 * direction, or (iii) the scaled steepest-descent step line-minimised — whichever has the lowest model
 * value ψ(p) = gᵀp + ½ pᵀ(H + D⁻¹CD⁻¹)p with C = diag(|g_i|) (Coleman & Li §3; the candidates and θ as in
 * fides, Fröhlich & Sorger, PLoS Comput. Biol. 18 (2022) e1010322, doi:10.1371/journal.pcbi.1010322).
 * Gain ratio ρ = (f(x) − f(x+p) − ½ pᵀD⁻¹CD⁻¹p)/(−ψ(p)) (Coleman & Li eq. 3.5); step accepted when ρ > 0;
 * Δ ← ¼‖ŝ‖ when ρ < ¼, Δ ← 2Δ when ρ > ¾ and ‖ŝ‖ ≥ 0.9Δ (Nocedal & Wright, Numerical Optimization,
 * 2nd ed. 2006, Alg. 4.1, doi:10.1007/978-0-387-40065-5). A failed simulation (+∞) is a rejected step.
 * The subproblem is solved exactly (Moré & Sorensen, SIAM J. Sci. Stat. Comput. 4 (1983) 553,
 * doi:10.1137/0904038) through the eigen-decomposition of Ĥ (cyclic Jacobi), which for the parameter
 * counts of ODE fits (≤ a few hundred) costs far less than one simulation.
 * Model Hessian: the Gauss–Newton/Fisher matrix of the objective (Evaluation.H) for the first
 * max(50, 5n) iterations, then damped BFGS started from it (the "hybrid" switching of fides, Fröhlich &
 * Sorger 2022, which uses the Fisher matrix far from the optimum and a secant Hessian where the
 * neglected residual curvature slows Gauss–Newton down; hessianUpdate "gn" keeps Gauss–Newton). When the
 * problem gives no Gauss–Newton matrix (adjoint gradients carry no residual sensitivities) or with
 * hessianUpdate "bfgs", damped BFGS from B₀ = I, rescaled at the first step (Nocedal & Wright eq. 6.20);
 * measured on Boehm: 4/100 starts reach the best optimum this way against 10/100 with the hybrid.
 * Optional 2-D subspace subproblem (options.subspace = "2d", fides' default).
 * Stopping: accepted step with |Δf| ≤ ftol·(1 + |f|) (1e-12), scaled gradient ‖v⊙g‖∞ < gtol (1e-12),
 * step ‖p‖∞ < xtol (1e-12), or the radius below 1e-14. These are far tighter than fides' defaults
 * (1e-8): on the Boehm benchmark the paths into the best basin cross long shallow stretches, and the
 * looser criteria stop there (measured: 4 → 10 % of starts reaching the best optimum).
 * Measured on Boehm_JProteomeRes2014 (stat3 fit seed-1 design): see bench/multistart-success.ts and docs/results/boehm-multistart.md.
 */
import {
  type BoxProblem,
  type Evaluation,
  type OptimizeOptions,
  type OptimizeResult,
  pastDeadline,
  safeEvaluate,
} from "./types.js";

/**
 * Symmetric eigen-decomposition by cyclic Jacobi rotations: A (row-major n×n, overwritten) → eigenvalues
 * in `w`, eigenvectors in the columns of `Q`. Golub & Van Loan, Matrix Computations, 4th ed., §8.5.
 */
export function jacobiEigen(A: Float64Array, n: number, w: Float64Array, Q: Float64Array): void {
  Q.fill(0);
  for (let i = 0; i < n; i++) Q[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    let diag = 0;
    for (let i = 0; i < n; i++) {
      diag += A[i * n + i] * A[i * n + i];
      for (let j = i + 1; j < n; j++) off += A[i * n + j] * A[i * n + j];
    }
    if (off <= 1e-30 * diag || off === 0) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q];
        if (apq === 0) continue;
        const app = A[p * n + p];
        const aqq = A[q * n + q];
        const tau = (aqq - app) / (2 * apq);
        const t = Math.sign(tau || 1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p];
          const akq = A[k * n + q];
          A[k * n + p] = c * akp - s * akq;
          A[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k];
          const aqk = A[q * n + k];
          A[p * n + k] = c * apk - s * aqk;
          A[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const qkp = Q[k * n + p];
          const qkq = Q[k * n + q];
          Q[k * n + p] = c * qkp - s * qkq;
          Q[k * n + q] = s * qkp + c * qkq;
        }
      }
    }
  }
  for (let i = 0; i < n; i++) w[i] = A[i * n + i];
}

/**
 * Exact trust-region subproblem min gᵀs + ½sᵀBs, ‖s‖₂ ≤ Δ, from B = Q diag(w) Qᵀ: s = −Σ γ_i/(w_i+λ) q_i
 * with γ = Qᵀg and λ ≥ max(0, −w_min) such that ‖s‖ = Δ unless the Newton step is inside (Moré–Sorensen).
 * Hard case (γ ⊥ eigenspace of w_min): the boundary is reached by adding that eigenvector.
 */
function solveSubproblem(
  n: number,
  w: Float64Array,
  Q: Float64Array,
  g: Float64Array,
  delta: number,
  gamma: Float64Array,
  s: Float64Array,
): void {
  let wmin = Number.POSITIVE_INFINITY;
  let imin = 0;
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let k = 0; k < n; k++) v += Q[k * n + i] * g[k];
    gamma[i] = v;
    if (w[i] < wmin) {
      wmin = w[i];
      imin = i;
    }
  }
  let wmax = 0;
  for (let i = 0; i < n; i++) wmax = Math.max(wmax, Math.abs(w[i]));
  const norm = (lam: number) => {
    let a = 0;
    for (let i = 0; i < n; i++) {
      const d = w[i] + lam;
      if (d <= 0) return Number.POSITIVE_INFINITY;
      a += (gamma[i] / d) ** 2;
    }
    return Math.sqrt(a);
  };
  // eigenvalues this small relative to the largest are numerical zeros (flat directions)
  const eps = 1e-12 * Math.max(wmax, 1e-300);
  let lam: number;
  const lo0 = Math.max(0, -wmin + eps);
  if (wmin > eps && norm(0) <= delta) lam = 0;
  else if (norm(lo0) <= delta) {
    // hard case: the boundary can only be reached along the eigenvector of w_min
    lam = lo0;
    const base = norm(lam);
    for (let i = 0; i < n; i++) s[i] = 0;
    for (let i = 0; i < n; i++) {
      const c = -gamma[i] / (w[i] + lam);
      for (let k = 0; k < n; k++) s[k] += c * Q[k * n + i];
    }
    const tau = Math.sqrt(Math.max(delta * delta - base * base, 0));
    for (let k = 0; k < n; k++) s[k] += tau * Q[k * n + imin];
    return;
  } else {
    // ‖s(λ)‖ decreases in λ: bracket, then bisection on 1/‖s‖ − 1/Δ with Newton acceleration
    let lo = lo0;
    let hi = Math.max(lo0, 1);
    while (norm(hi) > delta) hi *= 2;
    lam = hi;
    for (let it = 0; it < 200; it++) {
      const nm = norm(lam);
      if (Math.abs(nm - delta) <= 1e-10 * delta) break;
      if (nm > delta) lo = lam;
      else hi = lam;
      // Newton on φ(λ) = 1/‖s‖ − 1/Δ (Moré–Sorensen): λ ← λ + (‖s‖/‖q‖)²(‖s‖ − Δ)/Δ
      let q2 = 0;
      for (let i = 0; i < n; i++) q2 += gamma[i] ** 2 / (w[i] + lam) ** 3;
      let next = Number.isFinite(nm) && q2 > 0 ? lam + ((nm * nm) / q2) * ((nm - delta) / delta) : Number.NaN;
      if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
      if (hi - lo <= 1e-14 * hi) break;
      lam = next;
    }
  }
  for (let k = 0; k < n; k++) s[k] = 0;
  for (let i = 0; i < n; i++) {
    const c = -gamma[i] / (w[i] + lam);
    for (let k = 0; k < n; k++) s[k] += c * Q[k * n + i];
  }
}

export function trustRegionReflective(
  problem: BoxProblem,
  x0: Float64Array,
  options: OptimizeOptions = {},
): OptimizeResult {
  const { n, lb, ub } = problem;
  const maxIt = options.maxIterations ?? 1000;
  const maxEv = options.maxEvaluations ?? 2000;
  // tight defaults on purpose (see the header)
  const ftol = options.ftol ?? 1e-12;
  const gtol = options.gtol ?? 1e-12;
  const xtol = options.xtol ?? 1e-12;
  let delta = options.initialRadius ?? 1;
  const maxRadius = options.maxRadius ?? Number.POSITIVE_INFINITY;
  // strictly interior start: the scaling is singular on the boundary
  const x = Float64Array.from(x0);
  for (let i = 0; i < n; i++) {
    const w = Number.isFinite(ub[i] - lb[i]) ? 1e-6 * (ub[i] - lb[i]) : 1e-6;
    if (Number.isFinite(lb[i]) && x[i] <= lb[i]) x[i] = lb[i] + w;
    if (Number.isFinite(ub[i]) && x[i] >= ub[i]) x[i] = ub[i] - w;
  }
  let evals = 1;
  let cur: Evaluation = safeEvaluate(problem, x, 2);
  const trace: number[] = [cur.f];
  // without a Gauss–Newton matrix (adjoint gradients give none) the model Hessian is BFGS throughout
  const update = options.hessianUpdate ?? (cur.H === undefined && cur.g !== undefined ? "bfgs" : "hybrid");
  const needH = update !== "bfgs";
  if (!Number.isFinite(cur.f) || !cur.g || (needH && !cur.H))
    return { x, f: cur.f, iterations: 0, evaluations: evals, exit: "failed", trace };
  const d = new Float64Array(n); // √v
  const c = new Float64Array(n); // Coleman–Li C = diag(|g|·[bounded])
  const gh = new Float64Array(n);
  const B = new Float64Array(n * n);
  const w = new Float64Array(n);
  const Q = new Float64Array(n * n);
  const gamma = new Float64Array(n);
  const sh = new Float64Array(n);
  const p = new Float64Array(n);
  const cand = new Float64Array(n);
  const dir = new Float64Array(n);
  const xt = new Float64Array(n);
  const Hp = new Float64Array(n);
  // ψ(p) = gᵀp + ½pᵀ(H + D⁻¹CD⁻¹)p on the original scale
  const psi = (g: Float64Array, H: Float64Array, q: Float64Array) => {
    let a = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      if (q[i] === 0) continue;
      a += g[i] * q[i];
      let r = 0;
      for (let j = 0; j < n; j++) r += H[i * n + j] * q[j];
      b += q[i] * r + (c[i] / (d[i] * d[i])) * q[i] * q[i];
    }
    return a + 0.5 * b;
  };
  /** largest t ≥ 0 with lb ≤ xs + t·u ≤ ub, and the index that limits it */
  const maxStep = (xs: Float64Array, u: Float64Array) => {
    let t = Number.POSITIVE_INFINITY;
    let at = -1;
    for (let i = 0; i < n; i++) {
      let ti = Number.POSITIVE_INFINITY;
      if (u[i] > 0) ti = (ub[i] - xs[i]) / u[i];
      else if (u[i] < 0) ti = (lb[i] - xs[i]) / u[i];
      if (ti < t) {
        t = ti;
        at = i;
      }
    }
    return { t: Math.max(t, 0), at };
  };
  /** scaled length ‖D⁻¹q‖ */
  const scaledNorm = (q: Float64Array) => {
    let a = 0;
    for (let i = 0; i < n; i++) a += (q[i] / d[i]) ** 2;
    return Math.sqrt(a);
  };
  /** minimise ψ(base + t·u) over 0 ≤ t ≤ tmax (ψ is quadratic in t); writes base + t·u into out */
  const lineMin = (
    g: Float64Array,
    H: Float64Array,
    base: Float64Array,
    u: Float64Array,
    tmax: number,
    out: Float64Array,
  ) => {
    // ψ(base + t u) = ψ(base) + t·(gᵀu + uᵀM base) + ½t²·uᵀMu, M = H + D⁻¹CD⁻¹
    let gu = 0;
    let uMb = 0;
    let uMu = 0;
    for (let i = 0; i < n; i++) {
      let rb = 0;
      let ru = 0;
      for (let j = 0; j < n; j++) {
        rb += H[i * n + j] * base[j];
        ru += H[i * n + j] * u[j];
      }
      const cd = c[i] / (d[i] * d[i]);
      rb += cd * base[i];
      ru += cd * u[i];
      gu += g[i] * u[i];
      uMb += u[i] * rb;
      uMu += u[i] * ru;
    }
    const slope = gu + uMb;
    let t = slope >= 0 ? 0 : uMu > 0 ? Math.min(-slope / uMu, tmax) : tmax;
    if (!Number.isFinite(t)) t = 0;
    for (let i = 0; i < n; i++) out[i] = base[i] + t * u[i];
  };
  const best = new Float64Array(n);
  // 2-D subspace (Byrd, Schnabel & Shultz, Math. Program. 40 (1988) 247, doi:10.1007/BF01580735; fides'
  // default): the subproblem restricted to span{ĝ, Newton step}, solved exactly there
  const twoD = options.subspace === "2d";
  const V1 = new Float64Array(n);
  const V2 = new Float64Array(n);
  const B2 = new Float64Array(4);
  const w2 = new Float64Array(2);
  const Q2 = new Float64Array(4);
  const g2 = new Float64Array(2);
  const gam2 = new Float64Array(2);
  const s2 = new Float64Array(2);
  const subspaceStep = () => {
    // Newton direction from the eigen-decomposition of B (= Ĥ): −Σ γ_i/w_i q_i over w_i > 0; with a
    // negative eigenvalue the direction of negative curvature instead
    let wmax = 0;
    let wmin = Number.POSITIVE_INFINITY;
    let imin = 0;
    for (let i = 0; i < n; i++) {
      wmax = Math.max(wmax, Math.abs(w[i]));
      if (w[i] < wmin) {
        wmin = w[i];
        imin = i;
      }
    }
    const eps = 1e-12 * wmax;
    V2.fill(0);
    if (wmin < -eps) for (let k = 0; k < n; k++) V2[k] = Q[k * n + imin];
    else
      for (let i = 0; i < n; i++) {
        if (w[i] <= eps) continue;
        let gi = 0;
        for (let k = 0; k < n; k++) gi += Q[k * n + i] * gh[k];
        const cc = -gi / w[i];
        for (let k = 0; k < n; k++) V2[k] += cc * Q[k * n + i];
      }
    let gn = 0;
    for (let k = 0; k < n; k++) gn += gh[k] * gh[k];
    gn = Math.sqrt(gn);
    for (let k = 0; k < n; k++) V1[k] = gh[k] / gn;
    let dot = 0;
    for (let k = 0; k < n; k++) dot += V1[k] * V2[k];
    let n2 = 0;
    for (let k = 0; k < n; k++) {
      V2[k] -= dot * V1[k];
      n2 += V2[k] * V2[k];
    }
    n2 = Math.sqrt(n2);
    const dim = n2 > 1e-10 * (Math.abs(dot) + 1e-300) ? 2 : 1;
    if (dim === 2) for (let k = 0; k < n; k++) V2[k] /= n2;
    // reduced model
    for (let a = 0; a < dim; a++) {
      const Va = a === 0 ? V1 : V2;
      let ga = 0;
      for (let k = 0; k < n; k++) ga += Va[k] * gh[k];
      g2[a] = ga;
      for (let b = 0; b < dim; b++) {
        const Vb = b === 0 ? V1 : V2;
        let v = 0;
        for (let i = 0; i < n; i++) {
          let r = 0;
          for (let j = 0; j < n; j++) r += (d[i] * M[i * n + j] * d[j] + (i === j ? c[i] : 0)) * Vb[j];
          v += Va[i] * r;
        }
        B2[a * dim + b] = v;
      }
    }
    jacobiEigen(B2, dim, w2, Q2);
    solveSubproblem(dim, w2, Q2, g2, delta, gam2, s2);
    for (let k = 0; k < n; k++) sh[k] = s2[0] * V1[k] + (dim === 2 ? s2[1] * V2[k] : 0);
  };
  // the BFGS matrix once "hybrid" has switched (or from the start with "bfgs")
  const A = new Float64Array(n * n);
  const M = new Float64Array(n * n);
  const z = new Float64Array(n);
  const switchAt = options.switchIteration ?? Math.max(50, 5 * n);
  let bfgs = update === "bfgs";
  let firstScale = false;
  let bfgsInit = false;
  for (let it = 1; it <= maxIt; it++) {
    const g = cur.g as Float64Array;
    const Hgn = cur.H;
    if (update === "hybrid" && it === switchAt) bfgs = true;
    if (bfgs) {
      // first BFGS iteration: B₀ = the Gauss–Newton matrix here
      if (!bfgsInit) {
        if (Hgn !== undefined) A.set(Hgn);
        else {
          // B₀ = I on the optimisation scale; the first accepted step rescales it (Nocedal & Wright eq. 6.20)
          A.fill(0);
          for (let i = 0; i < n; i++) A[i * n + i] = 1;
          firstScale = true;
        }
        bfgsInit = true;
      }
      M.set(A);
    } else M.set(Hgn as Float64Array);
    const H = M;
    // Coleman–Li scaling
    let gnorm = 0;
    let ghInf = 0;
    for (let i = 0; i < n; i++) {
      let v = 1;
      let bounded = false;
      if (g[i] < 0 && Number.isFinite(ub[i])) {
        v = ub[i] - x[i];
        bounded = true;
      } else if (g[i] > 0 && Number.isFinite(lb[i])) {
        v = x[i] - lb[i];
        bounded = true;
      }
      v = Math.max(v, 1e-300);
      d[i] = Math.sqrt(v);
      c[i] = bounded ? Math.abs(g[i]) : 0;
      gh[i] = d[i] * g[i];
      gnorm = Math.max(gnorm, Math.abs(v * g[i]));
      ghInf = Math.max(ghInf, Math.abs(gh[i]));
    }
    if (gnorm < gtol) return { x, f: cur.f, iterations: it - 1, evaluations: evals, exit: "gtol", trace };
    const theta = Math.max(0.95, 1 - ghInf);
    let accepted = false;
    while (!accepted) {
      if (evals >= maxEv)
        return { x, f: cur.f, iterations: it, evaluations: evals, exit: "maxEvaluations", trace };
      if (pastDeadline(options))
        return { x, f: cur.f, iterations: it, evaluations: evals, exit: "maxTime", trace };
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) B[i * n + j] = d[i] * H[i * n + j] * d[j] + (i === j ? c[i] : 0);
      jacobiEigen(B, n, w, Q);
      if (twoD) subspaceStep();
      else solveSubproblem(n, w, Q, gh, delta, gamma, sh);
      for (let i = 0; i < n; i++) p[i] = d[i] * sh[i];
      // candidates within the box
      const { t: tb, at } = maxStep(x, p);
      let bestPsi: number;
      if (tb > 1) {
        best.set(p);
        bestPsi = psi(g, H, best);
      } else {
        // (i) truncated at the boundary, stepped back
        for (let i = 0; i < n; i++) best[i] = theta * tb * p[i];
        bestPsi = psi(g, H, best);
        // (ii) reflected at the boundary: from x + tb·p along p with the hit component mirrored
        for (let i = 0; i < n; i++) {
          xt[i] = x[i] + tb * p[i];
          dir[i] = i === at ? -p[i] : p[i];
        }
        {
          const { t: tr } = maxStep(xt, dir);
          // stay inside the trust region: ‖D⁻¹(tb·p + t·dir)‖ ≤ Δ (solve the scalar quadratic)
          let aa = 0;
          let bb = 0;
          let cc = -delta * delta;
          for (let i = 0; i < n; i++) {
            const u = dir[i] / d[i];
            const b0 = (tb * p[i]) / d[i];
            aa += u * u;
            bb += 2 * u * b0;
            cc += b0 * b0;
          }
          const tTr = aa > 0 ? (-bb + Math.sqrt(Math.max(bb * bb - 4 * aa * cc, 0))) / (2 * aa) : 0;
          const tmax = Math.max(0, Math.min(theta * tr, tTr));
          for (let i = 0; i < n; i++) Hp[i] = tb * p[i];
          lineMin(g, H, Hp, dir, tmax, cand);
          const v = psi(g, H, cand);
          if (v < bestPsi && maxStep(x, cand).t >= 1) {
            bestPsi = v;
            best.set(cand);
          }
        }
        // (iii) scaled steepest descent −D²g, within trust region and box
        for (let i = 0; i < n; i++) {
          dir[i] = -d[i] * d[i] * g[i];
          Hp[i] = 0;
        }
        {
          const sn = scaledNorm(dir);
          const { t: tg } = maxStep(x, dir);
          const tmax = Math.min(sn > 0 ? delta / sn : 0, theta * tg);
          lineMin(g, H, Hp, dir, tmax, cand);
          const v = psi(g, H, cand);
          if (v < bestPsi) {
            bestPsi = v;
            best.set(cand);
          }
        }
      }
      let smax = 0;
      for (let i = 0; i < n; i++) {
        xt[i] = Math.min(Math.max(x[i] + best[i], lb[i]), ub[i]);
        smax = Math.max(smax, Math.abs(best[i]));
      }
      const sNorm = scaledNorm(best);
      if (smax < xtol || !(bestPsi < 0))
        return { x, f: cur.f, iterations: it, evaluations: evals, exit: "xtol", trace };
      const trial = safeEvaluate(problem, xt, 0);
      evals++;
      let corr = 0;
      for (let i = 0; i < n; i++) corr += (c[i] / (d[i] * d[i])) * best[i] * best[i];
      const rho = Number.isFinite(trial.f)
        ? (cur.f - trial.f - 0.5 * corr) / -bestPsi
        : Number.NEGATIVE_INFINITY;
      if (rho > 0 && trial.f < cur.f) {
        const full = safeEvaluate(problem, xt, 2);
        evals++;
        if (!Number.isFinite(full.f) || !full.g || (needH && !full.H)) {
          delta = 0.25 * sNorm;
          continue;
        }
        const fOld = cur.f;
        if (bfgs) {
          // damped BFGS of the whole model matrix (Powell, Math. Program. 14 (1978) 224,
          // doi:10.1007/BF01588967): y blended with Bs so that sᵀy ≥ 0.2 sᵀBs keeps B positive definite
          const gN = full.g as Float64Array;
          let sBs = 0;
          let sy = 0;
          for (let i = 0; i < n; i++) {
            let r = 0;
            for (let j = 0; j < n; j++) r += A[i * n + j] * best[j];
            z[i] = r; // Bs
            sBs += best[i] * r;
            sy += best[i] * (gN[i] - g[i]);
          }
          if (firstScale && sy > 0) {
            // B₀ ← (yᵀy / sᵀy)·I before the first update (Nocedal & Wright, eq. 6.20)
            let yy = 0;
            for (let i = 0; i < n; i++) yy += (gN[i] - g[i]) ** 2;
            const sc = yy / sy;
            A.fill(0);
            for (let i = 0; i < n; i++) A[i * n + i] = sc;
            sBs = 0;
            for (let i = 0; i < n; i++) {
              z[i] = sc * best[i];
              sBs += best[i] * z[i];
            }
            firstScale = false;
          }
          if (sBs > 0) {
            const phi = sy >= 0.2 * sBs ? 1 : (0.8 * sBs) / (sBs - sy);
            let sr = 0;
            for (let i = 0; i < n; i++) {
              Hp[i] = phi * (gN[i] - g[i]) + (1 - phi) * z[i]; // damped y
              sr += best[i] * Hp[i];
            }
            if (sr > 0)
              for (let i = 0; i < n; i++)
                for (let j = 0; j < n; j++) A[i * n + j] += (Hp[i] * Hp[j]) / sr - (z[i] * z[j]) / sBs;
          }
        }
        x.set(xt);
        cur = full;
        trace.push(cur.f);
        if (rho < 0.25) delta = 0.25 * sNorm;
        else if (rho > 0.75 && sNorm >= 0.9 * delta) delta = Math.min(2 * delta, maxRadius);
        accepted = true;
        if (Math.abs(fOld - cur.f) <= ftol * (1 + Math.abs(cur.f)))
          return { x, f: cur.f, iterations: it, evaluations: evals, exit: "ftol", trace };
      } else {
        delta = 0.25 * Math.min(sNorm, delta);
        if (delta < 1e-14) return { x, f: cur.f, iterations: it, evaluations: evals, exit: "xtol", trace };
      }
    }
  }
  return { x, f: cur.f, iterations: maxIt, evaluations: evals, exit: "maxIterations", trace };
}
