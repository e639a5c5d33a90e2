/** Shapes of the API's JSON the app reads (kept local so the main bundle does not pull in the model code). */
export type { MapArc, MapGraph, MapNode, MapRegion } from "@stat3/stat3";

export interface Interaction {
  id: string;
  source: string;
  target: string;
  type: string;
  sourceName: string;
  targetName: string;
  /** the review's section heading of the sentence */
  sectionTitle?: string;
  mode?: string;
  negative?: boolean;
  note?: string;
  evidence?: { sentence: string; section: string; refs: number[]; refsNote?: string };
  outside?: { statement: string; [k: string]: unknown };
}

export interface DrugInfo {
  drug: string;
  name: string;
  sites: string[];
  K: number;
  confidence: string;
}

export interface ContextInfo {
  id: string;
  title: string;
  description: string;
}
