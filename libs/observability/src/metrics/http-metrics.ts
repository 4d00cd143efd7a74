import { Injectable } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics-registry.js';

type RoutedRequest = IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };

/** Requests that matched no route share one label value, so random paths cannot blow up the series count. */
export const UNMATCHED_ROUTE = 'unmatched';

/** Times every HTTP request by method, route pattern (not the raw path) and status. */
@Injectable()
export class HttpMetrics {
  private readonly duration: Histogram<'method' | 'route' | 'status'>;

  constructor(registry: MetricsRegistry) {
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving an HTTP request to finishing the response, by method, route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
  }

  /** Express middleware; mount it first so requests rejected early (oversize, bad JSON) are counted too. */
  readonly middleware = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const endTimer = this.duration.startTimer();
    res.once('finish', () => {
      endTimer({ method: req.method ?? 'UNKNOWN', route: routeOf(req as RoutedRequest, res.statusCode), status: String(res.statusCode) });
    });
    next();
  };
}

/** A catch-all pattern that answered 404 is the framework's not-found handler, not a route. */
const CATCH_ALL = /^\/?(\{\/?\*\w*\}|\/?\*\w*)$/;

function routeOf(req: RoutedRequest, status: number): string {
  const pattern = req.route?.path;
  if (typeof pattern !== 'string' || (status === 404 && CATCH_ALL.test(pattern))) return UNMATCHED_ROUTE;
  return `${req.baseUrl ?? ''}${pattern}`;
}
