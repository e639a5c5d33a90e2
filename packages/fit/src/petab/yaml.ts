/**
 * A strict reader for the YAML subset that PEtab problem files use (YAML 1.2 spec, https://yaml.org/spec/1.2.2/):
 * block mappings, block sequences (also the compact `- key: value` form and sequences indented at the same
 * column as their parent key), plain / single-quoted / double-quoted scalars, flow sequences of scalars
 * (`[a, b]`), empty flow collections, and comments.
 *
 * Why our own: the PEtab YAML files are tiny and regular, and the `yaml` package is not installed in this
 * workspace. Anything outside the subset (anchors, aliases, tags, block scalars `|`/`>`, flow mappings with
 * content, complex keys, multiple documents) is rejected with an error naming the line — never guessed at.
 */
import { PetabCodes, petabError } from "./messages.js";

export type YamlValue = null | boolean | number | string | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  /** 1-based line number in the file */
  no: number;
  indent: number;
  text: string;
}

/** Parse a YAML document (the PEtab subset). `file` only names the source in error messages. */
export function parseYaml(source: string, file?: string): YamlValue {
  const lines = splitLines(source, file);
  if (lines.length === 0) return null;
  const state = { i: 0 };
  const value = parseBlock(lines, state, lines[0].indent, file);
  if (state.i < lines.length) {
    const l = lines[state.i];
    throw syntax(
      `unexpected content "${l.text}" (indentation ${l.indent} does not match its parent)`,
      l.no,
      file,
    );
  }
  return value;
}

function syntax(message: string, line: number, file?: string) {
  return petabError(PetabCodes.PETAB_YAML_SYNTAX, message, { file, line });
}

/** Drops comments, blank lines and a leading `---`; measures indentation (spaces only). */
function splitLines(source: string, file?: string): Line[] {
  const out: Line[] = [];
  const raw = source.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  let seenContent = false;
  for (let k = 0; k < raw.length; k++) {
    const no = k + 1;
    const text = stripComment(raw[k], no, file);
    const trimmed = text.trim();
    if (trimmed === "") continue;
    if (trimmed === "---") {
      if (seenContent) throw syntax("multiple YAML documents are not supported", no, file);
      continue;
    }
    if (trimmed === "...") break;
    if (trimmed.startsWith("%")) throw syntax(`YAML directives are not supported: "${trimmed}"`, no, file);
    const m = /^( *)/.exec(text)!;
    if (text[m[1].length] === "\t")
      throw syntax("tab characters are not allowed in YAML indentation", no, file);
    seenContent = true;
    out.push({ no, indent: m[1].length, text: text.slice(m[1].length).trimEnd() });
  }
  return out;
}

/** Removes a `#` comment that starts the line or follows whitespace, outside quotes. */
function stripComment(line: string, no: number, file?: string): string {
  let quote = "";
  for (let j = 0; j < line.length; j++) {
    const c = line[j];
    if (quote) {
      if (quote === '"' && c === "\\") j++;
      else if (c === quote) {
        if (quote === "'" && line[j + 1] === "'") j++;
        else quote = "";
      }
    } else if (c === '"' || c === "'") {
      // a quote only opens a quoted scalar at the start of a value, not inside a plain scalar (it's')
      const before = line.slice(0, j).trimEnd();
      if (before === "" || /[:\-[,]$/.test(before)) quote = c;
    } else if (c === "#" && (j === 0 || line[j - 1] === " " || line[j - 1] === "\t")) {
      return line.slice(0, j);
    }
  }
  if (quote) throw syntax(`unterminated ${quote === '"' ? "double" : "single"}-quoted string`, no, file);
  return line;
}

function isSeqItem(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

function parseBlock(lines: Line[], st: { i: number }, indent: number, file?: string): YamlValue {
  const first = lines[st.i];
  if (isSeqItem(first.text)) return parseSequence(lines, st, indent, file);
  if (findMappingColon(first.text) >= 0) return parseMapping(lines, st, indent, file);
  // a lone scalar document or a scalar continuing onto its own line
  st.i++;
  if (st.i < lines.length && lines[st.i].indent > indent) {
    throw syntax("multi-line plain scalars are not supported", lines[st.i].no, file);
  }
  return parseScalar(first.text, first.no, file);
}

function parseSequence(lines: Line[], st: { i: number }, indent: number, file?: string): YamlValue[] {
  const out: YamlValue[] = [];
  while (st.i < lines.length) {
    const l = lines[st.i];
    if (l.indent < indent) break;
    if (l.indent > indent) throw syntax(`unexpected indentation (expected ${indent} spaces)`, l.no, file);
    if (!isSeqItem(l.text)) break;
    const rest = l.text.slice(1).replace(/^ +/, "");
    if (rest === "") {
      st.i++;
      if (st.i < lines.length && lines[st.i].indent > indent)
        out.push(parseBlock(lines, st, lines[st.i].indent, file));
      else out.push(null);
    } else if (isSeqItem(rest) || findMappingColon(rest) >= 0) {
      // compact nested collection: `- key: value` — re-read the rest of the line as if it began a block at its column
      const col = l.indent + (l.text.length - rest.length);
      lines[st.i] = { no: l.no, indent: col, text: rest };
      out.push(parseBlock(lines, st, col, file));
    } else {
      st.i++;
      if (st.i < lines.length && lines[st.i].indent > indent) {
        throw syntax("multi-line plain scalars are not supported", lines[st.i].no, file);
      }
      out.push(parseScalar(rest, l.no, file));
    }
  }
  return out;
}

function parseMapping(
  lines: Line[],
  st: { i: number },
  indent: number,
  file?: string,
): { [key: string]: YamlValue } {
  const out: { [key: string]: YamlValue } = {};
  while (st.i < lines.length) {
    const l = lines[st.i];
    if (l.indent < indent) break;
    if (l.indent > indent) throw syntax(`unexpected indentation (expected ${indent} spaces)`, l.no, file);
    if (isSeqItem(l.text)) break;
    const colon = findMappingColon(l.text);
    if (colon < 0) throw syntax(`expected "key: value", got "${l.text}"`, l.no, file);
    const key = parseKey(l.text.slice(0, colon).trim(), l.no, file);
    if (Object.hasOwn(out, key)) throw syntax(`duplicate key "${key}"`, l.no, file);
    const rest = l.text.slice(colon + 1).trim();
    st.i++;
    if (rest !== "") {
      out[key] = parseScalar(rest, l.no, file);
      if (st.i < lines.length && lines[st.i].indent > indent) {
        throw syntax(`key "${key}" has both an inline value and an indented block`, lines[st.i].no, file);
      }
    } else if (st.i < lines.length && lines[st.i].indent > indent) {
      out[key] = parseBlock(lines, st, lines[st.i].indent, file);
    } else if (st.i < lines.length && lines[st.i].indent === indent && isSeqItem(lines[st.i].text)) {
      // `key:` followed by `- item` at the key's own column (the style PEtab files use)
      out[key] = parseSequence(lines, st, indent, file);
    } else {
      out[key] = null;
    }
  }
  return out;
}

/** Index of the `:` that separates key and value (followed by space or end of line), outside quotes; -1 if none. */
function findMappingColon(text: string): number {
  if (text.startsWith("[") || text.startsWith("{")) return -1;
  let j = 0;
  if (text[0] === '"' || text[0] === "'") {
    const q = text[0];
    for (j = 1; j < text.length; j++) {
      if (q === '"' && text[j] === "\\") j++;
      else if (text[j] === q) {
        if (q === "'" && text[j + 1] === "'") j++;
        else break;
      }
    }
  }
  for (; j < text.length; j++) {
    if (text[j] === ":" && (j + 1 === text.length || text[j + 1] === " ")) return j;
  }
  return -1;
}

function parseKey(raw: string, no: number, file?: string): string {
  if (raw === "") throw syntax("empty mapping key", no, file);
  if (raw.startsWith("?")) throw syntax("complex mapping keys (?) are not supported", no, file);
  const v = parseScalar(raw, no, file);
  if (v === null) return "null";
  if (typeof v === "object") throw syntax("collections as mapping keys are not supported", no, file);
  // keys keep their source text (e.g. "1e3" stays "1e3"), unless quoted
  return raw.startsWith('"') || raw.startsWith("'") ? String(v) : raw;
}

/** One scalar or flow sequence on a single line. */
function parseScalar(text: string, no: number, file?: string): YamlValue {
  const c = text[0];
  if (c === "&" || c === "*") throw syntax(`YAML anchors and aliases are not supported: "${text}"`, no, file);
  if (c === "!") throw syntax(`YAML tags are not supported: "${text}"`, no, file);
  if (c === "|" || c === ">") throw syntax(`YAML block scalars (| and >) are not supported`, no, file);
  if (c === "@" || c === "`") throw syntax(`a plain scalar cannot start with "${c}"`, no, file);
  if (c === "{") {
    if (/^\{\s*\}$/.test(text)) return {};
    throw syntax("flow mappings ({...}) are not supported", no, file);
  }
  if (c === "[") return parseFlowSequence(text, no, file);
  if (c === '"') return parseDoubleQuoted(text, no, file);
  if (c === "'") {
    if (!text.endsWith("'") || text.length < 2) throw syntax(`bad single-quoted string ${text}`, no, file);
    const body = text.slice(1, -1);
    if (/(^|[^'])'([^']|$)/.test(body.replace(/''/g, "")))
      throw syntax(`text after a closing quote in ${text}`, no, file);
    return body.replace(/''/g, "'");
  }
  return resolvePlain(text);
}

/** YAML 1.2 core schema resolution of plain scalars. */
function resolvePlain(text: string): YamlValue {
  if (text === "" || text === "~" || text === "null" || text === "Null" || text === "NULL") return null;
  if (text === "true" || text === "True" || text === "TRUE") return true;
  if (text === "false" || text === "False" || text === "FALSE") return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number.parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return Number.parseInt(text.slice(2), 16);
  if (/^0o[0-7]+$/.test(text)) return Number.parseInt(text.slice(2), 8);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(text)) return Number.NaN;
  return text;
}

function parseDoubleQuoted(text: string, no: number, file?: string): string {
  let out = "";
  let j = 1;
  for (; j < text.length; j++) {
    const ch = text[j];
    if (ch === '"') break;
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const e = text[++j];
    const simple: Record<string, string> = {
      "0": "\0",
      a: "\x07",
      b: "\b",
      t: "\t",
      n: "\n",
      v: "\v",
      f: "\f",
      r: "\r",
      e: "\x1b",
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      N: "\u0085",
      _: "\u00a0",
    };
    if (e !== undefined && Object.hasOwn(simple, e)) out += simple[e];
    else if (e === "x" || e === "u" || e === "U") {
      const len = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = text.slice(j + 1, j + 1 + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len)
        throw syntax(`bad escape \\${e}${hex}`, no, file);
      out += String.fromCodePoint(Number.parseInt(hex, 16));
      j += len;
    } else throw syntax(`unknown escape \\${e ?? ""} in double-quoted string`, no, file);
  }
  if (j >= text.length) throw syntax("unterminated double-quoted string", no, file);
  if (text.slice(j + 1).trim() !== "") throw syntax(`text after a closing quote in ${text}`, no, file);
  return out;
}

/** `[a, "b", 3]` — a flow sequence of scalars on one line. */
function parseFlowSequence(text: string, no: number, file?: string): YamlValue[] {
  if (!text.endsWith("]")) throw syntax("flow sequences must close on the same line", no, file);
  const body = text.slice(1, -1);
  const items: string[] = [];
  let cur = "";
  let quote = "";
  for (let j = 0; j < body.length; j++) {
    const ch = body[j];
    if (quote) {
      cur += ch;
      if (quote === '"' && ch === "\\") cur += body[++j] ?? "";
      else if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
    } else if (ch === "[" || ch === "{") {
      throw syntax("nested flow collections are not supported", no, file);
    } else if (ch === ",") {
      items.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (quote) throw syntax("unterminated quoted string in flow sequence", no, file);
  items.push(cur.trim());
  if (items.length === 1 && items[0] === "") return [];
  if (items[items.length - 1] === "") items.pop(); // a trailing comma is allowed
  return items.map((s) => {
    if (s === "") throw syntax("empty entry in flow sequence", no, file);
    if (findMappingColon(s) >= 0) throw syntax("mappings inside flow sequences are not supported", no, file);
    return parseScalar(s, no, file);
  });
}
