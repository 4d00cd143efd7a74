import { migrateDatabase } from '../../libs/database/src/migrate.js';
import { databaseUrl, testDatabaseName, withAdminClient } from '../../libs/testing/src/test-database.js';

const STALE_AFTER_SECONDS = 3 * 3600;

/**
 * Migrates a template database once per run; each test file clones it (CREATE DATABASE … TEMPLATE) so files run in
 * parallel without truncating each other's data. Several runs may share the server, so each has its own template.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.QINAO_TEST_TEMPLATE_DB) return async () => undefined; // e2e and medium share one template per run
  const template = testDatabaseName();
  await withAdminClient(async (c) => {
    const stale = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^qinao_t_[0-9]+_'`);
    const now = Math.floor(Date.now() / 1000);
    for (const { datname } of stale.rows) {
      if (now - Number(datname.split('_')[2]) > STALE_AFTER_SECONDS) {
        await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => undefined);
      }
    }
    await c.query(`CREATE DATABASE ${template}`);
  });
  await migrateDatabase(databaseUrl(template));
  process.env.QINAO_TEST_TEMPLATE_DB = template;
  return async () => {
    await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
    delete process.env.QINAO_TEST_TEMPLATE_DB;
  };
}
