/**
 * A small model builder for models written as code (the style of PySB, doi:10.1038/msb.2013.1, and
 * Catalyst.jl's reaction networks, doi:10.1371/journal.pcbi.1011530): compartments, species,
 * parameters, rules, reactions and events are declared one call at a time, each with its unit and
 * its source, and `build()` returns the engine's plain Model IR (which compiles, simulates and
 * writes as SBML L3V2 like any model read from a file).
 *
 * Conventions:
 * - Rate laws are given as **concentration rates** in the compartment named by `in` (e.g. nM/min in
 *   the cytoplasm); the builder multiplies by that compartment's size, so the SBML kinetic law is an
 *   amount flux (SBML L3V2 §4.11.7). Transport between compartments of different size is therefore
 *   exact: the flux leaves one compartment and enters the other as the same amount.
 * - Every parameter carries a unit and a source; both are written to the SBML notes, so the exported
 *   file documents itself. Units known to `UNIT_DEFINITIONS` become SBML unit definitions.
 * - Mistakes are caught at declaration time (duplicate ids, unknown species or compartments, missing
 *   sources) with an `EngineError` naming the element, never silently.
 */
import { type Expr, sym } from "../expr/ast.js";
import { freeSymbols } from "../expr/inline.js";
import { Codes, EngineError } from "../messages.js";
import type { Event, Model, Parameter, Rule, Species, Unit, UnitDefinition } from "./types.js";
import { emptyModel } from "./types.js";

/** Identifier patterns of MIRIAM resources the builder can annotate with (identifiers.org URIs). */
export interface BuilderXrefs {
  uniprot?: string;
  hgnc?: string;
  chebi?: string;
  pubchem?: number;
  go?: string;
  /** any further identifiers.org URIs */
  other?: string[];
}

export interface ParamInfo {
  value: number;
  unit: string;
  /** paper + table/figure, or "fitted to <data set>", or "tuned to <fact>" */
  source: string;
  /** [V] [C] [R] as in shared/reference/stat3-facts.md, or "A" for an assumption */
  tag?: "V" | "C" | "R" | "A";
  note?: string;
}

export interface SpeciesInfo {
  compartment: string;
  /** initial concentration (unit of the model's substance per compartment volume) */
  initial: number;
  unit?: string;
  name?: string;
  xrefs?: BuilderXrefs;
  /** "bqbiol:is" (default) or e.g. "bqbiol:hasVersion" for modified states */
  qualifier?: string;
  note?: string;
  /** a boundary species (held constant by reactions) */
  boundary?: boolean;
}

export interface ReactionInfo {
  /** reactant species ids (repeat an id or give [id, n] for stoichiometry n) */
  reactants?: (string | [string, number])[];
  products?: (string | [string, number])[];
  /** species read by the rate law that are neither reactant nor product (found automatically when omitted) */
  modifiers?: string[];
  /** concentration rate in compartment `in` */
  rate: Expr;
  /** compartment whose size turns the concentration rate into an amount flux */
  in: string;
  name?: string;
  /** the chemistry and its citation, written to the SBML notes */
  note?: string;
  reversible?: boolean;
}

/** SBML unit definitions for the unit strings the builder understands (time in minutes). */
export const UNIT_DEFINITIONS: Readonly<Record<string, { id: string; units: Unit[] }>> = {
  min: { id: "minute", units: [u("second", 1, 0, 60)] },
  pL: { id: "picolitre", units: [u("litre", 1, -12)] },
  nM: { id: "nanomolar", units: [u("mole", 1, -9), u("litre", -1)] },
  µM: { id: "micromolar", units: [u("mole", 1, -6), u("litre", -1)] },
  /** 1 zmol / 1 pL = 1 nM: the substance unit that makes concentrations in pL compartments nM */
  zmol: { id: "zeptomole", units: [u("mole", 1, -21)] },
  "1/min": { id: "per_minute", units: [u("second", -1, 0, 60)] },
  "nM/min": { id: "nanomolar_per_minute", units: [u("mole", 1, -9), u("litre", -1), u("second", -1, 0, 60)] },
  "1/(nM*min)": {
    id: "per_nanomolar_per_minute",
    units: [u("mole", -1, -9), u("litre", 1), u("second", -1, 0, 60)],
  },
  "1/nM": { id: "per_nanomolar", units: [u("mole", -1, -9), u("litre", 1)] },
  "ng/mL": { id: "nanogram_per_millilitre", units: [u("gram", 1, -6), u("litre", -1)] },
  "1/(ng/mL*min)": {
    id: "per_ng_per_mL_per_minute",
    units: [u("gram", -1, -6), u("litre", 1), u("second", -1, 0, 60)],
  },
  "ng/mL/min": {
    id: "ng_per_mL_per_minute",
    units: [u("gram", 1, -6), u("litre", -1), u("second", -1, 0, 60)],
  },
  dimensionless: { id: "dimensionless", units: [] },
};

function u(kind: string, exponent: number, scale = 0, multiplier = 1): Unit {
  return { kind, exponent, scale, multiplier };
}

const ID_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

function xhtml(lines: string[]): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<body xmlns="http://www.w3.org/1999/xhtml">${lines.map((l) => `<p>${esc(l)}</p>`).join("")}</body>`;
}

function xrefUris(x: BuilderXrefs): string[] {
  const r: string[] = [];
  if (x.uniprot) r.push(`http://identifiers.org/uniprot/${x.uniprot}`);
  if (x.hgnc) r.push(`http://identifiers.org/hgnc.symbol/${x.hgnc}`);
  if (x.chebi)
    r.push(`http://identifiers.org/${x.chebi.startsWith("CHEBI:") ? x.chebi : `CHEBI:${x.chebi}`}`);
  if (x.pubchem !== undefined) r.push(`http://identifiers.org/pubchem.compound/${x.pubchem}`);
  if (x.go) r.push(`http://identifiers.org/${x.go}`);
  if (x.other) r.push(...x.other);
  return r;
}

/** Build a model as code; see the module comment for conventions. */
export class ModelBuilder {
  private readonly model: Model;
  private readonly ids = new Set<string>();
  private readonly compSizes = new Map<string, number>();
  private readonly speciesIds = new Set<string>();
  /** parameter documentation by id (value, unit, source) */
  readonly params = new Map<string, ParamInfo>();
  private readonly unitsUsed = new Set<string>();

  constructor(id: string, opts: { name?: string; note?: string } = {}) {
    this.model = emptyModel(id);
    this.model.name = opts.name;
    if (opts.note) this.model.notes = xhtml([opts.note]);
    this.model.timeUnits = this.unitId("min");
    // amounts in zmol and volumes in pL, so that species concentrations read in nM
    this.model.substanceUnits = this.unitId("zmol");
    this.model.extentUnits = this.unitId("zmol");
    this.model.volumeUnits = this.unitId("pL");
  }

  private claim(id: string, what: string): void {
    if (!ID_RE.test(id))
      throw new EngineError(Codes.MODEL_BUILDER, `${what} id "${id}" is not a valid SBML SId`);
    if (this.ids.has(id)) throw new EngineError(Codes.MODEL_BUILDER, `${what} "${id}" is declared twice`);
    this.ids.add(id);
  }

  private unitId(unit: string | undefined): string | undefined {
    if (!unit) return undefined;
    const def = UNIT_DEFINITIONS[unit];
    if (!def) return undefined;
    this.unitsUsed.add(unit);
    return def.id;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  compartmentSize(id: string): number {
    const v = this.compSizes.get(id);
    if (v === undefined) throw new EngineError(Codes.MODEL_BUILDER, `unknown compartment "${id}"`);
    return v;
  }

  compartment(id: string, size: number, info: { name?: string; source: string; unit?: string }): Expr {
    this.claim(id, "compartment");
    if (!(size > 0)) throw new EngineError(Codes.MODEL_BUILDER, `compartment "${id}" needs a positive size`);
    this.compSizes.set(id, size);
    this.model.compartments.push({
      id,
      name: info.name,
      spatialDimensions: 3,
      size,
      units: this.unitId(info.unit ?? "pL"),
      constant: true,
      notes: xhtml([`size ${size} ${info.unit ?? "pL"}; source: ${info.source}`]),
    });
    return sym(id);
  }

  species(id: string, info: SpeciesInfo): Expr {
    this.claim(id, "species");
    if (!this.compSizes.has(info.compartment)) {
      throw new EngineError(
        Codes.MODEL_BUILDER,
        `species "${id}": unknown compartment "${info.compartment}"`,
      );
    }
    if (!(info.initial >= 0))
      throw new EngineError(Codes.MODEL_BUILDER, `species "${id}": initial value must be ≥ 0`);
    const s: Species = {
      id,
      name: info.name,
      compartment: info.compartment,
      initialConcentration: info.initial,
      hasOnlySubstanceUnits: false,
      boundaryCondition: info.boundary ?? false,
      constant: false,
    };
    const uris = info.xrefs ? xrefUris(info.xrefs) : [];
    if (uris.length > 0) s.cvTerms = [{ qualifier: info.qualifier ?? "bqbiol:is", resources: uris }];
    if (info.note) s.notes = xhtml([info.note]);
    this.model.species.push(s);
    this.speciesIds.add(id);
    return sym(id);
  }

  /** A constant parameter with its unit and source. */
  param(id: string, info: ParamInfo): Expr {
    this.claim(id, "parameter");
    if (!info.source) throw new EngineError(Codes.MODEL_BUILDER, `parameter "${id}" has no source`);
    if (!Number.isFinite(info.value))
      throw new EngineError(Codes.MODEL_BUILDER, `parameter "${id}" has a non-finite value`);
    this.params.set(id, info);
    const tag = info.tag ? ` [${info.tag}]` : "";
    const p: Parameter = {
      id,
      value: info.value,
      units: this.unitId(info.unit),
      constant: true,
      notes: xhtml([`unit: ${info.unit}`, `source${tag}: ${info.source}`, ...(info.note ? [info.note] : [])]),
    };
    this.model.parameters.push(p);
    return sym(id);
  }

  /** A non-constant parameter changed by events or rate rules (initial value given). */
  variable(id: string, initial: number, info: { unit: string; note: string }): Expr {
    this.claim(id, "parameter");
    this.model.parameters.push({
      id,
      value: initial,
      units: this.unitId(info.unit),
      constant: false,
      notes: xhtml([`unit: ${info.unit}`, info.note]),
    });
    return sym(id);
  }

  /** An assignment rule `id = math` (a derived quantity or time-dependent input). */
  assign(id: string, math: Expr, info: { unit: string; note: string }): Expr {
    this.checkSymbols(math, `assignment rule "${id}"`);
    this.claim(id, "parameter");
    this.model.parameters.push({
      id,
      units: this.unitId(info.unit),
      constant: false,
      notes: xhtml([`unit: ${info.unit}`, info.note]),
    });
    const r: Rule = { kind: "assignment", variable: id, math };
    this.model.rules.push(r);
    return sym(id);
  }

  /** A rate rule d(variable)/dt = math on a variable declared with `variable`. */
  rateRule(variable: string, math: Expr): void {
    this.checkSymbols(math, `rate rule for "${variable}"`);
    if (!this.ids.has(variable))
      throw new EngineError(Codes.MODEL_BUILDER, `rate rule: unknown variable "${variable}"`);
    this.model.rules.push({ kind: "rate", variable, math });
  }

  reaction(id: string, info: ReactionInfo): void {
    this.claim(id, "reaction");
    const size = this.compartmentSize(info.in);
    void size;
    const refs = (list: (string | [string, number])[] | undefined) => {
      const m = new Map<string, number>();
      for (const e of list ?? []) {
        const [s, n] = typeof e === "string" ? [e, 1] : e;
        if (!this.speciesIds.has(s))
          throw new EngineError(Codes.MODEL_BUILDER, `reaction "${id}": unknown species "${s}"`);
        m.set(s, (m.get(s) ?? 0) + n);
      }
      return [...m].map(([species, stoichiometry]) => ({ species, stoichiometry, constant: true }));
    };
    const reactants = refs(info.reactants);
    const products = refs(info.products);
    this.checkSymbols(info.rate, `reaction "${id}"`);
    const involved = new Set([...reactants, ...products].map((r) => r.species));
    const modifiers = (
      info.modifiers ?? [...freeSymbols(info.rate)].filter((s) => this.speciesIds.has(s) && !involved.has(s))
    ).map((species) => ({ species }));
    this.model.reactions.push({
      id,
      name: info.name,
      reversible: info.reversible ?? false,
      fast: false,
      compartment: info.in,
      reactants,
      products,
      modifiers,
      kineticLaw: {
        math: { kind: "call", op: "times", args: [sym(info.in), info.rate] },
        localParameters: [],
      },
      notes: info.note ? xhtml([info.note]) : undefined,
    });
  }

  /** An event: when `trigger` becomes true, the assignments are applied (initialValue=false: fires at t0 if true). */
  event(id: string, trigger: Expr, assignments: [string, Expr][], note?: string): void {
    this.claim(id, "event");
    this.checkSymbols(trigger, `event "${id}"`);
    const e: Event = {
      id,
      useValuesFromTriggerTime: true,
      trigger: { math: trigger, initialValue: false, persistent: true },
      assignments: assignments.map(([variable, math]) => {
        if (!this.ids.has(variable))
          throw new EngineError(Codes.MODEL_BUILDER, `event "${id}": unknown variable "${variable}"`);
        this.checkSymbols(math, `event "${id}"`);
        return { variable, math };
      }),
      notes: note ? xhtml([note]) : undefined,
    };
    this.model.events.push(e);
  }

  /** Set a species' initial concentration (e.g. to a computed steady state). */
  setInitial(id: string, value: number): void {
    const s = this.model.species.find((x) => x.id === id);
    if (!s) throw new EngineError(Codes.MODEL_BUILDER, `setInitial: unknown species "${id}"`);
    s.initialConcentration = value;
  }

  private checkSymbols(e: Expr, where: string): void {
    for (const s of freeSymbols(e)) {
      if (!this.ids.has(s))
        throw new EngineError(Codes.MODEL_BUILDER, `${where} uses "${s}", which is not declared (yet)`);
    }
  }

  build(): Model {
    const defs: UnitDefinition[] = [];
    for (const key of this.unitsUsed) {
      const d = UNIT_DEFINITIONS[key];
      if (d.id === "dimensionless") continue;
      defs.push({ id: d.id, units: d.units.map((x) => ({ ...x })) });
    }
    // a fresh copy: building again after more declarations never aliases an earlier result
    const m: Model = JSON.parse(JSON.stringify(this.model)) as Model;
    m.unitDefinitions = defs;
    return m;
  }
}
