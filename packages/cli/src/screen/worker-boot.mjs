// Entry of a screen worker thread when the CLI runs from source under tsx (tests, benches): Node 20
// does not apply the parent's --import hooks to a worker's entry module, so register tsx here first,
// then hand Piscina the TypeScript task. (The built CLI points Piscina at dist/screen/worker.js.)
import { register } from "tsx/esm/api";

register();
const task = await import("./worker.ts");
export default task.default;
