import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditRepository, ShelterRepository, SYSTEM_ACTOR } from '@app/database';
import type { Seeder } from '../seed/seeder.js';

/**
 * A shelter for each reference place of kind shelter (run after the reference data): its names, area, position and
 * planned capacity, closed until the HQ opens it. Places that already have a shelter are left alone, so capacities
 * and open/closed set by the HQ survive a re-seed.
 */
@Injectable()
export class SheltersSeeder implements Seeder {
  readonly name = 'shelters';

  constructor(
    private readonly dataSource: DataSource,
    private readonly shelters: ShelterRepository,
    private readonly audit: AuditRepository,
  ) {}

  async run(): Promise<string[]> {
    const added = await this.dataSource.transaction(async (manager) => {
      const rows = await this.shelters.insertFromShelterPlaces(manager);
      if (rows.length > 0) {
        await this.audit.append(manager, {
          ...SYSTEM_ACTOR,
          action: 'shelters.seeded',
          entityType: 'shelter',
          entityId: null,
          summary: { after: { placeIds: rows.map((row) => row.placeId) } },
        });
      }
      return rows;
    });
    if (added.length === 0) return [`Shelters: up to date (${await this.shelters.count()} shelters).`];
    return [`Shelters: ${added.length} added from the reference places (closed until the HQ opens them).`];
  }
}
