/**
 * The model IR: plain typed data that every format reads into and writes from (SBML L2/L3,
 * model-as-code, later PEtab's SBML). Math is always an `Expr` AST, never a string.
 *
 * Conventions (resolved by readers, so that later stages never look at SBML level/version):
 * - Defaults of the source format are made explicit (e.g. L2 `hasOnlySubstanceUnits=false`,
 *   L2 event `useValuesFromTriggerTime=true`, L2 trigger `persistent=true`, `initialValue=true`).
 * - A value that the file leaves unset stays `undefined` (it may come from an initial assignment).
 * - `loc` points back to the file and line the element came from, for diagnostics.
 */
import type { Expr } from "../expr/ast.js";
import type { SourceLocation } from "../messages.js";

/** One factor of an SBML unit definition: (multiplier * 10^scale * kind)^exponent. */
export interface Unit {
  kind: string;
  exponent: number;
  scale: number;
  multiplier: number;
}

export interface UnitDefinition {
  id: string;
  name?: string;
  units: Unit[];
}

/** MIRIAM/identifiers.org annotations, notes and SBO terms, kept for round trips. */
export interface Annotated {
  metaid?: string;
  sboTerm?: string;
  name?: string;
  /** qualifier (e.g. "bqbiol:is") → resource URIs */
  cvTerms?: { qualifier: string; resources: string[] }[];
  /** XHTML notes, kept verbatim as serialised XML */
  notes?: string;
  /** other annotation XML, kept verbatim */
  annotationXml?: string;
  loc?: SourceLocation;
}

export interface FunctionDefinition extends Annotated {
  id: string;
  /** a `lambda` expression */
  math: Expr;
}

export interface Compartment extends Annotated {
  id: string;
  /** 0..3; may be non-integer in L3; undefined if unset in L3 */
  spatialDimensions?: number;
  size?: number;
  units?: string;
  constant: boolean;
  /** L2 `outside`, kept for round trips only */
  outside?: string;
}

export interface Species extends Annotated {
  id: string;
  compartment: string;
  initialAmount?: number;
  initialConcentration?: number;
  substanceUnits?: string;
  hasOnlySubstanceUnits: boolean;
  boundaryCondition: boolean;
  constant: boolean;
  conversionFactor?: string;
  /** L2 `charge`, kept for round trips only */
  charge?: number;
}

export interface Parameter extends Annotated {
  id: string;
  value?: number;
  units?: string;
  constant: boolean;
}

export interface InitialAssignment extends Annotated {
  /** id of a compartment, species, parameter or species reference */
  symbol: string;
  math: Expr;
}

export type Rule =
  | (Annotated & { kind: "assignment"; variable: string; math: Expr })
  | (Annotated & { kind: "rate"; variable: string; math: Expr })
  | (Annotated & { kind: "algebraic"; math: Expr });

export interface SpeciesReference extends Annotated {
  /** L3 (and L2V2+) id: a symbol whose value is the stoichiometry */
  id?: string;
  species: string;
  /** undefined when unset in L3 (then it must come from an initial assignment or rule) */
  stoichiometry?: number;
  /** L3: whether the stoichiometry may change (rules, events); L2 with stoichiometryMath: false */
  constant: boolean;
  /** L2 stoichiometryMath */
  stoichiometryMath?: Expr;
}

export interface ModifierSpeciesReference extends Annotated {
  id?: string;
  species: string;
}

export interface KineticLaw extends Annotated {
  math: Expr;
  /** L3 localParameter / L2 kinetic-law parameter; shadows globals inside `math` */
  localParameters: Parameter[];
}

export interface Reaction extends Annotated {
  id: string;
  reversible: boolean;
  fast: boolean;
  compartment?: string;
  reactants: SpeciesReference[];
  products: SpeciesReference[];
  modifiers: ModifierSpeciesReference[];
  kineticLaw?: KineticLaw;
}

export interface EventAssignment extends Annotated {
  variable: string;
  math: Expr;
}

export interface Event extends Annotated {
  id?: string;
  useValuesFromTriggerTime: boolean;
  trigger: { math: Expr; initialValue: boolean; persistent: boolean; loc?: SourceLocation };
  delay?: Expr;
  priority?: Expr;
  assignments: EventAssignment[];
}

export interface Constraint extends Annotated {
  math: Expr;
  message?: string;
}

export interface Model extends Annotated {
  id: string;
  /** where the model came from, e.g. { format: "sbml", level: 3, version: 2 } */
  source?: { format: string; level?: number; version?: number; file?: string };
  substanceUnits?: string;
  timeUnits?: string;
  volumeUnits?: string;
  areaUnits?: string;
  lengthUnits?: string;
  extentUnits?: string;
  /** model-wide species conversion factor (a parameter id) */
  conversionFactor?: string;
  functionDefinitions: FunctionDefinition[];
  unitDefinitions: UnitDefinition[];
  compartments: Compartment[];
  species: Species[];
  parameters: Parameter[];
  initialAssignments: InitialAssignment[];
  rules: Rule[];
  constraints: Constraint[];
  reactions: Reaction[];
  events: Event[];
}

/** An empty model, for builders and readers to fill. */
export function emptyModel(id: string): Model {
  return {
    id,
    functionDefinitions: [],
    unitDefinitions: [],
    compartments: [],
    species: [],
    parameters: [],
    initialAssignments: [],
    rules: [],
    constraints: [],
    reactions: [],
    events: [],
  };
}
