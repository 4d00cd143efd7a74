import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';

/**
 * Keeps a lost database connection from killing the process. The pg pool listens for errors only on idle
 * connections, and TypeORM listens on the ones it checks out only until it hands them back — after the first error,
 * or while a released connection passes straight to the next waiter. A connection ended by the server then (a
 * failover, `pg_terminate_backend`) emitted an unhandled 'error' and crashed the worker mid fan-out. Each connection gets a listener when first checked out: the error is
 * logged, the next query on it fails as usual, and the pool discards the connection when it comes back.
 */
@Injectable()
export class CheckedOutConnectionGuard implements OnModuleInit {
  private readonly logger = new Logger('Database');
  private readonly guarded = new WeakSet<PoolClient>();

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    if (!pool) return;
    const guard = (client: PoolClient) => {
      if (this.guarded.has(client)) return;
      this.guarded.add(client);
      client.on('error', (err: Error) => this.logger.warn({ err: err.message }, 'database connection lost while checked out; it will be replaced'));
    };
    pool.on('connect', guard);
    pool.on('acquire', guard);
  }
}
