/**
 * Validation of the knowledge base on load: every id is unique and well-formed, every reference from an
 * interaction, row or family points at an existing entity, every citation number lies within the
 * review's reference list (1..referenceCount), every interaction has exactly one kind of evidence, and
 * every table row is consistent with the interactions it cites. Returns all problems at once (so a data
 * edit shows every mistake in one run); `assertValid` throws the first as an EngineError.
 */
import type { Diagnostic } from "@stat3/engine";
import { EngineError, KbCodes } from "../messages.js";
import type { KnowledgeBase } from "./types.js";

const ID_RE = /^[a-z0-9_]+$/;
// Interaction ids are "<sentence tag>:<source>><target>[:suffix]" — see data/interactions.ts.
const INTERACTION_ID_RE = /^[a-z0-9]+:[a-z0-9_]+>[a-z0-9_]+(?::[a-z0-9_]+)?$/;

function diag(code: string, element: string, message: string): Diagnostic {
  return { code, severity: "error", message, location: { element } };
}

export function validateKb(kb: KnowledgeBase): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const ids = new Set<string>();
  for (const e of kb.entities) {
    if (ids.has(e.id))
      problems.push(diag(KbCodes.KB_DUPLICATE_ID, `entity id="${e.id}"`, "duplicate entity id"));
    ids.add(e.id);
    if (!ID_RE.test(e.id))
      problems.push(diag(KbCodes.KB_BAD_ID, `entity id="${e.id}"`, "entity ids use only [a-z0-9_]"));
    if (e.synonyms.length === 0 && !e.outside)
      problems.push(
        diag(
          KbCodes.KB_BAD_ID,
          `entity id="${e.id}"`,
          "an entity named in the review needs at least one synonym as the review spells it",
        ),
      );
  }
  const has = (id: string): boolean => ids.has(id);
  const maxRef = kb.review.referenceCount;
  const checkRefs = (refs: number[], element: string): void => {
    for (const r of refs)
      if (!Number.isInteger(r) || r < 1 || r > maxRef)
        problems.push(
          diag(KbCodes.KB_CITATION_RANGE, element, `reference (${r}) is outside the review's 1..${maxRef}`),
        );
  };

  for (const e of kb.entities) {
    const el = `entity id="${e.id}"`;
    if (e.partOf && !has(e.partOf))
      problems.push(diag(KbCodes.KB_UNKNOWN_REF, el, `partOf "${e.partOf}" is not an entity`));
    for (const m of e.members ?? [])
      if (!has(m)) problems.push(diag(KbCodes.KB_UNKNOWN_REF, el, `member "${m}" is not an entity`));
    checkRefs(e.refs ?? [], el);
  }

  const ixIds = new Set<string>();
  for (const i of kb.interactions) {
    const el = `interaction id="${i.id}"`;
    if (ixIds.has(i.id)) problems.push(diag(KbCodes.KB_DUPLICATE_ID, el, "duplicate interaction id"));
    ixIds.add(i.id);
    if (!INTERACTION_ID_RE.test(i.id) && !i.id.startsWith("ext:"))
      problems.push(diag(KbCodes.KB_BAD_ID, el, "interaction ids are <tag>:<source>><target>[:suffix]"));
    for (const end of [i.source, i.target, ...(i.via ?? []), ...(i.context ?? [])])
      if (!has(end)) problems.push(diag(KbCodes.KB_UNKNOWN_REF, el, `"${end}" is not an entity`));
    if (!!i.evidence === !!i.outside)
      problems.push(
        diag(
          KbCodes.KB_EVIDENCE,
          el,
          "an interaction has either the review's sentence or an outside source, not both or neither",
        ),
      );
    if (i.evidence) {
      checkRefs(i.evidence.refs, el);
      if (i.evidence.sentence.trim().length < 10)
        problems.push(diag(KbCodes.KB_EVIDENCE, el, "evidence sentence is empty"));
    }
  }

  const byId = new Map(kb.interactions.map((i) => [i.id, i]));
  const rowCheck = (
    kind: string,
    key: string,
    subject: string,
    interactionIds: string[],
    refs: number[],
    mustTouch?: string,
  ): void => {
    const el = `${kind} ${key}`;
    if (!has(subject)) problems.push(diag(KbCodes.KB_UNKNOWN_REF, el, `"${subject}" is not an entity`));
    if (interactionIds.length === 0)
      problems.push(diag(KbCodes.KB_TABLE_ROW, el, "a row must cite at least one interaction"));
    for (const id of interactionIds) {
      const i = byId.get(id);
      if (!i) problems.push(diag(KbCodes.KB_TABLE_ROW, el, `cites unknown interaction "${id}"`));
      else if (
        mustTouch &&
        i.source !== mustTouch &&
        i.target !== mustTouch &&
        !(i.context ?? []).includes(mustTouch)
      )
        problems.push(
          diag(
            KbCodes.KB_TABLE_ROW,
            el,
            `interaction "${id}" does not involve ${mustTouch} (as source, target or context)`,
          ),
        );
    }
    checkRefs(refs, el);
  };
  for (const r of kb.table1)
    rowCheck("table1", `gene="${r.gene}" hallmark="${r.hallmark}"`, r.gene, r.interactions, r.refs, r.gene);
  const seen1 = new Set<string>();
  for (const r of kb.table1) {
    const k = `${r.gene}/${r.hallmark}`;
    if (seen1.has(k)) problems.push(diag(KbCodes.KB_DUPLICATE_ID, `table1 ${k}`, "duplicate Table 1 row"));
    seen1.add(k);
  }
  for (const r of kb.table2) {
    rowCheck("table2", `drug="${r.drug}"`, r.drug, r.interactions, r.refs, r.drug);
    if (!has(r.target))
      problems.push(
        diag(KbCodes.KB_UNKNOWN_REF, `table2 drug="${r.drug}"`, `target "${r.target}" is not an entity`),
      );
  }
  for (const r of kb.fig2) rowCheck("fig2", `cell="${r.cell}"`, r.cell, r.interactions, r.refs, r.cell);
  return problems;
}

export function assertValid(kb: KnowledgeBase): void {
  const problems = validateKb(kb);
  if (problems.length > 0) {
    const p = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
    throw new EngineError(p.code, p.message + more, p.location);
  }
}
