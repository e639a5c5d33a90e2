/**
 * Model IR → SBML text (Level 3 Versions 1–2, Level 2 Versions 4–5).
 *
 * References: SBML L3V2 Core (doi:10.1515/jib-2019-0021), L3V1 Core (doi:10.1515/jib-2017-0080),
 * L2V5 (doi:10.2390/biecoll-jib-2015-271); element order follows their UML/XML Schema
 * (notes, annotation first; then the listOf… in the order the specs give).
 *
 * The writer is the inverse of `readSBML`: read → write → read yields the same Model (apart
 * from `loc` and `source`). Everything the IR holds is written: names, metaids, SBO terms,
 * verbatim notes and annotation XML, MIRIAM cvTerms as RDF, units.
 *
 * A model that a target level cannot express is refused (E-SBML-007) instead of being written
 * with a different meaning: L3V2 has no fast reactions; Level 2 has no event priorities,
 * non-persistent triggers, non-integer unit exponents, conversion factors, or variable
 * species-reference stoichiometry without stoichiometryMath; rateOf, min, max, rem, quotient
 * and implies need L3V2. Level 2 stoichiometryMath is written for Level 3 as its equivalent, an
 * assignment rule on the species reference's id. Species `charge` and compartment `outside`
 * (Level 2 only, no simulation meaning) are not written for Level 3.
 */
import type { Expr } from "../expr/ast.js";
import { writeMathML } from "../expr/mathml.js";
import { Codes, EngineError, type SourceLocation } from "../messages.js";
import type {
  Annotated,
  Compartment,
  Event,
  KineticLaw,
  Model,
  ModifierSpeciesReference,
  Parameter,
  Reaction,
  Rule,
  Species,
  SpeciesReference,
  UnitDefinition,
} from "../model/types.js";
import { childElements, escapeAttr, parseXml, serializeXml, type XmlElement } from "../xml/parse.js";
import { BQBIOL_NS, BQMODEL_NS, RDF_NS, SBML_NAMESPACES } from "./read.js";

export interface WriteSBMLOptions {
  /** SBML level (default 3) */
  level?: 2 | 3;
  /** SBML version (default 2 for Level 3, 5 for Level 2) */
  version?: number;
}

/** Operators that exist in MathML for SBML only from L3V2 on. */
const L3V2_ONLY_OPS = new Set(["rateOf", "min", "max", "rem", "quotient", "implies"]);

/** Write a Model as an SBML document. */
export function writeSBML(model: Model, options: WriteSBMLOptions = {}): string {
  const level = options.level ?? 3;
  const version = options.version ?? (level === 3 ? 2 : 5);
  const ns = SBML_NAMESPACES[`${level}.${version}`];
  if (!ns || (level === 2 && version < 4)) {
    throw new EngineError(
      Codes.SBML_LEVEL,
      `writing SBML Level ${level} Version ${version} is not supported (use L2V4, L2V5, L3V1 or L3V2)`,
    );
  }
  return new SbmlWriter(model, level, version, ns).write();
}

function cvTermXml(term: { qualifier: string; resources: string[] }): string {
  const lis = term.resources.map((r) => `<rdf:li rdf:resource="${escapeAttr(r)}"/>`).join("");
  return `<${term.qualifier}><rdf:Bag>${lis}</rdf:Bag></${term.qualifier}>`;
}

/**
 * Put cvTerms back into the rdf:Description that the reader left in `annotationXml` (model
 * history and other RDF), so the element keeps a single rdf:RDF. Undefined when there is none.
 */
function mergeCvTerms(
  annotationXml: string,
  cv: { qualifier: string; resources: string[] }[],
): string | undefined {
  let wrapper: XmlElement;
  try {
    wrapper = parseXml(`<w>${annotationXml}</w>`).root;
  } catch {
    return undefined;
  }
  const rdf = wrapper.children.find(
    (c): c is XmlElement => c.type === "element" && c.local === "RDF" && c.uri === RDF_NS,
  );
  const desc = rdf ? childElements(rdf, "Description", RDF_NS)[0] : undefined;
  if (!rdf || !desc) return undefined;
  const bq = parseXml(
    `<rdf:Description xmlns:rdf="${RDF_NS}" xmlns:bqbiol="${BQBIOL_NS}" xmlns:bqmodel="${BQMODEL_NS}">${cv.map(cvTermXml).join("")}</rdf:Description>`,
  ).root.children;
  const newDesc: XmlElement = { ...desc, children: [...desc.children, ...bq] };
  const newRdf: XmlElement = { ...rdf, children: rdf.children.map((c) => (c === desc ? newDesc : c)) };
  return wrapper.children.map((c) => serializeXml(c === rdf ? newRdf : c)).join("");
}

function fmtNum(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "INF";
  if (v === -Infinity) return "-INF";
  if (Object.is(v, -0)) return "-0";
  return String(v);
}

class SbmlWriter {
  private readonly out: string[] = [];
  private depth = 0;
  private metaCounter = 0;
  private readonly usedMetaids = new Set<string>();
  /**
   * Level 3 has no stoichiometryMath: such a reference is written with an id (its own, or a new
   * one) and `constant="false"`, and its math becomes an assignment rule for that id — the L3
   * equivalent (L3V2 spec §4.11.3; L2V5 §4.13.2: stoichiometryMath is evaluated at all times).
   */
  private readonly stoichIds = new Map<SpeciesReference, string>();
  private readonly stoichRules: Rule[] = [];

  constructor(
    private readonly model: Model,
    private readonly level: number,
    private readonly version: number,
    private readonly ns: string,
  ) {
    const collect = (a: Annotated | undefined) => {
      if (a?.metaid) this.usedMetaids.add(a.metaid);
    };
    collect(model);
    for (const list of [
      model.functionDefinitions,
      model.compartments,
      model.species,
      model.parameters,
      model.initialAssignments,
      model.rules,
      model.constraints,
      model.reactions,
      model.events,
    ]) {
      for (const x of list as Annotated[]) collect(x);
    }
    if (level >= 3) this.planStoichiometryRules();
  }

  private planStoichiometryRules(): void {
    const m = this.model;
    const used = new Set<string>();
    for (const list of [m.functionDefinitions, m.compartments, m.species, m.parameters, m.reactions]) {
      for (const x of list) used.add(x.id);
    }
    for (const e of m.events) if (e.id) used.add(e.id);
    for (const r of m.reactions) {
      for (const sr of [...r.reactants, ...r.products, ...r.modifiers]) if (sr.id) used.add(sr.id);
    }
    for (const r of m.reactions) {
      for (const sr of [...r.reactants, ...r.products]) {
        if (!sr.stoichiometryMath) continue;
        let id = sr.id;
        if (!id) {
          const base = `${r.id}_${sr.species}_stoichiometry`;
          id = base;
          for (let k = 2; used.has(id); k++) id = `${base}_${k}`;
          used.add(id);
        }
        this.stoichIds.set(sr, id);
        const rule: Rule = { kind: "assignment", variable: id, math: sr.stoichiometryMath };
        if (sr.loc) rule.loc = sr.loc;
        this.stoichRules.push(rule);
      }
    }
  }

  private refuse(what: string, loc?: SourceLocation): never {
    throw new EngineError(
      Codes.SBML_UNSUPPORTED,
      `cannot write SBML Level ${this.level} Version ${this.version}: ${what}`,
      loc,
    );
  }

  private line(s: string): void {
    this.out.push(`${"  ".repeat(this.depth)}${s}`);
  }

  private open(tag: string, attrs: string, children: () => void, hasChildren = true): void {
    if (!hasChildren) {
      this.line(`<${tag}${attrs}/>`);
      return;
    }
    this.line(`<${tag}${attrs}>`);
    this.depth++;
    children();
    this.depth--;
    this.line(`</${tag}>`);
  }

  /** `name="value"` pairs for the defined values, escaped. */
  private attrs(pairs: [string, string | number | boolean | undefined][]): string {
    let s = "";
    for (const [k, v] of pairs) {
      if (v === undefined) continue;
      const text = typeof v === "number" ? fmtNum(v) : String(v);
      s += ` ${k}="${escapeAttr(text)}"`;
    }
    return s;
  }

  /** The element's metaid; one is made up when cvTerms need an `rdf:about` target. */
  private metaidFor(a: Annotated): string | undefined {
    if (a.metaid || !a.cvTerms || a.cvTerms.length === 0) return a.metaid;
    let metaid: string;
    do metaid = `meta_${++this.metaCounter}`;
    while (this.usedMetaids.has(metaid));
    this.usedMetaids.add(metaid);
    return metaid;
  }

  private hasAnnotationContent(a: Annotated): boolean {
    return !!(a.notes || a.annotationXml || (a.cvTerms && a.cvTerms.length > 0));
  }

  /** notes and annotation of an element (the first children in every SBML element). */
  private annotationBlock(a: Annotated, metaid: string | undefined): void {
    if (a.notes) this.line(`<notes>${a.notes}</notes>`);
    const cv = a.cvTerms ?? [];
    if (!a.annotationXml && cv.length === 0) return;
    for (const term of cv) {
      if (!/^(bqbiol|bqmodel):[A-Za-z]+$/.test(term.qualifier))
        this.refuse(`unknown cvTerm qualifier "${term.qualifier}"`, a.loc);
    }
    this.line("<annotation>");
    this.depth++;
    const merged = cv.length > 0 && a.annotationXml ? mergeCvTerms(a.annotationXml, cv) : undefined;
    if (merged !== undefined) {
      this.line(merged);
    } else {
      if (a.annotationXml) this.line(a.annotationXml);
      if (cv.length > 0) {
        this.line(
          `<rdf:RDF xmlns:rdf="${RDF_NS}" xmlns:bqbiol="${BQBIOL_NS}" xmlns:bqmodel="${BQMODEL_NS}">`,
        );
        this.depth++;
        this.line(`<rdf:Description rdf:about="#${escapeAttr(metaid ?? "")}">`);
        this.depth++;
        for (const term of cv) this.line(cvTermXml(term));
        this.depth--;
        this.line("</rdf:Description>");
        this.depth--;
        this.line("</rdf:RDF>");
      }
    }
    this.depth--;
    this.line("</annotation>");
  }

  private mathEl(e: Expr, loc?: SourceLocation): void {
    this.checkMath(e, loc);
    this.line(writeMathML(e, this.level >= 3 ? { sbmlNamespace: this.ns } : {}));
  }

  /** Refuse math the target level cannot express. */
  private checkMath(e: Expr, loc?: SourceLocation): void {
    const walk = (x: Expr): void => {
      switch (x.kind) {
        case "num":
          if (x.units !== undefined && this.level < 3)
            this.refuse("numbers with units (sbml:units) need Level 3", loc);
          return;
        case "call":
          if (L3V2_ONLY_OPS.has(x.op) && (this.level < 3 || this.version < 2))
            this.refuse(`the MathML function "${x.op}" needs L3V2`, loc);
          x.args.forEach(walk);
          return;
        case "fn":
          x.args.forEach(walk);
          return;
        case "piecewise":
          for (const p of x.pieces) {
            walk(p.value);
            walk(p.cond);
          }
          if (x.otherwise) walk(x.otherwise);
          return;
        case "lambda":
          walk(x.body);
          return;
        default:
          return;
      }
    };
    walk(e);
  }

  /** An element with SBase content (notes/annotation) and optional further children. */
  private element(
    tag: string,
    a: Annotated,
    attrs: [string, string | number | boolean | undefined][],
    body?: () => void,
    hasBody = false,
  ): void {
    const metaid = this.metaidFor(a);
    const s = this.attrs([["metaid", metaid], ["sboTerm", a.sboTerm], ...attrs, ["name", a.name]]);
    const any = hasBody || this.hasAnnotationContent(a);
    this.open(
      tag,
      s,
      () => {
        this.annotationBlock(a, metaid);
        body?.();
      },
      any,
    );
  }

  private listOf<T>(tag: string, items: readonly T[], each: (x: T) => void): void {
    if (items.length === 0) return;
    this.open(tag, "", () => {
      for (const x of items) each(x);
    });
  }

  // ---- document ---------------------------------------------------------------------------

  write(): string {
    const m = this.model;
    const L3 = this.level >= 3;
    if (!L3) {
      if (m.conversionFactor) this.refuse("model conversionFactor needs Level 3", m.loc);
    }
    this.out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
    this.out.push(`<sbml xmlns="${this.ns}" level="${this.level}" version="${this.version}">`);
    this.depth = 1;
    const modelAttrs: [string, string | undefined][] = [["id", m.id || undefined]];
    if (L3) {
      for (const k of [
        "substanceUnits",
        "timeUnits",
        "volumeUnits",
        "areaUnits",
        "lengthUnits",
        "extentUnits",
        "conversionFactor",
      ] as const) {
        modelAttrs.push([k, m[k]]);
      }
    }
    this.element(
      "model",
      m,
      modelAttrs,
      () => {
        this.listOf("listOfFunctionDefinitions", m.functionDefinitions, (f) =>
          this.element("functionDefinition", f, [["id", f.id]], () => this.mathEl(f.math, f.loc), true),
        );
        this.listOf("listOfUnitDefinitions", m.unitDefinitions, (u) => this.unitDefinition(u));
        this.listOf("listOfCompartments", m.compartments, (c) => this.compartment(c));
        this.listOf("listOfSpecies", m.species, (s) => this.species(s));
        this.listOf("listOfParameters", m.parameters, (p) => this.parameter(p, "parameter"));
        this.listOf("listOfInitialAssignments", m.initialAssignments, (ia) =>
          this.element(
            "initialAssignment",
            ia,
            [["symbol", ia.symbol]],
            () => this.mathEl(ia.math, ia.loc),
            true,
          ),
        );
        this.listOf("listOfRules", [...m.rules, ...this.stoichRules], (r) => this.rule(r));
        this.listOf("listOfConstraints", m.constraints, (c) =>
          this.element(
            "constraint",
            c,
            [],
            () => {
              this.mathEl(c.math, c.loc);
              if (c.message !== undefined) this.line(`<message>${c.message}</message>`);
            },
            true,
          ),
        );
        this.listOf("listOfReactions", m.reactions, (r) => this.reaction(r));
        this.listOf("listOfEvents", m.events, (e) => this.event(e));
      },
      true,
    );
    this.depth = 0;
    this.out.push("</sbml>");
    return `${this.out.join("\n")}\n`;
  }

  private unitDefinition(u: UnitDefinition): void {
    if (this.level < 3) {
      for (const x of u.units) {
        if (!Number.isInteger(x.exponent))
          this.refuse(`unit definition "${u.id}" has a non-integer exponent, which needs Level 3`);
      }
    }
    this.open(
      "unitDefinition",
      this.attrs([
        ["id", u.id],
        ["name", u.name],
      ]),
      () => {
        this.listOf("listOfUnits", u.units, (x) =>
          this.line(
            `<unit${this.attrs([
              ["kind", x.kind],
              ["exponent", x.exponent],
              ["scale", x.scale],
              ["multiplier", x.multiplier],
            ])}/>`,
          ),
        );
      },
      u.units.length > 0,
    );
  }

  private compartment(c: Compartment): void {
    if (this.level < 3 && c.spatialDimensions !== undefined && !Number.isInteger(c.spatialDimensions)) {
      this.refuse(`compartment "${c.id}" has non-integer spatialDimensions`, c.loc);
    }
    this.element("compartment", c, [
      ["id", c.id],
      ["spatialDimensions", c.spatialDimensions],
      ["size", c.size],
      ["units", c.units],
      ["outside", this.level < 3 ? c.outside : undefined],
      ["constant", c.constant],
    ]);
  }

  private species(s: Species): void {
    if (this.level < 3 && s.conversionFactor)
      this.refuse(`species "${s.id}" has a conversionFactor, which needs Level 3`, s.loc);
    this.element("species", s, [
      ["id", s.id],
      ["compartment", s.compartment],
      ["initialAmount", s.initialAmount],
      ["initialConcentration", s.initialConcentration],
      ["substanceUnits", s.substanceUnits],
      ["hasOnlySubstanceUnits", s.hasOnlySubstanceUnits],
      ["boundaryCondition", s.boundaryCondition],
      ["charge", this.level < 3 ? s.charge : undefined],
      ["constant", s.constant],
      ["conversionFactor", s.conversionFactor],
    ]);
  }

  private parameter(p: Parameter, tag: "parameter" | "localParameter"): void {
    this.element(tag, p, [
      ["id", p.id],
      ["value", p.value],
      ["units", p.units],
      ["constant", tag === "parameter" ? p.constant : undefined],
    ]);
  }

  private rule(r: Rule): void {
    if (r.kind === "algebraic") {
      this.element("algebraicRule", r, [], () => this.mathEl(r.math, r.loc), true);
    } else {
      this.element(
        r.kind === "assignment" ? "assignmentRule" : "rateRule",
        r,
        [["variable", r.variable]],
        () => this.mathEl(r.math, r.loc),
        true,
      );
    }
  }

  private reaction(r: Reaction): void {
    const L3 = this.level >= 3;
    if (r.fast && L3 && this.version >= 2) {
      this.refuse(`reaction "${r.id}" is fast; L3V2 removed fast reactions (write L3V1 or L2V4/5)`, r.loc);
    }
    this.element(
      "reaction",
      r,
      [
        ["id", r.id],
        ["reversible", r.reversible],
        // L3V2 has no `fast` (refused above when true); L3V1 requires it; L2 defaults to false.
        ["fast", L3 && this.version >= 2 ? undefined : r.fast],
        ["compartment", L3 ? r.compartment : undefined],
      ],
      () => {
        this.listOf("listOfReactants", r.reactants, (s) => this.speciesReference(s));
        this.listOf("listOfProducts", r.products, (s) => this.speciesReference(s));
        this.listOf("listOfModifiers", r.modifiers, (s) => this.modifier(s));
        if (r.kineticLaw) this.kineticLaw(r.kineticLaw);
      },
      true,
    );
  }

  private speciesReference(s: SpeciesReference): void {
    const L3 = this.level >= 3;
    if (L3 && s.stoichiometryMath) {
      // written as an id plus an assignment rule (see stoichIds)
      this.element("speciesReference", s, [
        ["id", this.stoichIds.get(s)],
        ["species", s.species],
        ["constant", false],
      ]);
      return;
    }
    if (!L3 && !s.stoichiometryMath && (!s.constant || s.stoichiometry === undefined)) {
      this.refuse(
        `speciesReference of "${s.species}" has a variable or unset stoichiometry, which Level 2 can only express with stoichiometryMath`,
        s.loc,
      );
    }
    this.element(
      "speciesReference",
      s,
      [
        ["id", s.id],
        ["species", s.species],
        ["stoichiometry", s.stoichiometry],
        ["constant", L3 ? s.constant : undefined],
      ],
      s.stoichiometryMath
        ? () => {
            this.open("stoichiometryMath", "", () => this.mathEl(s.stoichiometryMath as Expr, s.loc));
          }
        : undefined,
      s.stoichiometryMath !== undefined,
    );
  }

  private modifier(s: ModifierSpeciesReference): void {
    this.element("modifierSpeciesReference", s, [
      ["id", s.id],
      ["species", s.species],
    ]);
  }

  private kineticLaw(k: KineticLaw): void {
    const L3 = this.level >= 3;
    this.element(
      "kineticLaw",
      k,
      [],
      () => {
        this.mathEl(k.math, k.loc);
        this.listOf(L3 ? "listOfLocalParameters" : "listOfParameters", k.localParameters, (p) =>
          this.parameter(L3 ? p : { ...p, constant: true }, L3 ? "localParameter" : "parameter"),
        );
      },
      true,
    );
  }

  private event(e: Event): void {
    const L3 = this.level >= 3;
    if (!L3) {
      if (e.priority) this.refuse("event priorities need Level 3", e.loc);
      if (!e.trigger.persistent || !e.trigger.initialValue)
        this.refuse("non-persistent triggers and triggers with initialValue=false need Level 3", e.loc);
    }
    this.element(
      "event",
      e,
      [
        ["id", e.id],
        ["useValuesFromTriggerTime", e.useValuesFromTriggerTime],
      ],
      () => {
        const tAttrs = L3
          ? this.attrs([
              ["initialValue", e.trigger.initialValue],
              ["persistent", e.trigger.persistent],
            ])
          : "";
        this.open("trigger", tAttrs, () => this.mathEl(e.trigger.math, e.trigger.loc));
        if (e.delay) this.open("delay", "", () => this.mathEl(e.delay as Expr, e.loc));
        if (e.priority) this.open("priority", "", () => this.mathEl(e.priority as Expr, e.loc));
        this.listOf("listOfEventAssignments", e.assignments, (a) =>
          this.element(
            "eventAssignment",
            a,
            [["variable", a.variable]],
            () => this.mathEl(a.math, a.loc),
            true,
          ),
        );
      },
      true,
    );
  }
}
