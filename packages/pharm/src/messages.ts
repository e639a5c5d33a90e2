/**
 * Diagnostics of @stat3/pharm: stable codes. Errors are the engine's `EngineError`, so every front end
 * prints them the same way (`error[E-PHARM-001] …`). Never renumber; add at the end of a group.
 */
export const PharmCodes = {
  // dose–response fits
  PHARM_BAD_DATA: "E-PHARM-001", // too few points, non-finite values, negative doses, length mismatch
  PHARM_BAD_BOUNDS: "E-PHARM-002", // lower > upper, start outside bounds
  // combination matrices and synergy
  PHARM_BAD_MATRIX: "E-PHARM-101", // not rectangular, no zero-dose row/column, doses not increasing
  PHARM_BAD_MODEL: "E-PHARM-102", // unknown synergy reference model
  // tables (CSV)
  PHARM_CSV: "E-PHARM-201", // missing column, unreadable number (names the line)
  // regimens
  PHARM_BAD_REGIMEN: "E-PHARM-301",
} as const;
