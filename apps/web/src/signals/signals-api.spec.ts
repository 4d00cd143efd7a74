import { describe, expect, it } from 'vitest';
import { asOutlook, createSignalReads, createSignalDesk, queryString } from './signals-api.js';

describe('signals api client', () => {
  it('reads "no outlook" from a 404, an empty body, null, or {outlook: null}', async () => {
    const answering = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;
    expect(await createSignalReads(answering(404, '{"statusCode":404,"code":"not_found","message":"x"}')).outlook()).toBeNull();
    expect(await createSignalReads(answering(200, '')).outlook()).toBeNull();
    expect(await createSignalReads(answering(200, 'null')).outlook()).toBeNull();
    expect(asOutlook({ outlook: null })).toBeNull();
    const table = { authority: 'smg', hazard: 'tropical-cyclone', rows: [], publishedAt: 'x', enteredBy: null, enteredAt: null };
    expect(asOutlook({ outlook: table })).toEqual(table);
    expect(await createSignalReads(answering(200, JSON.stringify(table))).outlook()).toEqual(table);
  });

  it('fails loudly on other errors, so the page shows the outlook as unavailable rather than absent', async () => {
    const failing = (async () => new Response('', { status: 503 })) as unknown as typeof fetch;
    await expect(createSignalReads(failing).outlook()).rejects.toMatchObject({ status: 503 });
  });

  it('builds history queries from the filters given', () => {
    expect(queryString({})).toBe('');
    expect(queryString({ authority: 'smg', limit: 20, hazard: '' })).toBe('?authority=smg&limit=20');
  });

  it('puts the track into the hold route path, escaped', async () => {
    const calls: string[] = [];
    const desk = createSignalDesk({ request: async (method, path) => void calls.push(`${method} ${path}`) as never });
    await desk.decideHold({ authority: 'gd-zhuhai', area: 'hengqin', hazard: 'rain/storm' }, 'reject', { reason: 'x' });
    expect(calls).toEqual(['POST /api/signals/holds/gd-zhuhai/hengqin/rain%2Fstorm/reject']);
  });
});
