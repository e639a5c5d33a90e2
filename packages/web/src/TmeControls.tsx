/** Fig. 2's controls: the TME scenario, an added therapy (agent, dose, interval) and the simulated days. */
import { useId } from "react";
import type { TmeAgentInfo, TmeScenarioInfo } from "./sim.worker.js";
import {
  defaultTherapy,
  TME_DAYS,
  TME_INTERVALS,
  type TmeInterval,
  type TmeSettings,
  therapyText,
} from "./tme.js";

export function TmeControls({
  settings,
  scenarios,
  agents,
  update,
}: {
  settings: TmeSettings;
  scenarios: TmeScenarioInfo[];
  agents: TmeAgentInfo[];
  update: (p: Partial<TmeSettings>) => void;
}) {
  const ids = useId();
  const sc = scenarios.find((s) => s.id === settings.scenario);
  const th = settings.therapy;
  const groups = [
    ["stat3_inhibitor", "STAT3-pathway inhibitors"],
    ["checkpoint", "Checkpoint antibodies"],
  ] as const;
  return (
    <section aria-label="Tumour microenvironment controls" className="scenario">
      <h2>Tumour microenvironment</h2>
      <label htmlFor={`${ids}-sc`}>TME scenario</label>
      <select
        id={`${ids}-sc`}
        value={settings.scenario}
        onChange={(e) => update({ scenario: e.target.value })}
      >
        {scenarios.length === 0 && <option value={settings.scenario}>{settings.scenario}</option>}
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      {sc && (
        <p className="hint">
          {sc.claim}
          {sc.therapies.length > 0 && (
            <>
              {" "}
              · its own therapy: <code>{sc.therapies.join(" + ")}</code>
            </>
          )}
        </p>
      )}

      <label htmlFor={`${ids}-agent`}>{sc?.therapies.length ? "Add a therapy" : "Therapy"}</label>
      <select
        id={`${ids}-agent`}
        value={th?.agent ?? ""}
        onChange={(e) => {
          const a = agents.find((x) => x.id === e.target.value);
          update({ therapy: a ? defaultTherapy(a.id, a.kind) : null });
        }}
      >
        <option value="">none</option>
        {th && !agents.some((a) => a.id === th.agent) && <option value={th.agent}>{th.agent}</option>}
        {groups.map(([kind, label]) => (
          <optgroup key={kind} label={label}>
            {agents
              .filter((a) => a.kind === kind)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.id}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {th && (
        <div className="tme-dose">
          <label htmlFor={`${ids}-dose`}>Dose (mg/kg)</label>
          <input
            id={`${ids}-dose`}
            type="number"
            min={0}
            max={1000}
            step="any"
            value={th.dose}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (e.target.value !== "" && Number.isFinite(v) && v >= 0)
                update({ therapy: { ...th, dose: Math.min(1000, v) } });
            }}
          />
          <label htmlFor={`${ids}-every`}>Dosing interval</label>
          <select
            id={`${ids}-every`}
            value={th.every}
            onChange={(e) => update({ therapy: { ...th, every: e.target.value as TmeInterval } })}
          >
            {Object.entries(TME_INTERVALS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
          <p className="hint">
            <code>{therapyText(th)}</code> i.p. from day 0, one-compartment PK (packages/stat3 tme/pk.ts)
          </p>
        </div>
      )}

      <label htmlFor={`${ids}-days`}>
        Days simulated: <strong>{settings.days}</strong>
      </label>
      <input
        id={`${ids}-days`}
        type="range"
        min={TME_DAYS.min}
        max={TME_DAYS.max}
        step={TME_DAYS.step}
        value={settings.days}
        onChange={(e) => update({ days: Number(e.target.value) })}
      />
    </section>
  );
}
