/**
 * @stat3/engine — the simulation engine of STAT3 Lab. Isomorphic: nothing here imports Node-only
 * modules, so the same code runs in Node and in a browser Web Worker.
 *
 * Table of contents (the pipeline, in order):
 *   1. diagnostics          messages.ts — stable codes, EngineError
 *   2. expressions          expr/ — the one AST and its pure passes
 *   3. model IR             model/ — plain typed data every format reads into
 *   4. formats              xml/, sbml/ — safe XML, MathML, SBML L2/L3 read and write
 *   5. numerics             solvers/ — linear algebra, ODE integrators, registry
 *   6. compile              compile/ — model → compiled model (generated rhs, Jacobian, events)
 *   7. simulate             simulate/ — time courses with events and delays, steady states
 *   7b. sensitivities       sensitivities/ — forward sensitivities (∂y/∂θ) for gradients
 *   8. logical models       logical/ — BoolNet/BNET/MaBoSS/SBML-qual, attractors, MaBoSS simulation
 */

// 1. diagnostics
export * from "./messages.js";

// 2. expressions
export * from "./expr/ast.js";
export { readMathML, writeMathML, type MathMLContext, type WriteMathMLOptions } from "./expr/mathml.js";
export { runtimeHelpers, AVOGADRO, type RuntimeHelpers } from "./expr/runtime.js"; // helpers M.* of generated code
export { isBoolean, exprEquals, isOp, checkArity, exprSize } from "./expr/ops.js"; // operator facts shared by passes
export { evaluate, evaluateBool, type EvalEnv } from "./expr/evaluate.js"; // reference interpreter
export { inlineFunctions, substitute, freeSymbols, containsOp, calledFunctions } from "./expr/inline.js";
export { emitJs, emitJsCondition, compileExpression, jsNumber, type JsEmitContext, type CompiledExpression } from "./expr/codegen-js.js";
export { simplify, isFiniteSafe } from "./expr/simplify.js"; // exact-preserving algebraic simplification
export { differentiate, differentiateRaw } from "./expr/differentiate.js"; // symbolic derivative (Jacobians)
export { toInfix, type InfixOptions } from "./expr/infix-print.js"; // libSBML L3 / PEtab infix text
export { parseInfix, type ParseInfixOptions } from "./expr/infix-parse.js";

// 3. model IR
export * from "./model/types.js";
export { ModelBuilder, UNIT_DEFINITIONS, type BuilderXrefs, type ParamInfo, type SpeciesInfo, type ReactionInfo } from "./model/builder.js"; // model as code
export * as motifs from "./model/motifs.js"; // bind, phosphorylate, dimerise, transcribe… on a ModelBuilder

// 4. formats
export { parseXml, serializeXml, type XmlDocument, type XmlElement, type XmlNode } from "./xml/parse.js";
export { readSBML, type ReadSBMLOptions } from "./sbml/read.js";
export { writeSBML, type WriteSBMLOptions } from "./sbml/write.js";

// 5. numerics
export * from "./solvers/types.js";
export { luFactor, luSolve } from "./solvers/linalg/dense-lu.js";
export { registerSolver, getSolver, listSolvers, makeIntegrator, resolveOptions, commonOdeSettings } from "./solvers/registry.js";
export type { SolverSettings } from "./solvers/registry.js";
export { Dopri5 } from "./solvers/ode/dopri5/dopri5.js";
export { Tsit5 } from "./solvers/ode/tsit5/tsit5.js";
export { Rosenbrock } from "./solvers/ode/rosenbrock/rosenbrock.js";
export { RODAS4, RODAS5P, type RosenbrockTableau } from "./solvers/ode/rosenbrock/tableaus.js";
export { AutoSwitching, type StiffFactory, type StiffPartner } from "./solvers/ode/auto.js";
export { FiniteDifferenceJacobian } from "./solvers/ode/jacobian-fd.js";
export * as problemLibrary from "./solvers/problem-library/index.js";
export { errorNormRms, toleranceVector, initialStepHairer, type InternalIntegratorOptions } from "./solvers/ode/common.js";
export { BdfIntegrator, createBdf, type BdfOptions } from "./solvers/ode/bdf/bdf.js"; // CVODE-style BDF 1–5
export { SparseLU, minimumDegreeOrder } from "./solvers/linalg/sparse-lu.js";

// 6. compile
export { compileModel, toOdeSystem, type CompileOptions } from "./compile/index.js"; // Model → CompiledModel
export type { CompiledModel, ModelLayout, SymbolEntry, GeneratedFunctions, DelayHistory, CompiledEventInfo } from "./compile/types.js";

// 7. simulate
export { simulate, initialState, outputTimes, type SimulateOptions, type Solution, type FiredEvent } from "./simulate/simulate.js"; // time courses with events and delays
export { parseSelection, type ParsedSelection } from "./simulate/selections.js"; // libRoadRunner selection syntax
export { steadyState, type SteadyStateOptions, type SteadyStateResult } from "./solvers/steady-state.js"; // damped Newton + integration fallback

// 7b. sensitivities (forward sensitivity analysis: symbolic ∂f/∂p, augmented BDF, initial-condition sensitivities)
export { sensitivityFunctions, type SensitivityFunctions, type OutputFunction } from "./sensitivities/symbolic.js";
export { ForwardSensitivitySolver, type ForwardOptions, type ForwardRun, type ForwardResult, type SteadyStateRunResult } from "./sensitivities/forward.js";
export { initialSensitivities, type InitialSensitivities } from "./sensitivities/initial.js";
export { AdjointSensitivitySolver, type AdjointOptions, type AdjointForwardRun, type AdjointForwardResult, type AdjointBackwardRun, type AdjointBackwardResult } from "./sensitivities/adjoint.js"; // adjoint gradient (Cao et al. 2003)
export { baseValues } from "./simulate/simulate.js"; // base values + fixed flags as initialize() takes them

// 8. logical models (the whole module as `logical.*`; the front doors also at top level)
export * as logical from "./logical/index.js";
export { readLogical, findAttractors, fixedPoints, simulateMaBoSS, simulateJson, readMaBoSSConfig, compileLogical } from "./logical/index.js";
export type { LogicalNetwork, LogicalNode, LExpr, AttractorResult, MaBoSSResult, MaBoSSRun, ChunkResult } from "./logical/index.js";
