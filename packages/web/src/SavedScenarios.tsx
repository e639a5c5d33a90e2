/** Named scenarios saved on the server (SQLite), listed newest first; loading one restores its link. */
import { useCallback, useEffect, useState } from "react";
import { decodeScenario, encodeScenario, type Scenario } from "./scenario.js";

interface Saved {
  id: string;
  name: string;
  createdAt: string;
}

export function SavedScenarios({ scenario, load }: { scenario: Scenario; load: (s: Scenario) => void }) {
  const [list, setList] = useState<Saved[]>([]);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    fetch("/api/scenarios")
      .then((r) => r.json())
      .then(setList)
      .catch(() => setList([]));
  }, []);
  useEffect(refresh, [refresh]);

  const save = async () => {
    setError(null);
    const body = {
      name: name.trim() || `scenario ${new Date().toLocaleString()}`,
      scenario: {
        context: scenario.context,
        il6: scenario.il6,
        drugs: scenario.drugs,
        preIncubate: scenario.pre,
        end: scenario.end,
      },
      link: encodeScenario(scenario),
    };
    const r = await fetch("/api/scenarios", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!r.ok) return setError((await r.json())?.error?.message ?? `HTTP ${r.status}`);
    setName("");
    refresh();
  };

  const open = async (id: string) => {
    const r = await fetch(`/api/scenarios/${encodeURIComponent(id)}`);
    if (!r.ok) return setError(`HTTP ${r.status}`);
    const s = await r.json();
    load(decodeScenario(typeof s.body?.link === "string" ? s.body.link : ""));
  };

  return (
    <section className="saved" aria-label="Saved scenarios">
      <h3>Saved scenarios</h3>
      <div className="row">
        <input
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="name"
          aria-label="Name of the scenario to save"
          maxLength={200}
        />
        <button type="button" onClick={save}>
          Save
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul>
        {list.slice(0, 8).map((s) => (
          <li key={s.id}>
            <button type="button" className="link" onClick={() => open(s.id)}>
              {s.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
