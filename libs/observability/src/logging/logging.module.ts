import { Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { Logger, LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { HttpLogger } from 'pino-http';
import { HTTP_LOGGER, HttpLoggerModule } from './http-logger.module.js';

/**
 * JSON logs through pino at AppConfig.logLevel: Nest's own logger, logs made while handling a request (they carry
 * the request id), and one line per finished request. The per-request line comes from the HTTP_LOGGER middleware,
 * which apps mount first so that requests rejected early (oversize or malformed bodies) are logged too.
 */
@Module({})
export class LoggingModule {
  static forRoot(service: string, destination?: DestinationStream): DynamicModule {
    const httpLoggerModule = HttpLoggerModule.forRoot(service, destination);
    return {
      module: LoggingModule,
      imports: [
        httpLoggerModule,
        LoggerModule.forRootAsync({
          imports: [httpLoggerModule],
          inject: [HTTP_LOGGER],
          // A child of the request logger that only binds each request's context; the line per request is written
          // by HTTP_LOGGER itself, so this one logs nothing on its own.
          useFactory: (httpLogger: HttpLogger) => ({ pinoHttp: { logger: httpLogger.logger, autoLogging: false, quietReqLogger: true } }),
        }),
      ],
      exports: [httpLoggerModule, LoggerModule],
    };
  }
}

/** Routes Nest's logging (including what was buffered during start-up) through pino. */
export function useJsonLogger(app: INestApplication): void {
  app.useLogger(app.get(Logger));
}

/** Mounts the per-request logger; call before any other middleware. */
export function useRequestLogging(app: INestApplication): void {
  app.use(app.get<HttpLogger>(HTTP_LOGGER));
}
