/**
 * `node packages/server/dist/main.js` — serves the web app and the API (npm start). Binds 127.0.0.1
 * unless HOST says otherwise; PORT (default 8080); STAT3_DATA (default packages/server/data) holds the
 * SQLite file.
 */
import { startServer } from "./server.js";

try {
  const s = await startServer({});
  console.log(
    `STAT3 Lab: ${s.url}  (API ${s.url}/api/health, docs ${s.url}/api/docs${s.web ? "" : "; web app not built — run npm run build:web"})`,
  );
  for (const sig of ["SIGINT", "SIGTERM"] as const)
    process.once(sig, () => {
      void s.app.close().then(() => process.exit(0));
    });
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  if (err.code === "EADDRINUSE")
    console.error(
      `STAT3 Lab: port ${process.env.PORT ?? 8080} is already in use — stop the other server or set PORT (e.g. PORT=8081 npm start)`,
    );
  else if (err.code === "EACCES")
    console.error(`STAT3 Lab: not allowed to bind port ${process.env.PORT ?? 8080}; choose PORT above 1024`);
  else console.error(`STAT3 Lab: could not start: ${err.message}`);
  process.exit(1);
}
