// After `tsc -b`: make the CLI entry executable, so that node_modules/.bin/stat3 (linked by
// `npm ci` before dist/ existed) runs as a command.
import { chmodSync, existsSync } from "node:fs";
const bin = new URL("../packages/cli/dist/main.js", import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
