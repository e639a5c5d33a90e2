import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseYaml } from "../../src/petab/yaml.js";

test("parses the PEtab benchmark problem file (sequences at the parent key's column)", () => {
  const text = readFileSync(
    "/work/shared/petab/benchmarks/Boehm_JProteomeRes2014/Boehm_JProteomeRes2014.yaml",
    "utf8",
  );
  assert.deepEqual(parseYaml(text), {
    format_version: 1,
    parameter_file: "parameters_Boehm_JProteomeRes2014.tsv",
    problems: [
      {
        condition_files: ["experimentalCondition_Boehm_JProteomeRes2014.tsv"],
        measurement_files: ["measurementData_Boehm_JProteomeRes2014.tsv"],
        observable_files: ["observables_Boehm_JProteomeRes2014.tsv"],
        sbml_files: ["model_Boehm_JProteomeRes2014.xml"],
        visualization_files: ["visualizationSpecification_Boehm_JProteomeRes2014.tsv"],
      },
    ],
  });
});

test("scalars, quotes, comments, flow sequences, nested indentation", () => {
  const doc = parseYaml(
    [
      "# a comment",
      "---",
      "a: 1.5e3   # trailing comment",
      "b: 'it''s'",
      'c: "x\\ty # not a comment"',
      "d: [one, 'two', 3]",
      "e: ~",
      "f: true",
      "g: .inf",
      "h:",
      "  - x",
      "  -",
      "    k: v",
      "  - - nested",
      "    - list",
      "i: {}",
      "j: []",
      "k: path/with#hash",
    ].join("\n"),
  );
  assert.deepEqual(doc, {
    a: 1500,
    b: "it's",
    c: "x\ty # not a comment",
    d: ["one", "two", 3],
    e: null,
    f: true,
    g: Infinity,
    h: ["x", { k: "v" }, ["nested", "list"]],
    i: {},
    j: [],
    k: "path/with#hash",
  });
});

test("rejects what it does not read, naming the line", () => {
  const cases: [string, RegExp, number][] = [
    ["a: 1\na: 2", /duplicate key "a"/, 2],
    ["a: &x 1\nb: *x", /anchors and aliases/, 1],
    ["a: |\n  text", /block scalars/, 1],
    ["a: {b: 1}", /flow mappings/, 1],
    ["a:\n\tb: 1", /tab characters/, 2],
    ["a: 'open", /unterminated single-quoted/, 1],
    ["a: 1\n   b: 2", /inline value and an indented block/, 2],
    ["a: 1\n---\nb: 2", /multiple YAML documents/, 2],
  ];
  for (const [text, re, line] of cases) {
    assert.throws(
      () => parseYaml(text, "p.yaml"),
      (e: unknown) => {
        const d = (e as { diagnostic?: { code: string; location?: { line?: number; file?: string } } })
          .diagnostic;
        assert.ok(d, `no diagnostic for ${JSON.stringify(text)}`);
        assert.equal(d.code, "E-PETAB-001");
        assert.equal(d.location?.line, line, `line for ${JSON.stringify(text)}`);
        assert.equal(d.location?.file, "p.yaml");
        assert.match((e as Error).message, re);
        return true;
      },
    );
  }
});
