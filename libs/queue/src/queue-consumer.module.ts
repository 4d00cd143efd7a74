import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QueueModule } from './queue.module.js';
import { QueueWorkerHost } from './queue-worker.host.js';

/** Consumers (the worker app only): runs every `@ProcessesJob` provider of the application. */
@Module({
  imports: [QueueModule, DiscoveryModule],
  providers: [QueueWorkerHost],
})
export class QueueConsumerModule {}
