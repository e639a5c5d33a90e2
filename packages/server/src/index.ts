/**
 * @stat3/server — the HTTP API (Fastify) and the job runner behind it, with the embedded database.
 */
export {};
