import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canonicalJson, fromJsonText, toJsonText } from "../src/codec.js";

describe("codec: exact JSON for chunk results", () => {
  it("round-trips doubles bit for bit, including −0, NaN, ±Infinity, subnormals", () => {
    const v = new Float64Array([
      0.1 + 0.2,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -Number.MAX_VALUE,
      5e-324,
      1 / 3,
    ]);
    const back = fromJsonText(
      toJsonText({
        v,
        x: -0,
        m: new Map<number | string, number>([
          [3, 1],
          ["101", 2],
        ]),
      }),
    ) as {
      v: Float64Array;
      x: number;
      m: Map<number | string, number>;
    };
    assert.ok(back.v instanceof Float64Array);
    assert.deepEqual(new Uint8Array(back.v.buffer), new Uint8Array(v.buffer));
    assert.ok(Object.is(back.x, -0));
    assert.deepEqual(
      [...back.m],
      [
        [3, 1],
        ["101", 2],
      ],
    );
  });
  it("keeps user keys that start with $ apart from the tags", () => {
    const back = fromJsonText(toJsonText({ $f64: [1, 2], $n: "x" }));
    assert.deepEqual(back, { $f64: [1, 2], $n: "x" });
  });
  it("canonical JSON sorts keys at every level", () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [1, { z: 0, y: 1 }], c: null } }),
      '{"a":{"c":null,"d":[1,{"y":1,"z":0}]},"b":1}',
    );
  });
});
