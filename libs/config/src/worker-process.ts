/**
 * Node.js options every worker process is started with (by `npm start`, `npm run start:worker`, the compose file,
 * the benchmark and the tests, so all of them measure what production runs).
 *
 * A worker's live heap stays near 50 MB whatever the alert size, but V8 sizes its old space from the machine's memory
 * and collects lazily, so without a cap a worker fanning out 200,000 pushes peaks near 240 MB of RSS against 170 MB
 * at 20,000 — garbage, not data. A 192 MB old space keeps the peak flat in the alert size (measured in README
 * Benchmarks) at a few percent of throughput, and leaves room for the largest feed document the parsers accept.
 */
export const WORKER_MAX_OLD_SPACE_MB = 192;
export const WORKER_NODE_ARGS: readonly string[] = [`--max-old-space-size=${WORKER_MAX_OLD_SPACE_MB}`];
