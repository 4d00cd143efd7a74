import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QueueModule } from './queue.module.js';
import { QueueWorkerHost } from './queue-worker.host.js';
import { ScheduleKeeper } from './schedule-keeper.js';

/** Consumers (the worker app only): runs every `@ProcessesJob` provider of the application and keeps its schedules. */
@Module({
  imports: [QueueModule, DiscoveryModule],
  providers: [QueueWorkerHost, ScheduleKeeper],
})
export class QueueConsumerModule {}
