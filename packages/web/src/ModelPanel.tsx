/** "Your model": upload an SBML file (or load the Boehm 2014 JAK2/STAT5 example), simulate it in the browser, plot, download CSV. */
import { useState } from "react";
import { type Line, Plot } from "./Plot.js";
import type { SimClient } from "./sim.js";
import type { Series } from "./sim.worker.js";

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

  const petab = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setPetabResult(null);
    setPetabError(null);
    const files: Record<string, string> = {};
    for (const f of Array.from(list)) files[f.name] = await f.text();
    const yaml = Object.keys(files).find((n) => /\.ya?ml$/i.test(n) && !/solution/i.test(n));
    if (!yaml)
      return setPetabError("choose the problem's YAML file together with its TSV tables and SBML model");
    setPetabStatus("submitting…");
    const r = await fetch("/api/jobs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "petab-llh", input: { yaml, files } }),
    });
    const body = await r.json();
    if (r.status !== 202) {
      setPetabStatus("");
      return setPetabError(body?.error?.message ?? `HTTP ${r.status}`);
    }
    for (;;) {
      await new Promise((res) => setTimeout(res, 300));
      const j = await (await fetch(`/api/jobs/${body.id}`)).json();
      setPetabStatus(`job ${j.status}`);
      if (j.status === "done") return setPetabResult(j.result);
      if (j.status === "failed") return setPetabError(`${j.error.code}: ${j.error.message}`);
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
          log-likelihood at the nominal parameters.
        </p>
        <label htmlFor="petab-files">PEtab files</label>
        <input
          id="petab-files"
          type="file"
          multiple
          accept=".yaml,.yml,.tsv,.xml,.sbml"
          onChange={(e) => void petab(e.target.files)}
        />
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
    </main>
  );
}
