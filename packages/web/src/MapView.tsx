/**
 * A review figure (Fig. 1 or Fig. 2) drawn with Cytoscape.js from the knowledge base's laid-out graph
 * (positions come from packages/stat3's layout, so the map matches the SVG figures). Nodes glow with
 * model activity (0–1 per node, from the scenario at the time slider's position; a cell of Fig. 2 with an
 * activity is tinted too); clicking a node or an arrow selects it. A PNG of the map can be exported. The
 * canvas carries the activities as `data-activity` (JSON, 3 decimals) for tests and tools.
 */
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";
import type { MapGraph } from "./types.js";

export interface Selection {
  kind: "node" | "arc";
  id: string;
}

export interface MapHandle {
  png(): string | null;
  /** bring an element and its neighbours into view */
  select(id: string): void;
  zoom(factor: number): void;
  fit(): void;
}

const SHAPE: Record<string, string> = {
  macromolecule: "round-rectangle",
  gene: "bottom-round-rectangle",
  complex: "cut-rectangle",
  drug: "round-rectangle",
  phenotype: "hexagon",
  process: "rectangle",
  cell: "round-rectangle",
  group: "round-rectangle",
  label: "rectangle",
};

const ARROW: Record<string, string> = {
  stimulation: "triangle",
  production: "triangle",
  catalysis: "circle",
  inhibition: "tee",
  consumption: "none",
  binding: "none",
};

/** white → amber → deep orange: activity 0..1 (colour-blind-safe single-hue ramp, dark text stays readable) */
export function activityColor(a: number): string {
  const x = Math.max(0, Math.min(1, a));
  const r = Math.round(255 + (230 - 255) * x);
  const g = Math.round(255 + (110 - 255) * x);
  const b = Math.round(255 + (20 - 255) * x);
  return `rgb(${r},${g},${b})`;
}

function elements(g: MapGraph): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const r of g.regions) {
    out.push({
      group: "nodes",
      data: {
        id: `region:${r.id}`,
        label: r.kind === "membrane" ? "" : r.label,
        w: r.w,
        h: r.h,
        region: r.kind,
      },
      position: { x: r.x + r.w / 2, y: r.y + r.h / 2 },
      selectable: false,
      grabbable: false,
      classes: `region ${r.kind}`,
    });
  }
  const ids = new Set(g.nodes.map((n) => n.id));
  for (const n of g.nodes) {
    const w = n.w ?? 40;
    const h = n.h ?? 30;
    out.push({
      group: "nodes",
      data: {
        id: n.id,
        label: n.glyph === "process" ? "" : (n.state ? [...n.label, n.state] : n.label).join("\n"),
        w,
        h,
        shape: SHAPE[n.glyph] ?? "round-rectangle",
        glyph: n.glyph,
        act: 0,
        parent: n.parent && ids.has(n.parent) && n.glyph !== "gene" ? n.parent : undefined,
      },
      position: { x: (n.x ?? 0) + w / 2, y: (n.y ?? 0) + h / 2 },
      grabbable: false,
      classes: [n.glyph, n.tone ? `tone-${n.tone}` : ""].join(" "),
    });
  }
  for (const a of g.arcs) {
    if (!ids.has(a.source) || !ids.has(a.target)) continue;
    out.push({
      group: "edges",
      data: {
        id: `arc:${a.id}`,
        source: a.source,
        target: a.target,
        arrow: ARROW[a.kind] ?? "triangle",
        label: a.label ?? "",
      },
      classes: a.kind,
    });
  }
  return out;
}

export const MapView = forwardRef<
  MapHandle,
  {
    graph: MapGraph;
    activity: Record<string, number>;
    perturbed: Record<string, string>;
    /** drug nodes (classes) on the map that a drug of the scenario belongs to: highlighted */
    activeDrugs: string[];
    selected: Selection | null;
    onSelect: (s: Selection | null) => void;
  }
>(function MapView({ graph, activity, perturbed, activeDrugs, selected, onSelect }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useImperativeHandle(ref, () => ({
    png: () => (cy.current ? cy.current.png({ full: true, scale: 2, bg: "#ffffff" }) : null),
    select: (id: string) => {
      const c = cy.current;
      const e = c?.getElementById(id);
      if (!c || !e || e.empty()) return;
      // centre it at a zoom where labels read comfortably (~1:1 with the figure's layout)
      c.animate({ center: { eles: e }, zoom: Math.max(c.zoom(), 1.1) }, { duration: 250 });
    },
    zoom: (f: number) => {
      const c = cy.current;
      if (!c) return;
      c.zoom({ level: c.zoom() * f, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
    },
    fit: () => cy.current?.fit(undefined, 10),
  }));

  useEffect(() => {
    if (!box.current) return;
    const c = cytoscape({
      container: box.current,
      elements: elements(graph),
      layout: { name: "preset" },
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: true,
      style: [
        {
          selector: "node",
          style: {
            shape: "data(shape)" as never,
            width: "data(w)",
            height: "data(h)",
            label: "data(label)",
            "text-wrap": "wrap",
            "text-valign": "center",
            "text-halign": "center",
            "font-size": 12,
            "font-family": "system-ui, sans-serif",
            color: "#1a1a1a",
            "background-color": (e: cytoscape.NodeSingular) => activityColor(Number(e.data("act")) || 0),
            "border-width": 1.5,
            "border-color": "#555",
          },
        },
        { selector: "node.gene", style: { "font-size": 11, "border-color": "#4a6fa5" } },
        { selector: "node.phenotype", style: { "font-weight": "bold", "border-color": "#7a3e9d" } },
        {
          selector: "node.drug",
          style: {
            "background-color": "#fde2e2",
            "border-color": "#b42318",
            "font-size": 10,
            color: "#7a1010",
          },
        },
        {
          selector: "node.process",
          style: { "background-color": "#fff", "border-color": "#333", label: "" },
        },
        {
          selector: "node.group, node.cell",
          style: {
            "background-color": "#f4f6fa",
            "background-opacity": 0.6,
            "border-color": "#9aa7bd",
            "border-style": "dashed",
            "text-valign": "top",
            "text-halign": "center",
            "font-size": 12,
            "font-weight": "bold",
            color: "#3b4a63",
            padding: "8px",
          },
        },
        {
          selector: "node.region",
          style: {
            shape: "round-rectangle",
            "background-color": "#eef3f8",
            "background-opacity": 0.45,
            "border-width": 0,
            label: "data(label)",
            "text-valign": "top",
            "text-halign": "center",
            "font-size": 14,
            color: "#5b6b82",
            "font-style": "italic",
            events: "no",
            "z-compound-depth": "bottom",
            "z-index": 0,
          },
        },
        {
          // a cell (Fig. 2) given an activity: tinted by it, with a solid border (its STAT3 child glows fully)
          selector: "node.cell.glow",
          style: {
            "background-color": (e: cytoscape.NodeSingular) => activityColor(Number(e.data("act")) || 0),
            "background-opacity": 0.75,
            "border-style": "solid",
            "border-color": "#c2410c",
          },
        },
        { selector: "node.membrane", style: { "background-color": "#c9d6e6", "background-opacity": 1 } },
        {
          selector: "node.drug.in-use",
          style: { "background-color": "#b42318", color: "#fff", "border-width": 3, "font-weight": "bold" },
        },
        {
          selector: "node.perturbed",
          style: { "border-width": 4, "border-color": "#b42318", "border-style": "double" },
        },
        {
          selector: "edge",
          style: {
            width: 1.8,
            "curve-style": "bezier",
            "line-color": "#4d4d4d",
            "target-arrow-color": "#4d4d4d",
            "target-arrow-shape": "data(arrow)" as never,
            "arrow-scale": 1.2,
            label: "data(label)",
            "font-size": 10,
            "text-background-color": "#fff",
            "text-background-opacity": 1,
          },
        },
        { selector: "edge.inhibition", style: { "line-color": "#b42318", "target-arrow-color": "#b42318" } },
        {
          selector: ":selected",
          style: { "overlay-color": "#1f6feb", "overlay-opacity": 0.25, "overlay-padding": 6 },
        },
      ],
    });
    c.on("tap", "node", (ev) => {
      const n = ev.target;
      if (n.hasClass("region")) return;
      onSelectRef.current({ kind: "node", id: n.id() });
    });
    c.on("tap", "edge", (ev) =>
      onSelectRef.current({ kind: "arc", id: String(ev.target.id()).replace(/^arc:/, "") }),
    );
    c.on("tap", (ev) => {
      if (ev.target === c) onSelectRef.current(null);
    });
    c.fit(undefined, 10);
    cy.current = c;
    return () => {
      c.destroy();
      cy.current = null;
    };
  }, [graph]);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    c.batch(() => {
      for (const n of graph.nodes) {
        const e = c.getElementById(n.id);
        if (e.empty()) continue;
        e.data("act", activity[n.id] ?? 0);
        if (n.id in activity) e.addClass("glow");
        else e.removeClass("glow");
        if (perturbed[n.id]) e.addClass("perturbed");
        else e.removeClass("perturbed");
        const inUse = activeDrugs.includes(n.id);
        if (inUse) e.addClass("in-use");
        else e.removeClass("in-use");
      }
    });
  }, [activity, perturbed, activeDrugs, graph]);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    c.elements().unselect();
    if (selected) c.getElementById(selected.kind === "arc" ? `arc:${selected.id}` : selected.id).select();
  }, [selected]);

  return (
    <div
      ref={box}
      className="map-canvas"
      data-activity={JSON.stringify(
        Object.fromEntries(Object.entries(activity).map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
      )}
      role="img"
      aria-label={`${graph.title}: pathway map (use the list beside it to pick an element with the keyboard)`}
    />
  );
});
