/**
 * SBML Level 3 Qualitative Models ("qual") package, version 1 — Boolean subset, read and write
 * (Chaouiya et al. 2013, BMC Syst Biol 7:135, doi:10.1186/1752-0509-7-135; specification
 * "SBML Level 3 Package: Qualitative Models, Version 1 Release 1").
 *
 * Read: qualitativeSpecies (maxLevel ≤ 1), transitions with inputs, one output, a defaultTerm and
 * functionTerms whose MathML uses and/or/xor/not, true/false and comparisons of a species (or an input
 * id) with 0/1. A species' update function is: the OR of the terms whose resultLevel differs from the
 * default (negated when the default is 1). A species without a transition keeps its value (a constant
 * species keeps its initial level). Multi-valued species are refused with a clear error.
 * Write: the same subset, one transition per node, inputs with their sign when it is monotone.
 */
import { Codes, EngineError } from "../messages.js";
import {
  attr,
  childElements,
  escapeAttr,
  escapeText,
  firstChild,
  parseXml,
  textContent,
  type XmlElement,
} from "../xml/parse.js";
import { type LExpr, type LogicalNetwork, type LogicalNode, nodesRead } from "./ast.js";

export const QUAL_NS = "http://www.sbml.org/sbml/level3/version1/qual/version1";
const MATHML_NS = "http://www.w3.org/1998/Math/MathML";

function qa(el: XmlElement, name: string): string | undefined {
  return attr(el, name, QUAL_NS) ?? attr(el, name);
}

export function readSbmlQual(text: string, o: { file?: string } = {}): LogicalNetwork {
  const doc = parseXml(text, { file: o.file });
  const fail = (el: XmlElement, msg: string): never => {
    throw new EngineError(Codes.LOGIC_SYNTAX, msg, {
      file: o.file,
      line: el.line,
      element: el.local + (qa(el, "id") ? ` id="${qa(el, "id")}"` : ""),
    });
  };
  const model = firstChild(doc.root, "model");
  if (doc.root.local !== "sbml" || !model) fail(doc.root, "not an SBML document with a <model>");
  const m = model as XmlElement;
  const list = firstChild(m, "listOfQualitativeSpecies", QUAL_NS);
  if (!list) fail(m, "no qual:listOfQualitativeSpecies: this SBML file has no qualitative model");
  const species = childElements(list as XmlElement, "qualitativeSpecies", QUAL_NS);
  const index = new Map<string, number>();
  const nodes: LogicalNode[] = species.map((sp, i) => {
    const id = qa(sp, "id");
    if (!id) fail(sp, "qualitativeSpecies without qual:id");
    if (index.has(id as string)) fail(sp, `qualitativeSpecies ${id} is defined twice`);
    const max = qa(sp, "maxLevel");
    if (max !== undefined && Number(max) > 1) {
      throw new EngineError(
        Codes.LOGIC_UNSUPPORTED,
        `qualitativeSpecies ${id} has maxLevel ${max}: only Boolean (maxLevel 1) models are supported`,
        {
          file: o.file,
          line: sp.line,
        },
      );
    }
    index.set(id as string, i);
    const node: LogicalNode = { name: id as string, line: sp.line };
    const notes = firstChild(sp, "notes");
    if (notes) node.notes = textContent(notes).trim();
    return node;
  });
  const initial: (number | undefined)[] = species.map((sp) => {
    const v = qa(sp, "initialLevel");
    return v === undefined ? undefined : Number(v);
  });
  const constant = species.map((sp) => qa(sp, "constant") === "true");
  const transitions = firstChild(m, "listOfTransitions", QUAL_NS);
  const done = new Set<number>();
  for (const tr of transitions ? childElements(transitions, "transition", QUAL_NS) : []) {
    const inputs = new Map<string, number>();
    const li = firstChild(tr, "listOfInputs", QUAL_NS);
    for (const inp of li ? childElements(li, "input", QUAL_NS) : []) {
      const sid = qa(inp, "qualitativeSpecies");
      const k = sid === undefined ? undefined : index.get(sid);
      if (k === undefined) fail(inp, `input refers to unknown qualitativeSpecies "${sid}"`);
      const iid = qa(inp, "id");
      if (iid) inputs.set(iid, k as number);
    }
    const lo = firstChild(tr, "listOfOutputs", QUAL_NS);
    const outs = lo ? childElements(lo, "output", QUAL_NS) : [];
    if (outs.length !== 1) fail(tr, `a transition must have exactly one output (found ${outs.length})`);
    const target = index.get(qa(outs[0], "qualitativeSpecies") ?? "");
    if (target === undefined)
      fail(outs[0], `output refers to unknown qualitativeSpecies "${qa(outs[0], "qualitativeSpecies")}"`);
    if (done.has(target as number))
      fail(tr, `species ${nodes[target as number].name} is the output of two transitions`);
    done.add(target as number);
    const lf = firstChild(tr, "listOfFunctionTerms", QUAL_NS);
    if (!lf) fail(tr, "transition without listOfFunctionTerms");
    const def = firstChild(lf as XmlElement, "defaultTerm", QUAL_NS);
    const defLevel = def ? Number(qa(def, "resultLevel") ?? "0") : 0;
    const terms: LExpr[] = [];
    for (const ft of childElements(lf as XmlElement, "functionTerm", QUAL_NS)) {
      const level = Number(qa(ft, "resultLevel") ?? "1");
      if (level === defLevel) continue;
      const math = firstChild(ft, "math", MATHML_NS);
      if (!math) fail(ft, "functionTerm without MathML");
      const body = childElements(math as XmlElement)[0];
      if (!body) fail(ft, "empty <math>");
      terms.push(
        mathToExpr(
          body,
          (name, el) => {
            const k = index.get(name) ?? inputs.get(name);
            if (k === undefined) fail(el, `<ci>${name}</ci> is neither a qualitativeSpecies nor an input id`);
            return k as number;
          },
          fail,
        ),
      );
    }
    let logic: LExpr =
      terms.length === 0 ? { k: "num", v: 0 } : terms.reduce((a, b) => ({ k: "bin", op: "or", a, b }));
    if (defLevel === 1) logic = { k: "not", a: logic };
    nodes[target as number].logic = logic;
  }
  nodes.forEach((node, i) => {
    if (done.has(i)) return;
    // no transition: the species keeps its level (an input); a constant one keeps its initial level
    node.logic =
      constant[i] && initial[i] !== undefined ? { k: "num", v: initial[i] as number } : { k: "node", i };
  });
  return { nodes, parameters: {}, format: "sbml-qual", file: o.file, maxDelay: 0 };
}

function mathToExpr(
  el: XmlElement,
  ref: (name: string, el: XmlElement) => number,
  fail: (el: XmlElement, msg: string) => never,
): LExpr {
  switch (el.local) {
    case "true":
      return { k: "num", v: 1 };
    case "false":
      return { k: "num", v: 0 };
    case "cn":
      return { k: "num", v: Number(textContent(el).trim()) };
    case "ci":
      return { k: "node", i: ref(textContent(el).trim(), el) };
    case "apply": {
      const [op, ...args] = childElements(el);
      if (!op) fail(el, "empty <apply>");
      const xs = args.map((a) => mathToExpr(a, ref, fail));
      const fold = (o: "and" | "or" | "xor"): LExpr => {
        if (xs.length === 0) return { k: "num", v: o === "and" ? 1 : 0 };
        return xs.reduce((a, b) => ({ k: "bin", op: o, a, b }));
      };
      switch (op.local) {
        case "and":
        case "or":
        case "xor":
          return fold(op.local);
        case "not":
          if (xs.length !== 1) fail(op, "<not/> takes one argument");
          return { k: "not", a: xs[0] };
        case "eq":
        case "neq":
        case "geq":
        case "gt":
        case "leq":
        case "lt": {
          if (xs.length !== 2) fail(op, `<${op.local}/> takes two arguments`);
          return comparison(op.local, xs[0], xs[1]);
        }
        default:
          return fail(op, `MathML operator <${op.local}/> is not supported in a Boolean qual model`);
      }
    }
    default:
      return fail(el, `MathML element <${el.local}> is not supported in a Boolean qual model`);
  }
}

/** `X == 1` → X, `X == 0` → !X, `X >= 1` → X, … (node on the left or right); general ones kept. */
function comparison(op: string, a: LExpr, b: LExpr): LExpr {
  const flip: Record<string, string> = { eq: "eq", neq: "neq", geq: "leq", gt: "lt", leq: "geq", lt: "gt" };
  if (a.k === "num" && b.k === "node") return comparison(flip[op], b, a);
  if (a.k === "node" && b.k === "num") {
    const v = b.v;
    const on = (
      {
        eq: (x: number) => x === v,
        neq: (x: number) => x !== v,
        geq: (x: number) => x >= v,
        gt: (x: number) => x > v,
        leq: (x: number) => x <= v,
        lt: (x: number) => x < v,
      } as Record<string, (x: number) => boolean>
    )[op];
    const t1 = on(1);
    const t0 = on(0);
    if (t1 && t0) return { k: "num", v: 1 };
    if (!t1 && !t0) return { k: "num", v: 0 };
    return t1 ? a : { k: "not", a };
  }
  const ops: Record<string, "==" | "!=" | ">=" | ">" | "<=" | "<"> = {
    eq: "==",
    neq: "!=",
    geq: ">=",
    gt: ">",
    leq: "<=",
    lt: "<",
  };
  return { k: "bin", op: ops[op], a, b };
}

function exprToMath(e: LExpr, names: readonly string[]): string {
  switch (e.k) {
    case "num":
      return e.v !== 0 ? "<true/>" : "<false/>";
    case "node":
      return `<apply><eq/><ci> ${names[e.i]} </ci><cn type="integer"> 1 </cn></apply>`;
    case "not":
      return `<apply><not/>${exprToMath(e.a, names)}</apply>`;
    case "bin":
      if (e.op === "and" || e.op === "or" || e.op === "xor")
        return `<apply><${e.op}/>${exprToMath(e.a, names)}${exprToMath(e.b, names)}</apply>`;
      break;
    default:
      break;
  }
  throw new EngineError(
    Codes.LOGIC_UNSUPPORTED,
    `SBML-qual export needs pure Boolean logic; found a ${e.k === "bin" ? `"${e.op}"` : e.k} expression`,
  );
}

/** Sign of node j in a Boolean function: positive/negative when monotone (checked syntactically). */
function signOf(e: LExpr, j: number, neg = false, acc: Set<string> = new Set()): Set<string> {
  switch (e.k) {
    case "node":
      if (e.i === j) acc.add(neg ? "negative" : "positive");
      break;
    case "not":
      signOf(e.a, j, !neg, acc);
      break;
    case "bin":
      if (e.op === "xor") {
        if (nodesRead(e).has(j)) acc.add("dual");
      } else {
        signOf(e.a, j, neg, acc);
        signOf(e.b, j, neg, acc);
      }
      break;
    default:
      break;
  }
  return acc;
}

/** Write SBML L3V1 + qual V1 (Boolean). `initial` gives qual:initialLevel per node name. */
export function writeSbmlQual(
  net: LogicalNetwork,
  o: { modelId?: string; initial?: Readonly<Record<string, 0 | 1>> } = {},
): string {
  const names = net.nodes.map((n) => n.name);
  const L: string[] = [];
  L.push('<?xml version="1.0" encoding="UTF-8"?>');
  L.push(
    `<sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1" xmlns:qual="${QUAL_NS}" qual:required="true">`,
  );
  L.push(`  <model id="${escapeAttr(o.modelId ?? "logical_model")}">`);
  L.push(
    '    <listOfCompartments>\n      <compartment id="cell" constant="true"/>\n    </listOfCompartments>',
  );
  L.push("    <qual:listOfQualitativeSpecies>");
  for (const n of net.nodes) {
    const init = o.initial?.[n.name];
    const attrs = `qual:id="${escapeAttr(n.name)}" qual:compartment="cell" qual:constant="false" qual:maxLevel="1"${init !== undefined ? ` qual:initialLevel="${init}"` : ""}`;
    if (n.notes) {
      L.push(`      <qual:qualitativeSpecies ${attrs}>`);
      L.push(
        `        <notes><body xmlns="http://www.w3.org/1999/xhtml"><p>${escapeText(n.notes)}</p></body></notes>`,
      );
      L.push("      </qual:qualitativeSpecies>");
    } else L.push(`      <qual:qualitativeSpecies ${attrs}/>`);
  }
  L.push("    </qual:listOfQualitativeSpecies>");
  L.push("    <qual:listOfTransitions>");
  net.nodes.forEach((n, i) => {
    if (!n.logic)
      throw new EngineError(
        Codes.LOGIC_UNSUPPORTED,
        `node ${n.name} has no logic (rates only): SBML-qual cannot express it`,
      );
    if (n.logic.k === "node" && n.logic.i === i) return; // an input keeps its value: no transition
    const id = `tr_${n.name}`;
    L.push(`      <qual:transition qual:id="${escapeAttr(id)}">`);
    const regs = [...nodesRead(n.logic)].sort((a, b) => a - b);
    if (regs.length) {
      L.push("        <qual:listOfInputs>");
      for (const j of regs) {
        const s = signOf(n.logic, j);
        const sign = s.size === 1 ? [...s][0] : s.size === 0 ? "unknown" : "dual";
        L.push(
          `          <qual:input qual:id="${escapeAttr(`${id}_in_${names[j]}`)}" qual:qualitativeSpecies="${escapeAttr(names[j])}" qual:transitionEffect="none" qual:sign="${sign}"/>`,
        );
      }
      L.push("        </qual:listOfInputs>");
    }
    L.push("        <qual:listOfOutputs>");
    L.push(
      `          <qual:output qual:id="${escapeAttr(`${id}_out`)}" qual:qualitativeSpecies="${escapeAttr(n.name)}" qual:transitionEffect="assignmentLevel"/>`,
    );
    L.push("        </qual:listOfOutputs>");
    L.push("        <qual:listOfFunctionTerms>");
    L.push('          <qual:defaultTerm qual:resultLevel="0"/>');
    L.push('          <qual:functionTerm qual:resultLevel="1">');
    L.push(`            <math xmlns="${MATHML_NS}">${exprToMath(n.logic, names)}</math>`);
    L.push("          </qual:functionTerm>");
    L.push("        </qual:listOfFunctionTerms>");
    L.push("      </qual:transition>");
  });
  L.push("    </qual:listOfTransitions>");
  L.push("  </model>");
  L.push("</sbml>");
  return `${L.join("\n")}\n`;
}
