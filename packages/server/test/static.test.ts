import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { buildApp } from "../src/app.js";

test("static web app: files, SPA fallback, no path traversal, API 404 stays JSON", async () => {
  const dir = mkdtempSync(join(tmpdir(), "stat3-web-"));
  const root = join(dir, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "index.html"), "<!doctype html><title>lab</title>");
  writeFileSync(join(root, "assets", "app-123.js"), "console.log(1)");
  writeFileSync(join(dir, "secret.txt"), "do not serve");
  const app = await buildApp({ dataDir: null, webRoot: root, jobs: { inline: true } });
  try {
    const js = await app.inject({ method: "GET", url: "/assets/app-123.js" });
    assert.equal(js.statusCode, 200);
    assert.match(js.headers["content-type"] as string, /javascript/);
    assert.match(js.headers["cache-control"] as string, /immutable/);
    const spa = await app.inject({ method: "GET", url: "/some/client/route?x=1" });
    assert.match(spa.body, /<title>lab<\/title>/);
    for (const url of ["/../secret.txt", "/..%2fsecret.txt", "/assets/..%2f..%2fsecret.txt"]) {
      const r = await app.inject({ method: "GET", url });
      assert.doesNotMatch(r.body, /do not serve/, url);
    }
    const api = await app.inject({ method: "GET", url: "/api/nope" });
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().error.code, "E-NOT-FOUND");
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
