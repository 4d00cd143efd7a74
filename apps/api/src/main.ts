import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@app/config';
import { AppModule } from './app.module.js';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.enableShutdownHooks();
  const config = app.get(AppConfig);
  await app.listen(config.port, config.host);
}

await bootstrap();
