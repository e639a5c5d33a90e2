import assert from "node:assert/strict";
import { test } from "node:test";
import { causalCoverage, checkCompleteness, isNameLike } from "../../src/kb/completeness.js";
import { buildKnowledgeBase } from "../../src/kb/kb.js";
import { citedRefs, parseReview } from "../../src/kb/text.js";
import type { KnowledgeBase } from "../../src/kb/types.js";
import { reviewText } from "./review-text.js";

const raw = reviewText();
const review = raw ? parseReview(raw) : undefined;
const without = (ids: string[]): KnowledgeBase => {
  const kb = structuredClone(buildKnowledgeBase());
  kb.entities = kb.entities.filter((e) => !ids.includes(e.id));
  return kb;
};

test("isNameLike: genes, drugs and cells yes; ordinary words no", () => {
  for (const t of [
    "STAT3",
    "CD133",
    "S3I",
    "HMGB1",
    "AML",
    "pTyr",
    "bFGF",
    "sorafenib",
    "nifuroxazide",
    "cryptotashinone",
  ])
    assert.ok(isNameLike(t, false), t);
  assert.ok(isNameLike("Survivin", false));
  assert.ok(!isNameLike("Survivin", true), "a capital at a sentence start is not a signal");
  for (const t of ["tumor", "cells", "25", "Moreover", "the"]) assert.ok(!isNameLike(t, t === "Moreover"), t);
});

test("completeness: every named gene, protein, cytokine, cell type and drug of the review is an entity", (t) => {
  if (!review) return t.skip("review text not found");
  const r = checkCompleteness(buildKnowledgeBase(), review);
  assert.deepEqual(r.misses, [], `misses: ${r.misses.map((m) => `${m.token} (${m.context})`).join("; ")}`);
  assert.deepEqual(
    r.entitiesNotFound,
    [],
    "entities whose synonyms are nowhere in the text (misspelt synonym?)",
  );
  assert.deepEqual(r.allowedUnused, [], "stale allow-list entries");
  assert.ok(r.entitiesFound >= 160, `only ${r.entitiesFound} entities found in the text`);
});

test("completeness: the scan does catch names the base lacks (negative control)", (t) => {
  if (!review) return t.skip("review text not found");
  const r = checkCompleteness(without(["stattic", "sorafenib", "hmgb1", "s3i_1757", "cell_csc"]), review);
  const tokens = new Set(r.misses.map((m) => m.token));
  for (const tok of ["Stattic", "sorafenib", "HMGB1", "S3I", "CSC", "CSSs"])
    assert.ok(tokens.has(tok), `${tok} not reported`);
});

test("every causal sentence of the review is the evidence of at least one interaction", (t) => {
  if (!review) return t.skip("review text not found");
  const r = causalCoverage(buildKnowledgeBase(), review);
  assert.deepEqual(r.uncovered, []);
  assert.deepEqual(r.staleNotCausal, []);
  assert.ok(r.covered >= 105, `only ${r.covered} causal sentences covered`);
});

test("every evidence sentence is verbatim in the review, in the section it names, with the references it prints", (t) => {
  if (!review) return t.skip("review text not found");
  const kb = buildKnowledgeBase();
  const bySection = new Map(review.sections.map((s) => [s.id, s.text]));
  for (const i of kb.interactions) {
    if (!i.evidence) continue;
    const ev = i.evidence;
    assert.ok(
      bySection.get(ev.section)?.includes(ev.sentence),
      `${i.id}: sentence not found in section ${ev.section}`,
    );
    const printed = citedRefs(ev.sentence);
    if (ev.refsNote) {
      assert.ok(ev.refs.length > 0, `${i.id}: refsNote without refs`);
      continue;
    }
    // refs are the printed ones, or (for a sentence listing several drugs) the one printed after the drug
    assert.ok(
      ev.refs.every((r) => printed.includes(r)),
      `${i.id}: refs ${ev.refs} not printed in the sentence (${printed})`,
    );
    if (printed.length > 0)
      assert.ok(ev.refs.length > 0, `${i.id}: sentence prints ${printed} but the interaction cites none`);
  }
});
