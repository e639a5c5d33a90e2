/**
 * Compile stage 6 — link: turn the emitted bodies into functions with one `new Function` call.
 * The text contains only compiler-made snippets (vector reads like `y[3]`, numbers, `Math.*`,
 * `M.*` runtime helpers): no identifier from the model reaches it.
 *
 * V8 does not optimise very large functions (TurboFan gives up past a bytecode-size limit), so a
 * body of more than CHUNK statements is split into sub-functions called in sequence.
 * Linked functions are cached by the hash of the generated text.
 */
import { runtimeHelpers } from "../expr/runtime.js";
import type { Emitted, EmittedFunction } from "./emit.js";
import type { DelayHistory, GeneratedFunctions } from "./types.js";

const CHUNK = 100;

export interface Linked {
  fns: GeneratedFunctions;
  source: string;
  hash: string;
  setHistory(h: DelayHistory | null): void;
}

function renderFunction(f: EmittedFunction, out: string[]): void {
  if (!f.splittable || f.body.length <= CHUNK) {
    out.push(`function ${f.name}(${f.params}) {\n  ${f.body.join("\n  ")}\n}`);
    return;
  }
  const calls: string[] = [];
  for (let c = 0; c * CHUNK < f.body.length; c++) {
    const name = `${f.name}_${c}`;
    out.push(
      `function ${name}(${f.params}) {\n  ${f.body.slice(c * CHUNK, (c + 1) * CHUNK).join("\n  ")}\n}`,
    );
    calls.push(`${name}(${f.params});`);
  }
  out.push(`function ${f.name}(${f.params}) {\n  ${calls.join("\n  ")}\n}`);
}

/** FNV-1a 32-bit hash, twice with different seeds, as hex (a cache key, not a security measure). */
export function hashText(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

type Factory = (M: unknown, D: unknown) => Record<string, unknown>;
const cache = new Map<string, Factory>();

export function link(em: Emitted): Linked {
  const parts: string[] = ['"use strict";'];
  for (const f of em.functions) renderFunction(f, parts);
  const nEv = em.eventFunctions.length;
  for (const ef of em.eventFunctions) {
    renderFunction(ef.values, parts);
    renderFunction(ef.apply, parts);
    renderFunction(ef.delay, parts);
    renderFunction(ef.priority, parts);
    renderFunction(ef.root, parts);
  }
  for (const d of em.delayed) renderFunction(d, parts);
  const list = (prefix: string, n: number) =>
    `[${Array.from({ length: n }, (_, k) => `${prefix}${k}`).join(", ")}]`;
  parts.push(
    `const EV = ${list("ev", nEv)}, EA = ${list("ea", nEv)}, ED = ${list("ed", nEv)}, EP = ${list("ep", nEv)}, ER = ${list("er", nEv)};`,
  );
  parts.push(`const DX = ${list("dx", em.delayed.length)};`);
  const hasJac = em.functions.some((f) => f.name === "jac");
  parts.push(`return {
  assign, assignRhs, deriv, initialize, triggers,${hasJac ? " jac," : ""}
  eventValues(k, t, y, p, w, o) { EV[k](t, y, p, w, o); },
  eventApply(k, v, y, p, w) { EA[k](v, y, p, w); },
  eventDelay(k, t, y, p, w) { return ED[k](t, y, p, w); },
  eventPriority(k, t, y, p, w) { return EP[k](t, y, p, w); },
  eventRoot(k, t, y, p, w) { return ER[k](t, y, p, w); },
  delayed(k, t, y, p, w) { return DX[k](t, y, p, w); },
};`);
  const source = parts.join("\n");
  const hash = hashText(source);
  let factory = cache.get(hash);
  if (!factory) {
    factory = new Function("M", "D", source) as Factory;
    if (cache.size > 200) cache.clear();
    cache.set(hash, factory);
  }
  // delay lookups go through the installed history; without one (at t0) the past is the present
  let history: DelayHistory | null = null;
  let fns: GeneratedFunctions;
  const D = (
    k: number,
    tPast: number,
    t: number,
    y: Float64Array,
    p: Float64Array,
    w: Float64Array,
  ): number => {
    if (history && tPast < t && !history.busy) return history.valueAt(k, tPast);
    return fns.delayed(k, t, y, p, w);
  };
  fns = factory(runtimeHelpers, D) as unknown as GeneratedFunctions;
  return {
    fns,
    source,
    hash,
    setHistory(h) {
      history = h;
    },
  };
}
