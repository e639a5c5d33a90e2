/**
 * Diagnostics of the engine: stable codes, clear messages, and where the problem is
 * (file, line, element). Bad input becomes an `EngineError` — never a stack trace, never
 * a silent wrong answer. The CLI prints `error[CODE] file:line <element id="…">: message`.
 */

export interface SourceLocation {
  file?: string;
  line?: number;
  column?: number;
  /** element name and id, e.g. `reaction id="R1"` */
  element?: string;
}

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  location?: SourceLocation;
  /** what the user can do about it */
  hint?: string;
}

/** Stable diagnostic codes. Never renumber; add at the end of each group. */
export const Codes = {
  // XML and MathML
  XML_SYNTAX: "E-XML-001",
  XML_ENTITY: "E-XML-002",
  XML_DOCTYPE: "E-XML-003",
  MATHML_UNKNOWN: "E-MATH-001",
  MATHML_ARITY: "E-MATH-002",
  MATHML_NUMBER: "E-MATH-003",
  /** infix formula (libSBML L3-like text: PEtab formulas, CLI --set) does not parse */
  INFIX_SYNTAX: "E-MATH-004",
  // SBML
  SBML_NOT_SBML: "E-SBML-001",
  SBML_LEVEL: "E-SBML-002",
  SBML_MISSING_ATTR: "E-SBML-003",
  SBML_BAD_VALUE: "E-SBML-004",
  SBML_DUPLICATE_ID: "E-SBML-005",
  SBML_UNKNOWN_REF: "E-SBML-006",
  SBML_UNSUPPORTED: "E-SBML-007",
  // model validation and compilation
  MODEL_UNDEFINED_SYMBOL: "E-MODEL-001",
  MODEL_CYCLIC_RULES: "E-MODEL-002",
  MODEL_OVERDETERMINED: "E-MODEL-003",
  MODEL_UNSUPPORTED: "E-MODEL-004",
  MODEL_BAD_FUNCTION_CALL: "E-MODEL-005",
  /** model-as-code builder: bad or duplicate declaration */
  MODEL_BUILDER: "E-MODEL-006",
  // simulation
  SIM_STEP_FAILURE: "E-SIM-001",
  SIM_MAX_STEPS: "E-SIM-002",
  SIM_BAD_SETTING: "E-SIM-003",
  SIM_BAD_SELECTION: "E-SIM-004",
  SIM_NONFINITE: "E-SIM-005",
  SIM_STEADY_STATE: "E-SIM-006",
  // logical (Boolean) models: MaBoSS .bnd/.cfg, BoolNet .bn, .bnet, SBML-qual
  /** the text of a logical-model file does not parse */
  LOGIC_SYNTAX: "E-LOGIC-001",
  /** a node, parameter or attribute is used but never defined */
  LOGIC_UNDEFINED: "E-LOGIC-002",
  /** a node or parameter is defined twice */
  LOGIC_DUPLICATE: "E-LOGIC-003",
  /** a run setting or option has a bad value */
  LOGIC_BAD_SETTING: "E-LOGIC-004",
  /** the requested exact analysis exceeds its size limit */
  LOGIC_TOO_LARGE: "E-LOGIC-005",
  /** a construct of the format the engine does not handle */
  LOGIC_UNSUPPORTED: "E-LOGIC-006",
} as const;

export type Code = (typeof Codes)[keyof typeof Codes];

/** The one error type the engine throws for bad input or a failed computation. */
export class EngineError extends Error {
  readonly diagnostic: Diagnostic;
  constructor(code: string, message: string, location?: SourceLocation, hint?: string) {
    super(formatDiagnostic({ code, severity: "error", message, location, hint }));
    this.name = "EngineError";
    this.diagnostic = { code, severity: "error", message, location, hint };
  }
}

/** Thrown when a model uses a construct the engine does not (yet) simulate; names the feature. */
export class UnsupportedFeatureError extends EngineError {
  readonly feature: string;
  constructor(feature: string, message: string, location?: SourceLocation) {
    super(Codes.MODEL_UNSUPPORTED, message, location);
    this.name = "UnsupportedFeatureError";
    this.feature = feature;
  }
}

export function formatLocation(loc?: SourceLocation): string {
  if (!loc) return "";
  const parts: string[] = [];
  if (loc.file) parts.push(loc.file + (loc.line !== undefined ? `:${loc.line}` : ""));
  else if (loc.line !== undefined) parts.push(`line ${loc.line}`);
  if (loc.element) parts.push(`<${loc.element}>`);
  return parts.join(" ");
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = formatLocation(d.location);
  return `${d.severity}[${d.code}]${where ? ` ${where}` : ""}: ${d.message}${d.hint ? ` (${d.hint})` : ""}`;
}
