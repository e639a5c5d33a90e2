/**
 * Kind registry. Workers run only kinds registered in their own process — built-ins here, others
 * from local modules named in the worker's configuration (`kindModules`: file URLs of modules that
 * export `kinds: JobKind[]`), never from anything read off the queue.
 */
import { Codes, EngineError } from "@stat3/engine";
import type { JobKind } from "../types.js";
import { mabossKind } from "./maboss.js";
import { scanKind } from "./scan.js";

const registry = new Map<string, JobKind>();

// biome-ignore lint/suspicious/noExplicitAny: kinds differ in their parameter types (contravariant in run/merge); the registry stores them erased
export function registerKind(kind: JobKind<any, any, any, any>): void {
  const prev = registry.get(kind.name);
  if (prev && prev !== kind) throw new Error(`job kind "${kind.name}" is already registered`);
  registry.set(kind.name, kind as JobKind);
}

export function getKind(name: string): JobKind {
  const k = registry.get(name);
  if (!k)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `unknown job kind "${name}" (known here: ${[...registry.keys()].join(", ")})`,
    );
  return k;
}

export const kindNames = (): string[] => [...registry.keys()];

/** Import local kind modules (each exports `kinds`) and register what they define. */
export async function loadKindModules(urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    const mod = (await import(url)) as { kinds?: JobKind[] };
    if (!Array.isArray(mod.kinds)) throw new Error(`kind module ${url} exports no \`kinds\` list`);
    for (const k of mod.kinds) registerKind(k);
  }
}

registerKind(mabossKind);
registerKind(scanKind);
