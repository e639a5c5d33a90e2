/**
 * Browser end-to-end tests: the built web app served by the real API, driven by Debian's chromium through
 * playwright-core (never a downloaded browser). Skipped, with a message, where /usr/bin/chromium is
 * missing (.ci/run installs it). Screenshots go to $SCREENSHOT_DIR when set (default: a temp folder).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const CHROMIUM = "/usr/bin/chromium";
const webDir = fileURLToPath(new URL("..", import.meta.url));
const dist = join(webDir, "dist");

/** newest modification time among the web app's sources (src/, public/, index.html, vite.config.ts) */
function newestSource(): number {
  let newest = 0;
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const f of readdirSync(p)) walk(join(p, f));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ["src", "public", "index.html", "vite.config.ts"])
    if (existsSync(join(webDir, p))) walk(join(webDir, p));
  return newest;
}

if (!existsSync(CHROMIUM)) {
  test("browser end-to-end tests", {
    skip: `${CHROMIUM} not found — install Debian's chromium (apt-get install chromium; .ci/run does) to run them`,
  }, () => {});
} else {
  describe("web app in chromium", { timeout: 120_000 }, () => {
    // biome-ignore lint/suspicious/noExplicitAny: playwright-core types are loaded lazily
    let browser: any;
    // biome-ignore lint/suspicious/noExplicitAny: see above
    let app: any;
    let base = "";
    const shots = process.env.SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), "stat3-shots-"));
    mkdirSync(shots, { recursive: true });

    before(async () => {
      // the app is built by Vite; (re)build it when missing or older than its sources (npm start builds it too)
      if (
        !existsSync(join(dist, "index.html")) ||
        process.env.E2E_REBUILD ||
        newestSource() > statSync(join(dist, "index.html")).mtimeMs
      ) {
        const r = spawnSync(
          process.execPath,
          [join(webDir, "../../node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"],
          {
            cwd: webDir,
            stdio: "inherit",
          },
        );
        assert.equal(r.status, 0, "vite build of packages/web failed");
      }
      const { buildApp } = await import("../../server/src/app.js");
      app = await buildApp({ dataDir: null, webRoot: dist });
      await app.listen({ host: "127.0.0.1", port: 0 });
      base = `http://127.0.0.1:${app.server.address().port}`;
      const { chromium } = await import("playwright-core");
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu"],
      });
    });
    after(async () => {
      await browser?.close();
      await app?.close();
    });

    const peak = async (page: { getByTestId(id: string): { textContent(): Promise<string | null> } }) =>
      Number.parseFloat((await page.getByTestId("peak").textContent()) ?? "NaN");

    test("load, run a scenario, see the plot change, open evidence, perturb, export a PNG, share the link", async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
      const errors: string[] = [];
      page.on("pageerror", (e: Error) => errors.push(e.message));
      await page.goto(`${base}/?ctx=hepatocyte&il6=40&end=240`);
      await page
        .getByTestId("sim-status")
        .filter({ hasText: "Simulated in your browser" })
        .waitFor({ timeout: 30_000 });
      const p0 = await peak(page);
      assert.ok(p0 > 5 && p0 < 100, `peak pSTAT3 ${p0} %`);
      const last0 = await page.getByTestId("plot-pstat3").getAttribute("data-last");

      // add ruxolitinib (JAK inhibitor): the peak falls and the plot's series changes
      await page.getByLabel("Add a drug").selectOption("ruxolitinib");
      await page.waitForFunction(
        (p: number) => {
          const el = document.querySelector('[data-testid="peak"]');
          const s = document.querySelector('[data-testid="sim-status"]')?.textContent ?? "";
          return el && !s.startsWith("Simulating") && Number.parseFloat(el.textContent ?? "") < p - 1;
        },
        p0,
        { timeout: 20_000 },
      );
      const p1 = await peak(page);
      assert.ok(p1 < p0, `ruxolitinib lowers the peak: ${p1} < ${p0}`);
      assert.notEqual(
        await page.getByTestId("plot-pstat3").getAttribute("data-last"),
        last0,
        "plot series changed",
      );
      // the URL carries the scenario
      assert.match(page.url(), /drug=ruxolitinib%3A/);

      // move the time slider: the map's time label follows
      await page.getByLabel("Time", { exact: true }).fill("20");
      assert.equal(await page.getByTestId("time").textContent(), "40");

      // open a node's evidence (keyboard-accessible picker) and read the review's sentence
      await page.getByLabel("Pick a map element").selectOption("il6st");
      await page.getByTestId("evidence-item").first().waitFor({ timeout: 10_000 });
      const ev = await page.getByTestId("evidence-item").first().textContent();
      assert.match(ev ?? "", /“.{20,}”/, "a quoted sentence of the review");
      assert.match(ev ?? "", /refs \[\d+/, "with its reference numbers");
      await page.screenshot({ path: join(shots, "scenario-evidence.png") });

      // perturb: knock out gp130 → pSTAT3 collapses
      await page.getByLabel("knock-out").check();
      await page.waitForFunction(
        () => {
          const el = document.querySelector('[data-testid="peak"]');
          const s = document.querySelector('[data-testid="sim-status"]')?.textContent ?? "";
          return el && !s.startsWith("Simulating") && Number.parseFloat(el.textContent ?? "") < 2;
        },
        undefined,
        { timeout: 20_000 },
      );
      assert.match(page.url(), /pert=il6st%3Ako/);

      // export the map as PNG
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("export-png").click(),
      ]);
      const file = join(shots, download.suggestedFilename());
      await download.saveAs(file);
      const png = readFileSync(file);
      assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], "PNG signature");
      assert.ok(png.length > 20_000, `PNG of the map, ${png.length} bytes`);

      // download the run (CSV) and the model (SBML)
      const [csv] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download this run (CSV)" }).click(),
      ]);
      const csvText = readFileSync(await csv.path(), "utf8");
      assert.match(csvText.split("\n")[1], /^time,pSTAT3_fraction,/);
      const [sbml] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Download the model (SBML)" }).click(),
      ]);
      assert.match(readFileSync(await sbml.path(), "utf8"), /<sbml[^>]+level="3"/);

      // save the scenario on the server, change it, load it back
      await page.getByLabel("Name of the scenario to save").fill("gp130 KO + ruxolitinib");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.getByRole("button", { name: "gp130 KO + ruxolitinib" }).waitFor({ timeout: 5000 });
      // the shared link restores the scenario in a fresh page
      const link = page.url();
      const page2 = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page2.goto(link);
      await page2
        .getByTestId("sim-status")
        .filter({ hasText: "Simulated in your browser" })
        .waitFor({ timeout: 30_000 });
      assert.ok((await peak(page2)) < 2, "knock-out restored from the link");
      assert.ok(await page2.getByTestId("dose-ruxolitinib").isVisible());
      await page2.getByRole("button", { name: `Remove ${"ruxolitinib"}` }).click();
      await page2.getByRole("button", { name: "gp130 KO + ruxolitinib" }).click();
      await page2.getByTestId("dose-ruxolitinib").waitFor({ timeout: 5000 });
      await page2.close();
      assert.deepEqual(errors, []);
      await page.close();
    });

    test("Fig. 2: the TME model runs in the worker — cells glow by STAT3 activity over days; Stattic lowers tumour STAT3", async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (e: Error) => errors.push(e.message));
      // the map canvas carries each node's activity (MapView's data-activity, the glow's value)
      const act = async (id: string): Promise<number> =>
        JSON.parse((await page.locator(".map-canvas").getAttribute("data-activity")) ?? "{}")[id];
      const settled = () =>
        page.waitForFunction(
          () => {
            const s = document.querySelector('[data-testid="tme-status"]')?.textContent ?? "";
            return s.startsWith("Simulated");
          },
          undefined,
          { timeout: 30_000 },
        );
      await page.goto(`${base}/?fig=2`);
      await page.getByTestId("tme-status").filter({ hasText: "Simulated" }).waitFor({ timeout: 30_000 });
      await page.getByLabel("TME scenario").selectOption("stat3_high_immune_evasion");
      // the time bar starts at the last day; a STAT3-high tumour ends near 0.8 (the baseline's near 0.57)
      await page.waitForFunction(
        () => {
          const a = JSON.parse(document.querySelector(".map-canvas")?.getAttribute("data-activity") ?? "{}");
          return a.cell_tumour > 0.7;
        },
        undefined,
        { timeout: 30_000 },
      );
      await settled();
      assert.match(page.url(), /tme=stat3_high_immune_evasion/);
      assert.equal(await page.getByTestId("tme-day").textContent(), "60");
      const last = await act("cell_tumour");
      assert.equal(await act("cell_tumour__stat3"), last);
      assert.equal(await act("cell_neutrophil"), undefined, "no model counterpart: neutral");
      assert.equal(Number(await page.getByTestId("tme-stat3").textContent()), last);
      await page.screenshot({ path: join(shots, "fig2-tme-stat3-high.png") });
      // day 0: every population starts at STAT3 0.3
      await page.getByLabel("Time", { exact: true }).fill("0");
      assert.equal(await page.getByTestId("tme-day").textContent(), "0");
      const first = await act("cell_tumour");
      assert.ok(last > first + 0.3, `tumour STAT3 day 0 ${first} → day 60 ${last}`);
      // a STAT3 inhibitor: Stattic 25 mg/kg every 12 h (t½ 2 h: a daily dose has worn off by the next day)
      const max = await page.getByLabel("Time", { exact: true }).getAttribute("max");
      await page.getByLabel("Time", { exact: true }).fill(String(max));
      await page.getByLabel("Therapy").selectOption("stattic");
      await page.getByLabel("Dosing interval").selectOption("12h");
      await page.waitForFunction(
        (a: number) => {
          const s = document.querySelector('[data-testid="tme-status"]')?.textContent ?? "";
          const v = Number(document.querySelector('[data-testid="tme-stat3"]')?.textContent);
          return s.startsWith("Simulated") && s.includes("stattic@25mg/kg/12h") && v < a - 0.1;
        },
        last,
        { timeout: 30_000 },
      );
      const treated = await act("cell_tumour");
      assert.ok(treated < last - 0.1, `Stattic lowers tumour STAT3 at day 60: ${treated} < ${last}`);
      assert.match(page.url(), /tx=stattic%3A25%3A12h/);
      assert.ok(Number(await page.getByTestId("plot-tme-tumour").getAttribute("data-points")) === 241);
      await page.screenshot({ path: join(shots, "fig2-tme-stattic.png") });
      assert.deepEqual(errors, []);
      await page.close();
    });

    test("model panel: the Boehm 2014 example simulates in the browser; malformed SBML shows a coded error", async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${base}/?tab=model`);
      await page.getByRole("button", { name: /Load an example/ }).click();
      await page.getByTestId("sbml-status").waitFor({ timeout: 30_000 });
      assert.match((await page.getByTestId("sbml-status").textContent()) ?? "", /121 points/);
      await page.screenshot({ path: join(shots, "model-panel.png") });
      await page.setInputFiles("#sbml-file", {
        name: "bad.xml",
        mimeType: "text/xml",
        buffer: Buffer.from("<sbml><model>"),
      });
      await page.getByRole("alert").waitFor({ timeout: 10_000 });
      assert.match((await page.getByRole("alert").textContent()) ?? "", /E-/);
      // a PEtab problem (test-suite case 0001, llh −0.84750169713188 in its _0001_solution.yaml) evaluated on the server
      const petab = new URL("../../../../shared/petab/test-suite-v1/0001/", import.meta.url);
      if (existsSync(petab)) {
        const files = [
          "_0001.yaml",
          "_conditions.tsv",
          "_measurements.tsv",
          "_observables.tsv",
          "_parameters.tsv",
          "_model.xml",
        ].map((f) => fileURLToPath(new URL(f, petab)));
        await page.setInputFiles("#petab-files", files);
        await page.getByTestId("petab-result").waitFor({ timeout: 20_000 });
        assert.match(
          (await page.getByTestId("petab-result").textContent()) ?? "",
          /log-likelihood -0\.84750/,
        );
        await page.screenshot({ path: join(shots, "model-panel-petab.png") });
      }
      await page.close();
    });

    test("model panel: a PEtab problem (test-suite case 0001) fitted by a multistart job — waterfall, best parameters", async (t) => {
      const petab = new URL("../../../../shared/petab/test-suite-v1/0001/", import.meta.url);
      if (!existsSync(petab)) return t.skip(`${fileURLToPath(petab)} not found`);
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
      const errors: string[] = [];
      page.on("pageerror", (e: Error) => errors.push(e.message));
      await page.goto(`${base}/?tab=model`);
      const files = [
        "_0001.yaml",
        "_conditions.tsv",
        "_measurements.tsv",
        "_observables.tsv",
        "_parameters.tsv",
        "_model.xml",
      ].map((f) => fileURLToPath(new URL(f, petab)));
      await page.setInputFiles("#petab-files", files);
      await page.getByTestId("petab-result").waitFor({ timeout: 20_000 });
      await page.getByLabel("Starts").fill("3");
      await page.getByLabel("Start design").selectOption("sobol");
      await page.getByRole("button", { name: "Fit (multistart)" }).click();
      await page.getByTestId("fit-summary").waitFor({ timeout: 60_000 });
      const summary = (await page.getByTestId("fit-summary").textContent()) ?? "";
      const m = /^best llh (-?[\d.e+-]+) from start (\d+); (\d+) of 3 starts within 0\.1 of it$/.exec(
        summary,
      );
      assert.ok(m, `summary: ${summary}`);
      // case 0001's nominal llh is −0.84750169713188 with every parameter inside its bounds: a fit only improves
      assert.ok(Number(m[1]) >= -0.8475, `best llh ${m[1]}`);
      assert.ok(Number(m[3]) >= 1);
      assert.equal(await page.locator("[data-testid=waterfall] .mark").count(), 3);
      assert.equal(await page.locator("[data-testid=waterfall] .mark.same").count(), Number(m[3]));
      const ids = await page.locator("[data-testid=fit-parameters] tbody th").allTextContents();
      assert.deepEqual(ids, ["a0", "b0", "k1", "k2"]);
      await page.screenshot({ path: join(shots, "model-panel-petab-fit.png"), fullPage: true });
      const [json] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download the fit (JSON)" }).click(),
      ]);
      const saved = JSON.parse(readFileSync(await json.path(), "utf8"));
      assert.equal(saved.starts.length, 3);
      assert.deepEqual(saved.parameterIds, ids);
      assert.equal(saved.options.starts, 3);
      // a refused fit (the server's schema caps starts at 20) shows its coded error in the panel
      await page.route(
        "**/api/jobs",
        (route: {
          continue(o: unknown): Promise<void>;
          request(): { postDataJSON(): { input: object } };
        }) => {
          const body = route.request().postDataJSON();
          return route.continue({
            postData: JSON.stringify({ ...body, input: { ...body.input, starts: 50 } }),
          });
        },
      );
      await page.getByRole("button", { name: "Fit (multistart)" }).click();
      await page.getByTestId("fit-error").waitFor({ timeout: 10_000 });
      assert.match((await page.getByTestId("fit-error").textContent()) ?? "", /^E-[A-Z-]+: .*starts/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test("therapy panel: dose–response job gives an IC50; combination job gives a synergy matrix", async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${base}/?tab=therapy`);
      await page.getByLabel("Drug", { exact: true }).selectOption("ruxolitinib");
      await page.getByRole("button", { name: /Dose–response/ }).click();
      await page.getByText(/IC50/).waitFor({ timeout: 40_000 });
      await page.getByRole("button", { name: /Combination matrix/ }).click();
      await page.getByTestId("synergy-summary").waitFor({ timeout: 40_000 });
      assert.match((await page.getByTestId("synergy-summary").textContent()) ?? "", /BLISS -?\d/);
      assert.equal(await page.locator("table.matrix tbody tr").count(), 5);
      // the logical review model: phenotype probabilities without and with the drug
      await page.getByRole("button", { name: "Run logical model" }).click();
      await page.getByTestId("logical-result").waitFor({ timeout: 30_000 });
      assert.ok((await page.locator("[data-testid=logical-result] tbody tr").count()) >= 10);
      await page.screenshot({ path: join(shots, "therapy.png"), fullPage: true });
      await page.close();
    });
  });
}
