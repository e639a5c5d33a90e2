/**
 * Forward sensitivities against closed forms and finite differences:
 * - A → B with rate k·A (mass action): A(t) = A0·e^{−kt}, ∂A/∂k = −t·A0·e^{−kt}, ∂A/∂A0 = e^{−kt};
 * - a piecewise-in-time input (switch at t = 2): the breakpoint is found and the state agrees with
 *   the closed form across the switch;
 * - initial-condition sensitivities through an initial assignment (B0 = 2·k) by the FD of initialize.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { compileModel } from "../../src/compile/index.js";
import { readSBML } from "../../src/sbml/read.js";
import { ForwardSensitivitySolver } from "../../src/sensitivities/forward.js";
import { initialSensitivities } from "../../src/sensitivities/initial.js";
import { sensitivityFunctions } from "../../src/sensitivities/symbolic.js";
import { baseValues } from "../../src/simulate/simulate.js";

const sbml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
<model id="m">
<listOfCompartments><compartment id="c" size="2" constant="true" spatialDimensions="3"/></listOfCompartments>
${body}
</model></sbml>`;

const decay = sbml(`
<listOfSpecies>
  <species id="A" compartment="c" initialConcentration="3" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
  <species id="B" compartment="c" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
</listOfSpecies>
<listOfParameters><parameter id="k" value="0.7" constant="true"/><parameter id="u" constant="false"/></listOfParameters>
<listOfInitialAssignments>
  <initialAssignment symbol="B"><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><cn>2</cn><ci>k</ci></apply></math></initialAssignment>
</listOfInitialAssignments>
<listOfRules>
  <assignmentRule variable="u"><math xmlns="http://www.w3.org/1998/Math/MathML">
    <piecewise><piece><cn>1</cn><apply><lt/><csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/time">t</csymbol><cn>2</cn></apply></piece><otherwise><cn>0</cn></otherwise></piecewise>
  </math></assignmentRule>
</listOfRules>
<listOfReactions>
  <reaction id="r1" reversible="false">
    <listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
    <listOfProducts><speciesReference species="B" stoichiometry="1" constant="true"/></listOfProducts>
    <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><ci>c</ci><ci>k</ci><ci>A</ci></apply></math></kineticLaw>
  </reaction>
  <reaction id="r2" reversible="false">
    <listOfProducts><speciesReference species="B" stoichiometry="1" constant="true"/></listOfProducts>
    <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><ci>c</ci><ci>u</ci></apply></math></kineticLaw>
  </reaction>
</listOfReactions>`);

test("A → B: ∂A/∂k and ∂A/∂A0 match the closed form; B's input switch is a breakpoint", () => {
  const compiled = compileModel(readSBML(decay));
  const sens = sensitivityFunctions(compiled);
  const { layout } = compiled;
  const iA = layout.symbols.get("A")!.index;
  const iB = layout.symbols.get("B")!.index;
  const gk = layout.symbols.get("k")!.g;
  const gA = layout.symbols.get("A")!.g;
  const { b, fixed } = baseValues(compiled);
  const init = initialSensitivities(compiled, b, fixed, [gk, gA]);
  // B0 = 2k (amount = conc·V = 2·2k), so ∂B0/∂k = 4 (in amount); A0 amount = 3·2, ∂A0/∂[A]0 = 2
  assert.ok(Math.abs(init.dy[0 * 2 + iB] - 4) < 1e-8);
  assert.ok(Math.abs(init.dy[1 * 2 + iA] - 2) < 1e-8);
  assert.deepEqual(sens.breakpoints(init.p0), [2]);
  const solver = new ForwardSensitivitySolver(compiled, sens, 2, {
    relativeTolerance: 1e-10,
    absoluteTolerance: 1e-12,
  });
  const times = [0, 0.5, 1, 2, 3, 5];
  const res = solver.run({
    t0: 0,
    y0: init.y0,
    p: init.p0,
    times,
    breakpoints: sens.breakpoints(init.p0),
    s0: init.dy,
    dpdTheta: init.dp,
  });
  const N = 2 * 3;
  const k = 0.7;
  times.forEach((t, ti) => {
    const Y = res.out.subarray(ti * N, (ti + 1) * N);
    const A = 6 * Math.exp(-k * t);
    assert.ok(Math.abs(Y[iA] - A) < 1e-8 * 6, `A(${t})`);
    assert.ok(Math.abs(Y[2 + iA] - -t * A) < 1e-7, `dA/dk(${t}) ${Y[2 + iA]} vs ${-t * A}`);
    assert.ok(Math.abs(Y[4 + iA] - 2 * Math.exp(-k * t)) < 1e-8, `dA/d[A]0(${t})`);
    // B amount = 4k + 6(1 − e^{−kt}) + 2·min(t, 2);  ∂B/∂k = 4 + 6t·e^{−kt}
    const B = 4 * k + 6 * (1 - Math.exp(-k * t)) + 2 * Math.min(t, 2);
    assert.ok(Math.abs(Y[iB] - B) < 1e-7, `B(${t}) ${Y[iB]} vs ${B}`);
    assert.ok(Math.abs(Y[2 + iB] - (4 + 6 * t * Math.exp(-k * t))) < 1e-7, `dB/dk(${t})`);
  });
});

test("steady state by simulation carries sensitivities: A → B, B → ∅ (rate q·B) at k-independent zero", () => {
  const compiled = compileModel(readSBML(decay));
  const sens = sensitivityFunctions(compiled);
  const { b, fixed } = baseValues(compiled);
  const gk = compiled.layout.symbols.get("k")!.g;
  const init = initialSensitivities(compiled, b, fixed, [gk]);
  const solver = new ForwardSensitivitySolver(compiled, sens, 1);
  const ss = solver.steadyState({ y0: init.y0, p: init.p0, s0: init.dy, dpdTheta: init.dp });
  const iA = compiled.layout.symbols.get("A")!.index;
  // A → 0 at any k: the state and its sensitivity vanish
  assert.ok(Math.abs(ss.Y[iA]) < 1e-6);
  assert.ok(Math.abs(ss.Y[2 + iA]) < 1e-5);
  assert.ok(ss.t > 10);
});

/**
 * A ⇌ B (kf·A, kb·B), fast exchange with a conservation law A + B = T: A_ss = T·kb/(kf + kb),
 * ∂A_ss/∂kf = −T·kb/(kf + kb)², ∂A_ss/∂kb = T·kf/(kf + kb)², ∂A_ss/∂A0 = kb/(kf + kb) (T = A0 + B0).
 */
const exchange = sbml(`
<listOfSpecies>
  <species id="A" compartment="c" initialConcentration="3" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
  <species id="B" compartment="c" initialConcentration="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
</listOfSpecies>
<listOfParameters><parameter id="kf" value="2000" constant="true"/><parameter id="kb" value="500" constant="true"/></listOfParameters>
<listOfReactions>
  <reaction id="fwd" reversible="false">
    <listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
    <listOfProducts><speciesReference species="B" stoichiometry="1" constant="true"/></listOfProducts>
    <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><ci>c</ci><ci>kf</ci><ci>A</ci></apply></math></kineticLaw>
  </reaction>
  <reaction id="bwd" reversible="false">
    <listOfReactants><speciesReference species="B" stoichiometry="1" constant="true"/></listOfReactants>
    <listOfProducts><speciesReference species="A" stoichiometry="1" constant="true"/></listOfProducts>
    <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><ci>c</ci><ci>kb</ci><ci>B</ci></apply></math></kineticLaw>
  </reaction>
</listOfReactions>`);

test("steady-state sensitivities with a conservation law: closed form, and the implicit-step finish keeps the conserved part", () => {
  const compiled = compileModel(readSBML(exchange));
  const sens = sensitivityFunctions(compiled);
  const { b, fixed } = baseValues(compiled);
  const sym = (id: string) => compiled.layout.symbols.get(id) as { g: number; index: number };
  const init = initialSensitivities(compiled, b, fixed, [sym("kf").g, sym("kb").g, sym("A").g]);
  const solver = new ForwardSensitivitySolver(compiled, sens, 3);
  const ss = solver.steadyState({ y0: init.y0, p: init.p0, s0: init.dy, dpdTheta: init.dp });
  const iA = sym("A").index;
  const iB = sym("B").index;
  // states are amounts in c (size 2): T = 2·(3 + 1); ∂A_ss/∂[A]0 = 2·kb/(kf + kb)
  const [kf, kb, T] = [2000, 500, 8];
  const want = [-(T * kb) / (kf + kb) ** 2, (T * kf) / (kf + kb) ** 2, (2 * kb) / (kf + kb)];
  const n = 2;
  const close = (Y: Float64Array, what: string) => {
    assert.ok(Math.abs(Y[iA] - (T * kb) / (kf + kb)) < 1e-9, `${what}: A*`);
    want.forEach((w, k) => {
      const got = Y[n * (1 + k) + iA];
      assert.ok(Math.abs(got - w) <= 1e-7 * Math.abs(w), `${what}: ∂A*/∂θ${k} ${got} vs ${w}`);
      // conservation: ∂(A + B)/∂θ is 0 for the rates and 2 (the compartment size) for [A]0
      const cons = got + Y[n * (1 + k) + iB];
      assert.ok(Math.abs(cons - (k === 2 ? 2 : 0)) < 1e-9, `${what}: conserved part of θ${k}: ${cons}`);
    });
  };
  close(ss.Y, "integrated");
  // spoil the sensitivities along the fast mode only (A and B in opposite directions, sum kept), then
  // let the implicit steps finish them
  const Y = Float64Array.from(ss.Y);
  for (let k = 0; k < 3; k++) {
    Y[n * (1 + k) + iA] += 1e-3;
    Y[n * (1 + k) + iB] -= 1e-3;
  }
  const dY = new Float64Array(Y.length);
  const s = solver as unknown as {
    system: { rhs(t: number, y: Float64Array, dy: Float64Array): void };
    polishSensitivities(Y: Float64Array, dY: Float64Array, atol: number, rtol: number, t: number): boolean;
  };
  s.system.rhs(ss.t, Y, dY);
  assert.ok(s.polishSensitivities(Y, dY, 1e-12, 1e-10, ss.t), "the implicit steps converge");
  close(Y, "finished by implicit steps");
});
