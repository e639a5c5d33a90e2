/**
 * Compile stage 7 — verify: run the generated code once at t = 0 on the file's values and report
 * any quantity that is not finite, by name. Not an error by itself (a model may legitimately start
 * at NaN in a quantity nobody reads, and an initial value may be set later by the caller), but a
 * warning the CLI shows; the simulator re-checks the state it integrates and fails clearly.
 */
import type { GeneratedFunctions, ModelLayout } from "./types.js";

export function verifyCompiled(layout: ModelLayout, fns: GeneratedFunctions, base: Float64Array): string[] {
  const y = new Float64Array(layout.nStates);
  const p = new Float64Array(layout.nParams);
  const w = new Float64Array(layout.nAssigned);
  const dy = new Float64Array(layout.nStates);
  const warnings: string[] = [];
  try {
    fns.initialize(0, base, new Uint8Array(base.length), y, p, w);
    fns.assign(0, y, p, w);
    fns.deriv(0, y, p, w, dy);
  } catch (err) {
    warnings.push(`evaluating the model at t = 0 failed: ${(err as Error).message}`);
    return warnings;
  }
  const bad = (ids: string[], v: Float64Array, what: string) => {
    const names: string[] = [];
    for (let i = 0; i < v.length; i++)
      if (!Number.isFinite(v[i]) && !ids[i].startsWith("\u0000")) names.push(ids[i]);
    if (names.length > 0)
      warnings.push(
        `${what} not finite at t = 0: ${names.slice(0, 10).join(", ")}${names.length > 10 ? ", …" : ""}`,
      );
  };
  bad(layout.stateIds, y, "initial state");
  bad(layout.stateIds, dy, "rate of change");
  bad(layout.assignedIds, w, "assigned value");
  return warnings;
}
