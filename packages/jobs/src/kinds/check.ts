/** Small validators for untrusted job data: each failure names the field (EngineError SIM_BAD_SETTING). */
import { Codes, EngineError } from "@stat3/engine";
import { sha256 } from "../hash.js";

export const bad = (kind: string, msg: string) =>
  new EngineError(Codes.SIM_BAD_SETTING, `job ${kind}: ${msg}`);

export type Obj = Record<string, unknown>;

export function obj(v: unknown, kind: string, what: string, allowed?: readonly string[]): Obj {
  if (!v || typeof v !== "object" || Array.isArray(v)) throw bad(kind, `${what} must be an object`);
  if (allowed)
    for (const k of Object.keys(v))
      if (!allowed.includes(k))
        throw bad(kind, `${what}: unknown field "${k}" (allowed: ${allowed.join(", ")})`);
  return v as Obj;
}

export function str(v: unknown, kind: string, what: string, max = 50_000_000): string {
  if (typeof v !== "string") throw bad(kind, `${what} must be a string`);
  if (v.length > max) throw bad(kind, `${what} is longer than ${max} characters`);
  return v;
}

export function optStr(v: unknown, kind: string, what: string): string | undefined {
  return v === undefined ? undefined : str(v, kind, what, 10_000);
}

export function numv(v: unknown, kind: string, what: string): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw bad(kind, `${what} must be a finite number`);
  return v;
}

export function optNum(v: unknown, kind: string, what: string): number | undefined {
  return v === undefined ? undefined : numv(v, kind, what);
}

export function int(v: unknown, kind: string, what: string, min: number, max: number): number {
  const x = numv(v, kind, what);
  if (!Number.isInteger(x) || x < min || x > max)
    throw bad(kind, `${what} must be an integer in [${min}, ${max}]`);
  return x;
}

export function numRecord(v: unknown, kind: string, what: string): Record<string, number> {
  const o = obj(v, kind, what);
  const out: Record<string, number> = {};
  for (const [k, x] of Object.entries(o)) out[k] = numv(x, kind, `${what}.${k}`);
  return out;
}

export function strList(v: unknown, kind: string, what: string, maxLen = 100_000): string[] {
  if (!Array.isArray(v) || v.length > maxLen) throw bad(kind, `${what} must be a list (≤ ${maxLen})`);
  return v.map((x, i) => str(x, kind, `${what}[${i}]`, 10_000));
}

export function numList(v: unknown, kind: string, what: string, maxLen = 1_000_000): number[] {
  if (!Array.isArray(v) || v.length > maxLen)
    throw bad(kind, `${what} must be a list of numbers (≤ ${maxLen})`);
  return v.map((x, i) => numv(x, kind, `${what}[${i}]`));
}

/** A model travels by content and hash; the hash is checked so a worker never runs a model it did not expect. */
export function checkedContent(v: unknown, kind: string, what: string): { content: string; hash: string } {
  const o = obj(v, kind, what);
  const content = str(o.content, kind, `${what}.content`);
  const hash = sha256(content);
  if (o.hash !== undefined && o.hash !== hash)
    throw bad(kind, `${what}.hash does not match the content's SHA-256`);
  return { content, hash };
}
