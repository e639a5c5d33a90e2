/** The scenario's controls: cell context, IL-6, drugs with log-scale dose sliders, pre-incubation, horizon. */
import { useId } from "react";
import type { Scenario } from "./scenario.js";
import type { ContextInfo, DrugInfo } from "./types.js";

/** slider position (0..100) ↔ concentration 1 nM … 100 µM on a log scale */
const toNm = (p: number) => 10 ** (p / 20);
const toPos = (nm: number) => Math.round(20 * Math.log10(Math.max(1, nm)));

export function formatNm(nm: number): string {
  if (nm >= 1000) return `${+(nm / 1000).toPrecision(3)} µM`;
  return `${+nm.toPrecision(3)} nM`;
}

export function ScenarioControls({
  scenario,
  contexts,
  drugs,
  update,
}: {
  scenario: Scenario;
  contexts: ContextInfo[];
  drugs: DrugInfo[];
  update: (p: Partial<Scenario>) => void;
}) {
  const ids = useId();
  const ctx = contexts.find((c) => c.id === scenario.context);
  const used = Object.keys(scenario.drugs);
  const free = drugs.filter((d) => !used.includes(d.drug));
  const setDrug = (old: string, id: string, nm: number) => {
    const next: Record<string, number> = {};
    for (const [k, v] of Object.entries(scenario.drugs)) if (k !== old) next[k] = v;
    next[id] = nm;
    update({ drugs: next });
  };
  const removeDrug = (id: string) => {
    const next = { ...scenario.drugs };
    delete next[id];
    update({ drugs: next });
  };
  const drugName = (id: string) => drugs.find((d) => d.drug === id)?.name ?? id;

  return (
    <section aria-label="Scenario controls" className="scenario">
      <h2>Scenario</h2>
      <label htmlFor={`${ids}-ctx`}>Cell context</label>
      <select
        id={`${ids}-ctx`}
        value={scenario.context}
        onChange={(e) => update({ context: e.target.value })}
      >
        {contexts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      {ctx && <p className="hint">{ctx.description}</p>}

      <label htmlFor={`${ids}-il6`}>
        IL-6 at t = 0: <strong>{scenario.il6} ng/mL</strong>
      </label>
      <input
        id={`${ids}-il6`}
        type="range"
        min={0}
        max={100}
        step={1}
        value={scenario.il6}
        onChange={(e) => update({ il6: Number(e.target.value) })}
      />

      <fieldset className="drugs">
        <legend>
          Drugs (constant from the start{scenario.pre ? `, ${scenario.pre} min before IL-6` : ""})
        </legend>
        {used.length === 0 && <p className="hint">No drug. Add one below.</p>}
        {used.map((id) => {
          const d = drugs.find((x) => x.drug === id);
          return (
            <div key={id} className="drug-row">
              <label htmlFor={`${ids}-d-${id}`}>
                {drugName(id)}: <strong data-testid={`dose-${id}`}>{formatNm(scenario.drugs[id])}</strong>
                {d && (
                  <span className="site">
                    {" "}
                    · acts on {d.sites.join(", ")} (K {formatNm(d.K)})
                  </span>
                )}
              </label>
              <div className="row">
                <input
                  id={`${ids}-d-${id}`}
                  type="range"
                  min={0}
                  max={100}
                  step={1}
                  value={toPos(scenario.drugs[id])}
                  onChange={(e) => setDrug(id, id, +toNm(Number(e.target.value)).toPrecision(3))}
                  aria-label={`${drugName(id)} concentration (log scale, 1 nM to 100 µM)`}
                />
                <button type="button" onClick={() => removeDrug(id)} aria-label={`Remove ${drugName(id)}`}>
                  ×
                </button>
              </div>
            </div>
          );
        })}
        {used.length < 3 && (
          <div className="add-drug">
            <label htmlFor={`${ids}-add`}>Add a drug</label>
            <select
              id={`${ids}-add`}
              value=""
              onChange={(e) => {
                const d = drugs.find((x) => x.drug === e.target.value);
                if (d) setDrug(d.drug, d.drug, +(d.K * 3).toPrecision(2));
              }}
            >
              <option value="">— choose a drug —</option>
              {free.map((d) => (
                <option key={d.drug} value={d.drug}>
                  {d.name} ({d.sites.join(", ")})
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>

      <div className="two">
        <div>
          <label htmlFor={`${ids}-pre`}>Pre-incubation</label>
          <select
            id={`${ids}-pre`}
            value={scenario.pre}
            onChange={(e) => update({ pre: Number(e.target.value) })}
          >
            {[0, 30, 60, 120].map((m) => (
              <option key={m} value={m}>
                {m ? `${m} min` : "none"}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${ids}-end`}>Simulate for</label>
          <select
            id={`${ids}-end`}
            value={scenario.end}
            onChange={(e) => update({ end: Number(e.target.value) })}
          >
            {[60, 120, 240, 480, 1440].map((m) => (
              <option key={m} value={m}>
                {m >= 120 ? `${m / 60} h` : `${m} min`}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}
