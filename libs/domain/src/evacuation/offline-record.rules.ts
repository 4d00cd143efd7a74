import { OFFLINE_RECORD_FUTURE_SKEW_SECONDS, OFFLINE_RECORD_MAX_AGE_DAYS } from '@app/contracts';

export type OfflineRecordFault = 'invalid' | 'in-future' | 'too-old';

/**
 * What is wrong with the time a record was made on a phone, or null. Records are queued offline and sent later: they
 * may be up to OFFLINE_RECORD_MAX_AGE_DAYS old, never in the future beyond a small clock skew. Each kind of record
 * words its own refusal.
 */
export function offlineRecordFault(recordedAt: Date, now: Date): OfflineRecordFault | null {
  if (Number.isNaN(recordedAt.getTime())) return 'invalid';
  if (recordedAt.getTime() > now.getTime() + OFFLINE_RECORD_FUTURE_SKEW_SECONDS * 1000) return 'in-future';
  if (recordedAt.getTime() < now.getTime() - OFFLINE_RECORD_MAX_AGE_DAYS * 86_400_000) return 'too-old';
  return null;
}

const PROBLEMS: Record<OfflineRecordFault, string> = {
  invalid: 'recordedAt must be an ISO 8601 date-time',
  'in-future': 'recordedAt is in the future; check the device clock',
  'too-old': `recordedAt is more than ${OFFLINE_RECORD_MAX_AGE_DAYS} days old`,
};

/** Why a `recordedAt` sent by a phone is unacceptable (see offlineRecordFault), or null. */
export function recordedAtProblem(recordedAt: Date, now: Date = new Date()): string | null {
  const fault = offlineRecordFault(recordedAt, now);
  return fault ? PROBLEMS[fault] : null;
}
