import assert from "node:assert/strict";
import { test } from "node:test";
import { EngineError } from "@stat3/engine";
import { buildKnowledgeBase } from "../../src/kb/kb.js";
import type { KnowledgeBase } from "../../src/kb/types.js";
import { assertValid, validateKb } from "../../src/kb/validate.js";
import { KbCodes } from "../../src/messages.js";

const fresh = (): KnowledgeBase => structuredClone(buildKnowledgeBase());

test("the knowledge base as shipped is valid", () => {
  assert.deepEqual(validateKb(buildKnowledgeBase()), []);
});

test("a duplicate entity id is reported", () => {
  const kb = fresh();
  kb.entities.push({ ...kb.entities[0]! });
  const codes = validateKb(kb).map((d) => d.code);
  assert.ok(codes.includes(KbCodes.KB_DUPLICATE_ID));
});

test("an interaction endpoint that is not an entity is reported, naming the interaction", () => {
  const kb = fresh();
  kb.interactions[0]!.target = "no_such_entity";
  const p = validateKb(kb);
  assert.equal(p.length, 1);
  assert.equal(p[0]!.code, KbCodes.KB_UNKNOWN_REF);
  assert.match(p[0]!.location!.element!, /^interaction id="/);
  assert.match(p[0]!.message, /no_such_entity/);
});

test("a citation outside the review's 1..110 is reported", () => {
  const kb = fresh();
  kb.interactions[5]!.evidence!.refs = [111];
  const p = validateKb(kb);
  assert.deepEqual(
    p.map((d) => d.code),
    [KbCodes.KB_CITATION_RANGE],
  );
  kb.interactions[5]!.evidence!.refs = [0];
  assert.equal(validateKb(kb)[0]!.code, KbCodes.KB_CITATION_RANGE);
});

test("an interaction with both review and outside evidence, or neither, is reported", () => {
  const kb = fresh();
  kb.interactions[0]!.outside = { source: "x", tag: "R", statement: "y" };
  assert.equal(validateKb(kb)[0]!.code, KbCodes.KB_EVIDENCE);
  const kb2 = fresh();
  delete kb2.interactions[0]!.evidence;
  assert.equal(validateKb(kb2)[0]!.code, KbCodes.KB_EVIDENCE);
});

test("a table row citing an interaction about another gene is reported", () => {
  const kb = fresh();
  kb.table1[0]!.interactions = ["ang2:stat3>vegf"];
  const p = validateKb(kb);
  assert.equal(p[0]!.code, KbCodes.KB_TABLE_ROW);
  assert.match(p[0]!.message, /does not involve ccnd1/);
});

test("assertValid throws one EngineError that counts the other problems", () => {
  const kb = fresh();
  kb.interactions[0]!.target = "nope1";
  kb.interactions[1]!.target = "nope2";
  assert.throws(
    () => assertValid(kb),
    (e: unknown) =>
      e instanceof EngineError &&
      e.diagnostic.code === KbCodes.KB_UNKNOWN_REF &&
      /and 1 more/.test(e.message),
  );
});
