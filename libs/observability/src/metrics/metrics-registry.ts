import { Registry } from 'prom-client';

/**
 * The process's Prometheus registry. Any module may inject it and register its own metrics
 * (`new Counter({ …, registers: [registry] })`); `GET /metrics` serves everything in it.
 */
export class MetricsRegistry extends Registry {}
