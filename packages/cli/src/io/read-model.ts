/**
 * Reading a model file from disk for the CLI: a clear error when the file cannot be read, and
 * `comp` external model definitions resolved relative to the file (only local files, only below
 * the model's own folder — a model must not make us read arbitrary paths).
 */
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { readSBML, type Model } from "@stat3/engine";

export async function readTextFile(file: string, what = "model file"): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (err as Error).message;
    throw new Error(`cannot read ${what} ${file}: ${why}`);
  }
}

/** Resolver for comp externalModelDefinition `source` attributes: files beside (or below) the model. */
export function localResolver(modelFile: string): (source: string) => string | undefined {
  const base = dirname(resolve(modelFile));
  return (source: string) => {
    const target = resolve(base, source.replace(/^file:\/\//, ""));
    const rel = relative(base, target);
    if (rel.startsWith("..") || isAbsolute(rel) || !existsSync(target)) return undefined;
    return readFileSync(target, "utf8");
  };
}

export function parseSbmlFile(text: string, file: string): Model {
  return readSBML(text, { file, resolveExternal: localResolver(file) });
}

export async function readSbmlFile(file: string): Promise<Model> {
  return parseSbmlFile(await readTextFile(file), file);
}
