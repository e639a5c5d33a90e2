/**
 * Stable diagnostic codes of the tumour-microenvironment model (errors are the engine's EngineError).
 * Never renumber; add at the end.
 */
export const TmeCodes = {
  TME_UNKNOWN_SCENARIO: "E-TME-001",
  TME_UNKNOWN_AGENT: "E-TME-002",
  TME_BAD_DOSE: "E-TME-003", // unparsable --therapy text or unknown unit
  TME_BAD_OPTION: "E-TME-004", // days ≤ 0, bad schedule window, …
} as const;
