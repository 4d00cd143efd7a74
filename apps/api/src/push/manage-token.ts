import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the only credential a resident has for their subscription. */
export function newManageToken(): string {
  return randomBytes(32).toString('base64url');
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Whether the text could be a manage token at all (saves a query for garbage). */
export function isManageTokenShaped(text: unknown): text is string {
  return typeof text === 'string' && TOKEN_SHAPE.test(text);
}

/** What is stored: a fast hash suffices, the token has 256 bits of entropy (no guessing to slow down). */
export function hashManageToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
