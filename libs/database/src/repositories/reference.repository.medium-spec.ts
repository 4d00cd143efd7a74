import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { dataSourceOptions } from '../data-source-options.js';
import { ReferenceRepository, type AreaRow, type PlaceRow } from './reference.repository.js';

const names = (en: string) => ({ 'zh-Hans': `${en}简`, 'zh-Hant': `${en}繁`, pt: `${en} pt`, en });
const square = (lon: number, lat: number): AreaRow['geometry'] => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

const AREAS: AreaRow[] = [
  { id: 'north', kind: 'community', names: names('North'), geometry: square(113.5, 22.14), centroidLat: 22.145, centroidLon: 113.505 },
  { id: 'south', kind: 'community', names: names('South'), geometry: square(113.5, 22.1), centroidLat: 22.105, centroidLon: 113.505 },
];
const PLACES: PlaceRow[] = [
  { id: 'port', kind: 'port', names: names('Port'), lat: 22.1387, lon: 113.5455, areaId: 'north', capacity: null },
  { id: 'hall', kind: 'shelter', names: names('Hall'), lat: 22.105, lon: 113.505, areaId: 'south', capacity: 300 },
  { id: 'bridge', kind: 'bridge', names: names('Bridge'), lat: 22.1398, lon: 113.5507, areaId: null, capacity: null },
];

describe('ReferenceRepository', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let repository: ReferenceRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 2 })).initialize();
    repository = new ReferenceRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const updatedAt = async (table: 'areas' | 'places') =>
    Object.fromEntries((await dataSource.query(`SELECT id, updated_at FROM ${table}`)).map((r: { id: string; updated_at: Date }) => [r.id, r.updated_at.toISOString()]));

  it('inserts everything the first time, then changes nothing when given the same rows', async () => {
    const first = await dataSource.transaction(async (m) => ({ areas: await repository.upsertAreas(m, AREAS), places: await repository.upsertPlaces(m, PLACES) }));
    expect(first.areas).toEqual({ inserted: ['north', 'south'], updated: [], unchanged: 0 });
    expect(first.places).toEqual({ inserted: ['bridge', 'hall', 'port'], updated: [], unchanged: 0 });

    const [areasBefore, placesBefore] = [await updatedAt('areas'), await updatedAt('places')];
    const second = await dataSource.transaction(async (m) => ({ areas: await repository.upsertAreas(m, AREAS), places: await repository.upsertPlaces(m, PLACES) }));
    expect(second.areas).toEqual({ inserted: [], updated: [], unchanged: 2 });
    expect(second.places).toEqual({ inserted: [], updated: [], unchanged: 3 });
    expect(await updatedAt('areas')).toEqual(areasBefore);
    expect(await updatedAt('places')).toEqual(placesBefore);
  });

  it('updates only the rows whose content changed, and inserts new ones alongside', async () => {
    const before = await updatedAt('places');
    const changed = PLACES.map((p) => (p.id === 'hall' ? { ...p, capacity: 350 } : p));
    const extra: PlaceRow = { id: 'school', kind: 'school', names: names('School'), lat: 22.12, lon: 113.52, areaId: null, capacity: null };
    const result = await repository.upsertPlaces(dataSource.manager, [...changed, extra]);
    expect(result).toEqual({ inserted: ['school'], updated: ['hall'], unchanged: 2 });

    const after = await updatedAt('places');
    expect(after.port).toBe(before.port);
    expect(after.hall).not.toBe(before.hall);
    const [hall] = await dataSource.query(`SELECT capacity FROM places WHERE id = 'hall'`);
    expect(hall.capacity).toBe(350);
  });

  it('sees a change inside names or geometry (JSON) as a change', async () => {
    const renamed = AREAS.map((a) => (a.id === 'north' ? { ...a, names: { ...a.names, pt: 'Norte' } } : a));
    expect(await repository.upsertAreas(dataSource.manager, renamed)).toEqual({ inserted: [], updated: ['north'], unchanged: 1 });
    const moved = renamed.map((a) => (a.id === 'south' ? { ...a, geometry: square(113.501, 22.1) } : a));
    expect(await repository.upsertAreas(dataSource.manager, moved)).toEqual({ inserted: [], updated: ['south'], unchanged: 1 });
    expect(await repository.upsertAreas(dataSource.manager, moved)).toEqual({ inserted: [], updated: [], unchanged: 2 });
  });

  it('writes nothing when a row is rejected by the schema', async () => {
    const bad: PlaceRow = { id: 'nowhere', kind: 'shelter', names: names('Nowhere'), lat: 22.1, lon: 113.5, areaId: 'atlantis', capacity: 10 };
    const renamedPort = { ...PLACES[0], names: names('Renamed') };
    await expect(repository.upsertPlaces(dataSource.manager, [renamedPort, bad])).rejects.toThrow(/foreign key/);
    const [port] = await dataSource.query(`SELECT names FROM places WHERE id = 'port'`);
    expect(port.names.en).toBe('Port');
  });

  it('lists areas and places in a stable order and filters places by kind', async () => {
    expect((await repository.listAreas()).map((a) => a.id)).toEqual(['north', 'south']);
    const places = await repository.listPlaces();
    expect(places.map((p) => [p.kind, p.id])).toEqual([
      ['bridge', 'bridge'],
      ['port', 'port'],
      ['school', 'school'],
      ['shelter', 'hall'],
    ]);
    expect(places.find((p) => p.id === 'port')).toMatchObject({ lat: 22.1387, lon: 113.5455, areaId: 'north', capacity: null });
    expect((await repository.listPlaces('shelter')).map((p) => p.id)).toEqual(['hall']);
    expect(await repository.listPlaces('hospital')).toEqual([]);
  });
});
