/**
 * `node packages/server/dist/main.js` — serves the web app and the API (npm start). Binds 127.0.0.1
 * unless HOST says otherwise; PORT (default 8080); STAT3_DATA (default packages/server/data) holds the SQLite file.
 */
import { startServer } from "./server.js";

const s = await startServer({});
console.log(
  `STAT3 Lab: ${s.url}  (API ${s.url}/api/health, docs ${s.url}/api/docs${s.web ? "" : "; web app not built — run npm run build:web"})`,
);
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.once(sig, () => {
    void s.app.close().then(() => process.exit(0));
  });
