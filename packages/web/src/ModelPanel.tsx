/**
 * "Your model": upload an SBML file (or load the Boehm 2014 JAK2/STAT5 example), simulate it in the browser,
 * plot, download CSV; or upload a PEtab problem and evaluate its log-likelihood or fit it (multistart) on
 * the server.
 */
import { useState } from "react";
import { type FitJob, FitResult } from "./FitResult.js";
import { type Line, Plot } from "./Plot.js";
import type { SimClient } from "./sim.js";
import type { Series } from "./sim.worker.js";

/** the message of an error answer ({error:{code,message}}), with its code */
function errorText(body: unknown, status: number): string {
  const e = (body as { error?: { code?: string; message?: string } } | null)?.error;
  if (e?.message) return e.code ? `${e.code}: ${e.message}` : e.message;
  return `HTTP ${status}`;
}

const COLORS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"];

export function ModelPanel({ sim }: { sim: SimClient }) {
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [end, setEnd] = useState(240);
  const [points, setPoints] = useState(121);
  const [result, setResult] = useState<{ run: Series; name: string; ms: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [petabResult, setPetabResult] = useState<{
    llh: number;
    chi2: number;
    measurements: number;
    parameterIds: string[];
  } | null>(null);
  const [petabError, setPetabError] = useState<string | null>(null);
  const [petabStatus, setPetabStatus] = useState("");
  const [petabFiles, setPetabFiles] = useState<{ yaml: string; files: Record<string, string> } | null>(null);
  const [fitStarts, setFitStarts] = useState(10);
  const [fitDesign, setFitDesign] = useState<"lhs" | "sobol">("lhs");
  const [fitOptimizer, setFitOptimizer] = useState<"trr" | "ls" | "lbfgsb" | "neldermead">("trr");
  const [fitSeed, setFitSeed] = useState(1);
  const [fitIterations, setFitIterations] = useState(200);
  const [fit, setFit] = useState<FitJob | null>(null);
  const [fitError, setFitError] = useState<string | null>(null);
  const fitDone = fit?.status === "done" && fit.result !== undefined;
  const fitRunning = fit !== null && (fit.status === "queued" || fit.status === "running");

  const run = async (src = text) => {
    if (!src) return;
    setRunning(true);
    setError(null);
    const r = await sim.sbml(src, end, points);
    setRunning(false);
    if (r.ok && r.type === "sbml") setResult({ run: r.run, name: r.name, ms: r.ms });
    else if (!r.ok) {
      setResult(null);
      setError(r.error);
    }
  };

  const example = async () => {
    const r = await fetch("/examples/boehm2014-epo-stat5.xml");
    const s = await r.text();
    setText(s);
    setFileName("boehm2014-epo-stat5.xml (Boehm et al. 2014, JAK2/STAT5)");
    await run(s);
  };

  const csv = () => {
    if (!result) return;
    const { columns, data } = result.run;
    const lines = [columns.join(",")];
    for (let i = 0; i < data[0].length; i++) lines.push(data.map((c) => c[i]).join(","));
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([`${lines.join("\n")}\n`], { type: "text/csv" }));
    a.download = `${result.name.replace(/[^A-Za-z0-9_-]+/g, "_")}.csv`;
    a.click();
  };

  const t = result?.run.data[0] ?? [];
  const lines: Line[] = result
    ? result.run.columns
        .slice(1, 9)
        .map((c, i) => ({ label: c, values: result.run.data[i + 1], color: COLORS[i] }))
    : [];

  /** read the chosen files; evaluate the llh at the nominal parameters right away */
  const petabChoose = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setPetabFiles(null);
    setPetabResult(null);
    setPetabError(null);
    setFit(null);
    setFitError(null);
    const files: Record<string, string> = {};
    for (const f of Array.from(list)) files[f.name] = await f.text();
    const yaml = Object.keys(files).find((n) => /\.ya?ml$/i.test(n) && !/solution/i.test(n));
    if (!yaml)
      return setPetabError("choose the problem's YAML file together with its TSV tables and SBML model");
    setPetabFiles({ yaml, files });
    await petabLlh({ yaml, files });
  };

  const petabLlh = async (p = petabFiles) => {
    if (!p) return;
    setPetabResult(null);
    setPetabError(null);
    setPetabStatus("submitting…");
    try {
      const r = await fetch("/api/jobs", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kind: "petab-llh", input: p }),
      });
      const body = await r.json();
      if (r.status !== 202) {
        setPetabStatus("");
        return setPetabError(errorText(body, r.status));
      }
      for (;;) {
        await new Promise((res) => setTimeout(res, 300));
        const j = await (await fetch(`/api/jobs/${body.id}`)).json();
        setPetabStatus(`job ${j.status}`);
        if (j.status === "done") return setPetabResult(j.result);
        if (j.status === "failed") return setPetabError(`${j.error.code}: ${j.error.message}`);
      }
    } catch (e) {
      setPetabStatus("");
      setPetabError(`request failed: ${(e as Error).message ?? e}`);
    }
  };

  const petabFit = async () => {
    if (!petabFiles) return;
    setFit(null);
    setFitError(null);
    const starts = Math.min(20, Math.max(1, Math.round(fitStarts)));
    const options = {
      starts,
      design: fitDesign,
      optimizer: fitOptimizer,
      seed: fitSeed,
      maxIterations: fitIterations,
    };
    setFit({ id: "", status: "queued", progress: 0, options, yaml: petabFiles.yaml });
    try {
      const r = await fetch("/api/jobs", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kind: "petab-fit", input: { ...petabFiles, ...options } }),
      });
      const body = await r.json();
      if (r.status !== 202) {
        setFit(null);
        return setFitError(errorText(body, r.status));
      }
      for (;;) {
        await new Promise((res) => setTimeout(res, 300));
        const j = await (await fetch(`/api/jobs/${body.id}`)).json();
        setFit({ ...j, options, yaml: petabFiles.yaml });
        if (j.status === "done") return;
        if (j.status === "failed") {
          setFit(null);
          return setFitError(`${j.error?.code ?? "E-FIT"}: ${j.error?.message ?? "the fit failed"}`);
        }
        if (j.status !== "queued" && j.status !== "running") {
          setFit(null);
          return setFitError(errorText(j, 0));
        }
      }
    } catch (e) {
      setFit(null);
      setFitError(`request failed: ${(e as Error).message ?? e}`);
    }
  };

  return (
    <main className="model-view">
      <section className="panel" aria-label="Upload a model">
        <h2>Simulate your own SBML model</h2>
        <p className="hint">
          The file is read and simulated in your browser by the STAT3 Lab engine (SBML Level 2/3; nothing is
          uploaded). External entities and DTDs are refused.
        </p>
        <label htmlFor="sbml-file">SBML file</label>
        <input
          id="sbml-file"
          type="file"
          accept=".xml,.sbml,application/xml,text/xml"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (!f) return;
            if (f.size > 20 * 1024 * 1024) return setError("file above 20 MB");
            setFileName(f.name);
            const s = await f.text();
            setText(s);
            await run(s);
          }}
        />
        <button type="button" onClick={example}>
          Load an example (Boehm 2014 JAK2/STAT5)
        </button>
        <div className="two">
          <div>
            <label htmlFor="sbml-end">End time (model units)</label>
            <input
              id="sbml-end"
              type="number"
              min={1}
              max={100000}
              value={end}
              onChange={(e) => setEnd(Math.max(1, Number(e.target.value)))}
            />
          </div>
          <div>
            <label htmlFor="sbml-points">Points</label>
            <input
              id="sbml-points"
              type="number"
              min={2}
              max={5001}
              value={points}
              onChange={(e) => setPoints(Math.min(5001, Math.max(2, Math.round(Number(e.target.value)))))}
            />
          </div>
        </div>
        <button type="button" disabled={!text || running} onClick={() => run()}>
          {running ? "Simulating…" : "Simulate"}
        </button>
        <button type="button" disabled={!result} onClick={csv}>
          Download CSV
        </button>
        {fileName && <p>Model: {fileName}</p>}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {result && (
          <p data-testid="sbml-status">
            {result.name}: {result.run.columns.length - 1} variables, {t.length} points,{" "}
            {result.ms.toFixed(0)} ms
            {result.run.columns.length > 9 ? " (first 8 plotted; all in the CSV)" : ""}
          </p>
        )}
        <h3>PEtab problem</h3>
        <p className="hint">
          Choose all of the problem's files at once (YAML, TSV tables, SBML): the server evaluates its
          log-likelihood at the nominal parameters, and fits the estimated parameters on request (multistart,
          at most 20 starts).
        </p>
        <label htmlFor="petab-files">PEtab files</label>
        <input
          id="petab-files"
          type="file"
          multiple
          accept=".yaml,.yml,.tsv,.xml,.sbml"
          onChange={(e) => void petabChoose(e.target.files)}
        />
        <div className="two">
          <div>
            <label htmlFor="fit-starts">Starts</label>
            <input
              id="fit-starts"
              type="number"
              min={1}
              max={20}
              value={fitStarts}
              onChange={(e) =>
                setFitStarts(Math.min(20, Math.max(1, Math.round(Number(e.target.value) || 1))))
              }
            />
          </div>
          <div>
            <label htmlFor="fit-design">Start design</label>
            <select
              id="fit-design"
              value={fitDesign}
              onChange={(e) => setFitDesign(e.target.value as "lhs" | "sobol")}
            >
              <option value="lhs">LHS</option>
              <option value="sobol">Sobol</option>
            </select>
          </div>
        </div>
        <div className="two">
          <div>
            <label htmlFor="fit-seed">Seed</label>
            <input
              id="fit-seed"
              type="number"
              min={0}
              step={1}
              value={fitSeed}
              onChange={(e) => setFitSeed(Math.max(0, Math.round(Number(e.target.value) || 0)))}
            />
          </div>
          <div>
            <label htmlFor="fit-iterations">Iterations per start</label>
            <input
              id="fit-iterations"
              type="number"
              min={1}
              max={500}
              value={fitIterations}
              onChange={(e) =>
                setFitIterations(Math.min(500, Math.max(1, Math.round(Number(e.target.value) || 1))))
              }
            />
          </div>
        </div>
        <label htmlFor="fit-optimizer">Optimizer</label>
        <select
          id="fit-optimizer"
          value={fitOptimizer}
          onChange={(e) => setFitOptimizer(e.target.value as typeof fitOptimizer)}
        >
          <option value="trr">trust region (trr)</option>
          <option value="ls">Levenberg–Marquardt least squares (ls)</option>
          <option value="lbfgsb">L-BFGS-B (lbfgsb)</option>
          <option value="neldermead">Nelder–Mead (neldermead)</option>
        </select>
        <button type="button" disabled={!petabFiles} onClick={() => void petabLlh()}>
          Log-likelihood
        </button>
        <button type="button" disabled={!petabFiles || fitRunning} onClick={() => void petabFit()}>
          {fitRunning ? "Fitting…" : "Fit (multistart)"}
        </button>
        {fit && fitRunning && (
          <p data-testid="fit-progress">
            <progress
              max={fit.options.starts}
              value={Math.round(fit.progress * fit.options.starts)}
              aria-label="Fit progress"
            />{" "}
            {fit.status === "queued"
              ? "queued…"
              : `start ${Math.min(fit.options.starts, Math.round(fit.progress * fit.options.starts) + 1)} of ${fit.options.starts}`}
          </p>
        )}
        {fitError && (
          <p className="error" role="alert" data-testid="fit-error">
            {fitError}
          </p>
        )}
        {petabStatus && !petabResult && !petabError && <p>{petabStatus}</p>}
        {petabError && (
          <p className="error" role="alert">
            {petabError}
          </p>
        )}
        {petabResult && (
          <p data-testid="petab-result">
            log-likelihood <strong>{petabResult.llh.toPrecision(8)}</strong>, χ²{" "}
            {petabResult.chi2.toPrecision(6)} over {petabResult.measurements} measurements (
            {petabResult.parameterIds.length} estimated parameters at their nominal values)
          </p>
        )}
      </section>
      <div className="stack">
        {(result || !fitDone) && (
          <section className="panel wide">
            {result ? (
              <Plot
                testId="plot-sbml"
                title={result.name}
                t={t}
                lines={lines}
                yLabel="amount"
                xLabel="time"
                height={420}
              />
            ) : (
              <p className="hint">No model yet.</p>
            )}
          </section>
        )}
        {fitDone && <FitResult job={fit} />}
      </div>
    </main>
  );
}
