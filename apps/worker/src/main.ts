import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfigOrExit, useJsonLogger, useRequestLogging } from '@app/observability';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  // A wrong environment stops here with a list of what to fix, before any module starts.
  const config = loadConfigOrExit((c) => c.requireDatabaseUrl());
  const app = await NestFactory.create<NestExpressApplication>(WorkerModule, { bufferLogs: true });
  useJsonLogger(app);
  useRequestLogging(app);
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  // Started by `npm start`: stop when the launcher goes away, even if it was killed without a chance to tell us.
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  // The worker serves only /health and /metrics.
  await app.listen(config.workerPort, config.host);
}

await bootstrap();
