/**
 * Work caps: what one request may ask for. Every cap gives a clear 4xx (413 or 422) naming the cap,
 * never a hung worker. Values are defaults a laptop handles in well under a second per request; the
 * job endpoints allow more because they run off the request thread.
 */
export const LIMITS = {
  /** request body, bytes (SBML uploads included) */
  bodyBytes: 4 * 1024 * 1024,
  /** output points of one simulation */
  maxPoints: 5001,
  /** simulated horizon (model time units, minutes for the STAT3 model) */
  maxEnd: 10 * 24 * 60,
  /** horizon × points: the work of one simulation */
  maxWork: 2_000_000,
  /** selections (columns) of one simulation */
  maxSelections: 200,
  /** doses of one dose–response job */
  maxDoses: 24,
  /** combination matrix side */
  maxMatrix: 8,
  /** Monte-Carlo samples of a logical (MaBoSS) run */
  maxSamples: 20000,
  /** starts of a fit */
  maxStarts: 20,
  /** iterations of one start of a fit (evaluations are capped at 4 × the iterations) */
  maxFitIterations: 500,
  /** estimated parameters of a fitted problem */
  maxFitParameters: 60,
  /** species + reactions + rules + events of an uploaded model (compile time and memory grow with it) */
  maxModelElements: 5000,
  /** wall-clock seconds of one fit job: no start begins after it and the running one stops at it */
  maxFitSeconds: 300,
  /** rows of an uploaded PEtab measurement table (Sobotta 2017, the largest problem we ship, has 2220) */
  maxMeasurements: 20_000,
  /** integrator steps of one simulation (libRoadRunner's maximum_num_steps) */
  maxSteps: 200_000,
  /** jobs queued or running at once */
  maxQueuedJobs: 32,
} as const;

export class LimitError extends Error {
  readonly statusCode: number;
  readonly code: string;
  constructor(message: string, statusCode = 422, code = "E-LIMIT") {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
  }
}

/** Check the work of one simulation: horizon, points and their product. */
export function checkWork(end: number, points: number, selections = 0): void {
  if (points > LIMITS.maxPoints)
    throw new LimitError(`points = ${points} is above the cap of ${LIMITS.maxPoints} per simulation`);
  if (end > LIMITS.maxEnd)
    throw new LimitError(`end = ${end} is above the cap of ${LIMITS.maxEnd} time units`);
  if (end * points > LIMITS.maxWork)
    throw new LimitError(
      `end × points = ${end * points} is above the cap of ${LIMITS.maxWork} (ask for fewer points or a shorter horizon)`,
    );
  if (selections > LIMITS.maxSelections)
    throw new LimitError(`${selections} selections is above the cap of ${LIMITS.maxSelections}`);
}
