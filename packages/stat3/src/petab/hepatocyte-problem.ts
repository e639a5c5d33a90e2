/**
 * A PEtab v1 problem for this project's own STAT3 model (context "hepatocyte") on the measurement
 * and condition tables of the published IL-6/STAT3 hepatocyte problem of Sobotta et al. 2017
 * (Front Physiol 8:775, doi:10.3389/fphys.2017.00775; PEtab export in
 * shared/petab/Sobotta_Frontiers2017_STAT3, whose README defines the conventions kept here).
 * PEtab v1: Schmiester et al. 2021, PLoS Comput Biol 17:e1008646, doi:10.1371/journal.pcbi.1008646.
 *
 * What is the same as in Sobotta's problem: the measurement table (verbatim), the condition table
 * (verbatim: same ids, same columns — they become parameters of our SBML), the 12 observable ids
 * with the same observableParameter/noiseParameter placeholders (so every per-measurement override
 * applies unchanged), the offset/scale/sd rows of the parameter table (verbatim: bounds, scales,
 * nominal values, estimate flags), the pre-equilibration condition `steadystate` and the time
 * convention model time = experimental time + t_shift (60 min).
 *
 * What is ours: the SBML (our model built in the hepatocyte context, plus the input rules below),
 * the observable formulas on our species, and the kinetic rows of the parameter table.
 *
 * Inputs added to our model as assignment rules driven by the condition-table parameters, exactly
 * as in Sobotta's SBML:
 *   t_exp            = time − t_shift
 *   IL6_ng_per_mL    = input_il6 for 0 < t_exp ≤ il6_removal_time, else 0            (ng/mL)
 *   drug_stattic_nM  = 1000 · input_stattic                         (condition table in µM)
 *   drug_ruxolitinib_nM = input_ruxolitinib · exp(−rux_degrade·(t_exp + 60))      (nM, decays
 *                      from its addition at t_exp = −60; rux_degrade is Sobotta's parameter)
 *   ActD             = 0 for t_exp ≤ actd_on_time; input_actd until actd_switch_time; then input_actd2
 * ActD (actinomycin D) intercalates into DNA and blocks RNA polymerase II elongation, i.e. all new
 * transcription (Sobell 1985, PNAS 82:5328, doi:10.1073/pnas.82.16.5328). As in Sobotta's
 * il6_core.def, where ActD multiplies SOCS3 transcription and receptor production by (1 − ActD),
 * the generator multiplies by (1 − ActD) the rate laws of SOCS3 transcription, receptor synthesis
 * (which needs new gp130/JAK1 mRNA; Sobotta's assumption) and every target-gene transcription. With
 * ActD = 0 (every condition except the four ActD ones) the model is unchanged.
 *
 * Total STAT3 is conserved in our model, so pre-equilibration can only reach the steady state of the
 * total it starts with: initial assignments tie the STAT3 pools to `stat3_total` (all of them scaled
 * from the nominal steady state; the DNA-bound dimers start as free nuclear STAT3 and free sites),
 * so that estimating `stat3_total` changes the total, as Sobotta's `total_STAT3` does.
 *
 * Isomorphic: the Sobotta tables come in as text (the CLI and scripts read them from disk).
 */
import { Codes, call, EngineError, type Expr, type Model, num, sym, writeSBML } from "@stat3/engine";
import { buildStat3Model, drugParam } from "../model/build.js";
import { CORE_PARAMETERS } from "../model/parameters.js";
import { TARGET_GENES } from "../model/targets.js";

/** The three Sobotta tables the problem reuses (text of the TSV files). */
export interface SobottaTables {
  conditions: string;
  measurements: string;
  parameters: string;
  /** file names, for error messages */
  conditionsFile?: string;
  measurementsFile?: string;
  parametersFile?: string;
}

export interface HepatocyteProblemOptions {
  /**
   * leave out the states that are constant or feed nothing back in the hepatocyte context (default
   * true; see `pruneInert`): the 12 observables are exactly the same, forward sensitivities ~20×
   * cheaper
   */
  prune?: boolean;
  /** order of magnitude of the kinetic parameters' bounds: nominal·10^±span (default 3) */
  boundSpan?: number;
  /** problem name stem (default "Stat3Lab_hepatocyte") */
  name?: string;
}

/** Sobotta's condition-table columns, which become parameters of our SBML (steady-state defaults). */
export const INPUT_COLUMNS: Record<string, { value: number; unit: string; note: string }> = {
  input_il6: { value: 0, unit: "ng/mL", note: "IL-6 added at t_exp = 0 (condition table)" },
  il6_removal_time: {
    value: 100000,
    unit: "min",
    note: "experimental time at which IL-6 is washed out (100000 = never)",
  },
  input_stattic: { value: 0, unit: "µM", note: "Stattic, present from t_exp = −60 (condition table, µM)" },
  input_ruxolitinib: {
    value: 0,
    unit: "nM",
    note: "ruxolitinib added at t_exp = −60, decays with rux_degrade (condition table, nM)",
  },
  input_actd: { value: 0, unit: "dimensionless", note: "actinomycin D on (1) / off (0) from actd_on_time" },
  actd_on_time: { value: -10, unit: "min", note: "experimental time of actinomycin D addition" },
  actd_switch_time: {
    value: 100000,
    unit: "min",
    note: "experimental time at which actinomycin D switches to input_actd2",
  },
  input_actd2: { value: 0, unit: "dimensionless", note: "actinomycin D on/off after actd_switch_time" },
};

/** Sobotta's time shift: model time = experimental time + 60 min (60-min inhibitor pre-incubation). */
export const T_SHIFT = 60;
/**
 * Sobotta 2017 best fit (parameters_Sobotta_Frontiers2017_STAT3.tsv, rux_degrade): first-order loss
 * of ruxolitinib from the medium, 1/min. Part of the data's input description, estimated as there.
 */
export const RUX_DEGRADE = 0.00097064805121313872;

/**
 * Kinetic parameters estimated from the hepatocyte data, with why. Every other parameter of the
 * model stays at its value (estimate = 0 by absence from the table): RTK/Src/Abl inputs and the
 * target genes other than SOCS3 never reach the 12 observables in this context (no EGF/VEGF, no
 * oncogenic kinase, il6_secretion = 0 so no autocrine loop); drugs other than Stattic and
 * ruxolitinib are 0 in every condition; k_jak_mut = 0 and socs3_silencing = 1 define the
 * hepatocyte context (socs3_silencing would also be redundant with socs3_tx_max/basal); dna_sites
 * is not separately identifiable from socs3_tx_K (with K_d ≫ sites the occupancy is the free-dimer
 * concentration over K_d, whatever the number of sites).
 */
export const ESTIMATED_KINETICS: Record<string, string> = {
  gp130_pro: "receptor synthesis (Sobotta gp130_pro)",
  gp130_deg: "receptor turnover (Sobotta gp130_deg)",
  k_jak_basal: "basal JAK1 activation (Sobotta jak1_act_basal)",
  k_jak_il6: "IL-6-driven JAK1 activation (Sobotta jak1_act_il6)",
  gp130_act_jak1: "gp130 phosphorylation (Sobotta gp130_act_jak1)",
  jak1_gp130_dea: "receptor dephosphorylation (Sobotta jak1_gp130_dea)",
  socs3_assoc: "SOCS3-mediated receptor degradation (Sobotta socs3_assoc)",
  stat3_inh_socs3: "SOCS3 inhibition of STAT3 phosphorylation (Sobotta stat3_inh_socs3)",
  k_stat3_act: "receptor-driven STAT3 phosphorylation (Sobotta stat3_act_gp130)",
  stat3_total: "total STAT3 (Sobotta total_STAT3; ctSTAT3_abs, pSTAT3_ms)",
  stat3_imp: "STAT3 import (Sobotta stat3_imp)",
  stat3_exp: "STAT3 export (Sobotta stat3_exp)",
  k_dimer_imp: "pY705 dimer import (Sobotta stat3_imp·(1 + f_pstat3_imp))",
  k_dim_on: "dimerisation (ours; shapes pY705 kinetics)",
  k_dim_off: "dimer dissociation (ours)",
  k_cyt_deph: "cytoplasmic pY705 dephosphorylation (ours; pulse decay)",
  k_nuc_deph: "nuclear dephosphorylation (ours; nuclear pSTAT3 and pulse decay)",
  k_dna_on: "DNA binding (ours; SOCS3 drive)",
  k_dna_off: "DNA release (ours; SOCS3 drive)",
  socs3_tx_max: "maximal SOCS3 transcription (Sobotta socs3rna_pro)",
  socs3_tx_K: "occupancy at half-maximal SOCS3 transcription (ours)",
  socs3_tx_basal: "STAT3-independent SOCS3 transcription (ours; basal qPCR level)",
  socs3rna_hill: "Hill exponent of SOCS3 transcription (Sobotta socs3rna_hill)",
  socs3rna_delay: "SOCS3 transcript delay chain (Sobotta socs3rna_delay)",
  socs3rna_des: "SOCS3 mRNA decay (Sobotta socs3rna_des)",
  socs3_pro: "SOCS3 translation (Sobotta socs3_pro)",
  socs3_des: "SOCS3 decay (Sobotta socs3_des)",
  K_stattic_nM: "Stattic potency (Sobotta 1/stat3_inh_stattic)",
  K_ruxolitinib_nM: "ruxolitinib potency (Sobotta 1/jak1_inh_ruxolitinib)",
  rux_degrade: "ruxolitinib decay in the medium (Sobotta rux_degrade)",
};

/** Hill exponents are bounded as in Sobotta's table (linear scale, 1…3). */
const LINEAR_BOUNDS: Record<string, [number, number]> = { socs3rna_hill: [1, 3] };

/** STAT3-containing species and how many STAT3 monomers each holds. */
const STAT3_POOLS: Record<string, number> = {
  STAT3: 1,
  pSTAT3: 1,
  pSTAT3_dimer: 2,
  nSTAT3: 1,
  npSTAT3_dimer: 2,
  npSTAT3_dimer_DNA: 2,
};

const V_CYT = 12.67;
const V_NUC = 0.5;

/**
 * Observable formulas on our model (same ids and placeholders as Sobotta's table). Species ids are
 * concentrations in their own compartment (cytoplasm 12.67 pL, nucleus 0.5 pL).
 */
export const OBSERVABLES: {
  id: string;
  name: string;
  formula: string;
  transformation: "lin" | "log10";
  noise: string;
}[] = (() => {
  const op = (id: string, body: string) =>
    `observableParameter1_${id} + observableParameter2_${id} * (${body})`;
  const np = (id: string) => `noiseParameter1_${id}`;
  // Sobotta's pSTAT3 read-out is tpSTAT3/total_STAT3: cytoplasmic pY705 (its only pY pool) over total
  // STAT3 as a nuclear concentration (total amount / 0.5 pL), i.e. (pY amount/total amount)·Vn/Vc.
  // Ours: the whole-cell pY705 fraction (monomer + dimers, cytoplasm + nucleus, in monomers: the
  // model's pSTAT3_fraction) times the same Vn/Vc, so Sobotta's nominal scales keep their meaning.
  const pFrac = `pSTAT3_fraction * ${V_NUC} / ${V_CYT}`;
  // Sobotta's npSTAT3_wb is the nuclear pSTAT3 influx 25.34·tpSTAT3·stat3_imp·(1 + f_pstat3_imp)
  // (nM_nuc/min) over total STAT3 (nM_nuc): his nuclear pSTAT3 is dephosphorylated at import, so the
  // influx is his proxy of nuclear pSTAT3. Our model has nuclear pY705 dimers (free and DNA-bound),
  // which is what a blot of nuclear fractions detects: nuclear_pSTAT3_nM (monomer equivalents). At
  // quasi-steady state influx = k_nuc_deph·nuclear pSTAT3, so nuclear_pSTAT3_nM·5 (nominal
  // k_nuc_deph, 1/min, a fixed number so that the read-out stays the species) over total STAT3 as
  // a nuclear concentration (stat3_total·Vc/Vn) is numerically comparable to Sobotta's proxy.
  const npFlux = `nuclear_pSTAT3_nM * 5 / (stat3_total * ${V_CYT} / ${V_NUC})`;
  return [
    {
      id: "pJAK1_wb",
      name: "pJAK1 (JAK1 pY1034/1035), Western blot: phosphorylated receptor-JAK1 complexes",
      formula: op("pJAK1_wb", "pJAK1_gp130 + pJAK1_pgp130"),
      transformation: "log10",
      noise: np("pJAK1_wb"),
    },
    {
      id: "pgp130_wb",
      name: "pgp130 (gp130 pY759), Western blot",
      formula: op("pgp130_wb", "pJAK1_pgp130"),
      transformation: "log10",
      noise: np("pgp130_wb"),
    },
    {
      id: "pSTAT3_wb",
      name: "pSTAT3 (pY705), Western blot: total pY705 fraction · Vn/Vc",
      formula: op("pSTAT3_wb", pFrac),
      transformation: "log10",
      noise: np("pSTAT3_wb"),
    },
    {
      id: "pSTAT3_lumi",
      name: "pSTAT3 (pY705), Luminex: total pY705 fraction · Vn/Vc",
      formula: op("pSTAT3_lumi", pFrac),
      transformation: "log10",
      noise: np("pSTAT3_lumi"),
    },
    {
      id: "npSTAT3_wb",
      name: "nuclear pSTAT3, Western blot of nuclear fractions: nuclear pY705-STAT3",
      formula: op("npSTAT3_wb", npFlux),
      transformation: "log10",
      noise: np("npSTAT3_wb"),
    },
    {
      id: "SOCS3_wb",
      name: "SOCS3 protein, Western blot",
      formula: op("SOCS3_wb", "SOCS3"),
      transformation: "log10",
      noise: np("SOCS3_wb"),
    },
    {
      id: "SOCS3_qpcr",
      name: "SOCS3 mRNA, qRT-PCR (normalised to HPRT)",
      formula: op("SOCS3_qpcr", "SOCS3_mRNA"),
      transformation: "log10",
      noise: np("SOCS3_qpcr"),
    },
    {
      id: "ntSTAT3_ratio",
      name: "nuclear/cytoplasmic total STAT3 concentration ratio, imaging (all forms, in monomers)",
      formula: "(nSTAT3 + 2 * npSTAT3_dimer + 2 * npSTAT3_dimer_DNA) / (STAT3 + pSTAT3 + 2 * pSTAT3_dimer)",
      transformation: "log10",
      noise: np("ntSTAT3_ratio"),
    },
    {
      id: "JAK1_gp130_abs",
      name: "total JAK1/gp130 receptor, nmol/L cytoplasm",
      formula: "JAK1_gp130 + pJAK1_gp130 + pJAK1_pgp130",
      transformation: "log10",
      noise: "sd_JAK1_gp130_abs",
    },
    {
      id: "ctSTAT3_abs",
      name: "cytoplasmic STAT3 (all forms, in monomers), nmol/L",
      formula: "STAT3 + pSTAT3 + 2 * pSTAT3_dimer",
      transformation: "log10",
      noise: "sd_ctSTAT3_abs",
    },
    {
      id: "SOCS3_abs",
      name: "SOCS3 protein, nmol/L",
      formula: "SOCS3",
      transformation: "log10",
      noise: "sd_SOCS3_abs",
    },
    {
      id: "pSTAT3_ms",
      // Sobotta: 100·tpSTAT3/(STAT3 + tpSTAT3), all his pY705 being cytoplasmic; MS of whole-cell
      // lysates sees every pool, so ours is the whole-cell fraction.
      name: "STAT3 pY705 phosphorylation degree in %, mass spectrometry (whole cell)",
      formula: "100 * pSTAT3_fraction",
      transformation: "lin",
      noise: "sd_pSTAT3_ms",
    },
  ];
})();

const mul = (...a: Expr[]): Expr => call("times", ...a);
const piecewise = (pieces: { value: Expr; cond: Expr }[], otherwise: Expr): Expr => ({
  kind: "piecewise",
  pieces,
  otherwise,
});

function bad(message: string): never {
  throw new EngineError(Codes.MODEL_BUILDER, message);
}

/** Header and rows of a TSV text (no quoting in PEtab v1 tables). */
function tsv(text: string, file: string): { header: string[]; rows: string[][] } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  if (lines.length === 0) bad(`${file}: empty table; pass the Sobotta PEtab table text`);
  const header = lines[0].split("\t");
  const rows = lines.slice(1).map((l, i) => {
    const r = l.split("\t");
    if (r.length !== header.length)
      bad(`${file}:${i + 2}: ${r.length} columns, the header has ${header.length}; the table is malformed`);
    return r;
  });
  return { header, rows };
}

/** Species of the model that the hepatocyte data cannot see (see `pruneInert`). */
export const INERT_SPECIES: readonly string[] = [
  ...["EGFR", "VEGFR2", "Src", "Abl"].flatMap((k) => [k, `${k}_active`]),
  ...TARGET_GENES.flatMap((t) => [`${t.id}_mRNA`, `${t.id}_protein`]),
];

function mentions(e: Expr, ids: Set<string>): boolean {
  if (e.kind === "sym") return ids.has(e.name);
  if (e.kind === "call" || e.kind === "fn") return e.args.some((a) => mentions(a, ids));
  if (e.kind === "piecewise")
    return (
      e.pieces.some((p) => mentions(p.value, ids) || mentions(p.cond, ids)) ||
      (e.otherwise !== undefined && mentions(e.otherwise, ids))
    );
  return false;
}

/**
 * Removes what cannot reach the 12 observables in the hepatocyte context, where it is exactly inert:
 * - EGFR, VEGFR2, Src, Abl and their active forms: no EGF/VEGF input and zero basal activation
 *   (k_*_on_basal = 0), so the active forms stay at 0 and the STAT3 phosphorylation they drive is 0;
 * - the target genes' mRNAs and proteins (SOCS3 excepted): they read promoter occupancy and feed
 *   nothing back except IL-6 through the autocrine loop, which is off (il6_secretion = 0), so the
 *   autocrine IL-6 is the constant 0.
 * Reactions, rules and read-outs (hallmarks) that mention a removed species go with it. The
 * observables are unchanged (the test compares the likelihood with and without pruning); the point is
 * cost: forward sensitivities scale with states × parameters, and these are two thirds of the states.
 */
export function pruneInert(model: Model): Model {
  const fixed = { il6_secretion: 0, EGF_ng_per_mL: 0, VEGF_ng_per_mL: 0 } as Record<string, number>;
  for (const id of ["k_egfr_on_basal", "k_vegfr2_on_basal", "k_src_on_basal", "k_abl_on_basal"])
    fixed[id] = 0;
  for (const [id, v] of Object.entries(fixed)) {
    const p = model.parameters.find((x) => x.id === id);
    if (!p || p.value !== v)
      bad(
        `pruning needs ${id} = ${v} (hepatocyte context); got ${p?.value}: build the problem with prune: false`,
      );
  }
  const gone = new Set(INERT_SPECIES);
  for (const id of gone)
    if (!model.species.some((s) => s.id === id)) bad(`pruning: the model has no species "${id}"`);
  model.species = model.species.filter((s) => !gone.has(s.id));
  // the autocrine IL-6 in the medium is 0 for ever: a constant
  const auto = model.parameters.find((p) => p.id === "IL6_autocrine_ng_per_mL");
  if (auto) {
    auto.constant = true;
    auto.value = 0;
    model.rules = model.rules.filter((r) => !(r.kind === "rate" && r.variable === auto.id));
  }
  // drop rules that read removed symbols, transitively (hallmark read-outs)
  for (let changed = true; changed; ) {
    changed = false;
    model.rules = model.rules.filter((r) => {
      if (!mentions(r.math, gone)) return true;
      if (r.kind === "algebraic") bad("pruning: an algebraic rule reads a removed species");
      gone.add(r.variable);
      changed = true;
      return false;
    });
  }
  model.parameters = model.parameters.filter((p) => !gone.has(p.id));
  model.reactions = model.reactions.filter(
    (r) =>
      !r.reactants.some((x) => gone.has(x.species)) &&
      !r.products.some((x) => gone.has(x.species)) &&
      !r.modifiers.some((x) => gone.has(x.species)) &&
      !(r.kineticLaw && mentions(r.kineticLaw.math, gone)),
  );
  model.initialAssignments = model.initialAssignments.filter((a) => !gone.has(a.symbol));
  if (model.events.length > 0) bad("pruning: the hepatocyte model is not expected to have events");
  return model;
}

/** Our SBML: the hepatocyte model from its unstimulated steady state, with Sobotta's input rules. */
export function hepatocyteModel(options: { prune?: boolean } = {}): Model {
  const { model } = buildStat3Model({ context: "hepatocyte" });
  const param = (id: string) =>
    model.parameters.find((p) => p.id === id) ?? bad(`model has no parameter "${id}"`);
  const addParam = (id: string, value: number | undefined, units: string, note: string, constant = true) => {
    if (model.parameters.some((p) => p.id === id) || model.species.some((s) => s.id === id))
      bad(`input "${id}" clashes with an id of the model`);
    model.parameters.push({ id, value, units, constant, name: note });
  };
  addParam("t_shift", T_SHIFT, "min", "model time − experimental time (60-min pre-incubation; Sobotta)");
  for (const [id, c] of Object.entries(INPUT_COLUMNS)) addParam(id, c.value, c.unit, c.note);
  addParam("rux_degrade", RUX_DEGRADE, "1/min", "ruxolitinib loss from the medium (Sobotta 2017 best fit)");
  addParam("t_exp", 0, "min", "experimental time (0 = IL-6 addition)", false);
  addParam("ActD", 0, "dimensionless", "actinomycin D present (0/1)", false);

  // time-dependent inputs: the constant input parameters become assignment-rule targets
  for (const id of ["IL6_ng_per_mL", drugParam("stattic"), drugParam("ruxolitinib")]) {
    const p = param(id);
    p.constant = false;
    p.value = 0;
  }
  const tExp = sym("t_exp");
  const rules: Model["rules"] = [
    { kind: "assignment", variable: "t_exp", math: call("minus", { kind: "time" }, sym("t_shift")) },
    {
      kind: "assignment",
      variable: "IL6_ng_per_mL",
      math: piecewise(
        [
          {
            value: sym("input_il6"),
            cond: call("and", call("gt", tExp, num(0)), call("leq", tExp, sym("il6_removal_time"))),
          },
        ],
        num(0),
      ),
    },
    {
      kind: "assignment",
      variable: drugParam("stattic"),
      math: mul(num(1000), sym("input_stattic")),
    },
    {
      kind: "assignment",
      variable: drugParam("ruxolitinib"),
      math: mul(
        sym("input_ruxolitinib"),
        call("exp", mul(call("minus", sym("rux_degrade")), call("plus", tExp, num(60)))),
      ),
    },
    {
      kind: "assignment",
      variable: "ActD",
      math: piecewise(
        [
          { value: num(0), cond: call("leq", tExp, sym("actd_on_time")) },
          { value: sym("input_actd"), cond: call("leq", tExp, sym("actd_switch_time")) },
        ],
        sym("input_actd2"),
      ),
    },
  ];
  model.rules = [...rules, ...model.rules];

  // actinomycin D blocks transcription (and receptor resynthesis, as in Sobotta)
  const blocked = [
    "receptor_synthesis",
    "socs3_transcription",
    ...TARGET_GENES.map((t) => `${t.id}_transcription`),
  ];
  for (const id of blocked) {
    const r = model.reactions.find((x) => x.id === id) ?? bad(`model has no reaction "${id}"`);
    const law = r.kineticLaw ?? bad(`reaction "${id}" has no kinetic law`);
    law.math = mul(law.math, call("minus", num(1), sym("ActD")));
  }

  // total STAT3 follows stat3_total (conserved moiety; see the file comment)
  const total0 = CORE_PARAMETERS.stat3_total.value;
  const conc = (id: string) => {
    const s = model.species.find((x) => x.id === id) ?? bad(`model has no species "${id}"`);
    return s.initialConcentration ?? bad(`species "${id}" has no initial concentration`);
  };
  const ratio = call("divide", sym("stat3_total"), num(total0));
  const dnaBound = conc("npSTAT3_dimer_DNA");
  for (const id of Object.keys(STAT3_POOLS)) {
    let v = conc(id);
    if (id === "npSTAT3_dimer_DNA") v = 0;
    if (id === "nSTAT3") v += 2 * dnaBound;
    model.initialAssignments.push({ symbol: id, math: mul(num(v), ratio) });
  }
  model.initialAssignments.push({ symbol: "DNA_site", math: sym("dna_sites") });
  if (options.prune ?? true) pruneInert(model);
  model.id = "stat3_lab_hepatocyte_petab";
  model.name = "STAT3 Lab model (hepatocyte context) with the Sobotta 2017 input rules (PEtab)";
  return model;
}

/** Amount of STAT3 (monomers, nM·pL) in a concentration map: for checks. */
export function stat3Amount(conc: Record<string, number>): number {
  let a = 0;
  for (const [id, k] of Object.entries(STAT3_POOLS)) {
    const v = conc[id] ?? 0;
    a += k * v * (id.startsWith("n") ? V_NUC : V_CYT);
  }
  return a;
}

const fmt = (v: number) => String(Number(v.toPrecision(15)));

/**
 * The problem as file name → text: SBML, condition table, measurement table, observable table,
 * parameter table, YAML. `tables` are the texts of Sobotta's condition, measurement and parameter
 * tables (the latter for its offset/scale/sd rows).
 */
export function hepatocytePetabProblem(
  tables: SobottaTables,
  options: HepatocyteProblemOptions = {},
): Record<string, string> {
  const span = options.boundSpan ?? 3;
  const stem = options.name ?? "Stat3Lab_hepatocyte";
  const condFile = tables.conditionsFile ?? "conditions";
  const measFile = tables.measurementsFile ?? "measurements";
  const parFile = tables.parametersFile ?? "parameters";

  // ---- condition table: verbatim; every column must be an input of our SBML ----
  const cond = tsv(tables.conditions, condFile);
  if (cond.header[0] !== "conditionId") bad(`${condFile}:1: first column must be "conditionId"`);
  for (const col of cond.header.slice(1)) {
    if (col === "conditionName") continue;
    if (!(col in INPUT_COLUMNS))
      bad(
        `${condFile}:1: column "${col}" is not an input this generator maps onto the model (known: ${Object.keys(INPUT_COLUMNS).join(", ")})`,
      );
  }
  const conditionIds = new Set(cond.rows.map((r) => r[0]));
  if (!conditionIds.has("steadystate"))
    bad(`${condFile}: no "steadystate" condition (the pre-equilibration condition with all inputs 0)`);

  // ---- measurement table: verbatim; check its references ----
  const meas = tsv(tables.measurements, measFile);
  const col = (name: string) => {
    const i = meas.header.indexOf(name);
    if (i < 0) bad(`${measFile}:1: no column "${name}"`);
    return i;
  };
  const iObs = col("observableId");
  const iSim = col("simulationConditionId");
  const iPre = meas.header.indexOf("preequilibrationConditionId");
  const iOP = meas.header.indexOf("observableParameters");
  const iNP = meas.header.indexOf("noiseParameters");
  const obsIds = new Set(OBSERVABLES.map((o) => o.id));
  const overrideIds = new Set<string>();
  meas.rows.forEach((r, k) => {
    const line = k + 2;
    if (!obsIds.has(r[iObs]))
      bad(`${measFile}:${line}: observableId "${r[iObs]}" is not one of the 12 Sobotta observables`);
    for (const i of [iSim, iPre]) {
      if (i >= 0 && r[i] !== "" && !conditionIds.has(r[i]))
        bad(`${measFile}:${line}: condition "${r[i]}" is not in ${condFile}`);
    }
    for (const i of [iOP, iNP]) {
      if (i < 0 || r[i] === "") continue;
      for (const v of r[i].split(";")) if (!Number.isFinite(Number(v))) overrideIds.add(v.trim());
    }
  });

  // ---- parameter table: Sobotta's observation rows + our kinetics ----
  const par = tsv(tables.parameters, parFile);
  const need = ["parameterId", "parameterScale", "lowerBound", "upperBound", "nominalValue", "estimate"];
  for (const n of need) if (!par.header.includes(n)) bad(`${parFile}:1: no column "${n}"`);
  const pi = (n: string) => par.header.indexOf(n);
  const obsRows = par.rows.filter((r) => /^(offset|scale|sd)_/.test(r[pi("parameterId")]));
  const have = new Set(obsRows.map((r) => r[pi("parameterId")]));
  for (const o of OBSERVABLES) if (!o.noise.startsWith("noiseParameter")) overrideIds.add(o.noise);
  for (const id of overrideIds)
    if (!have.has(id)) bad(`${parFile}: parameter "${id}" used by ${measFile} is not in the table`);

  const model = hepatocyteModel({ prune: options.prune });
  const header = "parameterId\tparameterName\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate";
  const lines = [header];
  for (const [id, why] of Object.entries(ESTIMATED_KINETICS)) {
    const p = model.parameters.find((x) => x.id === id);
    const v = p?.value;
    if (v === undefined || !(v > 0)) bad(`estimated parameter "${id}" has no positive value in the model`);
    const lin = LINEAR_BOUNDS[id];
    const [lb, ub] = lin ?? [v * 10 ** -span, v * 10 ** span];
    lines.push(`${id}\t${why}\t${lin ? "lin" : "log10"}\t${fmt(lb)}\t${fmt(ub)}\t${fmt(v)}\t1`);
  }
  const order = need.map(pi);
  const iName = pi("parameterName");
  for (const r of obsRows) {
    const [id, scale, lb, ub, nom, est] = order.map((i) => r[i]);
    lines.push([id, iName >= 0 ? r[iName] : "", scale, lb, ub, nom, est].join("\t"));
  }

  const obsLines = [
    "observableId\tobservableName\tobservableFormula\tobservableTransformation\tnoiseFormula\tnoiseDistribution",
  ];
  for (const o of OBSERVABLES)
    obsLines.push(`${o.id}\t${o.name}\t${o.formula}\t${o.transformation}\t${o.noise}\tnormal`);

  const files = {
    model: `model_${stem}.xml`,
    conditions: `experimentalCondition_${stem}.tsv`,
    measurements: `measurementData_${stem}.tsv`,
    observables: `observables_${stem}.tsv`,
    parameters: `parameters_${stem}.tsv`,
  };
  const yaml = [
    "format_version: 1",
    `parameter_file: ${files.parameters}`,
    "problems:",
    "- condition_files:",
    `  - ${files.conditions}`,
    "  measurement_files:",
    `  - ${files.measurements}`,
    "  observable_files:",
    `  - ${files.observables}`,
    "  sbml_files:",
    `  - ${files.model}`,
    "",
  ].join("\n");
  const nl = (s: string) => (s.endsWith("\n") ? s : `${s}\n`);
  return {
    [`${stem}.yaml`]: yaml,
    [files.model]: writeSBML(model, { level: 3, version: 2 }),
    [files.conditions]: nl(tables.conditions),
    [files.measurements]: nl(tables.measurements),
    [files.observables]: `${obsLines.join("\n")}\n`,
    [files.parameters]: `${lines.join("\n")}\n`,
  };
}
