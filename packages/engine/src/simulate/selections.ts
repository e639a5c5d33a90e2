/**
 * Output selections in libRoadRunner syntax: `time`, `S1` (species amount), `[S1]` (species
 * concentration), a reaction id (its rate), a compartment / parameter / species-reference id (its
 * value), `S1'` (rate of change of a state). Each selection compiles to a reader over (t, y, p, w, dy).
 */
import type { CompiledModel, SymbolEntry } from "../compile/types.js";
import { Codes, EngineError } from "../messages.js";

export type Reader = (
  t: number,
  y: Float64Array,
  p: Float64Array,
  w: Float64Array,
  dy: Float64Array,
) => number;

export interface ParsedSelection {
  column: string;
  read: Reader;
  /** needs dy (the derivative) computed */
  needsDeriv: boolean;
}

function vec(h: SymbolEntry["home"], y: Float64Array, p: Float64Array, w: Float64Array): Float64Array {
  return h === "y" ? y : h === "p" ? p : w;
}

export function parseSelection(compiled: CompiledModel, sel: string): ParsedSelection {
  const s = sel.trim();
  const { symbols } = compiled.layout;
  // a model symbol named `time` (legal in SBML) wins over the clock
  if ((s === "time" || s === "t") && !symbols.has(s))
    return { column: "time", read: (t) => t, needsDeriv: false };
  const sizeReader = (e: SymbolEntry): ((y: Float64Array, p: Float64Array, w: Float64Array) => number) => {
    const c = e.compartment ? symbols.get(e.compartment) : undefined;
    if (!c) return () => 1;
    const ci = c.index;
    const ch = c.home;
    return (y, p, w) => vec(ch, y, p, w)[ci];
  };
  const conc = /^\[(.+)\]$/.exec(s);
  if (conc) {
    const e = symbols.get(conc[1]);
    if (e?.kind !== "species") throw badSelection(compiled, s, conc[1]);
    const V = sizeReader(e);
    const { home, index } = e;
    if (e.storedConc)
      return { column: s, read: (_t, y, p, w) => vec(home, y, p, w)[index], needsDeriv: false };
    return { column: s, read: (_t, y, p, w) => vec(home, y, p, w)[index] / V(y, p, w), needsDeriv: false };
  }
  const rate = /^(.+)'$/.exec(s);
  if (rate) {
    const e = symbols.get(rate[1]);
    if (!e) throw badSelection(compiled, s, rate[1]);
    if (e.home !== "y") return { column: s, read: () => 0, needsDeriv: false };
    const i = e.index;
    return { column: s, read: (_t, _y, _p, _w, dy) => dy[i], needsDeriv: true };
  }
  const e = symbols.get(s);
  if (!e || e.id.includes(".") || e.id.startsWith("\u0000")) {
    // local parameters and synthetic symbols are not selectable by their internal names
    if (e?.kind !== "speciesReference") throw badSelection(compiled, s, s);
  }
  const { home, index } = e as SymbolEntry;
  if (e?.kind === "species" && e.storedConc) {
    const V = sizeReader(e);
    return { column: s, read: (_t, y, p, w) => vec(home, y, p, w)[index] * V(y, p, w), needsDeriv: false };
  }
  return { column: s, read: (_t, y, p, w) => vec(home, y, p, w)[index], needsDeriv: false };
}

function badSelection(compiled: CompiledModel, sel: string, id: string): EngineError {
  const ids = [...compiled.layout.symbols.keys()].filter((k) => !k.includes(".") && !k.startsWith("\u0000"));
  const lower = id.toLowerCase();
  const similar = ids
    .map((k) => ({ k, d: editDistance(k.toLowerCase(), lower) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(id.length / 3)) || x.k.toLowerCase().includes(lower))
    .sort((a, b) => a.d - b.d)
    .slice(0, 5)
    .map((x) => x.k);
  return new EngineError(
    Codes.SIM_BAD_SELECTION,
    `unknown selection "${sel}"`,
    undefined,
    similar.length > 0
      ? `did you mean: ${similar.join(", ")}?`
      : "selections: time, S (amount), [S] (concentration), reaction ids, parameter ids, S' (rate)",
  );
}

function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}
