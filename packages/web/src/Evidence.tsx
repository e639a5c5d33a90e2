/** The evidence behind a map element: the review's sentences with their reference numbers, and the perturbation controls. */
import { useEffect, useState } from "react";
import type { Selection } from "./MapView.js";
import { NODE_PARAMS, PERTURB_LABEL, type Perturbation } from "./scenario.js";
import type { Interaction, MapGraph } from "./types.js";

/** the review's section ids, spelled out for readers */
const sectionName = (id: string) => `section: ${id.replace(/_/g, " ")}`;

export function Evidence({
  figure,
  graph,
  selection,
  perturbation,
  onPerturb,
}: {
  figure: 1 | 2;
  graph: MapGraph;
  selection: Selection | null;
  perturbation?: Perturbation;
  onPerturb: (node: string, p: Perturbation | null) => void;
}) {
  const [items, setItems] = useState<Interaction[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const node = selection?.kind === "node" ? graph.nodes.find((n) => n.id === selection.id) : undefined;
  const arc = selection?.kind === "arc" ? graph.arcs.find((a) => a.id === selection.id) : undefined;
  const el = node ?? arc;

  useEffect(() => {
    setItems(null);
    setError(null);
    if (!el) return;
    let live = true;
    Promise.all(
      el.evidence.map((id) =>
        fetch(`/api/kb/interactions/${encodeURIComponent(id)}`).then((r) =>
          r.ok ? (r.json() as Promise<Interaction>) : null,
        ),
      ),
    )
      .then((xs) => live && setItems(xs.filter((x): x is Interaction => x !== null)))
      .catch((e) => live && setError(String(e)));
    return () => {
      live = false;
    };
  }, [el]);

  if (!selection || !el) {
    return (
      <section className="evidence" aria-label="Evidence">
        <h2>Evidence</h2>
        <p className="hint">
          Click a node or an arrow on the map (or pick one in the list above it) to read the review's
          sentences and references behind it.
        </p>
      </section>
    );
  }
  const name = (id: string) => graph.nodes.find((n) => n.id === id)?.label[0] ?? id;
  const title = node
    ? `${node.label.slice(0, node.nameLines ?? 1).join(" ")}${node.state ? ` ${node.state}` : ""}`
    : `${name(arc!.source)} → ${name(arc!.target)}`;
  const perturbable = figure === 1 && node && (NODE_PARAMS[node.id] || node.id === "il6");

  return (
    <section className="evidence" aria-label="Evidence" aria-live="polite">
      <h2>{title}</h2>
      <p className="meta">
        {node
          ? `${node.glyph}${node.state ? ` · ${node.state}` : ""}${node.info ? ` · ${node.info}` : ""}`
          : `${arc!.kind}`}
        {el.refs.length > 0 && ` · refs ${el.refs.join(", ")}`}
      </p>
      {perturbable && (
        <fieldset className="perturb">
          <legend>Perturb {title} in the model</legend>
          {(["none", "ko", "inhibit", "overexpress"] as const).map((p) => (
            <label key={p}>
              <input
                type="radio"
                name={`perturb-${node!.id}`}
                checked={(perturbation ?? "none") === p}
                onChange={() => onPerturb(node!.id, p === "none" ? null : p)}
              />
              {p === "none" ? "as is" : PERTURB_LABEL[p]}
            </label>
          ))}
        </fieldset>
      )}
      {figure === 1 && node && !perturbable && node.glyph !== "drug" && (
        <p className="hint">
          The model reads this element out (it lights up with activity) but has no perturbation for it.
        </p>
      )}
      {node?.glyph === "drug" && (
        <p className="hint">Add one of these drugs in the scenario panel to see its effect.</p>
      )}
      {error && <p className="error">{error}</p>}
      {items === null && el.evidence.length > 0 && <p>Loading evidence…</p>}
      {items && items.length === 0 && (
        <p className="hint">No sentence of the review is attached to this element.</p>
      )}
      <ol className="sentences">
        {items?.map((it) => (
          <li key={it.id} data-testid="evidence-item">
            <p className="claim">
              <strong>{it.sourceName}</strong> <span className="rel">{it.type.replace(/_/g, " ")}</span>{" "}
              <strong>{it.targetName}</strong>
              {it.negative ? " (negative claim)" : ""}
            </p>
            {it.evidence ? (
              <blockquote>
                “{it.evidence.sentence}”
                <footer>
                  {it.sectionTitle ? `“${it.sectionTitle}”` : sectionName(it.evidence.section)}
                  {it.evidence.refs.length > 0
                    ? ` · refs [${it.evidence.refs.join(", ")}]`
                    : " · no reference cited"}
                  {it.evidence.refsNote ? ` (${it.evidence.refsNote})` : ""}
                </footer>
              </blockquote>
            ) : (
              <blockquote className="outside">
                {it.outside?.statement}
                <footer>from outside the review</footer>
              </blockquote>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
