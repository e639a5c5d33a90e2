/**
 * Mutations and perturbations as first-class operations on a logical network, returning a new network:
 *   - knock-out (NODE=0) and over-expression (NODE=1): the logic becomes the constant and the rates
 *     the ones MaBoSS's own mutation idiom gives (`rate_up = $Low_X ? 0 : …`, Calzone 2010 cell-fate
 *     model): a knocked-out node can never switch on, an over-expressed one never off;
 *   - rate changes: replace or scale a node's rate_up / rate_down.
 * Initial states of mutated nodes are forced by the simulator (`fixedInitial`).
 */
import { Codes, EngineError } from "../messages.js";
import { type LExpr, type LogicalNetwork, nodeIndex } from "./ast.js";

export type Mutations = Readonly<Record<string, 0 | 1>>;

export interface RateChange {
  up?: number | LExpr;
  down?: number | LExpr;
  /** multiply the existing rates (after defaults) */
  scaleUp?: number;
  scaleDown?: number;
}

const asExpr = (v: number | LExpr): LExpr => (typeof v === "number" ? { k: "num", v } : v);

export function mutate(
  net: LogicalNetwork,
  fix: Mutations = {},
  rates: Readonly<Record<string, RateChange>> = {},
): LogicalNetwork {
  const idx = nodeIndex(net);
  const nodes = net.nodes.map((n) => ({ ...n }));
  for (const [name, v] of Object.entries(fix)) {
    const i = idx.get(name);
    if (i === undefined)
      throw new EngineError(
        Codes.LOGIC_UNDEFINED,
        `cannot fix ${name}=${v}: no such node (nodes: ${[...idx.keys()].slice(0, 20).join(", ")}…)`,
      );
    if (v !== 0 && v !== 1)
      throw new EngineError(
        Codes.LOGIC_BAD_SETTING,
        `${name}=${v}: a node is fixed to 0 (knock-out) or 1 (over-expression)`,
      );
    const n = nodes[i];
    n.logic = { k: "num", v };
    n.rateUp = { k: "num", v: v === 1 ? 1 : 0 };
    n.rateDown = { k: "num", v: v === 1 ? 0 : 1 };
    n.attrs = undefined;
  }
  for (const [name, ch] of Object.entries(rates)) {
    const i = idx.get(name);
    if (i === undefined)
      throw new EngineError(Codes.LOGIC_UNDEFINED, `cannot change the rates of ${name}: no such node`);
    const n = nodes[i];
    const defUp: LExpr = {
      k: "cond",
      c: { k: "attr", name: "logic" },
      a: { k: "num", v: 1 },
      b: { k: "num", v: 0 },
    };
    const defDown: LExpr = {
      k: "cond",
      c: { k: "attr", name: "logic" },
      a: { k: "num", v: 0 },
      b: { k: "num", v: 1 },
    };
    if (ch.up !== undefined) n.rateUp = asExpr(ch.up);
    if (ch.down !== undefined) n.rateDown = asExpr(ch.down);
    if (ch.scaleUp !== undefined)
      n.rateUp = { k: "bin", op: "*", a: n.rateUp ?? defUp, b: { k: "num", v: ch.scaleUp } };
    if (ch.scaleDown !== undefined)
      n.rateDown = { k: "bin", op: "*", a: n.rateDown ?? defDown, b: { k: "num", v: ch.scaleDown } };
  }
  return { ...net, nodes, parameters: { ...net.parameters } };
}

/** Parse `NODE=0|1` items (CLI `--fix`). */
export function parseFixes(items: readonly string[]): Record<string, 0 | 1> {
  const out: Record<string, 0 | 1> = {};
  for (const item of items.flatMap((s) => s.split(","))) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([01])\s*$/.exec(item);
    if (!m) throw new EngineError(Codes.LOGIC_BAD_SETTING, `--fix expects NODE=0 or NODE=1, got "${item}"`);
    out[m[1]] = Number(m[2]) as 0 | 1;
  }
  return out;
}
