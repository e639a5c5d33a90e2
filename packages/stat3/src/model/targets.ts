/**
 * Target genes of STAT3 (the review's Table 1), with the expression parameters the model uses.
 *
 * Each gene g has an mRNA and a protein in relative units (1 = no STAT3 occupancy of its promoter):
 *   d mRNA/dt = kdm·(1 + (F − 1)·H(θ)) − kdm·mRNA      (induced; H = θⁿ/(Kⁿ + θⁿ))
 *   d mRNA/dt = kdm·(Fmin + (1 − Fmin)·K'ⁿ/(K'ⁿ + θⁿ)) − kdm·mRNA    (repressed, CXCL10)
 *   d prot/dt = kdp·mRNA − kdp·prot
 * θ is the occupancy of STAT3 response elements by pY705 dimers. kdm = ln2/t½(mRNA), kdp = ln2/t½(protein).
 *
 * No fold-induction or Hill constant per gene is in the facts file: F = 5, K = 0.03, n = 1 for every
 * gene is an assumption [A] (the review gives directions only). K = 0.03 is the occupancy of the
 * hepatocyte plateau under IL-6 (peak ≈ 0.05, unstimulated ≈ 0.003), so targets respond over the
 * range the calibrated core actually visits. Half-lives: where a commonly reported
 * value exists it is used and tagged [R] (not re-checked against the cited paper); otherwise the medians of
 * Schwanhäusser et al. 2011 Nature 473:337 (mRNA 9 h, protein 46 h in NIH3T3) are too slow to show
 * the hours-scale responses the review describes, so 2 h (mRNA) and 10 h (protein) are used [A].
 */
import type { Hallmark } from "../kb/types.js";

export interface TargetGene {
  /** knowledge-base entity id (and species suffix) */
  id: string;
  /** display name */
  name: string;
  hallmarks: Hallmark[];
  direction: "up" | "down";
  /** max fold induction at full occupancy (or remaining fraction when repressed) */
  fold: number;
  /** occupancy at half-maximal effect */
  K: number;
  n: number;
  mrnaHalfLife: number;
  proteinHalfLife: number;
  source: string;
}

const A = "assumed class default (no per-gene data in stat3-facts.md) [A]";

function g(
  id: string,
  name: string,
  hallmarks: Hallmark[],
  mrna = 120,
  prot = 600,
  source = A,
  direction: "up" | "down" = "up",
): TargetGene {
  return {
    id,
    name,
    hallmarks,
    direction,
    fold: direction === "up" ? 5 : 0.2,
    K: 0.03,
    n: 1,
    mrnaHalfLife: mrna,
    proteinHalfLife: prot,
    source,
  };
}

/** The Table 1 targets (knowledge-base ids), grouped as the review groups them. */
export const TARGET_GENES: readonly TargetGene[] = [
  g(
    "ccnd1",
    "Cyclin D1",
    ["proliferation_survival"],
    60,
    30,
    "protein t½ ≈ 30 min: Diehl et al. 1997 Genes Dev [R, not re-checked]; mRNA 1 h [A]",
  ),
  g(
    "myc",
    "c-Myc",
    ["proliferation_survival", "stemness"],
    20,
    25,
    "mRNA t½ ≈ 15–30 min, protein ≈ 20–30 min: Dani et al. 1984 PNAS; Hann & Eisenman 1984 MCB [R, not re-checked]",
  ),
  g(
    "birc5",
    "Survivin",
    ["proliferation_survival"],
    120,
    180,
    "protein t½ ≈ 3 h (cell-cycle dependent): Zhao et al. 2000 J Cell Sci [R, not re-checked]",
  ),
  g("bcl2", "Bcl-2", ["proliferation_survival"], 120, 600),
  g("bcl2l1", "Bcl-xL", ["proliferation_survival"], 120, 600),
  g(
    "mcl1",
    "Mcl-1",
    ["proliferation_survival"],
    60,
    40,
    "protein t½ ≈ 30–60 min: Nijhawan et al. 2003 Genes Dev [R, not re-checked]",
  ),
  g(
    "vegf",
    "VEGF",
    ["angiogenesis"],
    40,
    600,
    "VEGF mRNA t½ ≈ 30–45 min in normoxia: Levy et al. 1996 JBC [R, not re-checked]",
  ),
  g(
    "hif1",
    "HIF-1α",
    ["angiogenesis"],
    120,
    5,
    "protein t½ ≈ 5 min in normoxia: Huang et al. 1998 PNAS [R, not re-checked]",
  ),
  g("fgf2", "bFGF", ["angiogenesis"]),
  g("hgf", "HGF", ["angiogenesis"]),
  g("mmp1", "MMP1", ["invasion_metastasis"]),
  g("mmp2", "MMP2", ["invasion_metastasis"]),
  g("mmp9", "MMP9", ["invasion_metastasis"]),
  g("twist1", "Twist", ["invasion_metastasis"]),
  g(
    "snai1",
    "Snail",
    ["invasion_metastasis"],
    60,
    25,
    "Snail protein t½ ≈ 25 min: Zhou et al. 2004 Nat Cell Biol [R, not re-checked]",
  ),
  g("vim", "Vimentin", ["invasion_metastasis"]),
  g("zeb1", "ZEB1", ["invasion_metastasis"]),
  g("hmgb1", "HMGB1", ["invasion_metastasis"]),
  g(
    "il6",
    "IL-6",
    ["immune_evasion"],
    60,
    120,
    "IL-6 mRNA is short-lived (AU-rich 3′UTR) [R, not re-checked]; protein: secreted, intracellular pool t½ 2 h [A]",
  ),
  g("il10", "IL-10", ["immune_evasion"]),
  g("tgfb", "TGF-β", ["immune_evasion"]),
  g("cd274", "PD-L1", ["immune_evasion"]),
  g("cxcl10", "CXCL10", ["immune_evasion"], 120, 600, A, "down"),
  g("pou5f1", "Oct3/4", ["stemness"]),
  g(
    "nanog",
    "Nanog",
    ["stemness"],
    120,
    120,
    "Nanog protein t½ ≈ 2 h: Ramakotaiah et al. 2012 [R, not re-checked]",
  ),
  g("cd44", "CD44", ["stemness"]),
  g("prom1", "CD133", ["stemness"]),
  g("sox2", "Sox2", ["stemness"]),
];

/** The five hallmark read-outs of the public interface and the Table 1 groups they summarise. */
export const HALLMARK_READOUTS: readonly { name: string; hallmark: Hallmark }[] = [
  { name: "proliferation_survival", hallmark: "proliferation_survival" },
  { name: "angiogenesis", hallmark: "angiogenesis" },
  { name: "metastasis", hallmark: "invasion_metastasis" },
  { name: "immune_evasion", hallmark: "immune_evasion" },
  { name: "stemness", hallmark: "stemness" },
];
