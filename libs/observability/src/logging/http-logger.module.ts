import { Module, type DynamicModule } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { AppConfig } from '@app/config';
import { httpLoggerOptions } from './http-logger.options.js';

/** The request logger (pino-http middleware with its pino logger); apps mount it before anything else. */
export const HTTP_LOGGER = Symbol('HTTP_LOGGER');
export type { HttpLogger };

/** Builds the one pino logger of the process from AppConfig.logLevel. */
@Module({})
export class HttpLoggerModule {
  static forRoot(service: string, destination?: DestinationStream): DynamicModule {
    return {
      module: HttpLoggerModule,
      providers: [
        {
          provide: HTTP_LOGGER,
          inject: [AppConfig],
          useFactory: (config: AppConfig): HttpLogger => pinoHttp(httpLoggerOptions({ service, level: config.logLevel }), destination),
        },
      ],
      exports: [HTTP_LOGGER],
    };
  }
}
