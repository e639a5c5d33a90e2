/**
 * Compile stage 4 — layout: the symbol table. Every symbol gets a home vector (y state, p stored
 * value, w assigned value), an index in it, and a global number g (its slot in the base-value
 * vector that `initialize` reads). The JS snippet that reads a symbol's value *as SBML math means
 * it* comes from here: a species stored as an amount but meaning a concentration in math reads as
 * `y[i]/V` (SBML L3V2 §4.6.5: a species symbol in math is a concentration unless
 * hasOnlySubstanceUnits is true).
 */
import { Codes, EngineError } from "../messages.js";
import type { Analysis } from "./analyse.js";
import type { ModelLayout, SymbolEntry, SymbolKind } from "./types.js";

export interface LayoutResult {
  layout: ModelLayout;
  base: Float64Array;
  /** species whose base value is a concentration */
  baseIsConc: Uint8Array;
  /** JS that reads a symbol as math means it */
  read(name: string): string;
  /** JS of the stored slot, e.g. "y[3]" */
  slot(name: string): string;
}

export function layoutModel(an: Analysis): LayoutResult {
  const symbols = new Map<string, SymbolEntry>();
  const stateIds: string[] = [];
  const paramIds: string[] = [];
  const assignedIds: string[] = [];
  const species: string[] = [];
  const compartments: string[] = [];
  const parameters: string[] = [];
  const reactions: string[] = [];
  let g = 0;
  const gIndex = new Map<string, number>();
  for (const id of an.info.keys()) gIndex.set(id, g++);
  // state order: assigned by analysis order, keeping model order within each home
  for (const si of an.info.values()) {
    const kind = si.decl.kind as SymbolKind;
    let index: number;
    if (si.home === "y") index = stateIds.push(si.id) - 1;
    else if (si.home === "p") index = paramIds.push(si.id) - 1;
    else index = an.assignOrder.indexOf(si.id);
    const entry: SymbolEntry = {
      id: si.id,
      kind,
      home: si.home,
      index,
      g: gIndex.get(si.id) as number,
      constant: !si.varies,
    };
    if (kind === "species" && si.decl.species) {
      entry.compartment = si.decl.species.compartment;
      entry.mathIsConc = si.mathIsConc;
      entry.storedConc = si.storedConc;
      species.push(si.id);
    } else if (kind === "compartment") compartments.push(si.id);
    else if (kind === "parameter" && !si.id.startsWith("\u0000")) parameters.push(si.id);
    else if (kind === "reaction") reactions.push(si.id);
    symbols.set(si.id, entry);
  }
  assignedIds.push(...an.assignOrder);

  const base = new Float64Array(g);
  const baseIsConc = new Uint8Array(g);
  for (const si of an.info.values()) {
    const k = gIndex.get(si.id) as number;
    const d = si.decl;
    let v = Number.NaN;
    if (d.kind === "species" && d.species) {
      if (d.species.initialAmount !== undefined) v = d.species.initialAmount;
      else if (d.species.initialConcentration !== undefined) {
        v = d.species.initialConcentration;
        baseIsConc[k] = 1;
      }
    } else if (d.kind === "compartment") {
      v = d.value ?? (d.dims === 0 ? 1 : Number.NaN);
    } else if (d.kind === "speciesReference") {
      v = d.value ?? 1;
    } else if (d.value !== undefined) v = d.value;
    base[k] = v;
  }

  let massDiagonal: Float64Array | undefined;
  if ([...an.info.values()].some((s) => s.algebraic)) {
    massDiagonal = new Float64Array(stateIds.length).fill(1);
    stateIds.forEach((id, i) => {
      if (an.info.get(id)?.algebraic) (massDiagonal as Float64Array)[i] = 0;
    });
  }

  const slot = (name: string): string => {
    const e = symbols.get(name);
    if (!e)
      throw new EngineError(
        Codes.MODEL_UNDEFINED_SYMBOL,
        `the symbol '${name}' is not declared in the model`,
      );
    return `${e.home}[${e.index}]`;
  };
  const read = (name: string): string => {
    const e = symbols.get(name);
    if (!e)
      throw new EngineError(
        Codes.MODEL_UNDEFINED_SYMBOL,
        `the symbol '${name}' is not declared in the model`,
      );
    const s = `${e.home}[${e.index}]`;
    if (e.kind === "species" && e.mathIsConc && !e.storedConc && e.compartment)
      return `${s}/${slot(e.compartment)}`;
    return s;
  };

  const layout: ModelLayout = {
    nStates: stateIds.length,
    nParams: paramIds.length,
    nAssigned: assignedIds.length,
    symbols,
    stateIds,
    paramIds,
    assignedIds,
    species,
    compartments,
    parameters,
    reactions,
    massDiagonal,
    nGlobals: g,
  };
  return { layout, base, baseIsConc, read, slot };
}
