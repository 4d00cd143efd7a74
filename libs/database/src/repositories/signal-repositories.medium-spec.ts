import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { dataSourceOptions } from '../data-source-options.js';
import { SignalCapChainRepository } from './signal-cap-chain.repository.js';
import { SignalDocumentRepository } from './signal-document.repository.js';
import { SignalHistoryRepository, type NewSignalHistory } from './signal-history.repository.js';
import { SignalHoldRepository, type NewSignalHold } from './signal-hold.repository.js';
import { SignalTrackRepository } from './signal-track.repository.js';

const TYPHOON = { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone' };
const RAIN = { authority: 'smg', area: 'macau', hazard: 'rainstorm' };

describe('signal repositories', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let documents: SignalDocumentRepository;
  let tracks: SignalTrackRepository;
  let history: SignalHistoryRepository;
  let holds: SignalHoldRepository;
  const chains = new SignalCapChainRepository();

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 4 })).initialize();
    documents = new SignalDocumentRepository(dataSource);
    tracks = new SignalTrackRepository(dataSource);
    history = new SignalHistoryRepository(dataSource);
    holds = new SignalHoldRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('stores identical documents from one source once, counting how often they were seen', async () => {
    const doc = { source: 'feed' as const, authority: 'smg', url: 'http://feed/c_typhoon.xml', bytes: Buffer.from('<W>\u0000</W>'), outcome: 'rejected' as const, outcomeCode: 'xml_ill_formed' };
    const first = await documents.store(doc);
    const second = await documents.store({ ...doc, outcome: 'accepted', outcomeCode: null });
    expect(first).toMatchObject({ firstSeen: true, outcome: 'rejected', outcomeCode: 'xml_ill_formed' });
    expect(second).toEqual({ ...first, firstSeen: false });
    const stored = await documents.findById(first.id);
    expect(stored).toMatchObject({ timesSeen: 2, content: '<W>\uFFFD</W>', byteLength: 8 });
    expect(stored!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const other = await documents.store({ ...doc, source: 'cap', url: 'http://cap/1.xml' });
    expect(other.id).not.toBe(first.id);
    expect(await documents.seenUrls('cap', ['http://cap/1.xml', 'http://cap/2.xml'])).toEqual(new Set(['http://cap/1.xml']));
  });

  it('creates, locks and updates tracks in sets; freshness moves only from the state it was seen in', async () => {
    await tracks.ensure([TYPHOON, RAIN, TYPHOON]);
    await tracks.ensure([TYPHOON]);
    const rows = await dataSource.transaction((m) => tracks.lock(m, [RAIN, TYPHOON]));
    expect(rows.map((r) => r.hazard)).toEqual(['rainstorm', 'tropical-cyclone']);
    expect(rows[0]).toMatchObject({ level: null, receivedAt: null, freshness: 'unknown' });

    const at = new Date('2024-09-05T14:00:00.000Z');
    await dataSource.transaction((m) =>
      tracks.saveStates(m, [{ ...rows[1]!, level: '8SE', action: 'issue', receivedAt: at, source: 'feed', since: at, checkedAt: at, freshness: 'fresh' }]),
    );
    expect(await tracks.moveFreshness([{ ...TYPHOON, from: 'unknown', to: 'stale' }])).toEqual([]);
    expect(await tracks.moveFreshness([{ ...TYPHOON, from: 'fresh', to: 'stale' }])).toEqual([TYPHOON]);
    const [, typhoon] = await tracks.listAll();
    expect(typhoon).toMatchObject({ level: '8SE', source: 'feed', freshness: 'stale', checkedAt: at });

    await dataSource.transaction((m) => tracks.recordFailure(m, [TYPHOON], { at, code: 'feed_timeout', reason: 'slow' }));
    await dataSource.transaction((m) => tracks.recordChecked(m, [TYPHOON, RAIN], new Date(at.getTime() + 1000)));
    const [rain, checked] = await tracks.listAll();
    expect(checked).toMatchObject({ failureCode: 'feed_timeout', checkedAt: new Date(at.getTime() + 1000) });
    expect(rain!.checkedAt).toBeNull();
  });

  it('appends history in order, lists it newest first with filters, and refuses two changes after the same one', async () => {
    const base: NewSignalHistory = {
      ...TYPHOON,
      followsId: null,
      previousLevel: null,
      level: '3',
      action: 'issue',
      issuedAt: null,
      receivedAt: new Date('2024-09-05T01:00:00Z'),
      source: 'feed',
      freshness: 'fresh',
      documentId: null,
      holdId: null,
      actorId: null,
      actorName: 'system',
      reason: null,
    };
    const [first] = await dataSource.transaction((m) => history.insertMany(m, [base]));
    const [second, rain] = await dataSource.transaction((m) =>
      history.insertMany(m, [
        { ...base, followsId: first!.id, previousLevel: '3', level: '8SE', action: 'update', receivedAt: new Date('2024-09-05T14:00:00Z') },
        { ...base, ...RAIN, level: 'red', receivedAt: new Date('2024-09-05T10:00:00Z') },
      ]),
    );
    expect(Number(second!.id)).toBeLessThan(Number(rain!.id));
    expect((await history.list({ limit: 10 })).map((h) => h.level)).toEqual(['red', '8SE', '3']);
    expect((await history.list({ hazard: 'rainstorm', limit: 10 })).map((h) => h.level)).toEqual(['red']);
    expect((await history.list({ from: new Date('2024-09-05T09:00:00Z'), to: new Date('2024-09-05T12:00:00Z'), limit: 10 })).map((h) => h.level)).toEqual(['red']);
    expect((await history.list({ limit: 1 })).map((h) => h.level)).toEqual(['red']);
    await expect(dataSource.transaction((m) => history.insertMany(m, [{ ...base, followsId: first!.id, previousLevel: '3', level: '9' }]))).rejects.toThrow(
      /signal_history_follows_key/,
    );
    expect((await history.listUnannounced(0, 10)).map((h) => h.id)).toEqual([first!.id, second!.id, rain!.id]);
    await history.markEventPublished([first!.id]);
    await history.markJobEnqueued([first!.id]);
    expect((await history.listUnannounced(0, 10)).map((h) => h.id)).toEqual([second!.id, rain!.id]);
  });

  it('keeps at most one open hold per track', async () => {
    const hold: NewSignalHold = {
      ...TYPHOON,
      previousLevel: '8SE',
      level: null,
      action: null,
      issuedAt: null,
      receivedAt: new Date(),
      publishedAt: null,
      source: 'feed',
      documentId: null,
      enteredById: null,
      enteredByName: null,
      note: null,
      reasons: [{ code: 'drop_without_cancel', message: 'gone' }],
      signature: 'feed:none',
    };
    const first = await holds.insert(dataSource.manager, hold);
    await expect(holds.insert(dataSource.manager, hold)).rejects.toThrow(/signal_holds_open_key/);
    expect((await holds.openFor(dataSource.manager, [TYPHOON, RAIN])).map((h) => h.id)).toEqual([first.id]);
    expect(await holds.resolve(dataSource.manager, [first.id], { decision: 'rejected', byId: null, byName: 'system', reason: 'x' })).toEqual([first.id]);
    expect(await holds.resolve(dataSource.manager, [first.id], { decision: 'confirmed', byId: null, byName: 'system', reason: 'x' })).toEqual([]);
    expect(await holds.listOpen()).toEqual([]);
    await holds.insert(dataSource.manager, hold);
  });

  it('serialises CAP chain updates per authority', async () => {
    const initial = { active: [], superseded: [] };
    const order: string[] = [];
    const update = (name: string, delayMs: number) =>
      dataSource.transaction(async (m) => {
        const state = await chains.lock(m, 'gd-zhuhai', initial);
        order.push(`${name} read ${state.superseded.length}`);
        await new Promise((r) => setTimeout(r, delayMs));
        await chains.save(m, 'gd-zhuhai', { ...state, superseded: [...state.superseded, name] });
      });
    await Promise.all([update('a', 150), new Promise((r) => setTimeout(r, 30)).then(() => update('b', 0))]);
    expect(order).toEqual(['a read 0', 'b read 1']);
    expect(await dataSource.transaction((m) => chains.lock(m, 'gd-zhuhai', initial))).toEqual({ active: [], superseded: ['a', 'b'] });
  });
});
