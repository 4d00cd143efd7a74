import { Injectable } from '@nestjs/common';
import type { AreaFeatureCollection, PlaceKind, PlaceList } from '@app/contracts';
import { ReferenceRepository } from '@app/database';

/** Reads areas and places as the public wire shapes. */
@Injectable()
export class ReferenceService {
  constructor(private readonly reference: ReferenceRepository) {}

  async areas(): Promise<AreaFeatureCollection> {
    const areas = await this.reference.listAreas();
    return {
      type: 'FeatureCollection',
      features: areas.map((area) => ({
        type: 'Feature',
        id: area.id,
        geometry: area.geometry as AreaFeatureCollection['features'][number]['geometry'],
        properties: { id: area.id, kind: area.kind, names: area.names, centroid: { lat: area.centroidLat, lon: area.centroidLon } },
      })),
    };
  }

  async places(kind?: PlaceKind): Promise<PlaceList> {
    const places = await this.reference.listPlaces(kind);
    return {
      places: places.map((p) => ({ id: p.id, kind: p.kind, names: p.names, lat: p.lat, lon: p.lon, areaId: p.areaId, capacity: p.capacity })),
    };
  }
}
