/**
 * User data from CSV text (RFC 4180 subset: comma or tab separated, a header row, double-quoted fields
 * with "" escapes, # comment lines skipped): dose–response pairs and combination matrices in the long
 * format SynergyFinder reads (one row per well: dose of the row drug, dose of the column drug, response;
 * replicates are averaged). Isomorphic: the caller reads the file.
 */
import { EngineError } from "@stat3/engine";
import { PharmCodes } from "./messages.js";
import type { ComboMatrix } from "./synergy.js";

export interface CsvTable {
  header: string[];
  rows: string[][];
  /** 1-based source line of each row */
  lines: number[];
}

function splitLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === sep) {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

export function parseCsv(text: string, file = "<csv>"): CsvTable {
  const all = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let header: string[] | null = null;
  let sep = ",";
  const rows: string[][] = [];
  const lines: number[] = [];
  all.forEach((raw, k) => {
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) return;
    if (!header) {
      sep = raw.includes("\t") && !raw.includes(",") ? "\t" : ",";
      header = splitLine(raw, sep).map((h) => h.toLowerCase());
      return;
    }
    const r = splitLine(raw, sep);
    if (r.length !== header.length)
      throw new EngineError(
        PharmCodes.PHARM_CSV,
        `${r.length} fields where the header has ${header.length}`,
        { file, line: k + 1 },
      );
    rows.push(r);
    lines.push(k + 1);
  });
  if (!header) throw new EngineError(PharmCodes.PHARM_CSV, "no header row", { file });
  return { header, rows, lines };
}

function column(t: CsvTable, names: string[], file: string): number {
  for (const n of names) {
    const i = t.header.indexOf(n.toLowerCase());
    if (i >= 0) return i;
  }
  throw new EngineError(
    PharmCodes.PHARM_CSV,
    `no column named ${names.map((n) => `"${n}"`).join(" or ")} (header: ${t.header.join(", ")})`,
    { file, line: 1 },
  );
}

function num(t: CsvTable, r: number, c: number, file: string): number {
  const v = Number(t.rows[r][c]);
  if (t.rows[r][c] === "" || !Number.isFinite(v))
    throw new EngineError(
      PharmCodes.PHARM_CSV,
      `column "${t.header[c]}": "${t.rows[r][c]}" is not a number`,
      { file, line: t.lines[r] },
    );
  return v;
}

/** Dose–response pairs from columns dose (or conc, concentration) and response (or inhibition, viability, y). */
export function doseResponseFromCsv(
  text: string,
  o: { dose?: string; response?: string; file?: string } = {},
): { doses: number[]; responses: number[]; responseName: string } {
  const file = o.file ?? "<csv>";
  const t = parseCsv(text, file);
  const cd = column(t, o.dose ? [o.dose] : ["dose", "conc", "concentration"], file);
  const cr = column(t, o.response ? [o.response] : ["response", "inhibition", "viability", "y"], file);
  const doses = t.rows.map((_, r) => num(t, r, cd, file));
  const responses = t.rows.map((_, r) => num(t, r, cr, file));
  return { doses, responses, responseName: t.header[cr] };
}

/**
 * A combination matrix from long-format CSV: columns conc_r (or dose_a), conc_c (or dose_b), response
 * (% inhibition). Replicate wells are averaged; every (row dose, column dose) pair must be present.
 */
export function comboFromCsv(text: string, o: { file?: string } = {}): ComboMatrix {
  const file = o.file ?? "<csv>";
  const t = parseCsv(text, file);
  const ca = column(t, ["conc_r", "dose_a", "conc_a"], file);
  const cb = column(t, ["conc_c", "dose_b", "conc_b"], file);
  const cr = column(t, ["response", "inhibition"], file);
  const sums = new Map<string, [number, number]>();
  const as = new Set<number>();
  const bs = new Set<number>();
  t.rows.forEach((_, r) => {
    const a = num(t, r, ca, file);
    const b = num(t, r, cb, file);
    const y = num(t, r, cr, file);
    as.add(a);
    bs.add(b);
    const key = `${a}|${b}`;
    const s = sums.get(key) ?? [0, 0];
    s[0] += y;
    s[1]++;
    sums.set(key, s);
  });
  const dosesA = [...as].sort((x, y) => x - y);
  const dosesB = [...bs].sort((x, y) => x - y);
  const response = dosesA.map((a) =>
    dosesB.map((b) => {
      const s = sums.get(`${a}|${b}`);
      if (!s)
        throw new EngineError(
          PharmCodes.PHARM_CSV,
          `no response for the combination ${t.header[ca]} = ${a}, ${t.header[cb]} = ${b}`,
          { file },
        );
      return s[0] / s[1];
    }),
  );
  return { dosesA, dosesB, response };
}
