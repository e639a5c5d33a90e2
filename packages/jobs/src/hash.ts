import { createHash } from "node:crypto";
import { canonicalJson } from "./codec.js";
import type { JobSpec } from "./types.js";

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/**
 * Job id = SHA-256 of the canonical spec (model content included): resubmitting the same job finds
 * its stored chunks and resumes; any change (model, parameters, chunk size) is a new job.
 */
export function jobIdOf(spec: JobSpec): string {
  return sha256(canonicalJson({ kind: spec.kind, params: spec.params }));
}
