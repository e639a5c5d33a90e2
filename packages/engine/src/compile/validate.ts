/**
 * Compile stage 1 — validate: the model errors that would otherwise become a silent wrong answer.
 * Checked here (SBML L3V2 core §4 validation rules, the ones that matter for simulation):
 *  - every symbol used in math is declared (in scope: local parameters inside their kinetic law);
 *  - every function call names a function definition with the right number of arguments;
 *  - rule and event targets exist and may change (not `constant`);
 *  - at most one rule per variable; no initial assignment for an assignment-rule variable;
 *  - no rate rule on a species that reactions also change (overdetermined, rule 20911-ish);
 *  - no event assignment to an assignment-rule variable.
 * Each failure is an EngineError naming the element and its line.
 */
import type { Expr } from "../expr/ast.js";
import { freeSymbols } from "../expr/inline.js";
import { Codes, EngineError, type SourceLocation } from "../messages.js";
import type { Model } from "../model/types.js";

export function validateModel(model: Model): void {
  const file = model.source?.file;
  const where = (loc: SourceLocation | undefined, element: string): SourceLocation => ({
    file: loc?.file ?? file,
    line: loc?.line,
    column: loc?.column,
    element: loc?.element ?? element,
  });

  // declared symbols and whether they are constant
  const constant = new Map<string, boolean>();
  const kind = new Map<string, string>();
  for (const c of model.compartments) {
    constant.set(c.id, c.constant);
    kind.set(c.id, "compartment");
  }
  for (const s of model.species) {
    constant.set(s.id, s.constant);
    kind.set(s.id, "species");
  }
  for (const p of model.parameters) {
    constant.set(p.id, p.constant);
    kind.set(p.id, "parameter");
  }
  for (const r of model.reactions) {
    kind.set(r.id, "reaction");
    for (const sr of [...r.reactants, ...r.products]) {
      if (sr.id) {
        constant.set(sr.id, sr.constant);
        kind.set(sr.id, "speciesReference");
      }
    }
  }
  const fdefs = new Map<string, number>();
  for (const f of model.functionDefinitions) {
    fdefs.set(f.id, f.math.kind === "lambda" ? f.math.params.length : 0);
  }

  const checkMath = (e: Expr, loc: SourceLocation | undefined, element: string, locals?: Set<string>) => {
    for (const name of freeSymbols(e)) {
      if (!kind.has(name) && !locals?.has(name)) {
        throw new EngineError(
          Codes.MODEL_UNDEFINED_SYMBOL,
          `the symbol '${name}' is not declared in the model`,
          where(loc, element),
        );
      }
    }
    checkCalls(e, loc, element);
  };
  const checkCalls = (e: Expr, loc: SourceLocation | undefined, element: string): void => {
    switch (e.kind) {
      case "fn": {
        const arity = fdefs.get(e.name);
        if (arity === undefined) {
          throw new EngineError(
            Codes.MODEL_BAD_FUNCTION_CALL,
            `call of '${e.name}', which is not a function definition`,
            where(loc, element),
          );
        }
        if (arity !== e.args.length) {
          throw new EngineError(
            Codes.MODEL_BAD_FUNCTION_CALL,
            `function '${e.name}' takes ${arity} argument(s), called with ${e.args.length}`,
            where(loc, element),
          );
        }
        for (const a of e.args) checkCalls(a, loc, element);
        return;
      }
      case "call":
        for (const a of e.args) checkCalls(a, loc, element);
        return;
      case "piecewise":
        for (const p of e.pieces) {
          checkCalls(p.value, loc, element);
          checkCalls(p.cond, loc, element);
        }
        if (e.otherwise) checkCalls(e.otherwise, loc, element);
        return;
      case "lambda":
        checkCalls(e.body, loc, element);
        return;
      default:
        return;
    }
  };

  for (const r of model.reactions) {
    const el = `reaction id="${r.id}"`;
    for (const sr of [...r.reactants, ...r.products, ...r.modifiers]) {
      if (kind.get(sr.species) !== "species") {
        throw new EngineError(
          Codes.MODEL_UNDEFINED_SYMBOL,
          `reaction '${r.id}' refers to species '${sr.species}', which is not declared`,
          where(sr.loc ?? r.loc, el),
        );
      }
    }
    for (const sr of [...r.reactants, ...r.products]) {
      if (sr.stoichiometryMath) checkMath(sr.stoichiometryMath, sr.loc ?? r.loc, el);
    }
    if (r.kineticLaw) {
      const locals = new Set(r.kineticLaw.localParameters.map((p) => p.id));
      checkMath(r.kineticLaw.math, r.kineticLaw.loc ?? r.loc, el, locals);
    }
  }
  for (const s of model.species) {
    if (kind.get(s.compartment) !== "compartment") {
      throw new EngineError(
        Codes.MODEL_UNDEFINED_SYMBOL,
        `species '${s.id}' is in compartment '${s.compartment}', which is not declared`,
        where(s.loc, `species id="${s.id}"`),
      );
    }
  }

  const ruled = new Map<string, string>();
  for (const rule of model.rules) {
    const el = rule.kind === "algebraic" ? "algebraicRule" : `${rule.kind}Rule variable="${rule.variable}"`;
    checkMath(rule.math, rule.loc, el);
    if (rule.kind === "algebraic") continue;
    const v = rule.variable;
    if (!kind.has(v) || kind.get(v) === "reaction") {
      throw new EngineError(
        Codes.MODEL_UNDEFINED_SYMBOL,
        `rule variable '${v}' is not a compartment, species, parameter or species reference`,
        where(rule.loc, el),
      );
    }
    if (constant.get(v)) {
      throw new EngineError(
        Codes.MODEL_OVERDETERMINED,
        `'${v}' is constant but a ${rule.kind} rule changes it`,
        where(rule.loc, el),
      );
    }
    if (ruled.has(v)) {
      throw new EngineError(
        Codes.MODEL_OVERDETERMINED,
        `'${v}' is the variable of two rules`,
        where(rule.loc, el),
      );
    }
    ruled.set(v, rule.kind);
  }
  for (const ia of model.initialAssignments) {
    const el = `initialAssignment symbol="${ia.symbol}"`;
    checkMath(ia.math, ia.loc, el);
    if (!kind.has(ia.symbol) || kind.get(ia.symbol) === "reaction") {
      throw new EngineError(
        Codes.MODEL_UNDEFINED_SYMBOL,
        `initial assignment to undeclared '${ia.symbol}'`,
        where(ia.loc, el),
      );
    }
    if (ruled.get(ia.symbol) === "assignment") {
      throw new EngineError(
        Codes.MODEL_OVERDETERMINED,
        `'${ia.symbol}' has both an assignment rule and an initial assignment`,
        where(ia.loc, el),
      );
    }
  }
  // species changed by reactions may not also carry a rate or assignment rule (unless boundary)
  const reacting = new Set<string>();
  for (const r of model.reactions) for (const sr of [...r.reactants, ...r.products]) reacting.add(sr.species);
  for (const s of model.species) {
    const rk = ruled.get(s.id);
    if (rk && reacting.has(s.id) && !s.boundaryCondition && !s.constant) {
      throw new EngineError(
        Codes.MODEL_OVERDETERMINED,
        `species '${s.id}' is changed by reactions and by a ${rk} rule; make it a boundary species`,
        where(s.loc, `species id="${s.id}"`),
      );
    }
  }
  for (const [i, ev] of model.events.entries()) {
    const el = `event id="${ev.id ?? `#${i + 1}`}"`;
    checkMath(ev.trigger.math, ev.trigger.loc ?? ev.loc, el);
    if (ev.delay) checkMath(ev.delay, ev.loc, el);
    if (ev.priority) checkMath(ev.priority, ev.loc, el);
    for (const a of ev.assignments) {
      checkMath(a.math, a.loc ?? ev.loc, el);
      const k = kind.get(a.variable);
      if (!k || k === "reaction") {
        throw new EngineError(
          Codes.MODEL_UNDEFINED_SYMBOL,
          `event assignment to undeclared '${a.variable}'`,
          where(a.loc ?? ev.loc, el),
        );
      }
      if (constant.get(a.variable)) {
        throw new EngineError(
          Codes.MODEL_OVERDETERMINED,
          `event assigns to '${a.variable}', which is constant`,
          where(a.loc ?? ev.loc, el),
        );
      }
      if (ruled.get(a.variable) === "assignment") {
        throw new EngineError(
          Codes.MODEL_OVERDETERMINED,
          `event assigns to '${a.variable}', which an assignment rule determines`,
          where(a.loc ?? ev.loc, el),
        );
      }
    }
  }
  for (const f of model.functionDefinitions) checkCalls(f.math, f.loc, `functionDefinition id="${f.id}"`);
}
