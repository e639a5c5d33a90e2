/**
 * Logical (Boolean) models — table of contents:
 *   ast.ts         the expression AST (logic and MaBoSS rates) and the network IR
 *   lexer.ts       tokens and the shared expression parser
 *   bnet.ts        BoolNet .bn and .bnet read/write
 *   maboss.ts      MaBoSS .bnd/.cfg read/write, parameters
 *   sbml-qual.ts   SBML L3 qual (Boolean) read/write
 *   read.ts        one reader by file extension
 *   mutate.ts      knock-out / over-expression / rate changes
 *   compile.ts     bit-packed states, generated synchronous step and MaBoSS rate functions
 *   attractors.ts  synchronous/asynchronous attractors (exact and random-walk), fixed points
 *   prng.ts        xoshiro128** seeded streams
 *   maboss-sim.ts  MaBoSS continuous-time simulation in chunks, merge, estimates, JSON contract
 */
export * from "./ast.js";
export { readBoolNet, readBnet, writeBnet, type ReadBoolNetOptions } from "./bnet.js";
export {
  readMaBoSSNetwork,
  readMaBoSSConfig,
  writeMaBoSSNetwork,
  writeMaBoSSConfig,
  resolveParameters,
  emptyConfig,
  evalConst,
  MABOSS_SETTINGS,
  type MaBoSSConfig,
  type IStateGroup,
  type ReadMaBoSSOptions,
} from "./maboss.js";
export { readSbmlQual, writeSbmlQual, QUAL_NS } from "./sbml-qual.js";
export { readLogical, formatOf } from "./read.js";
export { mutate, parseFixes, type Mutations, type RateChange } from "./mutate.js";
export { compileLogical, foldExpr, stateString, parseStateString, getBit, setBit, type CompiledLogical, type CompileLogicalOptions } from "./compile.js";
export { findAttractors, fixedPoints, type Attractor, type AttractorOptions, type AttractorResult, type UpdateScheme } from "./attractors.js";
export { Xoshiro128 } from "./prng.js";
export {
  CHUNK,
  resolveRun,
  simulateChunk,
  mergeChunks,
  finalizeResult,
  chunksOf,
  nTicksOf,
  simulateMaBoSS,
  simulateJson,
  type MaBoSSRun,
  type RunOverrides,
  type ChunkResult,
  type MaBoSSResult,
  type TickResult,
  type StateProb,
  type IStateSampler,
} from "./maboss-sim.js";
