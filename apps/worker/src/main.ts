import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@app/config';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
  app.enableShutdownHooks();
  const config = app.get(AppConfig);
  await app.listen(config.workerPort, config.host);
}

await bootstrap();
