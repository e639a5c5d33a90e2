/**
 * Completeness of the knowledge base against the review's text. Two scans over the normalised text:
 *
 *  1. Lexicon: every entity named in the review must have at least one synonym that occurs in the text
 *     (catches misspelt synonyms), and every occurrence of a synonym marks its characters as explained.
 *  2. Name-like tokens: what is left is scanned for tokens that look like names of genes, proteins,
 *     cells or drugs — letters mixed with digits (STAT3, CD133, S3I-201), two or more capitals (HMGB1,
 *     AML), an inner capital (pTyr, bFGF), a capital inside a sentence (Survivin, Stattic), or a drug-like
 *     suffix (sorafenib, nifuroxazide). Each such token not in the lexicon is a miss, unless the explicit
 *     allow-list (allowlist.ts) says why it is not a thing the base should hold.
 *
 * Pure: takes the text as a string, so it runs in a browser too.
 */
import { ALLOW_LIST, NOT_CAUSAL } from "./data/allowlist.js";
import { parseReview, type ReviewText } from "./text.js";
import type { KnowledgeBase, SectionId } from "./types.js";

export interface Miss {
  token: string;
  section: SectionId;
  /** about 60 characters around the token */
  context: string;
}

export interface CompletenessReport {
  /** entities named in the review whose synonyms were all found nowhere in the text */
  entitiesNotFound: string[];
  /** name-like tokens neither in the lexicon nor on the allow-list */
  misses: Miss[];
  /** allow-list entries that matched at least once */
  allowedUsed: string[];
  /** allow-list entries that matched nothing (stale: remove them) */
  allowedUnused: string[];
  /** how many distinct entities the lexicon found in the text */
  entitiesFound: number;
  /** name-like tokens examined */
  candidates: number;
}

const WORD = /[\p{L}\p{N}]/u;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Spans [start, end) in `text` where `name` occurs as a whole word (case-sensitive for short names). */
function occurrences(text: string, name: string): [number, number][] {
  const out: [number, number][] = [];
  // Short names (DC, M2, Src, ROS) are matched case-sensitively so that they do not match ordinary words.
  const flags = name.length <= 3 ? "gu" : "giu";
  const re = new RegExp(escapeRe(name), flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const a = m.index;
    const b = a + m[0].length;
    const before = a > 0 ? text[a - 1]! : " ";
    const after = b < text.length ? text[b]! : " ";
    if (
      !(WORD.test(name[0]!) && WORD.test(before)) &&
      !(WORD.test(name[name.length - 1]!) && WORD.test(after))
    )
      out.push([a, b]);
    re.lastIndex = a + 1;
  }
  return out;
}

// Tokens split at "-" and "/" too, so "IL-6/gp130/STAT3" or "EGF-induced" are judged part by part.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}*+]*/gu;
const DRUG_SUFFIX = /(?:nib|mab|azide|shinone|tanshinone|curcumin|platin|mycin|statin)$/i;

/** Does a token look like the name of a gene, protein, cell or drug? */
export function isNameLike(token: string, sentenceInitial: boolean): boolean {
  if (/^[0-9\-/.]+$/.test(token)) return false; // numbers and ranges
  const hasDigit = /\p{N}/u.test(token);
  const hasLetter = /\p{L}/u.test(token);
  if (hasDigit && hasLetter) return true;
  const uppers = (token.match(/\p{Lu}/gu) ?? []).length;
  if (uppers >= 2) return true;
  if (/\p{Ll}\p{Lu}/u.test(token)) return true; // pTyr, bFGF, hMSC
  if (uppers === 1 && /^\p{Lu}/u.test(token) && !sentenceInitial) return true; // Survivin, Stattic mid-sentence
  if (DRUG_SUFFIX.test(token)) return true;
  return false;
}

export function checkCompleteness(kb: KnowledgeBase, rawText: string | ReviewText): CompletenessReport {
  const review = typeof rawText === "string" ? parseReview(rawText) : rawText;
  const entitiesNotFound: string[] = [];
  let entitiesFound = 0;
  const misses: Miss[] = [];
  const allowed = new Set<string>();
  let candidates = 0;

  // 1. lexicon: names of entities named in the review (outside entities are not expected in the text)
  const lexicon: { entity: string; name: string }[] = [];
  for (const e of kb.entities) {
    if (e.outside) continue;
    for (const s of new Set([e.name, ...e.synonyms])) lexicon.push({ entity: e.id, name: s });
  }
  lexicon.sort((a, b) => b.name.length - a.name.length);
  const found = new Set<string>();
  const sectionTexts = review.sections;
  const coveredBySection = sectionTexts.map((s) => new Uint8Array(s.text.length));
  sectionTexts.forEach((sec, k) => {
    const covered = coveredBySection[k]!;
    for (const { entity, name } of lexicon) {
      for (const [a, b] of occurrences(sec.text, name)) {
        found.add(entity);
        covered.fill(1, a, b);
      }
    }
  });
  for (const e of kb.entities) {
    if (e.outside || e.implied) continue;
    if (found.has(e.id)) entitiesFound++;
    else entitiesNotFound.push(e.id);
  }

  // 2. name-like tokens left unexplained
  const allowMap = new Map(ALLOW_LIST.map((a) => [a.token, a]));
  sectionTexts.forEach((sec, k) => {
    const covered = coveredBySection[k]!;
    const text = sec.text;
    for (const m of text.matchAll(TOKEN)) {
      const a = m.index!;
      const token = m[0];
      const b = a + token.length;
      let fully = true;
      for (let i = a; i < b; i++) if (!covered[i]) fully = false;
      if (fully) continue;
      const prev = text.slice(0, a).trimEnd();
      const sentenceInitial = prev.length === 0 || /[.!?:]$/.test(prev);
      if (!isNameLike(token, sentenceInitial)) continue;
      candidates++;
      const allow = allowMap.get(token);
      if (allow) {
        allowed.add(allow.token);
        continue;
      }
      misses.push({
        token,
        section: sec.id,
        context: text.slice(Math.max(0, a - 30), Math.min(text.length, b + 30)),
      });
    }
    // 3. cell types written in lower case ("… cells"): the word before "cell(s)" must be explained.
    for (const m of text.matchAll(/([\p{L}\p{N}+-]+) (?:cells\b|cell(?=[,.;)]| and | which | also ))/gu)) {
      const a = m.index!;
      const b = a + m[1]!.length;
      let fully = true;
      for (let i = a; i < b; i++) if (!covered[i]) fully = false;
      if (fully) continue;
      candidates++;
      const phrase = m[0];
      const allow = allowMap.get(phrase);
      if (allow) {
        allowed.add(allow.token);
        continue;
      }
      misses.push({
        token: phrase,
        section: sec.id,
        context: text.slice(Math.max(0, a - 30), Math.min(text.length, a + phrase.length + 30)),
      });
    }
  });
  return {
    entitiesNotFound,
    misses,
    allowedUsed: [...allowed].sort(),
    allowedUnused: ALLOW_LIST.map((a) => a.token).filter((t) => !allowed.has(t)),
    entitiesFound,
    candidates,
  };
}

/**
 * Verbs that make a sentence a causal claim. Deliberately broad: a sentence that matches and is not the
 * evidence of any interaction must be on the NOT_CAUSAL list with a reason.
 */
export const CAUSAL_VERB =
  /\b(?:induc|up-?regulat|down ?regulat|promot|suppress|inhibit|activat|phosphorylat|regulat|lead|led|result|enhanc|increas|decreas|reduc|block|bind|bound|recruit|polariz|drive|favor|proliferat|exert|requir|correlat|trigger|elevat|complex|accelerat|prevent|mediat|involv|contribut|essential|responsib|eliminat|improv|interact|support|participat|translocat|dimeriz|target)\w*/i;

export interface CoverageReport {
  causal: number;
  covered: number;
  /** causal sentences that are no interaction's evidence and not on the NOT_CAUSAL list */
  uncovered: { section: SectionId; text: string }[];
  /** NOT_CAUSAL entries that matched no sentence (stale) */
  staleNotCausal: string[];
}

/** Is every causal sentence of the review the evidence of at least one interaction? */
export function causalCoverage(kb: KnowledgeBase, rawText: string | ReviewText): CoverageReport {
  const review = typeof rawText === "string" ? parseReview(rawText) : rawText;
  const evidence = kb.interactions.flatMap((i) => (i.evidence ? [i.evidence.sentence] : []));
  const usedNotCausal = new Set<string>();
  let causal = 0;
  let covered = 0;
  const uncovered: { section: SectionId; text: string }[] = [];
  for (const s of review.sentences) {
    if (!CAUSAL_VERB.test(s.text)) continue;
    causal++;
    if (evidence.some((e) => s.text.includes(e) || e.includes(s.text))) {
      covered++;
      continue;
    }
    const nc = NOT_CAUSAL.find((n) => s.text.startsWith(n.start));
    if (nc) {
      usedNotCausal.add(nc.start);
      continue;
    }
    uncovered.push({ section: s.section, text: s.text });
  }
  return {
    causal,
    covered,
    uncovered,
    staleNotCausal: NOT_CAUSAL.map((n) => n.start).filter((s) => !usedNotCausal.has(s)),
  };
}
