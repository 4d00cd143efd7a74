import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** Display names of the staff who wrote, submitted, approved, rejected or cancelled alerts, by account id. */
@Injectable()
export class AlertPeopleReader {
  constructor(private readonly dataSource: DataSource) {}

  async namesOf(ids: Iterable<string>, manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query(`SELECT id, display_name AS name FROM staff_users WHERE id = ANY($1::uuid[])`, [unique]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
