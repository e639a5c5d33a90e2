import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { Expr, Op } from "../../src/expr/ast.js";
import { readMathML, writeMathML } from "../../src/expr/mathml.js";
import { Codes, EngineError } from "../../src/messages.js";
import { parseXml } from "../../src/xml/parse.js";
import { TRIG_OPS } from "./arbitrary.js";

const NS = `xmlns="http://www.w3.org/1998/Math/MathML"`;
const SBML = `xmlns:sbml="http://www.sbml.org/sbml/level3/version2/core"`;
const read = (inner: string): Expr => readMathML(parseXml(`<math ${NS} ${SBML}>${inner}</math>`).root);
const n = (value: number): Expr => ({ kind: "num", value });
const s = (name: string): Expr => ({ kind: "sym", name });
const c = (op: Op, ...args: Expr[]): Expr => ({ kind: "call", op, args });

function codeOf(inner: string): string {
  try {
    read(inner);
  } catch (e) {
    if (e instanceof EngineError) return e.diagnostic.code;
    throw e;
  }
  return "no error";
}

test("cn: integer, real, e-notation, rational, units, INF/NaN", () => {
  assert.deepEqual(read(`<cn type="integer"> 42 </cn>`), n(42));
  assert.deepEqual(read(`<cn> -1.5e-3 </cn>`), n(-0.0015));
  assert.deepEqual(read(`<cn type="real">.5</cn>`), n(0.5));
  assert.deepEqual(read(`<cn type="e-notation"> 1.5 <sep/> 3 </cn>`), n(1500));
  assert.deepEqual(read(`<cn type="e-notation"> 1 <sep/> -7 </cn>`), n(1e-7), "exactly the double of 1e-7");
  assert.deepEqual(read(`<cn type="rational"> 1 <sep/> 3 </cn>`), n(1 / 3));
  assert.deepEqual(read(`<cn sbml:units="mole" type="integer">2</cn>`), {
    kind: "num",
    value: 2,
    units: "mole",
  });
  assert.deepEqual(read(`<cn>INF</cn>`), n(Infinity));
  assert.deepEqual(read(`<cn>-INF</cn>`), n(-Infinity));
  assert.ok(Number.isNaN((read(`<cn>NaN</cn>`) as { value: number }).value));
  assert.equal(codeOf(`<cn type="integer">1.5</cn>`), Codes.MATHML_NUMBER);
  assert.equal(codeOf(`<cn>abc</cn>`), Codes.MATHML_NUMBER);
  assert.equal(codeOf(`<cn type="rational">1</cn>`), Codes.MATHML_NUMBER);
});

test("ci (trimmed), csymbols, constants, booleans", () => {
  assert.deepEqual(read(`<ci>\n  S1\t</ci>`), s("S1"));
  assert.deepEqual(
    read(`<csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/time"> t </csymbol>`),
    { kind: "time" },
  );
  assert.deepEqual(read(`<csymbol definitionURL="http://www.sbml.org/sbml/symbols/avogadro">NA</csymbol>`), {
    kind: "avogadro",
  });
  assert.deepEqual(
    read(
      `<apply><csymbol definitionURL="http://www.sbml.org/sbml/symbols/delay">delay</csymbol><ci>x</ci><cn>1</cn></apply>`,
    ),
    c("delay", s("x"), n(1)),
  );
  assert.deepEqual(
    read(
      `<apply><csymbol definitionURL="http://www.sbml.org/sbml/symbols/rateOf">rateOf</csymbol><ci>x</ci></apply>`,
    ),
    c("rateOf", s("x")),
  );
  for (const k of ["pi", "exponentiale", "infinity", "notanumber"] as const)
    assert.deepEqual(read(`<${k}/>`), { kind: "const", name: k });
  assert.deepEqual(read(`<true/>`), { kind: "bool", value: true });
  assert.deepEqual(read(`<false/>`), { kind: "bool", value: false });
  assert.equal(codeOf(`<csymbol definitionURL="http://example.org/x">x</csymbol>`), Codes.MATHML_UNKNOWN);
});

test("apply: unary/binary minus, empty and single-argument n-ary operators", () => {
  assert.deepEqual(read(`<apply><minus/><ci>a</ci></apply>`), c("minus", s("a")));
  assert.deepEqual(read(`<apply><minus/><ci>a</ci><ci>b</ci></apply>`), c("minus", s("a"), s("b")));
  assert.equal(codeOf(`<apply><minus/><ci>a</ci><ci>b</ci><ci>c</ci></apply>`), Codes.MATHML_ARITY);
  // MathML identities of empty n-ary operators (MathML 2.0 §4.4.3): plus()=0, times()=1, and()=true, or()=xor()=false
  assert.deepEqual(read(`<apply><plus/></apply>`), n(0));
  assert.deepEqual(read(`<apply><times/></apply>`), n(1));
  assert.deepEqual(read(`<apply><and/></apply>`), { kind: "bool", value: true });
  assert.deepEqual(read(`<apply><or/></apply>`), { kind: "bool", value: false });
  assert.deepEqual(read(`<apply><xor/></apply>`), { kind: "bool", value: false });
  assert.deepEqual(read(`<apply><plus/><ci>a</ci></apply>`), c("plus", s("a")));
  assert.deepEqual(
    read(`<apply><times/><ci>a</ci><ci>b</ci><ci>c</ci></apply>`),
    c("times", s("a"), s("b"), s("c")),
  );
  assert.deepEqual(
    read(`<apply><xor/><true/><false/><true/></apply>`),
    c("xor", { kind: "bool", value: true }, { kind: "bool", value: false }, { kind: "bool", value: true }),
  );
  assert.equal(codeOf(`<apply><divide/><ci>a</ci></apply>`), Codes.MATHML_ARITY);
  assert.equal(codeOf(`<apply><not/></apply>`), Codes.MATHML_ARITY);
});

test("log with/without logbase, root with/without degree", () => {
  assert.deepEqual(read(`<apply><log/><ci>x</ci></apply>`), c("log", n(10), s("x")));
  assert.deepEqual(
    read(`<apply><log/><logbase><cn>2</cn></logbase><ci>x</ci></apply>`),
    c("log", n(2), s("x")),
  );
  assert.deepEqual(read(`<apply><root/><ci>x</ci></apply>`), c("root", n(2), s("x")));
  assert.deepEqual(
    read(`<apply><root/><degree><ci>k</ci></degree><ci>x</ci></apply>`),
    c("root", s("k"), s("x")),
  );
  assert.deepEqual(read(`<apply><ln/><ci>x</ci></apply>`), c("ln", s("x")));
  assert.equal(codeOf(`<apply><log/></apply>`), Codes.MATHML_ARITY);
});

test("relational chains, logic, L3V2 functions, trig family", () => {
  assert.deepEqual(read(`<apply><lt/><cn>1</cn><ci>x</ci><cn>3</cn></apply>`), c("lt", n(1), s("x"), n(3)));
  assert.deepEqual(read(`<apply><neq/><ci>a</ci><ci>b</ci></apply>`), c("neq", s("a"), s("b")));
  assert.deepEqual(
    read(`<apply><geq/><ci>a</ci></apply>`),
    { kind: "bool", value: true },
    "a one-operand chain holds",
  );
  assert.deepEqual(
    read(`<apply><implies/><true/><false/></apply>`),
    c("implies", { kind: "bool", value: true }, { kind: "bool", value: false }),
  );
  for (const op of ["max", "min"] as const)
    assert.deepEqual(
      read(`<apply><${op}/><ci>a</ci><ci>b</ci><ci>c</ci></apply>`),
      c(op, s("a"), s("b"), s("c")),
    );
  for (const op of ["rem", "quotient", "power"] as const)
    assert.deepEqual(read(`<apply><${op}/><ci>a</ci><ci>b</ci></apply>`), c(op, s("a"), s("b")));
  for (const op of ["sin", "arccoth", "sech", "factorial", "ceiling", "floor", "abs", "exp"] as const) {
    assert.deepEqual(read(`<apply><${op}/><ci>a</ci></apply>`), c(op, s("a")));
  }
});

test("piecewise, lambda, semantics, user functions", () => {
  assert.deepEqual(
    read(
      `<piecewise><piece><cn>1</cn><apply><gt/><ci>x</ci><cn>0</cn></apply></piece><otherwise><cn>2</cn></otherwise></piecewise>`,
    ),
    { kind: "piecewise", pieces: [{ value: n(1), cond: c("gt", s("x"), n(0)) }], otherwise: n(2) },
  );
  assert.deepEqual(read(`<piecewise><piece><cn>1</cn><true/></piece></piecewise>`), {
    kind: "piecewise",
    pieces: [{ value: n(1), cond: { kind: "bool", value: true } }],
  });
  assert.deepEqual(
    read(
      `<lambda><bvar><ci> x </ci></bvar><bvar><ci>y</ci></bvar><apply><times/><ci>x</ci><ci>y</ci></apply></lambda>`,
    ),
    {
      kind: "lambda",
      params: ["x", "y"],
      body: c("times", s("x"), s("y")),
    },
  );
  assert.deepEqual(read(`<lambda><cn>1</cn></lambda>`), { kind: "lambda", params: [], body: n(1) });
  assert.deepEqual(
    read(
      `<semantics><apply><plus/><ci>a</ci><cn>1</cn></apply><annotation encoding="text">a+1</annotation></semantics>`,
    ),
    c("plus", s("a"), n(1)),
  );
  assert.deepEqual(read(`<apply><ci> f </ci><ci>a</ci><cn>2</cn></apply>`), {
    kind: "fn",
    name: "f",
    args: [s("a"), n(2)],
  });
  assert.deepEqual(read(`<apply><ci>g</ci></apply>`), { kind: "fn", name: "g", args: [] });
});

test("unknown elements name the element and line", () => {
  try {
    readMathML(parseXml(`<math ${NS}>\n<apply>\n<plus/>\n<mfrac/></apply></math>`).root, {
      file: "m.xml",
      element: "kineticLaw",
    });
    assert.fail("expected an error");
  } catch (e) {
    assert.ok(e instanceof EngineError);
    assert.equal(e.diagnostic.code, Codes.MATHML_UNKNOWN);
    assert.match(e.message, /mfrac/);
    assert.match(e.message, /line 4/);
    assert.equal(e.diagnostic.location?.line, 4);
    assert.equal(e.diagnostic.location?.file, "m.xml");
  }
  assert.equal(codeOf(`<apply><diff/><ci>a</ci></apply>`), Codes.MATHML_UNKNOWN);
  assert.equal(codeOf(`<vector/>`), Codes.MATHML_UNKNOWN);
});

// ---- writer: every AST the reader can produce reads back identically -------------------------

const OPS1: Op[] = ["abs", "exp", "ln", "floor", "ceiling", "factorial", "not", ...TRIG_OPS];
const OPS2: Op[] = ["divide", "power", "rem", "quotient", "neq", "implies", "log", "root", "delay"];
const OPSN: Op[] = ["plus", "times", "min", "max", "and", "or", "xor"];
const RELN: Op[] = ["eq", "gt", "lt", "geq", "leq"];

const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/);
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: false }),
  fc.integer({ min: -1e6, max: 1e6 }).map((v) => v),
  fc.constantFrom(1e-300, 6.02214076e23, 1e21, -0, 0.1, 5e-324),
);
const leaf: fc.Arbitrary<Expr> = fc.oneof(
  number.map((value) => ({ kind: "num", value }) as Expr),
  fc.tuple(number, name).map(([value, units]) => ({ kind: "num", value, units }) as Expr),
  fc.boolean().map((value) => ({ kind: "bool", value }) as Expr),
  name.map((nm) => ({ kind: "sym", name: nm }) as Expr),
  fc.constant({ kind: "time" } as Expr),
  fc.constant({ kind: "avogadro" } as Expr),
  fc
    .constantFrom("pi", "exponentiale", "infinity", "notanumber")
    .map((k) => ({ kind: "const", name: k }) as Expr),
);
const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom(...OPS1), tie("e")).map(([op, a]) => c(op, a)),
    fc.tuple(fc.constantFrom(...OPS2), tie("e"), tie("e")).map(([op, a, b]) => c(op, a, b)),
    fc
      .tuple(fc.constantFrom(...OPSN), fc.array(tie("e"), { minLength: 1, maxLength: 4 }))
      .map(([op, a]) => c(op, ...a)),
    fc
      .tuple(fc.constantFrom(...RELN), fc.array(tie("e"), { minLength: 2, maxLength: 4 }))
      .map(([op, a]) => c(op, ...a)),
    fc.array(tie("e"), { minLength: 1, maxLength: 2 }).map((a) => c("minus", ...a)),
    tie("e").map((a) => c("rateOf", a)),
    fc
      .tuple(name, fc.array(tie("e"), { maxLength: 3 }))
      .map(([nm, args]) => ({ kind: "fn", name: nm, args }) as Expr),
    fc
      .tuple(
        fc.array(fc.tuple(tie("e"), tie("e")), { minLength: 0, maxLength: 3 }),
        fc.option(tie("e"), { nil: undefined }),
      )
      .map(([ps, o]) => {
        const pieces = ps.map(([value, cond]) => ({ value, cond }));
        return (
          o === undefined ? { kind: "piecewise", pieces } : { kind: "piecewise", pieces, otherwise: o }
        ) as Expr;
      }),
  ),
})).e;

const roundTrip = (e: Expr): Expr =>
  readMathML(
    parseXml(writeMathML(e, { sbmlNamespace: "http://www.sbml.org/sbml/level3/version2/core" })).root,
  );

test("writeMathML → readMathML is the identity on the AST (property, 500 random expressions)", () => {
  fc.assert(
    fc.property(expr, (e) => {
      assert.deepEqual(roundTrip(e), e);
    }),
    { numRuns: 500, seed: 20261127 },
  );
  fc.assert(
    fc.property(fc.array(name, { maxLength: 3 }), expr, (params, body) => {
      const l: Expr = { kind: "lambda", params, body };
      assert.deepEqual(roundTrip(l), l);
    }),
    { numRuns: 100, seed: 7 },
  );
});

test("writer output for a few constructs", () => {
  assert.equal(
    writeMathML(n(3)),
    `<math xmlns="http://www.w3.org/1998/Math/MathML"><cn type="integer"> 3 </cn></math>`,
  );
  assert.match(writeMathML(n(1.5e-7)), /<cn type="e-notation"> 1\.5 <sep\/> -7 <\/cn>/);
  assert.match(
    writeMathML(c("log", n(10), s("x"))),
    /<apply><log\/><logbase><cn type="integer"> 10 <\/cn><\/logbase><ci> x <\/ci><\/apply>/,
  );
  assert.match(
    writeMathML({ kind: "num", value: 1, units: "mole" }, { sbmlNamespace: "urn:sbml" }),
    /^<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML" xmlns:sbml="urn:sbml"><cn sbml:units="mole" type="integer"> 1 <\/cn><\/math>$/,
  );
  assert.equal(writeMathML(s("a<b"), { xmlns: false }), `<math><ci> a&lt;b </ci></math>`);
});
