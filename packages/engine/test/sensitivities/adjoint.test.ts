/**
 * Adjoint gradients against closed forms, forward sensitivities and central finite differences:
 * - y' = −k·y (A → ∅, mass action), J = Σ (y(t_i) − d_i)²: y = a·e^{−kt}, so
 *   dJ/dk = Σ 2(y_i − d_i)(−t_i·y_i) and dJ/da = Σ 2(y_i − d_i)·e^{−k t_i} exactly;
 * - a nonlinear two-species model (Michaelis–Menten conversion, quadratic decay, a piecewise-in-time
 *   input switching at t = 2 — a breakpoint of both passes — and an initial assignment B0 = 2·k, so
 *   y0 depends on θ), a least-squares J with a datum at t0 and one at the breakpoint: adjoint vs the
 *   forward-sensitivity gradient and vs central differences of J;
 * - the steady-state adjoint (pre-equilibration) on A ⇌ B (a conservation law: J singular) and
 *   ∅ → C → ∅ against the closed-form steady-state sensitivities.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { compileModel } from "../../src/compile/index.js";
import { readSBML } from "../../src/sbml/read.js";
import { AdjointSensitivitySolver } from "../../src/sensitivities/adjoint.js";
import { ForwardSensitivitySolver } from "../../src/sensitivities/forward.js";
import { initialSensitivities } from "../../src/sensitivities/initial.js";
import { sensitivityFunctions } from "../../src/sensitivities/symbolic.js";
import { baseValues } from "../../src/simulate/simulate.js";

const MATH = 'xmlns="http://www.w3.org/1998/Math/MathML"';
const TIME = '<csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/time">t</csymbol>';
const sbml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
<model id="m">
<listOfCompartments><compartment id="c" size="1" constant="true" spatialDimensions="3"/></listOfCompartments>
${body}
</model></sbml>`;

const decay = sbml(`
<listOfSpecies>
  <species id="A" compartment="c" initialAmount="3" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/>
</listOfSpecies>
<listOfParameters><parameter id="k" value="0.7" constant="true"/></listOfParameters>
<listOfReactions>
  <reaction id="r1" reversible="false">
    <listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
    <kineticLaw><math ${MATH}><apply><times/><ci>k</ci><ci>A</ci></apply></math></kineticLaw>
  </reaction>
</listOfReactions>`);

test("y' = −k·y: adjoint gradient of Σ (y(t_i) − d_i)² equals the closed form to 1e-6 relative", () => {
  const compiled = compileModel(readSBML(decay));
  const sens = sensitivityFunctions(compiled);
  const { layout } = compiled;
  const iA = layout.symbols.get("A")!.index;
  const jk = layout.symbols.get("k")!.index;
  const n = layout.nStates;
  const nP = layout.nParams;
  const { b, fixed } = baseValues(compiled);
  const init = initialSensitivities(compiled, b, fixed, []);
  const times = [0.5, 1, 2, 4, 7];
  const data = [2.2, 1.4, 0.8, 0.2, 0.05];
  const k = 0.7;
  const a = 3;
  const solver = new AdjointSensitivitySolver(compiled, sens, {
    relativeTolerance: 1e-10,
    absoluteTolerance: 1e-12,
  });
  const fw = solver.forward({ t0: 0, y0: init.y0, p: init.p0, times });
  const dJdy = new Float64Array(times.length * n);
  times.forEach((t, i) => {
    assert.ok(Math.abs(fw.out[i * n + iA] - a * Math.exp(-k * t)) < 1e-8 * a, `y(${t})`);
    dJdy[i * n + iA] = 2 * (fw.out[i * n + iA] - data[i]);
  });
  // θ = (k, a): ∂p/∂θ picks k; ∂y0/∂θ picks a
  const dp = new Float64Array(2 * nP);
  dp[0 * nP + jk] = 1;
  const s0 = new Float64Array(2 * n);
  s0[1 * n + iA] = 1;
  const res = solver.backward({ dJdy, dpdTheta: dp, s0 });
  let gk = 0;
  let ga = 0;
  times.forEach((t, i) => {
    const y = a * Math.exp(-k * t);
    gk += 2 * (y - data[i]) * (-t * y);
    ga += 2 * (y - data[i]) * Math.exp(-k * t);
  });
  assert.ok(Math.abs(res.gradient[0] - gk) < 1e-6 * Math.abs(gk), `dJ/dk ${res.gradient[0]} vs ${gk}`);
  assert.ok(Math.abs(res.gradient[1] - ga) < 1e-6 * Math.abs(ga), `dJ/da ${res.gradient[1]} vs ${ga}`);
  // λ(t0) = dJ/dy0 = dJ/da here
  assert.ok(Math.abs(res.lambda0[iA] - ga) < 1e-6 * Math.abs(ga));
});

const nonlinear = sbml(`
<listOfSpecies>
  <species id="A" compartment="c" initialConcentration="3" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
  <species id="B" compartment="c" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
</listOfSpecies>
<listOfParameters>
  <parameter id="k" value="0.9" constant="true"/>
  <parameter id="Km" value="1.5" constant="true"/>
  <parameter id="kd" value="0.3" constant="true"/>
  <parameter id="u" constant="false"/>
</listOfParameters>
<listOfInitialAssignments>
  <initialAssignment symbol="B"><math ${MATH}><apply><times/><cn>2</cn><ci>k</ci></apply></math></initialAssignment>
</listOfInitialAssignments>
<listOfRules>
  <assignmentRule variable="u"><math ${MATH}>
    <piecewise><piece><cn>1.5</cn><apply><lt/>${TIME}<cn>2</cn></apply></piece><otherwise><cn>0</cn></otherwise></piecewise>
  </math></assignmentRule>
</listOfRules>
<listOfReactions>
  <reaction id="r1" reversible="false">
    <listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
    <listOfProducts><speciesReference species="B" stoichiometry="1" constant="true"/></listOfProducts>
    <kineticLaw><math ${MATH}><apply><divide/><apply><times/><ci>c</ci><ci>k</ci><ci>A</ci></apply><apply><plus/><ci>Km</ci><ci>A</ci></apply></apply></math></kineticLaw>
  </reaction>
  <reaction id="r2" reversible="false">
    <listOfProducts><speciesReference species="A" stoichiometry="1" constant="true"/></listOfProducts>
    <kineticLaw><math ${MATH}><apply><times/><ci>c</ci><ci>u</ci></apply></math></kineticLaw>
  </reaction>
  <reaction id="r3" reversible="false">
    <listOfReactants><speciesReference species="B" stoichiometry="2" constant="true"/></listOfReactants>
    <kineticLaw><math ${MATH}><apply><times/><ci>c</ci><ci>kd</ci><ci>B</ci><ci>B</ci></apply></math></kineticLaw>
  </reaction>
</listOfReactions>`);

test("nonlinear model with a breakpoint and θ-dependent y0: adjoint = forward sensitivities = central differences", () => {
  const compiled = compileModel(readSBML(nonlinear));
  const sens = sensitivityFunctions(compiled);
  const { layout } = compiled;
  const n = layout.nStates;
  const iA = layout.symbols.get("A")!.index;
  const iB = layout.symbols.get("B")!.index;
  const gs = ["k", "Km", "kd"].map((id) => layout.symbols.get(id)!.g);
  const times = [0, 0.5, 1, 2, 3, 5, 8];
  const dA = [3, 2.6, 2.4, 2.5, 1.5, 0.6, 0.2];
  const dB = [1.8, 2, 2.1, 2.2, 2.0, 1.5, 1.0];
  const tol = { relativeTolerance: 1e-10, absoluteTolerance: 1e-12 };
  const adj = new AdjointSensitivitySolver(compiled, sens, tol);
  const J = (y: Float64Array) => {
    let s = 0;
    times.forEach((_t, i) => {
      s += (y[i * n + iA] - dA[i]) ** 2 + 0.5 * (y[i * n + iB] - dB[i]) ** 2;
    });
    return s;
  };
  const { b, fixed } = baseValues(compiled);
  const init = initialSensitivities(compiled, b, fixed, gs);
  const bps = sens.breakpoints(init.p0);
  assert.deepEqual(bps, [2]);
  const fw = adj.forward({ t0: 0, y0: init.y0, p: init.p0, times, breakpoints: bps });
  const dJdy = new Float64Array(times.length * n);
  times.forEach((_t, i) => {
    dJdy[i * n + iA] = 2 * (fw.out[i * n + iA] - dA[i]);
    dJdy[i * n + iB] = fw.out[i * n + iB] - dB[i];
  });
  const ga = adj.backward({ dJdy, dpdTheta: init.dp, s0: init.dy }).gradient;

  // forward sensitivities
  const fs = new ForwardSensitivitySolver(compiled, sens, 3, tol);
  const run = fs.run({
    t0: 0,
    y0: init.y0,
    p: init.p0,
    times,
    breakpoints: bps,
    s0: init.dy,
    dpdTheta: init.dp,
  });
  const N = n * 4;
  const gf = new Float64Array(3);
  times.forEach((_t, i) => {
    const Y = run.out.subarray(i * N, (i + 1) * N);
    for (let d = 0; d < 3; d++) {
      const off = n * (1 + d);
      gf[d] += 2 * (Y[iA] - dA[i]) * Y[off + iA] + (Y[iB] - dB[i]) * Y[off + iB];
    }
  });
  // central differences of J through initialize (y0 and p move together); the simulations at
  // tolerances 1e-13/1e-15 so that the adaptive step selection's noise (~rtol/h) stays below 1e-7
  const tight = new AdjointSensitivitySolver(compiled, sens, {
    relativeTolerance: 1e-13,
    absoluteTolerance: 1e-15,
  });
  const gd = new Float64Array(3);
  gs.forEach((g, d) => {
    const v = b[g];
    const h = 1e-4 * Math.abs(v);
    const Jat = (x: number) => {
      b[g] = x;
      const ini = initialSensitivities(compiled, b, fixed, []);
      b[g] = v;
      return J(
        tight.forward({ t0: 0, y0: ini.y0, p: ini.p0, times, breakpoints: sens.breakpoints(ini.p0) }).out,
      );
    };
    gd[d] = (Jat(v + h) - Jat(v - h)) / (2 * h);
  });
  for (let d = 0; d < 3; d++) {
    assert.ok(
      Math.abs(ga[d] - gf[d]) < 1e-6 * Math.abs(gf[d]),
      `θ${d}: adjoint ${ga[d]} vs forward ${gf[d]}`,
    );
    assert.ok(
      Math.abs(ga[d] - gd[d]) < 1e-5 * Math.abs(gd[d]),
      `θ${d}: adjoint ${ga[d]} vs central FD ${gd[d]}`,
    );
  }
});

test("events are refused with a clear error", () => {
  const withEvent = sbml(`
<listOfSpecies><species id="A" compartment="c" initialAmount="1" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/></listOfSpecies>
<listOfEvents><event id="e" useValuesFromTriggerTime="true"><trigger initialValue="false" persistent="true"><math ${MATH}><apply><gt/>${TIME}<cn>1</cn></apply></math></trigger>
<listOfEventAssignments><eventAssignment variable="A"><math ${MATH}><cn>2</cn></math></eventAssignment></listOfEventAssignments></event></listOfEvents>`);
  const compiled = compileModel(readSBML(withEvent));
  assert.throws(
    () => new AdjointSensitivitySolver(compiled, sensitivityFunctions(compiled)),
    /has events or delays/,
  );
});

const exchange = sbml(`
<listOfSpecies>
  <species id="A" compartment="c" initialAmount="2" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/>
  <species id="B" compartment="c" initialAmount="1" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/>
  <species id="C" compartment="c" initialAmount="0.5" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/>
</listOfSpecies>
<listOfParameters>
  <parameter id="k1" value="0.8" constant="true"/>
  <parameter id="k2" value="0.3" constant="true"/>
  <parameter id="k0" value="1.2" constant="true"/>
  <parameter id="kc" value="0.4" constant="true"/>
</listOfParameters>
<listOfReactions>
  <reaction id="ab" reversible="false">
    <listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
    <listOfProducts><speciesReference species="B" stoichiometry="1" constant="true"/></listOfProducts>
    <kineticLaw><math ${MATH}><apply><times/><ci>k1</ci><ci>A</ci></apply></math></kineticLaw>
  </reaction>
  <reaction id="ba" reversible="false">
    <listOfReactants><speciesReference species="B" stoichiometry="1" constant="true"/></listOfReactants>
    <listOfProducts><speciesReference species="A" stoichiometry="1" constant="true"/></listOfProducts>
    <kineticLaw><math ${MATH}><apply><times/><ci>k2</ci><ci>B</ci></apply></math></kineticLaw>
  </reaction>
  <reaction id="c_in" reversible="false">
    <listOfProducts><speciesReference species="C" stoichiometry="1" constant="true"/></listOfProducts>
    <kineticLaw><math ${MATH}><ci>k0</ci></math></kineticLaw>
  </reaction>
  <reaction id="c_out" reversible="false">
    <listOfReactants><speciesReference species="C" stoichiometry="1" constant="true"/></listOfReactants>
    <kineticLaw><math ${MATH}><apply><times/><ci>kc</ci><ci>C</ci></apply></math></kineticLaw>
  </reaction>
</listOfReactions>`);

test("steady-state adjoint: conserved A + B and a non-conserved C match the closed-form ∂y_ss/∂θ", () => {
  // A ⇌ B conserves T = A0 + B0: A_ss = T·k2/(k1 + k2), so ∂A_ss/∂k1 = −T·k2/(k1 + k2)²,
  // ∂A_ss/∂A0 = k2/(k1 + k2) (the initial value matters through the conservation law);
  // C_ss = k0/kc: ∂C_ss/∂k0 = 1/kc, ∂C_ss/∂kc = −k0/kc², ∂C_ss/∂C0 = 0
  const compiled = compileModel(readSBML(exchange));
  const sens = sensitivityFunctions(compiled);
  const { layout } = compiled;
  const n = layout.nStates;
  const nP = layout.nParams;
  const idx = (id: string) => layout.symbols.get(id)!.index;
  const [iA, iB, iC] = ["A", "B", "C"].map(idx);
  const [j1, j0, jc] = ["k1", "k0", "kc"].map(idx);
  const { b, fixed } = baseValues(compiled);
  const init = initialSensitivities(compiled, b, fixed, []);
  const [k1, k2, k0, kc, T] = [0.8, 0.3, 1.2, 0.4, 3];
  const yss = new Float64Array(n);
  yss[iA] = (T * k2) / (k1 + k2);
  yss[iB] = (T * k1) / (k1 + k2);
  yss[iC] = k0 / kc;
  // θ = (k1, A0, k0, kc, C0)
  const dp = new Float64Array(5 * nP);
  dp[0 * nP + j1] = 1;
  dp[2 * nP + j0] = 1;
  dp[3 * nP + jc] = 1;
  const s0 = new Float64Array(5 * n);
  s0[1 * n + iA] = 1;
  s0[4 * n + iC] = 1;
  const adj = new AdjointSensitivitySolver(compiled, sens, {
    relativeTolerance: 1e-10,
    absoluteTolerance: 1e-12,
  });
  const lambda = new Float64Array(n);
  lambda[iA] = 1;
  lambda[iC] = 2;
  const g = adj.steadyStateBackward({ y: yss, p: init.p0, lambda, dpdTheta: dp, s0 }).gradient;
  const expected = [-(T * k2) / (k1 + k2) ** 2, k2 / (k1 + k2), 2 / kc, (-2 * k0) / kc ** 2, 0];
  expected.forEach((e, k) => {
    assert.ok(Math.abs(g[k] - e) < 1e-7 * Math.max(1, Math.abs(e)), `θ${k}: ${g[k]} vs ${e}`);
  });
});
