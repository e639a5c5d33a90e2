/**
 * Serves the built web app (packages/web/dist): files by exact path inside the folder (no traversal),
 * long cache for hashed assets, and index.html for any other non-API GET (client-side routes).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { FastifyInstance } from "fastify";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".xml": "application/xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

export function serveStatic(app: FastifyInstance, root: string): boolean {
  const base = resolve(root);
  const index = join(base, "index.html");
  if (!existsSync(index)) return false;
  app.get("/*", { schema: { hide: true } }, async (req, reply) => {
    const url = decodeURIComponent((req.url.split("?")[0] ?? "/").replace(/^\/+/, ""));
    if (url.startsWith("api/")) {
      reply.code(404);
      return { error: { code: "E-NOT-FOUND", message: `no API route ${req.method} /${url}` } };
    }
    let file = normalize(join(base, url));
    if (!(file === base || file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile())
      file = index;
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    reply.header("content-type", type);
    reply.header("x-content-type-options", "nosniff");
    reply.header(
      "cache-control",
      file.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
    );
    return reply.send(readFileSync(file));
  });
  return true;
}
