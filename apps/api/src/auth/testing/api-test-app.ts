import { Module, ValidationPipe, type INestApplication, type ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AccountsModule } from '../../accounts/accounts.module.js';
import { AuditModule } from '../../audit/audit.module.js';
import { ApiExceptionFilter } from '../../http/api-exception.filter.js';
import { AuthModule } from '../auth.module.js';

/**
 * An api with the auth, accounts and audit modules against the given database, in this process, set up like
 * production (validation pipe with whitelist + forbidNonWhitelisted, the error filter, a request id per request).
 * Sets process.env: each test file runs in its own worker.
 */
export async function createApiTestApp(options: { databaseUrl: string; env?: Record<string, string>; imports?: ModuleMetadata['imports'] }): Promise<INestApplication> {
  Object.assign(process.env, { NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: options.databaseUrl, ...options.env });

  @Module({ imports: options.imports ?? [ConfigModule, DatabaseModule, AuthModule, AccountsModule, AuditModule] })
  class ApiTestModule {}

  const app = await NestFactory.create(ApiTestModule, { logger: ['error', 'warn'] });
  app.use((req: Request & { id?: string }, _res: Response, next: NextFunction) => {
    req.id = randomUUID();
    next();
  });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ApiExceptionFilter());
  await app.init();
  return app;
}
