// Loaded before every test file (node --import). Property tests are seeded so that a CI run is
// reproducible: set FC_SEED to explore other seeds locally (a failure prints its seed and path).
import fc from "fast-check";

const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : 20261127;
fc.configureGlobal({ seed });
