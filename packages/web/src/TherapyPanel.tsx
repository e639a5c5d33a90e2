/**
 * Therapy: dose–response curves (4-parameter Hill fit with IC50) and drug-combination matrices with the
 * Bliss excess (synergy map), computed as jobs on the server's worker pool and polled until done.
 */
import { useEffect, useState } from "react";
import { LogicalPanel } from "./LogicalPanel.js";
import { type Line, Plot } from "./Plot.js";
import { formatNm } from "./ScenarioControls.js";
import type { ContextInfo, DrugInfo } from "./types.js";

interface Job<R> {
  id: string;
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  result?: R;
  error?: { code: string; message: string };
}

interface DoseResult {
  drug: string;
  doses: number[];
  responses: number[];
  control: number;
  fit: { ic50: number; hill: number; ic50Ci: [number, number] } | null;
  fitError?: string;
}

interface ComboResult {
  drugA: string;
  drugB: string;
  dosesA: number[];
  dosesB: number[];
  response: number[][];
  bliss: number[][];
  control: number;
  scores: Record<string, { summary?: { mean: number }; error?: string }>;
}

const logTick = (v: number) => formatNm(10 ** v);

function logDoses(lo: number, hi: number, n: number): number[] {
  return Array.from(
    { length: n },
    (_, i) => +(10 ** (Math.log10(lo) + (i * (Math.log10(hi) - Math.log10(lo))) / (n - 1))).toPrecision(3),
  );
}

async function runJob<R>(kind: string, input: unknown, onProgress: (j: Job<R>) => void): Promise<Job<R>> {
  const r = await fetch("/api/jobs", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ kind, input }),
  });
  const body = await r.json();
  if (r.status !== 202) throw new Error(body?.error?.message ?? `HTTP ${r.status}`);
  for (;;) {
    await new Promise((res) => setTimeout(res, 300));
    const j = (await (await fetch(`/api/jobs/${body.id}`)).json()) as Job<R>;
    onProgress(j);
    if (j.status === "done" || j.status === "failed") return j;
  }
}

/** Bliss excess (percentage points of inhibition) → colour: blue antagonism, white independence, red synergy (±30 saturates). */
function blissColor(v: number): string {
  const x = Math.max(-1, Math.min(1, v / 30));
  if (x >= 0) return `rgb(255,${Math.round(255 - 150 * x)},${Math.round(255 - 170 * x)})`;
  return `rgb(${Math.round(255 + 170 * x)},${Math.round(255 + 110 * x)},255)`;
}

export function TherapyPanel({ contexts, drugs }: { contexts: ContextInfo[]; drugs: DrugInfo[] }) {
  const [context, setContext] = useState("autocrine-il6");
  const [drug, setDrug] = useState("ruxolitinib");
  const [time, setTime] = useState(60);
  const [dose, setDose] = useState<Job<DoseResult> | null>(null);
  const [drugB, setDrugB] = useState("stattic");
  const [combo, setCombo] = useState<Job<ComboResult> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (contexts.length && !contexts.some((c) => c.id === context)) setContext(contexts[0].id);
  }, [contexts, context]);

  const startDose = () => {
    setError(null);
    runJob<DoseResult>(
      "dose-response",
      { context, drug, doses: logDoses(1, 100000, 11), time, selection: "pSTAT3_fraction" },
      setDose,
    ).catch((e) => setError(String(e.message ?? e)));
  };
  const startCombo = () => {
    setError(null);
    const a = drugs.find((d) => d.drug === drug);
    const b = drugs.find((d) => d.drug === drugB);
    const grid = (K: number) => [0, ...logDoses(K / 3, K * 30, 4)];
    runJob<ComboResult>(
      "combination",
      { context, drugA: drug, drugB, dosesA: grid(a?.K ?? 100), dosesB: grid(b?.K ?? 100), time },
      setCombo,
    ).catch((e) => setError(String(e.message ?? e)));
  };

  const dr = dose?.status === "done" ? dose.result : undefined;
  const lx = dr ? dr.doses.map((d) => Math.log10(d)) : [];
  const lines: Line[] = dr
    ? [{ label: `pSTAT3 fraction at ${time} min`, values: dr.responses, color: "#c2410c" }]
    : [];
  const name = (id: string) => drugs.find((d) => d.drug === id)?.name ?? id;

  return (
    <main className="therapy-view">
      <section className="panel" aria-label="Therapy settings">
        <h2>Therapy lab</h2>
        <p className="hint">
          Runs on the server's worker pool as jobs. IL-6 40 ng/mL at t = 0, drugs present from the start;
          read-out: fraction of STAT3 phosphorylated.
        </p>
        <label htmlFor="th-ctx">Cell context</label>
        <select id="th-ctx" value={context} onChange={(e) => setContext(e.target.value)}>
          {contexts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <label htmlFor="th-drug">Drug</label>
        <select id="th-drug" value={drug} onChange={(e) => setDrug(e.target.value)}>
          {drugs.map((d) => (
            <option key={d.drug} value={d.drug}>
              {d.name} ({d.sites.join(", ")})
            </option>
          ))}
        </select>
        <label htmlFor="th-time">Read-out time (min)</label>
        <select id="th-time" value={time} onChange={(e) => setTime(Number(e.target.value))}>
          {[15, 30, 60, 120, 240].map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
        <button type="button" onClick={startDose}>
          Dose–response (1 nM – 100 µM)
        </button>
        <label htmlFor="th-drugb">Combine with</label>
        <select id="th-drugb" value={drugB} onChange={(e) => setDrugB(e.target.value)}>
          {drugs
            .filter((d) => d.drug !== drug)
            .map((d) => (
              <option key={d.drug} value={d.drug}>
                {d.name} ({d.sites.join(", ")})
              </option>
            ))}
        </select>
        <button type="button" onClick={startCombo}>
          Combination matrix (5 × 5)
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </section>
      <section className="panel wide">
        <h3>Dose–response</h3>
        {dose && dose.status !== "done" && (
          <p>
            Job {dose.status}… {(100 * dose.progress).toFixed(0)} %
            {dose.error ? ` — ${dose.error.message}` : ""}
          </p>
        )}
        {dr && (
          <>
            <Plot
              testId="plot-dose"
              title={`${name(dr.drug)} — pSTAT3 at ${time} min`}
              t={lx}
              lines={lines}
              yLabel="pSTAT3 fraction"
              xLabel="dose (log scale)"
              xTick={logTick}
              height={260}
            />
            <p>
              {dr.fit
                ? `IC50 ${formatNm(dr.fit.ic50)} (95 % CI ${formatNm(dr.fit.ic50Ci[0])}–${formatNm(dr.fit.ic50Ci[1])}), Hill slope ${dr.fit.hill.toFixed(2)}`
                : `no Hill fit: ${dr.fitError ?? "flat response"}`}
              {" · "}
              <a href={`/api/jobs/${dose!.id}/result?format=csv`}>CSV</a>
            </p>
          </>
        )}
        <h3>Combination</h3>
        {combo && combo.status !== "done" && (
          <p>
            Job {combo.status}… {(100 * combo.progress).toFixed(0)} %
            {combo.error ? ` — ${combo.error.message}` : ""}
          </p>
        )}
        {combo?.status === "done" && combo.result && (
          <div className="combo">
            <table className="matrix" aria-label="Bliss excess over independence">
              <caption>
                Colour: Bliss excess in percentage points of inhibition (red: more than independent action,
                blue: less). Cell text: pSTAT3 fraction.
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    {name(combo.result.drugA)} ↓ / {name(combo.result.drugB)} →
                  </th>
                  {combo.result.dosesB.map((b) => (
                    <th key={b} scope="col">
                      {b ? formatNm(b) : "0"}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {combo.result.dosesA.map((a, i) => (
                  <tr key={a}>
                    <th scope="row">{a ? formatNm(a) : "0"}</th>
                    {combo.result!.dosesB.map((b, j) => (
                      <td
                        key={b}
                        style={{ background: blissColor(combo.result!.bliss[i][j]) }}
                        title={`Bliss excess ${combo.result!.bliss[i][j].toFixed(1)} percentage points`}
                      >
                        {combo.result!.response[i][j].toFixed(3)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <p data-testid="synergy-summary">
              Mean synergy over the combination cells (percentage points):{" "}
              {Object.entries(combo.result.scores)
                .map(([m, r]) => `${m.toUpperCase()} ${r.summary ? r.summary.mean.toFixed(1) : "n/a"}`)
                .join(" · ")}{" "}
              · <a href={`/api/jobs/${combo.id}/result?format=csv`}>CSV</a>
            </p>
          </div>
        )}
      </section>
      <div />
      <LogicalPanel drugs={drugs} />
    </main>
  );
}
