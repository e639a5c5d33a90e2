/**
 * `stat3 logical …` — Boolean / MaBoSS models from the command line.
 *
 *   stat3 logical attractors FILE [--update sync|async] [--fix NODE=0|1 ...] [--method auto|exhaustive|random] [--json]
 *   stat3 logical simulate NET.bnd|NET.bnet|NET.bn RUN.cfg [--samples N] [--seed S] [--workers N] [--fix …]
 *                          [--json] [--out trajectories.csv|.json|.svg|.png]
 *   stat3 logical export FILE --to bnet|bnd|sbml [--out FILE]
 *   stat3 logical review [--context NAME] [--drug ID ...] [--set NODE=0|1 ...] [--samples N] [--json] [--export DIR]
 *
 * `simulate --queue redis://…` runs the same simulation as a "maboss" job (packages/jobs kinds/maboss.ts:
 * the engine's chunks and seeds, merged in chunk order) on `stat3 worker` processes through BullMQ on
 * Redis; the network and configuration travel by content. Output is byte-identical to the local run.
 *
 * JSON contracts (stable): attractors → {"nodes": [...], "attractors": [{"kind", "states", "basin_size"}]};
 * simulate → {"final": {label: p}, "last_tick": {label: p}, "node_marginals": {...}, …} with MaBoSS labels
 * (ON non-internal nodes joined by " -- ", "<nil>" for none).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Codes, EngineError, logical } from "@stat3/engine";
import {
  exportMaBoSS,
  exportSbmlQual,
  LOGICAL_CONTEXTS,
  LOGICAL_READOUTS,
  type LogicalContextName,
  phenotypes,
} from "@stat3/stat3";
import { type MaBoSSParams, sha256 } from "@stat3/jobs";
import type { Command } from "commander";
import { addQueueOptions, runJobCli } from "../jobs/backend.js";
import { simulateParallel } from "../logical/parallel.js";
import { lineChartSvg } from "../render/line-chart.js";
import { writeFigure } from "../render/png.js";

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new EngineError(
      Codes.LOGIC_BAD_SETTING,
      `cannot read ${what} ${file}: ${code === "ENOENT" ? "no such file" : (err as Error).message}`,
    );
  }
}

function intOption(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isInteger(x) || x < min)
    throw new EngineError(Codes.LOGIC_BAD_SETTING, `--${name} expects an integer ≥ ${min}, got "${v}"`);
  return x;
}

export interface AttractorsCliOptions {
  update: string;
  fix: string[];
  method: string;
  json?: boolean;
  starts?: string;
  seed?: string;
}

export async function runAttractors(file: string, o: AttractorsCliOptions): Promise<string> {
  if (o.update !== "sync" && o.update !== "async")
    throw new EngineError(Codes.LOGIC_BAD_SETTING, `--update must be sync or async, got "${o.update}"`);
  if (!["auto", "exhaustive", "random"].includes(o.method))
    throw new EngineError(
      Codes.LOGIC_BAD_SETTING,
      `--method must be auto, exhaustive or random, got "${o.method}"`,
    );
  const net = logical.readLogical(await readText(file, "network"), { file });
  const r = logical.findAttractors(net, {
    update: o.update,
    fix: logical.parseFixes(o.fix),
    method: o.method as "auto" | "exhaustive" | "random",
    starts: intOption("starts", o.starts, 1),
    seed: intOption("seed", o.seed, 0),
  });
  if (o.json) {
    const attractors = r.attractors.map((a) => ({
      kind: a.kind,
      states: a.states,
      basin_size: a.basin_size,
      ...(a.reachable_from !== undefined ? { reachable_from: a.reachable_from } : {}),
      ...(a.basin_fraction !== undefined ? { basin_fraction: a.basin_fraction } : {}),
      ...(a.trap_space !== undefined ? { trap_space: a.trap_space } : {}),
    }));
    return `${JSON.stringify({ nodes: r.nodes, update: r.update, method: r.method, attractors })}\n`;
  }
  const lines = [
    `${r.attractors.length} ${r.update} attractor(s), ${r.method} search over ${r.n_free} free nodes`,
    `nodes: ${r.nodes.join(" ")}`,
  ];
  r.attractors.forEach((a, k) => {
    const basin =
      a.basin_size !== null
        ? `basin ${a.basin_size}`
        : a.reachable_from !== undefined
          ? `reachable from ${a.reachable_from} states`
          : a.basin_fraction !== undefined
            ? `${(100 * a.basin_fraction).toFixed(1)}% of random starts`
            : "";
    lines.push(`#${k + 1} ${a.kind}, ${a.states.length} state(s)${basin ? `, ${basin}` : ""}`);
    for (const s of a.states.slice(0, 32))
      lines.push(`  ${s}  ${r.nodes.filter((_, i) => s[i] === "1").join(" ") || "<nil>"}`);
    if (a.states.length > 32) lines.push(`  … ${a.states.length - 32} more`);
  });
  return `${lines.join("\n")}\n`;
}

export interface SimulateLogicalCliOptions {
  samples?: string;
  seed?: string;
  workers?: string;
  fix: string[];
  json?: boolean;
  out?: string;
  progress?: boolean;
  /** BullMQ on Redis instead of local threads */
  queue?: string;
  /** alias of workers */
  threads?: string;
  /** job store of the --queue path */
  store?: string;
}

/** The --queue path: a "maboss" job; the network and the configuration travel as text. */
async function simulateQueued(
  netFile: string,
  netText: string,
  cfgText: string | undefined,
  o: SimulateLogicalCliOptions,
): Promise<logical.MaBoSSResult> {
  const overrides: MaBoSSParams["overrides"] = {};
  const samples = intOption("samples", o.samples, 1);
  const seed = intOption("seed", o.seed, 0);
  if (samples !== undefined) overrides.samples = samples;
  if (seed !== undefined) overrides.seed = seed;
  const fix = logical.parseFixes(o.fix);
  if (Object.keys(fix).length) overrides.fix = fix;
  const params = {
    model: {
      format: logical.formatOf(netFile),
      content: netText,
      hash: sha256(netText),
      ...(cfgText !== undefined ? { config: cfgText } : {}),
    },
    overrides,
  };
  const out = await runJobCli<logical.MaBoSSResult>(
    { kind: "maboss", params },
    { queue: o.queue, ...(o.store ? { store: o.store } : {}), progress: o.progress },
    "maboss",
  );
  if (!out.answer)
    throw new EngineError(
      Codes.LOGIC_BAD_SETTING,
      `${netFile}: the queue returned no answer: ${out.failures.map((f) => `chunk ${f.chunk}: ${f.error}`).join("; ")}`,
    );
  return out.answer;
}

export async function runLogicalSimulate(
  netFile: string,
  cfgFile: string | undefined,
  o: SimulateLogicalCliOptions,
): Promise<string> {
  const netText = await readText(netFile, "network");
  const net = logical.readLogical(netText, { file: netFile });
  const cfgText = cfgFile ? await readText(cfgFile, "configuration") : undefined;
  const cfg =
    cfgText !== undefined ? logical.readMaBoSSConfig(cfgText, { file: cfgFile }) : logical.emptyConfig();
  const res = o.queue
    ? await simulateQueued(netFile, netText, cfgText, o) // parsed above too: file errors name the file
    : await simulateParallel(net, cfg, {
        samples: intOption("samples", o.samples, 1),
        seed: intOption("seed", o.seed, 0),
        workers: intOption("workers", o.workers ?? o.threads, 0),
        fix: logical.parseFixes(o.fix),
      });
  if (o.out) {
    const lower = o.out.toLowerCase();
    const t = res.ticks.map((x) => x.t);
    if (lower.endsWith(".svg") || lower.endsWith(".png")) {
      const series = res.outputs.map((name) => ({ name, x: t, y: res.ticks.map((x) => x.marginals[name]) }));
      await writeFigure(
        o.out,
        lineChartSvg(series, { title: `${netFile}: node probabilities`, xLabel: "time", yLabel: "P(on)" }),
      );
    } else if (lower.endsWith(".json")) {
      await writeFile(o.out, `${JSON.stringify({ ticks: res.ticks })}\n`);
    } else {
      // one row per tick: time, entropy, transition entropy, node marginals
      const rows = [["time", "H", "TH", ...res.outputs].join(",")];
      for (const x of res.ticks)
        rows.push([x.t, x.H, x.TH, ...res.outputs.map((n) => x.marginals[n])].join(","));
      await writeFile(o.out, `${rows.join("\n")}\n`);
    }
    process.stderr.write(`wrote ${o.out} (${res.ticks.length} ticks × ${res.outputs.length} nodes)\n`);
  }
  const j = logical.simulateJson(res);
  if (o.json) return `${JSON.stringify(j)}\n`;
  const lines = [
    `${res.sampleCount} trajectories, max_time ${res.maxTime}, time_tick ${res.timeTick}`,
    "final states:",
  ];
  for (const s of res.final) lines.push(`  ${s.p.toFixed(5)} ± ${s.err.toFixed(5)}  ${s.label}`);
  lines.push(
    `last tick (t = ${res.lastTick.t}), H = ${res.lastTick.H.toFixed(4)}, TH = ${res.lastTick.TH.toFixed(4)}:`,
  );
  for (const s of res.lastTick.states) lines.push(`  ${s.p.toFixed(5)} ± ${s.err.toFixed(5)}  ${s.label}`);
  if (res.fixedPoints.length) {
    lines.push("fixed points reached:");
    for (const f of res.fixedPoints) lines.push(`  ${f.p.toFixed(5)}  ${f.on.join(" -- ") || "<nil>"}`);
  }
  return `${lines.join("\n")}\n`;
}

export async function runLogicalExport(file: string, o: { to: string; out?: string }): Promise<string> {
  const net = logical.readLogical(await readText(file, "network"), { file });
  let text: string;
  if (o.to === "bnet") text = logical.writeBnet(net);
  else if (o.to === "bnd" || o.to === "maboss") text = logical.writeMaBoSSNetwork(net);
  else if (o.to === "sbml" || o.to === "sbml-qual") text = logical.writeSbmlQual(net);
  else throw new EngineError(Codes.LOGIC_BAD_SETTING, `--to must be bnet, bnd or sbml, got "${o.to}"`);
  if (o.out) {
    await writeFile(o.out, text);
    process.stderr.write(`wrote ${o.out}\n`);
    return "";
  }
  return text;
}

export interface ReviewCliOptions {
  context: string;
  drug: string[];
  set: string[];
  samples?: string;
  seed?: string;
  json?: boolean;
  export?: string;
}

/** The review's network (Fig. 1 + Fig. 2) in a context, with drugs: phenotype probabilities, or its files. */
export async function runReview(o: ReviewCliOptions): Promise<string> {
  const names = LOGICAL_CONTEXTS.map((c) => c.name) as string[];
  if (!names.includes(o.context))
    throw new EngineError(
      Codes.LOGIC_BAD_SETTING,
      `--context must be one of ${names.join(", ")}, got "${o.context}"`,
    );
  const scenario = {
    context: o.context as LogicalContextName,
    drugs: o.drug,
    set: logical.parseFixes(o.set),
  };
  const samples = intOption("samples", o.samples, 1) ?? 2000;
  const seed = intOption("seed", o.seed, 0) ?? 1;
  if (o.export) {
    const { bnd, cfg } = exportMaBoSS({ ...scenario, samples, seed });
    await writeFile(join(o.export, "stat3_review.bnd"), bnd);
    await writeFile(join(o.export, "stat3_review.cfg"), cfg);
    await writeFile(join(o.export, "stat3_review.sbml"), exportSbmlQual());
    return `wrote ${["stat3_review.bnd", "stat3_review.cfg", "stat3_review.sbml"].map((f) => join(o.export as string, f)).join(", ")}\n`;
  }
  const r = phenotypes({ ...scenario, samples, seed });
  if (o.json)
    return `${JSON.stringify({ context: o.context, drugs: o.drug, probabilities: r.p, errors: r.err })}\n`;
  const lines = [
    `context ${o.context}${o.drug.length ? `, drugs ${o.drug.join(", ")}` : ""} — P(on), last tick, ${samples} trajectories`,
  ];
  for (const k of LOGICAL_READOUTS)
    lines.push(`  ${k.padEnd(18)} ${r.p[k].toFixed(3)} ± ${r.err[k].toFixed(3)}`);
  return `${lines.join("\n")}\n`;
}

const collect = (v: string, acc: string[]) => [...acc, v];

export function registerLogical(program: Command): void {
  const cmd = program
    .command("logical")
    .description("Boolean networks: attractors (BoolNet semantics) and MaBoSS stochastic simulation");
  cmd
    .command("attractors")
    .description(
      "attractors of a .bnet/.bn/.bnd/SBML-qual network (exact up to ~25 free nodes, random walks beyond)",
    )
    .argument("<file>", "network file")
    .option("--update <scheme>", "sync or async", "sync")
    .option(
      "--fix <NODE=0|1>",
      "knock-out (0) or over-express (1) a node (repeatable)",
      collect,
      [] as string[],
    )
    .option("--method <m>", "auto, exhaustive or random", "auto")
    .option("--starts <n>", "random method: number of random start states")
    .option("--seed <s>", "random method: seed")
    .option("--json", "JSON output")
    .action(async (file: string, o: AttractorsCliOptions) => {
      process.stdout.write(await runAttractors(file, o));
    });
  const sim = cmd
    .command("simulate")
    .description(
      "MaBoSS simulation (continuous-time Markov process) on all cores or, with --queue, on Redis workers",
    )
    .argument("<network>", ".bnd, .bnet or .bn file")
    .argument("[config]", "MaBoSS .cfg (time_tick, max_time, sample_count, istate, is_internal, $parameters)")
    .option("--samples <n>", "number of trajectories (overrides sample_count)")
    .option("--seed <s>", "random seed (overrides seed_pseudorandom)")
    .option(
      "--workers <n>",
      "worker threads (default: all cores; 0 = this thread); results do not depend on it",
    )
    .option(
      "--fix <NODE=0|1>",
      "knock-out (0) or over-express (1) a node (repeatable)",
      collect,
      [] as string[],
    )
    .option("--json", "JSON output")
    .option("--out <file>", "time course of node probabilities: .csv, .json, .svg or .png")
    .option("--no-progress", "no progress bar (--queue)");
  addQueueOptions(sim).action(async (net: string, cfg: string | undefined, o: SimulateLogicalCliOptions) => {
    process.stdout.write(await runLogicalSimulate(net, cfg, o));
  });
  cmd
    .command("review")
    .description(
      "the review's Fig. 1 + Fig. 2 network as a MaBoSS model: phenotype probabilities in a context, with drugs",
    )
    .option("--context <name>", `context: ${LOGICAL_CONTEXTS.map((c) => c.name).join(", ")}`, "autocrine-il6")
    .option(
      "--drug <id>",
      "drug by KB id (stattic, ruxolitinib, …) or class (sh2, dbd, upstream_jak, …); repeatable",
      collect,
      [] as string[],
    )
    .option(
      "--set <NODE=0|1>",
      "hold a node (e.g. IL6=1 to stimulate a hepatocyte); repeatable",
      collect,
      [] as string[],
    )
    .option("--samples <n>", "trajectories", "2000")
    .option("--seed <s>", "random seed", "1")
    .option("--json", "JSON output")
    .option(
      "--export <dir>",
      "write stat3_review.bnd/.cfg (MaBoSS) and stat3_review.sbml (SBML-qual) instead",
    )
    .action(async (o: ReviewCliOptions) => {
      process.stdout.write(await runReview(o));
    });
  cmd
    .command("export")
    .description("convert a logical network: .bnet, MaBoSS .bnd or SBML-qual")
    .argument("<file>", "network file")
    .requiredOption("--to <format>", "bnet, bnd or sbml")
    .option("--out <file>", "output file (default: stdout)")
    .action(async (file: string, o: { to: string; out?: string }) => {
      process.stdout.write(await runLogicalExport(file, o));
    });
}
