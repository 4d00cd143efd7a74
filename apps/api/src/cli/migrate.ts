import { migrateDatabase } from '@app/database';
import { loadConfigOrExit } from '@app/observability';

/** `npm run migrate`: applies every pending migration to DATABASE_URL and lists what it applied. */
const config = loadConfigOrExit((c) => c.requireDatabaseUrl());
try {
  const applied = await migrateDatabase(config.requireDatabaseUrl());
  process.stdout.write(
    applied.length ? `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}\n`).join('')}` : 'Nothing to apply: the database schema is up to date.\n',
  );
} catch (err) {
  process.stderr.write(`Migration failed: ${err instanceof Error ? err.message : String(err)}\n`, () => process.exit(1));
}
