/**
 * The review, cited once. Its text (shared/seed/000_bf640c73cefc563f.txt) is a PDF extraction that
 * starts at the abstract: it carries no title, authors, journal, year, DOI or reference list, so those
 * fields are left empty rather than guessed. References are cited by the review's own numbers (1-110).
 */
import type { ReviewMeta } from "../types.js";

export const REVIEW: ReviewMeta = {
  id: "stat3-review",
  title:
    "Review of STAT3 in cancer and the tumor microenvironment, and inhibitors of STAT3 signaling (title not in the text)",
  authors: [],
  referenceCount: 110,
  file: "shared/seed/000_bf640c73cefc563f.txt",
  sha: "sha256:f998b7c7bd4a94bd172231e03d7afec9b3beb0eff2ffb13c604f77297b86c409",
  note:
    "Plain-text extraction of a review article (abstract, introduction, sections on proliferation/survival, " +
    "angiogenesis, metastasis, immune evasion, cancer stem cells, the tumour microenvironment, targeting STAT3, " +
    "conclusion, legends of Fig. 1 and Fig. 2, captions of Tables 1 and 2). Title, authors, journal, year and the " +
    "reference list are not in the text; the highest reference number cited is 110. The tables' bodies are not " +
    "in the text either: Table 1 and Table 2 here are reconstructed from the prose and the figure legends.",
};
