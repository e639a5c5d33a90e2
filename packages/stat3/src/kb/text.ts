/**
 * Reading the review's plain text: normalisation, sections and sentences. Pure functions on a string
 * (the caller reads the file), so the knowledge base's checks run in a browser too.
 *
 * The text is a PDF extraction: lines are wrapped, words hyphenated across lines, and a stray "FO"
 * page marker ends some lines. Normalisation undoes exactly these artefacts and nothing else, so that a
 * sentence quoted in the knowledge base can be found verbatim.
 */
import type { SectionId } from "./types.js";

/** Section headings exactly as they stand on their own line in the text, in reading order. */
export const SECTIONS: readonly { id: SectionId; heading: string; title: string }[] = [
  { id: "abstract", heading: "ABSTRACT", title: "Abstract" },
  { id: "introduction", heading: "INTRODUCTION", title: "Introduction" },
  {
    id: "persistent_activation",
    heading: "Persistent STAT3 activation in cancer cells",
    title: "Persistent STAT3 activation in cancer cells",
  },
  {
    id: "proliferation_survival",
    heading: "1. STAT3 accelerates the cellular proliferation and survival",
    title: "1. STAT3 accelerates the cellular proliferation and survival",
  },
  {
    id: "angiogenesis",
    heading: "2. STAT3 enhances the Angiogenesis",
    title: "2. STAT3 enhances the angiogenesis",
  },
  {
    id: "metastasis",
    heading: "3. STAT3 contributes to promotion of Metastasis",
    title: "3. STAT3 contributes to promotion of metastasis",
  },
  {
    id: "immune_evasion",
    heading: "4. STAT3 induces the immune evasion",
    title: "4. STAT3 induces the immune evasion",
  },
  {
    id: "stemness",
    heading: "STAT3 maintains the Cancer Stem Cells",
    title: "STAT3 maintains the cancer stem cells",
  },
  { id: "tme", heading: "STAT3 in the tumor microenvironment", title: "STAT3 in the tumor microenvironment" },
  { id: "targeting", heading: "Targeting STAT3 in cancer", title: "Targeting STAT3 in cancer" },
  { id: "sh2_inhibitors", heading: "1. SH2 domain inhibitors", title: "1. SH2 domain inhibitors" },
  {
    id: "dbd_inhibitors",
    heading: "2. DNA binding domain inhibitors",
    title: "2. DNA binding domain inhibitors",
  },
  {
    id: "upstream_inhibitors",
    heading: "3. STAT3 upstream regulatory inhibitors",
    title: "3. STAT3 upstream regulatory inhibitors",
  },
  { id: "conclusion", heading: "CONCLUSION", title: "Conclusion" },
  { id: "fig1_legend", heading: "Figure 1. STAT3 signaling in cancer", title: "Figure 1 legend" },
  {
    id: "fig2_legend",
    heading: "Figure 2. The role of STAT3 signaling in the tumor microenvironment",
    title: "Figure 2 legend",
  },
  { id: "tables", heading: "Table 1. The target genes of STAT3", title: "Table captions" },
];

/** One-line normalisation used on both sides of every comparison. */
export function normalizeSpace(s: string): string {
  return s
    .replace(/\u2010|\u2011/g, "-") // Unicode hyphens ("IL‐6") → ASCII
    .replace(/\s+/g, " ")
    .trim();
}

/** Undo the PDF-extraction artefacts of one line-wrapped paragraph. */
function normalizeBlock(block: string): string {
  return normalizeSpace(
    block
      .replace(/[ \t]FO[ \t]*(?=\n|$)/g, "") // page marker at a line end
      .replace(/-[ \t]*\n\s*/g, "-"), // a hyphen at a line end is a real hyphen: join without a space
  );
}

export interface Sentence {
  section: SectionId;
  /** 0-based index in the whole text */
  index: number;
  text: string;
}

export interface ReviewText {
  /** the whole text normalised into one line per section, sections joined by "\n" */
  normalized: string;
  sections: { id: SectionId; text: string }[];
  sentences: Sentence[];
}

// Abbreviations after which a full stop does not end a sentence.
// "Fig 1. STAT3 signaling…" and "Table 2. Small molecule…" are labels, not sentences of their own.
const NO_BREAK_BEFORE = /(?:\bFig|\bFig \d+|\bTable \d+|\bvs|\be\.g|\bi\.e|\bet al)$/;

/** Split a normalised paragraph into sentences at ". " / "? " followed by a capital, digit or "(". */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.?!]\s+(?=[A-Z0-9(])/g;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const before = paragraph.slice(start, m.index);
    if (NO_BREAK_BEFORE.test(before)) continue;
    out.push(paragraph.slice(start, m.index + 1).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  // "molecule. (33, 34). Moreover" and "(22-24). (Fig. 1).": a bare reference or figure pointer after a
  // full stop belongs to the sentence before it.
  const merged: string[] = [];
  for (const piece of out) {
    if (merged.length > 0 && /^\((?:Fig|Table|[0-9])[^)]*\)\.?$/.test(piece))
      merged[merged.length - 1] += ` ${piece}`;
    else merged.push(piece);
  }
  return merged;
}

/** Parse the review's text into sections and sentences. Headings must match `SECTIONS` exactly. */
export function parseReview(raw: string): ReviewText {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  const headingAt = new Map<number, SectionId>();
  for (const s of SECTIONS) {
    const i = lines.findIndex((l) => normalizeSpace(l) === s.heading);
    if (i >= 0) headingAt.set(i, s.id);
  }
  const sections: { id: SectionId; text: string }[] = [];
  let current: SectionId | undefined;
  let buf: string[] = [];
  const flush = (): void => {
    if (current) sections.push({ id: current, text: normalizeBlock(buf.join("\n")) });
    buf = [];
  };
  lines.forEach((line, i) => {
    const id = headingAt.get(i);
    if (id) {
      flush();
      current = id;
    } else if (current && normalizeSpace(line) !== "FIGURE LEGEND") {
      // "FIGURE LEGEND" is a divider between the conclusion and the legends, not part of either.
      buf.push(line);
    }
  });
  flush();
  const sentences: Sentence[] = [];
  for (const s of sections) {
    for (const text of splitSentences(s.text))
      sentences.push({ section: s.id, index: sentences.length, text });
  }
  return { normalized: sections.map((s) => s.text).join("\n"), sections, sentences };
}

/** Reference numbers cited in a string: "(25-27)" → 25, 26, 27; "(99, 104-110)" → 99, 104…110. */
export function citedRefs(s: string): number[] {
  const out = new Set<number>();
  for (const m of s.matchAll(/\(([0-9][0-9,\s\-–]*)\)/g)) {
    for (const part of m[1]!.split(",")) {
      const [a, b] = part.split(/[-–]/).map((x) => Number.parseInt(x.trim(), 10));
      if (a === undefined || Number.isNaN(a)) continue;
      if (b !== undefined && !Number.isNaN(b)) for (let k = a; k <= b; k++) out.add(k);
      else out.add(a);
    }
  }
  return [...out].sort((x, y) => x - y);
}
