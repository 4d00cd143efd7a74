import type { IncomingMessage, ServerResponse } from 'node:http';
import { assignRequestId, isAcceptableRequestId } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function fakeExchange(headerValue?: string | string[]) {
  const headers: Record<string, string> = {};
  const req = { headers: headerValue === undefined ? {} : { 'x-request-id': headerValue } } as unknown as IncomingMessage & { id?: unknown };
  const res = { headersSent: false, setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as ServerResponse;
  return { req, res, headers };
}

describe('request ids', () => {
  it('accepts a sane incoming id, sets req.id and echoes it', () => {
    const { req, res, headers } = fakeExchange('edge-42_abc');
    expect(assignRequestId(req, res)).toBe('edge-42_abc');
    expect(req.id).toBe('edge-42_abc');
    expect(headers['x-request-id']).toBe('edge-42_abc');
  });

  it.each([
    ['too long', 'a'.repeat(65)],
    ['with spaces', 'id with spaces'],
    ['with a newline (log forging)', 'abc\n{"level":60}'],
    ['empty', ''],
    ['repeated header', ['a', 'b']],
  ])('replaces an id that is %s with a new UUID', (_what, value) => {
    const { req, res, headers } = fakeExchange(value as string);
    const id = assignRequestId(req, res);
    expect(id).toMatch(UUID);
    expect(headers['x-request-id']).toBe(id);
  });

  it('generates a UUID when none was sent, and keeps it for the rest of the request', () => {
    const { req, res } = fakeExchange();
    const first = assignRequestId(req, res);
    expect(first).toMatch(UUID);
    expect(assignRequestId(req, res)).toBe(first);
  });

  it('accepts exactly 64 characters', () => {
    expect(isAcceptableRequestId('a'.repeat(64))).toBe(true);
    expect(isAcceptableRequestId('a'.repeat(65))).toBe(false);
  });
});
