/**
 * Flattening of SBML Level 3 Hierarchical Model Composition ("comp", version 1) into core SBML.
 *
 * Reference: L. P. Smith et al., "SBML Level 3 package: Hierarchical Model Composition, Version 1
 * Release 3", J. Integr. Bioinform. 12(2):268, 2015, doi:10.2390/biecoll-jib-2015-268.
 * Semantics used here (spec §3.6–3.9 and Table 4 "conversion factors"):
 * - every submodel is instantiated from its (internal or external) model definition, itself
 *   flattened first; all its SIds, UnitSIds and metaids get the prefix `<submodelId>__`;
 * - deletions remove the referenced element (with its children) from the instance;
 * - `replacedElement`: the referenced submodel element disappears and every reference to it
 *   points to the replacing (parent) element; with `conversionFactor` f, a reference x becomes
 *   (p / f) and math that assigns x (rules, initial and event assignments) is multiplied by f;
 * - `replacedBy`: the parent element disappears and the referenced submodel element takes over
 *   its id;
 * - submodel `timeConversionFactor` t and `extentConversionFactor` e: csymbol time → time / t,
 *   the time argument of delay() and event delays × t, rate rules ÷ t, rateOf × t,
 *   kinetic laws × e / t, and a reaction id used in math (its rate) × t / e — unless that
 *   reaction is later replaced: a reference to a replaced element gets only the
 *   replacedElement's own conversionFactor (none → the bare replacement id), not the
 *   submodel's time/extent factors (SBML Test Suite cases 01182, 01183);
 * - a submodel's model-level species `conversionFactor` is pushed onto its species.
 *
 * The work is done on the XML element tree (not on the Model IR) because comp references may
 * point at any element by metaid — an event's delay, a priority, one event assignment, a local
 * parameter — and deleting or replacing such an element is simply removing an XML node. The
 * flattened tree is then read by the ordinary core reader.
 */
import { CSYMBOL_DELAY, CSYMBOL_RATE_OF, CSYMBOL_TIME, MATHML_NS } from "../expr/mathml.js";
import { Codes, EngineError, type SourceLocation, UnsupportedFeatureError } from "../messages.js";
import {
  parseXml,
  type XmlAttribute,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
} from "../xml/parse.js";

export const COMP_NS = "http://www.sbml.org/sbml/level3/version1/comp/version1";

export interface FlattenOptions {
  /** file of the main document, for diagnostics */
  file?: string;
  /**
   * Returns the text of an external model document named by an externalModelDefinition's
   * `source` (a URI, usually a file name relative to the main document), or undefined.
   */
  resolveExternal?: (source: string) => string | undefined;
}

// ---- mutable element tree ---------------------------------------------------------------------

interface El {
  type: "element";
  name: string;
  prefix: string;
  local: string;
  uri: string;
  attributes: XmlAttribute[];
  nsDecls: Record<string, string>;
  children: Node[];
  line: number;
  column: number;
}
type Node = El | Exclude<XmlNode, XmlElement>;

function clone(el: XmlElement): El {
  return {
    type: "element",
    name: el.name,
    prefix: el.prefix,
    local: el.local,
    uri: el.uri,
    attributes: el.attributes.map((a) => ({ ...a })),
    nsDecls: { ...el.nsDecls },
    children: el.children.map((c) => (c.type === "element" ? clone(c) : c)),
    line: el.line,
    column: el.column,
  };
}

function getAttr(el: El, local: string, uri = ""): string | undefined {
  for (const a of el.attributes) if (a.local === local && a.uri === uri) return a.value.trim();
  return undefined;
}

function setAttr(el: El, local: string, value: string): void {
  const i = el.attributes.findIndex((a) => a.local === local && a.uri === "");
  const a: XmlAttribute = { name: local, prefix: "", local, uri: "", value };
  if (i >= 0) el.attributes[i] = a;
  else el.attributes.push(a);
}

const compAttr = (el: El, local: string) => getAttr(el, local, COMP_NS);

function elements(el: El): El[] {
  return el.children.filter((c): c is El => c.type === "element");
}

function mathEl(local: string, children: Node[] = [], attributes: XmlAttribute[] = []): El {
  return {
    type: "element",
    name: local,
    prefix: "",
    local,
    uri: MATHML_NS,
    attributes,
    nsDecls: {},
    children,
    line: 0,
    column: 0,
  };
}
const ci = (name: string): El => mathEl("ci", [{ type: "text", text: name }]);
const apply = (op: string, ...args: El[]): El => mathEl("apply", [mathEl(op), ...args]);

/** Core-namespace attributes that hold SIds, per SBML L3 core. */
const SID_ATTRS = new Set(["compartment", "species", "symbol", "variable", "conversionFactor", "outside"]);
/** Core-namespace attributes that hold UnitSIds. */
const UNIT_ATTRS = new Set([
  "units",
  "substanceUnits",
  "timeUnits",
  "volumeUnits",
  "areaUnits",
  "lengthUnits",
  "extentUnits",
]);

// ---- model instances ----------------------------------------------------------------------------

interface Instance {
  model: El;
  /** SIds of the model's own elements, as written in its definition → element */
  ids: Map<string, El>;
  metaids: Map<string, El>;
  units: Map<string, El>;
  ports: Map<string, El>;
  subs: Map<string, Instance>;
  /** submodel elements (comp:submodel) by metaid, for metaIdRef + sBaseRef chains */
  subsByMetaid: Map<string, string>;
  /** deletion ids of each submodel → deleted element */
  deletions: Map<string, El>;
}

interface DocInfo {
  root: XmlElement;
  file?: string;
  coreNs: string;
  modelDefs: Map<string, XmlElement>;
  externals: Map<string, XmlElement>;
  main?: XmlElement;
}

/** True when the document uses the comp package (declared namespace or comp elements). */
export function usesComp(doc: XmlDocument): boolean {
  return (
    Object.values(doc.root.nsDecls).some((u) => u === COMP_NS) ||
    doc.root.attributes.some((a) => a.uri === COMP_NS)
  );
}

/** Flatten a comp document into a core-only document (same level/version). */
export function flattenComp(doc: XmlDocument, options: FlattenOptions = {}): XmlDocument {
  return new Flattener(doc, options).run();
}

class Flattener {
  private readonly deleted = new Set<El>();
  /** element removed by a replacement → the element that took its place */
  private readonly replacement = new Map<El, El>();
  private readonly docs = new Map<string, DocInfo>();
  private readonly active: string[] = [];
  /**
   * Reaction-id references rescaled by a submodel's time/extent conversion factors, in creation
   * order: the wrapper `apply` that replaced the `ci`. A replacement of that reaction undoes
   * the wrapper (see `unconvertRateRefs`).
   */
  private readonly rateRefs: { wrapper: El; undone: boolean }[] = [];

  constructor(
    private readonly doc: XmlDocument,
    private readonly options: FlattenOptions,
  ) {}

  private loc(
    el: { line: number; local: string },
    file = this.options.file ?? this.doc.file,
  ): SourceLocation {
    const l: SourceLocation = { line: el.line, element: el.local };
    if (file !== undefined) l.file = file;
    return l;
  }

  private fail(message: string, el: { line: number; local: string }): never {
    throw new EngineError(Codes.SBML_UNKNOWN_REF, `comp: ${message}`, this.loc(el));
  }

  private docInfo(root: XmlElement, file: string | undefined): DocInfo {
    const info: DocInfo = { root, coreNs: root.uri, modelDefs: new Map(), externals: new Map() };
    if (file !== undefined) info.file = file;
    for (const c of root.children) {
      if (c.type !== "element") continue;
      if (c.local === "model" && c.uri === root.uri) info.main = c;
      if (c.uri !== COMP_NS) continue;
      if (c.local === "listOfModelDefinitions") {
        for (const d of c.children)
          if (d.type === "element" && d.local === "modelDefinition")
            info.modelDefs.set(attrOf(d, "id") ?? "", d);
      } else if (c.local === "listOfExternalModelDefinitions") {
        for (const d of c.children)
          if (d.type === "element" && d.local === "externalModelDefinition")
            info.externals.set(attrOf(d, "id", COMP_NS) ?? "", d);
      }
    }
    return info;
  }

  run(): XmlDocument {
    const info = this.docInfo(this.doc.root, this.options.file ?? this.doc.file);
    this.docs.set("", info);
    if (!info.main)
      throw new EngineError(Codes.SBML_NOT_SBML, "<sbml> has no <model>", this.loc(this.doc.root));
    const inst = this.instantiate(info.main, info, "main model");
    const model = this.prune(inst.model);
    // the new root: core attributes and namespace only, comp declarations dropped
    const root = clone(this.doc.root);
    root.attributes = root.attributes.filter((a) => a.uri !== COMP_NS);
    root.nsDecls = Object.fromEntries(Object.entries(root.nsDecls).filter(([, u]) => u !== COMP_NS));
    root.children = root.children.filter(
      (c) => c.type !== "element" || (c.uri !== COMP_NS && c.local !== "model"),
    );
    root.children.push(model);
    const out: XmlDocument = this.doc.file === undefined ? { root } : { root, file: this.doc.file };
    return out;
  }

  /** Remove deleted elements and every comp element/attribute from the tree. */
  private prune(el: El): El {
    el.children = el.children.filter(
      (c) => c.type !== "element" || (!this.deleted.has(c) && c.uri !== COMP_NS),
    );
    el.attributes = el.attributes.filter((a) => a.uri !== COMP_NS);
    for (const c of el.children) if (c.type === "element") this.prune(c);
    return el;
  }

  /** Resolve a submodel's modelRef to a model element and the document it lives in. */
  private modelFor(ref: string, info: DocInfo, at: El): { def: XmlElement; info: DocInfo } {
    const def = info.modelDefs.get(ref);
    if (def) return { def, info };
    if (info.main && attrOf(info.main, "id") === ref) return { def: info.main, info };
    const ext = info.externals.get(ref);
    if (!ext) this.fail(`submodel refers to unknown model "${ref}"`, at);
    const source = attrOf(ext, "source", COMP_NS) ?? "";
    let extInfo = this.docs.get(source);
    if (!extInfo) {
      const text = this.options.resolveExternal?.(source);
      if (text === undefined) {
        throw new UnsupportedFeatureError(
          "comp-external",
          `comp: external model document "${source}" cannot be loaded (no resolver given, or the file is missing)`,
          this.loc(ext),
        );
      }
      const extDoc = parseXml(text, { file: source });
      extInfo = this.docInfo(extDoc.root, source);
      this.docs.set(source, extInfo);
    }
    const inner = attrOf(ext, "modelRef", COMP_NS);
    if (inner === undefined) {
      if (!extInfo.main) this.fail(`external document "${source}" has no <model>`, at);
      return { def: extInfo.main, info: extInfo };
    }
    return this.modelFor(inner, extInfo, at);
  }

  private instantiate(def: XmlElement, info: DocInfo, what: string): Instance {
    const key = `${info.file ?? ""}#${attrOf(def, "id") ?? ""}`;
    if (this.active.includes(key))
      this.fail(`model ${what} includes itself (cycle ${[...this.active, key].join(" → ")})`, def);
    this.active.push(key);
    // rate references created from here on live inside this instance (see replaceElement)
    const rateRefMark = this.rateRefs.length;
    const model = clone(def);
    // a model definition becomes an ordinary <model> of the core namespace
    model.local = "model";
    model.name = "model";
    model.uri = info.coreNs;
    model.prefix = "";
    const inst: Instance = {
      model,
      ids: new Map(),
      metaids: new Map(),
      units: new Map(),
      ports: new Map(),
      subs: new Map(),
      subsByMetaid: new Map(),
      deletions: new Map(),
    };
    this.index(model, inst, false);

    // 1. instantiate, trim, rename and convert each submodel, then merge it into this model
    for (const list of elements(model).filter((e) => e.uri === COMP_NS && e.local === "listOfSubmodels")) {
      for (const sm of elements(list).filter((e) => e.local === "submodel")) {
        const subId = compAttr(sm, "id");
        const modelRef = compAttr(sm, "modelRef");
        if (!subId || !modelRef) this.fail("submodel needs comp:id and comp:modelRef", sm);
        const target = this.modelFor(modelRef, info, sm);
        const sub = this.instantiate(target.def, target.info, `"${modelRef}"`);
        inst.subs.set(subId, sub);
        const smMeta = getAttr(sm, "metaid");
        if (smMeta) inst.subsByMetaid.set(smMeta, subId);
        for (const dl of elements(sm).filter((e) => e.local === "listOfDeletions")) {
          for (const d of elements(dl).filter((e) => e.local === "deletion")) {
            const victim = this.resolve(sub, d);
            this.deleted.add(victim);
            const did = compAttr(d, "id");
            if (did) inst.deletions.set(`${subId}\u0000${did}`, victim);
          }
        }
        // deleted elements go before renaming: a deleted local parameter must no longer shadow
        // the global of the same id (case 01159)
        this.prune(sub.model);
        this.pushModelConversionFactor(sub.model);
        this.prefix(sub.model, `${subId}__`);
        const tcf = compAttr(sm, "timeConversionFactor");
        const xcf = compAttr(sm, "extentConversionFactor");
        if (tcf || xcf) this.convert(sub.model, tcf, xcf);
        // merge: the submodel's listOf… elements become extra lists of this model
        for (const l of elements(sub.model)) {
          if (l.uri === info.coreNs && l.local.startsWith("listOf")) model.children.push(l);
        }
      }
    }

    // 2. replacements declared by this model's own elements
    this.walkOwn(model, (el) => {
      for (const c of elements(el)) {
        if (c.uri !== COMP_NS) continue;
        if (c.local === "listOfReplacedElements") {
          for (const r of elements(c).filter((e) => e.local === "replacedElement"))
            this.replaceElement(inst, el, r, rateRefMark);
        }
      }
      for (const c of elements(el)) {
        if (c.uri === COMP_NS && c.local === "replacedBy") this.replacedBy(inst, el, c);
      }
    });
    // comp constructs are consumed: strip them (and deleted elements) so that an enclosing
    // model sees plain core content
    this.prune(model);
    this.active.pop();
    return inst;
  }

  /** Visit this model's own elements (not merged submodel content: that has no comp left). */
  private walkOwn(el: El, fn: (el: El) => void): void {
    for (const c of elements(el)) {
      if (c.uri === COMP_NS || c.uri === MATHML_NS || this.deleted.has(c)) continue;
      fn(c);
      this.walkOwn(c, fn);
    }
  }

  /** Index the model's own ids, metaids, unit definitions and ports. */
  private index(el: El, inst: Instance, inKineticLaw: boolean): void {
    for (const c of elements(el)) {
      if (c.uri === MATHML_NS) continue;
      if (c.uri === COMP_NS) {
        if (c.local === "listOfPorts") {
          for (const p of elements(c).filter((e) => e.local === "port")) {
            const pid = compAttr(p, "id");
            if (pid) inst.ports.set(pid, p);
          }
        }
        continue;
      }
      const metaid = getAttr(c, "metaid");
      if (metaid) inst.metaids.set(metaid, c);
      const id = getAttr(c, "id");
      if (id) {
        if (c.local === "unitDefinition") inst.units.set(id, c);
        // local parameters live in their reaction's scope, not in the model's SId namespace
        else if (!(inKineticLaw && (c.local === "localParameter" || c.local === "parameter")))
          inst.ids.set(id, c);
      }
      this.index(c, inst, inKineticLaw || c.local === "kineticLaw");
    }
  }

  /** Follow a comp SBaseRef (replacedElement, replacedBy, deletion, port, sBaseRef) to its element. */
  private resolve(inst: Instance, ref: El): El {
    const nested = elements(ref).find((e) => e.uri === COMP_NS && e.local === "sBaseRef");
    const portRef = compAttr(ref, "portRef");
    const idRef = compAttr(ref, "idRef");
    const metaIdRef = compAttr(ref, "metaIdRef");
    const unitRef = compAttr(ref, "unitRef");
    let found: El | undefined;
    if (portRef !== undefined) {
      const port = inst.ports.get(portRef);
      if (!port) this.fail(`unknown port "${portRef}"`, ref);
      found = this.resolve(inst, port);
      if (nested) this.fail("an sBaseRef below a portRef is not supported", ref);
    } else if (idRef !== undefined) {
      const sub = inst.subs.get(idRef);
      if (nested && sub) return this.resolve(sub, nested);
      found = inst.ids.get(idRef);
      if (!found) this.fail(`unknown id "${idRef}"`, ref);
    } else if (metaIdRef !== undefined) {
      const subId = inst.subsByMetaid.get(metaIdRef);
      if (nested && subId) return this.resolve(inst.subs.get(subId) as Instance, nested);
      found = inst.metaids.get(metaIdRef);
      if (!found) this.fail(`unknown metaid "${metaIdRef}"`, ref);
    } else if (unitRef !== undefined) {
      found = inst.units.get(unitRef);
      if (!found) this.fail(`unknown unit definition "${unitRef}"`, ref);
    } else {
      this.fail("reference without idRef, metaIdRef, portRef or unitRef", ref);
    }
    // an element already replaced stands for its replacement
    let cur = found;
    for (let guard = 0; this.replacement.has(cur) && guard < 1000; guard++)
      cur = this.replacement.get(cur) as El;
    return cur;
  }

  private replaceElement(inst: Instance, parentEl: El, r: El, rateRefMark: number): void {
    const subId = compAttr(r, "submodelRef");
    const sub = subId === undefined ? undefined : inst.subs.get(subId);
    if (!sub) this.fail(`replacedElement refers to unknown submodel "${subId}"`, r);
    const deletion = compAttr(r, "deletion");
    const target =
      deletion !== undefined ? inst.deletions.get(`${subId}\u0000${deletion}`) : this.resolve(sub, r);
    if (!target) this.fail(`replacedElement refers to unknown deletion "${deletion}"`, r);
    if (target === parentEl) return;
    this.deleted.add(target);
    this.replacement.set(target, parentEl);
    const cf = compAttr(r, "conversionFactor");
    const oldId = getAttr(target, "id");
    const newId = getAttr(parentEl, "id");
    // A reference to a replaced element gets only the replacedElement's own conversionFactor
    // (comp spec §3.6.2; SBML Test Suite cases 01182/01183): the submodel's time/extent factors
    // already put on references to a replaced reaction's rate are taken off again.
    if (target.local === "reaction" && oldId) this.unconvertRateRefs(oldId, rateRefMark);
    if (target.local === "unitDefinition") {
      if (oldId && newId) this.renameAll(inst.model, new Map(), new Map([[oldId, newId]]), false, undefined);
      return;
    }
    if (oldId && newId && oldId !== newId)
      this.renameAll(
        inst.model,
        new Map([[oldId, newId]]),
        new Map(),
        false,
        cf ? { id: newId, factor: cf } : undefined,
      );
    else if (oldId && newId && cf)
      this.renameAll(inst.model, new Map([[oldId, newId]]), new Map(), false, { id: newId, factor: cf });
  }

  private replacedBy(inst: Instance, parentEl: El, rb: El): void {
    const subId = compAttr(rb, "submodelRef");
    const sub = subId === undefined ? undefined : inst.subs.get(subId);
    if (!sub) this.fail(`replacedBy refers to unknown submodel "${subId}"`, rb);
    const target = this.resolve(sub, rb);
    this.deleted.add(parentEl);
    this.replacement.set(parentEl, target);
    // the submodel element takes over the parent's identity
    const parentId = getAttr(parentEl, "id");
    const oldId = getAttr(target, "id");
    if (parentId !== undefined) {
      const isUnit = target.local === "unitDefinition";
      if (oldId && oldId !== parentId) {
        const m = new Map([[oldId, parentId]]);
        this.renameAll(inst.model, isUnit ? new Map() : m, isUnit ? m : new Map(), false, undefined);
      }
      setAttr(target, "id", parentId);
      if (isUnit) inst.units.set(parentId, target);
      else inst.ids.set(parentId, target);
    }
    const parentMeta = getAttr(parentEl, "metaid");
    if (parentMeta) inst.metaids.set(parentMeta, target);
  }

  /**
   * Turn each still-live rate wrapper (created at index ≥ `from`, i.e. inside the instance doing
   * the replacement) around a reference to reaction `id` back into the bare reference. The
   * wrapper is rewritten in place, so its position in the math tree need not be known; the
   * reference is the wrapper's first argument, descended through nested wrappers (a renaming
   * may have swapped the `ci` node itself, never its position).
   */
  private unconvertRateRefs(id: string, from: number): void {
    for (let k = from; k < this.rateRefs.length; k++) {
      const rec = this.rateRefs[k] as { wrapper: El; undone: boolean };
      if (rec.undone) continue;
      let ref = rec.wrapper;
      while (ref.local === "apply") {
        const arg = elements(ref)[1];
        if (!arg) break;
        ref = arg;
      }
      if (ref.local !== "ci" || textOf(ref).trim() !== id) continue;
      rec.undone = true;
      const w = rec.wrapper;
      w.name = ref.name;
      w.local = ref.local;
      w.prefix = ref.prefix;
      w.attributes = ref.attributes;
      w.children = ref.children;
    }
  }

  /** A submodel's model-level conversionFactor applies to each of its species without one. */
  private pushModelConversionFactor(model: El): void {
    const cf = getAttr(model, "conversionFactor");
    if (!cf) return;
    for (const l of elements(model).filter((e) => e.local === "listOfSpecies")) {
      for (const s of elements(l).filter((e) => e.local === "species")) {
        if (getAttr(s, "conversionFactor") === undefined) setAttr(s, "conversionFactor", cf);
      }
    }
  }

  /** Prefix every SId, UnitSId and metaid defined in the instance, and all references to them. */
  private prefix(model: El, prefix: string): void {
    const sids = new Map<string, string>();
    const units = new Map<string, string>();
    const collect = (el: El, inKineticLaw: boolean) => {
      for (const c of elements(el)) {
        if (c.uri === MATHML_NS || c.uri === COMP_NS) continue;
        const id = getAttr(c, "id");
        if (id) {
          if (c.local === "unitDefinition") units.set(id, prefix + id);
          else if (!(inKineticLaw && (c.local === "localParameter" || c.local === "parameter")))
            sids.set(id, prefix + id);
        }
        collect(c, inKineticLaw || c.local === "kineticLaw");
      }
    };
    collect(model, false);
    this.renameAll(model, sids, units, true, undefined, prefix);
  }

  /**
   * Rename SIds (`sids`) and UnitSIds (`units`) in attributes and MathML. With `defs`, the
   * defining `id` attributes are renamed too, and metaids get `metaPrefix`. With `conv`, a
   * reference to the renamed element is divided by the factor, and math assigning it multiplied.
   */
  private renameAll(
    root: El,
    sids: Map<string, string>,
    units: Map<string, string>,
    defs: boolean,
    conv: { id: string; factor: string } | undefined,
    metaPrefix?: string,
  ): void {
    const visit = (el: El, shadow: Set<string>) => {
      if (el.uri === COMP_NS) return;
      if (el.uri === MATHML_NS) {
        this.renameMath(el, sids, units, shadow, conv);
        return;
      }
      let assigns = false;
      for (let i = 0; i < el.attributes.length; i++) {
        const a = el.attributes[i] as XmlAttribute;
        if (a.uri !== "") continue;
        const v = a.value.trim();
        let nv: string | undefined;
        if (a.local === "id" && defs) {
          nv = el.local === "unitDefinition" ? units.get(v) : shadow.has(v) ? undefined : sids.get(v);
          if (el.local === "localParameter" || (el.local === "parameter" && shadow.size > 0 && shadow.has(v)))
            nv = undefined;
        } else if (SID_ATTRS.has(a.local)) {
          nv = sids.get(v);
          if (nv !== undefined && conv && (a.local === "variable" || a.local === "symbol")) assigns = true;
        } else if (UNIT_ATTRS.has(a.local)) {
          nv = units.get(v);
        } else if (a.local === "metaid" && metaPrefix !== undefined) {
          nv = metaPrefix + v;
        }
        if (nv !== undefined) el.attributes[i] = { ...a, value: nv };
      }
      let inner = shadow;
      if (el.local === "kineticLaw") {
        // local parameters shadow model-wide ids inside the kinetic law
        inner = new Set(shadow);
        for (const l of elements(el)) {
          if (l.local !== "listOfLocalParameters" && l.local !== "listOfParameters") continue;
          for (const p of elements(l)) {
            const pid = getAttr(p, "id");
            if (pid) inner.add(pid);
          }
        }
      }
      for (const c of elements(el)) visit(c, inner);
      if (assigns && conv) {
        // x = f(…) in the submodel's units: the replacement holds factor × x
        for (const m of elements(el).filter((e) => e.local === "math" && e.uri === MATHML_NS)) {
          const body = elements(m)[0];
          if (body) m.children = [apply("times", body, ci(conv.factor))];
        }
      }
    };
    visit(root, new Set());
  }

  private renameMath(
    el: El,
    sids: Map<string, string>,
    units: Map<string, string>,
    shadow: Set<string>,
    conv: { id: string; factor: string } | undefined,
  ): void {
    if (el.local === "lambda") {
      const bound = new Set(shadow);
      for (const b of elements(el).filter((e) => e.local === "bvar")) {
        for (const c of elements(b)) bound.add(textOf(c).trim());
      }
      for (const c of elements(el)) if (c.local !== "bvar") this.renameMath(c, sids, units, bound, conv);
      return;
    }
    if (el.local === "cn") {
      for (let i = 0; i < el.attributes.length; i++) {
        const a = el.attributes[i] as XmlAttribute;
        if (a.local === "units" && a.uri.startsWith("http://www.sbml.org/sbml/level3/")) {
          const nv = units.get(a.value.trim());
          if (nv !== undefined) el.attributes[i] = { ...a, value: nv };
        }
      }
      return;
    }
    for (let i = 0; i < el.children.length; i++) {
      const c = el.children[i] as Node;
      if (c.type !== "element") continue;
      if (c.local === "ci") {
        const name = textOf(c).trim();
        if (shadow.has(name)) continue;
        const nv = sids.get(name);
        if (nv === undefined) continue;
        const isHead = el.local === "apply" && i === el.children.findIndex((x) => x.type === "element");
        if (conv && !isHead) el.children[i] = apply("divide", ci(nv), ci(conv.factor));
        else el.children[i] = ci(nv);
      } else {
        this.renameMath(c, sids, units, shadow, conv);
      }
    }
  }

  /** Apply a submodel's time and extent conversion factors to its (renamed) content. */
  private convert(model: El, tcf: string | undefined, xcf: string | undefined): void {
    // a reaction id in math stands for the reaction's rate, which the kinetic-law conversion
    // below rescales: a reference in the submodel's units is rate · t / e
    const reactions = new Set<string>();
    for (const l of elements(model).filter((e) => e.local === "listOfReactions")) {
      for (const r of elements(l)) {
        const id = getAttr(r, "id");
        if (id) reactions.add(id);
      }
    }
    const wrapMath = (holder: El, f: (body: El) => El) => {
      for (const m of elements(holder).filter((e) => e.local === "math" && e.uri === MATHML_NS)) {
        const body = elements(m)[0];
        if (body) m.children = [f(body)];
      }
    };
    const visit = (el: El, shadow: Set<string>) => {
      if (el.uri === MATHML_NS) {
        this.convertMath(el, tcf, xcf, reactions, shadow);
        return;
      }
      let inner = shadow;
      if (el.local === "kineticLaw") {
        inner = new Set(shadow);
        for (const l of elements(el)) {
          if (l.local !== "listOfLocalParameters" && l.local !== "listOfParameters") continue;
          for (const p of elements(l)) {
            const pid = getAttr(p, "id");
            if (pid) inner.add(pid);
          }
        }
      }
      for (const c of elements(el)) visit(c, inner);
      if (el.local === "kineticLaw") {
        wrapMath(el, (b) => {
          let out = b;
          if (xcf) out = apply("times", out, ci(xcf));
          if (tcf) out = apply("divide", out, ci(tcf));
          return out;
        });
      } else if (el.local === "rateRule" && tcf) {
        wrapMath(el, (b) => apply("divide", b, ci(tcf)));
      } else if (el.local === "delay" && tcf) {
        wrapMath(el, (b) => apply("times", b, ci(tcf)));
      }
    };
    visit(model, new Set());
  }

  /**
   * Inside one math tree: time → time / t, delay(x, d) → delay(x, d·t), rateOf(x) → rateOf(x)·t,
   * and a reaction id r → r · t / e.
   */
  private convertMath(
    el: El,
    tcf: string | undefined,
    xcf: string | undefined,
    reactions: Set<string>,
    shadow: Set<string>,
  ): void {
    let scope = shadow;
    if (el.local === "lambda") {
      scope = new Set(shadow);
      for (const b of elements(el).filter((e) => e.local === "bvar"))
        for (const c of elements(b)) scope.add(textOf(c).trim());
    }
    const headIndex = el.local === "apply" ? el.children.findIndex((x) => x.type === "element") : -1;
    for (let i = 0; i < el.children.length; i++) {
      const c = el.children[i] as Node;
      if (c.type !== "element" || c.local === "bvar") continue;
      if (c.local === "ci") {
        const name = textOf(c).trim();
        if (i !== headIndex && reactions.has(name) && !scope.has(name)) {
          let out: El = c;
          if (tcf) out = apply("times", out, ci(tcf));
          if (xcf) out = apply("divide", out, ci(xcf));
          el.children[i] = out;
          this.rateRefs.push({ wrapper: out, undone: false });
        }
        continue;
      }
      this.convertMath(c, tcf, xcf, reactions, scope);
      if (!tcf) continue;
      if (c.local === "csymbol" && getAttr(c, "definitionURL") === CSYMBOL_TIME) {
        el.children[i] = apply("divide", c, ci(tcf));
      } else if (c.local === "apply") {
        const kids = elements(c);
        const head = kids[0];
        if (head?.local === "csymbol") {
          const url = getAttr(head, "definitionURL");
          if (url === CSYMBOL_DELAY && kids[2]) {
            const idx = c.children.indexOf(kids[2]);
            c.children[idx] = apply("times", kids[2], ci(tcf));
          } else if (url === CSYMBOL_RATE_OF) {
            el.children[i] = apply("times", c, ci(tcf));
          }
        }
      }
    }
  }
}

function attrOf(el: XmlElement, local: string, uri = ""): string | undefined {
  for (const a of el.attributes) if (a.local === local && a.uri === uri) return a.value.trim();
  return undefined;
}

function textOf(el: El | XmlElement): string {
  let s = "";
  for (const c of el.children) if (c.type === "text") s += c.text;
  return s;
}
