/**
 * Diagnostics of the PEtab reader: stable codes (never renumber; append at the end), and errors that
 * name the file, the line (1-based, the header being line 1) and the column of a table.
 * The error class is the engine's `EngineError`, so the CLI prints every diagnostic the same way.
 */
import { EngineError, type SourceLocation } from "@stat3/engine";

export const PetabCodes = {
  PETAB_YAML_SYNTAX: "E-PETAB-001",
  PETAB_YAML_SCHEMA: "E-PETAB-002",
  PETAB_TABLE_SYNTAX: "E-PETAB-003",
  PETAB_MISSING_COLUMN: "E-PETAB-004",
  PETAB_BAD_VALUE: "E-PETAB-005",
  PETAB_DUPLICATE_ID: "E-PETAB-006",
  PETAB_UNKNOWN_ID: "E-PETAB-007",
  PETAB_UNSUPPORTED: "E-PETAB-008",
  PETAB_FILE: "E-PETAB-009",
} as const;

export type PetabCode = (typeof PetabCodes)[keyof typeof PetabCodes];

export function petabError(
  code: PetabCode,
  message: string,
  location?: SourceLocation,
  hint?: string,
): EngineError {
  return new EngineError(code, message, location, hint);
}
