import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flushOutbox, type OutboxStore } from './outbox-runner.js';
import { OUTBOX_KINDS, claim, forDisplay, isDue, judgeStatus, newOutboxItem, retryDelayMs, settle, waitingCount, type OutboxItem, type SendOutcome } from './outbox.model.js';

const t0 = new Date('2026-09-07T08:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const item = (id: string, at = t0, userId = 'u1') =>
  newOutboxItem({ id, userId, kind: 'report', label: { what: 'flooding' }, request: { path: '/api/reports', json: { id } } }, at);

function memoryStore(initial: OutboxItem[] = []): OutboxStore & { data: Map<string, OutboxItem> } {
  const data = new Map(initial.map((i) => [i.id, i]));
  return {
    data,
    all: async () => [...data.values()],
    put: async (i) => void data.set(i.id, i),
    remove: async (id) => void data.delete(id),
    change: async (id, fn) => {
      const current = data.get(id);
      const next = current ? fn(current) : undefined;
      if (next) data.set(id, next);
      return next;
    },
  };
}

describe('judging an answer', () => {
  it('takes 200 and 201 as delivered (201 new, 200 the same record again)', () => {
    expect(judgeStatus(201, undefined)).toEqual({ kind: 'delivered' });
    expect(judgeStatus(200, undefined)).toEqual({ kind: 'delivered' });
  });

  it('tries again after 408, 429 and server errors, and renews the token after 401', () => {
    for (const status of [408, 429, 500, 502, 503]) expect(judgeStatus(status, undefined)).toEqual({ kind: 'retry', status });
    expect(judgeStatus(401, undefined)).toEqual({ kind: 'auth' });
  });

  it('keeps the reason of a final refusal, including a 409 conflict', () => {
    expect(judgeStatus(409, { code: 'client_id_conflict', message: 'different body' })).toEqual({
      kind: 'permanent',
      problem: { status: 409, code: 'client_id_conflict', message: 'different body' },
    });
    expect(judgeStatus(400, 'not json' as never)).toEqual({ kind: 'permanent', problem: { status: 400, code: 'http_400', message: '' } });
  });
});

describe('the outbox item', () => {
  it('goes pending → sending → sent', () => {
    const sending = claim(item('a'), t0)!;
    expect(sending).toMatchObject({ state: 'sending', leaseUntil: '2026-09-07T08:01:00.000Z' });
    expect(settle(sending, { kind: 'delivered' }, later(1000))).toMatchObject({ state: 'sent', sentAt: '2026-09-07T08:00:01.000Z', leaseUntil: null });
  });

  it('waits longer after each failed try, at most five minutes, unless the network just came back', () => {
    let current = item('a');
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      current = settle(claim(current, t0, true)!, { kind: 'retry', status: null }, t0);
      waits.push(Date.parse(current.nextAttemptAt!) - t0.getTime());
    }
    expect(waits).toEqual([5_000, 15_000, 30_000, 60_000, 120_000, 300_000, 300_000, 300_000]);
    expect(current).toMatchObject({ state: 'pending', attempts: 8 });
    expect(isDue(current, later(299_000))).toBe(false);
    expect(isDue(current, later(299_000), true)).toBe(true);
    expect(isDue(current, later(300_000))).toBe(true);
    expect(retryDelayMs(0)).toBe(5_000);
  });

  it('does not count a refused token as a failed try', () => {
    const next = settle(claim(item('a'), t0)!, { kind: 'auth' }, t0);
    expect(next).toMatchObject({ state: 'pending', attempts: 0, nextAttemptAt: null });
  });

  it('fails for good with the reason, and is never claimed again', () => {
    const failed = settle(claim(item('a'), t0)!, { kind: 'permanent', problem: { status: 400, code: 'validation_failed', message: 'x' } }, t0);
    expect(failed).toMatchObject({ state: 'failed', problem: { status: 400 } });
    expect(claim(failed, later(3600_000), true)).toBeUndefined();
  });

  it('is not taken twice while a claim runs, but is taken over when the claim ran out (a closed page)', () => {
    const sending = claim(item('a'), t0)!;
    expect(claim(sending, later(30_000))).toBeUndefined();
    expect(claim(sending, later(60_000))).toMatchObject({ state: 'sending' });
  });

  it('counts what waits and lists newest first, dropping delivered items after a day', () => {
    const sent = settle(claim(item('old', t0), t0)!, { kind: 'delivered' }, t0);
    const items = [sent, item('b', later(1000)), claim(item('c', later(2000)), later(2000))!];
    expect(waitingCount(items)).toBe(2);
    expect(forDisplay(items, later(5000)).map((i) => i.id)).toEqual(['c', 'b', 'old']);
    expect(forDisplay(items, later(25 * 3600_000)).map((i) => i.id)).toEqual(['c', 'b']);
  });
});

describe('a sending round', () => {
  it('sends oldest first and only the account’s own items', async () => {
    const store = memoryStore([item('b', later(2000)), item('a', later(1000)), item('other', t0, 'u2')]);
    const sent: string[] = [];
    const result = await flushOutbox(store, async (i) => (sent.push(i.id), { kind: 'delivered' }), { userId: 'u1', now: () => t0 });
    expect(sent).toEqual(['a', 'b']);
    expect(result).toEqual({ delivered: 2, failed: 0, waiting: 0 });
    expect(store.data.get('other')?.state).toBe('pending');
  });

  it('stops at the first network failure and leaves the rest pending', async () => {
    const store = memoryStore([item('a', later(1)), item('b', later(2))]);
    const sent: string[] = [];
    const result = await flushOutbox(store, async (i) => (sent.push(i.id), { kind: 'retry', status: null }), { userId: 'u1', now: () => t0 });
    expect(sent).toEqual(['a']);
    expect(result).toMatchObject({ delivered: 0, waiting: 2, stoppedBy: 'retry' });
    expect(store.data.get('a')).toMatchObject({ state: 'pending', attempts: 1 });
    expect(store.data.get('b')).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it('goes on past a refused record so it does not block the others', async () => {
    const store = memoryStore([item('bad', later(1)), item('good', later(2))]);
    const outcome = (i: OutboxItem): SendOutcome =>
      i.id === 'bad' ? { kind: 'permanent', problem: { status: 409, code: 'conflict', message: '' } } : { kind: 'delivered' };
    const result = await flushOutbox(store, async (i) => outcome(i), { userId: 'u1', now: () => t0 });
    expect(result).toEqual({ delivered: 1, failed: 1, waiting: 0 });
    expect(store.data.get('bad')?.state).toBe('failed');
  });

  it('treats a sender that throws as no network', async () => {
    const store = memoryStore([item('a')]);
    const result = await flushOutbox(store, async () => Promise.reject(new TypeError('Failed to fetch')), { userId: 'u1', now: () => t0 });
    expect(result.stoppedBy).toBe('retry');
    expect(store.data.get('a')?.state).toBe('pending');
  });

  it('skips an item another sender holds, and delivers each item once across two rounds at the same time', async () => {
    const store = memoryStore([item('a', later(1)), item('b', later(2))]);
    const sent: string[] = [];
    const send = async (i: OutboxItem): Promise<SendOutcome> => {
      sent.push(i.id);
      await new Promise((r) => setTimeout(r, 5));
      return { kind: 'delivered' };
    };
    await Promise.all([flushOutbox(store, send, { userId: 'u1', now: () => t0 }), flushOutbox(store, send, { userId: 'u1', now: () => t0 })]);
    expect(sent.sort()).toEqual(['a', 'b']);
  });

  it('waits out the backoff unless forced', async () => {
    const store = memoryStore([{ ...item('a'), nextAttemptAt: later(60_000).toISOString(), attempts: 3 }]);
    const sent: string[] = [];
    const send = async (i: OutboxItem): Promise<SendOutcome> => (sent.push(i.id), { kind: 'delivered' });
    await flushOutbox(store, send, { userId: 'u1', now: () => t0 });
    expect(sent).toEqual([]);
    await flushOutbox(store, send, { userId: 'u1', now: () => t0, force: true });
    expect(sent).toEqual(['a']);
  });

  it('prunes delivered items older than a day', async () => {
    const old = settle(claim(item('old'), t0)!, { kind: 'delivered' }, t0);
    const store = memoryStore([old]);
    await flushOutbox(store, async () => ({ kind: 'delivered' }), { userId: 'u1', now: () => later(25 * 3600_000) });
    expect(store.data.size).toBe(0);
  });
});

describe('the service worker', () => {
  it('knows the same kinds of record as the page', () => {
    const worker = readFileSync(path.resolve(import.meta.dirname, '../../public/field-sw.js'), 'utf8');
    const listed = /const OUTBOX_KINDS = \[([^\]]*)\]/.exec(worker)?.[1];
    expect(listed?.split(',').map((k) => k.trim().replace(/'/g, ''))).toEqual([...OUTBOX_KINDS]);
    expect(OUTBOX_KINDS).toContain('welfare-check');
  });
});
