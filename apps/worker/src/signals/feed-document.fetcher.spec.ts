import { FakeFeedServer, startFakeFeedServer } from '@app/testing';
import { FeedDocumentFetcher } from './feed-document.fetcher.js';

const XML = '<?xml version="1.0"?><W><System><SysPubdate>2024-09-05 22:00</SysPubdate></System></W>';

describe('FeedDocumentFetcher', () => {
  let server: FakeFeedServer;
  const fetcher = new FeedDocumentFetcher();
  const limits = { timeoutMs: 1_000, maxBytes: 4_096 };

  beforeEach(async () => {
    server = await startFakeFeedServer();
  });
  afterEach(async () => {
    await server.stop();
  });

  it('fetches a document with its validators, then gets 304 for the same content', async () => {
    server.set('/c_typhoon.xml', XML);
    const first = await fetcher.fetch(`${server.url}/c_typhoon.xml`, null, limits);
    if (first.kind !== 'document') throw new Error(`expected a document, got ${first.kind}`);
    expect(first.bytes.toString()).toBe(XML);
    expect(first.validators.etag).toMatch(/^".+"$/);
    expect(first.validators.lastModified).not.toBeNull();

    expect(await fetcher.fetch(`${server.url}/c_typhoon.xml`, first.validators, limits)).toEqual({ kind: 'not_modified' });
    expect(server.requestsFor('/c_typhoon.xml')[1]).toMatchObject({ ifNoneMatch: first.validators.etag, status: 304 });

    server.set('/c_typhoon.xml', XML.replace('22:00', '22:10'));
    const changed = await fetcher.fetch(`${server.url}/c_typhoon.xml`, first.validators, limits);
    expect(changed.kind).toBe('document');
  });

  it('uses Last-Modified when the server sends no ETag', async () => {
    server.set('/c_rainstorm.xml', XML, { etag: false });
    const first = await fetcher.fetch(`${server.url}/c_rainstorm.xml`, null, limits);
    if (first.kind !== 'document') throw new Error(first.kind);
    expect(first.validators.etag).toBeNull();
    expect(await fetcher.fetch(`${server.url}/c_rainstorm.xml`, first.validators, limits)).toEqual({ kind: 'not_modified' });
  });

  it('gives up on a server that does not answer, or stalls mid-body, within the deadline', async () => {
    server.set('/c_typhoon.xml', XML);
    for (const fault of [{ kind: 'hang' }, { kind: 'hang-body' }] as const) {
      server.fault('*', fault);
      const started = Date.now();
      const result = await fetcher.fetch(`${server.url}/c_typhoon.xml`, null, { ...limits, timeoutMs: 300 });
      expect(result).toMatchObject({ kind: 'failed', code: 'feed_timeout' });
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });

  it('reports HTTP errors, HTML pages and refused connections as failures', async () => {
    server.set('/c_typhoon.xml', XML);
    server.fault('*', { kind: 'status', status: 500 });
    expect(await fetcher.fetch(`${server.url}/c_typhoon.xml`, null, limits)).toMatchObject({ kind: 'failed', code: 'feed_http_status', message: expect.stringContaining('500') });

    server.fault('*', { kind: 'html' });
    const html = await fetcher.fetch(`${server.url}/c_typhoon.xml`, null, limits);
    expect(html).toMatchObject({ kind: 'failed', code: 'feed_content_type', document: { contentType: expect.stringContaining('text/html') } });

    const url = `${server.url}/c_typhoon.xml`;
    await server.stop();
    expect(await fetcher.fetch(url, null, limits)).toMatchObject({ kind: 'failed', code: 'feed_unreachable' });
  });

  it('stops reading a document over the size limit, whatever the server claims', async () => {
    server.set('/big.xml', `<W>${'x'.repeat(10_000)}</W>`);
    expect(await fetcher.fetch(`${server.url}/big.xml`, null, limits)).toMatchObject({ kind: 'failed', code: 'feed_too_large' });
    server.set('/chunked.xml', `<W>${'x'.repeat(10_000)}</W>`, { chunked: true });
    const chunked = await fetcher.fetch(`${server.url}/chunked.xml`, null, limits);
    expect(chunked).toMatchObject({ kind: 'failed', code: 'feed_too_large', document: { truncated: true } });
    expect(chunked.kind === 'failed' && chunked.document?.bytes.byteLength).toBe(limits.maxBytes);
  });
});
