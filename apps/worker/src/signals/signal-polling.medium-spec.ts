import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import type { SignalBoardEntry } from '@app/contracts';
import { DatabaseModule } from '@app/database';
import { SMG_WARNING_FILES } from '@app/domain';
import { createTestDatabase, startFakeFeedServer, type FakeFeedServer, type TestDatabase, deleteRedisKeys, TEST_REDIS_URL } from '@app/testing';
import { SignalBoardService } from '@app/signals';
import { CapFeedPollService } from './cap-feed-poll.service.js';
import { SignalsWorkerModule } from './signals-worker.module.js';
import { SmgPollService } from './smg-poll.service.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
const shared = (name: string) => readFileSync(path.join(REPO_ROOT, '../shared/fixtures/smg', name), 'utf8');
const own = (...parts: string[]) => readFileSync(path.join(REPO_ROOT, 'libs/domain/test-fixtures', ...parts), 'utf8');

/** SMG writes Macau local time; a fixture re-dated to now reads as a fresh document. */
function publishedNow(xml: string): string {
  const macau = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  return xml.replace(/<SysPubdate>[^<]*<\/SysPubdate>/, `<SysPubdate>${macau}</SysPubdate>`);
}

/** A "nothing in force" file for a hazard, in SMG's shape. */
function nilFile(element: string): string {
  return publishedNow(
    `<?xml version="1.0" encoding="UTF-8"?><Warning><System><SysPubdate>x</SysPubdate></System><Custom><${element}><Warncode>NIL</Warncode><Action>NIL</Action><Inforce>0</Inforce></${element}></Custom></Warning>`,
  );
}

describe('signal polling (worker)', () => {
  const prefix = `t_signal_poll_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let feed: FakeFeedServer;
  let app: INestApplicationContext;
  let sql: DataSource;
  let smg: SmgPollService;
  let cap: CapFeedPollService;
  let board: SignalBoardService;

  const entry = async (hazard: string, authority = 'smg', area = 'macau'): Promise<SignalBoardEntry> =>
    (await board.current()).entries.find((e) => e.authority === authority && e.area === area && e.hazard === hazard)!;
  const file = (kind: string) => SMG_WARNING_FILES.find((f) => f.kind === kind)!;
  const count = async (query: string) => Number((await sql.query(query))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    feed = await startFakeFeedServer();
    Object.assign(process.env, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      SMG_BASE_URL: `${feed.url}/smg/`,
      CAP_FEED_URL: `${feed.url}/cap/feed.atom`,
      SIGNAL_POLL_INTERVAL_MS: '3600000',
      SIGNAL_FETCH_TIMEOUT_MS: '400',
      SIGNAL_MAX_DOCUMENT_BYTES: '65536',
    });
    @Module({ imports: [ConfigModule, DatabaseModule, SignalsWorkerModule] })
    class PollingTestModule {}
    app = await NestFactory.createApplicationContext(PollingTestModule, { logger: ['error'] });
    sql = app.get(DataSource);
    smg = app.get(SmgPollService);
    cap = app.get(CapFeedPollService);
    board = app.get(SignalBoardService);
  });

  afterAll(async () => {
    await app?.close();
    await feed?.stop();
    await db?.drop();
    await deleteRedisKeys(prefix, TEST_REDIS_URL);
  });

  it('polls the six c_ files under SMG_BASE_URL and follows them', async () => {
    feed.set('/smg/c_typhoon.xml', publishedNow(shared('c_typhoon_none.xml')));
    feed.set('/smg/c_rainstorm.xml', nilFile('Rainstorm'));
    feed.set('/smg/c_stormsurge.xml', publishedNow(shared('c_stormsurge_orange.xml')));
    feed.set('/smg/c_monsoon.xml', publishedNow(own('smg', 'c_monsoon_in_force.xml')));
    feed.set('/smg/c_thunderstorm.xml', publishedNow(shared('c_thunderstorm_cancel.xml')));
    feed.set('/smg/c_tsunami.xml', nilFile('Tsunami'));
    expect(await smg.pollAll()).toEqual({ typhoon: 'applied', rainstorm: 'applied', stormsurge: 'applied', monsoon: 'applied', thunderstorm: 'applied', tsunami: 'applied' });
    expect(await entry('tropical-cyclone')).toMatchObject({ level: null, freshness: 'fresh', source: 'feed' });
    expect(await entry('storm-surge')).toMatchObject({ level: { code: 'orange' }, freshness: 'fresh' });
    expect(await entry('strong-monsoon')).toMatchObject({ level: { code: 'in-force' } });
    expect(await count(`SELECT count(*) AS n FROM signal_documents WHERE source = 'feed' AND outcome = 'accepted'`)).toBe(6);

    feed.set('/smg/c_typhoon.xml', publishedNow(shared('c_typhoon_8SE.xml')));
    expect(await smg.poll(file('typhoon'))).toBe('applied');
    expect(await entry('tropical-cyclone')).toMatchObject({ level: { code: '8SE' }, since: '2024-09-05T14:00:00.000Z' });
    expect((await entry('rainstorm')).includedIn).toEqual({ hazard: 'tropical-cyclone', level: '8SE' });
  });

  it('sends the validators of the last accepted answer and treats 304 as alive and unchanged', async () => {
    const before = await count(`SELECT count(*) AS n FROM signal_history`);
    expect(await smg.poll(file('typhoon'))).toBe('not_modified');
    const [last] = feed.requestsFor('/smg/c_typhoon.xml').slice(-1);
    expect(last).toMatchObject({ ifNoneMatch: expect.stringMatching(/^".+"$/), status: 304 });
    // The same content under a new ETag is read, found identical, and is not a change either.
    const served = await sql.query(`SELECT content FROM signal_documents WHERE url LIKE '%/c_typhoon.xml' AND outcome = 'accepted' ORDER BY last_seen_at DESC LIMIT 1`);
    feed.set('/smg/c_typhoon.xml', served[0].content, { etag: '"v2"' });
    expect(await smg.poll(file('typhoon'))).toBe('applied');
    expect(feed.requestsFor('/smg/c_typhoon.xml').slice(-1)[0]!.status).toBe(200);
    expect(await count(`SELECT count(*) AS n FROM signal_history`)).toBe(before);
  });

  it.each([
    ['an HTML maintenance page', () => feed.fault('/smg/c_typhoon.xml', { kind: 'html' }), 'feed_content_type'],
    ['HTML served as XML', () => feed.set('/smg/c_typhoon.xml', own('smg', 'maintenance.html')), 'xml_html'],
    ['a truncated file', () => feed.set('/smg/c_typhoon.xml', own('smg', 'c_typhoon_truncated.xml')), 'xml_ill_formed'],
    ['an XXE file', () => feed.set('/smg/c_typhoon.xml', own('smg', 'c_typhoon_xxe.xml')), 'xml_doctype'],
    ['an undeclared entity', () => feed.set('/smg/c_typhoon.xml', own('smg', 'c_typhoon_undeclared_entity.xml')), 'xml_entity'],
    ['a rainstorm file at the typhoon address', () => feed.set('/smg/c_typhoon.xml', shared('c_rainstorm_black.xml')), 'smg_wrong_hazard'],
    ['an HTTP 500', () => feed.fault('/smg/c_typhoon.xml', { kind: 'status', status: 500 }), 'feed_http_status'],
    ['a server that hangs', () => feed.fault('/smg/c_typhoon.xml', { kind: 'hang' }), 'feed_timeout'],
    ['an oversize file', () => feed.set('/smg/c_typhoon.xml', `<W>${'x'.repeat(70_000)}</W>`), 'feed_too_large'],
  ])('keeps the last good level and shows unknown for %s', async (_what, breakIt, code) => {
    const history = await count(`SELECT count(*) AS n FROM signal_history`);
    breakIt();
    expect(await smg.poll(file('typhoon'))).toBe('failed');
    expect(await entry('tropical-cyclone')).toMatchObject({ level: { code: '8SE' }, freshness: 'unknown' });
    expect(await count(`SELECT count(*) AS n FROM signal_history`)).toBe(history);
    const [track] = await sql.query(`SELECT failure_code FROM signal_tracks WHERE hazard = 'tropical-cyclone'`);
    expect(track.failure_code).toBe(code);
    feed.heal();
    feed.set('/smg/c_typhoon.xml', publishedNow(shared('c_typhoon_8SE.xml')));
    expect(await smg.poll(file('typhoon'))).toBe('applied');
    expect(await entry('tropical-cyclone')).toMatchObject({ level: { code: '8SE' }, freshness: 'fresh' });
    expect(await count(`SELECT count(*) AS n FROM signal_history`)).toBe(history);
  });

  it('keeps rejected documents once, with their reason', async () => {
    const rows = await sql.query(`SELECT outcome_code, times_seen FROM signal_documents WHERE outcome = 'rejected' AND outcome_code = 'xml_doctype'`);
    expect(rows).toEqual([{ outcome_code: 'xml_doctype', times_seen: 1 }]);
  });

  it('shows a file with a stale publication time as stale', async () => {
    feed.set('/smg/c_typhoon.xml', shared('c_typhoon_8SE.xml'));
    await smg.poll(file('typhoon'));
    expect(await entry('tropical-cyclone')).toMatchObject({ level: { code: '8SE' }, freshness: 'stale' });
  });

  describe('CAP feed', () => {
    const atom = (entries: { id: string; href: string; updated: string }[]) =>
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Zhuhai warnings</title><id>urn:feed</id><updated>2024-09-05T10:00:00Z</updated>${entries
        .map((e) => `<entry><id>${e.id}</id><updated>${e.updated}</updated><title>w</title><link rel="alternate" type="application/cap+xml" href="${e.href}"/></entry>`)
        .join('')}</feed>`;

    it('fetches new entries of an Atom index, once each, and marks unmentioned covered tracks as none', async () => {
      feed.set('/cap/yellow.xml', own('cap', 'gd_typhoon_yellow_alert.xml'));
      feed.set('/cap/feed.atom', atom([{ id: 'a1', href: 'yellow.xml', updated: '2024-09-04T22:00:00Z' }]), { contentType: 'application/atom+xml' });
      expect(await cap.poll()).toBe('applied');
      expect(await entry('typhoon', 'gd-zhuhai', 'hengqin')).toMatchObject({ level: { code: 'yellow' }, source: 'cap', freshness: 'fresh' });
      expect(await entry('typhoon', 'gd-zhuhai', 'zhuhai')).toMatchObject({ level: null, source: 'cap', freshness: 'fresh' });

      feed.set('/cap/orange.xml', own('cap', 'gd_typhoon_orange_update.xml'));
      feed.set('/cap/feed.atom', atom([
        { id: 'a1', href: 'yellow.xml', updated: '2024-09-04T22:00:00Z' },
        { id: 'a2', href: `${feed.url}/cap/orange.xml`, updated: '2024-09-05T10:00:00Z' },
      ]), { contentType: 'application/atom+xml' });
      expect(await cap.poll()).toBe('applied');
      expect(await entry('typhoon', 'gd-zhuhai', 'hengqin')).toMatchObject({ level: { code: 'orange' } });
      expect(feed.requestsFor('/cap/yellow.xml')).toHaveLength(1);
      expect(feed.requestsFor('/cap/orange.xml')).toHaveLength(1);
      expect(await cap.poll()).toBe('not_modified');
    });

    it('shows the authority unknown when the feed fails', async () => {
      feed.fault('/cap/feed.atom', { kind: 'status', status: 503 });
      expect(await cap.poll()).toBe('failed');
      expect(await entry('typhoon', 'gd-zhuhai', 'hengqin')).toMatchObject({ level: { code: 'orange' }, freshness: 'unknown' });
      feed.heal();
    });
  });
});
