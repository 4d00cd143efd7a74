import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

/** One definition of how the system talks to PostgreSQL: the api, the worker, the CLI and tests all use it. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    // The schema only ever changes through migrations.
    synchronize: false,
    migrationsRun: false,
    // `findOneBy({ id: undefined })` must fail instead of returning the first row.
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    poolSize: settings.poolSize ?? 10,
    applicationName: settings.applicationName ?? 'qinao',
    extra: { connectionTimeoutMillis: 5_000 },
  };
}
