import { createHash } from 'node:crypto';
import { recordedAtProblem } from '@app/domain';
import { DomainError } from '@app/domain';

/** SHA-256 of a record's fields in a fixed order: the same record twice hashes the same, any change differently. */
export function bodyHash(canonical: unknown[]): Buffer {
  return createHash('sha256').update(JSON.stringify(canonical)).digest();
}

export const blankToNull = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
};

/** A resend with the same client id must carry the same body; anything else is a new record under a reused id. */
export function assertSameBody(stored: Buffer, sent: Buffer, code: string, what: string): void {
  if (!stored.equals(sent)) {
    throw new DomainError('conflict', code, `This clientId was already used for a different ${what}; send the new ${what} with a new clientId.`);
  }
}

/** `recordedAt` of a record made on a phone, possibly offline: parsed, never in the future, at most a week old. */
export function parseRecordedAt(value: string, code: string, now = new Date()): Date {
  const recordedAt = new Date(value);
  const problem = recordedAtProblem(recordedAt, now);
  if (problem) throw new DomainError('invalid', code, problem, [problem]);
  return recordedAt;
}
