import type { QueueName } from '@app/contracts';
import type { JobRunner, QueueHandle, WorkerHandle } from './queue-handles.js';

/**
 * The queue backend of this process: BullMQ on Redis when REDIS_URL is set, BullMQ's PostgreSQL backend otherwise.
 * It owns the connections, creates one Queue per queue name and any Workers, and closes them all on shutdown.
 */
export abstract class QueueConnection {
  /** The key of this backend in the /health answer. */
  abstract readonly healthName: string;

  private readonly queues = new Map<QueueName, QueueHandle>();
  private readonly workers: WorkerHandle[] = [];

  /** Prepares the backend (PostgreSQL: creates or upgrades its schema). Called once before anything else. */
  abstract open(): Promise<void>;

  /** Resolves when the backend answers. */
  abstract ping(): Promise<void>;

  protected abstract newQueue(name: QueueName): QueueHandle;
  protected abstract newWorker(name: QueueName, run: JobRunner, concurrency: number): WorkerHandle;
  /** Ends the connections once every queue and worker is closed. */
  protected abstract closeConnections(): Promise<void>;

  queue(name: QueueName): QueueHandle {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.newQueue(name);
      this.queues.set(name, queue);
    }
    return queue;
  }

  worker(name: QueueName, run: JobRunner, concurrency: number): WorkerHandle {
    const worker = this.newWorker(name, run, concurrency);
    this.workers.push(worker);
    return worker;
  }

  /** Stops taking jobs and waits (bounded) for running ones; a job cut off is retried by another worker. */
  async closeWorkers(drainTimeoutMs: number): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(
      workers.map(async (worker) => {
        let timer: NodeJS.Timeout | undefined;
        const drained = await Promise.race([
          worker.close().then(() => true),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), drainTimeoutMs))),
        ]);
        clearTimeout(timer);
        if (!drained) await worker.close(true);
      }),
    );
  }

  async close(drainTimeoutMs: number): Promise<void> {
    await this.closeWorkers(drainTimeoutMs);
    const queues = [...this.queues.values()];
    this.queues.clear();
    await Promise.all(queues.map((queue) => queue.close()));
    await this.closeConnections();
  }
}
