/**
 * @stat3/stat3 — the review as a knowledge base, and the STAT3 models built from it.
 *
 * Table of contents:
 *   1. knowledge base      kb/ — entities, interactions, Table 1, Table 2, Fig. 2 (issue 3)
 */
export const REVIEW_ID = "stat3-review";
