import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../../src/main.ts", import.meta.url));

test("stat3 serve: binds 127.0.0.1 on the given port, answers /api/health, stops on SIGTERM", {
  timeout: 60_000,
}, async () => {
  const data = mkdtempSync(join(tmpdir(), "stat3-serve-"));
  const child = spawn(
    process.execPath,
    ["--conditions=source", "--import", "tsx", MAIN, "serve", "--port", "0", "--data", data],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" },
    },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 45_000);
      child.stdout.on("data", (b) => {
        out += b;
        const m = /STAT3 Lab: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.stderr.on("data", (b) => {
        out += b;
      });
      child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const r = await fetch(`${url}/api/health`);
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), { status: "ok" });
    const bad = await fetch(`${url}/api/kb/entities/no-such-thing`);
    assert.equal(bad.status, 404);
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
    rmSync(data, { recursive: true, force: true });
  }
});

test("stat3 serve: a bad --port is a clear error", async () => {
  const child = spawn(
    process.execPath,
    ["--conditions=source", "--import", "tsx", MAIN, "serve", "--port", "http"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" },
    },
  );
  let err = "";
  child.stderr.on("data", (b) => {
    err += b;
  });
  const code = await new Promise((r) => child.once("exit", r));
  assert.equal(code, 1);
  assert.match(err, /--port must be an integer/);
});
