/**
 * PEtab v1 reader: the YAML problem file and the four TSV tables (parameters, conditions, measurements,
 * observables), after the PEtab v1 data format (https://petab.readthedocs.io/en/latest/v1/documentation_data_format.html).
 *
 * Isomorphic: no file system here. The loader takes a `read(path)` callback that returns the text of a file
 * named relative to the YAML file (Node: `p => readFileSync(join(dir, p), "utf8")`; browser: a fetch cache).
 * Checks made while reading (each error names table, line and column): required columns, ids that are
 * valid and unique, numbers where numbers belong, bounds that contain the nominal value, measurement rows
 * that refer to existing observables and conditions.
 */
import { PetabCodes, petabError } from "./messages.js";
import { parsePetabNumber, parseTsv, TableReader } from "./tsv.js";
import type {
  ConditionValue,
  OverrideValue,
  PetabCondition,
  PetabMeasurement,
  PetabObservable,
  PetabParameter,
  PetabProblem,
} from "./types.js";
import { parseYaml, type YamlValue } from "./yaml.js";

/** PEtab ids: a letter or underscore, then letters, digits, underscores (SBML SId rules). */
const ID = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checkId(t: TableReader, r: number, column: string): string {
  const id = t.requiredText(r, column);
  if (!ID.test(id)) {
    throw petabError(
      PetabCodes.PETAB_BAD_VALUE,
      `${t.table.kind}: "${id}" is not a valid PEtab id`,
      t.where(r, column),
    );
  }
  return id;
}

export function parseParameterTable(text: string, file = "parameters.tsv"): PetabParameter[] {
  const t = new TableReader(parseTsv(text, file, "parameter table"));
  t.requireColumns("parameterId", "parameterScale", "lowerBound", "upperBound", "nominalValue", "estimate");
  const out: PetabParameter[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < t.table.rows.length; r++) {
    const id = checkId(t, r, "parameterId");
    if (seen.has(id))
      throw petabError(
        PetabCodes.PETAB_DUPLICATE_ID,
        `parameter table: duplicate parameterId "${id}"`,
        t.where(r, "parameterId"),
      );
    seen.add(id);
    const est = t.requiredText(r, "estimate");
    if (est !== "0" && est !== "1") {
      throw petabError(
        PetabCodes.PETAB_BAD_VALUE,
        `parameter table: "estimate" must be 0 or 1, got "${est}"`,
        t.where(r, "estimate"),
      );
    }
    const estimate = est === "1";
    // bounds may be empty for fixed parameters (PEtab v1: required only if estimated)
    const lowerBound = estimate
      ? t.requiredNumber(r, "lowerBound")
      : (t.optionalNumber(r, "lowerBound") ?? -Infinity);
    const upperBound = estimate
      ? t.requiredNumber(r, "upperBound")
      : (t.optionalNumber(r, "upperBound") ?? Infinity);
    const nominalValue = t.requiredNumber(r, "nominalValue");
    if (estimate && !(lowerBound <= upperBound)) {
      throw petabError(
        PetabCodes.PETAB_BAD_VALUE,
        `parameter table: lowerBound ${lowerBound} > upperBound ${upperBound} for "${id}"`,
        t.where(r, "lowerBound"),
      );
    }
    const scale = t.oneOf(r, "parameterScale", ["lin", "log", "log10"] as const, "lin");
    if (estimate && scale !== "lin" && lowerBound <= 0) {
      throw petabError(
        PetabCodes.PETAB_BAD_VALUE,
        `parameter table: "${id}" is estimated on ${scale} scale but its lowerBound ${lowerBound} is not positive`,
        t.where(r, "lowerBound"),
      );
    }
    const p: PetabParameter = {
      id,
      scale,
      lowerBound,
      upperBound,
      nominalValue,
      estimate,
      loc: { file, line: t.table.lines[r] },
    };
    const name = t.optionalText(r, "parameterName");
    if (name !== undefined) p.name = name;
    for (const k of [
      "initializationPriorType",
      "initializationPriorParameters",
      "objectivePriorType",
      "objectivePriorParameters",
    ] as const) {
      const v = t.optionalText(r, k);
      if (v !== undefined) p[k] = v;
    }
    out.push(p);
  }
  return out;
}

export interface ConditionTable {
  conditions: PetabCondition[];
  /** the target columns, in table order */
  targets: string[];
}

export function parseConditionTable(text: string, file = "conditions.tsv"): ConditionTable {
  const t = new TableReader(parseTsv(text, file, "condition table"));
  t.requireColumns("conditionId");
  const targets = t.table.columns.filter((c) => c !== "conditionId" && c !== "conditionName");
  for (const c of targets) {
    if (!ID.test(c)) {
      throw petabError(PetabCodes.PETAB_BAD_VALUE, `condition table: column "${c}" is not a valid model id`, {
        file,
        line: 1,
        column: t.index.get(c)! + 1,
      });
    }
  }
  const conditions: PetabCondition[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < t.table.rows.length; r++) {
    const id = checkId(t, r, "conditionId");
    if (seen.has(id))
      throw petabError(
        PetabCodes.PETAB_DUPLICATE_ID,
        `condition table: duplicate conditionId "${id}"`,
        t.where(r, "conditionId"),
      );
    seen.add(id);
    const values: Record<string, ConditionValue> = {};
    for (const c of targets) {
      const cell = t.text(r, c);
      const num = parsePetabNumber(cell);
      if (cell === "" || (num !== undefined && Number.isNaN(num))) values[c] = { kind: "keep" };
      else if (num !== undefined) values[c] = { kind: "number", value: num };
      else if (ID.test(cell)) values[c] = { kind: "parameter", id: cell };
      else {
        throw petabError(
          PetabCodes.PETAB_BAD_VALUE,
          `condition table: "${c}" must be a number or a parameter id, got "${cell}"`,
          t.where(r, c),
        );
      }
    }
    const cond: PetabCondition = { id, values, loc: { file, line: t.table.lines[r] } };
    const name = t.optionalText(r, "conditionName");
    if (name !== undefined) cond.name = name;
    conditions.push(cond);
  }
  return { conditions, targets };
}

const MEASUREMENT_COLUMNS = new Set([
  "observableId",
  "preequilibrationConditionId",
  "simulationConditionId",
  "measurement",
  "time",
  "observableParameters",
  "noiseParameters",
  "datasetId",
  "replicateId",
]);

function parseOverrides(t: TableReader, r: number, column: string): OverrideValue[] {
  const cell = t.text(r, column);
  if (cell === "") return [];
  return cell.split(";").map((part) => {
    const s = part.trim();
    const v = parsePetabNumber(s);
    if (v !== undefined) return v;
    if (!ID.test(s)) {
      throw petabError(
        PetabCodes.PETAB_BAD_VALUE,
        `measurement table: "${column}" entry "${s}" is neither a number nor a parameter id`,
        t.where(r, column),
      );
    }
    return s;
  });
}

export function parseMeasurementTable(text: string, file = "measurements.tsv"): PetabMeasurement[] {
  const t = new TableReader(parseTsv(text, file, "measurement table"));
  t.requireColumns("observableId", "simulationConditionId", "measurement", "time");
  const extraCols = t.table.columns.filter((c) => !MEASUREMENT_COLUMNS.has(c));
  const out: PetabMeasurement[] = [];
  for (let r = 0; r < t.table.rows.length; r++) {
    const time = t.requiredNumber(r, "time");
    if (Number.isNaN(time) || time < 0 || time === -Infinity) {
      throw petabError(
        PetabCodes.PETAB_BAD_VALUE,
        `measurement table: "time" must be ≥ 0 or inf, got "${t.text(r, "time")}"`,
        t.where(r, "time"),
      );
    }
    const m: PetabMeasurement = {
      observableId: checkId(t, r, "observableId"),
      simulationConditionId: checkId(t, r, "simulationConditionId"),
      measurement: t.requiredNumber(r, "measurement"),
      time,
      observableParameters: parseOverrides(t, r, "observableParameters"),
      noiseParameters: parseOverrides(t, r, "noiseParameters"),
      extra: {},
      loc: { file, line: t.table.lines[r] },
    };
    const pre = t.optionalText(r, "preequilibrationConditionId");
    if (pre !== undefined) m.preequilibrationConditionId = pre;
    const ds = t.optionalText(r, "datasetId");
    if (ds !== undefined) m.datasetId = ds;
    const rep = t.optionalText(r, "replicateId");
    if (rep !== undefined) m.replicateId = rep;
    for (const c of extraCols) {
      const v = t.text(r, c);
      if (v !== "") m.extra[c] = v;
    }
    out.push(m);
  }
  return out;
}

export function parseObservableTable(text: string, file = "observables.tsv"): PetabObservable[] {
  const t = new TableReader(parseTsv(text, file, "observable table"));
  t.requireColumns("observableId", "observableFormula", "noiseFormula");
  const out: PetabObservable[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < t.table.rows.length; r++) {
    const id = checkId(t, r, "observableId");
    if (seen.has(id))
      throw petabError(
        PetabCodes.PETAB_DUPLICATE_ID,
        `observable table: duplicate observableId "${id}"`,
        t.where(r, "observableId"),
      );
    seen.add(id);
    const o: PetabObservable = {
      id,
      formula: t.requiredText(r, "observableFormula"),
      transformation: t.oneOf(r, "observableTransformation", ["lin", "log", "log10"] as const, "lin"),
      noiseFormula: t.requiredText(r, "noiseFormula"),
      noiseDistribution: t.oneOf(r, "noiseDistribution", ["normal", "laplace"] as const, "normal"),
      loc: { file, line: t.table.lines[r] },
    };
    const name = t.optionalText(r, "observableName");
    if (name !== undefined) o.name = name;
    out.push(o);
  }
  return out;
}

/** Reads a file named relative to the YAML file. */
export type ReadText = (relativePath: string) => string;

function yamlSchema(message: string, file: string) {
  return petabError(PetabCodes.PETAB_YAML_SCHEMA, message, { file });
}

function fileList(entry: Record<string, YamlValue>, key: string, file: string, required: boolean): string[] {
  const v = entry[key];
  if (v === undefined || v === null) {
    if (required) throw yamlSchema(`problem entry has no "${key}"`, file);
    return [];
  }
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => {
    if (typeof x !== "string" || x === "")
      throw yamlSchema(`"${key}" must list file names, got ${JSON.stringify(x)}`, file);
    return x;
  });
}

function readFile(read: ReadText, path: string, what: string): string {
  try {
    return read(path);
  } catch (err) {
    throw petabError(PetabCodes.PETAB_FILE, `cannot read ${what} "${path}": ${(err as Error).message}`, {
      file: path,
    });
  }
}

/**
 * Loads a PEtab v1 problem: `yamlFile` is passed to `read` as is, the files it names are passed as written
 * in the YAML (relative to the YAML's folder). Checks cross-references between the tables.
 */
export function loadPetabProblem(yamlFile: string, read: ReadText): PetabProblem {
  const doc = parseYaml(readFile(read, yamlFile, "PEtab problem file"), yamlFile);
  if (doc === null || typeof doc !== "object" || Array.isArray(doc))
    throw yamlSchema("the problem file must be a mapping", yamlFile);
  const fv = doc.format_version;
  if (fv === undefined || fv === null) throw yamlSchema('no "format_version"', yamlFile);
  const formatVersion = String(fv);
  if (!/^1(\.\d+)*$/.test(formatVersion)) {
    throw petabError(
      PetabCodes.PETAB_UNSUPPORTED,
      `PEtab format_version ${formatVersion} is not supported (this reader reads v1)`,
      { file: yamlFile },
    );
  }
  const parameterFiles = fileList(doc, "parameter_file", yamlFile, true);
  const problems = doc.problems;
  if (!Array.isArray(problems) || problems.length === 0)
    throw yamlSchema('"problems" must be a non-empty list', yamlFile);
  if (problems.length > 1) {
    throw petabError(
      PetabCodes.PETAB_UNSUPPORTED,
      `${problems.length} problems in one file: only one is supported (as in all PEtab v1 tools)`,
      { file: yamlFile },
    );
  }
  const entry = problems[0];
  if (entry === null || typeof entry !== "object" || Array.isArray(entry))
    throw yamlSchema("a problem entry must be a mapping", yamlFile);
  const sbmlFiles = fileList(entry, "sbml_files", yamlFile, true);
  if (sbmlFiles.length !== 1) {
    throw petabError(
      PetabCodes.PETAB_UNSUPPORTED,
      `${sbmlFiles.length} SBML files: PEtab v1 problems have exactly one`,
      { file: yamlFile },
    );
  }

  const parameters = parameterFiles.flatMap((f) =>
    parseParameterTable(readFile(read, f, "parameter table"), f),
  );
  const conditionFiles = fileList(entry, "condition_files", yamlFile, true);
  const measurementFiles = fileList(entry, "measurement_files", yamlFile, true);
  const observableFiles = fileList(entry, "observable_files", yamlFile, true);
  const conditions: PetabCondition[] = [];
  const targets: string[] = [];
  for (const f of conditionFiles) {
    const ct = parseConditionTable(readFile(read, f, "condition table"), f);
    conditions.push(...ct.conditions);
    for (const c of ct.targets) if (!targets.includes(c)) targets.push(c);
  }
  const measurements = measurementFiles.flatMap((f) =>
    parseMeasurementTable(readFile(read, f, "measurement table"), f),
  );
  const observables = observableFiles.flatMap((f) =>
    parseObservableTable(readFile(read, f, "observable table"), f),
  );
  return assembleProblem({
    formatVersion,
    yamlFile,
    sbml: sbmlFiles.map((f) => ({ file: f, text: readFile(read, f, "SBML model") })),
    parameters,
    conditions,
    conditionTargets: targets,
    measurements,
    observables,
    visualizationFiles: fileList(entry, "visualization_files", yamlFile, false),
    tableFiles: {
      parameter: parameterFiles,
      condition: conditionFiles,
      measurement: measurementFiles,
      observable: observableFiles,
    },
  });
}

/** Builds the lookup maps and checks the cross-references (ids unique across files, rows refer to known ids). */
export function assembleProblem(
  p: Omit<PetabProblem, "parameterById" | "conditionById" | "observableById">,
): PetabProblem {
  const parameterById = new Map<string, PetabParameter>();
  for (const q of p.parameters) {
    if (parameterById.has(q.id))
      throw petabError(PetabCodes.PETAB_DUPLICATE_ID, `duplicate parameterId "${q.id}"`, q.loc);
    parameterById.set(q.id, q);
  }
  const conditionById = new Map<string, PetabCondition>();
  for (const c of p.conditions) {
    if (conditionById.has(c.id))
      throw petabError(PetabCodes.PETAB_DUPLICATE_ID, `duplicate conditionId "${c.id}"`, c.loc);
    conditionById.set(c.id, c);
  }
  const observableById = new Map<string, PetabObservable>();
  for (const o of p.observables) {
    if (observableById.has(o.id))
      throw petabError(PetabCodes.PETAB_DUPLICATE_ID, `duplicate observableId "${o.id}"`, o.loc);
    observableById.set(o.id, o);
  }
  for (const m of p.measurements) {
    if (!observableById.has(m.observableId)) {
      throw petabError(
        PetabCodes.PETAB_UNKNOWN_ID,
        `measurement table: observableId "${m.observableId}" is not in the observable table`,
        {
          ...m.loc,
          element: 'column "observableId"',
        },
      );
    }
    for (const [col, id] of [
      ["simulationConditionId", m.simulationConditionId],
      ["preequilibrationConditionId", m.preequilibrationConditionId],
    ] as const) {
      if (id !== undefined && !conditionById.has(id)) {
        throw petabError(
          PetabCodes.PETAB_UNKNOWN_ID,
          `measurement table: ${col} "${id}" is not in the condition table`,
          {
            ...m.loc,
            element: `column "${col}"`,
          },
        );
      }
    }
  }
  return { ...p, parameterById, conditionById, observableById };
}
