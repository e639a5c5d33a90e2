/**
 * Tab-separated tables as PEtab writes them (PEtab v1 data format, https://petab.readthedocs.io/en/latest/v1/documentation_data_format.html):
 * a header row of column names, one row per record, tab between fields. Pandas-style quoting (a field in
 * double quotes, `""` for a quote) is accepted; CRLF line ends and a trailing empty line are tolerated.
 * Every value read through `TableReader` carries its place (file, line, column) into error messages.
 */
import { PetabCodes, petabError } from "./messages.js";

export interface TsvTable {
  /** file name used in messages */
  file: string;
  /** which PEtab table this is ("parameter table", …), for messages */
  kind: string;
  columns: string[];
  rows: string[][];
  /** 1-based source line of each row (the header is line 1) */
  lines: number[];
}

export function parseTsv(text: string, file: string, kind: string): TsvTable {
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  while (raw.length > 0 && raw[raw.length - 1].trim() === "") raw.pop();
  if (raw.length === 0)
    throw petabError(PetabCodes.PETAB_TABLE_SYNTAX, `${kind} is empty (no header row)`, { file });
  const columns = splitRow(raw[0], file, 1).map((c) => c.trim());
  // trailing empty header cells (a trailing tab) carry no column
  while (columns.length > 0 && columns[columns.length - 1] === "") columns.pop();
  const seen = new Set<string>();
  columns.forEach((c, j) => {
    if (c === "") {
      throw petabError(PetabCodes.PETAB_TABLE_SYNTAX, `${kind}: header column ${j + 1} has no name`, {
        file,
        line: 1,
        column: j + 1,
      });
    }
    if (seen.has(c))
      throw petabError(PetabCodes.PETAB_TABLE_SYNTAX, `${kind}: duplicate column "${c}"`, {
        file,
        line: 1,
        column: j + 1,
      });
    seen.add(c);
  });
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let k = 1; k < raw.length; k++) {
    if (raw[k].trim() === "") continue; // blank separator lines carry no record
    const cells = splitRow(raw[k], file, k + 1);
    while (cells.length > columns.length && cells[cells.length - 1].trim() === "") cells.pop();
    if (cells.length > columns.length) {
      throw petabError(
        PetabCodes.PETAB_TABLE_SYNTAX,
        `${kind}: row has ${cells.length} fields but the header has ${columns.length} columns`,
        { file, line: k + 1 },
      );
    }
    while (cells.length < columns.length) cells.push("");
    rows.push(cells.map((c) => c.trim()));
    lines.push(k + 1);
  }
  return { file, kind, columns, rows, lines };
}

function splitRow(line: string, file: string, no: number): string[] {
  if (!line.includes('"')) return line.split("\t");
  const out: string[] = [];
  let j = 0;
  while (j <= line.length) {
    if (line[j] === '"') {
      let cell = "";
      j++;
      for (;;) {
        if (j >= line.length)
          throw petabError(PetabCodes.PETAB_TABLE_SYNTAX, "unterminated quoted field", { file, line: no });
        if (line[j] === '"') {
          if (line[j + 1] === '"') {
            cell += '"';
            j += 2;
            continue;
          }
          j++;
          break;
        }
        cell += line[j++];
      }
      if (j < line.length && line[j] !== "\t") {
        throw petabError(PetabCodes.PETAB_TABLE_SYNTAX, "text after a closing quote", {
          file,
          line: no,
          column: out.length + 1,
        });
      }
      out.push(cell);
      j++;
    } else {
      const tab = line.indexOf("\t", j);
      const end = tab < 0 ? line.length : tab;
      out.push(line.slice(j, end));
      j = end + 1;
    }
  }
  return out;
}

/** PEtab numbers: decimal / e-notation, plus inf, -inf, nan in any letter case. */
export function parsePetabNumber(text: string): number | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  const lower = t.toLowerCase();
  if (lower === "inf" || lower === "+inf" || lower === "infinity" || lower === "+infinity") return Infinity;
  if (lower === "-inf" || lower === "-infinity") return -Infinity;
  if (lower === "nan") return Number.NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** Typed, located access to the cells of one table. */
export class TableReader {
  readonly index: Map<string, number>;
  constructor(readonly table: TsvTable) {
    this.index = new Map(table.columns.map((c, j) => [c, j]));
  }

  get file(): string {
    return this.table.file;
  }

  has(column: string): boolean {
    return this.index.has(column);
  }

  requireColumns(...names: string[]): void {
    for (const n of names) {
      if (!this.index.has(n)) {
        throw petabError(
          PetabCodes.PETAB_MISSING_COLUMN,
          `${this.table.kind} has no required column "${n}"`,
          {
            file: this.table.file,
            line: 1,
          },
        );
      }
    }
  }

  /** Where row r, column c is, for messages. */
  where(r: number, column?: string) {
    const j = column === undefined ? undefined : this.index.get(column);
    return {
      file: this.table.file,
      line: this.table.lines[r],
      column: j === undefined ? undefined : j + 1,
      element: column === undefined ? undefined : `column "${column}"`,
    };
  }

  /** The raw text of a cell ("" when the column is absent or the cell empty). */
  text(r: number, column: string): string {
    const j = this.index.get(column);
    return j === undefined ? "" : this.table.rows[r][j];
  }

  /** Non-empty text, or an error naming table, line and column. */
  requiredText(r: number, column: string): string {
    const t = this.text(r, column);
    if (t === "")
      throw petabError(
        PetabCodes.PETAB_BAD_VALUE,
        `${this.table.kind}: "${column}" is empty`,
        this.where(r, column),
      );
    return t;
  }

  optionalText(r: number, column: string): string | undefined {
    const t = this.text(r, column);
    return t === "" ? undefined : t;
  }

  /** A number (inf/nan allowed) or undefined when empty; text that is not a number is an error. */
  optionalNumber(r: number, column: string): number | undefined {
    const t = this.text(r, column);
    if (t === "") return undefined;
    const v = parsePetabNumber(t);
    if (v === undefined) {
      throw petabError(
        PetabCodes.PETAB_BAD_VALUE,
        `${this.table.kind}: "${column}" must be a number, got "${t}"`,
        this.where(r, column),
      );
    }
    return v;
  }

  requiredNumber(r: number, column: string): number {
    const v = this.optionalNumber(r, column);
    if (v === undefined)
      throw petabError(
        PetabCodes.PETAB_BAD_VALUE,
        `${this.table.kind}: "${column}" is empty`,
        this.where(r, column),
      );
    return v;
  }

  /** One of a fixed set of words; `fallback` when empty. */
  oneOf<T extends string>(r: number, column: string, allowed: readonly T[], fallback: T): T {
    const t = this.text(r, column);
    if (t === "") return fallback;
    if (!(allowed as readonly string[]).includes(t)) {
      throw petabError(
        PetabCodes.PETAB_BAD_VALUE,
        `${this.table.kind}: "${column}" must be one of ${allowed.join(", ")}, got "${t}"`,
        this.where(r, column),
      );
    }
    return t as T;
  }
}
