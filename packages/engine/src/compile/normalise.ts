/**
 * Compile stage 2 — normalise: one flat view of the model in which every formula is closed over
 * model symbols only.
 *  - function definitions are inlined (SBML L3V2 §4.3: a function body sees only its arguments);
 *  - local parameters become globals named `reaction.local` (a '.' cannot occur in an SBML id, so
 *    the name cannot clash), which is how they shadow globals of the same name inside that law;
 *  - every stoichiometry becomes an expression: a number, the species-reference id (a symbol whose
 *    value may be set by initial assignments, rules and events, L3V2 §4.11.3), or a synthetic
 *    assigned symbol for L2 stoichiometryMath (`reaction.stoichiometryMath.k`).
 */
import { type Expr, num, sym } from "../expr/ast.js";
import { inlineFunctions, substitute } from "../expr/inline.js";
import type { SourceLocation } from "../messages.js";
import type { Model, Species } from "../model/types.js";

export type DeclKind =
  | "compartment"
  | "species"
  | "parameter"
  | "speciesReference"
  | "reaction"
  | "localParameter"
  | "stoichiometryMath";

export interface Decl {
  id: string;
  kind: DeclKind;
  /** declared constant (no rule or event may change it) */
  constant: boolean;
  /** file value: size, parameter value, stoichiometry; species: see initialAmount/initialConcentration */
  value?: number;
  species?: Species;
  /** compartment: spatial dimensions (undefined = 3 for our purposes) */
  dims?: number;
  loc?: SourceLocation;
}

export interface NTerm {
  species: string;
  /** signed stoichiometry expression (reactants negative) */
  stoich: Expr;
}

export interface NReaction {
  id: string;
  rate: Expr;
  fast: boolean;
  terms: NTerm[];
  loc?: SourceLocation;
}

export interface NEvent {
  id: string;
  trigger: Expr;
  initialValue: boolean;
  persistent: boolean;
  delay?: Expr;
  priority?: Expr;
  useValuesFromTriggerTime: boolean;
  assignments: { variable: string; math: Expr; loc?: SourceLocation }[];
  loc?: SourceLocation;
}

export interface NormModel {
  model: Model;
  /** every symbol, in declaration order */
  decls: Map<string, Decl>;
  assignmentRules: Map<string, { math: Expr; loc?: SourceLocation }>;
  rateRules: Map<string, { math: Expr; loc?: SourceLocation }>;
  algebraicRules: { math: Expr; loc?: SourceLocation }[];
  initialAssignments: Map<string, { math: Expr; loc?: SourceLocation }>;
  reactions: NReaction[];
  events: NEvent[];
}

export function normalise(model: Model): NormModel {
  const fdefs = model.functionDefinitions;
  const inl = (e: Expr): Expr => (fdefs.length > 0 ? inlineFunctions(e, fdefs) : e);
  const decls = new Map<string, Decl>();
  const add = (d: Decl) => {
    if (!decls.has(d.id)) decls.set(d.id, d);
  };
  for (const c of model.compartments) {
    add({
      id: c.id,
      kind: "compartment",
      constant: c.constant,
      value: c.size,
      dims: c.spatialDimensions,
      loc: c.loc,
    });
  }
  for (const s of model.species)
    add({ id: s.id, kind: "species", constant: s.constant, species: s, loc: s.loc });
  for (const p of model.parameters)
    add({ id: p.id, kind: "parameter", constant: p.constant, value: p.value, loc: p.loc });
  for (const r of model.reactions) add({ id: r.id, kind: "reaction", constant: false, loc: r.loc });

  const assignmentRules = new Map<string, { math: Expr; loc?: SourceLocation }>();
  const rateRules = new Map<string, { math: Expr; loc?: SourceLocation }>();
  const algebraicRules: { math: Expr; loc?: SourceLocation }[] = [];
  const reactions: NReaction[] = [];

  for (const r of model.reactions) {
    const terms: NTerm[] = [];
    const refs = [
      ...r.reactants.map((sr) => ({ sr, sign: -1, role: "reactant" })),
      ...r.products.map((sr) => ({ sr, sign: 1, role: "product" })),
    ];
    let k = 0;
    for (const { sr, sign, role } of refs) {
      let s: Expr;
      if (sr.stoichiometryMath) {
        const id = `${r.id}.${role}${k}.stoichiometryMath`;
        add({ id, kind: "stoichiometryMath", constant: false, loc: sr.loc });
        assignmentRules.set(id, { math: inl(sr.stoichiometryMath), loc: sr.loc });
        s = sym(id);
      } else if (sr.id) {
        add({
          id: sr.id,
          kind: "speciesReference",
          constant: sr.constant,
          value: sr.stoichiometry,
          loc: sr.loc,
        });
        s = sym(sr.id);
      } else {
        s = num(sr.stoichiometry ?? 1);
      }
      k++;
      terms.push({ species: sr.species, stoich: sign < 0 ? negate(s) : s });
    }
    let rate: Expr = num(0);
    if (r.kineticLaw) {
      rate = inl(r.kineticLaw.math);
      if (r.kineticLaw.localParameters.length > 0) {
        const map = new Map<string, Expr>();
        for (const lp of r.kineticLaw.localParameters) {
          const id = `${r.id}.${lp.id}`;
          add({ id, kind: "localParameter", constant: true, value: lp.value, loc: lp.loc });
          map.set(lp.id, sym(id));
        }
        rate = substitute(rate, map);
      }
    }
    reactions.push({ id: r.id, rate, fast: r.fast, terms, loc: r.loc });
  }

  for (const rule of model.rules) {
    if (rule.kind === "assignment")
      assignmentRules.set(rule.variable, { math: inl(rule.math), loc: rule.loc });
    else if (rule.kind === "rate") rateRules.set(rule.variable, { math: inl(rule.math), loc: rule.loc });
    else algebraicRules.push({ math: inl(rule.math), loc: rule.loc });
  }
  const initialAssignments = new Map<string, { math: Expr; loc?: SourceLocation }>();
  for (const ia of model.initialAssignments)
    initialAssignments.set(ia.symbol, { math: inl(ia.math), loc: ia.loc });

  const events: NEvent[] = model.events.map((ev, i) => ({
    id: ev.id ?? `event${i}`,
    trigger: inl(ev.trigger.math),
    initialValue: ev.trigger.initialValue,
    persistent: ev.trigger.persistent,
    delay: ev.delay ? inl(ev.delay) : undefined,
    priority: ev.priority ? inl(ev.priority) : undefined,
    useValuesFromTriggerTime: ev.useValuesFromTriggerTime,
    assignments: ev.assignments.map((a) => ({ variable: a.variable, math: inl(a.math), loc: a.loc })),
    loc: ev.loc ?? ev.trigger.loc,
  }));

  return { model, decls, assignmentRules, rateRules, algebraicRules, initialAssignments, reactions, events };
}

function negate(e: Expr): Expr {
  if (e.kind === "num") return num(-e.value);
  return { kind: "call", op: "minus", args: [e] };
}
