/**
 * SBML Level 2 (Versions 1–5) and Level 3 (Versions 1–2) core → Model IR.
 *
 * References (attribute defaults per level/version are taken from these):
 * - SBML L3V2 Core, Release 2 (Hucka et al., J. Integr. Bioinform. 2019, doi:10.1515/jib-2019-0021)
 * - SBML L3V1 Core, Release 2 (Hucka et al., J. Integr. Bioinform. 2018, doi:10.1515/jib-2017-0080)
 * - SBML L2V5 Release 1 (Hucka et al., J. Integr. Bioinform. 2015, doi:10.2390/biecoll-jib-2015-271),
 *   and L2V1–L2V4 for attributes that changed between versions.
 *
 * Defaults that Level 2 gives by omission are made explicit in the IR (see model/types.ts), so
 * later stages never look at level/version:
 *   compartment spatialDimensions=3, constant=true (size has no default in Level 2);
 *   species hasOnlySubstanceUnits=false, boundaryCondition=false, constant=false;
 *   parameter constant=true; reaction reversible=true, fast=false;
 *   speciesReference stoichiometry=1 (unless stoichiometryMath), constant = !stoichiometryMath;
 *   unit exponent=1, scale=0, multiplier=1;
 *   event useValuesFromTriggerTime=true, trigger initialValue=true, persistent=true.
 * In Level 3 the corresponding attributes are required; a missing one is an error
 * (E-SBML-003), except reaction `fast`, which L3V2 removed (default false).
 *
 * Elements whose math is absent (allowed in L3V2) have no effect and are dropped: initial
 * assignments, rules, event assignments, constraints, kinetic laws, delays and priorities; an
 * event trigger without math never fires (`false`).
 */

import type { Expr } from "../expr/ast.js";
import { MATHML_NS, readMathML } from "../expr/mathml.js";
import { Codes, EngineError, type SourceLocation, UnsupportedFeatureError } from "../messages.js";
import {
  type Annotated,
  type Compartment,
  type Constraint,
  type Event,
  type EventAssignment,
  emptyModel,
  type FunctionDefinition,
  type InitialAssignment,
  type KineticLaw,
  type Model,
  type ModifierSpeciesReference,
  type Parameter,
  type Reaction,
  type Rule,
  type Species,
  type SpeciesReference,
  type Unit,
  type UnitDefinition,
} from "../model/types.js";
import {
  attr,
  childElements,
  firstChild,
  parseXml,
  serializeChildren,
  serializeXml,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
} from "../xml/parse.js";
import { type FlattenOptions, flattenComp, usesComp } from "./comp-flatten.js";

export const RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
export const BQBIOL_NS = "http://biomodels.net/biology-qualifiers/";
export const BQMODEL_NS = "http://biomodels.net/model-qualifiers/";
export const XHTML_NS = "http://www.w3.org/1999/xhtml";
export const COMP_NS_PREFIX = "http://www.sbml.org/sbml/level3/version1/comp/";

/** Core namespace URI of each supported level/version. */
export const SBML_NAMESPACES: Readonly<Record<string, string>> = {
  "2.1": "http://www.sbml.org/sbml/level2",
  "2.2": "http://www.sbml.org/sbml/level2/version2",
  "2.3": "http://www.sbml.org/sbml/level2/version3",
  "2.4": "http://www.sbml.org/sbml/level2/version4",
  "2.5": "http://www.sbml.org/sbml/level2/version5",
  "3.1": "http://www.sbml.org/sbml/level3/version1/core",
  "3.2": "http://www.sbml.org/sbml/level3/version2/core",
};

export interface ReadSBMLOptions {
  /** file name used in diagnostics and `loc` */
  file?: string;
  /**
   * For comp externalModelDefinitions: the text of the document named by `source` (a URI,
   * usually a path relative to the main file), or undefined when it cannot be loaded. The engine
   * does no I/O itself; the CLI passes a file reader.
   */
  resolveExternal?: (source: string) => string | undefined;
}

/**
 * Read an SBML L2/L3 document (text) into the Model IR. Hierarchical models (the `comp` package)
 * are flattened first (see comp-flatten.ts).
 */
export function readSBML(text: string, options: ReadSBMLOptions = {}): Model {
  let doc = parseXml(text, options.file === undefined ? {} : { file: options.file });
  if (usesComp(doc)) {
    const fo: FlattenOptions = {};
    if (options.file !== undefined) fo.file = options.file;
    if (options.resolveExternal) fo.resolveExternal = options.resolveExternal;
    doc = flattenComp(doc, fo);
  }
  return readSBMLDocument(doc);
}

/** Read an already parsed SBML document. */
export function readSBMLDocument(doc: XmlDocument): Model {
  return new SbmlReader(doc).read();
}

/** Label of an element for diagnostics: `reaction id="R1"`. */
function label(el: XmlElement): string {
  for (const key of ["id", "symbol", "variable", "species"]) {
    const v = attr(el, key);
    if (v !== undefined) return `${el.local} ${key}="${v}"`;
  }
  return el.local;
}

class SbmlReader {
  private readonly file: string | undefined;
  private level = 3;
  private version = 2;
  private ns = "";
  /** SId namespace: id → where it was first defined */
  private readonly ids = new Map<string, SourceLocation>();
  private readonly unitIds = new Map<string, SourceLocation>();

  constructor(private readonly doc: XmlDocument) {
    this.file = doc.file;
  }

  // ---- diagnostics ------------------------------------------------------------------------

  loc(el: XmlElement): SourceLocation {
    const l: SourceLocation = { line: el.line, element: label(el) };
    if (this.file !== undefined) l.file = this.file;
    return l;
  }

  private fail(code: string, message: string, el: XmlElement): never {
    throw new EngineError(code, message, this.loc(el));
  }

  // ---- attribute access -------------------------------------------------------------------

  private str(el: XmlElement, name: string): string | undefined {
    const v = attr(el, name);
    return v === undefined ? undefined : v.trim();
  }

  private reqStr(el: XmlElement, name: string): string {
    const v = this.str(el, name);
    if (v === undefined || v === "") {
      this.fail(Codes.SBML_MISSING_ATTR, `<${el.local}> is missing the required attribute "${name}"`, el);
    }
    return v;
  }

  private num(el: XmlElement, name: string): number | undefined {
    const v = this.str(el, name);
    if (v === undefined) return undefined;
    // XML Schema double: decimal, exponent, INF, -INF, NaN
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) return Number(v);
    if (v === "INF" || v === "+INF") return Infinity;
    if (v === "-INF") return -Infinity;
    if (v === "NaN") return Number.NaN;
    this.fail(Codes.SBML_BAD_VALUE, `attribute ${name}="${v}" of <${el.local}> is not a number`, el);
  }

  private bool(el: XmlElement, name: string): boolean | undefined {
    const v = this.str(el, name);
    if (v === undefined) return undefined;
    if (v === "true" || v === "1") return true;
    if (v === "false" || v === "0") return false;
    this.fail(Codes.SBML_BAD_VALUE, `attribute ${name}="${v}" of <${el.local}> is not a boolean`, el);
  }

  /** Boolean attribute: Level 2 default when absent; required in Level 3 (unless `l3Default`). */
  private flag(el: XmlElement, name: string, l2Default: boolean, l3Default?: boolean): boolean {
    const v = this.bool(el, name);
    if (v !== undefined) return v;
    if (this.level < 3) return l2Default;
    if (l3Default !== undefined) return l3Default;
    this.fail(
      Codes.SBML_MISSING_ATTR,
      `<${el.local}> is missing the attribute "${name}", required in SBML Level 3`,
      el,
    );
  }

  private defineId(id: string, el: XmlElement, map = this.ids): void {
    const prev = map.get(id);
    if (prev) {
      this.fail(
        Codes.SBML_DUPLICATE_ID,
        `duplicate id "${id}" (first defined at line ${prev.line ?? "?"}${prev.element ? ` by <${prev.element}>` : ""})`,
        el,
      );
    }
    map.set(id, this.loc(el));
  }

  // ---- structure helpers ------------------------------------------------------------------

  /** Core-namespace children of `el` named `local`. */
  private kids(el: XmlElement, local: string): XmlElement[] {
    return childElements(el, local, this.ns);
  }

  /** Elements of `<listOfX>` inside `el`. */
  private list(el: XmlElement, listName: string, itemName: string): XmlElement[] {
    const out: XmlElement[] = [];
    for (const l of this.kids(el, listName)) {
      this.allowChildren(l, [itemName]);
      out.push(...this.kids(l, itemName));
    }
    return out;
  }

  /**
   * A misspelt or misplaced core element would otherwise be skipped without a word, and the
   * model simulated without it: refuse core-namespace children we do not know. Elements of
   * other namespaces (optional packages, annotations) are left alone.
   */
  private allowChildren(el: XmlElement, allowed: readonly string[]): void {
    for (const c of childElements(el, undefined, this.ns)) {
      if (c.local === "notes" || c.local === "annotation" || allowed.includes(c.local)) continue;
      this.fail(Codes.SBML_UNSUPPORTED, `unexpected element <${c.local}> inside <${el.local}>`, c);
    }
  }

  private math(el: XmlElement): Expr | undefined {
    const m = firstChild(el, "math", MATHML_NS);
    if (!m || childElements(m).length === 0) return undefined;
    const ctx: { file?: string; element?: string } = { element: label(el) };
    if (this.file !== undefined) ctx.file = this.file;
    return readMathML(m, ctx);
  }

  /** metaid, sboTerm, name, notes, annotation (cvTerms + other XML), loc. */
  private annotated<T extends Annotated>(el: XmlElement, target: T): T {
    const metaid = this.str(el, "metaid");
    if (metaid !== undefined) target.metaid = metaid;
    const sbo = this.str(el, "sboTerm");
    if (sbo !== undefined) target.sboTerm = sbo;
    const name = attr(el, "name");
    if (name !== undefined) target.name = name;
    const notes = firstChild(el, "notes", this.ns);
    if (notes) {
      const s = serializeChildren(notes).trim();
      if (s) target.notes = s;
    }
    const ann = firstChild(el, "annotation", this.ns);
    if (ann) this.readAnnotation(ann, target);
    target.loc = this.loc(el);
    return target;
  }

  private readAnnotation(ann: XmlElement, target: Annotated): void {
    const cvTerms: { qualifier: string; resources: string[] }[] = [];
    let other = "";
    for (const c of ann.children) {
      if (c.type === "element" && c.local === "RDF" && c.uri === RDF_NS) {
        // cvTerms (bqbiol/bqmodel qualifiers) go to `cvTerms`; anything else in the RDF (model
        // history: dc:creator, dcterms:created, …) is kept verbatim in `annotationXml`, and the
        // writer puts the cvTerms back into that same rdf:Description.
        const kept: XmlNode[] = [];
        let keepRdf = false;
        for (const rc of c.children) {
          if (rc.type !== "element" || rc.local !== "Description" || rc.uri !== RDF_NS) {
            kept.push(rc);
            if (rc.type === "element") keepRdf = true;
            continue;
          }
          // RDF points at its element through rdf:about="#metaid". Some real files (e.g. the PEtab
          // benchmark models) annotate an element that lacks the metaid: adopt it, so that the
          // annotation stays attached (and valid) when the model is written again.
          const about = attr(rc, "about", RDF_NS)?.trim();
          if (target.metaid === undefined && about && about.startsWith("#") && about.length > 1) {
            target.metaid = about.slice(1);
          }
          const rest: XmlNode[] = [];
          for (const q of rc.children) {
            const prefix =
              q.type !== "element"
                ? undefined
                : q.uri === BQBIOL_NS
                  ? "bqbiol"
                  : q.uri === BQMODEL_NS
                    ? "bqmodel"
                    : undefined;
            if (!prefix || q.type !== "element") {
              rest.push(q);
              continue;
            }
            const resources: string[] = [];
            for (const bag of childElements(q)) {
              for (const li of childElements(bag, "li", RDF_NS)) {
                const r = attr(li, "resource", RDF_NS);
                if (r !== undefined) resources.push(r);
              }
            }
            cvTerms.push({ qualifier: `${prefix}:${q.local}`, resources });
          }
          if (rest.some((x) => x.type === "element")) {
            kept.push({ ...rc, children: rest });
            keepRdf = true;
          }
        }
        if (keepRdf) other += serializeXml({ ...c, children: kept });
      } else if (c.type === "element" || c.type === "comment") {
        other += serializeXml(c);
      }
    }
    if (cvTerms.length > 0) target.cvTerms = cvTerms;
    if (other.trim()) target.annotationXml = other;
  }

  // ---- document ---------------------------------------------------------------------------

  read(): Model {
    const root = this.doc.root;
    if (root.local !== "sbml") {
      throw new EngineError(
        Codes.SBML_NOT_SBML,
        `root element is <${root.name}>, not <sbml>`,
        this.loc(root),
      );
    }
    const level = Number(attr(root, "level"));
    const version = Number(attr(root, "version"));
    const ns = SBML_NAMESPACES[`${level}.${version}`];
    if (level === 1) {
      throw new UnsupportedFeatureError(
        "sbml-level-1",
        "SBML Level 1 is not supported; convert the model to Level 2 or 3",
        this.loc(root),
      );
    }
    if (!ns) {
      throw new EngineError(
        Codes.SBML_LEVEL,
        `unsupported SBML level ${attr(root, "level")} version ${attr(root, "version")}`,
        this.loc(root),
      );
    }
    if (root.uri !== ns) {
      throw new EngineError(
        Codes.SBML_LEVEL,
        `<sbml level="${level}" version="${version}"> must be in namespace ${ns}, found "${root.uri}"`,
        this.loc(root),
      );
    }
    this.level = level;
    this.version = version;
    this.ns = ns;
    this.checkPackages(root);

    const modelEl = firstChild(root, "model", ns);
    if (!modelEl) throw new EngineError(Codes.SBML_NOT_SBML, "<sbml> has no <model>", this.loc(root));
    return this.readModel(modelEl);
  }

  /** Required packages we cannot honour are refused; optional ones are ignored. */
  private checkPackages(root: XmlElement): void {
    for (const a of root.attributes) {
      if (a.local !== "required" || a.uri === "" || a.uri === this.ns) continue;
      const pkg = packageName(a.uri);
      if (a.uri.startsWith(COMP_NS_PREFIX)) {
        throw new UnsupportedFeatureError(
          "comp",
          "the SBML 'comp' package (hierarchical model composition) is not supported yet",
          this.loc(root),
        );
      }
      if (a.value.trim() === "true") {
        throw new UnsupportedFeatureError(
          pkg,
          `the required SBML package '${pkg}' (${a.uri}) is not supported`,
          this.loc(root),
        );
      }
    }
    // comp is semantically required even if a file forgets to say so
    for (const [, uri] of Object.entries(root.nsDecls)) {
      if (uri.startsWith(COMP_NS_PREFIX)) {
        throw new UnsupportedFeatureError(
          "comp",
          "the SBML 'comp' package (hierarchical model composition) is not supported yet",
          this.loc(root),
        );
      }
    }
  }

  private readModel(el: XmlElement): Model {
    this.allowChildren(el, [
      "listOfFunctionDefinitions",
      "listOfUnitDefinitions",
      // L2V2–V4 compartment and species types carry no simulation meaning
      "listOfCompartmentTypes",
      "listOfSpeciesTypes",
      "listOfCompartments",
      "listOfSpecies",
      "listOfParameters",
      "listOfInitialAssignments",
      "listOfRules",
      "listOfConstraints",
      "listOfReactions",
      "listOfEvents",
    ]);
    const model = emptyModel(this.str(el, "id") ?? "");
    this.annotated(el, model);
    model.source = { format: "sbml", level: this.level, version: this.version };
    if (this.file !== undefined) model.source.file = this.file;
    if (this.level >= 3) {
      for (const k of [
        "substanceUnits",
        "timeUnits",
        "volumeUnits",
        "areaUnits",
        "lengthUnits",
        "extentUnits",
        "conversionFactor",
      ] as const) {
        const v = this.str(el, k);
        if (v !== undefined) model[k] = v;
      }
    }

    for (const f of this.list(el, "listOfFunctionDefinitions", "functionDefinition")) {
      model.functionDefinitions.push(this.readFunctionDefinition(f));
    }
    for (const u of this.list(el, "listOfUnitDefinitions", "unitDefinition"))
      model.unitDefinitions.push(this.readUnitDefinition(u));
    for (const c of this.list(el, "listOfCompartments", "compartment"))
      model.compartments.push(this.readCompartment(c));
    for (const s of this.list(el, "listOfSpecies", "species")) model.species.push(this.readSpecies(s));
    for (const p of this.list(el, "listOfParameters", "parameter"))
      model.parameters.push(this.readParameter(p, true));
    for (const ia of this.list(el, "listOfInitialAssignments", "initialAssignment")) {
      const r = this.readInitialAssignment(ia);
      if (r) model.initialAssignments.push(r);
    }
    const rulesList = this.kids(el, "listOfRules");
    for (const l of rulesList) {
      for (const r of childElements(l, undefined, this.ns)) {
        const rule = this.readRule(r);
        if (rule) model.rules.push(rule);
      }
    }
    for (const c of this.list(el, "listOfConstraints", "constraint")) {
      const r = this.readConstraint(c);
      if (r) model.constraints.push(r);
    }
    for (const r of this.list(el, "listOfReactions", "reaction")) model.reactions.push(this.readReaction(r));
    for (const e of this.list(el, "listOfEvents", "event")) model.events.push(this.readEvent(e));
    this.checkReferences(model, el);
    return model;
  }

  /**
   * Attribute references must name an element of the right kind (math is checked later, by the
   * compiler, which knows function and local scopes).
   */
  private checkReferences(m: Model, modelEl: XmlElement): void {
    const comps = new Set(m.compartments.map((c) => c.id));
    const species = new Set(m.species.map((s) => s.id));
    const params = new Set(m.parameters.map((p) => p.id));
    const refIds = new Set<string>();
    for (const r of m.reactions)
      for (const sr of [...r.reactants, ...r.products]) if (sr.id) refIds.add(sr.id);
    const assignable = (id: string) => comps.has(id) || species.has(id) || params.has(id) || refIds.has(id);
    const bad = (what: string, loc: SourceLocation | undefined): never => {
      throw new EngineError(Codes.SBML_UNKNOWN_REF, what, loc ?? this.loc(modelEl));
    };
    if (m.conversionFactor !== undefined && !params.has(m.conversionFactor)) {
      bad(`model conversionFactor "${m.conversionFactor}" is not a parameter`, m.loc);
    }
    for (const c of m.compartments) {
      if (c.outside !== undefined && !comps.has(c.outside))
        bad(`outside="${c.outside}" is not a compartment`, c.loc);
    }
    for (const s of m.species) {
      if (!comps.has(s.compartment))
        bad(`species "${s.id}": compartment "${s.compartment}" does not exist`, s.loc);
      if (s.conversionFactor !== undefined && !params.has(s.conversionFactor)) {
        bad(`species "${s.id}": conversionFactor "${s.conversionFactor}" is not a parameter`, s.loc);
      }
    }
    for (const ia of m.initialAssignments) {
      if (!assignable(ia.symbol))
        bad(
          `initialAssignment symbol "${ia.symbol}" is not a compartment, species, parameter or species reference`,
          ia.loc,
        );
    }
    for (const r of m.rules) {
      if (r.kind !== "algebraic" && !assignable(r.variable)) {
        bad(
          `${r.kind} rule variable "${r.variable}" is not a compartment, species, parameter or species reference`,
          r.loc,
        );
      }
    }
    for (const r of m.reactions) {
      if (r.compartment !== undefined && !comps.has(r.compartment))
        bad(`reaction "${r.id}": compartment "${r.compartment}" does not exist`, r.loc);
      for (const sr of [...r.reactants, ...r.products, ...r.modifiers]) {
        if (!species.has(sr.species))
          bad(`reaction "${r.id}" refers to unknown species "${sr.species}"`, sr.loc ?? r.loc);
      }
    }
    for (const e of m.events) {
      for (const a of e.assignments) {
        if (!assignable(a.variable))
          bad(
            `eventAssignment variable "${a.variable}" is not a compartment, species, parameter or species reference`,
            a.loc ?? e.loc,
          );
      }
    }
  }

  private readFunctionDefinition(el: XmlElement): FunctionDefinition {
    const id = this.reqStr(el, "id");
    this.defineId(id, el);
    let math = this.math(el);
    if (math === undefined) {
      // L3V2 allows a function definition without math; calling it is an error later.
      math = { kind: "lambda", params: [], body: { kind: "const", name: "notanumber" } };
    }
    if (math.kind !== "lambda") {
      this.fail(Codes.SBML_BAD_VALUE, `the math of function definition "${id}" must be a <lambda>`, el);
    }
    return this.annotated<FunctionDefinition>(el, { id, math });
  }

  private readUnitDefinition(el: XmlElement): UnitDefinition {
    const id = this.reqStr(el, "id");
    this.defineId(id, el, this.unitIds);
    const units: Unit[] = [];
    for (const u of this.list(el, "listOfUnits", "unit")) {
      const kind = this.reqStr(u, "kind");
      const exponent =
        this.num(u, "exponent") ??
        (this.level >= 3
          ? this.fail(
              Codes.SBML_MISSING_ATTR,
              `<unit kind="${kind}"> is missing "exponent", required in SBML Level 3`,
              u,
            )
          : 1);
      const scale =
        this.num(u, "scale") ??
        (this.level >= 3
          ? this.fail(
              Codes.SBML_MISSING_ATTR,
              `<unit kind="${kind}"> is missing "scale", required in SBML Level 3`,
              u,
            )
          : 0);
      const multiplier =
        this.num(u, "multiplier") ??
        (this.level >= 3
          ? this.fail(
              Codes.SBML_MISSING_ATTR,
              `<unit kind="${kind}"> is missing "multiplier", required in SBML Level 3`,
              u,
            )
          : 1);
      units.push({ kind, exponent, scale, multiplier });
    }
    const ud: UnitDefinition = { id, units };
    const name = attr(el, "name");
    if (name !== undefined) ud.name = name;
    return ud;
  }

  private readCompartment(el: XmlElement): Compartment {
    const id = this.reqStr(el, "id");
    this.defineId(id, el);
    const c: Compartment = { id, constant: this.flag(el, "constant", true) };
    const dims = this.num(el, "spatialDimensions");
    if (dims !== undefined) c.spatialDimensions = dims;
    else if (this.level < 3) c.spatialDimensions = 3;
    const size = this.num(el, "size") ?? this.num(el, "volume");
    if (size !== undefined) c.size = size;
    const units = this.str(el, "units");
    if (units !== undefined) c.units = units;
    const outside = this.str(el, "outside");
    if (outside !== undefined) c.outside = outside;
    return this.annotated(el, c);
  }

  private readSpecies(el: XmlElement): Species {
    const id = this.reqStr(el, "id");
    this.defineId(id, el);
    const s: Species = {
      id,
      compartment: this.reqStr(el, "compartment"),
      hasOnlySubstanceUnits: this.flag(el, "hasOnlySubstanceUnits", false),
      boundaryCondition: this.flag(el, "boundaryCondition", false),
      constant: this.flag(el, "constant", false),
    };
    const ia = this.num(el, "initialAmount");
    const ic = this.num(el, "initialConcentration");
    if (ia !== undefined && ic !== undefined) {
      this.fail(Codes.SBML_BAD_VALUE, `species "${id}" sets both initialAmount and initialConcentration`, el);
    }
    if (ia !== undefined) s.initialAmount = ia;
    if (ic !== undefined) s.initialConcentration = ic;
    const su = this.str(el, "substanceUnits");
    if (su !== undefined) s.substanceUnits = su;
    const cf = this.str(el, "conversionFactor");
    if (cf !== undefined) s.conversionFactor = cf;
    const charge = this.num(el, "charge");
    if (charge !== undefined) s.charge = charge;
    return this.annotated(el, s);
  }

  /** Global parameter (`global`) or L2 kinetic-law parameter / L3 local parameter. */
  private readParameter(el: XmlElement, global: boolean, localIds?: Map<string, SourceLocation>): Parameter {
    const id = this.reqStr(el, "id");
    if (global) this.defineId(id, el);
    else if (localIds) this.defineId(id, el, localIds);
    // local parameters are constant by definition (L3 localParameter has no `constant`)
    const constant = global ? this.flag(el, "constant", true) : true;
    const p: Parameter = { id, constant };
    const v = this.num(el, "value");
    if (v !== undefined) p.value = v;
    const units = this.str(el, "units");
    if (units !== undefined) p.units = units;
    return this.annotated(el, p);
  }

  private readInitialAssignment(el: XmlElement): InitialAssignment | undefined {
    const symbol = this.reqStr(el, "symbol");
    const math = this.math(el);
    if (!math) return undefined;
    return this.annotated<InitialAssignment>(el, { symbol, math });
  }

  private readRule(el: XmlElement): Rule | undefined {
    switch (el.local) {
      case "assignmentRule":
      case "rateRule": {
        const variable = this.reqStr(el, "variable");
        const math = this.math(el);
        if (!math) return undefined;
        const kind = el.local === "assignmentRule" ? "assignment" : "rate";
        return this.annotated(el, { kind, variable, math } as Rule);
      }
      case "algebraicRule": {
        const math = this.math(el);
        if (!math) return undefined;
        return this.annotated(el, { kind: "algebraic", math } as Rule);
      }
      case "notes":
      case "annotation":
        return undefined;
      default:
        this.fail(Codes.SBML_UNSUPPORTED, `unknown rule element <${el.local}>`, el);
    }
  }

  private readConstraint(el: XmlElement): Constraint | undefined {
    const math = this.math(el);
    if (!math) return undefined;
    const c: Constraint = { math };
    const msg = firstChild(el, "message", this.ns);
    if (msg) {
      const s = serializeChildren(msg).trim();
      if (s) c.message = s;
    }
    return this.annotated(el, c);
  }

  private readReaction(el: XmlElement): Reaction {
    this.allowChildren(el, ["listOfReactants", "listOfProducts", "listOfModifiers", "kineticLaw"]);
    const id = this.reqStr(el, "id");
    this.defineId(id, el);
    const r: Reaction = {
      id,
      reversible: this.flag(el, "reversible", true),
      // L3V1 requires `fast`; L3V2 removed it. Either way absent means false.
      fast: this.flag(el, "fast", false, false),
      reactants: [],
      products: [],
      modifiers: [],
    };
    const comp = this.str(el, "compartment");
    if (comp !== undefined) r.compartment = comp;
    for (const s of this.list(el, "listOfReactants", "speciesReference"))
      r.reactants.push(this.readSpeciesReference(s));
    for (const s of this.list(el, "listOfProducts", "speciesReference"))
      r.products.push(this.readSpeciesReference(s));
    for (const s of this.list(el, "listOfModifiers", "modifierSpeciesReference"))
      r.modifiers.push(this.readModifier(s));
    const kl = firstChild(el, "kineticLaw", this.ns);
    if (kl) {
      const law = this.readKineticLaw(kl);
      if (law) r.kineticLaw = law;
    }
    return this.annotated(el, r);
  }

  private readSpeciesReference(el: XmlElement): SpeciesReference {
    this.allowChildren(el, ["stoichiometryMath"]);
    const species = this.reqStr(el, "species");
    const sm = firstChild(el, "stoichiometryMath", this.ns);
    const smath = sm ? this.math(sm) : undefined;
    let constant: boolean;
    if (this.level >= 3) constant = this.flag(el, "constant", true);
    else constant = smath === undefined;
    const ref: SpeciesReference = { species, constant };
    const id = this.str(el, "id");
    if (id !== undefined) {
      this.defineId(id, el);
      ref.id = id;
    }
    const st = this.num(el, "stoichiometry");
    if (st !== undefined) ref.stoichiometry = st;
    else if (this.level < 3 && smath === undefined) ref.stoichiometry = 1;
    if (smath !== undefined) ref.stoichiometryMath = smath;
    return this.annotated(el, ref);
  }

  private readModifier(el: XmlElement): ModifierSpeciesReference {
    const m: ModifierSpeciesReference = { species: this.reqStr(el, "species") };
    const id = this.str(el, "id");
    if (id !== undefined) {
      this.defineId(id, el);
      m.id = id;
    }
    return this.annotated(el, m);
  }

  private readKineticLaw(el: XmlElement): KineticLaw | undefined {
    this.allowChildren(el, [this.level >= 3 ? "listOfLocalParameters" : "listOfParameters"]);
    const localIds = new Map<string, SourceLocation>();
    const localParameters: Parameter[] = [];
    const listName = this.level >= 3 ? "listOfLocalParameters" : "listOfParameters";
    const itemName = this.level >= 3 ? "localParameter" : "parameter";
    for (const p of this.list(el, listName, itemName))
      localParameters.push(this.readParameter(p, false, localIds));
    const math = this.math(el);
    if (!math) return undefined;
    return this.annotated<KineticLaw>(el, { math, localParameters });
  }

  private readEvent(el: XmlElement): Event {
    this.allowChildren(el, ["trigger", "delay", "priority", "listOfEventAssignments"]);
    const trigEl = firstChild(el, "trigger", this.ns);
    const trigger: Event["trigger"] = {
      math: (trigEl && this.math(trigEl)) ?? { kind: "bool", value: false },
      initialValue: trigEl ? this.flag(trigEl, "initialValue", true) : true,
      persistent: trigEl ? this.flag(trigEl, "persistent", true) : true,
    };
    if (trigEl) trigger.loc = this.loc(trigEl);
    const ev: Event = {
      useValuesFromTriggerTime: this.flag(el, "useValuesFromTriggerTime", true),
      trigger,
      assignments: [],
    };
    const id = this.str(el, "id");
    if (id !== undefined) {
      this.defineId(id, el);
      ev.id = id;
    }
    const delayEl = firstChild(el, "delay", this.ns);
    const delay = delayEl ? this.math(delayEl) : undefined;
    if (delay) ev.delay = delay;
    const prioEl = firstChild(el, "priority", this.ns);
    const priority = prioEl ? this.math(prioEl) : undefined;
    if (priority) ev.priority = priority;
    for (const a of this.list(el, "listOfEventAssignments", "eventAssignment")) {
      const variable = this.reqStr(a, "variable");
      const math = this.math(a);
      if (!math) continue;
      ev.assignments.push(this.annotated(a, { variable, math } as EventAssignment));
    }
    return this.annotated(el, ev);
  }
}

/** Short package name from its namespace URI (…/level3/version1/fbc/version2 → "fbc"). */
function packageName(uri: string): string {
  const m = /level3\/version\d+\/([^/]+)\/version\d+/.exec(uri);
  return m ? (m[1] as string) : uri;
}
