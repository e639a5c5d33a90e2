/**
 * `stat3 serve` — the web lab and the HTTP API (packages/server) on 127.0.0.1:8080 by default. The
 * server package is loaded at run time (it is Node-only and pulls in Fastify, SQLite and the worker
 * pool, which the other commands do not need).
 */
import type { Command } from "commander";

interface ServerModule {
  startServer(o: {
    host?: string;
    port?: number;
    dataDir?: string;
    webRoot?: string;
    logger?: boolean;
  }): Promise<{
    app: { close(): Promise<unknown> };
    url: string;
    web: boolean;
  }>;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description(
      "serve the web lab and the HTTP API (default http://127.0.0.1:8080; PORT and HOST env vars work too)",
    )
    .option("--port <n>", "port (default $PORT or 8080)")
    .option(
      "--host <addr>",
      "address to bind (default $HOST or 127.0.0.1; 0.0.0.0 exposes it to the network)",
    )
    .option("--data <dir>", "data folder for the SQLite store (default $STAT3_DATA or packages/server/data)")
    .option("--web <dir>", "built web app to serve (default packages/web/dist)")
    .option("--log", "log requests")
    .action(async (o: { port?: string; host?: string; data?: string; web?: string; log?: boolean }) => {
      const spec = "@stat3/server";
      const server = (await import(spec)) as ServerModule;
      const port = o.port === undefined ? undefined : Number(o.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535))
        throw new Error(`--port must be an integer 0–65535, got "${o.port}"`);
      const s = await server.startServer({
        host: o.host,
        port,
        dataDir: o.data,
        webRoot: o.web,
        logger: o.log ?? false,
      });
      process.stdout.write(
        `STAT3 Lab: ${s.url}  (API ${s.url}/api/health, OpenAPI ${s.url}/api/docs)${s.web ? "" : "\nweb app not built: run npm run build:web"}\n`,
      );
      for (const sig of ["SIGINT", "SIGTERM"] as const)
        process.once(sig, () => {
          void s.app.close().then(() => process.exit(0));
        });
    });
}
