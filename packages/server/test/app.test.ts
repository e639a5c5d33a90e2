import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildApp, toCsv } from "../src/app.js";
import { LIMITS } from "../src/limits.js";
import { runTask } from "../src/tasks.js";

const BOEHM = readFileSync(new URL("../../cli/assets/boehm2014-epo-stat5.xml", import.meta.url), "utf8");

describe("HTTP API (inject)", () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildApp({ dataDir: null, jobs: { inline: true } });
  });
  after(async () => {
    await app.close();
  });

  test("health answers ok", async () => {
    const r = await app.inject({ method: "GET", url: "/api/health" });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), { status: "ok" });
  });

  test("OpenAPI document lists every API route with its schema", async () => {
    const r = await app.inject({ method: "GET", url: "/api/docs" });
    assert.equal(r.statusCode, 200);
    const doc = r.json();
    assert.equal(doc.openapi, "3.1.0");
    for (const p of [
      "/api/health",
      "/api/simulate",
      "/api/sbml/simulate",
      "/api/jobs",
      "/api/jobs/{id}",
      "/api/kb/entities/{id}",
      "/api/maps/{figure}",
    ])
      assert.ok(doc.paths[p], `missing ${p}`);
    assert.equal(
      doc.paths["/api/simulate"].post.requestBody.content["application/json"].schema.properties.il6.maximum,
      1000,
    );
  });

  test("knowledge base: entity, search, interaction evidence, unknown id → 404 with suggestions", async () => {
    const e = await app.inject({ method: "GET", url: "/api/kb/entities/STAT3" });
    assert.equal(e.statusCode, 200);
    const view = e.json();
    assert.ok(view.outgoing.length > 5, "STAT3 drives many interactions");
    const it = view.outgoing.find((i: { evidence?: unknown }) => i.evidence);
    const one = await app.inject({ method: "GET", url: `/api/kb/interactions/${encodeURIComponent(it.id)}` });
    assert.equal(one.statusCode, 200);
    assert.ok(one.json().evidence.sentence.length > 20);
    const s = await app.inject({ method: "GET", url: "/api/kb/search?q=SOCS3" });
    assert.ok(s.json().entities.some((h: { entity: { id: string } }) => /socs3/i.test(h.entity.id)));
    const bad = await app.inject({ method: "GET", url: "/api/kb/entities/STAT33" });
    assert.equal(bad.statusCode, 404);
    assert.equal(bad.json().error.code, "E-KB-UNKNOWN");
    assert.match(bad.json().error.message, /did you mean/);
  });

  test("maps: Fig. 1 and 2 as graph elements with evidence; SVG; figure 3 is a 400", async () => {
    for (const f of [1, 2]) {
      const r = await app.inject({ method: "GET", url: `/api/maps/${f}` });
      assert.equal(r.statusCode, 200);
      const g = r.json();
      assert.ok(g.nodes.length > 10 && g.arcs.length > 5);
      assert.ok(g.arcs.some((a: { evidence: string[] }) => a.evidence.length > 0));
    }
    const svg = await app.inject({ method: "GET", url: "/api/maps/1?format=svg" });
    assert.match(svg.headers["content-type"] as string, /svg/);
    assert.match(svg.body, /^<svg|<\?xml/);
    assert.equal((await app.inject({ method: "GET", url: "/api/maps/3" })).statusCode, 400);
  });

  test("scenario: IL-6 raises pSTAT3; ruxolitinib lowers it", async () => {
    const run = async (drugs?: Record<string, number>) => {
      const r = await app.inject({
        method: "POST",
        url: "/api/simulate",
        payload: { il6: 40, end: 60, points: 61, drugs },
      });
      assert.equal(r.statusCode, 200, r.body);
      const j = r.json();
      const col = j.columns.indexOf("pSTAT3_fraction");
      return Math.max(...j.data[col]);
    };
    const base = await run();
    const rux = await run({ ruxolitinib: 2000 });
    assert.ok(base > 0.05, `peak pSTAT3 fraction ${base}`);
    assert.ok(rux < 0.5 * base, `ruxolitinib 2 µM: ${rux} vs ${base}`);
  });

  test("scenario with a parameter override: no JAK activation by gp130 → no pSTAT3; unknown parameter 400", async () => {
    const r = await app.inject({
      method: "POST",
      url: "/api/simulate",
      payload: { il6: 40, end: 60, points: 31, params: { gp130_act_jak1: 0 } },
    });
    assert.equal(r.statusCode, 200, r.body);
    const j = r.json();
    assert.ok(Math.max(...j.data[j.columns.indexOf("pSTAT3_fraction")]) < 1e-3);
    const bad = await app.inject({
      method: "POST",
      url: "/api/simulate",
      payload: { params: { k_warp: 1 } },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, "E-UNKNOWN-PARAM");
    const list = (await app.inject({ method: "GET", url: "/api/model/parameters" })).json();
    assert.ok("gp130_act_jak1" in list);
  });

  test("scenario bad input: unknown drug 400 naming it; unknown field 400; huge request 422", async () => {
    const d = await app.inject({
      method: "POST",
      url: "/api/simulate",
      payload: { drugs: { ruxolitinibb: 10 } },
    });
    assert.equal(d.statusCode, 400);
    assert.match(d.json().error.message, /ruxolitinibb.*did you mean ruxolitinib/);
    const f = await app.inject({ method: "POST", url: "/api/simulate", payload: { il6: 1, rm: "-rf" } });
    assert.equal(f.statusCode, 400);
    assert.equal(f.json().error.code, "E-VALIDATION");
    const big = await app.inject({
      method: "POST",
      url: "/api/simulate",
      payload: { end: 14000, points: 5000 },
    });
    assert.equal(big.statusCode, 422);
    assert.match(big.json().error.message, /cap/);
  });

  test("SBML upload: simulates Boehm 2014; malformed SBML and entities → 400 with a code", async () => {
    const r = await app.inject({
      method: "POST",
      url: "/api/sbml/simulate",
      payload: { sbml: BOEHM, end: 240, points: 25 },
    });
    assert.equal(r.statusCode, 200, r.body);
    const j = r.json();
    assert.equal(j.columns[0], "time");
    assert.equal(j.data[0].length, 25);
    const bad = await app.inject({
      method: "POST",
      url: "/api/sbml/simulate",
      payload: { sbml: "<sbml><model>" },
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error.code, /^E-/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE sbml [<!ENTITY x SYSTEM "file:///etc/passwd">]><sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2"><model id="m">&x;</model></sbml>`;
    const e = await app.inject({ method: "POST", url: "/api/sbml/simulate", payload: { sbml: xxe } });
    assert.equal(e.statusCode, 400);
    assert.doesNotMatch(e.body, /root:/);
  });

  test("SBML upload above the model-size cap → 413 naming the cap", async () => {
    const species = Array.from(
      { length: 5001 },
      (_, i) =>
        `<species id="S${i}" compartment="c" initialAmount="1" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/>`,
    ).join("");
    const sbml = `<?xml version="1.0"?><sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2"><model id="big"><listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments><listOfSpecies>${species}</listOfSpecies></model></sbml>`;
    const r = await app.inject({ method: "POST", url: "/api/sbml/simulate", payload: { sbml } });
    assert.equal(r.statusCode, 413);
    assert.match(r.json().error.message, /5001 .*cap per request is 5000/);
  });

  test("body above the size limit → 413", async () => {
    const r = await app.inject({
      method: "POST",
      url: "/api/sbml/simulate",
      payload: { sbml: "x".repeat(5 * 1024 * 1024) },
    });
    assert.equal(r.statusCode, 413);
    assert.equal(r.json().error.code, "E-TOO-LARGE");
  });

  test("jobs: dose–response → 202, then done with a result, CSV; failed job keeps its error", async () => {
    const r = await app.inject({
      method: "POST",
      url: "/api/jobs",
      payload: {
        kind: "dose-response",
        input: { drug: "ruxolitinib", doses: [10, 100, 1000, 10000], time: 30 },
      },
    });
    assert.equal(r.statusCode, 202);
    const { id } = r.json();
    await (app as unknown as { jobs: { idle(): Promise<void> } }).jobs.idle();
    const j = (await app.inject({ method: "GET", url: `/api/jobs/${id}` })).json();
    assert.equal(j.status, "done");
    assert.equal(j.progress, 1);
    assert.equal(j.result.responses.length, 4);
    assert.ok(j.result.responses[3] < j.result.responses[0], "more drug, less pSTAT3");
    const csv = await app.inject({ method: "GET", url: `/api/jobs/${id}/result?format=csv` });
    assert.equal(csv.body.trim().split("\n").length, 5);
    const bad = await app.inject({
      method: "POST",
      url: "/api/jobs",
      payload: { kind: "dose-response", input: { drug: "nope", doses: [1, 2] } },
    });
    assert.equal(bad.statusCode, 202);
    await (app as unknown as { jobs: { idle(): Promise<void> } }).jobs.idle();
    const b = (await app.inject({ method: "GET", url: `/api/jobs/${bad.json().id}` })).json();
    assert.equal(b.status, "failed");
    assert.match(b.error.message, /unknown drug "nope"/);
    const nr = await app.inject({ method: "GET", url: `/api/jobs/${bad.json().id}/result` });
    assert.equal(nr.statusCode, 409);
  });

  test("jobs: bad input is refused before anything is saved; unknown job id → 404", async () => {
    const before = (app as unknown as { store: { countJobs(s: string[]): number } }).store.countJobs([
      "queued",
      "running",
      "done",
      "failed",
    ]);
    const r = await app.inject({
      method: "POST",
      url: "/api/jobs",
      payload: { kind: "dose-response", input: { drug: "x" } },
    });
    assert.equal(r.statusCode, 400);
    const k = await app.inject({ method: "POST", url: "/api/jobs", payload: { kind: "shell", input: {} } });
    assert.equal(k.statusCode, 400);
    const after = (app as unknown as { store: { countJobs(s: string[]): number } }).store.countJobs([
      "queued",
      "running",
      "done",
      "failed",
    ]);
    assert.equal(after, before, "no job row for refused requests");
    assert.equal(
      (await app.inject({ method: "GET", url: "/api/jobs/00000000-0000-0000-0000-000000000000" })).statusCode,
      404,
    );
  });

  test("combination job: 2×2 matrix with Bliss excess 0 on the single-drug edges", async () => {
    const r = await app.inject({
      method: "POST",
      url: "/api/jobs",
      payload: {
        kind: "combination",
        input: { drugA: "ruxolitinib", drugB: "stattic", dosesA: [0, 300], dosesB: [0, 20000] },
      },
    });
    await (app as unknown as { jobs: { idle(): Promise<void> } }).jobs.idle();
    const j = (await app.inject({ method: "GET", url: `/api/jobs/${r.json().id}` })).json();
    assert.equal(j.status, "done", JSON.stringify(j.error));
    assert.equal(j.result.bliss[0][1], 0);
    assert.equal(j.result.bliss[1][0], 0);
    assert.ok(j.result.response[1][1] < j.result.response[0][0]);
    // inhibition in % of the drug-free control; Bliss expected = a + b − ab/100 (pharm), so excess = observed − expected
    const [a, b, ab] = [j.result.inhibition[1][0], j.result.inhibition[0][1], j.result.inhibition[1][1]];
    assert.ok(Math.abs(j.result.bliss[1][1] - (ab - (a + b - (a * b) / 100))) < 1e-9);
    assert.deepEqual(Object.keys(j.result.scores).sort(), ["bliss", "hsa", "loewe", "zip"]);
  });

  test("combination job with doses not starting at 0 fails with the matrix error, nothing simulated", async () => {
    const r = await app.inject({
      method: "POST",
      url: "/api/jobs",
      payload: {
        kind: "combination",
        input: { drugA: "ruxolitinib", drugB: "stattic", dosesA: [10, 300], dosesB: [0, 20000] },
      },
    });
    await (app as unknown as { jobs: { idle(): Promise<void> } }).jobs.idle();
    const j = (await app.inject({ method: "GET", url: `/api/jobs/${r.json().id}` })).json();
    assert.equal(j.status, "failed");
    assert.match(j.error.code, /PHARM/);
    assert.equal(j.progress, 0);
  });

  test("logical phenotypes: caps samples; runs a small simulation", async () => {
    const big = await app.inject({
      method: "POST",
      url: "/api/logical/phenotypes",
      payload: { context: "autocrine-il6", samples: 1e6 },
    });
    assert.equal(big.statusCode, 422);
    const r = await app.inject({
      method: "POST",
      url: "/api/logical/phenotypes",
      payload: { context: "autocrine-il6", samples: 200 },
    });
    assert.equal(r.statusCode, 200, r.body);
    const p = r.json().p;
    for (const v of Object.values(p)) assert.ok((v as number) >= 0 && (v as number) <= 1);
  });

  test("saved scenarios round-trip; unknown id 404", async () => {
    const s = await app.inject({
      method: "POST",
      url: "/api/scenarios",
      payload: {
        name: "rux 1 µM",
        scenario: { il6: 40, drugs: { ruxolitinib: 1000 } },
        link: "ctx=hepatocyte&il6=40",
      },
    });
    assert.equal(s.statusCode, 201);
    const g = (await app.inject({ method: "GET", url: `/api/scenarios/${s.json().id}` })).json();
    assert.deepEqual(g.body, { il6: 40, drugs: { ruxolitinib: 1000 }, link: "ctx=hepatocyte&il6=40" });
    assert.ok((await app.inject({ method: "GET", url: "/api/scenarios" })).json().length >= 1);
    assert.equal((await app.inject({ method: "GET", url: "/api/scenarios/nope" })).statusCode, 404);
  });

  test("model export: SBML of a context; unknown context 404", async () => {
    const r = await app.inject({ method: "GET", url: "/api/model/sbml?context=autocrine-il6" });
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<sbml[^>]+level="3"/);
    assert.equal((await app.inject({ method: "GET", url: "/api/model/sbml?context=mars" })).statusCode, 404);
  });

  // PEtab test suite v1 case 0001 (../shared/petab/test-suite-v1): expected llh −0.84750169713188 (_0001_solution.yaml)
  const PETAB_0001 = new URL("../../../../shared/petab/test-suite-v1/0001/", import.meta.url);
  const NO_PETAB = !existsSync(PETAB_0001) && "../shared/petab not present";
  /** the case's problem files by name, as a client uploads them (not the solution or simulations) */
  const petab0001Files = () => {
    const files: Record<string, string> = {};
    for (const f of readdirSync(PETAB_0001))
      if (/\.(tsv|xml|yaml)$/.test(f) && !f.includes("solution") && !f.includes("simulations"))
        files[f] = readFileSync(new URL(f, PETAB_0001), "utf8");
    return files;
  };
  const finished = async (id: string) => {
    await (app as unknown as { jobs: { idle(): Promise<void> } }).jobs.idle();
    return (await app.inject({ method: "GET", url: `/api/jobs/${id}` })).json();
  };
  test("PEtab llh job: test-suite case 0001 matches the suite's llh; a missing file is a coded failure", {
    skip: NO_PETAB,
  }, async () => {
    const files = petab0001Files();
    const r = await app.inject({
      method: "POST",
      url: "/api/jobs",
      payload: { kind: "petab-llh", input: { yaml: "_0001.yaml", files } },
    });
    assert.equal(r.statusCode, 202);
    await (app as unknown as { jobs: { idle(): Promise<void> } }).jobs.idle();
    const j = (await app.inject({ method: "GET", url: `/api/jobs/${r.json().id}` })).json();
    assert.equal(j.status, "done", JSON.stringify(j.error));
    assert.ok(Math.abs(j.result.llh - -0.84750169713188) < 1e-3, `llh ${j.result.llh}`);
    assert.ok(Math.abs(j.result.chi2 - 0.79183798368486) < 1e-3, `chi2 ${j.result.chi2}`);
    const { "_model.xml": _drop, ...partial } = files;
    const m = await app.inject({
      method: "POST",
      url: "/api/jobs",
      payload: { kind: "petab-llh", input: { yaml: "_0001.yaml", files: partial } },
    });
    await (app as unknown as { jobs: { idle(): Promise<void> } }).jobs.idle();
    const mj = (await app.inject({ method: "GET", url: `/api/jobs/${m.json().id}` })).json();
    assert.equal(mj.status, "failed");
    assert.match(mj.error.message, /_model\.xml/);
  });

  test("PEtab fit job: 3 starts on case 0001, waterfall order, best at least the nominal llh, within bounds", {
    skip: NO_PETAB,
  }, async () => {
    const r = await app.inject({
      method: "POST",
      url: "/api/jobs",
      payload: { kind: "petab-fit", input: { yaml: "_0001.yaml", files: petab0001Files(), starts: 3 } },
    });
    assert.equal(r.statusCode, 202, r.body);
    const j = await finished(r.json().id);
    assert.equal(j.status, "done", JSON.stringify(j.error));
    assert.equal(j.progress, 1);
    const res = j.result;
    assert.deepEqual(res.parameterIds, ["a0", "b0", "k1", "k2"]);
    assert.deepEqual(res.scales, ["lin", "lin", "lin", "lin"]);
    assert.equal(res.starts.length, 3);
    assert.deepEqual([...res.starts.map((s: { start: number }) => s.start)].sort(), [0, 1, 2]);
    for (let k = 1; k < res.starts.length; k++)
      assert.ok(res.starts[k - 1].llh >= res.starts[k].llh, "starts sorted by llh, best first");
    for (const s of res.starts) {
      assert.ok(s.iterations <= 200 && s.evaluations <= 800, JSON.stringify(s));
      assert.equal(typeof s.exit, "string");
    }
    assert.equal(res.best.llh, res.starts[0].llh);
    assert.equal(res.best.start, res.starts[0].start);
    // every parameter of case 0001 is linear with its nominal value inside [0, 10]: the nominal point is
    // feasible, so the best fit is at least as good as the suite's llh there
    assert.ok(res.best.llh >= -0.84750169713188 - 1e-6, `best llh ${res.best.llh}`);
    res.best.x.forEach((v: number, k: number) => {
      assert.ok(v >= res.lowerBounds[k] && v <= res.upperBounds[k], `x[${k}] = ${v} outside the bounds`);
      assert.equal(res.best.values[res.parameterIds[k]], v, "linear scale: values are x");
    });
    // the task reports the fraction of starts done, ending at 1
    const seen: number[] = [];
    runTask("petab-fit", { yaml: "_0001.yaml", files: petab0001Files(), starts: 2 }, (f) => seen.push(f));
    assert.deepEqual(seen, [0.5, 1]);
  });

  test("PEtab fit job: starts above LIMITS.maxStarts and an unknown optimizer are refused (400)", {
    skip: NO_PETAB,
  }, async () => {
    const post = (input: Record<string, unknown>) =>
      app.inject({
        method: "POST",
        url: "/api/jobs",
        payload: { kind: "petab-fit", input: { yaml: "_0001.yaml", files: petab0001Files(), ...input } },
      });
    const many = await post({ starts: 21 });
    assert.equal(many.statusCode, 400, many.body);
    assert.match(many.json().error.message, /starts must be <= 20/);
    const opt = await post({ optimizer: "newton" });
    assert.equal(opt.statusCode, 400, opt.body);
    assert.match(opt.json().error.message, /optimizer must be equal to one of the allowed values/);
    const iters = await post({ maxIterations: 501 });
    assert.equal(iters.statusCode, 400, iters.body);
    // the task checks the caps itself too (the worker's entry may be reached without the schema)
    assert.throws(
      () => runTask("petab-fit", { yaml: "_0001.yaml", files: {}, starts: 21 }),
      /starts = 21 is above the cap of 20 starts per fit job \(LIMITS\.maxStarts\)/,
    );
    const slow = await post({ maxSeconds: LIMITS.maxFitSeconds + 1 });
    assert.equal(slow.statusCode, 400, slow.body);
    assert.throws(
      () => runTask("petab-fit", { yaml: "_0001.yaml", files: {}, maxSeconds: LIMITS.maxFitSeconds + 1 }),
      /must be above 0 and at most the cap of 300 s per fit job \(LIMITS\.maxFitSeconds\)/,
    );
  });

  test("PEtab fit job: the time cap (maxSeconds) ends the job — reported, or a coded refusal when no start could begin", {
    skip: NO_PETAB,
  }, () => {
    type Fit = { startsRequested: number; timeCapReached: boolean; starts: { exit: string }[] };
    // a cap of 1 µs has passed by the first start or during it (which start, if any, is timing)
    let capped: Fit | null = null;
    try {
      capped = runTask("petab-fit", {
        yaml: "_0001.yaml",
        files: petab0001Files(),
        starts: 3,
        maxSeconds: 1e-6,
      }) as Fit;
    } catch (e) {
      const err = e as Error & { code?: string };
      assert.equal(err.code, "E-LIMIT");
      assert.match(err.message, /no start began within the time cap of 0\.000001 s/);
    }
    if (capped) assert.equal(capped.timeCapReached, true);
    const r = runTask("petab-fit", {
      yaml: "_0001.yaml",
      files: petab0001Files(),
      starts: 2,
      maxSeconds: 60,
    }) as Fit;
    assert.deepEqual([r.startsRequested, r.timeCapReached, r.starts.length], [2, false, 2]);
    assert.ok(r.starts.every((s) => s.exit !== "maxTime"));
  });

  test("PEtab fit job: a problem above LIMITS.maxFitParameters fails with E-LIMIT naming the cap", {
    skip: NO_PETAB,
  }, async () => {
    const files = petab0001Files();
    const rows = Array.from({ length: 61 }, (_, k) => `extra${k}\tlin\t0\t10\t1\t1`);
    files["_parameters.tsv"] = `${files["_parameters.tsv"].trimEnd()}\n${rows.join("\n")}\n`;
    const r = await app.inject({
      method: "POST",
      url: "/api/jobs",
      payload: { kind: "petab-fit", input: { yaml: "_0001.yaml", files, starts: 1 } },
    });
    assert.equal(r.statusCode, 202, r.body);
    const j = await finished(r.json().id);
    assert.equal(j.status, "failed");
    assert.equal(j.error.code, "E-LIMIT");
    assert.match(
      j.error.message,
      /estimates 65 parameters; the cap per fit job is 60 \(LIMITS\.maxFitParameters\)/,
    );
  });

  test("PEtab uploads: a measurement table above LIMITS.maxMeasurements is refused with E-LIMIT naming the cap", {
    skip: NO_PETAB,
  }, () => {
    const files = petab0001Files();
    const [header, first] = files["_measurements.tsv"].split("\n");
    files["_measurements.tsv"] = `${header}\n${Array(LIMITS.maxMeasurements + 1)
      .fill(first)
      .join("\n")}\n`;
    for (const kind of ["petab-llh", "petab-fit"] as const)
      assert.throws(
        () => runTask(kind, { yaml: "_0001.yaml", files, starts: 1 }),
        (e: Error & { code?: string }) =>
          e.code === "E-LIMIT" &&
          /has 20001 rows; the cap per request is 20000 \(LIMITS\.maxMeasurements\)/.test(e.message),
      );
  });

  test("unknown API route → 404 JSON", async () => {
    const r = await app.inject({ method: "GET", url: "/api/nothing" });
    assert.equal(r.statusCode, 404);
    assert.equal(r.json().error.code, "E-NOT-FOUND");
  });
});

test("toCsv: series to columns", () => {
  assert.equal(
    toCsv({
      columns: ["time", "x"],
      data: [
        [0, 1],
        [2, 3],
      ],
    }),
    "time,x\n0,2\n1,3\n",
  );
});
