/**
 * Errors to HTTP: engine diagnostics (bad SBML, unknown drug, bad settings) are the client's fault → 400
 * with the diagnostic's stable code; caps → 413/422; anything else is ours → 500 without a stack trace.
 */
import { EngineError } from "@stat3/engine";
import { LimitError } from "./limits.js";

export interface ErrorBody {
  error: { code: string; message: string; hint?: string; line?: number };
}

export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  constructor(statusCode: number, code: string, message: string) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
  }
}

export function errorBody(e: unknown): { statusCode: number; body: ErrorBody } {
  if (e instanceof LimitError || e instanceof HttpError)
    return { statusCode: e.statusCode, body: { error: { code: e.code, message: e.message } } };
  if (e instanceof EngineError) {
    const d = e.diagnostic;
    const error: ErrorBody["error"] = { code: d.code, message: d.message };
    if (d.hint) error.hint = d.hint;
    if (d.location?.line !== undefined) error.line = d.location.line;
    return { statusCode: 400, body: { error } };
  }
  // PEtab / fit errors carry a code too
  const maybe = e as { code?: unknown; message?: unknown; diagnostic?: { code: string; message: string } };
  if (maybe?.diagnostic?.code)
    return {
      statusCode: 400,
      body: { error: { code: maybe.diagnostic.code, message: maybe.diagnostic.message } },
    };
  return {
    statusCode: 500,
    body: {
      error: { code: "E-INTERNAL", message: `internal error: ${String(maybe?.message ?? e).split("\n")[0]}` },
    },
  };
}
