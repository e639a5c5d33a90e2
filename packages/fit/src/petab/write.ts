/**
 * PEtab v1 output: a parameter table (e.g. with the fitted values as nominal values, so that the fitted
 * problem can be evaluated, profiled or fitted again by any PEtab tool) and a problem YAML that names the
 * tables. Isomorphic: returns text, writes nothing.
 * Format: PEtab v1 (Schmiester et al., PLoS Comput. Biol. 17 (2021) e1008646, doi:10.1371/journal.pcbi.1008646):
 * nominal values and bounds on linear scale whatever the parameterScale; empty bounds for fixed parameters.
 */
import type { PetabParameter, PetabProblem } from "./types.js";

/** a number as PEtab reads it back exactly (shortest round-trip decimal; inf/-inf/nan by name) */
function petabNumber(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  return String(v);
}

/** tabs and newlines would break the table: PEtab text cells cannot hold them */
function cell(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ");
}

const PRIOR_COLUMNS = [
  "initializationPriorType",
  "initializationPriorParameters",
  "objectivePriorType",
  "objectivePriorParameters",
] as const;

/**
 * The parameter table of `parameters`, in their order, with `nominal` (linear values by id) replacing
 * the nominal values it names. Optional columns (parameterName, priors) are written when any row has them.
 */
export function formatParameterTable(
  parameters: readonly PetabParameter[],
  nominal: Readonly<Record<string, number>> = {},
): string {
  const withName = parameters.some((p) => p.name !== undefined);
  const priors = PRIOR_COLUMNS.filter((c) => parameters.some((p) => p[c] !== undefined));
  const header = [
    "parameterId",
    ...(withName ? ["parameterName"] : []),
    "parameterScale",
    "lowerBound",
    "upperBound",
    "nominalValue",
    "estimate",
    ...priors,
  ];
  const rows = parameters.map((p) => {
    const bound = (v: number) => (p.estimate || Number.isFinite(v) ? petabNumber(v) : "");
    return [
      p.id,
      ...(withName ? [cell(p.name ?? "")] : []),
      p.scale,
      bound(p.lowerBound),
      bound(p.upperBound),
      petabNumber(nominal[p.id] ?? p.nominalValue),
      p.estimate ? "1" : "0",
      ...priors.map((c) => cell(p[c] ?? "")),
    ].join("\t");
  });
  return `${[header.join("\t"), ...rows].join("\n")}\n`;
}

export interface ProblemFiles {
  parameter: string[];
  sbml: string[];
  condition: string[];
  measurement: string[];
  observable: string[];
  visualization?: string[];
}

/** A PEtab v1 problem YAML naming `files` (paths as they should appear, relative to the YAML). */
export function formatProblemYaml(files: ProblemFiles): string {
  // paths are quoted (YAML double-quoted scalars) so that any file name reads back as written
  const q = (s: string) => JSON.stringify(s);
  const lines = ["format_version: 1"];
  if (files.parameter.length === 1) lines.push(`parameter_file: ${q(files.parameter[0])}`);
  else lines.push("parameter_file:", ...files.parameter.map((x) => `  - ${q(x)}`));
  lines.push("problems:", "  - sbml_files:", ...files.sbml.map((x) => `      - ${q(x)}`));
  for (const [key, xs] of [
    ["condition_files", files.condition],
    ["measurement_files", files.measurement],
    ["observable_files", files.observable],
    ["visualization_files", files.visualization ?? []],
  ] as const)
    if (xs.length > 0) lines.push(`    ${key}:`, ...xs.map((x) => `      - ${q(x)}`));
  return `${lines.join("\n")}\n`;
}

/** The files of a loaded problem (relative to its YAML), or null for a problem assembled in memory. */
export function problemFiles(problem: PetabProblem): ProblemFiles | null {
  if (!problem.tableFiles) return null;
  return {
    ...problem.tableFiles,
    sbml: problem.sbml.map((s) => s.file),
    visualization: problem.visualizationFiles,
  };
}
