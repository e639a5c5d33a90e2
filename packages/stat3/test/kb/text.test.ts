import assert from "node:assert/strict";
import { test } from "node:test";
import { citedRefs, normalizeSpace, parseReview, SECTIONS, splitSentences } from "../../src/kb/text.js";
import { reviewText } from "./review-text.js";

test("citedRefs expands ranges and lists, and ignores figure pointers", () => {
  assert.deepEqual(citedRefs("cancers (25-27)."), [25, 26, 27]);
  assert.deepEqual(citedRefs("trials (99, 104-110)"), [99, 104, 105, 106, 107, 108, 109, 110]);
  assert.deepEqual(citedRefs("myeloma (28, 29) (Table 1)."), [28, 29]);
  assert.deepEqual(citedRefs("escape (22-24). (Fig. 1)."), [22, 23, 24]);
  assert.deepEqual(citedRefs("no references here"), []);
});

test("splitSentences keeps reference groups and figure labels with their sentence", () => {
  assert.deepEqual(
    splitSentences(
      "STAT3 induces VEGF directly, the most angiogenic molecule. (33, 34). Moreover, it induces HIF1 (35).",
    ),
    [
      "STAT3 induces VEGF directly, the most angiogenic molecule. (33, 34).",
      "Moreover, it induces HIF1 (35).",
    ],
  );
  assert.deepEqual(splitSentences("Fig 1. STAT3 is activated. It dimerises."), [
    "Fig 1. STAT3 is activated.",
    "It dimerises.",
  ]);
});

test("normalizeSpace maps Unicode hyphens and collapses whitespace", () => {
  assert.equal(normalizeSpace("IL‐6/gp130\n  pathway "), "IL-6/gp130 pathway");
});

test("parseReview finds every section heading and undoes the PDF artefacts", (t) => {
  const raw = reviewText();
  if (!raw) return t.skip("review text not found");
  const r = parseReview(raw);
  assert.deepEqual(
    r.sections.map((s) => s.id),
    SECTIONS.map((s) => s.id),
  );
  // the "FO" page markers and line-end hyphens are gone, real hyphens stay
  assert.ok(!/\sFO\s/.test(r.normalized), "page marker left in the text");
  assert.ok(r.normalized.includes("translocate in to nuclear, and bind to DNA"));
  assert.ok(r.normalized.includes("anti-apoptotic protein"));
  assert.ok(r.normalized.includes("(GA-hMSC)"));
  assert.ok(!r.normalized.includes("FIGURE LEGEND"));
  // the review cites references 1..110, and no sentence is empty
  const all = r.sentences.flatMap((s) => citedRefs(s.text));
  assert.equal(Math.min(...all), 1);
  assert.equal(Math.max(...all), 110);
  assert.ok(r.sentences.length > 120 && r.sentences.every((s) => s.text.length > 5));
});
