/**
 * Safe, namespace-aware XML → ordered element tree, on top of `saxes` (a strict, non-validating
 * SAX parser; W3C XML 1.0 + Namespaces in XML 1.0).
 *
 * Why a tree of our own: SBML readers need element order, namespace URIs (SBML level/version and
 * package namespaces differ only by URI), and line/column numbers for diagnostics; notes and
 * annotations must be re-serialised verbatim for round trips.
 *
 * Security: the tree never resolves external entities (saxes does not fetch anything) and any
 * DOCTYPE that declares entities is rejected before any entity could expand, so entity bombs
 * ("billion laughs") and XXE documents fail with E-XML-002. Only the five predefined XML entities
 * and character references are decoded. A DOCTYPE pointing at an external DTD is rejected too
 * (E-XML-003): we would not load it, and silently ignoring it could change the meaning of the file.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { Codes, EngineError } from "../messages.js";

export interface XmlAttribute {
  /** qualified name as written, e.g. `sbml:units` */
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** namespace URI ("" for unprefixed attributes) */
  readonly uri: string;
  readonly value: string;
}

export interface XmlElement {
  readonly type: "element";
  /** qualified name as written, e.g. `rdf:RDF` */
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** namespace URI of the element ("" when in no namespace) */
  readonly uri: string;
  /** attributes in document order, without namespace declarations */
  readonly attributes: readonly XmlAttribute[];
  /** namespace declarations made on this element: prefix ("" = default) → URI */
  readonly nsDecls: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** 1-based line and column of the `<` that opens the element */
  readonly line: number;
  readonly column: number;
}

export interface XmlText {
  readonly type: "text";
  readonly text: string;
  /** true for a CDATA section (re-serialised as CDATA) */
  readonly cdata?: boolean;
}

export interface XmlComment {
  readonly type: "comment";
  readonly text: string;
}

export interface XmlPI {
  readonly type: "pi";
  readonly target: string;
  readonly body: string;
}

export type XmlNode = XmlElement | XmlText | XmlComment | XmlPI;

export interface XmlDocument {
  readonly root: XmlElement;
  readonly file?: string;
}

interface MutableElement {
  type: "element";
  name: string;
  prefix: string;
  local: string;
  uri: string;
  attributes: XmlAttribute[];
  nsDecls: Record<string, string>;
  children: XmlNode[];
  line: number;
  column: number;
}

/** Maximum element nesting depth accepted by `parseXml`. */
export const MAX_DEPTH = 1000;

/** Parse XML text into an element tree. Throws EngineError (E-XML-00x) with file, line and column. */
export function parseXml(text: string, options: { file?: string } = {}): XmlDocument {
  const file = options.file;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: MutableElement[] = [];
  let root: MutableElement | undefined;
  let startLine = 1;
  let startColumn = 1;

  const fail = (code: string, message: string): never => {
    throw new EngineError(code, message, { file, line: parser.line, column: parser.column + 1 });
  };

  parser.on("error", (err) => {
    // saxes prefixes the message with "line:column: "; we carry the position separately.
    const msg = err.message.replace(/^[^:]*:\d+:\d+: /, "").replace(/^\d+:\d+: /, "");
    fail(Codes.XML_SYNTAX, `XML syntax error: ${msg}`);
  });
  parser.on("doctype", (doctype) => {
    // Entity declarations are refused outright so no entity can ever be defined, let alone
    // expanded recursively; this also covers external (SYSTEM/PUBLIC) entity declarations.
    if (/<!ENTITY/i.test(doctype)) {
      fail(
        Codes.XML_ENTITY,
        "DOCTYPE declares entities; entity declarations are refused (entity expansion and external entities are not allowed)",
      );
    }
    // Strip the internal subset before looking for an external DTD reference.
    const head = doctype.replace(/\[[\s\S]*\]/, "");
    if (/\b(SYSTEM|PUBLIC)\b/.test(head)) {
      fail(Codes.XML_DOCTYPE, "DOCTYPE refers to an external DTD, which is never loaded");
    }
  });
  parser.on("opentagstart", (tag) => {
    // Tag names cannot span lines, so the `<` sits on the current line. saxes has read the name
    // and the character ending it: '<' is name.length + 2 back (0-based), +1 for 1-based.
    startLine = parser.line;
    startColumn = parser.column - tag.name.length - 1;
    if (parser.column === 0) {
      // The name was ended by a line break, so the counters already point at the next line:
      // find the tag on the previous line of the source text instead.
      startLine = parser.line - 1;
      const lineText = sourceLine(text, startLine);
      const at = lineText.lastIndexOf(`<${tag.name}`);
      startColumn = at >= 0 ? at + 1 : 1;
    }
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const attributes: XmlAttribute[] = [];
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === "xmlns" || (a.prefix === "" && a.local === "xmlns")) continue;
      attributes.push({ name: a.name, prefix: a.prefix, local: a.local, uri: a.uri, value: a.value });
    }
    const nsDecls: Record<string, string> = {};
    for (const k of Object.keys(tag.ns)) nsDecls[k] = tag.ns[k] as string;
    const el: MutableElement = {
      type: "element",
      name: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      uri: tag.uri,
      attributes,
      nsDecls,
      children: [],
      line: startLine,
      column: Math.max(1, startColumn),
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
    // Every consumer walks the tree recursively: refuse absurd nesting up front rather than
    // overflow the call stack later (no real SBML/MathML comes near this).
    if (stack.length > MAX_DEPTH) fail(Codes.XML_SYNTAX, `elements nested more than ${MAX_DEPTH} deep`);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (t) => {
    const parent = stack[stack.length - 1];
    if (parent) pushText(parent, t, false);
  });
  parser.on("cdata", (t) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push({ type: "text", text: t, cdata: true });
  });
  parser.on("comment", (t) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push({ type: "comment", text: t });
  });
  parser.on("processinginstruction", (pi) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push({ type: "pi", target: pi.target, body: pi.body });
  });

  parser.write(text).close();
  if (!root) {
    throw new EngineError(Codes.XML_SYNTAX, "XML document has no root element", { file, line: 1 });
  }
  return file === undefined ? { root } : { root, file };
}

/** Text of the 1-based line `n` (only used for the rare multi-line start tag). */
function sourceLine(text: string, n: number): string {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) return "";
    start = nl + 1;
  }
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end);
}

function pushText(parent: MutableElement, t: string, cdata: boolean): void {
  const last = parent.children[parent.children.length - 1];
  // saxes may split text at entity boundaries in some cases; merge adjacent plain text.
  if (last && last.type === "text" && !last.cdata && !cdata) {
    parent.children[parent.children.length - 1] = { type: "text", text: last.text + t };
  } else {
    parent.children.push({ type: "text", text: t });
  }
}

// ---------------------------------------------------------------------------------------------
// Navigation helpers

/** Child elements (text, comments and PIs skipped), optionally only those with a local name. */
export function childElements(el: XmlElement, local?: string, uri?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (c.type !== "element") continue;
    if (local !== undefined && c.local !== local) continue;
    if (uri !== undefined && c.uri !== uri) continue;
    out.push(c);
  }
  return out;
}

/** First child element with this local name (and namespace, if given). */
export function firstChild(el: XmlElement, local: string, uri?: string): XmlElement | undefined {
  for (const c of el.children) {
    if (c.type === "element" && c.local === local && (uri === undefined || c.uri === uri)) return c;
  }
  return undefined;
}

/**
 * Attribute value by local name. With `uri` undefined only unprefixed attributes match (SBML
 * core attributes are unprefixed); pass a URI to look up a namespaced attribute.
 */
export function attr(el: XmlElement, local: string, uri = ""): string | undefined {
  for (const a of el.attributes) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** Concatenated character data of the element's direct text children. */
export function textContent(el: XmlElement): string {
  let s = "";
  for (const c of el.children) {
    if (c.type === "text") s += c.text;
    else if (c.type === "element") s += textContent(c);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Serialisation

export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/**
 * Serialise a node as XML text. For an element, `inScope` lists the namespace bindings in effect
 * at its parent: any prefix used inside the subtree but declared outside it is re-declared on
 * the subtree's top element, so the fragment stands on its own (needed when notes/annotations
 * are stored apart from their document and written into another one).
 */
export function serializeXml(node: XmlNode, inScope: Readonly<Record<string, string>> = {}): string {
  if (node.type !== "element") return serializeLeaf(node);
  const needed: Record<string, string> = {};
  collectUndeclared(node, {}, needed);
  const extra: Record<string, string> = {};
  for (const [p, uri] of Object.entries(needed)) {
    const bound = inScope[p];
    if (bound !== undefined) extra[p] = bound;
    else if (uri) extra[p] = uri;
  }
  return serializeElement(node, extra);
}

/** Serialise the children of an element (its content), each made self-contained. */
export function serializeChildren(el: XmlElement, inScope: Readonly<Record<string, string>> = {}): string {
  const scope = { ...inScope, ...el.nsDecls };
  let s = "";
  for (const c of el.children) s += serializeXml(c, scope);
  return s;
}

/** Namespace bindings in effect at `target`, found by walking down from `root`. */
export function inScopeNamespaces(root: XmlElement, target: XmlElement): Record<string, string> {
  const path: XmlElement[] = [];
  const find = (el: XmlElement): boolean => {
    path.push(el);
    if (el === target) return true;
    for (const c of el.children) if (c.type === "element" && find(c)) return true;
    path.pop();
    return false;
  };
  if (!find(root)) return {};
  const scope: Record<string, string> = {};
  for (const el of path) Object.assign(scope, el.nsDecls);
  return scope;
}

function collectUndeclared(
  el: XmlElement,
  declared: Record<string, string>,
  needed: Record<string, string>,
): void {
  const scope = { ...declared, ...el.nsDecls };
  const use = (prefix: string, uri: string) => {
    if (prefix === "xml") return;
    if (!(prefix in scope) && !(prefix in needed)) needed[prefix] = uri;
  };
  if (el.prefix !== "" || el.uri !== "") use(el.prefix, el.uri);
  for (const a of el.attributes) if (a.prefix !== "") use(a.prefix, a.uri);
  for (const c of el.children) if (c.type === "element") collectUndeclared(c, scope, needed);
}

function serializeLeaf(node: XmlText | XmlComment | XmlPI): string {
  switch (node.type) {
    case "text":
      return node.cdata ? `<![CDATA[${node.text}]]>` : escapeText(node.text);
    case "comment":
      return `<!--${node.text}-->`;
    case "pi":
      return `<?${node.target}${node.body ? ` ${node.body}` : ""}?>`;
  }
}

function serializeElement(el: XmlElement, extraDecls: Record<string, string>): string {
  let s = `<${el.name}`;
  const decls = { ...extraDecls, ...el.nsDecls };
  for (const [p, uri] of Object.entries(decls)) {
    s += p === "" ? ` xmlns="${escapeAttr(uri)}"` : ` xmlns:${p}="${escapeAttr(uri)}"`;
  }
  for (const a of el.attributes) s += ` ${a.name}="${escapeAttr(a.value)}"`;
  if (el.children.length === 0) return `${s}/>`;
  s += ">";
  for (const c of el.children) s += c.type === "element" ? serializeElement(c, {}) : serializeLeaf(c);
  return `${s}</${el.name}>`;
}
