import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditRepository, ReferenceRepository, type AreaRow, type PlaceRow, type UpsertOutcome, SYSTEM_ACTOR } from '@app/database';
import { referenceData, type PlaceDefinition, type ReferenceArea } from '@app/domain';
import type { Seeder } from '../seed/seeder.js';

/**
 * Writes the bundled areas, then places, in one transaction with one audit row summarising what changed; when the
 * database already holds exactly this data it writes nothing at all, audit row included.
 */
@Injectable()
export class ReferenceDataSeeder implements Seeder {
  readonly name = 'reference data';

  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceRepository,
    private readonly audit: AuditRepository,
  ) {}

  async run(): Promise<string[]> {
    // Validated before anything is written: a broken hand edit stops the seed with the list of problems.
    const data = referenceData();
    const { areas, places } = await this.dataSource.transaction(async (manager) => {
      const areas = await this.reference.upsertAreas(manager, data.areas.map(toAreaRow));
      const places = await this.reference.upsertPlaces(manager, data.places.map(toPlaceRow));
      if (changed(areas) || changed(places)) {
        await this.audit.append(manager, {
          ...SYSTEM_ACTOR,
          action: 'reference_data.seeded',
          entityType: 'reference_data',
          entityId: null,
          summary: { areas: { inserted: areas.inserted, updated: areas.updated }, places: { inserted: places.inserted, updated: places.updated } },
        });
      }
      return { areas, places };
    });
    if (!changed(areas) && !changed(places)) {
      return [`Reference data: up to date (${data.areas.length} areas, ${data.places.length} places).`];
    }
    return [`Reference data: areas ${describe(areas)}; places ${describe(places)}.`];
  }
}

function changed(outcome: UpsertOutcome): boolean {
  return outcome.inserted.length > 0 || outcome.updated.length > 0;
}

function describe(outcome: UpsertOutcome): string {
  return `${outcome.inserted.length} added, ${outcome.updated.length} updated, ${outcome.unchanged} unchanged`;
}

function toAreaRow(area: ReferenceArea): AreaRow {
  return { id: area.id, kind: area.kind, names: area.names, geometry: area.outline, centroidLat: area.centroid.lat, centroidLon: area.centroid.lon };
}

function toPlaceRow(place: PlaceDefinition): PlaceRow {
  return { id: place.id, kind: place.kind, names: place.names, lat: place.lat, lon: place.lon, areaId: place.areaId, capacity: place.capacity };
}
