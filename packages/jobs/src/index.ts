/**
 * @stat3/jobs — one job abstraction for all long work (screens, ensembles, multistarts, logical
 * samples): chunked, deterministic per chunk, merged in a fixed order; run in-process on worker
 * threads by default, or on many machines through BullMQ on Redis. Node-only.
 */
export {};
