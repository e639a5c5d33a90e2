/**
 * STAT3 Lab in the browser. Three views: "Maps & scenario" (the review's figures with their evidence; Fig. 1
 * with the mechanistic model and Fig. 2 with the tumour-microenvironment population model, each simulated
 * in a Web Worker while the controls move, lighting the map over time),
 * "Therapy" (dose–response and combination jobs on the server) and "Your model" (SBML upload, simulate,
 * plot, download). The scenario lives in the URL, so any state can be shared as a link.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Evidence } from "./Evidence.js";
import { type MapHandle, MapView, type Selection } from "./MapView.js";
import { ModelPanel } from "./ModelPanel.js";
import { type Line, Plot } from "./Plot.js";
import { SavedScenarios } from "./SavedScenarios.js";
import { ScenarioControls } from "./ScenarioControls.js";
import {
  decodeScenario,
  encodeScenario,
  HALLMARK_SELECTIONS,
  nodeSelections,
  PERTURB_LABEL,
  type Perturbation,
  type Scenario,
} from "./scenario.js";
import { SimClient } from "./sim.js";
import type { Series, TmeAgentInfo, TmeScenarioInfo } from "./sim.worker.js";
import { TherapyPanel } from "./TherapyPanel.js";
import { TimeBar, usePlayer } from "./TimeBar.js";
import { TmeControls } from "./TmeControls.js";
import { decodeTme, encodeTme, type TmeSettings, therapyText, tmeActivity } from "./tme.js";
import type { ContextInfo, DrugInfo, MapGraph } from "./types.js";

type Tab = "maps" | "therapy" | "model";

const HALLMARK_COLORS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e"];
const HALLMARK_NAMES: Record<string, string> = {
  hallmark_proliferation_survival: "proliferation/survival",
  hallmark_angiogenesis: "angiogenesis",
  hallmark_metastasis: "invasion/metastasis",
  hallmark_immune_evasion: "immune evasion",
  hallmark_stemness: "stemness",
};

/** Fig. 2's plots: immune populations of the TME model (cells) and the STAT3 activities drawn beside the map. */
const TME_IMMUNE: [string, string, string][] = [
  ["E", "CD8 effector T", "#1b9e77"],
  ["N", "NK", "#66a61e"],
  ["Dm", "mature DC", "#7570b3"],
  ["M1", "M1 macrophage", "#2563eb"],
  ["M2", "M2 macrophage", "#d95f02"],
  ["MDSC", "MDSC", "#e7298a"],
  ["Treg", "Treg", "#a16207"],
];
const TME_STAT3: [string, string, string][] = [
  ["S_T", "tumour", "#c2410c"],
  ["S_E", "T cells", "#1b9e77"],
  ["S_M", "macrophages", "#d95f02"],
  ["S_MD", "MDSC", "#e7298a"],
  ["S_En", "endothelium", "#2563eb"],
];

/** mm³ with sensible precision (a cleared tumour reads as < 0.001 mm³). */
function formatVolume(v: number): string {
  return v < 1e-3 ? "< 0.001 mm³" : `${+v.toPrecision(3)} mm³`;
}

function col(s: Series | null, name: string): number[] {
  if (!s) return [];
  const i = s.columns.indexOf(name);
  return i < 0 ? [] : s.data[i];
}

export function App() {
  const initial = useMemo(() => new URLSearchParams(location.search), []);
  const [tab, setTab] = useState<Tab>(
    (["maps", "therapy", "model"].includes(initial.get("tab") ?? "") ? initial.get("tab") : "maps") as Tab,
  );
  const [figure, setFigure] = useState<1 | 2>(initial.get("fig") === "2" ? 2 : 1);
  const [scenario, setScenario] = useState<Scenario>(() => decodeScenario(location.search));
  const [graphs, setGraphs] = useState<Record<number, MapGraph>>({});
  const [contexts, setContexts] = useState<ContextInfo[]>([]);
  const [drugs, setDrugs] = useState<DrugInfo[]>([]);
  const [species, setSpecies] = useState<Set<string> | null>(null);
  const [run, setRun] = useState<{ run: Series; baseline: Series; ms: number } | null>(null);
  const [simError, setSimError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tme, setTme] = useState<TmeSettings>(() => decodeTme(location.search));
  const [tmeInfo, setTmeInfo] = useState<{ scenarios: TmeScenarioInfo[]; agents: TmeAgentInfo[] }>({
    scenarios: [],
    agents: [],
  });
  const [tmeRun, setTmeRun] = useState<{
    run: Series;
    title: string;
    therapies: string[];
    ms: number;
  } | null>(null);
  const [tmeError, setTmeError] = useState<string | null>(null);
  const [tmeBusy, setTmeBusy] = useState(false);
  const [selection, setSelection] = useState<Selection | null>(() => {
    const s = initial.get("sel");
    return s ? (s.startsWith("arc:") ? { kind: "arc", id: s.slice(4) } : { kind: "node", id: s }) : null;
  });
  const [loadError, setLoadError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const sim = useRef<SimClient | null>(null);
  const map = useRef<MapHandle>(null);

  // data from the API
  useEffect(() => {
    const get = <T,>(u: string) =>
      fetch(u).then((r) =>
        r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${u}: HTTP ${r.status}`)),
      );
    Promise.all([
      get<MapGraph>("/api/maps/1"),
      get<MapGraph>("/api/maps/2"),
      get<ContextInfo[]>("/api/model/contexts"),
      get<DrugInfo[]>("/api/model/drugs"),
    ])
      .then(([g1, g2, c, d]) => {
        setGraphs({ 1: g1, 2: g2 });
        setContexts(c);
        setDrugs(d.filter((x) => !/_inhibitors$/.test(x.drug)));
      })
      .catch((e) => setLoadError(String(e.message ?? e)));
    sim.current = new SimClient();
    void sim.current.species().then((r) => r.ok && r.type === "species" && setSpecies(new Set(r.species)));
    void sim.current
      .tmeInfo()
      .then((r) => r.ok && r.type === "tme-info" && setTmeInfo({ scenarios: r.scenarios, agents: r.agents }));
  }, []);

  // the map's selections (model variables behind Fig. 1's nodes)
  const nodeSel = useMemo(() => {
    const out: Record<string, string[]> = {};
    if (!species || !graphs[1]) return out;
    for (const n of graphs[1].nodes) {
      const s = nodeSelections(n.id, species);
      if (s.length) out[n.id] = s;
    }
    return out;
  }, [species, graphs]);
  const extraSelections = useMemo(() => [...new Set(Object.values(nodeSel).flat())], [nodeSel]);

  // simulate on every scenario change (coalesced in SimClient)
  useEffect(() => {
    if (!sim.current || !species) return;
    setBusy(true);
    void sim.current.scenario({ type: "scenario", scenario, selections: extraSelections }).then((r) => {
      if (r === null) return; // superseded by a newer scenario
      setBusy(false);
      if (r.ok && r.type === "scenario") {
        setRun({ run: r.run, baseline: r.baseline, ms: r.ms });
        setSimError(null);
      } else if (!r.ok) setSimError(r.error);
    });
  }, [scenario, extraSelections, species]);

  // Fig. 2: the TME model on every change of its settings while Fig. 2 is shown (coalesced in SimClient)
  useEffect(() => {
    if (!sim.current || figure !== 2) return;
    setTmeBusy(true);
    void sim.current
      .tme({
        type: "tme",
        scenario: tme.scenario,
        therapy: tme.therapy ? therapyText(tme.therapy) : undefined,
        days: tme.days,
      })
      .then((r) => {
        if (r === null) return; // superseded
        setTmeBusy(false);
        if (r.ok && r.type === "tme") {
          setTmeRun({ run: r.run, title: r.title, therapies: r.therapies, ms: r.ms });
          setTmeError(null);
        } else if (!r.ok) setTmeError(r.error);
      });
  }, [tme, figure]);

  const t = col(run?.run ?? null, "time");
  const player1 = usePlayer(t.length, Math.max(0, Number(initial.get("ti")) || 0));
  const ti = player1.index;
  const tDays = col(tmeRun?.run ?? null, "time");
  const player2 = usePlayer(tDays.length, Number.MAX_SAFE_INTEGER, 30);
  const di = player2.index;

  // the URL follows the state (shareable link)
  useEffect(() => {
    const extra: Record<string, string> = { tab, fig: String(figure), ...encodeTme(tme) };
    if (player1.raw) extra.ti = String(player1.raw);
    if (selection) extra.sel = selection.kind === "arc" ? `arc:${selection.id}` : selection.id;
    history.replaceState(null, "", `?${encodeScenario(scenario, extra)}`);
  }, [scenario, tme, tab, figure, player1.raw, selection]);

  // activity per node at the slider's time: sum of its variables, relative to the larger of run and baseline peaks
  const activity1 = useMemo(() => {
    const out: Record<string, number> = {};
    if (!run || figure !== 1) return out;
    for (const [node, sels] of Object.entries(nodeSel)) {
      const sum = (s: Series, i: number) => sels.reduce((a, c) => a + (col(s, c)[i] ?? 0), 0);
      let peak = 0;
      for (let i = 0; i < t.length; i++) peak = Math.max(peak, sum(run.run, i), sum(run.baseline, i));
      out[node] = peak > 1e-12 ? sum(run.run, ti) / peak : 0;
    }
    return out;
  }, [run, nodeSel, ti, t.length, figure]);
  // Fig. 2: each cell (and its STAT3) glows by its population's STAT3 activity (0–1) at the selected day
  const fig2Ids = useMemo(() => graphs[2]?.nodes.map((n) => n.id) ?? [], [graphs]);
  const activity2 = useMemo(
    () => (figure === 2 ? tmeActivity(tmeRun?.run ?? null, di, fig2Ids) : {}),
    [figure, tmeRun, di, fig2Ids],
  );
  const activity = figure === 1 ? activity1 : activity2;

  const tumourLines: Line[] = useMemo(
    () =>
      tmeRun
        ? [{ label: "tumour (T + stem C)", values: col(tmeRun.run, "tumour_volume_mm3"), color: "#c2410c" }]
        : [],
    [tmeRun],
  );
  const immuneLines: Line[] = useMemo(
    () =>
      tmeRun
        ? TME_IMMUNE.map(([k, label, color]) => ({
            label,
            values: col(tmeRun.run, k).map((v) => Math.max(1, v)), // log scale: a cleared population sits at 1 cell
            color,
          }))
        : [],
    [tmeRun],
  );
  const stat3Lines: Line[] = useMemo(
    () =>
      tmeRun ? TME_STAT3.map(([k, label, color]) => ({ label, values: col(tmeRun.run, k), color })) : [],
    [tmeRun],
  );
  const updateTme = useCallback((patch: Partial<TmeSettings>) => setTme((s) => ({ ...s, ...patch })), []);

  const pLines: Line[] = useMemo(
    () =>
      run
        ? [
            { label: "this scenario", values: col(run.run, "pSTAT3_fraction"), color: "#c2410c" },
            {
              label: "IL-6 alone, no drug or perturbation",
              values: col(run.baseline, "pSTAT3_fraction"),
              color: "#9a9a9a",
              dash: true,
            },
          ]
        : [],
    [run],
  );
  const sLines: Line[] = useMemo(
    () =>
      run
        ? [
            { label: "this scenario", values: col(run.run, "SOCS3_mRNA_rel"), color: "#2563eb" },
            {
              label: "IL-6 alone",
              values: col(run.baseline, "SOCS3_mRNA_rel"),
              color: "#9a9a9a",
              dash: true,
            },
          ]
        : [],
    [run],
  );
  const hLines: Line[] = useMemo(
    () =>
      run
        ? HALLMARK_SELECTIONS.map((h, i) => ({
            label: HALLMARK_NAMES[h],
            values: col(run.run, h),
            color: HALLMARK_COLORS[i],
          }))
        : [],
    [run],
  );

  const update = useCallback((patch: Partial<Scenario>) => setScenario((s) => ({ ...s, ...patch })), []);
  const perturb = useCallback((node: string, p: Perturbation | null) => {
    setScenario((s) => {
      const next = { ...s.perturb };
      if (p) next[node] = p;
      else delete next[node];
      return { ...s, perturb: next };
    });
  }, []);

  const downloadCsv = () => {
    const r = figure === 2 ? tmeRun : run;
    if (!r) return;
    const { columns, data } = r.run;
    const lines = [columns.join(",")];
    for (let i = 0; i < (data[0]?.length ?? 0); i++) lines.push(data.map((c) => c[i]).join(","));
    const a = document.createElement("a");
    a.href = URL.createObjectURL(
      new Blob([`# ${location.href}\n${lines.join("\n")}\n`], { type: "text/csv" }),
    );
    a.download = figure === 2 ? `stat3-tme-${tme.scenario}.csv` : `stat3-${scenario.context}.csv`;
    a.click();
  };

  const exportPng = () => {
    const data = map.current?.png();
    if (!data) return;
    const a = document.createElement("a");
    a.href = data;
    a.download =
      figure === 2
        ? `stat3-lab-fig2-${tme.scenario}-day${Math.round(tDays[di] ?? 0)}.png`
        : `stat3-lab-fig${figure}-t${Math.round(t[ti] ?? 0)}min.png`;
    a.click();
  };

  // the drug-class nodes of the map a scenario drug belongs to (by membership, else by its site of action)
  const drugNodes = useMemo(() => {
    const g = graphs[1];
    if (!g || figure !== 1) return [];
    const siteClass: Record<string, string> = {
      jak: "inh_jak",
      egfr: "inh_rtk",
      egfr_stat3: "inh_rtk",
      src: "inh_src",
      abl: "inh_src",
      sh2: "inh_sh2",
      dbd: "inh_dbd",
      stat3_activation: "inh_other",
    };
    const out = new Set<string>();
    for (const id of Object.keys(scenario.drugs)) {
      const byMember = g.nodes.find((n) => n.glyph === "drug" && n.members?.includes(id));
      if (byMember) out.add(byMember.id);
      else
        for (const s of drugs.find((d) => d.drug === id)?.sites ?? [])
          if (siteClass[s]) out.add(siteClass[s]);
    }
    return [...out];
  }, [graphs, figure, scenario.drugs, drugs]);

  const graph = graphs[figure];
  const nodeName = (id: string) => {
    const n = graphs[1]?.nodes.find((x) => x.id === id);
    return n ? `${n.label[0]}${n.state ? ` ${n.state}` : ""}` : id;
  };

  return (
    <div className="app">
      <header>
        <h1>
          STAT3 Lab <span className="sub">the STAT3 review's pathway, its evidence and its models</span>
        </h1>
        <div aria-label="Views" role="tablist" className="tabs">
          {(
            [
              ["maps", "Maps & scenario"],
              ["therapy", "Therapy (dose–response, combinations)"],
              ["model", "Your model (SBML, PEtab)"],
            ] as const
          ).map(([id, label]) => (
            <button
              key={id}
              role="tab"
              aria-selected={tab === id}
              className={tab === id ? "active" : ""}
              onClick={() => setTab(id)}
              type="button"
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      {loadError && (
        <p className="error" role="alert">
          Could not reach the STAT3 Lab API ({loadError}). Start it with <code>npm start</code>.
        </p>
      )}

      {tab === "maps" && (
        <main className="maps-view">
          <aside className="controls" aria-label="Scenario">
            {figure === 1 ? (
              <>
                <ScenarioControls scenario={scenario} contexts={contexts} drugs={drugs} update={update} />
                {Object.keys(scenario.perturb).length > 0 && (
                  <section aria-label="Perturbations">
                    <h3>Perturbations</h3>
                    <ul className="perts">
                      {Object.entries(scenario.perturb).map(([n, p]) => (
                        <li key={n}>
                          {nodeName(n)}: {PERTURB_LABEL[p]}{" "}
                          <button
                            type="button"
                            onClick={() => perturb(n, null)}
                            aria-label={`Remove perturbation of ${nodeName(n)}`}
                          >
                            ×
                          </button>
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
                <section className="status" aria-live="polite">
                  {simError ? (
                    <p className="error" role="alert">
                      {simError}
                    </p>
                  ) : run ? (
                    <p data-testid="sim-status">
                      {busy ? "Simulating…" : `Simulated in your browser in ${run.ms.toFixed(0)} ms`} · peak
                      pSTAT3{" "}
                      <strong data-testid="peak">
                        {(100 * Math.max(...col(run.run, "pSTAT3_fraction"))).toFixed(1)} %
                      </strong>{" "}
                      of total STAT3
                    </p>
                  ) : (
                    <p>Loading the model…</p>
                  )}
                </section>
                <SavedScenarios scenario={scenario} load={setScenario} />
              </>
            ) : (
              <>
                <TmeControls
                  settings={tme}
                  scenarios={tmeInfo.scenarios}
                  agents={tmeInfo.agents}
                  update={updateTme}
                />
                <section className="status" aria-live="polite">
                  {tmeError ? (
                    <p className="error" role="alert">
                      {tmeError}
                    </p>
                  ) : tmeRun ? (
                    <p data-testid="tme-status">
                      {tmeBusy
                        ? "Simulating…"
                        : `Simulated ${Math.round(tDays.at(-1) ?? 0)} days in your browser in ${tmeRun.ms.toFixed(0)} ms`}
                      {" · "}therapy: {tmeRun.therapies.join(" + ") || "none"} · day{" "}
                      {+(tDays[di] ?? 0).toFixed(2)}: tumour{" "}
                      <strong data-testid="tme-tumour">
                        {formatVolume(col(tmeRun.run, "tumour_volume_mm3")[di] ?? 0)}
                      </strong>
                      , tumour STAT3 activity{" "}
                      <strong data-testid="tme-stat3">{(col(tmeRun.run, "S_T")[di] ?? 0).toFixed(3)}</strong>
                    </p>
                  ) : (
                    <p>Loading the tumour-microenvironment model…</p>
                  )}
                </section>
              </>
            )}
            <section className="share">
              <button
                type="button"
                onClick={() => {
                  void navigator.clipboard
                    ?.writeText(location.href)
                    .then(() => setCopied(true))
                    .catch(() => setCopied(false));
                  setTimeout(() => setCopied(false), 2000);
                }}
                title="The link encodes this scenario, the figure, the time and the selection"
              >
                {copied ? "Link copied ✓" : "Copy link to this scenario"}
              </button>
              <p className="downloads">
                <button
                  type="button"
                  className="link"
                  onClick={downloadCsv}
                  disabled={figure === 2 ? !tmeRun : !run}
                >
                  Download this run (CSV)
                </button>
                {figure === 1 && (
                  <>
                    {" · "}
                    <a href={`/api/model/sbml?context=${encodeURIComponent(scenario.context)}`} download>
                      Download the model (SBML)
                    </a>
                  </>
                )}
              </p>
            </section>
          </aside>

          <section className="map-area" aria-label="Pathway map">
            <div className="map-toolbar">
              <div role="radiogroup" aria-label="Figure">
                {([1, 2] as const).map((f) => (
                  <label key={f} className={figure === f ? "chip active" : "chip"}>
                    <input
                      type="radio"
                      name="figure"
                      checked={figure === f}
                      onChange={() => {
                        setFigure(f);
                        setSelection(null);
                      }}
                    />
                    {f === 1 ? "Fig. 1 — signalling & target genes" : "Fig. 2 — tumour microenvironment"}
                  </label>
                ))}
              </div>
              <label className="picker">
                Find on map{" "}
                <select
                  aria-label="Pick a map element"
                  value={selection ? (selection.kind === "arc" ? `arc:${selection.id}` : selection.id) : ""}
                  onChange={(e) => {
                    const v = e.target.value;
                    if (!v) return setSelection(null);
                    const s: Selection = v.startsWith("arc:")
                      ? { kind: "arc", id: v.slice(4) }
                      : { kind: "node", id: v };
                    setSelection(s);
                    map.current?.select(v);
                  }}
                >
                  <option value="">— choose —</option>
                  <optgroup label="Nodes">
                    {graph?.nodes
                      .filter((n) => n.glyph !== "process" && n.evidence.length > 0)
                      .map((n) => (
                        <option key={n.id} value={n.id}>
                          {n.label.slice(0, n.nameLines ?? 1).join(" ")}
                          {n.state ? ` ${n.state}` : ""}
                        </option>
                      ))}
                  </optgroup>
                  <optgroup label="Arrows">
                    {graph?.arcs.map((a) => (
                      <option key={a.id} value={`arc:${a.id}`}>
                        {graph.nodes.find((n) => n.id === a.source)?.label[0] ?? a.source} →{" "}
                        {graph.nodes.find((n) => n.id === a.target)?.label[0] ?? a.target}
                      </option>
                    ))}
                  </optgroup>
                </select>
              </label>
              <fieldset className="zoom" aria-label="Zoom the map">
                <button type="button" onClick={() => map.current?.zoom(1.25)} aria-label="Zoom in">
                  +
                </button>
                <button type="button" onClick={() => map.current?.zoom(0.8)} aria-label="Zoom out">
                  −
                </button>
                <button type="button" onClick={() => map.current?.fit()}>
                  Fit
                </button>
              </fieldset>
              <button type="button" onClick={exportPng} data-testid="export-png">
                Export PNG
              </button>
            </div>
            {graph ? (
              <MapView
                ref={map}
                graph={graph}
                activity={activity}
                perturbed={figure === 1 ? scenario.perturb : {}}
                activeDrugs={drugNodes}
                selected={selection}
                onSelect={setSelection}
              />
            ) : (
              <div className="map-canvas loading">Loading the map…</div>
            )}
            {figure === 1 ? (
              <TimeBar
                player={player1}
                length={t.length}
                playLabel="Play the response over time"
                label={
                  <>
                    t = <strong data-testid="time">{Math.round(t[ti] ?? 0)}</strong> min after IL-6
                  </>
                }
              />
            ) : (
              <TimeBar
                player={player2}
                length={tDays.length}
                playLabel="Play the days of the tumour microenvironment"
                label={
                  <>
                    day <strong data-testid="tme-day">{+(tDays[di] ?? 0).toFixed(2)}</strong> of{" "}
                    {Math.round(tDays.at(-1) ?? tme.days)}
                  </>
                }
                legend="STAT3 activity"
                ends="0 → 1"
              />
            )}
            {figure === 2 && (
              <p className="hint">
                Fig. 2 runs the tumour-microenvironment population model (Kuznetsov 1994 tumour–CD8 core with
                STAT3 in every population): each cell and its STAT3 glow by that population's STAT3 activity
                at the selected day (neutrophils have no model counterpart and stay neutral). Click cells and
                arrows for the review's evidence.
              </p>
            )}
          </section>

          <aside className="side" aria-label="Plots and evidence">
            {graph && selection && (
              <Evidence
                figure={figure}
                graph={graph}
                selection={selection}
                perturbation={selection?.kind === "node" ? scenario.perturb[selection.id] : undefined}
                onPerturb={perturb}
              />
            )}
            {figure === 1 ? (
              <>
                <Plot
                  testId="plot-pstat3"
                  title="pSTAT3 (Y705) — fraction of total STAT3"
                  t={t}
                  lines={pLines}
                  cursorT={t[ti]}
                  yLabel="fraction"
                  yFromZero
                  height={170}
                />
                <Plot
                  testId="plot-socs3"
                  title="SOCS3 mRNA (negative feedback)"
                  t={t}
                  lines={sLines}
                  cursorT={t[ti]}
                  yLabel="fold vs. basal"
                  yFromZero
                  height={150}
                />
                <Plot
                  testId="plot-hallmarks"
                  title="Hallmarks: target-gene proteins, geometric-mean fold change"
                  t={t}
                  lines={hLines}
                  cursorT={t[ti]}
                  yLabel="fold vs. unstimulated"
                  height={170}
                />
              </>
            ) : (
              <>
                <Plot
                  testId="plot-tme-tumour"
                  title="Tumour burden"
                  t={tDays}
                  lines={tumourLines}
                  cursorT={tDays[di]}
                  xLabel="day"
                  yLabel="volume (mm³)"
                  yFromZero
                  height={150}
                />
                <Plot
                  testId="plot-tme-immune"
                  title="Immune populations (cells, log scale)"
                  t={tDays}
                  lines={immuneLines}
                  cursorT={tDays[di]}
                  xLabel="day"
                  yLabel="cells"
                  yLog
                  height={190}
                />
                <Plot
                  testId="plot-tme-stat3"
                  title="STAT3 activity by population"
                  t={tDays}
                  lines={stat3Lines}
                  cursorT={tDays[di]}
                  xLabel="day"
                  yLabel="activity (0–1)"
                  yFromZero
                  height={150}
                />
              </>
            )}
            {graph && !selection && (
              <Evidence figure={figure} graph={graph} selection={null} onPerturb={perturb} />
            )}
          </aside>
        </main>
      )}
      {tab === "therapy" && <TherapyPanel contexts={contexts} drugs={drugs} />}
      {tab === "model" && sim.current && <ModelPanel sim={sim.current} />}
    </div>
  );
}
