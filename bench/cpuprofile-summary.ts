/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function, and for the hottest
 * functions the source lines that took the ticks (positionTicks). Usage:
 *   node --import tsx bench/cpuprofile-summary.ts FILE.cpuprofile [TOP=25]
 */
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  positionTicks?: { line: number; ticks: number }[];
}
const file = process.argv[2];
if (!file) throw new Error("usage: cpuprofile-summary.ts FILE.cpuprofile [TOP]");
const top = Number(process.argv[3] ?? 25);
const prof = JSON.parse(readFileSync(file, "utf8")) as { nodes: Node[]; samples: number[] };
const hits = new Map<number, number>();
for (const s of prof.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
const total = prof.samples.length;
const byFn = new Map<string, { ticks: number; lines: Map<number, number> }>();
for (const n of prof.nodes) {
  const cf = n.callFrame;
  const key = `${cf.functionName || "(anonymous)"} ${cf.url.split("/").slice(-2).join("/")}:${cf.lineNumber + 1}`;
  const e = byFn.get(key) ?? { ticks: 0, lines: new Map<number, number>() };
  e.ticks += hits.get(n.id) ?? 0;
  for (const pt of n.positionTicks ?? []) e.lines.set(pt.line, (e.lines.get(pt.line) ?? 0) + pt.ticks);
  byFn.set(key, e);
}
const sorted = [...byFn.entries()].sort((a, b) => b[1].ticks - a[1].ticks).slice(0, top);
console.log(`${total} samples; self time by function:`);
for (const [k, e] of sorted) {
  const lines = [...e.lines.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([l, t]) => `${l}:${((100 * t) / total).toFixed(1)}%`)
    .join(" ");
  console.log(
    `${((100 * e.ticks) / total).toFixed(1).padStart(5)}%  ${k}${lines ? `   [lines ${lines}]` : ""}`,
  );
}
