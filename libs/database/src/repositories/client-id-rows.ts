import type { DataSource, EntityManager } from 'typeorm';

/**
 * A table of records made on a phone, possibly offline and sent more than once: a unique `client_id` (the phone's
 * id for the record) makes every copy one row. `columns` is the SELECT/RETURNING list the repository maps from.
 */
export interface ClientIdTable {
  name: string;
  columns: string;
}

export async function findByClientId<Row>(manager: EntityManager | DataSource, table: ClientIdTable, clientId: string): Promise<Row | null> {
  const rows = await manager.query<Row[]>(`SELECT ${table.columns} FROM ${table.name} WHERE client_id = $1`, [clientId]);
  return rows[0] ?? null;
}

/**
 * Inserts `values` (column name → value, `client_id` among them) unless the client id is stored. A concurrent copy
 * waits on the unique index until the first commits (then finds its row) or rolls back (then inserts); `created`
 * false means a copy got there first.
 */
export async function insertOnceByClientId<Row>(
  manager: EntityManager,
  table: ClientIdTable,
  values: { client_id: string } & Record<string, unknown>,
): Promise<{ row: Row; created: boolean }> {
  const names = Object.keys(values);
  const inserted = await manager.query<Row[]>(
    `INSERT INTO ${table.name} (${names.join(', ')})
     VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT (client_id) DO NOTHING
     RETURNING ${table.columns}`,
    Object.values(values),
  );
  if (inserted[0]) return { row: inserted[0], created: true };
  return { row: (await findByClientId<Row>(manager, table, values.client_id))!, created: false };
}
