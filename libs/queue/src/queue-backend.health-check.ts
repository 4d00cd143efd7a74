import { Injectable } from '@nestjs/common';
import { QueueConnection } from './queue-connection.js';

/** The queue backend answers (Redis PING, or a query on the queue's PostgreSQL pool). For /health. */
@Injectable()
export class QueueBackendHealthCheck {
  readonly name: string;

  constructor(private readonly connection: QueueConnection) {
    this.name = connection.healthName;
  }

  check(): Promise<void> {
    return this.connection.ping();
  }
}
