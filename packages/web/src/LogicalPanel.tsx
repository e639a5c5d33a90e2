/**
 * The logical (Boolean, MaBoSS-style) review model of Fig. 1 + Fig. 2: phenotype probabilities of the
 * tumour and its microenvironment for a context, without and with a drug, side by side.
 */
import { useEffect, useState } from "react";
import type { DrugInfo } from "./types.js";

interface Run {
  p: Record<string, number>;
  err: Record<string, number>;
}

const NAMES: Record<string, string> = {
  Invasion_EMT: "Invasion / EMT",
  ImmuneEvasion: "Immune evasion",
  TumourGrowth: "Tumour growth",
  M1_macrophage: "M1 macrophages",
  M2_macrophage: "M2 macrophages",
  DC_maturation: "DC maturation",
  NK_cytotoxicity: "NK cytotoxicity",
  CD8_effector: "CD8 effector T cells",
  Treg_suppression: "Treg suppression",
  MDSC_expansion: "MDSC expansion",
  B_cell_growth: "B-cell growth",
  PDL1: "PD-L1",
  STAT3_DNA: "STAT3 on DNA",
  STAT3_pY705: "STAT3 pY705",
};

async function phenotypes(context: string, drugs: string[]): Promise<Run> {
  const r = await fetch("/api/logical/phenotypes", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ context, drugs, samples: 1000, seed: 1 }),
  });
  const body = await r.json();
  if (!r.ok) throw new Error(body?.error?.message ?? `HTTP ${r.status}`);
  return body;
}

export function LogicalPanel({ drugs }: { drugs: DrugInfo[] }) {
  const [contexts, setContexts] = useState<string[]>([]);
  const [context, setContext] = useState("autocrine-il6");
  const [drug, setDrug] = useState("ruxolitinib");
  const [runs, setRuns] = useState<{ base: Run; drug: Run; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    fetch("/api/logical/presets")
      .then((r) => r.json())
      .then((b) => setContexts(b.contexts))
      .catch((e) => setError(String(e)));
  }, []);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const [base, withDrug] = await Promise.all([phenotypes(context, []), phenotypes(context, [drug])]);
      setRuns({ base, drug: withDrug, label: drugs.find((d) => d.drug === drug)?.name ?? drug });
    } catch (e) {
      setError(String((e as Error).message ?? e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel wide" aria-label="Logical model">
      <h3>Logical model of Fig. 1 + Fig. 2: tumour and microenvironment phenotypes</h3>
      <p className="hint">
        Boolean network built from the knowledge base, simulated asynchronously (1000 trajectories); bars are
        the probability each phenotype is on at the end.
      </p>
      <div className="row wrap">
        <label>
          Context{" "}
          <select value={context} onChange={(e) => setContext(e.target.value)}>
            {contexts.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Drug{" "}
          <select
            value={drug}
            onChange={(e) => setDrug(e.target.value)}
            aria-label="Drug for the logical model"
          >
            {drugs.map((d) => (
              <option key={d.drug} value={d.drug}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={run} disabled={busy}>
          {busy ? "Running…" : "Run logical model"}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {runs && (
        <table className="bars" data-testid="logical-result">
          <thead>
            <tr>
              <th scope="col">phenotype</th>
              <th scope="col">no drug</th>
              <th scope="col">with {runs.label}</th>
            </tr>
          </thead>
          <tbody>
            {Object.keys(runs.base.p).map((k) => (
              <tr key={k}>
                <th scope="row">{NAMES[k] ?? k}</th>
                {[runs.base, runs.drug].map((r, i) => (
                  <td key={i === 0 ? "base" : "drug"}>
                    <span
                      className={i === 0 ? "bar base" : "bar drug"}
                      style={{ width: `${Math.round(100 * r.p[k])}%` }}
                    />
                    <span className="val">{r.p[k].toFixed(2)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
