import { ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@app/config';
import { HttpMetrics, requestIdMiddleware, useRequestLogging } from '@app/observability';
import { ApiExceptionFilter } from './api-exception.filter.js';
import { corsOptions } from './cors.options.js';
import { jsonBodyGuard } from './json-body-guard.middleware.js';
import { setupOpenApi } from './openapi.setup.js';
import { securityHeaders } from './security-headers.js';

/**
 * Everything the HTTP layer does for every request, in order. Used by main.ts and by in-process tests, so both see
 * the same headers, limits, validation and error shapes. Call before `listen()`/`init()`.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): NestExpressApplication {
  app.disable('x-powered-by');
  // Client addresses (rate limits, audit rows) come from X-Forwarded-For only when the proxy is trusted.
  app.set('trust proxy', config.trustProxy ?? false);

  // First, so even requests rejected by the body parser carry an id, are logged and are timed.
  app.use(requestIdMiddleware);
  useRequestLogging(app);
  app.use(app.get(HttpMetrics).middleware);
  app.use(securityHeaders);
  app.enableCors(corsOptions(config.corsOrigins));

  app.useBodyParser('json', { limit: config.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.bodyLimit, extended: false });
  app.use(jsonBodyGuard);

  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
    }),
  );
  app.useGlobalFilters(new ApiExceptionFilter());

  setupOpenApi(app);
  app.enableShutdownHooks();
  return app;
}
