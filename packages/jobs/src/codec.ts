/**
 * Exact JSON for chunk results crossing Redis or stored in SQLite. JSON numbers round-trip every
 * finite double exactly (ECMAScript's Number::toString prints the shortest digits that parse back to
 * the same double), but not NaN, ±Infinity or −0, nor typed arrays and Maps — those are tagged here so
 * that a result read back is identical, bit for bit, to the one computed.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function num(x: number): Json {
  if (Number.isFinite(x) && !Object.is(x, -0)) return x;
  return { $n: Object.is(x, -0) ? "-0" : String(x) };
}

function unnum(s: string): number {
  if (s === "-0") return -0;
  if (s === "NaN") return Number.NaN;
  if (s === "Infinity") return Number.POSITIVE_INFINITY;
  if (s === "-Infinity") return Number.NEGATIVE_INFINITY;
  throw new Error(`codec: bad number tag "${s}"`);
}

/** Value → JSON-safe tree (Float64Array, Int32Array, Map, non-finite and −0 numbers tagged). */
export function encodeValue(v: unknown): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return num(v);
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Float64Array) return { $f64: Array.from(v, num) };
  if (v instanceof Int32Array) return { $i32: Array.from(v) };
  if (v instanceof Map) return { $map: [...v].map(([k, x]) => [encodeValue(k), encodeValue(x)]) };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (typeof v === "object") {
    const out: { [k: string]: Json } = {};
    for (const [k, x] of Object.entries(v))
      if (x !== undefined) out[k.startsWith("$") ? `$${k}` : k] = encodeValue(x);
    return out;
  }
  throw new Error(`codec: cannot encode a ${typeof v}`);
}

function numOf(x: Json): number {
  if (typeof x === "number") return x;
  if (x && typeof x === "object" && !Array.isArray(x) && typeof x.$n === "string") return unnum(x.$n);
  throw new Error("codec: expected a number");
}

/** Inverse of `encodeValue`. */
export function decodeValue(j: Json): unknown {
  if (j === null || typeof j !== "object") return j;
  if (Array.isArray(j)) return j.map(decodeValue);
  const keys = Object.keys(j);
  if (keys.length === 1) {
    const k = keys[0];
    const x = j[k];
    if (k === "$n" && typeof x === "string") return unnum(x);
    if (k === "$f64" && Array.isArray(x)) return Float64Array.from(x, numOf);
    if (k === "$i32" && Array.isArray(x)) return Int32Array.from(x as number[]);
    if (k === "$map" && Array.isArray(x))
      return new Map((x as Json[][]).map(([a, b]) => [decodeValue(a), decodeValue(b)]));
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k.startsWith("$$") ? k.slice(1) : k] = decodeValue(j[k]);
  return out;
}

export const toJsonText = (v: unknown): string => JSON.stringify(encodeValue(v));
export const fromJsonText = (s: string): unknown => decodeValue(JSON.parse(s) as Json);

/** Canonical JSON (keys sorted) — the input of the content hash of a job. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== "object") {
    if (typeof v === "number" && !Number.isFinite(v))
      throw new Error("canonicalJson: non-finite number in a job spec");
    return JSON.stringify(v);
  }
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(",")}}`;
}
