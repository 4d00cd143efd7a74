import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfigOrExit, useJsonLogger } from '@app/observability';
import { AppModule } from './app.module.js';
import { configureApp } from './http/configure-app.js';

async function bootstrap(): Promise<void> {
  // A wrong environment stops here with a list of what to fix, before any module starts.
  const config = loadConfigOrExit((c) => c.requireDatabaseUrl());
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  useJsonLogger(app);
  configureApp(app, config);
  // Started by `npm start`: stop when the launcher goes away, even if it was killed without a chance to tell us.
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  await app.listen(config.port, config.host);
}

await bootstrap();
