/**
 * `stat3 sbml-suite-case SBML SETTINGS OUT.csv` — runs one SBML Test Suite time-course case as the
 * runner in ../shared/sbml-test-suite expects: reads the settings file (start, duration, steps,
 * variables, absolute, relative, amount, concentration), simulates with tight tolerances and writes
 * `time,<variables…>` with steps+1 rows. `--batch LIST OUTDIR` runs many cases in one process (for
 * the fast regression check); the official figure comes from run-suite.sh with one process per case.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Codes, compileModel, readSBML, simulate } from "@stat3/engine";
import type { Command } from "commander";

export interface SuiteSettings {
  start: number;
  duration: number;
  steps: number;
  variables: string[];
  absolute: number;
  relative: number;
  amount: string[];
  concentration: string[];
}

export function parseSuiteSettings(text: string): SuiteSettings {
  const kv = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
    if (m) kv.set(m[1].toLowerCase(), m[2].trim());
  }
  const list = (k: string) =>
    (kv.get(k) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  return {
    start: Number(kv.get("start") ?? 0),
    duration: Number(kv.get("duration") ?? 0),
    steps: Number(kv.get("steps") ?? 0),
    variables: list("variables"),
    absolute: Number(kv.get("absolute") ?? 0),
    relative: Number(kv.get("relative") ?? 0),
    amount: list("amount"),
    concentration: list("concentration"),
  };
}

function formatNumber(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "INF";
  if (v === Number.NEGATIVE_INFINITY) return "-INF";
  return String(v);
}

/** Simulate one case; returns the CSV text. Throws EngineError on bad input. */
export function runSuiteCase(sbmlText: string, settingsText: string, file?: string, method?: string): string {
  const st = parseSuiteSettings(settingsText);
  // comp externalModelDefinitions name files relative to the main document
  const resolveExternal = (source: string): string | undefined => {
    if (!file) return undefined;
    try {
      return readFileSync(resolve(dirname(file), source.replace(/^file:(\/\/)?/, "")), "utf8");
    } catch {
      return undefined;
    }
  };
  const model = readSBML(sbmlText, { file, resolveExternal });
  const compiled = compileModel(model);
  const species = new Set(model.species.map((s) => s.id));
  const amount = new Set(st.amount);
  const conc = new Set(st.concentration);
  const selections = st.variables.map((v) => {
    if (!species.has(v)) return v;
    if (amount.has(v)) return v;
    if (conc.has(v)) return `[${v}]`;
    const s = model.species.find((x) => x.id === v);
    return s?.hasOnlySubstanceUnits ? v : `[${v}]`;
  });
  const times: number[] = [];
  for (let i = 0; i <= st.steps; i++) times.push(st.start + (i * st.duration) / st.steps);
  // tight tolerances (the suite's own are 1e-4 relative and ≥ 1e-9 absolute); when the automatic
  // method fails to step, the stiff methods get a second chance before the case is given up
  const run = (method: string) =>
    simulate(compiled, {
      start: st.start,
      times,
      selections,
      method,
      options: { relativeTolerance: 1e-10, absoluteTolerance: 1e-14, maxSteps: 5_000_000 },
    });
  let sol: ReturnType<typeof simulate> | undefined;
  const methods = method ? [method] : ["auto", "rodas5p", "bdf"];
  for (let i = 0; i < methods.length && !sol; i++) {
    try {
      sol = run(methods[i]);
    } catch (err) {
      const code = (err as { diagnostic?: { code?: string } }).diagnostic?.code;
      const retry = code === Codes.SIM_STEP_FAILURE || code === Codes.SIM_MAX_STEPS;
      if (!retry || i === methods.length - 1) throw err;
    }
  }
  if (!sol) throw new Error("unreachable: no simulation result");
  const lines = [["time", ...st.variables].join(",")];
  for (let i = 0; i < sol.t.length; i++) {
    const row = [formatNumber(times[i])];
    for (const col of sol.values) row.push(formatNumber(col[i]));
    lines.push(row.join(","));
  }
  return `${lines.join("\n")}\n`;
}

export function registerSbmlSuite(program: Command): void {
  program
    .command("sbml-suite-case")
    .description(
      "run one SBML Test Suite case: SBML SETTINGS OUT.csv (as ../shared/sbml-test-suite/run-suite.sh calls it)",
    )
    .argument("<sbml>", "the case's SBML file")
    .argument("<settings>", "the case's settings file")
    .argument("<out>", "CSV file to write")
    .action((sbml: string, settings: string, out: string) => {
      const csv = runSuiteCase(readFileSync(sbml, "utf8"), readFileSync(settings, "utf8"), sbml);
      writeFileSync(out, csv);
    });
  program
    .command("sbml-suite-batch")
    .description(
      "run many SBML Test Suite cases in one process: CASES_DIR IDS_FILE OUT_DIR (writes OUT_DIR/<id>.csv)",
    )
    .argument("<casesDir>", "the suite's cases/ folder")
    .argument("<ids>", "file with one case id per line")
    .argument("<outDir>", "folder for the CSV files")
    .action((casesDir: string, ids: string, outDir: string) => {
      for (const id of readFileSync(ids, "utf8").split(/\s+/).filter(Boolean)) {
        const dir = join(casesDir, id);
        try {
          const sbmlFile = findSbml(dir, id);
          const csv = runSuiteCase(
            readFileSync(sbmlFile, "utf8"),
            readFileSync(join(dir, `${id}-settings.txt`), "utf8"),
            sbmlFile,
          );
          writeFileSync(join(outDir, `${id}.csv`), csv);
        } catch (err) {
          process.stderr.write(`${id}: ${(err as Error).message.split("\n")[0]}\n`);
        }
      }
    });
}

function findSbml(dir: string, id: string): string {
  for (const lv of ["l3v2", "l3v1", "l2v5", "l2v4", "l2v3", "l2v2", "l2v1"]) {
    const f = join(dir, `${id}-sbml-${lv}.xml`);
    try {
      readFileSync(f, { flag: "r" }).length;
      return f;
    } catch {
      // next level
    }
  }
  throw new Error(`no SBML file for case ${id}`);
}
