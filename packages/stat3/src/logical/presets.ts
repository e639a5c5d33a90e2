/**
 * Contexts, drugs and read-outs of the review's logical model.
 *
 * Contexts carry the names of the mechanistic model's contexts (issue 4): `hepatocyte` (a normal cell:
 * no autocrine loop, no VEGFR2 — hepatocytes do not express KDR, which is endothelial/CSC; inputs off
 * unless stimulated), and the cancer contexts the review describes — `autocrine-il6` (tumour cells
 * secreting IL-6, ref 4), `egfr-driven` (refs 88–89), `src-driven` (Fig. 1, refs 90–103),
 * `socs3-silenced` (IL-6 stimulated, SOCS3 lost) and `jak-activating-mutation` (JAK locked on).
 *
 * Drugs act by class, on the node their class targets (Table 2): SH2-domain inhibitors remove the SH2
 * domain (no dimer), DNA-binding-domain inhibitors the DBD (no DNA binding), JAK/Src/RTK inhibitors their
 * kinase. A drug is a knock-out of that node; it overrides the context (ruxolitinib blocks mutant JAK too).
 */

import { Codes, EngineError, logical } from "@stat3/engine";
import { type Kb, loadKb } from "../kb/kb.js";
import type { DrugClass } from "../kb/types.js";
import { buildReviewLogicalModel, type ReviewLogicalModel } from "./network.js";

export type ContextName =
  | "hepatocyte"
  | "autocrine-il6"
  | "egfr-driven"
  | "src-driven"
  | "socs3-silenced"
  | "jak-activating-mutation";

export interface ContextPreset {
  name: ContextName;
  description: string;
  /** inputs held at a value (logic replaced by the constant) */
  fix: Record<string, 0 | 1>;
}

export const CONTEXTS: readonly ContextPreset[] = [
  {
    name: "hepatocyte",
    description: "normal cell, no stimulus (IL-6 can be switched on with `stimulate`)",
    fix: { IL6: 0, EGF: 0, SRC: 0, ABL1: 0, VEGFR2: 0, Hypoxia: 0, ROS: 0 },
  },
  {
    name: "autocrine-il6",
    description: "tumour cell secreting IL-6: persistent stimulation (ref 4)",
    fix: { IL6: 1, EGF: 0, SRC: 0, ABL1: 0, Hypoxia: 0, ROS: 0 },
  },
  {
    name: "egfr-driven",
    description: "EGF/EGFR drive (refs 88–89)",
    fix: { IL6: 0, EGF: 1, SRC: 0, ABL1: 0, Hypoxia: 0, ROS: 0 },
  },
  {
    name: "src-driven",
    description: "active Src (Fig. 1)",
    fix: { IL6: 0, EGF: 0, SRC: 1, ABL1: 0, Hypoxia: 0, ROS: 0 },
  },
  {
    name: "socs3-silenced",
    description: "IL-6 stimulated, SOCS3 lost (no negative feedback)",
    fix: { IL6: 1, EGF: 0, SRC: 0, ABL1: 0, Hypoxia: 0, ROS: 0, SOCS3: 0 },
  },
  {
    name: "jak-activating-mutation",
    description: "JAK locked on (no ligand needed, immune to SOCS3)",
    fix: { IL6: 0, EGF: 0, SRC: 0, ABL1: 0, Hypoxia: 0, ROS: 0, JAK: 1 },
  },
];

/** The node each drug class knocks out (Table 2 classes). */
export const DRUG_CLASS_TARGET: Record<Exclude<DrugClass, "other">, string> = {
  sh2: "STAT3_SH2",
  dbd: "STAT3_DBD",
  upstream_jak: "JAK",
  upstream_src: "SRC",
  upstream_rtk: "EGFR",
};

/** Knock-outs for a drug given by KB id (e.g. "stattic", "ruxolitinib") or by class (e.g. "sh2"). */
export function drugFixes(drug: string, kb: Kb = loadKb()): Record<string, 0> {
  if (drug in DRUG_CLASS_TARGET) return { [DRUG_CLASS_TARGET[drug as keyof typeof DRUG_CLASS_TARGET]]: 0 };
  const row = kb.drugs().find((d) => d.drug === drug);
  if (!row) {
    throw new EngineError(
      Codes.LOGIC_BAD_SETTING,
      `unknown drug "${drug}"; known: ${kb
        .drugs()
        .map((d) => d.drug)
        .join(", ")} or a class (${Object.keys(DRUG_CLASS_TARGET).join(", ")})`,
    );
  }
  if (row.class === "other") {
    // sorafenib and nifuroxazide: the review says they inhibit STAT3 without a mechanism (ref 55)
    return { STAT3_pY705: 0 };
  }
  return { [DRUG_CLASS_TARGET[row.class]]: 0 };
}

export interface ScenarioOptions {
  context: ContextName;
  drugs?: string[];
  /** extra inputs or mutations, e.g. { IL6: 1 } to stimulate a hepatocyte */
  set?: Record<string, 0 | 1>;
}

/** The mutations of a scenario: context, then extra settings, then drugs (which win). */
export function scenarioFixes(o: ScenarioOptions, kb?: Kb): Record<string, 0 | 1> {
  const ctx = CONTEXTS.find((c) => c.name === o.context);
  if (!ctx)
    throw new EngineError(
      Codes.LOGIC_BAD_SETTING,
      `unknown context "${o.context}"; known: ${CONTEXTS.map((c) => c.name).join(", ")}`,
    );
  const fix: Record<string, 0 | 1> = { ...ctx.fix, ...(o.set ?? {}) };
  for (const d of o.drugs ?? []) Object.assign(fix, drugFixes(d, kb));
  return fix;
}

/** Phenotype and TME read-outs reported by `phenotypes`. */
export const READOUTS = [
  "Proliferation",
  "Apoptosis",
  "Angiogenesis",
  "Invasion_EMT",
  "ImmuneEvasion",
  "Stemness",
  "TumourGrowth",
  "M1_macrophage",
  "M2_macrophage",
  "DC_maturation",
  "NK_cytotoxicity",
  "CD8_effector",
  "Treg_suppression",
  "MDSC_expansion",
  "B_cell_growth",
  "PDL1",
  "STAT3_DNA",
  "STAT3_pY705",
] as const;

export interface PhenotypeRun {
  /** probability of each read-out being on, time-averaged over the last tick */
  p: Record<string, number>;
  /** its standard error */
  err: Record<string, number>;
  result: logical.MaBoSSResult;
}

let cached: ReviewLogicalModel | undefined;
/** The model built once from the loaded KB. */
export function reviewModel(): ReviewLogicalModel {
  cached ??= buildReviewLogicalModel();
  return cached;
}

/**
 * MaBoSS simulation of a scenario: all nodes start off except the constant domains and the context's
 * inputs; every rate 1 (MaBoSS's default); node probabilities over the last tick [maxTime − 1, maxTime).
 */
export function phenotypes(
  o: ScenarioOptions & { samples?: number; seed?: number; maxTime?: number },
): PhenotypeRun {
  const m = reviewModel();
  const fix = scenarioFixes(o);
  const net = m.network;
  const initial: Record<string, 0 | 1> = {};
  for (const n of net.nodes) initial[n.name] = n.logic?.k === "num" ? (n.logic.v ? 1 : 0) : 0;
  const result = logical.simulateMaBoSS(net, logical.emptyConfig(), {
    samples: o.samples ?? 2000,
    seed: o.seed ?? 1,
    maxTime: o.maxTime ?? 30,
    timeTick: 1,
    fix,
    initial,
    outputs: [...READOUTS],
  });
  const p: Record<string, number> = {};
  const err: Record<string, number> = {};
  const n = result.sampleCount;
  for (const name of READOUTS) {
    p[name] = result.lastTick.marginals[name];
    // standard error of a time-averaged marginal: at most the binomial one, sqrt(p(1-p)/n)
    err[name] = Math.sqrt((p[name] * (1 - p[name])) / n);
  }
  return { p, err, result };
}

/** MaBoSS files (.bnd + .cfg) for a scenario that MaBoSS 2.x runs as they are. */
export function exportMaBoSS(o: ScenarioOptions & { samples?: number; seed?: number; maxTime?: number }): {
  bnd: string;
  cfg: string;
} {
  const m = reviewModel();
  const mutated = logical.mutate(m.network, scenarioFixes(o));
  const initial: Record<string, 0 | 1> = {};
  for (const n of mutated.nodes) initial[n.name] = n.logic?.k === "num" ? (n.logic.v ? 1 : 0) : 0;
  const bnd = logical.writeMaBoSSNetwork(mutated);
  const cfg = logical.writeMaBoSSConfig(mutated, {
    timeTick: 1,
    maxTime: o.maxTime ?? 30,
    sampleCount: o.samples ?? 10000,
    seed: o.seed ?? 1,
    istate: initial,
    internal: mutated.nodes.map((n) => n.name).filter((n) => !(READOUTS as readonly string[]).includes(n)),
  });
  return {
    bnd: `// STAT3 review network, context ${o.context}${o.drugs?.length ? `, drugs ${o.drugs.join(", ")}` : ""} (generated by STAT3 Lab)\n${bnd}`,
    cfg,
  };
}

/** SBML-qual of the network (no context applied: inputs keep their value). */
export function exportSbmlQual(): string {
  return logical.writeSbmlQual(reviewModel().network, { modelId: "stat3_review_logical" });
}
