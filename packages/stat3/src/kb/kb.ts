/**
 * The knowledge base as a queryable object: assembled from data/, validated once on first load, indexed
 * by id and by every synonym. Queries return plain data (the CLI prints it, the web app renders it).
 * Unknown ids raise one EngineError that names close matches, so a typo gets a useful answer.
 */
import { EngineError, KbCodes } from "../messages.js";
import { ENTITIES } from "./data/entities.js";
import { INTERACTIONS } from "./data/interactions.js";
import { REVIEW } from "./data/review.js";
import { FIG2_ROWS, TABLE1_ROWS, TABLE2_ROWS } from "./data/tables.js";
import {
  type CellRow,
  DRUG_CLASSES,
  type DrugClass,
  type Entity,
  HALLMARKS,
  type Hallmark,
  type InhibitorRow,
  type Interaction,
  type KnowledgeBase,
  type TargetRow,
} from "./types.js";
import { assertValid } from "./validate.js";

function unionRefs(interactions: (Interaction | undefined)[]): number[] {
  const s = new Set<number>();
  for (const i of interactions) for (const r of i?.evidence?.refs ?? []) s.add(r);
  return [...s].sort((a, b) => a - b);
}

/** Assemble the knowledge base from its data files (derived fields filled in), without validating. */
export function buildKnowledgeBase(): KnowledgeBase {
  const byId = new Map(INTERACTIONS.map((i) => [i.id, i]));
  const refsOf = (ids: string[]): number[] => unionRefs(ids.map((id) => byId.get(id)));
  const table1: TargetRow[] = TABLE1_ROWS.map((r) => ({
    ...r,
    refs: refsOf(r.interactions),
    inFig1: INTERACTIONS.some((i) => i.target === r.gene && i.evidence?.section === "fig1_legend"),
  }));
  const table2: InhibitorRow[] = TABLE2_ROWS.map((r) => {
    const refs = refsOf(r.interactions);
    // The JAK/Src classes are also cited for their clinical trials (99, 104-110) in the next sentence.
    if (r.class === "upstream_jak" || r.class === "upstream_src")
      if (r.inReview)
        for (const n of [99, 104, 105, 106, 107, 108, 109, 110]) if (!refs.includes(n)) refs.push(n);
    return { ...r, refs: refs.sort((a, b) => a - b) };
  });
  const fig2: CellRow[] = FIG2_ROWS.map((r) => ({ ...r, refs: refsOf(r.interactions) }));
  return { review: REVIEW, entities: ENTITIES, interactions: INTERACTIONS, table1, table2, fig2 };
}

/** Edit distance, for "did you mean" suggestions (ids and names are short). */
function levenshtein(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[‐‑–—]/g, "-")
    .replace(/κ/g, "k")
    .replace(/β/g, "b");

export interface SearchHit {
  entity: Entity;
  /** what matched: id, name, synonym or description */
  field: "id" | "name" | "synonym" | "description";
  /** 3 exact, 2 prefix, 1 substring (of the best matching field) */
  score: number;
}

export interface SearchResult {
  query: string;
  entities: SearchHit[];
  /** interactions whose evidence sentence contains the query */
  interactions: Interaction[];
}

export interface EntityView {
  entity: Entity;
  /** interactions where the entity is the source */
  outgoing: Interaction[];
  /** interactions where the entity is the target */
  incoming: Interaction[];
  /** interactions that name the entity as their context (e.g. a cell type) */
  inContext: Interaction[];
  table1: TargetRow[];
  table2: InhibitorRow[];
  fig2: CellRow[];
  /** entities whose `partOf` or `members` point here */
  parts: string[];
  memberOf: string[];
}

const HALLMARK_ALIASES: Record<string, Hallmark> = {
  proliferation: "proliferation_survival",
  survival: "proliferation_survival",
  proliferation_survival: "proliferation_survival",
  angiogenesis: "angiogenesis",
  invasion: "invasion_metastasis",
  metastasis: "invasion_metastasis",
  migration: "invasion_metastasis",
  emt: "invasion_metastasis",
  invasion_metastasis: "invasion_metastasis",
  immune: "immune_evasion",
  immune_evasion: "immune_evasion",
  immunity: "immune_evasion",
  stemness: "stemness",
  csc: "stemness",
  stem: "stemness",
};

const CLASS_ALIASES: Record<string, DrugClass[]> = {
  sh2: ["sh2"],
  dbd: ["dbd"],
  "dna-binding": ["dbd"],
  dna_binding: ["dbd"],
  rtk: ["upstream_rtk"],
  egfr: ["upstream_rtk"],
  upstream_rtk: ["upstream_rtk"],
  jak: ["upstream_jak"],
  upstream_jak: ["upstream_jak"],
  src: ["upstream_src"],
  upstream_src: ["upstream_src"],
  upstream: ["upstream_rtk", "upstream_jak", "upstream_src"],
  indirect: ["upstream_rtk", "upstream_jak", "upstream_src", "other"],
  direct: ["sh2", "dbd"],
  other: ["other"],
};

export class Kb {
  readonly data: KnowledgeBase;
  private readonly byId = new Map<string, Entity>();
  private readonly bySynonym = new Map<string, Entity>();

  constructor(data: KnowledgeBase) {
    this.data = data;
    for (const e of data.entities) this.byId.set(e.id, e);
    for (const e of data.entities)
      for (const s of [e.name, ...e.synonyms])
        if (!this.bySynonym.has(fold(s))) this.bySynonym.set(fold(s), e);
  }

  get entities(): Entity[] {
    return this.data.entities;
  }
  get interactions(): Interaction[] {
    return this.data.interactions;
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** An entity by id, or by one of its names/synonyms (case-insensitive). */
  resolve(idOrName: string): Entity | undefined {
    return (
      this.byId.get(idOrName) ??
      this.byId.get(idOrName.toLowerCase()) ??
      this.bySynonym.get(fold(idOrName.trim()))
    );
  }

  /** Like `resolve`, but an unknown id is an EngineError listing the closest ids. */
  require(idOrName: string): Entity {
    const e = this.resolve(idOrName);
    if (e) return e;
    const close = this.suggest(idOrName);
    throw new EngineError(
      KbCodes.KB_UNKNOWN_ID,
      `no entity "${idOrName}" in the knowledge base` +
        (close.length ? `; did you mean ${close.join(", ")}?` : ""),
    );
  }

  /** Up to `n` ids close to the given text (edit distance on ids and names, then substring). */
  suggest(text: string, n = 5): string[] {
    const q = fold(text);
    const scored: [string, number][] = [];
    for (const e of this.entities) {
      let best = Number.POSITIVE_INFINITY;
      for (const s of [e.id, e.name, ...e.synonyms]) {
        const f = fold(s);
        const d = f.includes(q) || q.includes(f) ? Math.abs(f.length - q.length) * 0.1 : levenshtein(q, f);
        if (d < best) best = d;
      }
      if (best <= Math.max(2, q.length / 3)) scored.push([e.id, best]);
    }
    return scored
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, n)
      .map(([id]) => id);
  }

  search(text: string, limit = 25): SearchResult {
    const q = fold(text.trim());
    if (!q) throw new EngineError(KbCodes.KB_BAD_QUERY, "empty search text");
    const hits: SearchHit[] = [];
    for (const e of this.entities) {
      let best: SearchHit | undefined;
      const consider = (field: SearchHit["field"], s: string): void => {
        const f = fold(s);
        const score = f === q ? 3 : f.startsWith(q) ? 2 : f.includes(q) ? 1 : 0;
        if (score > 0 && (!best || score > best.score)) best = { entity: e, field, score };
      };
      consider("id", e.id);
      consider("name", e.name);
      for (const s of e.synonyms) consider("synonym", s);
      if (!best && e.description && fold(e.description).includes(q))
        best = { entity: e, field: "description", score: 0.5 };
      if (best) hits.push(best);
    }
    hits.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
    const interactions = this.interactions.filter(
      (i) =>
        (i.evidence && fold(i.evidence.sentence).includes(q)) ||
        (i.outside && fold(i.outside.statement).includes(q)),
    );
    return { query: text, entities: hits.slice(0, limit), interactions: interactions.slice(0, limit) };
  }

  show(idOrName: string): EntityView {
    const entity = this.require(idOrName);
    const id = entity.id;
    return {
      entity,
      outgoing: this.interactions.filter((i) => i.source === id),
      incoming: this.interactions.filter((i) => i.target === id),
      inContext: this.interactions.filter(
        (i) => (i.context ?? []).includes(id) || (i.via ?? []).includes(id),
      ),
      table1: this.data.table1.filter((r) => r.gene === id),
      table2: this.data.table2.filter((r) => r.drug === id || r.target === id),
      fig2: this.data.fig2.filter((r) => r.cell === id),
      parts: this.entities.filter((e) => e.partOf === id).map((e) => e.id),
      memberOf: this.entities.filter((e) => (e.members ?? []).includes(id)).map((e) => e.id),
    };
  }

  /** Parse a hallmark name or alias ("angiogenesis", "metastasis", "immune", "csc"…). */
  static hallmark(text: string): Hallmark {
    const h = HALLMARK_ALIASES[fold(text).replace(/[\s-]+/g, "_")];
    if (!h)
      throw new EngineError(
        KbCodes.KB_BAD_QUERY,
        `unknown hallmark "${text}"; use one of ${HALLMARKS.join(", ")}`,
      );
    return h;
  }

  /** Table 1 rows, optionally for one hallmark. */
  targets(hallmark?: string): TargetRow[] {
    if (hallmark === undefined) return this.data.table1;
    const h = Kb.hallmark(hallmark);
    return this.data.table1.filter((r) => r.hallmark === h);
  }

  /** Parse a drug class or alias ("sh2", "dna-binding", "jak", "upstream", "direct"…). */
  static drugClasses(text: string): DrugClass[] {
    const c = CLASS_ALIASES[fold(text).replace(/\s+/g, "_")];
    if (!c)
      throw new EngineError(
        KbCodes.KB_BAD_QUERY,
        `unknown drug class "${text}"; use one of ${DRUG_CLASSES.join(", ")} (or sh2, dbd, rtk, jak, src, upstream, direct)`,
      );
    return c;
  }

  /** Table 2 rows, optionally for one class (aliases allowed); `inReviewOnly` drops outside examples. */
  drugs(cls?: string, inReviewOnly = false): InhibitorRow[] {
    const classes = cls === undefined ? undefined : Kb.drugClasses(cls);
    return this.data.table2.filter(
      (r) => (!classes || classes.includes(r.class)) && (!inReviewOnly || r.inReview),
    );
  }

  /** Fig. 2 rows: what STAT3 does in each cell type of the tumour microenvironment. */
  cells(): CellRow[] {
    return this.data.fig2;
  }

  /** Display name of an id (the id itself if unknown). */
  name(id: string): string {
    return this.byId.get(id)?.name ?? id;
  }
}

let cached: Kb | undefined;

/** The knowledge base, built and validated once (an invalid base throws an EngineError on load). */
export function loadKb(): Kb {
  if (!cached) {
    const data = buildKnowledgeBase();
    assertValid(data);
    cached = new Kb(data);
  }
  return cached;
}
