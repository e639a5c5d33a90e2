import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Codes, EngineError } from "../../src/messages.js";
import { linear2d, robertsonDae } from "../../src/solvers/problem-library/index.js";
import {
  getSolver,
  listSolvers,
  makeIntegrator,
  registerSolver,
  resolveOptions,
} from "../../src/solvers/registry.js";
import { defaultIntegratorOptions } from "../../src/solvers/types.js";

const isBadSetting = (name: RegExp) => (e: unknown) =>
  e instanceof EngineError && e.diagnostic.code === Codes.SIM_BAD_SETTING && name.test(e.message);

describe("solver registry", () => {
  it("lists the built-in solvers with KiSAO ids, references and libRoadRunner settings", () => {
    const names = listSolvers().map((s) => s.name);
    for (const n of ["auto", "dopri5", "tsit5", "rodas5p", "rodas4", "bdf"]) assert.ok(names.includes(n), n);
    for (const s of listSolvers()) {
      assert.match(s.kisaoId, /^KISAO:\d{7}$/);
      assert.ok(s.reference.length > 10);
      const settingNames = s.settings.map((x) => x.name);
      for (const n of [
        "relative_tolerance",
        "absolute_tolerance",
        "maximum_num_steps",
        "initial_time_step",
        "maximum_time_step",
        "minimum_time_step",
      ])
        assert.ok(settingNames.includes(n), `${s.name}: ${n}`);
      for (const x of s.settings) assert.ok(x.description.length > 10);
    }
  });

  it("finds solvers by name (case-insensitive) and by KiSAO id", () => {
    assert.equal(getSolver("DOPRI5")?.name, "dopri5");
    assert.equal(getSolver("KISAO:0000087")?.name, "dopri5");
    assert.equal(getSolver("KISAO_0000087")?.name, "dopri5");
    assert.equal(getSolver("KISAO:0000033")?.name, "rodas5p");
    assert.equal(getSolver("KISAO:0000088")?.name, "auto");
    assert.equal(getSolver("KISAO:0000019")?.name, "bdf");
    assert.equal(getSolver("nope"), undefined);
  });

  it("registerSolver adds a solver that makeIntegrator can build", () => {
    registerSolver({
      ...(getSolver("dopri5") as NonNullable<ReturnType<typeof getSolver>>),
      name: "test-alias",
      kisaoId: "KISAO:9999999",
    });
    const integ = makeIntegrator(linear2d().system, "test-alias");
    assert.equal(integ.name, "dopri5");
    assert.equal(getSolver("KISAO:9999999")?.name, "test-alias");
  });

  it("fills defaults and accepts libRoadRunner names", () => {
    const o = resolveOptions({ relative_tolerance: 1e-9, maximum_time_step: 0 });
    assert.equal(o.relativeTolerance, 1e-9);
    assert.equal(o.absoluteTolerance, defaultIntegratorOptions.absoluteTolerance);
    assert.equal(o.maxStep, Number.POSITIVE_INFINITY);
    const p = linear2d();
    const integ = makeIntegrator(p.system, "rodas5p", { absolute_tolerance: 1e-10 });
    integ.init(0, p.y0);
    integ.step(1);
    assert.ok(integ.t > 0 && integ.t <= 1);
  });

  it("rejects bad settings and unknown methods with SIM_BAD_SETTING naming them", () => {
    const sys = linear2d().system;
    assert.throws(
      () => makeIntegrator(sys, "dopri5", { relative_tolerance: -1 }),
      isBadSetting(/relative_tolerance/),
    );
    assert.throws(
      () => makeIntegrator(sys, "dopri5", { maximum_num_steps: 1.5 }),
      isBadSetting(/maximum_num_steps/),
    );
    assert.throws(
      () => makeIntegrator(sys, "dopri5", { initial_time_step: -1 }),
      isBadSetting(/initial_time_step/),
    );
    assert.throws(
      () => makeIntegrator(sys, "dopri5", { minimum_time_step: Number.NaN }),
      isBadSetting(/minimum_time_step/),
    );
    assert.throws(
      () => makeIntegrator(sys, "dopri5", { minimum_time_step: 1, maximum_time_step: 0.1 }),
      isBadSetting(/minimum_time_step/),
    );
    assert.throws(
      () => makeIntegrator(sys, "dopri5", { absolute_tolerance: Float64Array.of(1e-8) }),
      isBadSetting(/absolute_tolerance/),
    );
    assert.throws(() => makeIntegrator(sys, "dopri5", { tolerance: 1 } as never), isBadSetting(/tolerance/));
    assert.throws(() => makeIntegrator(sys, "lsoda-typo"), isBadSetting(/lsoda-typo/));
    // an explicit method cannot take algebraic equations
    assert.throws(() => makeIntegrator(robertsonDae().system, "dopri5"), isBadSetting(/dopri5/));
  });
});
