export { QueueModule } from './queue.module.js';
export { QueueConsumerModule } from './queue-consumer.module.js';
export { JobProducer, type AddJobOptions, type JobSchedule } from './job-producer.js';
export { ProcessesJob, type JobProcessor, type JobContext } from './job-processor.decorator.js';
export { RateLimitStore, type RateLimitResult } from './rate-limit.store.js';
export { QueueBackendHealthCheck } from './queue-backend.health-check.js';
export { DEFAULT_JOB_OPTIONS, QUEUE_SETTINGS, assertJobId } from './job-options.js';
export { ScheduleKeeper, SCHEDULES_REDECLARE_EVERY_MS } from './schedule-keeper.js';
