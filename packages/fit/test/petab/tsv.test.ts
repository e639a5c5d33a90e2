import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePetabNumber, parseTsv, TableReader } from "../../src/petab/tsv.js";

test("reads header and rows; CRLF, trailing tabs, missing trailing cells, quoted fields", () => {
  const t = parseTsv('id\tvalue\tnote\r\na\t1\t\r\n\r\nb\t2\r\n"c""q"\t3\t"x\ty"\r\n', "t.tsv", "test table");
  assert.deepEqual(t.columns, ["id", "value", "note"]);
  assert.deepEqual(t.rows, [
    ["a", "1", ""],
    ["b", "2", ""],
    ['c"q', "3", "x\ty"],
  ]);
  assert.deepEqual(t.lines, [2, 4, 5]);
});

test("PEtab numbers: e-notation, inf and nan in any case; text is not a number", () => {
  assert.equal(parsePetabNumber("1E-05"), 1e-5);
  assert.equal(parsePetabNumber("-inf"), -Infinity);
  assert.equal(parsePetabNumber("Inf"), Infinity);
  assert.ok(Number.isNaN(parsePetabNumber("NaN")!));
  assert.equal(parsePetabNumber("k1"), undefined);
  assert.equal(parsePetabNumber("1.2.3"), undefined);
  assert.equal(parsePetabNumber(""), undefined);
});

test("errors name the table, line and column", () => {
  const r = new TableReader(parseTsv("id\tvalue\na\t1\nb\tabc\n", "p.tsv", "parameter table"));
  assert.equal(r.requiredNumber(0, "value"), 1);
  assert.throws(
    () => r.requiredNumber(1, "value"),
    (e: unknown) => {
      const d = (
        e as { diagnostic: { code: string; location: { file: string; line: number; column: number } } }
      ).diagnostic;
      assert.equal(d.code, "E-PETAB-005");
      assert.deepEqual([d.location.file, d.location.line, d.location.column], ["p.tsv", 3, 2]);
      assert.match((e as Error).message, /parameter table: "value" must be a number, got "abc"/);
      return true;
    },
  );
  assert.throws(
    () => r.requireColumns("nominalValue"),
    /parameter table has no required column "nominalValue"/,
  );
  assert.throws(() => parseTsv("a\ta\n1\t2\n", "d.tsv", "x"), /duplicate column "a"/);
  assert.throws(
    () => parseTsv("a\tb\n1\t2\t3\n", "d.tsv", "x"),
    /row has 3 fields but the header has 2 columns/,
  );
  assert.throws(() => parseTsv("", "e.tsv", "x"), /empty/);
});
