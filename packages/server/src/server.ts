/** Start the HTTP server: the API plus the built web app, on 127.0.0.1:8080 by default. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.js";

export interface ServeOptions {
  host?: string;
  port?: number;
  dataDir?: string;
  webRoot?: string;
  logger?: boolean;
}

/** packages/server/data (git-ignored), next to this package's src/ and dist/ */
export function defaultDataDir(): string {
  return resolve(fileURLToPath(new URL("../data", import.meta.url)));
}

/** packages/web/dist, next to this package (src/ or dist/ alike) */
export function defaultWebRoot(): string {
  return resolve(fileURLToPath(new URL("../../web/dist", import.meta.url)));
}

export async function startServer(
  o: ServeOptions,
): Promise<{ app: FastifyInstance; url: string; web: boolean }> {
  const host = o.host ?? process.env.HOST ?? "127.0.0.1";
  const portText = o.port ?? process.env.PORT ?? "8080";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be an integer 0–65535, got "${portText}"`);
  const webRoot = o.webRoot ?? defaultWebRoot();
  const web = existsSync(resolve(webRoot, "index.html"));
  const app = await buildApp({
    dataDir: o.dataDir ?? process.env.STAT3_DATA ?? defaultDataDir(),
    webRoot: web ? webRoot : undefined,
    logger: o.logger ?? false,
  });
  await app.listen({ host, port });
  const addr = app.server.address();
  const actualPort = typeof addr === "object" && addr ? addr.port : port;
  return { app, url: `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`, web };
}
