import assert from "node:assert/strict";
import { test } from "node:test";
import { Codes, EngineError } from "../../src/messages.js";
import {
  attr,
  childElements,
  MAX_DEPTH,
  parseXml,
  serializeChildren,
  serializeXml,
  textContent,
} from "../../src/xml/parse.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineError) return e.diagnostic.code;
    throw e;
  }
  return undefined;
}

test("namespaces, attribute order, line/column, predefined entities and char refs", () => {
  const doc = parseXml(
    `<?xml version="1.0"?>\n<a xmlns="urn:x" xmlns:q="urn:q">\n  <b q:c="1&amp;2" d='x'>t &lt; &#65;&#x42;<![CDATA[<z>]]></b>\n</a>`,
  );
  assert.equal(doc.root.local, "a");
  assert.equal(doc.root.uri, "urn:x");
  const b = childElements(doc.root)[0]!;
  assert.equal(b.uri, "urn:x");
  assert.equal(b.line, 3);
  assert.equal(b.column, 3);
  const multi = parseXml(`<a>\n<bb\n  x="1"/><c/></a>`);
  assert.deepEqual(
    childElements(multi.root).map((e) => [e.line, e.column]),
    [
      [2, 1],
      [3, 10],
    ],
  );
  assert.deepEqual(
    b.attributes.map((a) => [a.name, a.uri, a.value]),
    [
      ["q:c", "urn:q", "1&2"],
      ["d", "", "x"],
    ],
  );
  assert.equal(attr(b, "c", "urn:q"), "1&2");
  assert.equal(attr(b, "c"), undefined, "prefixed attributes are not found without their namespace");
  assert.equal(textContent(b), "t < AB<z>");
});

test("serialisation re-declares namespaces bound outside the subtree and round-trips", () => {
  const doc = parseXml(
    `<r xmlns:h="urn:h" xmlns="urn:d"><n>\n <h:p class="a&quot;b">x &amp; y</h:p><!--c--></n></r>`,
  );
  const n = childElements(doc.root)[0]!;
  const s = serializeChildren(n);
  assert.equal(s, `\n <h:p xmlns:h="urn:h" class="a&quot;b">x &amp; y</h:p><!--c-->`);
  const whole = serializeXml(n);
  assert.equal(
    whole,
    `<n xmlns="urn:d" xmlns:h="urn:h">\n <h:p class="a&quot;b">x &amp; y</h:p><!--c--></n>`,
  );
  // reading the serialised text back gives the same serialisation (a fixed point)
  assert.equal(serializeXml(parseXml(whole).root), whole);
});

test("syntax errors carry code, line and column", () => {
  try {
    parseXml("<a>\n  <b></a>", { file: "f.xml" });
    assert.fail("expected an error");
  } catch (e) {
    assert.ok(e instanceof EngineError);
    assert.equal(e.diagnostic.code, Codes.XML_SYNTAX);
    assert.equal(e.diagnostic.location?.file, "f.xml");
    assert.equal(e.diagnostic.location?.line, 2);
    assert.ok((e.diagnostic.location?.column ?? 0) > 1);
  }
  assert.equal(
    codeOf(() => parseXml("")),
    Codes.XML_SYNTAX,
  );
  assert.equal(
    codeOf(() => parseXml("<a>&nbsp;</a>")),
    Codes.XML_SYNTAX,
    "undefined entities are errors",
  );
});

test("entity bombs are rejected before any expansion", () => {
  const lol = [`<?xml version="1.0"?>`, `<!DOCTYPE lolz [`, ` <!ENTITY lol "lol">`];
  for (let i = 1; i < 10; i++) lol.push(` <!ENTITY lol${i} "${`&lol${i - 1 || ""};`.repeat(10)}">`);
  lol.push(`]>`, `<lolz>&lol9;</lolz>`);
  const t0 = Date.now();
  assert.equal(
    codeOf(() => parseXml(lol.join("\n"))),
    Codes.XML_ENTITY,
  );
  assert.ok(Date.now() - t0 < 1000, "rejection is immediate");
});

test("external entities and external DTDs are rejected, never fetched", () => {
  const xxe = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>`;
  assert.equal(
    codeOf(() => parseXml(xxe)),
    Codes.XML_ENTITY,
  );
  const param = `<!DOCTYPE foo [<!ENTITY % p SYSTEM "http://example.org/evil.dtd"> %p;]><foo/>`;
  assert.equal(
    codeOf(() => parseXml(param)),
    Codes.XML_ENTITY,
  );
  assert.equal(
    codeOf(() => parseXml(`<!DOCTYPE foo SYSTEM "http://example.org/foo.dtd"><foo/>`)),
    Codes.XML_DOCTYPE,
  );
  // a DOCTYPE with neither entities nor an external DTD is harmless
  assert.equal(parseXml(`<!DOCTYPE foo><foo/>`).root.local, "foo");
});

test("absurdly deep nesting is refused with a syntax error, not a stack overflow", () => {
  const deep = `${"<a>".repeat(50_000)}${"</a>".repeat(50_000)}`;
  assert.equal(
    codeOf(() => parseXml(deep)),
    Codes.XML_SYNTAX,
  );
  const ok = `${"<a>".repeat(MAX_DEPTH)}${"</a>".repeat(MAX_DEPTH)}`;
  assert.equal(parseXml(ok).root.local, "a");
});
