import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { withDeadline } from './deadline.js';
import type { HealthCheck } from './health-check.js';

export const DATABASE_CHECK_TIMEOUT_MS = 2_000;

/** PostgreSQL answers `SELECT 1` within 2 s. */
@Injectable()
export class DatabaseHealthCheck implements HealthCheck {
  readonly name = 'database';

  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<void> {
    await withDeadline(this.dataSource.query('SELECT 1'), DATABASE_CHECK_TIMEOUT_MS, 'database');
  }
}
