/**
 * BoolNet `.bn` (`targets, factors`; Müssel et al. 2010, doi:10.1093/bioinformatics/btq124, loadNetwork
 * and the temporal `X[-k]` form of loadBioTapestry/symbolic networks) and `.bnet` (the same two columns,
 * used by PyBoolNet/biodivine; Klarner et al. 2017, doi:10.1093/bioinformatics/btw682) — read and write.
 *
 * One line per target: `name, factor`. The factor is `! & |`, parentheses, gene names and the constants
 * 0/1. Genes are ordered as their target lines. A gene read but never defined as a target is an error
 * naming its line (BoolNet refuses such files too).
 */
import { Codes, EngineError } from "../messages.js";
import { type LExpr, type LogicalNetwork, type LogicalNode, printExpr } from "./ast.js";
import { lex, TokenStream } from "./lexer.js";

export interface ReadBoolNetOptions {
  file?: string;
}

function readTwoColumn(text: string, format: "boolnet" | "bnet", o: ReadBoolNetOptions): LogicalNetwork {
  const lines = text.split(/\r?\n/);
  const rows: { name: string; expr: string; line: number }[] = [];
  let sawHeader = false;
  for (let li = 0; li < lines.length; li++) {
    const raw = lines[li];
    const hash = raw.indexOf("#");
    const s = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (s === "") continue;
    if (!sawHeader && rows.length === 0 && /^targets\s*,\s*factors(\s*,.*)?$/i.test(s)) {
      if (/^targets\s*,\s*factors\s*,/i.test(s)) {
        throw new EngineError(
          Codes.LOGIC_UNSUPPORTED,
          "probabilistic Boolean networks (a third column) are not supported",
          { file: o.file, line: li + 1 },
        );
      }
      sawHeader = true;
      continue;
    }
    const comma = s.indexOf(",");
    if (comma < 0) {
      throw new EngineError(Codes.LOGIC_SYNTAX, `expected "target, factor", found "${s.slice(0, 60)}"`, {
        file: o.file,
        line: li + 1,
      });
    }
    const name = s.slice(0, comma).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new EngineError(Codes.LOGIC_SYNTAX, `"${name}" is not a valid gene name`, {
        file: o.file,
        line: li + 1,
      });
    }
    rows.push({ name, expr: s.slice(comma + 1), line: li + 1 });
  }
  if (format === "boolnet" && !sawHeader) {
    throw new EngineError(Codes.LOGIC_SYNTAX, 'a BoolNet file starts with the header "targets, factors"', {
      file: o.file,
      line: 1,
    });
  }
  if (rows.length === 0)
    throw new EngineError(Codes.LOGIC_SYNTAX, "no genes defined", { file: o.file, line: 1 });
  const index = new Map<string, number>();
  rows.forEach((r, i) => {
    if (index.has(r.name)) {
      throw new EngineError(
        Codes.LOGIC_DUPLICATE,
        `gene ${r.name} is defined twice (first on line ${rows[index.get(r.name) as number].line})`,
        {
          file: o.file,
          line: r.line,
        },
      );
    }
    index.set(r.name, i);
  });
  let maxDelay = 0;
  // BNET files from the biodivine/PyBoolNet world leave inputs undeclared: they become input nodes
  // (keeping their value) after the declared ones, in order of first use; BoolNet itself requires
  // every gene to have a target line, so `.bn` keeps that an error
  const implicit: { name: string; line: number }[] = [];
  const nodes: LogicalNode[] = rows.map((r) => {
    const ts = new TokenStream(lex(r.expr, { file: o.file, hashComments: true, startLine: r.line }), o.file);
    const logic = ts.parseExpr({
      file: o.file,
      words: false,
      delays: format === "boolnet",
      name: (name, line) => {
        if (name === "0" || name === "1") return { k: "num", v: Number(name) };
        let i = index.get(name);
        if (i === undefined && format === "bnet") {
          i = rows.length + implicit.length;
          index.set(name, i);
          implicit.push({ name, line });
        }
        if (i === undefined)
          throw new EngineError(Codes.LOGIC_UNDEFINED, `gene ${name} is used but has no target line`, {
            file: o.file,
            line,
          });
        return { k: "node", i };
      },
    });
    if (ts.peek().kind !== "eof") ts.fail(`unexpected "${ts.peek().text}" after the factor of ${r.name}`);
    checkBoolean(logic, r.name, r.line, o.file);
    maxDelay = Math.max(maxDelay, delayOf(logic));
    return { name: r.name, logic, line: r.line };
  });
  for (const x of implicit) {
    nodes.push({
      name: x.name,
      logic: { k: "node", i: nodes.length },
      line: x.line,
      notes: "input without a target line (keeps its value)",
    });
  }
  return { nodes, parameters: {}, format, file: o.file, maxDelay };
}

function delayOf(e: LExpr): number {
  switch (e.k) {
    case "node":
      return e.delay ?? 0;
    case "not":
    case "neg":
      return delayOf(e.a);
    case "bin":
      return Math.max(delayOf(e.a), delayOf(e.b));
    case "cond":
      return Math.max(delayOf(e.c), delayOf(e.a), delayOf(e.b));
    default:
      return 0;
  }
}

function checkBoolean(e: LExpr, name: string, line: number, file?: string): void {
  const bad = (what: string) => {
    throw new EngineError(
      Codes.LOGIC_SYNTAX,
      `factor of ${name} uses ${what}; only ! & | ( ) and 0/1 are allowed`,
      { file, line },
    );
  };
  switch (e.k) {
    case "num":
      if (e.v !== 0 && e.v !== 1) bad(`the number ${e.v}`);
      return;
    case "node":
      return;
    case "not":
      checkBoolean(e.a, name, line, file);
      return;
    case "bin":
      if (e.op !== "and" && e.op !== "or" && e.op !== "xor") bad(`"${e.op}"`);
      checkBoolean(e.a, name, line, file);
      checkBoolean(e.b, name, line, file);
      return;
    default:
      bad(e.k);
  }
}

/** BoolNet `.bn` (header `targets, factors` required; temporal `X[-k]` allowed). */
export function readBoolNet(text: string, o: ReadBoolNetOptions = {}): LogicalNetwork {
  return readTwoColumn(text, "boolnet", o);
}

/** `.bnet` (header optional). */
export function readBnet(text: string, o: ReadBoolNetOptions = {}): LogicalNetwork {
  return readTwoColumn(text, "bnet", o);
}

/** Write `.bnet`/`.bn` text: `targets, factors` then one line per gene, in node order. */
export function writeBnet(net: LogicalNetwork): string {
  const names = net.nodes.map((n) => n.name);
  const out = ["targets, factors"];
  for (const n of net.nodes) {
    if (!n.logic)
      throw new EngineError(
        Codes.LOGIC_UNSUPPORTED,
        `node ${n.name} has no logic (a MaBoSS rate-only node) and cannot be written as BNET`,
      );
    out.push(`${n.name}, ${printExpr(n.logic, names, "bnet")}`);
  }
  return `${out.join("\n")}\n`;
}
