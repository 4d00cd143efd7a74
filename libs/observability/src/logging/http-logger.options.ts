import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LevelWithSilent } from 'pino';
import type { Options } from 'pino-http';
import { assignRequestId } from './request-id.js';
import { redactSecrets, redactUrlSecrets } from './secret-redaction.js';

export interface HttpLoggerSettings {
  /** Which process writes the line (`api`, `worker`, `cli`). */
  service: string;
  level: LevelWithSilent;
}

/** Probes call these every few seconds; logging each call would bury everything else. */
const QUIET_PATHS = new Set(['/health', '/metrics']);

type LoggedRequest = {
  id?: unknown;
  method?: string;
  url?: string;
  headers?: Record<string, unknown>;
  remoteAddress?: string;
};

/**
 * pino-http options shared by the api and the worker: JSON lines, one per finished request, with the request id,
 * and secrets removed from every logged object (see secret-redaction.ts).
 */
export function httpLoggerOptions(settings: HttpLoggerSettings): Options<IncomingMessage, ServerResponse> {
  return {
    level: settings.level,
    base: { service: settings.service, pid: process.pid },
    messageKey: 'msg',
    genReqId: (req, res) => assignRequestId(req, res),
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    autoLogging: { ignore: (req) => QUIET_PATHS.has((req.url ?? '').split('?')[0]) },
    formatters: { log: (object) => redactSecrets(object) },
    serializers: {
      req: (req: LoggedRequest) =>
        redactSecrets({
          id: req.id,
          method: req.method,
          url: redactUrlSecrets(req.url ?? ''),
          remoteAddress: req.remoteAddress,
          headers: req.headers,
        }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: (err: unknown) => redactSecrets(err),
    },
  };
}
