/**
 * Diagnostics of @stat3/stat3: stable codes for the knowledge base (and, later, the models). Errors are
 * the engine's `EngineError`, so every front end prints them the same way:
 * `error[E-KB-001] <interaction id="…">: message`. Never renumber; add at the end of a group.
 */
export { EngineError } from "@stat3/engine";

export const KbCodes = {
  // knowledge base content
  KB_DUPLICATE_ID: "E-KB-001",
  KB_UNKNOWN_REF: "E-KB-002", // an interaction, row or member names an entity id that does not exist
  KB_CITATION_RANGE: "E-KB-003", // a reference number outside 1..referenceCount
  KB_BAD_ID: "E-KB-004", // an id not in the stable-id alphabet
  KB_EVIDENCE: "E-KB-005", // an interaction without evidence, or with both review and outside evidence
  KB_TABLE_ROW: "E-KB-006", // a table row inconsistent with the interactions it cites
  // queries
  KB_UNKNOWN_ID: "E-KB-101",
  KB_BAD_QUERY: "E-KB-102",
  KB_BAD_FORMAT: "E-KB-103",
  // maps
  MAP_UNKNOWN_FIGURE: "E-MAP-001",
} as const;
