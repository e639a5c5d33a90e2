/**
 * The mechanistic STAT3 model of the review's Fig. 1, written as code on the engine's ModelBuilder.
 *
 * Backbone: the IL-6 → gp130/JAK1 → STAT3 → SOCS3 core of Sobotta et al. 2017 (Front Physiol 8:775,
 * doi:10.3389/fphys.2017.00775; reaction list in stat3-facts.md §1b), calibrated on primary mouse
 * hepatocytes, extended where the review needs places for drugs to act:
 * - Sobotta's lumped "phosphorylation + dimerisation" is split into pY705 phosphorylation (by the
 *   receptor-JAK complex, EGFR, VEGFR2, Src, Abl) and SH2-mediated dimerisation;
 * - nuclear pY705 dimers bind DNA (STAT3 response elements) before being dephosphorylated; target
 *   genes are transcribed from the occupancy of those elements;
 * - target genes of Table 1 are transcribed and translated; IL-6 closes an autocrine loop.
 * Compartments: cytoplasm 12.67 pL, nucleus 0.5 pL (Sobotta). Time in minutes.
 *
 * The model is returned as Model IR; `buildStat3Model` sets its initial state to the unstimulated
 * steady state of the chosen context, and the `ref_*` parameters to that state's values, so every
 * `*_rel` and `hallmark_*` read-out is 1 before stimulation.
 */
import {
  Codes,
  call,
  compileModel,
  EngineError,
  type Expr,
  type Model,
  ModelBuilder,
  motifs,
  num,
  steadyState,
  sym,
} from "@stat3/engine";
import { type CellContext, CONTEXT_IDS, getContext } from "../contexts/contexts.js";
import { DRUG_ACTIONS, type DrugSite, type Regimen } from "../drugs/drugs.js";
import { loadKb } from "../kb/kb.js";
import { CORE_PARAMETERS, INPUT_PARAMETERS } from "./parameters.js";
import { HALLMARK_READOUTS, TARGET_GENES } from "./targets.js";

const {
  bind,
  convert,
  degrade,
  delayChain,
  dephosphorylate,
  dimerise,
  hillUp,
  hillDown,
  inhibition,
  nuclearExport,
  nuclearImport,
  phosphorylate,
  synthesise,
  transcribe,
  translate,
} = motifs;

export interface BuildOptions {
  /** cell context id (default "hepatocyte") */
  context?: string;
  /** dosing regimens by drug id (default: constant at drug_<id>_nM from the start) */
  regimens?: Record<string, Regimen>;
  /** parameter overrides on top of the context (e.g. for scans) */
  params?: Record<string, number>;
  /** start from the unstimulated steady state (default true) */
  steadyStateInit?: boolean;
  /** write bolus/repeated doses as SBML events (default true; the scenario runner doses itself) */
  dosingEvents?: boolean;
}

export interface Stat3Model {
  model: Model;
  context: CellContext;
  /** steady-state values of the read-outs' references */
  refs: Record<string, number>;
}

const mul = (...a: Expr[]): Expr => call("times", ...a);
const add = (...a: Expr[]): Expr => call("plus", ...a);
const div = (a: Expr, b: Expr): Expr => call("divide", a, b);

/** SBML ids of drug parameters: drug_<id>_nM, as in the public interface. */
export const drugParam = (id: string): string => `drug_${id}_nM`;

/** Build the model builder (without steady-state initialisation). */
export function stat3Builder(opts: BuildOptions = {}): { b: ModelBuilder; context: CellContext } {
  const contextId = opts.context ?? "hepatocyte";
  const context = getContext(contextId);
  if (!context) {
    throw new EngineError(
      Codes.MODEL_BUILDER,
      `unknown context "${contextId}"; known: ${CONTEXT_IDS.join(", ")}`,
    );
  }
  const overrides: Record<string, number> = { ...context.params, ...(opts.params ?? {}) };
  const kb = loadKb();
  const xr = (id: string) => {
    const x = kb.entity(id)?.xrefs;
    return x ? { uniprot: x.uniprot, hgnc: x.hgnc } : undefined;
  };
  const b = new ModelBuilder("stat3_fig1", {
    name: `STAT3 signalling (review Fig. 1), context ${context.id}`,
    note: "Mechanistic model of STAT3 signalling: Sobotta 2017 IL-6/JAK1/STAT3/SOCS3 core extended with dimerisation, DNA binding, RTK/Src/Abl inputs, Table 1 target genes, drugs of Table 2. Built by STAT3 Lab (packages/stat3/src/model/build.ts).",
  });
  const allParams = {
    ...CORE_PARAMETERS,
    ...INPUT_PARAMETERS,
    il6_basal: {
      value: 1,
      unit: "dimensionless",
      source:
        "basal IL-6 transcription relative to the STAT3-independent rate; raised by the autocrine-il6 context (NF-κB)",
      tag: "A" as const,
    },
  };
  for (const [id, info] of Object.entries(allParams)) {
    const v = overrides[id];
    b.param(
      id,
      v === undefined ? info : { ...info, value: v, note: `context ${context.id}: ${context.source}` },
    );
  }

  // ---- compartments (Sobotta 2017: Vc = 12.67 pL, Vn = 0.5 pL) ----
  b.compartment("cyt", 12.67, { name: "cytoplasm", source: "Sobotta 2017 (facts §1b)" });
  b.compartment("nuc", 0.5, { name: "nucleus", source: "Sobotta 2017 (facts §1b)" });

  // ---- drugs: one concentration parameter each, a potency, and the effective concentration ----
  const drugConc = new Map<string, Expr>();
  for (const d of DRUG_ACTIONS) {
    b.param(drugParam(d.drug), {
      value: 0,
      unit: "nM",
      source: `input: concentration of ${d.drug} (per dose for bolus/repeated regimens)`,
      tag: "A",
    });
    b.param(`K_${d.drug}_nM`, {
      value: d.K,
      unit: "nM",
      source: `${d.source} (confidence: ${d.confidence})`,
    });
    const reg = opts.regimens?.[d.drug] ?? { kind: "constant" as const };
    if (reg.kind === "constant") {
      drugConc.set(d.drug, sym(drugParam(d.drug)));
      continue;
    }
    // bolus / repeated doses: first-order decay of the medium concentration, each dose an SBML event
    const half = reg.halfLife ?? d.halfLife ?? 720;
    const cId = `drug_${d.drug}_conc`;
    b.variable(cId, 0, {
      unit: "nM",
      note: `medium concentration of ${d.drug}: first-order decay, t½ ${half.toFixed(0)} min; doses by events`,
    });
    b.param(`kel_${d.drug}`, {
      value: Math.LN2 / half,
      unit: "1/min",
      source: d.halfLife ? d.source : "12-h medium half-life; assumption",
      tag: d.halfLife ? "V" : "A",
    });
    b.rateRule(cId, mul(num(-1), sym(`kel_${d.drug}`), sym(cId)));
    const times =
      opts.dosingEvents === false
        ? []
        : reg.kind === "bolus"
          ? [reg.at ?? 0]
          : Array.from({ length: reg.doses }, (_, k) => (reg.first ?? 0) + k * reg.every);
    times.forEach((t, k) => {
      b.event(
        `dose_${d.drug}_${k + 1}`,
        call("geq", { kind: "time" }, num(t)),
        [[cId, add(sym(cId), sym(drugParam(d.drug)))]],
        `dose ${k + 1} of ${d.drug} at ${t} min`,
      );
    });
    drugConc.set(d.drug, sym(cId));
  }
  const siteFactor = (site: DrugSite): Expr => {
    const pairs = DRUG_ACTIONS.filter((d) => d.sites.includes(site)).map((d) => ({
      conc: drugConc.get(d.drug) as Expr,
      K: `K_${d.drug}_nM`,
    }));
    return b.assign(`inh_${site}`, inhibition(pairs), {
      unit: "dimensionless",
      note: `fraction of ${site} activity left by the drugs acting there (Π 1/(1 + [I]/K))`,
    });
  };
  const f = {
    jak: siteFactor("jak"),
    egfr: siteFactor("egfr"),
    egfr_stat3: siteFactor("egfr_stat3"),
    src: siteFactor("src"),
    abl: siteFactor("abl"),
    sh2: siteFactor("sh2"),
    dbd: siteFactor("dbd"),
    act: siteFactor("stat3_activation"),
  };

  // ---- ligand input: IL-6 in the medium (constant within a run; the scenario runner chains runs
  // for pre-incubation and pulses, so the integrator never steps across a switch); autocrine IL-6 ----
  b.variable("IL6_autocrine_ng_per_mL", 0, {
    unit: "ng/mL",
    note: "IL-6 secreted by the cell itself (autocrine loop)",
  });
  const il6 = b.assign("IL6_total_ng_per_mL", add(sym("IL6_ng_per_mL"), sym("IL6_autocrine_ng_per_mL")), {
    unit: "ng/mL",
    note: "IL-6 seen by the receptor: exogenous + autocrine",
  });

  // ---- species ----
  const U = (id: string) => xr(id);
  // receptor states (Sobotta R, pR, ppR; scaled units)
  b.species("JAK1_gp130", {
    compartment: "cyt",
    initial: 0.63,
    name: "JAK1·gp130",
    xrefs: { other: ["http://identifiers.org/uniprot/P23458", "http://identifiers.org/uniprot/P40189"] },
    qualifier: "bqbiol:hasPart",
  });
  b.species("pJAK1_gp130", {
    compartment: "cyt",
    initial: 0,
    name: "pJAK1·gp130",
    xrefs: { other: ["http://identifiers.org/uniprot/P23458", "http://identifiers.org/uniprot/P40189"] },
    qualifier: "bqbiol:hasPart",
  });
  b.species("pJAK1_pgp130", {
    compartment: "cyt",
    initial: 0,
    name: "pJAK1·pgp130 (active receptor)",
    xrefs: { other: ["http://identifiers.org/uniprot/P23458", "http://identifiers.org/uniprot/P40189"] },
    qualifier: "bqbiol:hasPart",
  });
  const kin = (id: string, name: string, kbId: string) => {
    b.species(id, { compartment: "cyt", initial: 1, name, xrefs: U(kbId), unit: "relative" });
    b.species(`${id}_active`, {
      compartment: "cyt",
      initial: 0,
      name: `${name} (active)`,
      xrefs: U(kbId),
      qualifier: "bqbiol:hasVersion",
      unit: "relative",
    });
  };
  kin("EGFR", "EGFR", "egfr");
  kin("VEGFR2", "VEGFR2", "kdr");
  kin("Src", "Src", "src");
  kin("Abl", "Abl", "abl1");
  const total = CORE_PARAMETERS.stat3_total.value;
  b.species("STAT3", {
    compartment: "cyt",
    initial: total,
    name: "STAT3 (cytoplasmic, unphosphorylated)",
    xrefs: U("stat3"),
  });
  b.species("pSTAT3", {
    compartment: "cyt",
    initial: 0,
    name: "pY705-STAT3 monomer",
    xrefs: U("stat3"),
    qualifier: "bqbiol:hasVersion",
  });
  b.species("pSTAT3_dimer", {
    compartment: "cyt",
    initial: 0,
    name: "pY705-STAT3 dimer (cytoplasmic)",
    xrefs: U("stat3"),
    qualifier: "bqbiol:hasPart",
  });
  b.species("nSTAT3", {
    compartment: "nuc",
    initial: 0,
    name: "STAT3 (nuclear, unphosphorylated)",
    xrefs: U("stat3"),
  });
  b.species("npSTAT3_dimer", {
    compartment: "nuc",
    initial: 0,
    name: "pY705-STAT3 dimer (nuclear, free)",
    xrefs: U("stat3"),
    qualifier: "bqbiol:hasPart",
  });
  b.species("npSTAT3_dimer_DNA", {
    compartment: "nuc",
    initial: 0,
    name: "pY705-STAT3 dimer bound to response elements",
    xrefs: U("stat3"),
    qualifier: "bqbiol:hasPart",
  });
  b.species("DNA_site", {
    compartment: "nuc",
    initial: CORE_PARAMETERS.dna_sites.value,
    name: "free STAT3 response elements",
    xrefs: { go: "GO:0000976" },
    qualifier: "bqbiol:isVersionOf",
  });
  const pre = [1, 2, 3, 4, 5].map((i) => `SOCS3_pre_mRNA${i}`);
  for (const p of pre)
    b.species(p, {
      compartment: "nuc",
      initial: 0,
      name: `SOCS3 transcript, delay stage ${p.slice(-1)}`,
      xrefs: U("socs3"),
      qualifier: "bqbiol:isEncodedBy",
    });
  b.species("SOCS3_mRNA", {
    compartment: "cyt",
    initial: 0,
    name: "SOCS3 mRNA",
    xrefs: U("socs3"),
    qualifier: "bqbiol:isEncodedBy",
  });
  b.species("SOCS3", { compartment: "cyt", initial: 0, name: "SOCS3 protein", xrefs: U("socs3") });
  for (const t of TARGET_GENES) {
    b.species(`${t.id}_mRNA`, {
      compartment: "cyt",
      initial: 1,
      name: `${t.name} mRNA (relative)`,
      xrefs: U(t.id),
      qualifier: "bqbiol:isEncodedBy",
    });
    b.species(`${t.id}_protein`, {
      compartment: "cyt",
      initial: 1,
      name: `${t.name} protein (relative)`,
      xrefs: U(t.id),
    });
  }

  // ---- receptor module (Sobotta v1–v11) ----
  // ∅ → JAK1·gp130 (receptor synthesis)                                  Sobotta v1
  synthesise(b, {
    id: "receptor_synthesis",
    species: "JAK1_gp130",
    k: "gp130_pro",
    in: "cyt",
    note: "∅ → JAK1·gp130; Sobotta 2017 v1",
  });
  // JAK1·gp130, pJAK1·gp130, pJAK1·pgp130 → ∅ (turnover)                 Sobotta v2–v4
  for (const r of ["JAK1_gp130", "pJAK1_gp130", "pJAK1_pgp130"]) {
    degrade(b, {
      id: `${r}_turnover`,
      species: r,
      k: "gp130_deg",
      in: "cyt",
      note: `${r} → ∅; Sobotta 2017 v2–v4`,
    });
  }
  // JAK1·gp130 → pJAK1·gp130, IL-6-driven (+ basal, + mutant JAK); JAK inhibitors   Sobotta v5
  const jakDrive = add(sym("k_jak_basal"), mul(sym("k_jak_il6"), il6), sym("k_jak_mut"));
  phosphorylate(b, {
    id: "jak1_activation",
    substrate: "JAK1_gp130",
    product: "pJAK1_gp130",
    k: jakDrive,
    factor: f.jak,
    in: "cyt",
    note: "IL-6·IL-6R·gp130 activates JAK1: JAK1·gp130 → pJAK1·gp130; Sobotta 2017 v5 (ruxolitinib as 1/(1+[I]/K))",
  });
  // pJAK1·gp130 → pJAK1·pgp130 (JAK1 phosphorylates gp130 Y759 etc.)      Sobotta v6
  phosphorylate(b, {
    id: "gp130_phosphorylation",
    substrate: "pJAK1_gp130",
    product: "pJAK1_pgp130",
    k: "gp130_act_jak1",
    factor: f.jak,
    in: "cyt",
    note: "pJAK1·gp130 → pJAK1·pgp130; Sobotta 2017 v6",
  });
  // pJAK1·gp130 → JAK1·gp130, pJAK1·pgp130 → JAK1·gp130 (phosphatases)  Sobotta v7, v8
  dephosphorylate(b, {
    id: "jak1_deactivation",
    substrate: "pJAK1_gp130",
    product: "JAK1_gp130",
    k: "jak1_gp130_dea",
    in: "cyt",
    note: "Sobotta 2017 v7",
  });
  dephosphorylate(b, {
    id: "receptor_deactivation",
    substrate: "pJAK1_pgp130",
    product: "JAK1_gp130",
    k: "jak1_gp130_dea",
    in: "cyt",
    note: "Sobotta 2017 v8",
  });
  // receptor + SOCS3 → ∅ (SOCS3 targets the receptor for degradation; SOCS3 consumed)   Sobotta v9–v11
  for (const r of ["JAK1_gp130", "pJAK1_gp130", "pJAK1_pgp130"]) {
    b.reaction(`${r}_socs3_degradation`, {
      reactants: [r, "SOCS3"],
      rate: mul(sym("socs3_assoc"), sym(r), sym("SOCS3")),
      in: "cyt",
      note: `${r} + SOCS3 → ∅; Sobotta 2017 v9–v11`,
    });
  }

  // ---- RTK and non-receptor kinase inputs ----
  // EGFR → EGFR* (EGF-driven or ligand-independent); EGFR TKIs block the kinase
  convert(b, {
    id: "egfr_activation",
    from: "EGFR",
    to: "EGFR_active",
    k: add(sym("k_egfr_on_basal"), mul(sym("k_egfr_on_egf"), sym("EGF_ng_per_mL"))),
    factor: f.egfr,
    in: "cyt",
    note: "EGF·EGFR autophosphorylation (review Fig. 1)",
  });
  convert(b, {
    id: "egfr_inactivation",
    from: "EGFR_active",
    to: "EGFR",
    k: "k_egfr_off",
    in: "cyt",
    note: "EGFR* → EGFR",
  });
  convert(b, {
    id: "vegfr2_activation",
    from: "VEGFR2",
    to: "VEGFR2_active",
    k: add(sym("k_vegfr2_on_basal"), mul(sym("k_vegfr2_on_vegf"), sym("VEGF_ng_per_mL"))),
    in: "cyt",
    note: "VEGF·VEGFR2 autophosphorylation (review Fig. 1)",
  });
  convert(b, {
    id: "vegfr2_inactivation",
    from: "VEGFR2_active",
    to: "VEGFR2",
    k: "k_vegfr2_off",
    in: "cyt",
    note: "VEGFR2* → VEGFR2",
  });
  // Src → Src* (oncogenic or by RTKs); Abl → Abl*
  convert(b, {
    id: "src_activation",
    from: "Src",
    to: "Src_active",
    k: add(sym("k_src_on_basal"), mul(sym("k_src_on_rtk"), add(sym("EGFR_active"), sym("VEGFR2_active")))),
    in: "cyt",
    note: "RTK → Src (review Fig. 1)",
  });
  convert(b, {
    id: "src_inactivation",
    from: "Src_active",
    to: "Src",
    k: "k_src_off",
    in: "cyt",
    note: "Src* → Src (Csk)",
  });
  convert(b, {
    id: "abl_activation",
    from: "Abl",
    to: "Abl_active",
    k: "k_abl_on_basal",
    in: "cyt",
    note: "Abl activation",
  });
  convert(b, {
    id: "abl_inactivation",
    from: "Abl_active",
    to: "Abl",
    k: "k_abl_off",
    in: "cyt",
    note: "Abl* → Abl",
  });

  // ---- STAT3 Y705 phosphorylation: receptor-JAK, EGFR, VEGFR2, Src, Abl ----
  const socs3Inh = b.assign(
    "inh_socs3",
    div(num(1), add(num(1), mul(sym("stat3_inh_socs3"), sym("SOCS3")))),
    {
      unit: "dimensionless",
      note: "SOCS3 inhibition of receptor-driven STAT3 phosphorylation (Sobotta 2017 v14)",
    },
  );
  const sh2Act = mul(f.sh2, f.act);
  // STAT3 + pJAK1·pgp130 → pY705-STAT3 (SH2 docks on gp130 pY; SOCS3 competes)   Sobotta v14
  phosphorylate(b, {
    id: "stat3_phosphorylation_receptor",
    substrate: "STAT3",
    product: "pSTAT3",
    kinase: "pJAK1_pgp130",
    k: "k_stat3_act",
    factor: mul(socs3Inh, sh2Act),
    in: "cyt",
    note: "STAT3 —(pJAK1·pgp130)→ pY705-STAT3; Sobotta 2017 v14",
  });
  phosphorylate(b, {
    id: "stat3_phosphorylation_egfr",
    substrate: "STAT3",
    product: "pSTAT3",
    kinase: "EGFR_active",
    k: "k_stat3_egfr",
    factor: mul(f.egfr_stat3, sh2Act),
    in: "cyt",
    note: "STAT3 —(EGFR*)→ pY705-STAT3 (review Fig. 1)",
  });
  phosphorylate(b, {
    id: "stat3_phosphorylation_vegfr2",
    substrate: "STAT3",
    product: "pSTAT3",
    kinase: "VEGFR2_active",
    k: "k_stat3_vegfr2",
    factor: sh2Act,
    in: "cyt",
    note: "STAT3 —(VEGFR2*)→ pY705-STAT3 (review Fig. 1)",
  });
  phosphorylate(b, {
    id: "stat3_phosphorylation_src",
    substrate: "STAT3",
    product: "pSTAT3",
    kinase: "Src_active",
    k: "k_stat3_src",
    factor: mul(f.src, sh2Act),
    in: "cyt",
    note: "STAT3 —(Src*)→ pY705-STAT3 (review Fig. 1)",
  });
  phosphorylate(b, {
    id: "stat3_phosphorylation_abl",
    substrate: "STAT3",
    product: "pSTAT3",
    kinase: "Abl_active",
    k: "k_stat3_abl",
    factor: mul(f.abl, sh2Act),
    in: "cyt",
    note: "STAT3 —(Abl*)→ pY705-STAT3 (review Fig. 1)",
  });
  // 2 pY705-STAT3 ⇌ dimer (reciprocal SH2–pY705)
  dimerise(b, {
    id: "stat3_dimerisation",
    monomer: "pSTAT3",
    dimer: "pSTAT3_dimer",
    kon: "k_dim_on",
    koff: "k_dim_off",
    factor: f.sh2,
    in: "cyt",
    note: "2 pY705-STAT3 ⇌ (pY705-STAT3)2, SH2–pTyr (review Fig. 1)",
  });
  // pY705 monomer → STAT3 (cytoplasmic PTPs)
  dephosphorylate(b, {
    id: "stat3_dephosphorylation_cyt",
    substrate: "pSTAT3",
    product: "STAT3",
    k: "k_cyt_deph",
    in: "cyt",
    note: "pY705-STAT3 → STAT3 (SHP-family)",
  });
  // ---- nuclear shuttling (Sobotta v12, v13, v15) ----
  nuclearImport(b, {
    id: "stat3_import",
    from: "STAT3",
    to: "nSTAT3",
    k: "stat3_imp",
    in: "cyt",
    note: "STAT3(cyt) → STAT3(nuc); Sobotta 2017 v12",
  });
  nuclearExport(b, {
    id: "stat3_export",
    from: "nSTAT3",
    to: "STAT3",
    k: "stat3_exp",
    in: "nuc",
    note: "STAT3(nuc) → STAT3(cyt); Sobotta 2017 v13",
  });
  nuclearImport(b, {
    id: "pstat3_monomer_import",
    from: "pSTAT3",
    to: "nSTAT3",
    k: "stat3_imp",
    in: "cyt",
    note: "pY705 monomer imported at the basal rate and dephosphorylated in the nucleus (Sobotta's import-coupled dephosphorylation)",
  });
  nuclearImport(b, {
    id: "dimer_import",
    from: "pSTAT3_dimer",
    to: "npSTAT3_dimer",
    k: "k_dimer_imp",
    in: "cyt",
    note: "dimer(cyt) → dimer(nuc), importin-α3/β1; rate of Sobotta's pSTAT3 import (v15)",
  });
  // ---- DNA binding and nuclear dephosphorylation ----
  bind(b, {
    id: "dna_binding",
    a: "npSTAT3_dimer",
    b: "DNA_site",
    complex: "npSTAT3_dimer_DNA",
    kon: "k_dna_on",
    koff: "k_dna_off",
    factor: f.dbd,
    in: "nuc",
    note: "dimer + GAS element ⇌ dimer·DNA (DNA-binding domain; DBD inhibitors act here only)",
  });
  dephosphorylate(b, {
    id: "nuclear_dephosphorylation",
    substrate: "npSTAT3_dimer",
    product: ["nSTAT3", 2],
    k: "k_nuc_deph",
    in: "nuc",
    note: "dimer → 2 STAT3 (TC45 and nuclear PTPs)",
  });
  dephosphorylate(b, {
    id: "nuclear_dephosphorylation_dna",
    substrate: "npSTAT3_dimer_DNA",
    product: ["nSTAT3", 2],
    extraProducts: ["DNA_site"],
    k: "k_nuc_deph",
    in: "nuc",
    note: "dimer·DNA → 2 STAT3 + DNA (same rate: DNA binding leaves pY705 unchanged)",
  });

  // ---- read-out of promoter occupancy ----
  const theta = b.assign("stat3_occupancy", div(sym("npSTAT3_dimer_DNA"), sym("dna_sites")), {
    unit: "dimensionless",
    note: "fraction of STAT3 response elements bound by pY705 dimers",
  });

  // ---- SOCS3 negative feedback (Sobotta v16–v24) ----
  // ∅ → SOCS3 pre-mRNA, driven by promoter occupancy (Hill, Sobotta's exponent)
  transcribe(b, {
    id: "socs3_transcription",
    mRNA: pre[0],
    activator: theta,
    basal: mul(sym("socs3_silencing"), sym("socs3_tx_basal")),
    vmax: mul(sym("socs3_silencing"), sym("socs3_tx_max")),
    K: "socs3_tx_K",
    n: "socs3rna_hill",
    in: "nuc",
    note: "θ → SOCS3 transcription; Sobotta 2017 v16 (drive: nuclear pSTAT3)",
  });
  // 5-stage delay to mature cytoplasmic mRNA                                 Sobotta v17–v21
  delayChain(b, {
    idPrefix: "socs3_rna_maturation_",
    stages: pre,
    target: "SOCS3_mRNA",
    k: "socs3rna_delay",
    in: "nuc",
    note: "SOCS3 transcript maturation and export; Sobotta 2017 v17–v21",
  });
  degrade(b, {
    id: "socs3_mrna_decay",
    species: "SOCS3_mRNA",
    k: "socs3rna_des",
    in: "cyt",
    note: "Sobotta 2017 v22",
  });
  translate(b, {
    id: "socs3_translation",
    mRNA: "SOCS3_mRNA",
    protein: "SOCS3",
    k: "socs3_pro",
    in: "cyt",
    note: "Sobotta 2017 v23",
  });
  degrade(b, { id: "socs3_decay", species: "SOCS3", k: "socs3_des", in: "cyt", note: "Sobotta 2017 v24" });

  // ---- Table 1 target genes ----
  for (const t of TARGET_GENES) {
    const m = `${t.id}_mRNA`;
    const p = `${t.id}_protein`;
    b.param(`kdm_${t.id}`, {
      value: Math.LN2 / t.mrnaHalfLife,
      unit: "1/min",
      source: `ln2 / mRNA t½ ${t.mrnaHalfLife} min: ${t.source}`,
    });
    b.param(`kdp_${t.id}`, {
      value: Math.LN2 / t.proteinHalfLife,
      unit: "1/min",
      source: `ln2 / protein t½ ${t.proteinHalfLife} min: ${t.source}`,
    });
    b.param(`fold_${t.id}`, {
      value: t.fold,
      unit: "dimensionless",
      source: "max fold change at full occupancy; assumption (no per-gene data)",
      tag: "A",
    });
    b.param(`K_${t.id}`, {
      value: t.K,
      unit: "dimensionless",
      source: "occupancy at half-maximal effect; assumption",
      tag: "A",
    });
    const basal = t.id === "il6" ? mul(sym(`kdm_${t.id}`), sym("il6_basal")) : sym(`kdm_${t.id}`);
    const range = mul(sym(`kdm_${t.id}`), add(sym(`fold_${t.id}`), num(-1)));
    if (t.direction === "up") {
      transcribe(b, {
        id: `${t.id}_transcription`,
        mRNA: m,
        activator: theta,
        basal,
        vmax: range,
        K: `K_${t.id}`,
        n: num(t.n),
        in: "cyt",
        note: `θ → ${t.name} mRNA (review Table 1: ${t.hallmarks.join(", ")})`,
      });
    } else {
      // repressed: rate kdm·(fold + (1 − fold)·K/(K + θ)) falls from kdm to kdm·fold
      b.reaction(`${t.id}_transcription`, {
        products: [m],
        rate: mul(
          sym(`kdm_${t.id}`),
          add(
            sym(`fold_${t.id}`),
            mul(add(num(1), mul(num(-1), sym(`fold_${t.id}`))), hillDown(theta, `K_${t.id}`, num(t.n))),
          ),
        ),
        in: "cyt",
        note: `θ ⊣ ${t.name} mRNA (review Table 1: repressed)`,
      });
    }
    degrade(b, { id: `${t.id}_mRNA_decay`, species: m, k: `kdm_${t.id}`, in: "cyt" });
    translate(b, {
      id: `${t.id}_translation`,
      mRNA: m,
      protein: p,
      k: `kdp_${t.id}`,
      in: "cyt",
      note: `${t.name} mRNA → protein`,
    });
    degrade(b, { id: `${t.id}_protein_decay`, species: p, k: `kdp_${t.id}`, in: "cyt" });
  }
  // autocrine IL-6: secreted IL-6 protein accumulates in the medium and is cleared
  b.rateRule(
    "IL6_autocrine_ng_per_mL",
    add(
      mul(sym("il6_secretion"), sym("il6_protein")),
      mul(num(-1), sym("il6_clearance"), sym("IL6_autocrine_ng_per_mL")),
    ),
  );

  // ---- read-outs (public interface) ----
  b.assign(
    "pSTAT3_fraction",
    div(
      add(
        mul(sym("cyt"), add(sym("pSTAT3"), mul(num(2), sym("pSTAT3_dimer")))),
        mul(sym("nuc"), num(2), add(sym("npSTAT3_dimer"), sym("npSTAT3_dimer_DNA"))),
      ),
      add(
        mul(sym("cyt"), add(sym("STAT3"), sym("pSTAT3"), mul(num(2), sym("pSTAT3_dimer")))),
        mul(sym("nuc"), add(sym("nSTAT3"), mul(num(2), add(sym("npSTAT3_dimer"), sym("npSTAT3_dimer_DNA"))))),
      ),
    ),
    {
      unit: "dimensionless",
      note: "Y705-phosphorylated STAT3 over total STAT3 (amounts, monomer equivalents), 0..1",
    },
  );
  b.assign("nuclear_pSTAT3_nM", mul(num(2), add(sym("npSTAT3_dimer"), sym("npSTAT3_dimer_DNA"))), {
    unit: "nM",
    note: "nuclear pY705-STAT3 (monomer equivalents), nuclear concentration",
  });
  b.param("ref_SOCS3_mRNA", {
    value: 1,
    unit: "nM",
    source: "SOCS3 mRNA at the context's unstimulated steady state (computed when the model is built)",
  });
  b.assign("SOCS3_mRNA_rel", div(sym("SOCS3_mRNA"), sym("ref_SOCS3_mRNA")), {
    unit: "dimensionless",
    note: "SOCS3 mRNA relative to the unstimulated steady state",
  });
  for (const t of TARGET_GENES) {
    b.param(`ref_${t.id}_protein`, {
      value: 1,
      unit: "dimensionless",
      source: `${t.name} protein at the context's unstimulated steady state (computed when the model is built)`,
    });
  }
  for (const h of HALLMARK_READOUTS) {
    const genes = TARGET_GENES.filter((t) => t.hallmarks.includes(h.hallmark));
    // geometric mean of fold changes; repressed genes enter inverted (their loss promotes the hallmark)
    const ratios = genes.map((t) => {
      const r = div(sym(`${t.id}_protein`), sym(`ref_${t.id}_protein`));
      return t.direction === "up" ? r : div(num(1), r);
    });
    b.assign(`hallmark_${h.name}`, call("power", mul(...ratios), num(1 / genes.length)), {
      unit: "dimensionless",
      note: `geometric mean of the fold changes of ${genes.map((g) => g.name).join(", ")} proteins (CXCL10 inverted) vs the unstimulated steady state`,
    });
  }
  return { b, context };
}

const cache = new Map<string, Stat3Model>();

/**
 * The model in a context, starting from its unstimulated steady state (IL-6 off, no drugs), with the
 * read-out references set. Results are cached per (context, regimens, params).
 */
export function buildStat3Model(opts: BuildOptions = {}): Stat3Model {
  const key = JSON.stringify([
    opts.context ?? "hepatocyte",
    opts.regimens ?? {},
    opts.params ?? {},
    opts.steadyStateInit ?? true,
    opts.dosingEvents ?? true,
  ]);
  const hit = cache.get(key);
  if (hit)
    return {
      model: JSON.parse(JSON.stringify(hit.model)) as Model,
      context: hit.context,
      refs: { ...hit.refs },
    };
  const { b, context } = stat3Builder(opts);
  const model = b.build();
  // overrides of parameters declared after the core table (drug potencies, gene parameters…)
  for (const [k, v] of Object.entries({ ...context.params, ...(opts.params ?? {}) })) {
    const p = model.parameters.find((x) => x.id === k);
    if (!p || !p.constant)
      throw new EngineError(
        Codes.MODEL_BUILDER,
        `context "${context.id}" or override sets unknown parameter "${k}"`,
      );
    p.value = v;
  }
  const refs: Record<string, number> = {};
  if (opts.steadyStateInit ?? true) {
    const compiled = compileModel(model);
    const ss = steadyState(compiled, { integrate: true, method: "bdf" });
    const { layout } = compiled;
    const value = (id: string): number => {
      const e = layout.symbols.get(id);
      if (!e || e.home !== "y")
        throw new EngineError(Codes.MODEL_BUILDER, `steady state: "${id}" is not a state`);
      const v = ss.y[e.index];
      if (e.kind === "species" && !e.storedConc) return v / (e.compartment === "nuc" ? 0.5 : 12.67);
      return v;
    };
    for (const s of model.species) s.initialConcentration = Math.max(0, value(s.id));
    const auto = model.parameters.find((p) => p.id === "IL6_autocrine_ng_per_mL");
    if (auto) auto.value = Math.max(0, value("IL6_autocrine_ng_per_mL"));
    const setRef = (pid: string, v: number) => {
      const p = model.parameters.find((x) => x.id === pid);
      if (p) p.value = v;
      refs[pid] = v;
    };
    setRef("ref_SOCS3_mRNA", value("SOCS3_mRNA"));
    for (const t of TARGET_GENES) setRef(`ref_${t.id}_protein`, value(`${t.id}_protein`));
  }
  const out: Stat3Model = { model, context, refs };
  cache.set(key, out);
  return { model: JSON.parse(JSON.stringify(model)) as Model, context, refs: { ...refs } };
}
