import { migrateDatabase } from '../../libs/database/src/migrate.js';
import { TEMPLATE_DATABASE, databaseUrl, withAdminClient } from '../../libs/testing/src/test-database.js';

/** Migrates the template database once per run; each test file clones it (CREATE DATABASE … TEMPLATE). */
export default async function setup(): Promise<void> {
  await withAdminClient(async (c) => {
    // Leftovers from runs that were killed before their teardown.
    const stale = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'qinao_t\\_%' AND datname <> $1`, [TEMPLATE_DATABASE]);
    for (const row of stale.rows) await c.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`).catch(() => undefined);
    await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await migrateDatabase(databaseUrl(TEMPLATE_DATABASE));
}
