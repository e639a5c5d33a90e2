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
export {
  type Attractor,
  type AttractorOptions,
  type AttractorResult,
  enclosingTrapSpace,
  findAttractors,
  fixedPoints,
  type UpdateScheme,
} from "./attractors.js";
export { type ReadBoolNetOptions, readBnet, readBoolNet, writeBnet } from "./bnet.js";
export {
  type CompiledLogical,
  type CompileLogicalOptions,
  compileLogical,
  foldExpr,
  getBit,
  parseStateString,
  setBit,
  stateString,
} from "./compile.js";
export {
  emptyConfig,
  evalConst,
  type IStateGroup,
  MABOSS_SETTINGS,
  type MaBoSSConfig,
  type ReadMaBoSSOptions,
  readMaBoSSConfig,
  readMaBoSSNetwork,
  resolveParameters,
  writeMaBoSSConfig,
  writeMaBoSSNetwork,
} from "./maboss.js";
export {
  CHUNK,
  type ChunkResult,
  chunksOf,
  finalizeResult,
  type IStateSampler,
  type MaBoSSResult,
  type MaBoSSRun,
  mergeChunks,
  nTicksOf,
  type RunOverrides,
  resolveRun,
  type StateProb,
  simulateChunk,
  simulateJson,
  simulateMaBoSS,
  type TickResult,
} from "./maboss-sim.js";
export { type Mutations, mutate, parseFixes, type RateChange } from "./mutate.js";
export { Xoshiro128 } from "./prng.js";
export { formatOf, readLogical } from "./read.js";
export { QUAL_NS, readSbmlQual, writeSbmlQual } from "./sbml-qual.js";
