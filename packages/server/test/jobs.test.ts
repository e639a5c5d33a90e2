import assert from "node:assert/strict";
import { test } from "node:test";
import { JobRunner } from "../src/jobs.js";
import { Store } from "../src/store.js";

test("job runner on the worker-thread pool: SBML job runs in a worker, progress and result stored", async () => {
  const store = new Store(null);
  const runner = new JobRunner(store, { maxThreads: 1 });
  try {
    const sbml = `<?xml version="1.0"?><sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
<model id="decay"><listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
<listOfSpecies><species id="A" compartment="c" initialAmount="10" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/></listOfSpecies>
<listOfParameters><parameter id="k" value="0.5" constant="true"/></listOfParameters>
<listOfReactions><reaction id="R" reversible="false"><listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
<kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><ci>k</ci><ci>A</ci></apply></math></kineticLaw></reaction></listOfReactions>
</model></sbml>`;
    const job = runner.submit("sbml-simulate", { sbml, end: 2, points: 3 });
    assert.equal(
      store.getJob(job.id)?.status === "queued" || store.getJob(job.id)?.status === "running",
      true,
    );
    await runner.idle();
    const done = store.getJob(job.id);
    assert.equal(done?.status, "done", JSON.stringify(done?.error));
    const r = done?.result as { columns: string[]; data: number[][] };
    // A(t) = 10 e^{-0.5 t}: A(2) = 10/e
    assert.ok(Math.abs(r.data[1][2] - 10 * Math.exp(-1)) < 1e-4, `A(2) = ${r.data[1][2]}`);
    const bad = runner.submit("sbml-simulate", { sbml: "<not-sbml/>" });
    await runner.idle();
    const b = store.getJob(bad.id);
    assert.equal(b?.status, "failed");
    assert.match(b?.error?.code ?? "", /^E-/);
  } finally {
    await runner.close();
    store.close();
  }
});

test("store: migrations reach the last version; interrupted jobs are marked failed on reopen", async () => {
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "stat3-store-"));
  try {
    const s1 = new Store(dir);
    assert.equal(s1.version, 2);
    const j = s1.createJob("scenario", { il6: 1 });
    s1.close();
    const s2 = new Store(dir);
    const g = s2.getJob(j.id);
    assert.equal(g?.status, "failed");
    assert.equal(g?.error?.code, "E-JOB-INTERRUPTED");
    assert.deepEqual(g?.input, { il6: 1 });
    s2.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
