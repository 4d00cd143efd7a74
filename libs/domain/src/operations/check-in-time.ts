import { OFFLINE_RECORD_MAX_AGE_DAYS } from '@app/contracts';
import { DomainError } from '../domain-error.js';
import { offlineRecordFault } from '../evacuation/offline-record.rules.js';

/**
 * A record made on a phone and queued while offline carries the time it was made. It may not be in the future
 * (beyond a little clock skew) nor older than the offline limit, so the record of events stays believable.
 */
export function checkCheckInRecordedAt(recordedAt: string, now: Date, field = 'recordedAt'): Date {
  const at = new Date(recordedAt);
  switch (offlineRecordFault(at, now)) {
    case 'invalid':
      throw new DomainError('invalid', 'check_in_recorded_at_invalid', `${field} must be an ISO 8601 date-time.`);
    case 'in-future':
      throw new DomainError('invalid', 'check_in_recorded_at_in_future', `${field} ${recordedAt} is in the future; check the phone's clock.`);
    case 'too-old':
      throw new DomainError('invalid', 'check_in_recorded_at_too_old', `${field} ${recordedAt} is more than ${OFFLINE_RECORD_MAX_AGE_DAYS} days old; records kept offline that long are not accepted.`);
    case null:
      return at;
  }
}
